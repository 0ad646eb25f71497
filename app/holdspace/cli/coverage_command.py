"""``holdspace coverage``: how much of the interface, lessons and glossary each language covers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .registry import command


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PACK",
        help="lesson pack folders to count (default: the built-in pack)",
    )


@command(
    "coverage",
    "show how much of the interface, lessons and glossary each language covers",
    _options,
)
def coverage(args: argparse.Namespace) -> int:
    from ..core import paths
    from ..core.coverage import Coverage, interface_coverage, pack_coverage, table
    from ..core.errors import LessonError

    status = 0
    for pack in args.paths or [paths.builtin_pack_dir()]:
        found = Coverage(interface=interface_coverage(paths.assets_dir() / "i18n"))
        try:
            pack_coverage(pack, found)
        except LessonError as exc:
            print(f"{pack}: {exc}", file=sys.stderr)
            status = 1
        print(f"{pack}:")
        print("\n".join("  " + row for row in table(found)))
    return status
