"""Walking by keyboard: Enter presses a focused button in the main window, as Space does.

Outside dialogs Qt's push buttons take Space only, so a learner who pressed Enter on
"See all lessons" or "Open lesson" was left where they were (shots finding 16).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from holdspace.gui.term_popup import TermPopup


def test_enter_on_see_all_lessons_opens_the_library(make_window, qtbot):
    window = make_window()
    window.go_home()
    window.home.library_button.setFocus()
    qtbot.keyClick(window.home.library_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library


def test_enter_on_open_lesson_opens_the_chosen_lesson(make_window, qtbot):
    window = make_window()
    window.show_library()
    tree = window.library.tree
    lesson_row = tree.topLevelItem(0).child(1)
    tree.setCurrentItem(lesson_row)
    button = window.library.open_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert window.stack.currentWidget() is window.lesson_view
    assert window.lesson_view.session.lesson.title in lesson_row.text(0)


def test_enter_on_a_glossary_cards_close_button_closes_it(make_window, qtbot):
    window = make_window()
    popup = TermPopup(window, window.packs[0].glossary)
    qtbot.addWidget(popup)
    assert popup.show_term(next(iter(window.packs[0].glossary.terms)))
    popup.show()
    popup.close_button.setFocus()
    qtbot.keyClick(popup.close_button, Qt.Key.Key_Return)
    assert not popup.isVisible()
