"""Alt with a letter presses a lesson button and never types into the answer, and the
"not yet" words name the keys the buttons really have in the learner's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from holdspace.gui.lesson_keys import hint_label, key_of, show_me_label


def _answer_step_not_yet(window, qtbot):
    """Lesson 1's first typed-answer step, answered "b" (not ten): a plain "not yet"."""
    lesson = next(x for x in window.packs[0].lessons if x.id == "hex.counting-in-sixteen")
    step = next(s for s in lesson.steps if s.kind == "answer")
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    box = QApplication.focusWidget()
    assert isinstance(box, QLineEdit)
    qtbot.keyClicks(box, "b")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert view.feedback.state == "notyet"
    return view, box


def test_alt_and_a_letter_after_the_last_hint_keeps_the_answer_and_the_hints(make_window, qtbot):
    window = make_window()
    view, box = _answer_step_not_yet(window, qtbot)
    while view.session.hints_left:
        view.hint_button.click()
    assert not view.hint_button.isEnabled()  # every hint shown: its Alt+I presses nothing
    shown = view.feedback.text()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert box.text() == "b"  # was "bi", which also wiped the hints below
    assert view.feedback.text() == shown
    qtbot.keyClick(box, Qt.Key.Key_C)  # plain typing still types
    assert box.text() == "bc"


def test_the_not_yet_words_name_the_buttons_own_keys(make_window, qtbot):
    view, _ = _answer_step_not_yet(make_window(), qtbot)
    words = view.feedback.text()
    assert "(Alt+I)" in words and "(Alt+S)" in words


def test_in_spanish_the_words_name_the_spanish_buttons_keys(make_window, qtbot):
    view, _ = _answer_step_not_yet(make_window("--language", "es"), qtbot)
    words = view.feedback.text()
    show_key = key_of(show_me_label())
    assert show_me_label() == "&Muéstrame" and show_key == "Alt+M"
    assert f"({key_of(hint_label())})" in words and f"({show_key})" in words
    assert "Alt+S" not in words  # the English button's key: it typed an "s" here
