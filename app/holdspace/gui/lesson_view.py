"""The lesson view: the step's text, its input, gentle feedback, and the buttons.

It renders a core ``Session``; every decision (is this right? which hint?) is
the session's. Keys: Enter checks, PageDown/PageUp and Alt+→/← move between
steps (presentation clickers send PageDown/PageUp).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.copyable import copy_targets
from ..core.feedback import HINT, Feedback
from ..core.lessons.glossary import Glossary
from ..core.lessons.model import Lesson
from ..core.session import Session
from . import guide_look, icons, safe_text, style, tripwire
from .a11y import announce, chain_tab_order, describe_with, forget_descriptions, tab_stops
from .done_page import DonePage
from .errors import told_kindly
from .feedback_panel import compose, plain_text
from .lesson_header import LessonHeader
from .lesson_keys import NoAltTyping, StepButtons, bind_step_keys, step_button
from .qtapp import running_app
from .step_page import StepPage
from .steps import StepWidget, widget_for


class LessonView(QWidget):
    home_requested = Signal()
    lesson_finished = Signal(str)  # lesson id
    next_lesson_requested = Signal(str)
    store_trouble = Signal(object)  # the StoreError: progress couldn't be saved (said once)
    glossary_requested = Signal(str)  # "All terms…" in a term's card (at that term)
    step_shown = Signal()  # a step is on screen (the notes window follows it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self._guide = False
        self._seen: set[int] = set()  # steps seen this time (the step marks' "done")
        # The title of the lesson after this one, for the end page's one suggestion (the
        # window knows the order of lessons; by default there is none).
        self.suggest_next: Callable[[Lesson], str | None] = lambda _lesson: None
        self.glossary = Glossary()  # the lesson's pack's terms, for pop-ups
        self.step_widget: StepWidget | None = None
        self._show_notes = False
        self._told_store_trouble = False
        self._verdict_shown = False  # a Check's result is on screen (editing makes it stale)
        tripwire.install(running_app())  # one watch for every box of every window
        self._build()
        bind_step_keys(self)

    # --- building -----------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # "Step 3 of 8", the step marks, what comes next, the title
        self.header = LessonHeader(self)
        self.position, self.title = self.header.position, self.header.title
        above = QHBoxLayout()  # over the page's column, not far off at a wide window's edge
        above.addStretch(1)
        above.addWidget(self.header, 100)
        above.addStretch(1)
        layout.addLayout(above)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_step_page())
        self.pages.addWidget(self._build_done_page())
        layout.addWidget(self.pages, 1)
        row = self.step_buttons = StepButtons(self)
        self.back_button, self.hint_button = row.back_button, row.hint_button
        self.show_button, self.check_button = row.show_button, row.check_button
        self.next_button = row.next_button
        self._no_alt_typing = NoAltTyping(self)
        self._ink_arrows()
        style.follow_scheme(self._ink_arrows)
        below = QHBoxLayout()  # under the page's column: Back and Next not a wide window apart
        below.addStretch(1)
        below.addWidget(self.step_buttons, 100)
        below.addStretch(1)
        layout.addLayout(below)
        self.step_buttons.setMaximumWidth(self.header.maximumWidth())

    def _build_step_page(self) -> QWidget:
        scroll = StepPage(self, self._html, self.go_to_step, self.show_term)
        self.step_page, self.aids, self.body = scroll, scroll.aids, scroll.body
        self.copy_row, self.input_holder = scroll.copy_row, scroll.input_holder
        self.feedback, self.notes, self.scroller = scroll.feedback, scroll.notes, scroll.scroller
        self.scroll = scroll  # type: ignore[method-assign, assignment]  # read by steps, tests
        self.header.setMaximumWidth(scroll.page.maximumWidth())
        return scroll

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._guide:
            guide_look.paint_backdrop(self)
        super().paintEvent(event)

    def _fit_page_width(self) -> None:
        width = self.step_page.fit_width()
        self.header.setMaximumWidth(width)
        self.step_buttons.setMaximumWidth(width)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._ink_arrows()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # text size changed
            # Later, when children have it; dropped if the view goes.
            QTimer.singleShot(0, self, self._fit_page_width)

    def _build_done_page(self) -> QWidget:
        page = self.done_page = DonePage(self, partial(step_button, self))
        guide_look.see_through(page)
        self.done_text = page.text
        self.again_button = page.add_button(self.tr("Go through it &again"), self._restart)
        self.topics_button = page.add_button(self.tr("Back to &topics"), self.home_requested.emit)
        self.next_lesson_button = page.add_button(
            self.tr("Next &lesson"), lambda: self.next_lesson_requested.emit(self.session.lesson.id)
        )
        page.finish_row()
        return page

    def _ink_arrows(self, *_scheme) -> None:  # our own arrows, mirrored in right-to-left
        icons.ink_step_arrows(self.back_button, self.next_button)

    # --- showing a session ----------------------------------------------------
    def open(
        self, session: Session, glossary: Glossary | None = None, *, guide: bool = False
    ) -> None:
        self.session = session
        self._guide = guide  # the mistake guide: its last page calms, it doesn't move on
        self.glossary = glossary if glossary is not None else Glossary()
        self.header.show_lesson(session.lesson.title, guide=guide)
        self.update()  # the guide paints its own backdrop (guide_look)
        self._seen = set(range(session.index + 1))  # steps before a resumed one count as seen
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
        forget_descriptions(
            [
                self.next_button,
                self.check_button,
                self.hint_button,
                self.show_button,
                self.back_button,
                self.feedback,
            ]
        )
        self._seen.add(session.index)
        following = None if session.at_end else session.lesson.steps[session.index + 1].is_check
        self.header.show_step(session.index, session.total, self._seen, following)
        self.body.setHtml(self._step_html(step.body, step.prompt))
        self.aids.show_step(session.lesson, step)
        self.copy_row.show_targets(copy_targets(step))
        self._swap_widget(widget_for(step.kind)(step, self))
        self.step_widget.set_value(session.state.answer)
        self.feedback.clear_all()
        self._verdict_shown = False
        if session.state.feedback is not None and not self.step_widget.fresh_each_visit:
            self._show_feedback(session.state.feedback, speak=False)
        self._show_notes_for_step()
        self._update_buttons()
        self._order_tabs()
        self.scroller.to_top()  # a new step starts at its top, not at the last one's place
        target = self.step_widget.focus_target() or self.next_button
        self.scroller.focus(target)
        self._present_step(target)
        self._watch_store()
        self.step_shown.emit()

    def _present_step(self, target: QWidget) -> None:
        """Arriving at a step says where we are and what it asks (or, on a read step, the text)."""
        step = self.session.step
        where = self.position.text()
        asks = (
            plain_text(self._html(step.prompt, inline=True))
            if step.prompt
            else plain_text(self.body.toHtml())
        )
        if not self.step_widget.checkable and not step.prompt:
            describe_with(target, asks)  # a page to read: Next carries its text for readers
        announce(f"{where}. {asks}", self)

    def _order_tabs(self) -> None:
        """Tab follows the page: text, Copy buttons, the step's controls, feedback, buttons."""
        chain_tab_order(
            [
                self.aids.toggle,
                self.body,
                self.aids.english,
                *self.copy_row.buttons,
                *tab_stops(self.step_widget),
                self.feedback,
                self.back_button,
                self.hint_button,
                self.show_button,
                self.check_button,
                self.next_button,
            ]
        )

    def _watch_store(self) -> None:
        problem = self.session.recording_problem if self.session else None
        if problem is not None and not self._told_store_trouble:
            self._told_store_trouble = True
            self.store_trouble.emit(problem)

    def _swap_widget(self, widget: StepWidget) -> None:
        if self.step_widget is not None:
            self.step_widget.hide()
            self.step_widget.deleteLater()
        self.step_widget = widget
        widget.submitted.connect(self.check)
        widget.bind_session(self.session)
        for edit in widget.findChildren(QLineEdit):  # a changed answer makes a verdict stale
            edit.textEdited.connect(self._answer_edited)
            edit.installEventFilter(self._no_alt_typing)  # Alt+letter: a button, not text
        self.input_holder.addWidget(widget)
        for after in (self.feedback, self.notes):  # read after the step, as on screen
            after.raise_()
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
        self.next_button.setText(self.tr("Fi&nish") if session.at_end else self.tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        asking = checkable and not session.state.solved  # the one main (accent) button
        style.set_primary(self.check_button, asking)
        style.set_primary(self.next_button, not asking)
        for button in (self.check_button, self.show_button, self.hint_button):
            button.setVisible(
                checkable or (button is self.hint_button and bool(session.step.hints))
            )

    # --- actions ----------------------------------------------------------------
    def check(self) -> None:
        if not self.session or not self.step_widget.checkable:
            return
        with told_kindly(self):  # e.g. a practice page damaged since the lesson opened
            result = self.session.submit(self.step_widget.value_for_check())
            self.step_widget.feedback_shown(result)
            self._show_feedback(result)
            self._verdict_shown = True
            self._update_buttons()
            self._watch_store()

    def ask_hint(self) -> None:
        if self.session:
            if not self.hint_button.isEnabled() or self.session.hints_left <= 1:
                # The Hint button is about to go: focus would slide onto "Show me".
                self.scroller.focus(self.step_widget.focus_target() or self.check_button)
            self._show_feedback(self.session.hint(), keep=True)
            self._update_buttons()

    def ask_show_me(self) -> None:
        if not self.session or not self.step_widget.checkable:
            return
        with told_kindly(self):
            shown = self.session.show_me()
            self.step_widget.reveal(shown.params)
            self.step_widget.feedback_shown(shown)
            self._show_feedback(shown)
            self._verdict_shown = True

    def _answer_edited(self, *_args) -> None:
        """The learner changed the answer: the verdict about the old one no longer applies."""
        if self._verdict_shown:
            self._verdict_shown = False
            self.feedback.clear_all()
            forget_descriptions([QApplication.focusWidget()] if QApplication.focusWidget() else [])

    def go_next(self) -> None:
        if not self.session or self.pages.currentIndex() != 0:
            return
        if self.session.next():
            self._show_step()
        elif self.session.finished:
            self._show_done()

    def go_to_step(self, step_id: str) -> None:
        """Follow a ``#step-id`` link to that step of this lesson (e.g. the guide's first card)."""
        if not self.session or self.pages.currentIndex() != 0:
            return
        index = self.session.index_of(step_id)
        if index is not None and self.session.go_to(index):
            self._show_step()

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
        lesson = self.session.lesson
        if self._guide:
            self.done_page.show_guide()
        else:
            self.done_page.show_lesson(lesson.title, lesson.objectives, self.suggest_next(lesson))
        self._show_page(1)
        self.header.show_done()
        self.lesson_finished.emit(self.session.lesson.id)
        self.next_lesson_button.setVisible(not self._guide)
        target = self.topics_button if self._guide else self.next_lesson_button
        self.scroller.focus(target)
        announce(plain_text(self.done_text.text()), self)

    def _show_feedback(self, item: Feedback, *, keep: bool = False, speak: bool = True) -> None:
        parts = compose(item, self.session, self._html, self.step_widget)
        if keep and self.feedback.isVisible() and item.code == HINT:
            parts.insert(0, self.feedback.text())
            said = self.feedback.show_parts(parts, item)
            said = plain_text("".join(parts[1:]))  # only the new hint is news
        else:
            said = self.feedback.show_parts(parts, item)
        self.scroller.show_feedback(self.feedback)
        if speak:
            announce(said, self)

    def show_term(self, term_id: str, near: QWidget) -> None:
        """A glossary term's card, beside the text it was chosen in."""
        from .term_popup import open_term

        open_term(near, self.glossary, term_id, on_glossary=self.glossary_requested.emit)

    def _html(self, text: str, *, inline: bool = False) -> str:
        """Safe HTML for lesson text, its pictures only from the lesson's own pack."""
        root = self.session.lesson.pack_root if self.session else None
        return safe_text.markdown_html(text, glossary=self.glossary, pack_root=root, inline=inline)

    def _step_html(self, body: str, prompt: str) -> str:
        asked = f"<h3>{self._html(prompt, inline=True)}</h3>" if prompt else ""
        return (self._html(body) if body else "") + asked
