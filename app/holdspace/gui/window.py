"""The main window only wires views, menus and the progress store together."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QToolBar

from ..core.errors import StoreError
from ..core.identity import BUILTIN_PACK
from . import resume_offer
from . import settings as keys
from .errors import details_of
from .home import HomeView
from .menu_bar import Menus
from .screen_fit import DEFAULT_SIZE, fit_to_screen
from .settings import Settings
from .theme import TextSize

if TYPE_CHECKING:  # loaded after the first paint, see holdspace.gui.app
    from ..core.lessons import Lesson, Pack
    from ..core.lessons.glossary import Glossary
    from ..core.progress import ProgressStore
    from .i18n import Translators
    from .lesson_view import LessonView
    from .library import LibraryView
    from .meetup_menu import MeetupMenu
    from .presenter import Presenter


log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Shown at once with the home's topics (``show_first``, from pack.yaml); just after
    the first paint ``attach`` brings every lesson, checked, and the progress."""

    # Made by menu_bar.Menus: the help actions at once, the rest by ``menus.fill()``.
    meetup: MeetupMenu
    presenter: Presenter
    mistake_action: QAction
    glossary_action: QAction

    def __init__(
        self, settings: Settings, text_size: TextSize, *, guest: bool, language: str | None = None
    ):
        super().__init__()
        self._packs: list[Pack] = []
        self._heads: list[Pack] = []  # pack.yaml's reading, for the home until the check
        self._check: Callable[[], None] | None = None  # that check, until it has run
        self._checked = False
        self.store: ProgressStore | None = None
        self.settings = settings
        self.text_size = text_size
        self.guest = guest
        self.language = language
        self.set_guest(guest)
        self.setAccessibleName(self.tr("Holdspace"))
        self.setMinimumSize(480, 360)

        self.translators: Translators | None = None  # set by gui.app; the Language menu uses it
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        # The library and lesson views are built on first use: start-up shows home only.
        self._library: LibraryView | None = None
        self._lesson_view: LessonView | None = None
        self._resume_lesson: Lesson | None = None  # the lesson the resume card offers
        self._build_home()
        self.menus = Menus(self)  # filled just after the first paint (see menu_bar)
        self._restore_geometry()
        self.home.show_loading()

    def _build_home(self) -> None:
        self.home = HomeView(self.stack)
        self.stack.addWidget(self.home)
        self.home.topic_chosen.connect(self.show_topic)
        self.home.resume_chosen.connect(self.resume)
        self.home.library_requested.connect(self.show_library)

    def rebuild(self) -> None:
        """Every view and menu again, in the interface language just installed."""
        for view in (self.home, self._library, self._lesson_view):
            if view is not None:
                self.stack.removeWidget(view)
                view.deleteLater()
        self._library = self._lesson_view = None
        for action in self.menuBar().actions():
            if action.menu() is not None:
                action.menu().deleteLater()  # clear() leaves the menus themselves behind
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()
        self._build_home()
        self.menus = Menus(self)
        self.menus.fill()
        self.setAccessibleName(self.tr("Holdspace"))
        self.set_guest(self.guest)

    def set_guest(self, guest: bool) -> None:
        self.guest = guest
        # Qt adds " — Holdspace" (the display name) itself; the home page says what a
        # guest session means, so the status bar doesn't say it a second time.
        self.setWindowTitle(self.tr("Guest session") if guest else "")

    def show_first(self, heads: list[Pack], store: ProgressStore, check: Callable[[], None]):
        """The home from pack.yaml alone, and the check that brings every lesson (``packs``)."""
        from ..core.lessons.catalog import offers

        self._heads, self._check, self.store = heads, check, store
        # F1 must work at once for a learner in a hurry: pressing it runs the check first.
        found = [offers(head) for head in heads]
        self.mistake_action.setEnabled(any(guide for guide, _ in found))
        self.glossary_action.setEnabled(any(glossary for _, glossary in found))
        self.go_home()

    def check_now(self) -> None:  # every lesson read and checked (attach), if still to come
        check, self._check = self._check, None
        if check is not None:
            check()

    @property
    def packs(self) -> list[Pack]:
        """The open packs, every lesson checked: asking before the check (due just after
        the first paint) runs it now, so nothing ever sees a pack read only to its topics."""
        self.check_now()
        return self._packs

    @packs.setter
    def packs(self, packs: list[Pack]) -> None:
        self._packs = packs

    def attach(self, packs: list[Pack], store: ProgressStore) -> None:
        """The lessons and the learner's progress, once they are read and checked."""
        self._check = None  # whoever attaches has read them
        first = self._heads and self.stack.currentWidget() is self.home
        self._packs, self._heads, self._checked, self.store = packs, [], True, store
        self._adopt_old_progress()
        self.glossary_action.setEnabled(any(len(pack.glossary) for pack in packs))
        self.mistake_action.setEnabled(self._guide() is not None)
        # A home already on screen keeps its cards and the learner's focus.
        (self.refresh if first else self.go_home)()

    def _adopt_old_progress(self) -> None:
        """Progress saved before it was kept per pack went to the built-in pack; a pack
        from outside takes back the rows of its ids the built-in pack doesn't have."""
        builtin = {x.id for p in self.packs if p.key == BUILTIN_PACK for x in p.lessons}
        for pack in self.packs:
            try:
                self.store.adopt(pack.key, [x.id for x in pack.lessons if x.id not in builtin])
            except StoreError:
                return  # nothing is lost: the rows stay where they are

    @property
    def ready(self) -> bool:  # the home is drawn: its topics, and progress
        return self.store is not None

    @property
    def lessons_checked(self) -> bool:  # every lesson read, checked and attached
        return self._checked

    # --- views, built on first use ---------------------------------------------
    @property
    def library(self) -> LibraryView:
        if self._library is None:
            from .library import LibraryView

            self._library = LibraryView(self.stack)
            self.stack.addWidget(self._library)
            self._library.lesson_chosen.connect(lambda lesson: self.open_lesson(lesson))
            self._library.show_packs(self.packs, self._progress())
        return self._library

    @property
    def lesson_view(self) -> LessonView:
        if self._lesson_view is None:
            from .lesson_view import LessonView

            view = self._lesson_view = LessonView(self.stack)
            self.stack.addWidget(view)
            view.home_requested.connect(self.go_home)
            view.lesson_finished.connect(lambda _id: self.refresh())
            view.next_lesson_requested.connect(self.open_next_lesson)
            view.store_trouble.connect(self._store_trouble)
            view.glossary_requested.connect(self.show_glossary)
            view.suggest_next = lambda lesson: getattr(self._lesson_after(lesson), "title", None)
        return self._lesson_view

    # --- wiring -----------------------------------------------------------------
    def menu_action(
        self, menu: QMenu, text: str, slot, shortcut=None, *, checkable=False
    ) -> QAction:
        """One menu command (the menu bar, meetup and presenter menus all add theirs here)."""
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    # --- views ------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read progress into the home and library views."""
        shown = self._packs if self._checked else self._heads
        self.home.show_pack(shown[0] if shown else None, guest=self.guest)
        if self._library is not None:
            self._library.show_packs(self.packs, self._progress())
        self._offer_resume()

    def _progress(self) -> dict:
        """Progress by (pack key, lesson id)."""
        if self.store is None:
            return {}
        try:
            return self.store.every_lesson()
        except StoreError:
            return {}

    def _offer_resume(self) -> None:
        if self.store is None:
            return
        if self._checked:
            offer, self._resume_lesson = resume_offer.from_lessons(self.store, self._packs)
        else:  # the home before the check: the lesson comes with the check
            offer, self._resume_lesson = resume_offer.before_check(self.store, self._heads), None
        if offer is None:
            self.home.set_resume(None)
        else:
            self.home.set_resume(offer.title, offer.lesson_id, offer.step, offer.total)

    def go_home(self) -> None:
        view = self._lesson_view  # back from a lesson: its topic's card has the focus
        leaving = view if view is not None and self.stack.currentWidget() is view else None
        self.refresh()
        self.stack.setCurrentWidget(self.home)
        self.home.focus_first(leaving.session.lesson.topic if leaving and leaving.session else None)

    def show_library(self) -> None:
        self.library.show_packs(self.packs, self._progress())
        self.stack.setCurrentWidget(self.library)
        self.library.tree.setFocus(Qt.FocusReason.TabFocusReason)  # a visible focus frame

    def show_topic(self, topic_id: str) -> None:
        self.show_library()
        self.library.show_topic(topic_id)

    # --- lessons ----------------------------------------------------------------
    def all_lessons(self) -> list[Lesson]:
        return [lesson for pack in self.packs for lesson in pack.lessons]

    def find_lesson(self, lesson_id: str, pack: str | None = None) -> Lesson | None:
        """The lesson with this id (in this pack, when given: ids repeat across packs)."""
        return next(
            (x for x in self.all_lessons() if x.id == lesson_id and pack in (None, x.pack_key)),
            None,
        )

    def resume(self, lesson_id: str, step: int) -> None:
        offered = self._resume_lesson
        lesson = (
            offered
            if offered is not None and offered.id == lesson_id
            else self.find_lesson(lesson_id)
        )
        if lesson is not None:
            self.open_lesson(lesson, step)

    def open_lesson(
        self, lesson: Lesson, start_at: int | None = None, *, guide: bool = False
    ) -> None:
        if start_at is None:
            state = self._progress().get((lesson.pack_key, lesson.id))
            start_at = state.last_step if state and not state.explored_at else 0
        from ..core.session import Session

        recorder = self.store.for_pack(lesson.pack_key) if self.store is not None else None
        session = Session(
            lesson, recorder=recorder, start_at=start_at, helped_before=self._helped_steps(lesson)
        )
        pack = next((p for p in self.packs if lesson in p.lessons), None)
        self.lesson_view.open(session, pack.glossary if pack else None, guide=guide)
        self.stack.setCurrentWidget(self.lesson_view)

    def _helped_steps(self, lesson: Lesson) -> set[str]:
        """Steps where a hint or "show me" helped before: help is offered sooner there."""
        helped = set()
        for step in lesson.steps if self.store is not None else ():
            try:
                record = self.store.step(lesson.id, step.id, pack=lesson.pack_key)
            except StoreError:
                return set()
            if record and (record.used_hint or record.used_show_me):
                helped.add(step.id)
        return helped

    def _lesson_after(self, current: Lesson | None, lesson_id: str = "") -> Lesson | None:
        lessons = self.all_lessons()
        index = next((i for i, x in enumerate(lessons) if x is current), -1)
        if index < 0:
            index = next((i for i, x in enumerate(lessons) if x.id == lesson_id), -1)
        return lessons[index + 1] if 0 <= index < len(lessons) - 1 else None

    def open_next_lesson(self, lesson_id: str) -> None:
        current = (
            self._lesson_view.session.lesson
            if self._lesson_view is not None and self._lesson_view.session is not None
            else None
        )
        following = self._lesson_after(current, lesson_id)
        if following is not None:
            self.open_lesson(following, 0)
        else:
            self.go_home()

    def _guide(self, role: str = "mistake") -> Lesson | None:
        return next((g for p in self.packs if (g := p.guide(role)) is not None), None)

    def open_guide(self) -> None:
        """The "I think I made a mistake" guide, always from its first, calming step."""
        guide = self._guide()
        if guide is not None:
            self.open_lesson(guide, 0, guide=True)

    def glossary(self) -> Glossary:
        """Every pack's terms; the built-in pack's come first when two share an id."""
        from ..core.lessons.glossary import Glossary

        return Glossary([t for pack in self.packs for t in pack.glossary.terms.values()])

    def show_glossary(self, term_id: str | None = None) -> None:
        from .dialogs.glossary import show_glossary

        # F1 works here too: the glossary closes and the guide opens.
        show_glossary(self, self.glossary(), term_id, also=[self.mistake_action])

    def _store_trouble(self, problem: StoreError) -> None:
        """Said once, in the status bar: the lesson goes on (the cause is in the log)."""
        log.warning("progress not saved: %s", details_of(problem))
        self.statusBar().showMessage(
            self.tr("Your progress isn't being saved right now; the lesson works as usual.")
        )

    # --- menu actions -------------------------------------------------------------
    def scale_text(self, change) -> None:
        """Apply a text-size change (larger, smaller, reset) and keep it for next time."""
        self.settings.set_value(keys.TEXT_SCALE, change())

    def ask_open_pack(self) -> None:
        self.menus.fill()
        self.meetup.ask_open_pack()

    def add_pack(self, folder: Path) -> Pack | None:
        """Open a pack folder or .zip; one already open is read again in place."""
        self.menus.fill()
        return self.meetup.open_pack(folder)

    def ask_export(self) -> None:
        from .dialogs.progress import export_progress

        if self.store is not None:
            export_progress(self, self.store)

    def ask_forget(self) -> None:
        from .dialogs.progress import forget_progress

        if self.store is not None and forget_progress(self, self.store):
            self.go_home()

    def about(self) -> None:
        from .dialogs.about import show_about

        guest = self.guest or self.store is None
        show_about(self, self.tr("nowhere (guest session)") if guest else str(self.store.path))

    # --- geometry -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        fit_to_screen(self)  # a saved size from a bigger monitor must fit this one

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Once shown, the real frame and screen are known: fit again.
        QTimer.singleShot(0, self, lambda: fit_to_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.settings.set_value(keys.GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
