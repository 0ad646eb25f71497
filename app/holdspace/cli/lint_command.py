"""``holdspace lint PATH``: validate, then check tone, reading level, safety and hints.

Exit codes, as for ``validate``: 0 clean, 1 findings to look at, 2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .commands import OK, PROBLEMS
from .registry import command


def _paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="a lesson pack folder (with pack.yaml), a .zip of one, "
                             "or a single lesson file")


@command("lint", "validate lesson packs, then check tone, reading level, safety and hints",
         _paths)
def lint(args: argparse.Namespace) -> int:
    from ..core.lint import lint_path  # imported here: the app's start needs none of it

    status = OK
    for path in args.paths:
        if not path.exists():
            print(f"{path}: there is nothing at this path — check the spelling", file=sys.stderr)
            status = PROBLEMS
            continue
        findings = lint_path(path)
        for finding in findings:
            print(finding)
        if findings:
            status = PROBLEMS
            print(f"{path}: {len(findings)} thing(s) to look at", file=sys.stderr)
        else:
            print(f"{path}: all good")
    return status
