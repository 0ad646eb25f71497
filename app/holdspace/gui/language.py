"""The Language menu: interface and lessons switch together, and the learner keeps their place.

Switching installs the new translators, re-reads the packs in the new language,
rebuilds the window's views and menus in the new words, then returns to the
same screen: the same lesson at the same step, the library, or home.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ..core.errors import LessonError
from ..core.languages import LANGUAGES, normalise
from . import settings as keys

if TYPE_CHECKING:
    from ..core.lessons import Pack
    from .window import MainWindow


def build_language_menu(window: MainWindow, parent: QMenu) -> QMenu:
    #: The menu that lists languages, each written in its own words.
    menu = parent.addMenu(QCoreApplication.translate("MainWindow", "Lan&guage"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = normalise(window.language or "")
    for code, name in LANGUAGES.items():
        action = QAction(name, menu)  # each language by its own name: never translated
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
        # After the menu has closed: the switch rebuilds (and deletes) this very menu.
        action.triggered.connect(
            lambda _=False, c=code: QTimer.singleShot(0, lambda: switch_language(window, c))
        )
    return menu


def switch_language(window: MainWindow, code: str) -> None:
    """Speak ``code`` from now on (remembered), on the same screen as before."""
    if window.translators is not None:
        code = window.translators.use(code)
    window.settings.set_value(keys.LANGUAGE, code)
    window.language = code
    place = _place(window)
    window.packs = [_reopen(pack, code) for pack in window.packs]
    window.rebuild()
    if window.store is not None:
        window.attach(window.packs, window.store)
    _return_to(window, place)


Place = tuple[str, tuple[str, str] | None, int, bool]  # screen, (pack key, lesson id), step, guide


def _place(window: MainWindow) -> Place:
    """Which screen the learner is on: a lesson (which, at which step), the library, or home."""
    current = window.stack.currentWidget()
    view = window._lesson_view
    if view is not None and current is view and getattr(view, "session", None) is not None:
        lesson = view.session.lesson
        return "lesson", (lesson.pack_key, lesson.id), view.session.index, view._guide
    if window._library is not None and current is window._library:
        return "library", None, 0, False
    return "home", None, 0, False


def _return_to(window: MainWindow, place: Place) -> None:
    screen, which, step, guide = place
    lesson = window.find_lesson(which[1], which[0]) if which else None
    if screen == "lesson" and lesson is not None:
        window.open_lesson(lesson, min(step, len(lesson.steps) - 1), guide=guide)
    elif screen == "library":
        window.show_library()


def _reopen(pack: Pack, code: str) -> Pack:
    """The same pack read in another language; unchanged if it can't be read again."""
    from ..core.lessons import open_pack

    try:
        fresh = open_pack(pack.root, code, every_language=False)
    except LessonError:
        return pack
    fresh.label = pack.label
    return fresh
