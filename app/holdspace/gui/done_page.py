"""The page at the end of a lesson: a calm moment, not a score.

It shows a quiet picture of our own (assets/icons/explored.svg), what the learner can
now do (the lesson's objectives, as plain text), one suggestion for what next, and the
ways on. No points, no stars, no percentages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from . import icons, safe_text, style
from .i18n import embed

PICTURE = "explored"


class DonePage(QScrollArea):
    """Scrolls as a whole, so a long list of objectives at 200 % text still fits 1024×600."""

    def __init__(self, parent: QWidget, button: Callable[[str, Callable[[], None], QHBoxLayout], QPushButton]):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop; the buttons scroll it
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addStretch(1)
        self.picture = QLabel(inner)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.picture)
        self.text = QLabel(inner)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setAccessibleDescription(self.tr("Lesson explored"))
        column.addWidget(self.text)
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        self._button = button
        column.addLayout(self.row)
        column.addStretch(2)
        self.setWidget(inner)
        style.follow_scheme(self._paint_picture)  # its ink follows light, dark, high contrast

    def add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        made = self._button(text, slot, self.row)
        return made

    def finish_row(self) -> None:
        self.row.addStretch(1)

    def show_lesson(self, title: str, objectives: tuple[str, ...], next_title: str | None) -> None:
        heading = self.tr("✓ You explored “{title}”.").format(title=embed(title))
        parts = [f"<h2>{safe_text.escape(heading)}</h2>"]
        if objectives:
            can = self.tr("What you can do now:")
            parts.append(f"<p><b>{safe_text.escape(can)}</b></p>")
            parts.append("".join(f"<p>• {safe_text.escape(item)}</p>" for item in objectives))
        if next_title:
            nudge = self.tr("When you feel ready, “{title}” comes next.").format(title=embed(next_title))
        else:
            nudge = self.tr("Well done for taking the time. Come back to it whenever you like: "
                             "there are no marks or scores here.")
        parts.append(f"<p><i>{safe_text.escape(nudge)}</i></p>")
        self._show("".join(parts))

    def show_guide(self) -> None:
        heading = self.tr("You went through the whole guide.")
        text = self.tr("Take the next step at your own pace. The guide is here whenever you "
                       "need it: press F1 or “I think I made a mistake”.")
        self._show(f"<h2>{safe_text.escape(heading)}</h2><p>{safe_text.escape(text)}</p>")

    def _show(self, html: str) -> None:
        self.text.setText(html)
        self._paint_picture()

    def _paint_picture(self, *_scheme) -> None:
        side = self.fontMetrics().height() * 4
        self.picture.setPixmap(icons.pixmap(PICTURE, style.current_scheme().accent, side,
                                            self.devicePixelRatioF()))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._paint_picture()
