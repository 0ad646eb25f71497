"""Choices: radio buttons when one is right, tick boxes when several are."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QLabel, QRadioButton,
                               QVBoxLayout, QWidget)

from ...core.lessons.model import ChoiceSpec, Step
from .base import StepWidget
from .text import plain


class ChoiceWidget(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        spec: ChoiceSpec = step.spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(self.tr("Tick every answer that fits:") if spec.multiple
                             else self.tr("Pick one answer:"), self)
        layout.addWidget(self._label)
        self._group = QButtonGroup(self)
        self._group.setExclusive(not spec.multiple)
        self._buttons: list[QAbstractButton] = []
        for index, choice in enumerate(spec.choices):
            button = QCheckBox(self) if spec.multiple else QRadioButton(self)
            button.setText(plain(choice.text))
            button.setAccessibleName(plain(choice.text))
            self._group.addButton(button, index)
            self._buttons.append(button)
            layout.addWidget(button)

    @property
    def buttons(self) -> list[QAbstractButton]:
        return list(self._buttons)

    def value(self) -> Any:
        picked = [i for i, b in enumerate(self._buttons) if b.isChecked()]
        if self.step.spec.multiple:
            return picked
        return picked[0] if picked else None

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else ({value} if value is not None else set())
        for index, button in enumerate(self._buttons):
            button.setChecked(index in chosen)

    def reveal(self, params: dict) -> None:
        right = set(params.get("indexes", []))
        for index, button in enumerate(self._buttons):
            text = plain(self.step.spec.choices[index].text)
            # A mark as well as the tick, never colour alone; words for screen readers.
            fits = index in right
            button.setText(self.tr("✓ {0}").format(text) if fits else text)
            button.setAccessibleName(self.tr("{0}, an answer that fits").format(text) if fits else text)
        self.set_value(sorted(right) if self.step.spec.multiple else next(iter(right), None))

    def focus_target(self) -> QWidget | None:
        checked = next((b for b in self._buttons if b.isChecked()), None)
        return checked or (self._buttons[0] if self._buttons else None)


KIND = "choice"
WIDGET = ChoiceWidget
