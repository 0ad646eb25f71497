"""The subcommands: ``validate`` and ``list``.

Exit codes: 0 clean, 1 problems found, 2 usage errors (argparse's own).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .registry import command

OK, PROBLEMS, USAGE = 0, 1, 2


def _paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="a lesson pack folder (with pack.yaml) or a single lesson file "
        "(default: the built-in pack)",
    )


@command("validate", "check lesson packs or lesson files and report every problem", _paths)
def validate(args: argparse.Namespace) -> int:
    from ..core.lessons import validate_path  # imported here: the app's start needs none of it

    return report_each(args.paths or [builtin_pack()], validate_path, "problem(s) to mend")


def builtin_pack() -> Path:
    from ..core.paths import builtin_pack_dir

    return builtin_pack_dir()


def report_each(paths: list[Path], check: Callable[[Path], list], counted: str) -> int:
    """Run ``check`` on every path, print each finding, and say how it went."""
    status = OK
    for path in paths:
        missing = _missing(path)
        if missing:
            print(f"{path}: {missing}", file=sys.stderr)
            status = PROBLEMS
            continue
        findings = check(path)
        for finding in findings:
            print(finding)
        if findings:
            status = PROBLEMS
            print(f"{path}: {len(findings)} {counted}", file=sys.stderr)
        else:
            print(f"{path}: all good")
    return status


def _missing(path: Path) -> str | None:
    """Why there is nothing to check at ``path``, or None."""
    try:
        if path.exists() or path.is_symlink():
            return None
        return "there is nothing at this path — check the spelling"
    except OSError as exc:  # a name too long, a folder that may not be read …
        return f"this path can't be looked at ({exc.strerror or exc})"
    except ValueError:  # a NUL byte in the name
        return "this path holds a character file names can't have"


def printable(text: str) -> str:
    """Pack text for a terminal: invisible direction and zero-width marks shown as codes."""
    from ..core.lint.characters import HIDDEN

    return HIDDEN.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def _one_pack(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="PATH",
        help="a lesson pack folder (default: the built-in pack)",
    )
    parser.add_argument(
        "--language", default=None, help="language to list (default: the pack's first)"
    )


@command("list", "list the topics and lessons in a pack", _one_pack)
def list_pack(args: argparse.Namespace) -> int:
    from ..core.errors import LessonError
    from ..core.lessons import open_pack

    try:
        pack = open_pack(args.path or builtin_pack(), args.language)
    except LessonError as exc:
        print(exc, file=sys.stderr)
        return PROBLEMS
    print(printable(f"{pack.name} ({', '.join(pack.languages)})"))
    for topic in pack.topics:
        print(printable(f"\n{topic.title(pack.language, pack.fallback)} [{topic.id}]"))
        for lesson in (x for x in pack.lessons if x.topic == topic.id):
            minutes = f", {lesson.minutes} min" if lesson.minutes else ""
            print(printable(f"  {lesson.id}: {lesson.title} ({len(lesson.steps)} steps{minutes})"))
        for broken in (b for b in pack.broken if b.topic == topic.id):
            print(
                f"  {broken.id or broken.file.name}: can't open yet ({len(broken.problems)} problem(s))"
            )
    unplaced = [b for b in pack.broken if b.topic not in {t.id for t in pack.topics}]
    if unplaced:
        print("\nNot placed in a topic yet")
    for broken in unplaced:
        print(f"  {broken.file.name}: can't open yet ({len(broken.problems)} problem(s))")
    if pack.problems:
        print(
            f"{args.path}: {len(pack.problems)} problem(s) to mend; "
            f"`holdspace validate {args.path}` names each one",
            file=sys.stderr,
        )
    return PROBLEMS if pack.problems else OK
