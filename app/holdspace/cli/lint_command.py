"""``holdspace lint PATH``: validate, then check tone, reading level, safety and hints.

Exit codes, as for ``validate``: 0 clean, 1 findings to look at, 2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .commands import builtin_pack, report_each
from .registry import command


def _paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="a lesson pack folder (with pack.yaml), a .zip of one, "
        "or a single lesson file (default: the built-in pack)",
    )


@command("lint", "validate lesson packs, then check tone, reading level, safety and hints", _paths)
def lint(args: argparse.Namespace) -> int:
    from ..core.lint import lint_path  # imported here: the app's start needs none of it

    paths = args.paths or [builtin_pack()]
    status = report_each(paths, lint_path, "thing(s) to look at")
    for note in _unscored_notes(paths):
        print(note, file=sys.stderr)
    return status


def _unscored_notes(paths: list[Path]) -> list[str]:
    """Say once per pack which languages' reading level lint could not score."""
    from ..core.errors import LessonError
    from ..core.lessons import open_pack
    from ..core.lint.formulas import unscored

    notes = []
    for path in paths:
        try:
            languages = open_pack(path).languages if path.is_dir() else ()
        except LessonError:
            continue
        missing = unscored(languages)
        if missing:
            notes.append(
                f"{path}: note: reading level is not scored for {', '.join(missing)} "
                "(lint knows a published formula for en, fr and es only); tone and "
                "the other checks still ran"
            )
    return notes
