"""The paste check as a learner uses it: paste, read what it is, compare, spot the look-alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from holdspace.core.addresses import b58check_encode
from packkit import seen, write_pack

PIZZA = "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d"
EIP55 = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
BECH32 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"


def open_step(window, step_id: str, lesson_id: str = "hex.pasting-safely"):
    lesson = window.find_lesson(lesson_id)
    window.open_lesson(lesson, next(s.index for s in lesson.steps if s.id == step_id))
    return window.lesson_view, window.lesson_view.step_widget


def paste_into(qtbot, edit: QLineEdit, text: str) -> None:
    """As a learner does it: put text on the clipboard, then Ctrl+A and Ctrl+V in the box."""
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def free_box(make_window, tmp_path):
    lesson = (
        "id: test.free-paste\ntopic: hexadecimal\ntitle: Free paste\nsummary: Paste anything.\n"
        "steps:\n  - kind: paste_check\n    body: Paste what you like.\n"
    )
    window = make_window("--pack", str(write_pack(tmp_path / "p", {"en/hex/free.yaml": lesson})))
    return open_step(window, "1", "test.free-paste")


def test_pasting_the_pizza_txid_says_what_it_is_in_groups_of_four(make_window, qtbot):
    view, widget = open_step(make_window(), "paste-the-pizza")
    assert QApplication.focusWidget() is widget.paste_edit and not widget.result.isVisible()
    paste_into(qtbot, widget.paste_edit, f"  {PIZZA}\n")
    said = seen(widget.result.text())
    assert "Bitcoin transaction ID" in said and "a107 5db5 5d41" in said
    assert "no checksum" in said and "Bitcoin" in said
    qtbot.keyClick(widget.paste_edit, Qt.Key.Key_Return)
    assert view.session.state.solved and view.feedback.state == "ok"


def test_a_character_lost_on_the_way_is_not_yet(make_window, qtbot):
    view, widget = open_step(make_window(), "paste-the-pizza")
    paste_into(qtbot, widget.paste_edit, PIZZA[:-1])
    assert "longer or shorter" in widget.result.text()
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert "Not yet" in view.feedback.text() and not view.session.state.solved


def test_what_the_box_says_about_addresses_and_typos(make_window, qtbot, tmp_path):
    view, widget = free_box(make_window, tmp_path)
    assert not widget.checkable and not view.check_button.isVisible() and widget.isVisible()
    paste_into(qtbot, widget.paste_edit, EIP55)
    said = seen(widget.result.text())
    assert "Ethereum-style address" in said and "✓ The checksum holds" in said
    assert "BNB Smart Chain" in said and "Coins sent on one network stay on that network" in said
    paste_into(qtbot, widget.paste_edit, BECH32[:-1] + "5")  # one character changed
    said = seen(widget.result.text())
    assert "SegWit" in said and "△ The checksum does not hold" in said
    paste_into(qtbot, widget.paste_edit, "hello")
    assert "Nothing Holdspace recognises" in widget.result.text()


def test_a_pasted_private_key_is_cleared_and_never_shown(make_window, qtbot, tmp_path):
    _, widget = free_box(make_window, tmp_path)
    made_up_key = b58check_encode(
        b"\x80" + bytes(range(1, 33)) + b"\x01"
    )  # built here, owns nothing
    paste_into(qtbot, widget.paste_edit, made_up_key)
    assert widget.paste_edit.text() == ""
    said = seen(widget.result.text())
    assert "private key" in said and "Never share it" in said and made_up_key not in said


def test_the_clipboard_swap_is_marked_and_mended_by_copying_again(make_window, qtbot):
    view, widget = open_step(make_window(), "clipboard-swap")
    assert widget.first_edit.isReadOnly() and widget.first_edit.text() == EIP55
    swapped = widget.paste_edit.text()
    assert swapped != EIP55 and swapped[:6] == EIP55[:6] and swapped[-4:] == EIP55[-4:]
    said = seen(widget.result.text())
    assert "PRACTICE" in widget.practice.text()
    assert "≠ Not the same" in said and "address poisoning" in said
    assert "[" in said and "<u>" in said  # brackets and underlines, not colour
    qtbot.keyClick(widget.paste_edit, Qt.Key.Key_Return)
    assert "Not yet" in view.feedback.text()
    # Copy from the box you trust (keyboard), paste into the send box.
    widget.first_edit.setFocus()
    qtbot.keyClick(widget.first_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget.first_edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    widget.paste_edit.setFocus()
    qtbot.keyClick(widget.paste_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget.paste_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "✓ The same, character for character" in widget.result.text()
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert view.session.state.solved


def test_one_changed_character_is_located_by_group(make_window, qtbot):
    _, widget = open_step(make_window(), "clipboard-swap")
    changed = EIP55[:22] + "7" + EIP55[23:]  # 0x5a Aeb6 053F 3E94 C9b9 A0[7]f …
    assert EIP55[22] != "7"
    paste_into(qtbot, widget.paste_edit, changed)
    said = seen(widget.result.text())
    assert "Characters that differ: 1" in said and "Groups where they are: 6." in said
    assert "[A0<u><b>7</b></u>f]" in said


def test_the_lookalike_drill_by_keyboard(make_window, qtbot):
    view, widget = open_step(make_window(), "spot-the-real-one")
    spec = widget.spec
    assert len(widget.radios) == 4 and QApplication.focusWidget() is widget.radios[0]
    assert "bc1q w508 d6qe" in widget.choice_labels[0].text()
    qtbot.keyClick(widget.radios[0], Qt.Key.Key_Space)
    for _ in range(spec.answer_index):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert widget.value() == BECH32
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.session.state.solved and view.feedback.state == "ok"


def test_the_lookalike_drill_by_mouse_with_show_me(make_window, qtbot):
    view, widget = open_step(make_window(), "spot-the-real-one")
    wrong = next(i for i, text in enumerate(widget.spec.candidates) if text != BECH32)
    qtbot.mouseClick(
        widget.choice_labels[wrong], Qt.MouseButton.LeftButton
    )  # the address text picks it
    assert widget.radios[wrong].isChecked()
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert "Not yet" in view.feedback.text()
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    right = widget.spec.answer_index
    assert widget.radios[right].isChecked()
    assert "✓ The same address." in widget.choice_labels[right].text()
    assert "≠ A practice look-alike" in widget.choice_labels[wrong].text()
    labels = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    assert any(text.startswith("PRACTICE: all but one") for text in labels)  # said, not only shown


def test_every_control_is_named(make_window):
    window = make_window()
    for step_id in ("paste-the-pizza", "clipboard-swap", "spot-the-real-one"):
        _, widget = open_step(window, step_id)
        for control in widget.findChildren(QWidget):
            if isinstance(control, (QAbstractButton, QLineEdit)) and control.isVisibleTo(window):
                assert control.accessibleName(), (step_id, control)


def test_large_text_wraps_the_groups_instead_of_running_off(make_window, qtbot):
    window = make_window()
    window.text_size.set(2.0)
    view, _widget = open_step(window, "clipboard-swap")
    qtbot.wait(50)
    assert view.scroll.horizontalScrollBar().maximum() == 0
    view, _widget = open_step(window, "spot-the-real-one")
    qtbot.wait(50)
    assert view.scroll.horizontalScrollBar().maximum() == 0
