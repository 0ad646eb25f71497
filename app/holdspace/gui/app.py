"""Start the app: the window with the home's topics first, then every lesson, checked.

The home needs only pack.yaml (its topics) and the progress store, so it is drawn
before any lesson is read; right after that first paint every lesson is read and
checked (``MainWindow.attach``). On slow machines and with large educator packs the
learner sees the home at once; anything that needs the lessons sooner makes the check
run first (``MainWindow.packs``).
"""

from __future__ import annotations

import argparse
import linecache
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import LessonError
from . import settings as keys
from .contrast_style import install as install_contrast_style
from .crash import CrashReporter, system_summary
from .errors import as_lesson_error, details_of, show_problem
from .i18n import Translators, system_language
from .none_guard import install as install_none_guard
from .qtapp import running_app
from .resources import app_icon
from .settings import Settings
from .style import SYSTEM, Look
from .theme import LinkColours, TextSize
from .window import MainWindow

if TYPE_CHECKING:
    from ..core.lessons import Pack
    from ..core.progress import ProgressStore, Recovery

log = logging.getLogger("holdspace.app")

FALLBACK_MS = 300  # if no paint arrives (e.g. started minimised), load anyway


def application(qt_options: list[str] | None = None) -> QApplication:
    """The one QApplication; Qt's own command-line options (``-reverse``…) go to it."""
    install_none_guard()  # before Qt is used much: see none_guard
    running = QApplication.instance()
    app = (
        running
        if isinstance(running, QApplication)
        else QApplication(sys.argv[:1] + list(qt_options or []))
    )
    app.setApplicationName("Holdspace")
    app.setApplicationDisplayName("Holdspace")
    app.setDesktopFileName("io.github.holdspace.Holdspace")  # packaging/linux/*.desktop
    app.setWindowIcon(app_icon())
    install_contrast_style(app)
    return app


def load_packs(extra: list[Path], language: str | None) -> tuple[list[Pack], list[str]]:
    """The built-in pack first, then any --pack folders; problems are returned, not raised.

    One pack that can't open never keeps the others (or the window) from loading.
    """
    from ..core import paths

    packs, problems = [], []
    for folder in [paths.builtin_pack_dir(), *extra]:
        pack, problem = try_open_pack(folder, language)
        if pack is not None:
            packs.append(pack)
        else:
            problems.append(details_of(problem))
    return packs, problems


def try_open_pack(folder: Path, language: str | None) -> tuple[Pack | None, LessonError | None]:
    """A pack, or None and why (for ``show_error``); never an exception."""
    from ..core.lessons import open_pack

    try:
        return open_pack(folder, language, every_language=False), None
    except Exception as exc:  # noqa: BLE001 - open_pack promises PackError; this is the net
        return None, as_lesson_error(folder, exc)


def open_store(
    guest: bool, *, defer: bool = True
) -> tuple[ProgressStore, Recovery | None, str | None]:
    """The learner's store; if the folder can't be written, a guest store and a reason.

    With ``defer`` a first start's store is made when something is first written.
    """
    from ..core import paths
    from ..core.errors import StoreError
    from ..core.progress_later import DeferredStore

    where = paths.progress_db_path()
    if defer and not guest and DeferredStore.can_wait(where):
        return DeferredStore(where), None, None  # a first start: nothing to read yet

    from ..core.progress import ProgressStore

    if guest:
        store, _ = ProgressStore.open(None)
        return store, None, None
    try:
        store, recovery = ProgressStore.open(where)
        return store, recovery, None
    except StoreError as exc:
        store, _ = ProgressStore.open(None)
        return store, None, str(exc)


class _AfterFirstPaint(QObject):
    """Runs a callback once, just after the window's first paint (or after a fallback delay)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self.parent().removeEventFilter(self)
            callback()


def create_window(args: argparse.Namespace) -> MainWindow:
    # PySide's import hook reads the source of every module imported after it, looking
    # for `from __feature__ import`, and the text stays cached (about 2 MiB); nothing
    # here needs it, and a traceback reads a file again when it has to.
    linecache.clearcache()
    app = application(getattr(args, "qt_options", []))
    settings = Settings(guest=args.guest)
    translators = Translators.of(app)
    language = translators.use(choose_language(args.language, settings))
    text_size = TextSize(app, settings.text_scale())
    # Both are the app's children: Qt keeps them (and their watches) as long as the app.
    look = Look.of(app) or Look(app)  # one per app, even when a window is made again
    look.set_choice(str(settings.value(keys.COLOURS, SYSTEM)))
    LinkColours(app)
    window = MainWindow(settings, text_size, guest=args.guest, language=language)
    window.translators = translators
    show_home(window, args, language)
    return window


def choose_language(asked: str | None, settings: Settings) -> str:
    """--language for this run, else the learner's remembered choice, else the system's."""
    return asked or str(settings.value(keys.LANGUAGE, "") or "") or system_language()


def show_home(window: MainWindow, args: argparse.Namespace, language: str) -> None:
    """The home's topics and resume card, drawn by the first paint; the lessons after it."""
    # The smoke test checks that a build can make its store (sqlite3 and all): made now.
    store, recovery, store_problem = open_store(
        args.guest, defer=not getattr(args, "smoke_test", False)
    )
    if store_problem:
        window.set_guest(True)

    def check() -> None:
        check_lessons(window, args, language, store, (recovery, store_problem))

    # --only shows another pack's topics, and a pack.yaml that can't be read says why:
    # both wait for the full reading, with "Getting your lessons ready…" on the home.
    heads = [] if args.only else read_heads(list(args.pack), language)
    if heads:
        window.show_first(heads, store, check)
    checked = window.check_now if heads else check  # once: the paint, or a command first

    def after_first_paint() -> None:
        arm_tripwire()  # the home has no text input; everything after it may
        window.menus.fill()
        checked()

    _AfterFirstPaint(window, after_first_paint)


def arm_tripwire() -> None:
    """Every text input of every window watched from now on (see ``tripwire``)."""
    from .tripwire import install

    install(running_app())


def read_heads(extra: list[Path], language: str | None) -> list[Pack]:
    """Each pack as its pack.yaml describes it, the built-in one first; [] if it can't."""
    from ..core import paths
    from ..core.lessons.catalog import read_head

    heads = [read_head(folder, language) for folder in [paths.builtin_pack_dir(), *extra]]
    return [head for head in heads if head is not None] if heads[0] is not None else []


def check_lessons(
    window: MainWindow,
    args: argparse.Namespace,
    language: str,
    store: ProgressStore,
    trouble: tuple[Recovery | None, str | None],
) -> None:
    """Every lesson read and checked into the window; then anything to tell the learner."""
    recovery, store_problem = trouble
    arm_tripwire()  # before anything that shows a text input
    # As in create_window: the source PySide read for every module imported since (the
    # home, YAML, the menus, the tripwire; about 1 MiB), dropped before the step kinds
    # bring theirs, and theirs after: the peak of a start comes at the end of this check.
    linecache.clearcache()
    from ..core.lessons import lesson_file  # noqa: F401 - every step kind: see below

    linecache.clearcache()
    packs, pack_problems = load_packs(list(args.pack), language)
    window.attach(packs, store)
    window.menus.fill()  # the meetup menu is among them
    window.meetup.adopt(packs, list(args.pack), only=args.only)
    log.info("%d lesson pack(s) open; %s", len(packs), "guest" if args.guest else "progress saved")
    for problem in pack_problems:
        log.warning("a lesson pack can't open: %s", problem)
    if getattr(args, "smoke_test", False):
        from . import smoke  # a build check, never a learner's start

        smoke.report(window, packs, pack_problems)
        return
    tell_notices(window, recovery, store_problem, pack_problems)


def tell_notices(
    parent: QWidget, recovery: Recovery | None, store_problem: str | None, pack_problems: list[str]
) -> None:
    """Anything the learner should know about start-up, said calmly, once."""
    if recovery is not None:
        show_problem(
            parent,
            QCoreApplication.translate("Notices", "A fresh start for your progress"),
            QCoreApplication.translate(
                "Notices",
                "Holdspace couldn't read your saved progress, so it put that "
                "file aside and started a fresh one. Nothing was deleted; the old file "
                "is here:\n\n{path}",
            ).format(path=recovery.moved_to),
            recovery.reason,
        )
    if store_problem:
        show_problem(
            parent,
            QCoreApplication.translate("Notices", "Progress won't be saved this time"),
            QCoreApplication.translate(
                "Notices",
                "Holdspace couldn't write to its folder, so this is a guest "
                "session: everything works, but nothing is saved.",
            ),
            store_problem,
        )
    if pack_problems:
        show_problem(
            parent,
            QCoreApplication.translate("Notices", "A lesson pack can't open yet"),
            QCoreApplication.translate(
                "Notices", "One lesson pack couldn't be read. Every other lesson works as usual."
            ),
            "\n\n".join(pack_problems),
        )


def run(args: argparse.Namespace) -> int:
    from ..core import logs

    log_file = logs.start(to_disk=not args.guest)
    log.info("starting: %s", system_summary())
    window = create_window(args)
    CrashReporter(log_file, quit_instead=getattr(args, "smoke_test", False)).install()
    window.show()
    return running_app().exec()
