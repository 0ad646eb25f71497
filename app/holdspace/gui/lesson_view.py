"""The lesson view: the step's text, its input, gentle feedback, and the buttons.

It renders a core ``Session``; every decision (is this right? which hint?) is
the session's. Keys: Enter checks, PageDown/PageUp and Alt+→/← move between
steps (presentation clickers send PageDown/PageUp).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QStackedWidget, QStyle, QVBoxLayout, QWidget)

from ..core import markup
from ..core.errors import MarkupError
from ..core.feedback import Feedback
from ..core.lessons.glossary import Glossary
from ..core.session import Session
from . import wording
from .markdown_view import SafeTextBrowser, follow_link
from .steps import StepWidget, widget_for
from .tripwire import Tripwire, show_card


READABLE_CHARS = 90  # a comfortable line length, so text never runs the full width


class FeedbackPanel(QLabel):
    """Feedback in words (with a symbol), never by colour alone."""

    term_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(lambda url: follow_link(self, url, self.term_requested.emit))
        self.setAccessibleName(self.tr("Feedback"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # A calm card from the palette; no style sheet, which would pin the font size.
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.setMargin(10)
        self.clear_all()

    def clear_all(self) -> None:
        self.clear()
        self.setAccessibleDescription("")
        self.hide()

    def show_parts(self, parts: list[str], plain_summary: str) -> None:
        self.setText("".join(parts))
        self.setAccessibleDescription(plain_summary)
        self.show()


class LessonView(QWidget):
    home_requested = Signal()
    lesson_finished = Signal(str)      # lesson id
    next_lesson_requested = Signal(str)
    store_trouble = Signal(str)        # progress couldn't be saved (said once, calmly)
    glossary_requested = Signal(str)   # "All terms…" in a term's card (at that term)
    step_shown = Signal()              # a step is on screen (the notes window follows it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self._guide = False
        self.glossary = Glossary()        # the lesson's pack's terms, for pop-ups
        self.step_widget: StepWidget | None = None
        self._show_notes = False
        self._told_store_trouble = False
        self.tripwire = Tripwire(self, self._is_practice_phrase)
        self.tripwire.tripped.connect(lambda: show_card(self))
        self._build()
        self._bind_keys()

    # --- building -----------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)  # <h2> follows the text size
        self.title.setAccessibleName(self.tr("Lesson title"))
        self.position = QLabel(self)
        self.position.setAccessibleName(self.tr("Where you are in the lesson"))
        header.addWidget(self.title, 1)
        header.addWidget(self.position)
        layout.addLayout(header)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_step_page())
        self.pages.addWidget(self._build_done_page())
        layout.addWidget(self.pages, 1)
        # Back/Hint/Show me/Check/Next belong to steps: hidden on the "explored" page.
        self.step_buttons = QWidget(self)
        self.step_buttons.setLayout(self._build_buttons())
        layout.addWidget(self.step_buttons)

    def _build_step_page(self) -> QWidget:
        """One readable column (text, input, feedback, notes) that scrolls as a whole."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = self._page = QWidget(scroll)
        self._fit_page_width()
        column = QVBoxLayout(page)
        self.body = SafeTextBrowser(page, fit_content=True)
        self.body.setAccessibleName(self.tr("Lesson text"))
        self.body.term_requested.connect(lambda term: self.show_term(term, self.body))
        column.addWidget(self.body)
        self.input_holder = QVBoxLayout()
        column.addLayout(self.input_holder)
        self.feedback = FeedbackPanel(page)
        self.feedback.term_requested.connect(lambda term: self.show_term(term, self.feedback))
        column.addWidget(self.feedback)
        self.notes = QLabel(page)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAccessibleName(self.tr("Facilitator notes"))
        column.addWidget(self.notes)
        column.addStretch(1)
        holder = QWidget(scroll)
        centred = QHBoxLayout(holder)
        centred.addWidget(page)
        scroll.setWidget(holder)
        self.scroll = scroll
        return scroll

    def _fit_page_width(self) -> None:
        self._page.setMaximumWidth(self._page.fontMetrics().averageCharWidth() * READABLE_CHARS)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # text size changed
            QTimer.singleShot(0, self._fit_page_width)   # once every child has its new font

    def _build_done_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.done_text = QLabel(page)
        self.done_text.setWordWrap(True)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text.setAccessibleName(self.tr("Lesson explored"))
        column.addWidget(self.done_text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.again_button = self._button(self.tr("Go through it &again"), self._restart, row)
        self.topics_button = self._button(self.tr("Back to &topics"), self.home_requested.emit, row)
        self.next_lesson_button = self._button(
            self.tr("Next &lesson"), lambda: self.next_lesson_requested.emit(self.session.lesson.id), row)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        return page

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.back_button = self._button(self.tr("&Back"), self.go_back, row)
        row.addStretch(1)
        self.hint_button = self._button(self.tr("H&int"), self.ask_hint, row)  # Alt+H is Help
        self.show_button = self._button(self.tr("&Show me"), self.ask_show_me, row)
        self.check_button = self._button(self.tr("&Check"), self.check, row)
        row.addStretch(1)
        self.next_button = self._button(self.tr("&Next"), self.go_next, row)
        # Standard arrows mirror themselves in right-to-left layouts.
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.back_button.setToolTip(self.tr("Previous step (Page Up or Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next step (Page Down or Alt+Right)"))
        self.check_button.setToolTip(self.tr("Check my answer (Enter)"))
        return row

    def _bind_keys(self) -> None:
        for keys, slot in ((("PgDown", "Alt+Right"), self.go_next),
                           (("PgUp", "Alt+Left"), self.go_back)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def _is_practice_phrase(self, words: list[str]) -> bool:
        """The app's own marked practice phrase may be typed back; nothing else may."""
        own = getattr(self.step_widget, "practice_phrase_words", None)
        practice = own() if own else None
        return bool(practice) and [w.lower() for w in practice] == words

    # --- showing a session ----------------------------------------------------
    def open(self, session: Session, glossary: Glossary | None = None, *,
             guide: bool = False) -> None:
        self.session = session
        self._guide = guide  # the mistake guide: its last page calms, it doesn't move on
        self.glossary = glossary if glossary is not None else Glossary()
        self.title.setText(f"<h2>{_escape(session.lesson.title)}</h2>")
        self.title.setAccessibleDescription(session.lesson.title)
        self.body.set_pack_root(session.lesson.pack_root)
        self._show_page(0)
        self._show_step()

    def set_show_notes(self, show: bool) -> None:
        self._show_notes = show
        if self.session:
            self._show_notes_for_step()

    def _show_step(self) -> None:
        session = self.session
        step = session.step
        self.position.setText(self.tr("Step {0} of {1}").format(session.index + 1, session.total))
        self.body.setHtml(self._step_html(step.body, step.prompt))
        self._swap_widget(widget_for(step.kind)(step, self))
        self.step_widget.set_value(session.state.answer)
        self.feedback.clear_all()
        if session.state.feedback is not None and not self.step_widget.fresh_each_visit:
            self._show_feedback(session.state.feedback)
        self._show_notes_for_step()
        self._update_buttons()
        target = self.step_widget.focus_target() or self.next_button
        target.setFocus(Qt.FocusReason.TabFocusReason)  # a visible focus frame
        self._watch_store()
        self.step_shown.emit()

    def _watch_store(self) -> None:
        problem = self.session.recording_problem if self.session else None
        if problem is not None and not self._told_store_trouble:
            self._told_store_trouble = True
            self.store_trouble.emit(str(problem))

    def _swap_widget(self, widget: StepWidget) -> None:
        if self.step_widget is not None:
            self.step_widget.hide()
            self.step_widget.deleteLater()
        self.step_widget = widget
        widget.submitted.connect(self.check)
        bind = getattr(widget, "bind_session", None)
        if bind is not None:
            bind(self.session)
        self.tripwire.watch_all(widget)
        self.input_holder.addWidget(widget)
        widget.setVisible(widget.has_input)

    def _show_notes_for_step(self) -> None:
        notes = self.session.step.notes if self._show_notes else ""
        self.notes.setText(self._html(self.tr("**Facilitator notes:** ") + notes) if notes else "")
        self.notes.setVisible(bool(notes))

    def _update_buttons(self) -> None:
        session = self.session
        checkable = self.step_widget.checkable
        self.back_button.setEnabled(not session.at_start)
        self.check_button.setEnabled(checkable)
        self.show_button.setEnabled(checkable)
        self.hint_button.setEnabled(session.hints_left > 0)
        self.next_button.setText(self.tr("&Finish") if session.at_end else self.tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        for button in (self.check_button, self.show_button, self.hint_button):
            button.setVisible(checkable or button is self.hint_button and bool(session.step.hints))

    # --- actions ----------------------------------------------------------------
    def check(self) -> None:
        if not self.session or not self.step_widget.checkable:
            return
        result = self.session.submit(self.step_widget.value_for_check())
        self._show_feedback(result)
        self.step_widget.feedback_shown(result)
        self._update_buttons()
        self._watch_store()

    def ask_hint(self) -> None:
        if self.session:
            self._show_feedback(self.session.hint(), keep=True)
            self._update_buttons()
            if not self.hint_button.isEnabled():  # focus would slide onto "Show me"
                (self.step_widget.focus_target() or self.check_button).setFocus(
                    Qt.FocusReason.TabFocusReason)

    def ask_show_me(self) -> None:
        if not self.session or not self.step_widget.checkable:
            return
        shown = self.session.show_me()
        self.step_widget.reveal(shown.params)
        self._show_feedback(shown)
        self.step_widget.feedback_shown(shown)

    def go_next(self) -> None:
        if not self.session or self.pages.currentIndex() != 0:
            return
        if self.session.next():
            self._show_step()
        elif self.session.finished:
            self._show_done()

    def go_back(self) -> None:
        if self.session and self.pages.currentIndex() == 0 and self.session.back():
            self._show_step()

    def _restart(self) -> None:
        self.session.finished = False
        self.session.go_to(0)
        self._show_page(0)
        self._show_step()

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.step_buttons.setVisible(index == 0)

    def _show_done(self) -> None:
        if self._guide:
            self.done_text.setText(self.tr(
                "You went through the whole guide. Take the next step at your own pace.\n\n"
                "It is here whenever you need it: press F1 or “I think I made a mistake”."))
        else:
            self.done_text.setText(self.tr("✓ You explored “{0}”.\n\nCome back to it any time; "
                                           "nothing here is ever marked down.")
                                   .format(self.session.lesson.title))
        self._show_page(1)
        self.position.setText(self.tr("Explored"))
        self.lesson_finished.emit(self.session.lesson.id)
        self.next_lesson_button.setVisible(not self._guide)
        (self.topics_button if self._guide else self.next_lesson_button).setFocus()

    def _show_feedback(self, item: Feedback, *, keep: bool = False) -> None:
        detail = item.params.get("feedback") or item.params.get("text") or ""
        headline = wording.headline(item, detail)
        parts = [f"<p><b>{_escape(headline)}</b></p>"]
        if detail:
            parts.append(self._html(detail))
        if item.code == "shown" and item.params.get("answer"):
            parts.append(self._html(self.tr("**The answer:** {0}").format(item.params["answer"])))
        if (item.solved or item.code == "shown") and self.session.step.explain:
            parts.append(self._html(self.session.step.explain))
        offer = wording.offer(item)
        if offer:
            parts.append(f"<p><i>{_escape(offer)}</i></p>")
        if keep and self.feedback.isVisible() and item.code == "hint":
            parts.insert(0, self.feedback.text())
        self.feedback.show_parts(parts, headline)
        # After the layout has made room for it, or the scroll lands short of it.
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.feedback))

    def show_term(self, term_id: str, near: QWidget) -> None:
        """A glossary term's card, beside the text it was chosen in."""
        from .term_popup import open_term

        open_term(near, self.glossary, term_id, on_glossary=self.glossary_requested.emit)

    def _html(self, text: str, *, inline: bool = False) -> str:
        """Safe HTML for lesson text; if it can't be rendered, the text itself, escaped."""
        try:
            if inline:
                return markup.render_inline(text, self.glossary)
            return markup.render(text, self.glossary)
        except MarkupError:
            return f"<p>{_escape(text)}</p>"

    def _step_html(self, body: str, prompt: str) -> str:
        html = self._html(body) if body else ""
        if prompt:
            html += f"<h3>{self._html(prompt, inline=True)}</h3>"
        return html


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
