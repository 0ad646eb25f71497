"""The hex playground as a learner uses it: type in either box, watch the other, turn bytes around."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from packkit import seen, write_pack

GENESIS_INTERNAL = "3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a"


def open_step(window, step_id: str, lesson_id: str = "hex.hex-playground"):
    lesson = window.find_lesson(lesson_id)
    window.open_lesson(lesson, next(s.index for s in lesson.steps if s.id == step_id))
    return window.lesson_view, window.lesson_view.step_widget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_typing_hex_fills_the_everyday_box_and_enter_checks(make_window, qtbot):
    view, widget = open_step(make_window(), "gas")
    assert QApplication.focusWidget() is widget.hex_edit  # ready to type, no clicking needed
    assert view.check_button.isVisible() and not widget.bytes_label.isVisible()
    qtbot.keyClicks(widget.hex_edit, "5208")
    assert widget.decimal_edit.text() == "21000"
    assert "21,000" in seen(widget.status_label.text())
    assert seen(widget.bytes_label.text()) == "In pairs: 52 08 (2 bytes)"
    press(qtbot, Qt.Key.Key_Return)
    assert view.session.state.solved and view.feedback.state == "ok"
    assert "21,000" in view.feedback.text()  # the explanation follows


def test_the_hex_digits_in_the_everyday_box_get_the_authors_explanation(make_window, qtbot):
    view, widget = open_step(make_window(), "gas")
    widget.decimal_edit.setFocus()
    qtbot.keyClicks(widget.decimal_edit, "5208")
    assert widget.hex_edit.text() == "0x1458"  # the other box always follows
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    text = view.feedback.text()
    assert "Not yet" in text and "hex" in text and "wrong" not in text.lower()
    assert not view.session.state.solved


def test_typing_in_the_everyday_box_fills_the_hex_box(make_window, qtbot):
    view, widget = open_step(make_window(), "two-hundred-fifty-six")
    assert QApplication.focusWidget() is widget.decimal_edit
    qtbot.keyClicks(widget.decimal_edit, "255")
    assert (
        widget.hex_edit.text() == "0xff"
        and seen(widget.bytes_label.text()) == "In pairs: ff (1 byte)"
    )
    qtbot.keyClick(widget.decimal_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(widget.decimal_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget.decimal_edit, "56")
    assert widget.hex_edit.text() == "0x100"
    assert "01 00" in seen(widget.bytes_label.text()) and "0 was put in front" in seen(
        widget.bytes_label.text()
    )
    press(qtbot, Qt.Key.Key_Return)
    assert view.session.state.solved


def test_the_reverse_button_turns_the_genesis_txid_around(make_window, qtbot):
    view, widget = open_step(make_window(), "genesis-reversed")
    assert widget.hex_edit.text() == GENESIS_INTERNAL
    assert widget.hex_edit.cursorPosition() == 0  # the start of the TXID is in view
    assert QApplication.focusWidget() is widget.reverse_button
    assert "(32 bytes)" in seen(widget.bytes_label.text())
    press(qtbot, Qt.Key.Key_Space)  # keyboard: Space presses it
    assert widget.hex_edit.text().startswith("4a5e1e4b")
    assert "other order" in seen(widget.status_label.text())
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert view.session.state.solved
    qtbot.mouseClick(widget.reverse_button, Qt.MouseButton.LeftButton)  # mouse: and back again
    assert widget.hex_edit.text() == GENESIS_INTERNAL


def test_enter_on_the_reverse_button_presses_it_and_enter_in_a_box_checks(make_window, qtbot):
    view, widget = open_step(make_window(), "genesis-reversed")
    assert QApplication.focusWidget() is widget.reverse_button
    press(qtbot, Qt.Key.Key_Return)  # the button, as Space does
    assert widget.hex_edit.text().startswith("4a5e1e4b")
    assert view.session.state.feedback is None and not view.feedback.isVisible()  # not a try
    press(qtbot, Qt.Key.Key_Enter)  # the keypad's Enter too: back again
    assert widget.hex_edit.text() == GENESIS_INTERNAL and not view.feedback.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    widget.hex_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # in a box, Enter still checks
    assert view.session.state.solved and view.feedback.state == "ok"


def test_reverse_then_read_the_everyday_box(make_window, qtbot):
    view, widget = open_step(make_window(), "fifty-bitcoin")
    assert widget.decimal_edit.text() == "68122622327521280"  # read as they stand: huge
    # Alt+R is the button's mnemonic (the hints name it); the mouse works the same.
    assert widget.reverse_button.shortcut().toString() == "Alt+R"
    qtbot.mouseClick(widget.reverse_button, Qt.MouseButton.LeftButton)
    assert widget.hex_edit.text() == "000000012a05f200"
    assert widget.decimal_edit.text() == "5000000000"
    assert "5,000,000,000" in seen(widget.status_label.text())
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert view.session.state.solved and "50 bitcoin" in view.feedback.text()


def test_not_hex_is_said_kindly_without_echoing_the_text(make_window, qtbot):
    _, widget = open_step(make_window(), "gas")
    qtbot.keyClicks(widget.hex_edit, "0x52g8 secret")
    status = seen(widget.status_label.text())
    assert "“g” is not a hex digit" in status and "secret" not in status
    assert widget.decimal_edit.text() == "" and not widget.reverse_button.isEnabled()
    widget.hex_edit.clear()
    widget.decimal_edit.setFocus()
    qtbot.keyClicks(widget.decimal_edit, "-5")
    assert "whole numbers from 0" in seen(widget.status_label.text())
    widget.decimal_edit.clear()
    qtbot.keyClicks(widget.decimal_edit, "ff")
    assert "hex box" in seen(widget.status_label.text())


def test_show_me_fills_the_box_and_back_keeps_an_answer(make_window, qtbot):
    window = make_window()
    view, widget = open_step(window, "gas")
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert widget.decimal_edit.text() == "21000" and widget.hex_edit.text() == "0x5208"
    assert "The answer" in view.feedback.text()
    qtbot.keyClick(widget.decimal_edit, Qt.Key.Key_Return)  # checked, so the session keeps it
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageUp)
    assert view.step_widget.decimal_edit.text() == "21000"
    assert view.step_widget.hex_edit.text() == "0x5208"  # and the other box follows


def test_free_play_shows_the_boxes_without_a_check_button(make_window, qtbot, tmp_path):
    lesson = (
        "id: test.free\ntopic: hexadecimal\ntitle: Free play\nsummary: Try it.\nsteps:\n"
        "  - kind: hex_playground\n    body: Type anything.\n"
    )
    window = make_window("--pack", str(write_pack(tmp_path / "p", {"en/hex/free.yaml": lesson})))
    view, widget = open_step(window, "1", "test.free")
    assert widget.isVisible() and widget.hex_edit.isVisible()
    assert not widget.checkable and not view.check_button.isVisible()
    assert not view.show_button.isVisible() and not widget.task_label.isVisible()
    qtbot.keyClicks(widget.hex_edit, "ff")
    press(qtbot, Qt.Key.Key_Return)  # nothing to check: no feedback
    assert widget.decimal_edit.text() == "255" and not view.feedback.isVisible()


def test_controls_are_named_and_large_text_fits(make_window, qtbot):
    window = make_window()
    view, widget = open_step(window, "genesis-reversed")
    for control in widget.findChildren(QWidget):
        if (
            isinstance(control, (QAbstractButton, QLineEdit))
            and control.isVisibleTo(window)
            and not control.objectName().startswith("qt_")
        ):
            assert control.accessibleName(), control
    window.text_size.set(2.0)
    # It wrapped (once the new text size has been laid out).
    qtbot.waitUntil(lambda: widget.bytes_label.height() > widget.bytes_label.fontMetrics().height())
    assert view.scroll.horizontalScrollBar().maximum() == 0  # nothing runs off the side
