"""A newcomer completes a shipped lesson with the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton

from holdspace.core.lessons import STEP_KINDS


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_hexadecimal_lesson_by_keyboard_alone(make_window, qtbot):
    window = make_window()
    # Home: the first topic button has focus; Space picks "Hexadecimal".
    assert window.stack.currentWidget() is window.home
    assert QApplication.focusWidget() is window.home.topic_buttons["hexadecimal"]
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.library
    # The library selects the topic's first lesson; Enter opens it.
    press(qtbot, Qt.Key.Key_Return)
    view = window.lesson_view
    assert window.stack.currentWidget() is view
    lesson = view.session.lesson
    assert lesson.topic == "hexadecimal"

    for step in lesson.steps:
        assert view.session.index == step.index
        if STEP_KINDS[step.kind].checker is not None:
            answer_by_keyboard(qtbot, view, step)
            assert view.session.state.solved, step.id
            assert view.feedback.state == "ok"  # a symbol and words, not colour alone
        press(qtbot, Qt.Key.Key_PageDown)

    assert view.pages.currentIndex() == 1 and view.session.finished
    assert not view.step_buttons.isVisible()  # no dead Back/Check/Finish on the explored page
    assert window.store.lesson(lesson.id).explored_at is not None
    # Back home, the library marks it explored in words.
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    window.show_library()
    marks = [
        window.library.tree.topLevelItem(0).child(i).text(1)
        for i in range(window.library.tree.topLevelItem(0).childCount())
    ]
    assert "explored" in marks and not any(
        "✓" in m for m in marks
    )  # the tick is the mark beside it


def answer_by_keyboard(qtbot, view, step) -> None:
    if step.kind == "choice":
        right = [i for i, c in enumerate(step.spec.choices) if c.correct]
        buttons = view.step_widget.buttons  # in the order shown
        order = view.step_widget.order  # the author's index of each
        assert QApplication.focusWidget() is buttons[0]
        if isinstance(buttons[0], QRadioButton):
            press(qtbot, Qt.Key.Key_Space)
            for _ in range(order.index(right[0])):
                press(qtbot, Qt.Key.Key_Down)
        else:
            for index, button in zip(order, buttons):
                assert isinstance(button, QCheckBox)
                if index in right:
                    press(qtbot, Qt.Key.Key_Space)
                press(qtbot, Qt.Key.Key_Tab)
            buttons[0].setFocus()
        press(qtbot, Qt.Key.Key_Return)
    else:
        # Try a miss first: it says "not yet", never "wrong", and Enter checks again.
        qtbot.keyClicks(QApplication.focusWidget(), "999999")
        press(qtbot, Qt.Key.Key_Return)
        assert view.feedback.isVisible() and "wrong" not in view.feedback.text().lower()
        view.step_widget.edit.clear()
        shown = view.session.step.spec.accept
        from holdspace.core.practice.answer import display

        qtbot.keyClicks(QApplication.focusWidget(), " " + display(shown) + " ")
        press(qtbot, Qt.Key.Key_Return)


def test_page_keys_and_alt_arrows_move_between_steps(make_window, qtbot):
    window = make_window()
    window.open_lesson(window.packs[0].lessons[0])
    view = window.lesson_view
    press(qtbot, Qt.Key.Key_PageDown)
    assert view.session.index == 1
    press(qtbot, Qt.Key.Key_PageUp)
    assert view.session.index == 0
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.session.index == 1
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.session.index == 0


def test_hint_and_show_me_buttons_help_freely(make_window, qtbot):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    answer_step = next(s for s in lesson.steps if s.kind == "answer")
    window.open_lesson(lesson, answer_step.index)
    view = window.lesson_view
    qtbot.mouseClick(view.hint_button, Qt.MouseButton.LeftButton)
    assert answer_step.hints[0].split()[0] in view.feedback.text()
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.step_widget.value() != ""
    assert "The answer" in view.feedback.text()


def test_one_enter_is_one_try(make_window, qtbot):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    step = next(s for s in lesson.steps if s.kind == "answer")
    window.open_lesson(lesson, step.index)
    qtbot.keyClicks(QApplication.focusWidget(), "999999")
    press(qtbot, Qt.Key.Key_Return)
    assert window.lesson_view.session.state.not_yet == 1
    assert window.store.step(lesson.id, step.id).attempts == 1
