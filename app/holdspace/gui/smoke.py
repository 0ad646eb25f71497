"""``holdspace --smoke-test``: open the window, wait for the lessons, say what was seen, quit.

Hidden from ``--help``: it is for checking a build (the bundle test and the
benchmark), not for learners. Notices that would open a dialog are printed
instead, so nothing waits for a click.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

from .qtapp import running_app

if TYPE_CHECKING:
    from ..core.lessons import Pack


def _kinds_without_a_widget(packs: list[Pack]) -> list[str]:
    """Step kinds the lessons use that no widget shows (a bundle that lost a module)."""
    from ..core.lessons import STEP_KINDS
    from .steps import WIDGETS

    used = {step.kind for pack in packs for lesson in pack.lessons for step in lesson.steps}
    print(f"smoke test: step kinds known {sorted(STEP_KINDS)}; shown {sorted(WIDGETS)}", flush=True)
    return sorted(used - set(WIDGETS))


def _style_name(app: QApplication) -> str:
    """The style Qt chose or was asked for, seen through Holdspace's own wrapper around it."""
    style = app.style()
    base = style.baseStyle() if isinstance(style, QProxyStyle) else style
    return base.name()


def report(window: QWidget, packs: list[Pack], problems: list[str]) -> None:
    """Print one line a script can read, then leave the event loop (0: all well)."""
    app = running_app()
    lessons = sum(len(pack.lessons) for pack in packs)
    broken = sum(len(pack.broken) for pack in packs)
    right_to_left = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    print(
        f"smoke test: window {'shown' if window.isVisible() else 'hidden'}; "
        f"{lessons} lessons in {len(packs)} pack(s), {broken} can't open yet; "
        f"layout {'right-to-left' if right_to_left else 'left-to-right'}; "
        f"style {_style_name(app)}",
        flush=True,
    )
    missing = _kinds_without_a_widget(packs)
    for problem in problems + [f"no widget for step kind {kind!r}" for kind in missing]:
        print(f"smoke test: {problem}", file=sys.stderr, flush=True)
    well = window.isVisible() and lessons > 0 and not broken and not problems and not missing
    QTimer.singleShot(0, lambda: app.exit(0 if well else 1))
