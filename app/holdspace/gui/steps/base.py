"""What every step widget offers the lesson view.

A widget's ``value()`` is what its kind's checker reads (the checker's ``AnswerT``: a
``str`` for typed answers, ``ChoiceAnswer``, ``ExplorerAnswer``, ``SeedAnswer``…), and
``reveal()`` takes the kind's ``Reveal``. The kind's own feedback details
(``StepKind.details``) are put in words here, by ``feedback_words``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from ...core.feedback import Feedback, Reveal
from ...core.lessons.model import Step
from ...core.session import Session


class StepWidget(QWidget):
    """The interactive part of one step, below its text. Thin: the session judges."""

    submitted = Signal()  # Enter pressed: the lesson view runs Check
    has_input = True  # False when the step's text is all there is (read)
    fresh_each_visit = False  # True: coming back starts over (old feedback is not shown)

    def __init__(self, step: Step[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        # Check and Show me are offered only when the step asks something (worked out by
        # its kind when the step was built: a playground without a task asks nothing).
        self.checkable = step.is_check

    def value(self) -> object:
        return None

    def value_for_check(self) -> object:
        """What Check submits; a kind may first settle what the learner evidently meant."""
        return self.value()

    def set_value(self, value: object) -> None:
        """Restore what the learner gave before (Back keeps answers)."""

    def reveal(self, params: Reveal) -> None:
        """Show the answer after "show me"."""

    def answer_words(self, shown: Reveal) -> str:
        """The answer "show me" found, in words for the feedback ("The answer: …")."""
        return shown.get("answer", "")

    def feedback_words(self, item: Feedback) -> str:
        """Words for this kind's own feedback details (its ``StepKind.details``), or "";
        each line is shown as a paragraph of its own."""
        return ""

    def focus_target(self) -> QWidget | None:
        return None

    def bind_session(self, session: Session | None) -> None:
        """Given the running session when the step is shown (for widgets that keep marks
        or look at the session's state); most widgets don't need it."""

    def practice_phrase_words(self) -> list[str] | None:
        """The app's own practice phrase on screen, which the tripwire lets the learner
        type back; None when the step shows none."""
        return None

    def feedback_shown(self, feedback: Feedback) -> None:
        """Told after each Check or Show me, for widgets that change with the result."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            focused, QPushButton
        ):
            # Outside dialogs Qt's buttons take Space only and pass Enter up here: a step's
            # own button ("Reverse byte order", "Keep it shown") is pressed, not Check.
            if focused.isEnabled():
                focused.click()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.checkable:
            # A line edit already reported Enter through returnPressed (and then let the
            # key travel up here): submitting again would count one try twice.
            if not isinstance(focused, QLineEdit):
                self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)
