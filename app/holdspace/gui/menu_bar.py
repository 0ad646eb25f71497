"""The main window's menu bar: what each menu holds, and the keys that reach it.

Kept apart from :mod:`.window`, which wires views and progress; the words keep the
"MainWindow" translation context translators already know.

The first frame shows the five menu titles, the help bar and the two commands on it
(F1, Ctrl+G); every other command is added by ``Menus.fill`` just after that paint
(``gui.app``), before anything could press it. The meetup and presenter menus it makes
are most of the menus' start-up cost, and none of it is on screen in that first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from .helpbar import build_help_bar

if TYPE_CHECKING:
    from .window import MainWindow

translate = QCoreApplication.translate  # the name lupdate looks for


class Menus:
    """File, Go, View, Progress and Help, each command also a window shortcut."""

    def __init__(self, window: MainWindow):
        self.window = window
        bar = window.menuBar()
        self.file = bar.addMenu(translate("MainWindow", "&File"))
        self.go = bar.addMenu(translate("MainWindow", "&Go"))
        self.view = bar.addMenu(translate("MainWindow", "&View"))
        self.progress = bar.addMenu(translate("MainWindow", "&Progress"))
        self.help = bar.addMenu(translate("MainWindow", "&Help"))
        self.filled = False
        for menu in (self.file, self.go, self.view, self.progress, self.help):
            menu.aboutToShow.connect(self.fill)  # opened before the first paint was over
        self._help_commands()

    def _help_commands(self) -> None:
        """The guide and the glossary: on the help bar, so in the first frame too."""
        window = self.window
        window.mistake_action = window.menu_action(
            self.help, translate("MainWindow", "I think I made a &mistake"), window.open_guide, "F1"
        )
        window.glossary_action = window.menu_action(
            self.help,
            translate("MainWindow", "&Glossary"),
            lambda: window.show_glossary(),
            "Ctrl+G",
        )
        window.mistake_action.setToolTip(
            translate("MainWindow", "A calm guide for the first minutes (F1)")
        )
        window.glossary_action.setToolTip(
            translate("MainWindow", "Words from the lessons, in plain language (Ctrl+G)")
        )
        for action in (window.mistake_action, window.glossary_action):
            action.setEnabled(False)  # until the lessons are read, just after the first paint
        build_help_bar(window, window.glossary_action, window.mistake_action)

    def fill(self) -> None:
        """Every other command, once (``window.meetup`` and ``window.presenter`` with them)."""
        if self.filled:
            return
        self.filled = True
        self._file_menu()
        window, go = self.window, self.go
        window.menu_action(go, translate("MainWindow", "&Home"), window.go_home, "Alt+Home")
        window.menu_action(
            go, translate("MainWindow", "All &lessons"), window.show_library, "Ctrl+L"
        )
        self._view_menu()
        progress = self.progress
        window.menu_action(
            progress, translate("MainWindow", "&Export my progress…"), window.ask_export
        )
        window.menu_action(
            progress, translate("MainWindow", "&Forget my progress…"), window.ask_forget
        )
        self.help.addSeparator()
        window.menu_action(self.help, translate("MainWindow", "&About Holdspace"), window.about)

    def _file_menu(self) -> None:
        window, menu = self.window, self.file
        window.menu_action(
            menu, translate("MainWindow", "&Open a lesson pack…"), window.ask_open_pack, "Ctrl+O"
        )
        from .meetup_menu import MeetupMenu

        window.meetup = MeetupMenu(window, menu)  # reload, only this pack, print, next person
        menu.addSeparator()
        window.menu_action(
            menu, translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
        )

    def _view_menu(self) -> None:
        window, view = self.window, self.view
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
        from .colours_menu import build_colours_menu
        from .language import build_language_menu
        from .presenter import Presenter

        window.presenter = Presenter(
            window, view, notes
        )  # F5; notes in their own window, never saved
        build_language_menu(window, view)
        build_colours_menu(window, view)
