"""``holdspace lint PATH``: validate, then check tone, reading level, safety and hints.

Exit codes, as for ``validate``: 0 clean, 1 findings to look at, 2 usage errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .commands import builtin_pack, report_each
from .registry import command


def _paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="a lesson pack folder (with pack.yaml), a .zip of one, "
                             "or a single lesson file (default: the built-in pack)")


@command("lint", "validate lesson packs, then check tone, reading level, safety and hints",
         _paths)
def lint(args: argparse.Namespace) -> int:
    from ..core.lint import lint_path  # imported here: the app's start needs none of it

    return report_each(args.paths or [builtin_pack()], lint_path, "thing(s) to look at")
