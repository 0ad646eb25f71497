"""No two things on one screen answer the same Alt letter (English), and Enter presses a
focused help-bar button: walked on the home screen, the library, every step of every
shipped lesson and the end page, with the menu bar's titles counted too."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QToolButton, QWidget


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def visible_mnemonics(window) -> Counter:
    found: Counter = Counter()
    for action in window.menuBar().actions():
        if action.isVisible() and mnemonic(action.text()):
            found[mnemonic(action.text())] += 1
    for widget in window.centralWidget().findChildren(QWidget):
        if not widget.isVisible():
            continue
        if (isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton)) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if mnemonic(text):
            found[mnemonic(text)] += 1
    return found


def clashes(window, where: str) -> list[str]:
    QApplication.processEvents()
    return [f"{where}: {key} × {count}" for key, count in visible_mnemonics(window).items() if count > 1]


def test_no_screen_shares_an_alt_letter(make_window):
    window = make_window()
    found = clashes(window, "home")
    window.show_library()
    found += clashes(window, "library")
    steps = 0
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            window.open_lesson(lesson, step.index)
            found += clashes(window, f"{lesson.id}/{step.id}")
            steps += 1
        window.lesson_view.go_next()  # past the last step: the end page
        found += clashes(window, f"{lesson.id}/end")
    assert steps > 100
    assert found == []


def test_finish_answers_alt_n_like_next(make_window):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, len(lesson.steps) - 1)
    view = window.lesson_view
    assert view.next_button.text().replace("&", "") == "Finish"
    # The button that was Next (Alt+N) keeps its letter; Alt+F stays with the File menu.
    assert mnemonic(view.next_button.text()) == "Alt+N"
    assert [action.text() for action in window.menuBar().actions() if mnemonic(action.text()) == "Alt+F"] == ["&File"]


def test_enter_presses_a_focused_help_bar_button(make_window, qtbot):
    window = make_window()
    bar = window.findChild(QWidget, "help-bar")
    guide_button = bar.widgetForAction(window.mistake_action)
    guide_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.lesson_view.session is None
    qtbot.keyClick(guide_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lesson_view.session is not None
                    and window.lesson_view.session.lesson.id == "self-custody.made-a-mistake")
