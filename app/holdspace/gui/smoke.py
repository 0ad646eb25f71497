"""``holdspace --smoke-test``: open the window, wait for the lessons, say what was seen, quit.

Hidden from ``--help``: it is for checking a build (the bundle test and the
benchmark), not for learners. Notices that would open a dialog are printed
instead, so nothing waits for a click.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ..core.lessons import Pack


def report(window: QWidget, packs: list[Pack], problems: list[str]) -> None:
    """Print one line a script can read, then leave the event loop (0: all well)."""
    app = QApplication.instance()
    lessons = sum(len(pack.lessons) for pack in packs)
    broken = sum(len(pack.broken) for pack in packs)
    right_to_left = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    print(f"smoke test: window {'shown' if window.isVisible() else 'hidden'}; "
          f"{lessons} lessons in {len(packs)} pack(s), {broken} can't open yet; "
          f"layout {'right-to-left' if right_to_left else 'left-to-right'}; "
          f"style {app.style().name()}", flush=True)
    for problem in problems:
        print(f"smoke test: {problem}", file=sys.stderr, flush=True)
    well = window.isVisible() and lessons > 0 and not broken and not problems
    QTimer.singleShot(0, lambda: app.exit(0 if well else 1))
