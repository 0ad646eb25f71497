"""Rich text with links (the feedback card, a glossary card) takes no empty Tab stop before
its first link: Tab lands on the first link at once, Shift+Tab on the last, Enter follows it.

On the walk, the first Tab into feedback with a glossary word in it showed nothing at all:
the label took a stop of its own, and only the second Tab reached the word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from holdspace.gui.term_popup import TermPopup


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _step_whose_explanation_has_a_term(window):
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            if step.is_check and step.explain and "[[" in step.explain:
                return lesson, step
    raise LookupError("no explanation with a glossary word")


def test_the_first_tab_into_feedback_lands_on_its_first_glossary_word(make_window, qtbot):
    window = make_window()
    lesson, step = _step_whose_explanation_has_a_term(window)
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)  # "show me" gives the explanation
    feedback = view.feedback
    assert feedback.isVisible() and 'href="term:' in feedback.text()
    view.step_widget.setFocus()
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is feedback:
            break
    assert QApplication.focusWidget() is feedback
    assert feedback.hasSelectedText()  # a word is marked, not an empty stop
    asked: list[str] = []
    feedback.term_requested.connect(asked.append)
    press(qtbot, Qt.Key.Key_Return)
    assert asked and asked[0] in window.packs[0].glossary.terms


def test_feedback_without_links_keeps_its_own_stop(make_window, qtbot):
    window = make_window()
    lesson, step = next(
        (lesson, step)
        for lesson in window.packs[0].lessons
        for step in lesson.steps
        if step.kind == "answer"
    )
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    qtbot.mouseClick(
        view.check_button, Qt.MouseButton.LeftButton
    )  # nothing typed: "take your time"
    assert view.feedback.isVisible() and "href=" not in view.feedback.text()
    view.feedback.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is view.feedback  # a screen reader can still reach it


def test_tab_in_a_glossary_card_lands_on_its_first_see_also_link(make_window, qtbot):
    window = make_window()
    glossary = window.packs[0].glossary
    term = next(t for t in glossary if len(t.see) > 1 and "[[" not in t.definition)
    popup = TermPopup(window, glossary)
    qtbot.addWidget(popup)
    assert popup.show_term(term.id)
    popup.show_near(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is popup)  # a window of its own
    popup.all_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # back into the text
    assert QApplication.focusWidget() is popup.text and popup.text.hasSelectedText()
    last = glossary.terms[term.see[-1]].term
    assert popup.text.selectedText() == last
    popup.close_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Tab)  # round to the text
    assert QApplication.focusWidget() is popup.text
    assert popup.text.selectedText() == glossary.terms[term.see[0]].term
