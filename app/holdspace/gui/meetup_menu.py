"""The meetup actions of the File menu: print, export PDF, open/reload packs,
"only this pack" and "Next person" (a fresh guest session on a shared laptop).

Kept apart from the main window so the window only wires it in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QWindow
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from .errors import as_lesson_error, show_error, show_problem
from .pack_shelf import PackShelf
from .qtapp import running_app

if TYPE_CHECKING:
    from ..core.lessons import Pack
    from .window import MainWindow


class MeetupMenu(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu):
        super().__init__(window)
        self.window = window
        self.shelf = PackShelf(window.language, self._show_packs, self)
        add = window.menu_action
        self.reload_action = add(file_menu, self.tr("&Reload packs"), self.reload, "Ctrl+R")
        self.reload_action.setToolTip(
            self.tr("Read the open lesson packs again from disk (Ctrl+R)")
        )
        self.only_action = add(
            file_menu, self.tr("Show only &this pack"), self.toggle_only, checkable=True
        )
        self.only_action.setEnabled(False)  # until a pack of one's own is open
        file_menu.addSeparator()
        add(file_menu, self.tr("&Print…"), self.print_handout, QKeySequence.StandardKey.Print)
        add(file_menu, self.tr("&Export PDF…"), self.export_pdf, "Ctrl+Shift+E")
        file_menu.addSeparator()
        self.next_action = add(
            file_menu, self.tr("&Next person…"), self.next_person, "Ctrl+Shift+G"
        )
        self.next_action.setToolTip(
            self.tr("A fresh start for the next person on this laptop; nothing they do is saved")
        )

    # --- packs ----------------------------------------------------------------------
    def adopt(self, packs: list[Pack], sources: list[Path], *, only: bool = False) -> None:
        self.shelf.adopt(packs, sources)
        # Coming back from the editor: show what the author changed, without a restart.
        running_app().focusWindowChanged.connect(self.look_for_edits)
        if only and self.shelf.extra:
            self.shelf.set_only(self.shelf.extra[-1][0])
        self._sync_only()

    def ask_open_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a lesson pack"),
            "",
            self.tr("Lesson packs (pack.yaml *.zip)"),
        )
        if name:
            self.open_pack(Path(name))

    def open_pack(self, path: Path) -> Pack | None:
        try:
            pack = self.shelf.open(path)
        except Exception as exc:  # noqa: BLE001 - LessonError, or anything a hostile pack causes
            show_error(self.window, as_lesson_error(path, exc))
            return None
        self._sync_only()
        if self.shelf.only is None:
            self.window.show_library()
        return pack

    def reload(self) -> None:
        problems = self.shelf.reload()
        self.window.statusBar().showMessage(self.tr("Lesson packs read again from disk."), 5000)
        self._tell(problems)

    def toggle_only(self, checked: bool) -> None:
        self.shelf.set_only(self.shelf.extra[-1][0] if checked and self.shelf.extra else None)
        self._sync_only()
        self.window.go_home()

    def _sync_only(self) -> None:
        self.only_action.setEnabled(bool(self.shelf.extra))
        self.only_action.setChecked(self.shelf.only is not None)

    def _tell(self, problems: list[str]) -> None:
        if problems:
            show_problem(
                self.window,
                self.tr("A lesson pack can't open yet"),
                self.tr("A pack couldn't be read again. Every other lesson works as usual."),
                "\n\n".join(problems),
            )

    def _show_packs(self, packs: list[Pack]) -> None:
        """Put a new arrangement on screen, keeping the open lesson (by id) where it was."""
        window = self.window
        view = window._lesson_view
        open_lesson = (
            view.session if view is not None and window.stack.currentWidget() is view else None
        )
        window.packs = packs
        window.glossary_action.setEnabled(any(len(p.glossary) for p in packs))
        window.mistake_action.setEnabled(window._guide() is not None)
        window.refresh()
        if open_lesson is not None:
            fresh = window.find_lesson(open_lesson.lesson.id)
            if fresh is None:
                window.show_library()  # it broke: the library says why
            elif fresh is not open_lesson.lesson:
                window.open_lesson(fresh, min(open_lesson.index, len(fresh.steps) - 1))

    def look_for_edits(self, focused: QWindow | None = None) -> None:
        window = self.window
        if focused is None or focused is not window.windowHandle() or not window.ready:
            return
        changed = self.shelf.changed()
        if changed:
            self._tell(self.shelf.reload(changed))

    # --- paper ------------------------------------------------------------------------
    def print_handout(self) -> None:
        from .handout_print import print_handout

        print_handout(self.window)

    def export_pdf(self) -> None:
        from .handout_print import export_pdf

        export_pdf(self.window)

    # --- shared laptops -----------------------------------------------------------------
    def next_person(self, *, confirm: bool = True) -> bool:
        """Clear everything the last person did, in place; nothing the next one does is kept."""
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Ready for the next person?"),
                self.tr(
                    "This closes the lesson on screen and starts a fresh guest session: "
                    "the next person sees no one's progress, and nothing they do is saved. "
                    "Progress saved on this computer before stays as it is.\n\nStart fresh?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        from ..core.progress import ProgressStore
        from .settings import Settings

        window = self.window
        if window.store is not None:
            window.store.close()
        window.store, _ = ProgressStore.open(None)
        window.settings = Settings(guest=True)
        window.set_guest(True)
        window.presenter.show_notes(False)
        view = window._lesson_view
        if view is not None:
            view.session = None
            view.set_show_notes(False)
        window.go_home()
        return True
