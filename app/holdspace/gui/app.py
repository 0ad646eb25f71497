"""Start the app: one QApplication, the packs, the progress store, the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ..core import paths
from ..core.errors import LessonError, StoreError
from ..core.lessons import Pack, open_pack
from ..core.progress import ProgressStore, Recovery
from .errors import show_problem
from .i18n import install_translators, language_code
from .resources import app_icon
from .settings import Settings
from .theme import TextSize
from .window import MainWindow


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Holdspace")
    app.setApplicationDisplayName("Holdspace")
    app.setDesktopFileName("holdspace")
    app.setWindowIcon(app_icon())
    return app


def load_packs(extra: list[Path], language: str | None) -> tuple[list[Pack], list[str]]:
    """The built-in pack first, then any --pack folders; problems are returned, not raised."""
    packs, problems = [], []
    for folder in [paths.builtin_pack_dir(), *extra]:
        try:
            packs.append(open_pack(folder, language))
        except LessonError as exc:
            problems.append(str(exc))
    return packs, problems


def open_store(guest: bool) -> tuple[ProgressStore, Recovery | None, str | None]:
    """The learner's store; if the folder can't be written, a guest store and a reason."""
    if guest:
        store, _ = ProgressStore.open(None)
        return store, None, None
    try:
        store, recovery = ProgressStore.open(paths.progress_db_path())
        return store, recovery, None
    except StoreError as exc:
        store, _ = ProgressStore.open(None)
        return store, None, str(exc)


def create_window(args: argparse.Namespace) -> MainWindow:
    app = application()
    install_translators(app)
    language = args.language or language_code()
    settings = Settings(guest=args.guest)
    text_size = TextSize(app, settings.text_scale())
    store, recovery, store_problem = open_store(args.guest)
    packs, pack_problems = load_packs(list(args.pack), language)
    window = MainWindow(packs, store, settings, text_size, guest=args.guest or bool(store_problem),
                        language=language)
    QTimer.singleShot(0, lambda: tell_notices(window, recovery, store_problem, pack_problems))
    return window


def tell_notices(parent: QWidget, recovery: Recovery | None, store_problem: str | None,
                 pack_problems: list[str]) -> None:
    """Anything the learner should know about start-up, said calmly, once."""
    if recovery is not None:
        show_problem(parent, QCoreApplication.translate("Notices", "A fresh start for your progress"),
                     QCoreApplication.translate("Notices", "Holdspace couldn't read your saved progress, so it put that file "
                               "aside and started a fresh one. Nothing was deleted; the old file "
                               "is here:\n\n{0}").format(recovery.moved_to),
                     recovery.reason)
    if store_problem:
        show_problem(parent, QCoreApplication.translate("Notices", "Progress won't be saved this time"),
                     QCoreApplication.translate("Notices", "Holdspace couldn't write to its folder, so this is a guest "
                               "session: everything works, but nothing is saved."), store_problem)
    if pack_problems:
        show_problem(parent, QCoreApplication.translate("Notices", "A lesson pack can't open yet"),
                     QCoreApplication.translate("Notices", "One lesson pack couldn't be read. Every other lesson works as "
                               "usual."), "\n\n".join(pack_problems))


def run(args: argparse.Namespace) -> int:
    window = create_window(args)
    window.show()
    return QApplication.instance().exec()
