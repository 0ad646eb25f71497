"""The main window's menu bar: what each menu holds, and the keys that reach it.

Kept apart from :mod:`.window`, which wires views and progress; the words keep the
"MainWindow" translation context translators already know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from .colours_menu import build_colours_menu
from .helpbar import build_help_bar
from .language import build_language_menu

if TYPE_CHECKING:
    from .window import MainWindow

translate = QCoreApplication.translate  # the name lupdate looks for


def build_menus(window: MainWindow) -> None:
    """File, Go, View, Progress and Help, each action also a window shortcut."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.menu_action(
        file_menu, translate("MainWindow", "&Open a lesson pack…"), window.ask_open_pack, "Ctrl+O"
    )
    from .meetup_menu import MeetupMenu

    window.meetup = MeetupMenu(window, file_menu)  # reload, only this pack, print, next person
    file_menu.addSeparator()
    window.menu_action(
        file_menu, translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
    )

    go = bar.addMenu(translate("MainWindow", "&Go"))
    window.menu_action(go, translate("MainWindow", "&Home"), window.go_home, "Alt+Home")
    window.menu_action(go, translate("MainWindow", "All &lessons"), window.show_library, "Ctrl+L")

    view = bar.addMenu(translate("MainWindow", "&View"))
    window.menu_action(
        view,
        translate("MainWindow", "&Larger text"),
        lambda: window.scale_text(window.text_size.larger),
        ["Ctrl+=", "Ctrl++"],
    )
    window.menu_action(
        view,
        translate("MainWindow", "&Smaller text"),
        lambda: window.scale_text(window.text_size.smaller),
        "Ctrl+-",
    )
    window.menu_action(
        view,
        translate("MainWindow", "&Normal text size"),
        lambda: window.scale_text(window.text_size.reset),
        "Ctrl+0",
    )
    view.addSeparator()
    notes = window.menu_action(
        view,
        translate("MainWindow", "F&acilitator notes"),
        lambda on: window.presenter.show_notes(on),
        "Ctrl+Shift+N",
        checkable=True,
    )
    from .presenter import Presenter

    window.presenter = Presenter(window, view, notes)  # F5; notes in their own window, never saved
    build_language_menu(window, view)
    build_colours_menu(window, view)

    progress = bar.addMenu(translate("MainWindow", "&Progress"))
    window.menu_action(progress, translate("MainWindow", "&Export my progress…"), window.ask_export)
    window.menu_action(progress, translate("MainWindow", "&Forget my progress…"), window.ask_forget)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.mistake_action = window.menu_action(
        help_menu, translate("MainWindow", "I think I made a &mistake"), window.open_guide, "F1"
    )
    window.glossary_action = window.menu_action(
        help_menu, translate("MainWindow", "&Glossary"), lambda: window.show_glossary(), "Ctrl+G"
    )
    help_menu.addSeparator()
    window.menu_action(help_menu, translate("MainWindow", "&About Holdspace"), window.about)
    window.mistake_action.setToolTip(
        translate("MainWindow", "A calm guide for the first minutes (F1)")
    )
    window.glossary_action.setToolTip(
        translate("MainWindow", "Words from the lessons, in plain language (Ctrl+G)")
    )
    for action in (window.mistake_action, window.glossary_action):
        action.setEnabled(False)  # until the lessons are read, just after the first paint
    build_help_bar(window, window.glossary_action, window.mistake_action)
