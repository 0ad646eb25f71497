"""The mistake guide's first card links straight to the one step that can't wait."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

LINK_WORDS = "go straight to moving your coins"


def open_guide(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    view = window.lesson_view
    qtbot.waitUntil(
        lambda: view.session is not None and view.session.lesson.id == "self-custody.made-a-mistake"
    )
    assert view.session.index == 0
    return view


def link_centre(browser, words: str) -> QPoint:
    found = browser.document().find(words)
    assert not found.isNull(), f"{words!r} is not on the page"
    middle = QTextCursor(browser.document())
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    return browser.cursorRect(middle).center()


def test_a_click_on_the_first_card_link_opens_the_phrase_step(make_window, qtbot):
    window = make_window()
    view = open_guide(qtbot, window)
    assert view.body.anchorAt(link_centre(view.body, LINK_WORDS)) == "#phrase-seen"

    qtbot.mouseClick(
        view.body.viewport(), Qt.MouseButton.LeftButton, pos=link_centre(view.body, LINK_WORDS)
    )

    assert view.session.step.id == "phrase-seen"
    assert view.position.text() == f"Step {view.session.index + 1} of {view.session.total}"
    assert "brand-new wallet" in view.body.toPlainText()
    # Back returns to the step before it, as after any move: nothing is skipped for good.
    view.go_back()
    assert view.session.index == view.session.index_of("phrase-seen") - 1


def test_the_link_is_reached_and_followed_with_the_keyboard(make_window, qtbot):
    window = make_window()
    view = open_guide(qtbot, window)
    view.body.setFocus(Qt.FocusReason.TabFocusReason)
    # Inside the text, Tab walks from link to link; Enter follows the chosen one.
    for _ in range(10):
        if view.body.textCursor().selectedText() == LINK_WORDS:
            break
        qtbot.keyClick(view.body, Qt.Key.Key_Tab)
    assert view.body.textCursor().selectedText() == LINK_WORDS
    qtbot.keyClick(view.body, Qt.Key.Key_Return)
    assert view.session.step.id == "phrase-seen"
