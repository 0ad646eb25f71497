"""The main window only wires views, menus and the progress store together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QStackedWidget

from ..core.errors import LessonError, StoreError
from ..core.lessons import Lesson, Pack, open_pack
from ..core.progress import ProgressStore
from ..core.session import Session
from . import settings as keys
from .dialogs.about import show_about
from .dialogs.progress import export_progress, forget_progress
from .errors import show_problem
from .home import HomeView
from .library import LibraryView
from .lesson_view import LessonView
from .settings import Settings
from .theme import TextSize


class MainWindow(QMainWindow):
    def __init__(self, packs: list[Pack], store: ProgressStore, settings: Settings,
                 text_size: TextSize, *, guest: bool, language: str | None = None):
        super().__init__()
        self.packs = packs
        self.store = store
        self.settings = settings
        self.text_size = text_size
        self.guest = guest
        self.language = language
        self.setWindowTitle(self.tr("Holdspace") + (self.tr(" (guest)") if guest else ""))
        self.setAccessibleName(self.tr("Holdspace"))
        self.setMinimumSize(480, 360)

        self.stack = QStackedWidget(self)
        self.home = HomeView(self.stack)
        self.library = LibraryView(self.stack)
        self.lesson_view = LessonView(self.stack)
        for view in (self.home, self.library, self.lesson_view):
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)
        self._connect_views()
        self._build_menus()
        self.lesson_view.set_show_notes(settings.flag(keys.SHOW_NOTES))
        if guest:
            self.statusBar().showMessage(self.tr("Guest session: nothing is saved."))
        self._restore_geometry()
        self.refresh()
        self.go_home()

    # --- wiring -----------------------------------------------------------------
    def _connect_views(self) -> None:
        self.home.topic_chosen.connect(self.show_topic)
        self.home.resume_chosen.connect(self.resume)
        self.home.library_requested.connect(self.show_library)
        self.library.lesson_chosen.connect(lambda lesson: self.open_lesson(lesson))
        self.lesson_view.home_requested.connect(self.go_home)
        self.lesson_view.lesson_finished.connect(lambda _id: self.refresh())
        self.lesson_view.next_lesson_requested.connect(self.open_next_lesson)
        self.lesson_view.store_trouble.connect(self._store_trouble)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, *, checkable=False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Open a lesson &pack…"), self.ask_open_pack, "Ctrl+O")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        go = bar.addMenu(self.tr("&Go"))
        self._action(go, self.tr("&Home"), self.go_home, "Alt+Home")
        self._action(go, self.tr("All &lessons"), self.show_library, "Ctrl+L")

        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Larger text"), lambda: self._scale(self.text_size.larger),
                     ["Ctrl+=", "Ctrl++"])
        self._action(view, self.tr("&Smaller text"), lambda: self._scale(self.text_size.smaller),
                     "Ctrl+-")
        self._action(view, self.tr("&Normal text size"), lambda: self._scale(self.text_size.reset),
                     "Ctrl+0")
        view.addSeparator()
        notes = self._action(view, self.tr("Facilitator &notes"), self._toggle_notes, "Ctrl+Shift+N",
                             checkable=True)
        notes.setChecked(self.settings.flag(keys.SHOW_NOTES))

        progress = bar.addMenu(self.tr("&Progress"))
        self._action(progress, self.tr("&Export my progress…"), self.ask_export)
        self._action(progress, self.tr("&Forget my progress…"), self.ask_forget)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Holdspace"), self.about)

    # --- views ------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read progress into the home and library views."""
        progress = self._progress()
        self.home.show_pack(self.packs[0] if self.packs else None, guest=self.guest)
        self.library.show_packs(self.packs, progress)
        self._offer_resume()

    def _progress(self) -> dict:
        try:
            return self.store.lessons()
        except StoreError:
            return {}

    def _offer_resume(self) -> None:
        try:
            candidate = self.store.resume_candidate([x.id for x in self.all_lessons()])
        except StoreError:
            candidate = None
        lesson = self.find_lesson(candidate.lesson_id) if candidate else None
        if lesson is None:
            self.home.set_resume(None)
            return
        step = min(candidate.last_step, len(lesson.steps) - 1)
        self.home.set_resume(lesson.title, lesson.id, step, len(lesson.steps))

    def go_home(self) -> None:
        self.refresh()
        self.stack.setCurrentWidget(self.home)
        self.home.focus_first()

    def show_library(self) -> None:
        self.refresh()
        self.stack.setCurrentWidget(self.library)
        self.library.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_topic(self, topic_id: str) -> None:
        self.show_library()
        self.library.show_topic(topic_id)

    # --- lessons ----------------------------------------------------------------
    def all_lessons(self) -> list[Lesson]:
        return [lesson for pack in self.packs for lesson in pack.lessons]

    def find_lesson(self, lesson_id: str) -> Lesson | None:
        return next((x for x in self.all_lessons() if x.id == lesson_id), None)

    def resume(self, lesson_id: str, step: int) -> None:
        lesson = self.find_lesson(lesson_id)
        if lesson is not None:
            self.open_lesson(lesson, step)

    def open_lesson(self, lesson: Lesson, start_at: int | None = None) -> None:
        if start_at is None:
            state = self._progress().get(lesson.id)
            start_at = state.last_step if state and not state.explored_at else 0
        session = Session(lesson, recorder=self.store, start_at=start_at,
                          helped_before=self._helped_steps(lesson))
        self.lesson_view.open(session)
        self.stack.setCurrentWidget(self.lesson_view)

    def _helped_steps(self, lesson: Lesson) -> set[str]:
        """Steps where a hint or "show me" helped before: help is offered sooner there."""
        helped = set()
        for step in lesson.steps:
            try:
                record = self.store.step(lesson.id, step.id)
            except StoreError:
                return set()
            if record and (record.used_hint or record.used_show_me):
                helped.add(step.id)
        return helped

    def open_next_lesson(self, lesson_id: str) -> None:
        lessons = self.all_lessons()
        index = next((i for i, x in enumerate(lessons) if x.id == lesson_id), -1)
        if 0 <= index < len(lessons) - 1:
            self.open_lesson(lessons[index + 1], 0)
        else:
            self.go_home()

    def _store_trouble(self, detail: str) -> None:
        self.statusBar().showMessage(
            self.tr("Your progress isn't being saved right now; the lesson works as usual. ({0})")
            .format(detail))

    # --- menu actions -------------------------------------------------------------
    def _scale(self, change) -> None:
        self.settings.set_value(keys.TEXT_SCALE, change())

    def _toggle_notes(self, checked: bool) -> None:
        self.settings.set_value(keys.SHOW_NOTES, "true" if checked else "false")
        self.lesson_view.set_show_notes(checked)

    def ask_open_pack(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a lesson pack folder"))
        if folder:
            self.add_pack(Path(folder))

    def add_pack(self, folder: Path) -> Pack | None:
        try:
            pack = open_pack(folder, self.language)
        except LessonError as exc:
            show_problem(self, self.tr("This pack can't open yet"),
                         self.tr("Holdspace couldn't read this lesson pack. The details below "
                                 "say what needs mending."), str(exc))
            return None
        self.packs.append(pack)
        self.show_library()
        return pack

    def ask_export(self) -> None:
        export_progress(self, self.store)

    def ask_forget(self) -> None:
        if forget_progress(self, self.store):
            self.go_home()

    def about(self) -> None:
        where = self.tr("nowhere (guest session)") if self.guest else str(self.store.path)
        show_about(self, where)

    # --- geometry -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(960, 680)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.settings.set_value(keys.GEOMETRY, self.saveGeometry())
        super().closeEvent(event)

