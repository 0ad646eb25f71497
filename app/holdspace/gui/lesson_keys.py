"""The lesson's buttons, and keys that move between steps from anywhere in the window.

Presentation clickers send Page Down and Page Up. Alt+arrow follows the arrows drawn
on Back and Next, so it is mirrored in right-to-left layouts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from .lesson_view import LessonView


def bind_step_keys(view: LessonView) -> None:
    """Window-wide shortcuts, live only while the lesson view is on screen."""
    for key, slot in (("PgDown", view.go_next), ("PgUp", view.go_back),
                      ("Alt+Right", lambda: step_by_arrow(view, right=True)),
                      ("Alt+Left", lambda: step_by_arrow(view, right=False))):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)


def step_by_arrow(view: LessonView, *, right: bool) -> None:
    mirrored = view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    (view.go_next if right != mirrored else view.go_back)()


def step_button(view: QWidget, text: str, slot: Callable[[], object], row: QHBoxLayout) -> QPushButton:
    """A lesson button: Enter presses it when focused (as Space does), named without its '&'."""
    button = QPushButton(text, view)
    button.setAutoDefault(True)
    button.setAccessibleName(text.replace("&", ""))
    button.clicked.connect(slot)
    row.addWidget(button)
    return button
