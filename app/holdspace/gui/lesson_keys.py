"""The lesson's buttons, and keys that move between steps from anywhere in the window.

Presentation clickers send Page Down and Page Up. Alt+arrow follows the arrows drawn
on Back and Next, so it is mirrored in right-to-left layouts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from .lesson_view import LessonView

translate = QCoreApplication.translate  # the name lupdate looks for


def bind_step_keys(view: LessonView) -> None:
    """Window-wide shortcuts, live only while the lesson view is on screen."""
    for key, slot in (
        ("PgDown", view.go_next),
        ("PgUp", view.go_back),
        ("Alt+Right", lambda: step_by_arrow(view, right=True)),
        ("Alt+Left", lambda: step_by_arrow(view, right=False)),
    ):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)


def step_by_arrow(view: LessonView, *, right: bool) -> None:
    mirrored = view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    (view.go_next if right != mirrored else view.go_back)()


def step_button(
    view: QWidget, text: str, slot: Callable[[], object], row: QHBoxLayout
) -> QPushButton:
    """A lesson button: Enter presses it when focused (as Space does), named without its '&'."""
    button = QPushButton(text, view)
    button.setAutoDefault(True)
    button.setAccessibleName(text.replace("&", ""))
    button.clicked.connect(slot)
    row.addWidget(button)
    return button


class StepButtons(QWidget):
    """Back, Hint, Show me, Check and Next under a step (hidden on the "explored" page).

    Their words keep the "LessonView" translation context translators already know.
    """

    def __init__(self, view: LessonView):
        super().__init__(view)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.back_button = step_button(view, translate("LessonView", "&Back"), view.go_back, row)
        row.addStretch(1)
        # Alt+H is Help.
        self.hint_button = step_button(view, translate("LessonView", "H&int"), view.ask_hint, row)
        self.show_button = step_button(
            view, translate("LessonView", "&Show me"), view.ask_show_me, row
        )
        self.check_button = step_button(view, translate("LessonView", "&Check"), view.check, row)
        row.addStretch(1)
        self.next_button = step_button(view, translate("LessonView", "&Next"), view.go_next, row)
        self.back_button.setToolTip(translate("LessonView", "Previous step (Page Up or Alt+Left)"))
        self.next_button.setToolTip(translate("LessonView", "Next step (Page Down or Alt+Right)"))
        self.check_button.setToolTip(translate("LessonView", "Check my answer (Enter)"))
