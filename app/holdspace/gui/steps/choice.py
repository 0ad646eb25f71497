"""Choices: radio buttons when one is right, tick boxes when several are.

Each choice is a button plus a word-wrapped label (a button's own text never wraps,
so a long choice at 200 % text would run off the page). Clicking the words picks the
choice, and a frame around the words shows where the keyboard is. Choices appear in a
fixed, mixed order (``ChoiceSpec.display_order``); values are always the author's indexes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.feedback import Reveal
from ...core.lessons.model import Step
from ...core.practice.choice import ChoiceAnswer, ChoiceSpec
from ..a11y import reading_edge
from ..i18n import embed
from ..theme import focus_colour, grow_marks
from .base import StepWidget
from .text import plain


class _ChoiceText(QLabel):
    """The words of one choice: wrapped, clickable, framed while its button has focus."""

    def __init__(self, button: QAbstractButton, parent: QWidget):
        super().__init__(parent)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMargin(2)
        self._align()

    def _align(self) -> None:
        self.setAlignment(reading_edge(self) | Qt.AlignmentFlag.AlignVCenter)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()  # right-to-left: the words sit beside their button, on the right

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
        super().mousePressEvent(event)

    def show_focus(self, focused: bool) -> None:
        self._focused = focused
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if getattr(self, "_focused", False):
            # A soft rounded ring in the focus colour: plainly "here", not a box to type in.
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(focus_colour(self.palette()), 2))
            # Hug the words, so the ring can't pass for an empty box to type in.
            wide = min(self.width(), self.fontMetrics().horizontalAdvance(self.text()) + 20)
            left = (
                self.width() - wide
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else 0
            )
            painter.drawRoundedRect(
                QRectF(left, 0, wide, self.height()).adjusted(1, 1, -1, -1), 6, 6
            )


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ARROW_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}


class ChoiceWidget(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        spec: ChoiceSpec = step.spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(
            self.tr("Tick every answer that fits:")
            if spec.multiple
            else self.tr("Pick one answer:"),
            self,
        )
        layout.addWidget(self._label)
        self.setAccessibleName(plain(step.prompt))  # the group of choices is named by its question
        # Radios share an exclusive group (one Tab stop, arrows move). Tick boxes get no
        # group at all: each is its own Tab stop, and the arrows move between them too.
        self._group = None if spec.multiple else QButtonGroup(self)
        self._question = plain(step.prompt)
        self._buttons: dict[int, QAbstractButton] = {}
        self._texts: dict[int, _ChoiceText] = {}
        self._order = spec.display_order(step.id + "\n" + step.prompt)
        for index in self._order:  # created in display order: that is the Tab order
            layout.addLayout(self._add_choice(index, spec.multiple))
        grow_marks(self.buttons, self)  # the marks keep pace with the words at 200 %

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            grow_marks(self.buttons, self)
        super().changeEvent(event)

    def _add_choice(self, index: int, multiple: bool) -> QHBoxLayout:
        text = plain(self.step.spec.choices[index].text)
        button = QCheckBox(self) if multiple else QRadioButton(self)
        button.setAccessibleName(text)
        # The question travels with every choice, so arriving on one presents it.
        button.setAccessibleDescription(self._question)
        words = _ChoiceText(button, self)
        words.setText(text)
        button.installEventFilter(self)
        if self._group is not None:
            self._group.addButton(button, index)
        self._buttons[index], self._texts[index] = button, words
        row = QHBoxLayout()
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(words, 1)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            for index, button in self._buttons.items():
                if button is watched:
                    self._texts[index].show_focus(event.type() == QEvent.Type.FocusIn)
        if not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER
            and watched in self.buttons
        ):
            self.submitted.emit()  # some styles let a focused choice take Enter: it still checks
            return True
        if event.type() == QEvent.Type.KeyPress and self._group is None and watched in self.buttons:
            step = _ARROW_STEPS.get(Qt.Key(event.key()), 0)
            if step:
                shown = self.buttons
                shown[(shown.index(watched) + step) % len(shown)].setFocus(
                    Qt.FocusReason.TabFocusReason
                )
                return True
        return super().eventFilter(watched, event)

    @property
    def buttons(self) -> list[QAbstractButton]:
        """The buttons in the order they are shown (and reached with Tab)."""
        return [self._buttons[i] for i in self._order]

    @property
    def order(self) -> list[int]:
        """The author's choice indexes, in the order they are shown."""
        return list(self._order)

    def button_for(self, index: int) -> QAbstractButton:
        """The button of the author's choice number ``index`` (from 0)."""
        return self._buttons[index]

    def text_of(self, index: int) -> str:
        return self._texts[index].text()

    def value(self) -> ChoiceAnswer:
        picked = [i for i, b in sorted(self._buttons.items()) if b.isChecked()]
        if self.step.spec.multiple:
            return picked
        return picked[0] if picked else None

    def value_for_check(self) -> ChoiceAnswer:
        """On Check with nothing picked, the choice the keyboard is on is the one meant
        (arrow keys move the focus without picking while no choice is picked yet)."""
        if not self.step.spec.multiple and self.value() is None:
            focused = next((b for b in self._buttons.values() if b.hasFocus()), None)
            if focused is not None:
                focused.setChecked(True)
        return self.value()

    def set_value(self, value: Any) -> None:
        chosen = (
            set(value) if isinstance(value, list) else ({value} if value is not None else set())
        )
        for index, button in self._buttons.items():
            button.setChecked(index in chosen)

    def reveal(self, params: Reveal) -> None:
        right = set(params.get("indexes", []))
        for index, button in self._buttons.items():
            text = plain(self.step.spec.choices[index].text)
            # A mark as well as the tick, never colour alone; words for screen readers.
            fits = index in right
            #: Shown by “Show me”: an answer that fits, with a tick before it.
            # Embedded: in Arabic the tick stays beside the button, before a Latin answer.
            ticked = self.tr("✓ {answer}").format(answer=embed(text))
            self._texts[index].setText(ticked if fits else text)
            button.setAccessibleName(
                self.tr("{answer}, an answer that fits").format(answer=text) if fits else text
            )
        self.set_value(sorted(right) if self.step.spec.multiple else next(iter(right), None))

    def focus_target(self) -> QWidget | None:
        shown = self.buttons
        checked = next((b for b in shown if b.isChecked()), None)
        return checked or (shown[0] if shown else None)
