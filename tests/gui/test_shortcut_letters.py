"""No two Alt letters clash, in any interface language (issue 11).

In Portuguese, Alt+A opened the "Arquivo" menu and was also the letter of "Abrir a lição":
a learner meaning to open the lesson landed in the File menu, one key away from Sair. For
every language (its real .qm), this builds the main window on each view — home, library,
one step of each kind the shipped pack uses — and the glossary dialog, and asserts that
the menu titles and the visible controls of one window never share a letter, and that the
items of one menu never do either.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

from holdspace.core.languages import LANGUAGES
from holdspace.gui.dialogs.glossary import GlossaryDialog


def letter(text: str) -> str:
    """The Alt letter Qt takes from ``text`` ("&Fichier" -> "f"; "&&" is a plain "&")."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        following = text[index + 1]
        if following != "&":
            return following.casefold() if following.isalnum() else ""
        index += 2
    return ""


def _shown_texts(window: QWidget) -> list[str]:
    """The menu titles and the texts of the visible controls of one window."""
    bar = window.menuBar() if hasattr(window, "menuBar") else None
    texts = [a.text() for a in (bar.actions() if bar else []) if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())  # a label's & only means a letter when it has a buddy
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return texts


def _menu_scopes(menu: QMenu, where: str) -> list[tuple[str, list[str]]]:
    """One scope per menu: its visible items, then each submenu's."""
    shown = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    scopes = [(where, [a.text() for a in shown])]
    for action in shown:
        if action.menu() is not None:
            scopes += _menu_scopes(action.menu(), f"{where} › {action.text()}")
    return scopes


def clashes(scopes: list[tuple[str, list[str]]]) -> list[str]:
    found = []
    for where, texts in scopes:
        used: dict[str, list[str]] = defaultdict(list)
        for text in texts:
            if letter(text):
                used[letter(text)].append(text)
        found += [
            f"{where}: Alt+{key.upper()} is {same}" for key, same in used.items() if len(same) > 1
        ]
    return found


def _step_per_kind(window) -> dict[str, tuple]:
    chosen: dict[str, tuple] = {}
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            chosen.setdefault(step.kind, (lesson, step))
    return chosen


def scopes_of(window) -> list[tuple[str, list[str]]]:
    """Every group of letters that must differ: each menu, and each view of each window."""
    scopes = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            scopes += _menu_scopes(action.menu(), action.text())
    scopes.append(("home", _shown_texts(window)))
    window.show_library()
    tree = window.library.tree
    tree.setCurrentItem(tree.topLevelItem(0).child(0))  # the Open button shows for a lesson
    QApplication.processEvents()
    scopes.append(("library", _shown_texts(window)))
    steps = _step_per_kind(window)
    assert {"read", "choice", "answer", "checklist", "explorer"} <= set(steps)
    for kind, (lesson, step) in steps.items():
        window.open_lesson(lesson, step.index)
        QApplication.processEvents()
        scopes.append((f"{kind} step ({lesson.id}/{step.id})", _shown_texts(window)))
    lesson = window.packs[0].lessons[0]  # the last step says Finish, then the end page
    window.open_lesson(lesson, len(lesson.steps) - 1)
    QApplication.processEvents()
    scopes.append((f"last step ({lesson.id})", _shown_texts(window)))
    window.lesson_view.go_next()
    QApplication.processEvents()
    scopes.append((f"end page ({lesson.id})", _shown_texts(window)))
    dialog = GlossaryDialog(window, window.glossary())  # as show_glossary builds it, not modal
    dialog.show()
    QApplication.processEvents()
    scopes.append(("glossary", _shown_texts(dialog)))
    dialog.close()
    return scopes


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_no_two_controls_or_menus_share_an_alt_letter(make_window, code):
    window = make_window("--language", code)
    assert window.language == code
    try:
        found = clashes(scopes_of(window))
    finally:
        if code != "en":  # leave the shared app in English for the tests after this one
            next(
                a
                for a in window.findChildren(type(window.menuBar().actions()[0]))
                if a.data() == "en"
            ).trigger()
    assert found == [], "\n".join(found)


def test_the_letter_reader_follows_qt():
    assert letter("&Fichier") == "f" and letter("Пр&оверить") == "о"
    assert letter("Profit && loss") == "" and letter("Profit && &loss") == "l"
    assert letter("Sua &resposta:") == "r" and letter("&Файл") == "ф"
    assert letter("no letter") == "" and letter("trailing &") == ""
