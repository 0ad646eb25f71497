"""The feedback card under a step: words and a symbol, never colour alone.

Its accessible name is the text it shows (no fixed name hides it), it takes Tab
focus with a visible ring, and what it says is announced to screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from . import wording
from .a11y import FocusRing
from .markdown_view import follow_link
from .safe_text import escape as _escape

if TYPE_CHECKING:
    from ..core.feedback import Feedback
    from ..core.session import Session


def compose(item: Feedback, session: Session, html: Callable[[str], str]) -> list[str]:
    """The parts of one piece of feedback, in reading order, as safe HTML."""
    detail = item.params.get("feedback") or item.params.get("text") or ""
    headline = wording.headline(item, detail)
    parts = [f"<p><b>{_escape(headline)}</b></p>"]
    if detail:
        parts.append(html(detail))
    elif item.code == "not-yet" and not item.params:
        # "Let's look at it together" is followed by something to look at together.
        parts.append(f"<p>{_escape(wording.together(session.hints_left > 0))}</p>")
    lines = wording.details(item)
    if lines:
        parts.append("<ul>" + "".join(f"<li>{_escape(line)}</li>" for line in lines) + "</ul>")
    if item.code == "shown" and item.params.get("answer"):
        parts.append(html(wording.the_answer(item.params["answer"])))
    if (item.solved or item.code == "shown") and session.step.explain:
        parts.append(html(session.step.explain))
    offer = wording.offer(item)
    if offer:
        parts.append(f"<p><i>{_escape(offer)}</i></p>")
    return parts


def plain_text(html: str) -> str:
    """What a rich-text label says, as a screen reader should speak it."""
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


class FeedbackPanel(QLabel):
    term_requested = Signal(str)
    step_requested = Signal(str)  # "#step-id" in an explanation: go to that step

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable even without links
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(lambda url: follow_link(
            self, url, self.term_requested.emit, self.step_requested.emit))
        self.setAccessibleDescription(self.tr("Feedback"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # A calm card from the palette; no style sheet, which would pin the font size.
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.setMargin(10)
        self.ring = FocusRing(self)
        self.spoken = ""
        self.clear_all()

    def clear_all(self) -> None:
        self.clear()
        self.spoken = ""
        self.hide()

    def show_parts(self, parts: list[str]) -> str:
        """Show the parts; return the whole of it in plain words (for the announcement)."""
        html = "".join(parts)
        self.setText(html)
        self.spoken = plain_text(html)
        self.show()
        return self.spoken
