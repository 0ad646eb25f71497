"""The lesson's buttons, and keys that move between steps from anywhere in the window.

Presentation clickers send Page Down and Page Up. Alt+arrow follows the arrows drawn
on Back and Next, so it is mirrored in right-to-left layouts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from . import style

if TYPE_CHECKING:
    from .lesson_view import LessonView

translate = QCoreApplication.translate  # the name lupdate looks for


def bind_step_keys(view: LessonView) -> None:
    """Window-wide shortcuts, live only while the lesson view is on screen."""
    for key, slot in (
        ("PgDown", lambda: read_on(view, forward=True)),
        ("PgUp", lambda: read_on(view, forward=False)),
        ("Alt+Right", lambda: step_by_arrow(view, right=True)),
        ("Alt+Left", lambda: step_by_arrow(view, right=False)),
    ):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)


def hint_label() -> str:
    return translate("LessonView", "H&int")


def show_me_label() -> str:
    return translate("LessonView", "&Show me")


def key_of(label: str) -> str:
    """The Alt+letter a button's "&" gives, as the words to press it say it ("Alt+I")."""
    return QKeySequence.mnemonic(label).toString(QKeySequence.SequenceFormat.NativeText)


class NoAltTyping(QObject):
    """Alt with a letter presses a button; it never types the letter into an answer.

    Qt types it when no enabled button has that letter (Hint once every hint is shown),
    and the changed answer then wipes the feedback the learner was reading."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            held = event.modifiers()
            alt = held & Qt.KeyboardModifier.AltModifier
            # Ctrl+Alt is AltGr on Windows: the way to type "@" or "€", so it still types.
            return bool(
                alt and not held & Qt.KeyboardModifier.ControlModifier and event.text().strip()
            )
        return False


def read_on(view: LessonView, *, forward: bool) -> None:
    """Page Down and Up: the rest of a long step first, then the next (or previous) step."""
    if not view.scroller.page_on(forward):
        (view.go_next if forward else view.go_back)()


def step_by_arrow(view: LessonView, *, right: bool) -> None:
    mirrored = view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    (view.go_next if right != mirrored else view.go_back)()


def step_button(
    view: QWidget, text: str, slot: Callable[[], object], row: QHBoxLayout
) -> QPushButton:
    """A lesson button: Enter presses it when focused (as Space does), named without its '&'."""
    button = QPushButton(text, view)
    button.setProperty(style.ROOMY, True)
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
        self.hint_button = step_button(view, hint_label(), view.ask_hint, row)
        self.show_button = step_button(view, show_me_label(), view.ask_show_me, row)
        self.check_button = step_button(view, translate("LessonView", "&Check"), view.check, row)
        row.addStretch(1)
        self.next_button = step_button(view, translate("LessonView", "&Next"), view.go_next, row)
        self.back_button.setToolTip(translate("LessonView", "Previous step (Page Up or Alt+Left)"))
        self.next_button.setToolTip(translate("LessonView", "Next step (Page Down or Alt+Right)"))
        self.check_button.setToolTip(translate("LessonView", "Check my answer (Enter)"))
