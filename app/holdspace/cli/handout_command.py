"""``holdspace handout PATH --out FILE.pdf``: a printable handout or facilitator sheet.

Qt is imported only here, and only when the command runs: it lays the page out and
writes the PDF. Without a display, Qt's offscreen platform is used.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .commands import OK, PROBLEMS
from .registry import command


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        metavar="PACK_OR_LESSON_FILE",
        help="a lesson pack folder, a .zip of one, or a single lesson file",
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF"
    )
    parser.add_argument(
        "--lesson",
        action="append",
        default=[],
        metavar="ID",
        help="only this lesson (repeatable; default: every lesson of the pack)",
    )
    parser.add_argument(
        "--facilitator",
        action="store_true",
        help="the facilitator sheet: adds answers, hints, explanations, notes, "
        "objectives and timing",
    )
    parser.add_argument("--language", default=None, help="lesson language, e.g. en or fr")


@command(
    "handout",
    "print lessons as a PDF handout (or, with --facilitator, the facilitator sheet)",
    _configure,
)
def handout(args: argparse.Namespace) -> int:
    from ..core.lessons.selection import LessonChoiceError, choose_lessons

    try:
        pack, lessons = choose_lessons(args.path, args.language, args.lesson)
    except LessonChoiceError as exc:
        print(f"{args.path}: {exc}", file=sys.stderr)
        return PROBLEMS
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..gui.handout import HandoutBuilder, write_pdf
    from ..gui.i18n import Translators, system_language

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(["holdspace"])
    Translators.of(app).use(args.language or system_language())  # the sheet's own words too
    builder = HandoutBuilder(pack, facilitator=args.facilitator)
    try:
        write_pdf(
            builder.build(lessons),
            args.out,
            title=builder.title(lessons),
            pack_root=lessons[0].pack_root,
        )
    except OSError as exc:
        print(f"{args.out}: the PDF couldn't be written ({exc})", file=sys.stderr)
        return PROBLEMS
    what = "facilitator sheet" if args.facilitator else "handout"
    print(f"{args.out}: {what} with {len(lessons)} lesson(s)")
    return OK


def _new_pack(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, metavar="PACK_DIR", help="a new folder for the pack")


@command(
    "new",
    "create a ready-to-edit lesson pack: pack.yaml, a glossary, and one "
    "commented lesson that shows every step kind",
    _new_pack,
)
def new_pack(args: argparse.Namespace) -> int:
    from ..core.lessons.scaffold import create_pack

    try:
        written = create_pack(args.folder)
    except (FileExistsError, OSError) as exc:
        print(f"{args.folder}: {exc}", file=sys.stderr)
        return PROBLEMS
    for path in written:
        print(f"wrote {path}")
    print(
        f"Next: edit the lesson, then run `holdspace validate {args.folder}` "
        f"and `holdspace --pack {args.folder} --only`."
    )
    return OK
