"""A typed answer: one forgiving line edit (Enter checks)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ...core.feedback import Reveal
from ...core.lessons.model import Step
from ...core.practice.answer import AnswerSpec
from .base import StepWidget
from .text import enable_clear_button, plain


class AnswerWidget(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        spec: AnswerSpec = step.spec
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Your &answer:"), self)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(spec.placeholder or self._default_placeholder(spec))
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setAccessibleDescription(plain(step.prompt))
        enable_clear_button(self.edit, self.tr("Clear the box"))
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        self.edit.returnPressed.connect(self.submitted)

    def _default_placeholder(self, spec: AnswerSpec) -> str:
        return {
            "number": self.tr("a number, for example 42"),
            "hex": self.tr("hex digits, for example 0x1f"),
            "money": self.tr("an amount, for example 14.00"),
        }.get(spec.accept.type, self.tr("type your answer"))

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")

    def reveal(self, params: Reveal) -> None:
        self.edit.setText(str(params.get("answer", "")))

    def focus_target(self) -> QWidget | None:
        return self.edit
