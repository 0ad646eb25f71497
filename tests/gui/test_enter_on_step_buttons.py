"""Enter on a button inside a step presses that button, as Space does; Enter in a box checks.

Outside dialogs Qt's push buttons take Space only and pass Enter on to the step, which
ran Check: a learner on "Reverse byte order" who pressed Enter had a try counted instead
of the bytes turned around (walk finding).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton


def _buttons(widget) -> list[QPushButton]:
    return [
        b
        for b in widget.findChildren(QPushButton)
        if b.isVisible() and b.isEnabled() and b.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def test_enter_presses_every_focused_button_inside_every_shipped_step(make_window, qtbot):
    window = make_window()
    pressed = 0
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            window.open_lesson(lesson, step.index)
            for button in _buttons(window.lesson_view.step_widget):
                if not button.isVisible() or not button.isEnabled():
                    continue  # an earlier press may have changed the page
                clicks: list[bool] = []
                button.clicked.connect(lambda *_, seen=clicks: seen.append(True))
                button.setFocus(Qt.FocusReason.TabFocusReason)
                assert QApplication.focusWidget() is button
                qtbot.keyClick(button, Qt.Key.Key_Return)
                assert len(clicks) == 1, (lesson.id, step.id, button.accessibleName())
                pressed += 1
    assert pressed >= 5  # the hex playground, the seed drill and the explorer all have some


def test_enter_on_keep_it_shown_shows_the_practice_words_without_checking(make_window, qtbot):
    window = make_window()
    lesson, step = next(
        (lesson, step)
        for lesson in window.packs[0].lessons
        for step in lesson.steps
        if step.kind == "seed_practice"
    )
    window.open_lesson(lesson, step.index)
    view, widget = window.lesson_view, window.lesson_view.step_widget
    widget.keep_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget.keep_button, Qt.Key.Key_Return)
    assert widget.keep_button.isChecked()
    assert all(label.text() for label in widget.word_labels)  # the words show
    assert view.session.state.feedback is None and not view.feedback.isVisible()
