"""The feedback card under a step: words and a symbol, never colour alone.

Its accessible name is the text it shows (no fixed name hides it), it takes Tab
focus with a visible ring, and what it says is announced to screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from ..core.feedback import HINT, NOT_YET, SHOWN
from . import icons, style, wording
from .a11y import FocusRing, LinkLabel
from .i18n import ltr
from .lesson_keys import hint_label, key_of, show_me_label
from .markdown_view import follow_link
from .reader_roles import plain_text
from .safe_text import escape as _escape

if TYPE_CHECKING:
    from ..core.feedback import Feedback
    from ..core.session import Session
    from .steps import StepWidget


def compose(
    item: Feedback, session: Session, html: Callable[[str], str], widget: StepWidget | None = None
) -> list[str]:
    """The parts of one piece of feedback, in reading order, as safe HTML.

    The step's widget words its kind's own details (``StepKind.details``) and the
    answer "show me" found, so every parameter the core sends is said."""
    detail = item.params.get("feedback") or item.params.get("text") or ""
    headline = style.without_symbol(wording.headline(item, detail))
    parts = [f"<p><b>{_escape(headline)}</b></p>"]
    own = widget.feedback_words(item) if widget is not None else ""
    parts.extend(f"<p>{_escape(line)}</p>" for line in own.split("\n") if line.strip())
    if detail:
        parts.append(html(detail))
    elif item.code == NOT_YET and not item.params:
        # "Let's look at it together" is followed by something to look at together.
        keys = ltr(key_of(hint_label())), ltr(key_of(show_me_label()))
        parts.append(f"<p>{_escape(wording.together(session.hints_left > 0, *keys))}</p>")
    shown = item.code == SHOWN
    answer = (
        (widget.answer_words(item.params) if widget is not None else item.params.get("answer", ""))
        if shown
        else ""
    )
    if answer:
        parts.append(html(wording.the_answer(answer)))
    if (item.solved or shown) and session.step.explain:
        parts.append(html(session.step.explain))
    offer = wording.offer(item)
    if offer:
        parts.append(f"<p>{_escape(offer)}</p>")  # no italics: Arabic script has none
    return parts


def state_of(item: Feedback) -> str:
    """Which look a piece of feedback takes: that's it, not yet, a hint, or the answer."""
    if item.solved:
        return "ok"
    return {HINT: "hint", SHOWN: "answer"}.get(item.code, "notyet")


MARGIN, GAP = 14, 10  # the card's inner margin; room between the symbol and the words


@lru_cache(maxsize=32)
def _symbol(state: str, ink: str, side: int, ratio: float) -> QPixmap:
    return icons.pixmap(f"feedback/{state}", ink, side, ratio)


class FeedbackPanel(LinkLabel):
    term_requested = Signal(str)
    step_requested = Signal(str)  # "#step-id" in an explanation: go to that step

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)  # Tab lands on its first link, if it has one
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable even without links
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(
            lambda url: follow_link(self, url, self.term_requested.emit, self.step_requested.emit)
        )
        self.setAccessibleDescription(self.tr("Feedback"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # A calm card painted here (a style sheet would pin the font size): its tint, ink
        # and the shape of its edge follow what it says (see style.EDGES).
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMargin(MARGIN)
        self.state = "notyet"
        self.ring = FocusRing(self)
        self.spoken = ""
        self._parts: list[str] = []
        self.clear_all()
        style.follow_scheme(self._restyle)

    def _restyle(self, *_scheme) -> None:
        self.set_state(self.state)  # the words' ink follows a change of scheme
        if self._parts and self.isVisible():  # and so do the terms in them
            self.setText(style.styled_terms("".join(self._parts)))

    def set_state(self, state: str) -> None:
        self.state = state
        _, ink, _ = style.feedback_colours(style.current_scheme(), state)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ink)
        self.setPalette(palette)
        self._fit_margins()
        self.update()

    def _symbol_side(self) -> int:
        return round(self.fontMetrics().height() * 1.4)

    def _fit_margins(self) -> None:
        """Room for the state's symbol at the start of the card (its reading edge)."""
        room = self._symbol_side() + GAP
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.setContentsMargins(0 if rtl else room, 0, room if rtl else 0, 0)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._fit_margins()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        tint, _, edge = style.feedback_colours(style.current_scheme(), self.state)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(tint)
        painter.setPen(QPen(edge, 2, style.EDGES[self.state]))
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.drawRoundedRect(box, 10, 10)
        if self.state in style.DOUBLE_EDGE:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(4, 4, -4, -4), 7, 7)
        self._paint_symbol(painter)
        painter.end()
        super().paintEvent(event)

    def _paint_symbol(self, painter: QPainter) -> None:
        """Our own icon for the state (feedback/*.svg), inked like the words, at the start."""
        side = self._symbol_side()
        ink = getattr(style.current_scheme(), f"{self.state}_fg")
        picture = _symbol(self.state, ink, side, self.devicePixelRatioF())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left = self.width() - MARGIN - side if rtl else MARGIN
        top = MARGIN + max(0, (self.fontMetrics().height() - side) // 2)
        painter.drawPixmap(left, top, picture)

    def clear_all(self) -> None:
        self.clear()
        self.spoken = ""
        self._parts = []
        self.hide()

    def show_parts(self, parts: list[str], item: Feedback | None = None) -> str:
        """Show the parts; return the whole of it in plain words (for the announcement)."""
        if item is not None:
            self.set_state(state_of(item))
        html = style.styled_terms("".join(parts))
        self._parts = parts
        self.setText(html)
        self.spoken = plain_text(html)
        self.show()
        return self.spoken
