"""The page a lesson ends on: what was explored, and the ways on (no marks, no scores).

Its words keep the lesson view's translation context, where translators already have them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from . import safe_text

Slot = Callable[[], object]
ButtonMaker = Callable[[str, Slot, QHBoxLayout], QPushButton]


class DonePage(QWidget):
    def __init__(self, parent: QWidget, button: ButtonMaker, *, again: Slot, topics: Slot,
                 next_lesson: Slot):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.addStretch(1)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setAccessibleDescription(QCoreApplication.translate("LessonView", "Lesson explored"))
        column.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.again_button = button(
            QCoreApplication.translate("LessonView", "Go through it &again"), again, row)
        self.topics_button = button(QCoreApplication.translate("LessonView", "Back to &topics"), topics, row)
        self.next_lesson_button = button(
            QCoreApplication.translate("LessonView", "Next &lesson"), next_lesson, row)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)

    def show_end(self, heading: str, text: str, *, guide: bool) -> QPushButton:
        """Says what was explored; gives the button to focus (the mistake guide has no next lesson)."""
        self.text.setText(f"<h2>{safe_text.escape(heading)}</h2><p>{safe_text.escape(text)}</p>")
        self.next_lesson_button.setVisible(not guide)
        return self.topics_button if guide else self.next_lesson_button
