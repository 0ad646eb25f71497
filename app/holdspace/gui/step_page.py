"""A lesson step's page: one readable column (text, input, feedback, notes) that scrolls.

Kept apart from :mod:`.lesson_view`, which decides what the column shows; its words
keep the "LessonView" translation context translators already know.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from . import guide_look
from .a11y import FocusRing
from .copy_row import CopyRow
from .feedback_panel import FeedbackPanel
from .markdown_view import SafeTextBrowser
from .page_scroll import PageScroller
from .translation_aids import TranslationAids

translate = QCoreApplication.translate  # the name lupdate looks for
READABLE_CHARS = 90  # a comfortable line length, so text never runs the full width


class StepPage(QScrollArea):
    """The column scrolls as a whole; its parts are read and filled by the lesson view."""

    def __init__(
        self,
        parent: QWidget,
        html: Callable[..., str],
        go_to_step: Callable[[str], None],
        show_term: Callable[[str, QWidget], None],
    ):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop; focus scrolls it
        page = self.page = QWidget(self)
        self.fit_width()  # before the column fills it, as the first layout expects
        column = QVBoxLayout(page)
        self.aids = TranslationAids(page, html, go_to_step, show_term)  # and "in English"
        column.addWidget(self.aids)
        self.body = SafeTextBrowser(page, fit_content=True)
        self.body.setAccessibleName(translate("LessonView", "Lesson text"))
        self.body.term_requested.connect(lambda term: show_term(term, self.body))
        self.body.step_requested.connect(go_to_step)
        FocusRing(self.body)
        column.addWidget(self.body)
        column.addWidget(self.aids.english)
        self.copy_row = CopyRow(page)
        column.addWidget(self.copy_row)
        self.input_holder = QVBoxLayout()
        column.addLayout(self.input_holder)
        self.feedback = FeedbackPanel(page)
        self.feedback.term_requested.connect(lambda term: show_term(term, self.feedback))
        self.feedback.step_requested.connect(go_to_step)
        column.addWidget(self.feedback)
        self.notes = QLabel(page)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAccessibleDescription(translate("LessonView", "Facilitator notes"))
        column.addWidget(self.notes)
        column.addStretch(1)
        holder = QWidget(self)
        centred = QHBoxLayout(holder)
        centred.addWidget(page)
        self.setWidget(holder)
        guide_look.see_through(self)
        self.scroller = PageScroller(self, page)
        self.scroller.scroll_with_keys(self.body)
        self.body.setAccessibleDescription(
            translate("LessonView", "The arrow keys scroll the page.")
        )

    def fit_width(self) -> int:
        """Keep the column to a readable width in the current text size; return it."""
        self.page.setMaximumWidth(self.page.fontMetrics().averageCharWidth() * READABLE_CHARS)
        return self.page.maximumWidth()
