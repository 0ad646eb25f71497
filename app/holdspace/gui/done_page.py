"""The page at the end of a lesson: a calm moment, not a score.

It shows a quiet picture of our own (assets/icons/explored.svg), what the learner can
now do (the lesson's objectives, as plain text), one suggestion for what next, and the
ways on. No points, no stars, no percentages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from . import icons, safe_text, style
from .i18n import embed
from .reading_column import PAGE_EMS, ReadingColumn

PICTURE = "explored"


class DonePage(QScrollArea):
    """Scrolls as a whole, so a long list of objectives at 200 % text still fits 1024×600."""

    def __init__(
        self, parent: QWidget, button: Callable[[str, Callable[[], None], QHBoxLayout], QPushButton]
    ):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop; the buttons scroll it
        page = ReadingColumn(self, PAGE_EMS)  # short lines, centred on a wide screen
        inner, column = page.inner, page.column
        column.addStretch(1)
        self.picture = QLabel(inner)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.picture)
        sheet = _Sheet(inner)  # what you can do now, on a calm rounded sheet
        column.addWidget(sheet)
        self.text = QLabel(sheet)
        sheet.layout().addWidget(self.text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.text.setAccessibleDescription(self.tr("Lesson explored"))
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        self._button = button
        self._buttons: list[QPushButton] = []
        column.addSpacing(self.fontMetrics().height())
        column.addLayout(self.row)
        column.addStretch(2)
        self.setWidget(page)
        style.follow_scheme(self._paint_picture)  # its ink follows light, dark, high contrast

    def add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        made = self._button(text, slot, self.row)
        self._buttons.append(made)
        return made

    def finish_row(self) -> None:
        self.row.addStretch(1)

    def show_lesson(self, title: str, objectives: tuple[str, ...], next_title: str | None) -> None:
        # The picture above is the one symbol (its tick): the heading keeps only the words.
        heading = style.without_symbol(
            self.tr("✓ You explored “{title}”.").format(title=embed(title))
        )
        parts = [style.typeset("heading", safe_text.escape(heading), centred=True)]
        if objectives:
            can = self.tr("What you can do now:")
            parts.append(style.typeset("subheading", safe_text.escape(can)))
            parts.append(
                "<ul>"
                + "".join(f"<li>{safe_text.escape(item)}</li>" for item in objectives)
                + "</ul>"
            )
        if next_title:
            nudge = self.tr("When you feel ready, “{title}” comes next.").format(
                title=embed(next_title)
            )
        else:
            nudge = self.tr(
                "Well done for taking the time. Come back to it whenever you like: "
                "there are no marks or scores here."
            )
        parts.append(f"<p>{safe_text.escape(nudge)}</p>")  # no italics: Arabic has none
        self._show("".join(parts))
        self._main = -1  # "Next lesson": the way on

    def show_guide(self) -> None:
        heading = self.tr("You went through the whole guide.")
        text = self.tr(
            "Take the next step at your own pace. The guide is here whenever you "
            "need it: press F1 or “I think I made a mistake”."
        )
        self._show(
            style.typeset("heading", safe_text.escape(heading), centred=True)
            + f"<p>{safe_text.escape(text)}</p>"
        )
        self._main = -2  # "Back to topics" (the guide leads to no next lesson)

    def _show(self, html: str) -> None:
        self.text.setText(html)
        self._paint_picture()
        QTimer.singleShot(0, self._mark_main)  # once the view has shown or hidden its buttons

    def _mark_main(self) -> None:
        """One main (accent) button: the way on from here; the others stay quiet."""
        if not self._buttons:
            return
        main = self._buttons[getattr(self, "_main", -1)]
        for button in self._buttons:
            style.set_primary(button, button is main)

    def _paint_picture(self, *_scheme) -> None:
        # Larger on a tall window (up to 7 lines of text high): a moment, not a notice.
        em = self.fontMetrics().height()
        side = max(em * 4, min(em * 7, self.viewport().height() // 6))
        self.picture.setPixmap(
            icons.pixmap(PICTURE, style.current_scheme().accent, side, self.devicePixelRatioF())
        )

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._paint_picture()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().height() != event.size().height() and self.text.text():
            self._paint_picture()


class _Sheet(QWidget):
    """A rounded sheet in the surface colour with a soft edge, painted (no style sheet)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        box = QVBoxLayout(self)
        em = self.fontMetrics().height()
        box.setContentsMargins(em, em // 2, em, em // 2)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        scheme = style.current_scheme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(scheme.card_edge), 1))
        painter.setBrush(QColor(scheme.surface))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 14, 14)
        painter.end()
