"""The practice withdrawal form as a learner uses it: by keyboard, with a screen reader, in RTL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from holdspace.core import withdrawal as wd

LESSON = "explorers.choosing-the-network-to-withdraw"


def open_step(window, step_id: str):
    lesson = window.find_lesson(LESSON)
    window.open_lesson(lesson, next(s.index for s in lesson.steps if s.id == step_id))
    return window.lesson_view, window.lesson_view.step_widget


def key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def spoken(announcements) -> str:
    return " ".join(" ".join(announcements).split())


def test_the_form_is_filled_in_and_checked_by_keyboard_alone(make_window, qtbot, announcements):
    view, widget = open_step(make_window(), "usdt-on-tron")
    assert QApplication.focusWidget() is widget.network  # the first thing to fill in
    assert widget.network.currentText() == "ERC-20"  # the default the lesson is about
    assert "PRACTICE" in widget.practice.text()
    key(qtbot, Qt.Key.Key_Down)  # ERC-20 -> TRC-20
    assert widget.network.currentText() == "TRC-20"
    # Copy the deposit address: Shift+Tab reaches it (Tab selects all), Ctrl+C copies.
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert (
        QApplication.focusWidget() is widget.deposit_address and widget.deposit_address.isReadOnly()
    )
    key(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == widget.spec.deposit.address
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.address
    key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert widget.amount.text() == "50"  # the lesson's amount is there
    announcements.clear()
    key(qtbot, Qt.Key.Key_Return)
    assert view.session.state.solved and view.feedback.state == "ok"
    assert "yes" in spoken(announcements).casefold()


def test_each_mismatch_is_told_in_words_and_announced(make_window, qtbot, announcements):
    view, widget = open_step(make_window(), "eth-on-arbitrum")
    widget.address.setFocus()
    qtbot.keyClicks(widget.address, widget.spec.deposit.address)  # the form still says ERC-20
    qtbot.keyClick(widget.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget.amount, "0.003")
    assert (
        widget.address_note.text() == ""
    )  # a 0x address fits Ethereum too: no warning, as in life
    announcements.clear()
    qtbot.keyClick(widget.amount, Qt.Key.Key_Return)
    said = view.feedback.text()
    assert "Not yet" in said and "wrong" not in said.casefold()
    assert "you picked ERC-20, and the deposit screen names Arbitrum One" in said
    assert (
        "Only whoever holds the keys" in said
        and "minimum withdrawal on this network is 0.005 ETH" in said
    )
    assert "you picked ERC-20" in spoken(announcements) and not view.session.state.solved


def test_the_tag_row_appears_only_on_a_network_that_carries_one(make_window, qtbot):
    view, widget = open_step(make_window(), "xrp-with-a-tag")
    assert widget.network.currentIndex() == -1 and not widget.memo.isVisible()
    assert widget.deposit_memo.text() == "104729" and widget.deposit_memo.isReadOnly()
    widget.network.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # the first choice: XRP
    assert widget.network.currentData() == "xrpl" and widget.memo.isVisible()
    label = widget.memo_label
    assert (
        label.buddy() is widget.memo
        and "Tag" in label.text()
        and widget.memo.accessibleName() == "Tag"
    )
    widget.address.setText(widget.spec.deposit.address)
    view.check()
    assert "The destination tag is missing" in view.feedback.text()
    assert "not your account" in view.feedback.text()
    widget.memo.setText("104729")
    view.check()
    assert view.session.state.solved


def test_an_address_of_another_shape_is_flagged_as_an_exchange_would(make_window, qtbot):
    _, widget = open_step(make_window(), "xrp-with-a-tag")
    widget.network.setCurrentIndex(widget.network.findData("bsc"))
    widget.address.setText(widget.spec.deposit.address)
    assert "not shaped like an address on BEP-20" in widget.address_note.text()
    assert not widget.memo.isVisible()  # BNB Smart Chain carries no tag
    assert "Minimum withdrawal: 10 XRP" in widget.costs.text()


def test_show_me_fills_the_form_and_back_keeps_what_was_typed(make_window, qtbot):
    view, widget = open_step(make_window(), "xrp-with-a-tag")
    widget.address.setText("rHalfTyped")
    view.check()  # a try: the session keeps the form
    view.go_next()
    view.go_back()
    widget = view.step_widget
    assert widget.address.text() == "rHalfTyped" and widget.amount.text() == "30"
    view.ask_show_me()
    assert widget.value() == wd.WithdrawalForm(
        network="xrpl", address=widget.spec.deposit.address, memo="104729", amount="30"
    )
    assert "104729" in view.feedback.text()


def test_controls_are_named_labelled_and_addresses_stay_left_to_right(make_window, qtbot):
    window = make_window()
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        _, widget = open_step(window, "xrp-with-a-tag")
        for edit in (widget.deposit_address, widget.deposit_memo, widget.address, widget.memo):
            assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert widget.isRightToLeft()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    names = {w.accessibleName() for w in widget.findChildren(QLineEdit)} | {
        widget.network.accessibleName()
    }
    assert {"Network", "Address", "Amount", "Deposit address", "Deposit destination tag"} <= names
    buddies = {label.buddy() for label in widget.findChildren(QLabel) if label.buddy()}
    assert {widget.network, widget.address, widget.amount, widget.deposit_address} <= buddies
    assert widget.step.prompt.strip() in widget.network.accessibleDescription()


def test_on_paper_the_deposit_screen_and_the_form_are_printed(qapp):
    from holdspace.core.lessons import open_pack
    from holdspace.core.paths import builtin_pack_dir
    from holdspace.gui.handout.steps import StepPrinter

    lesson = open_pack(builtin_pack_dir()).lesson(LESSON)
    step = next(s for s in lesson.steps if s.id == "xrp-with-a-tag")
    learner = StepPrinter(None, facilitator=False).html(
        step, step.index + 1, len(lesson.steps), LESSON
    )
    assert "PRACTICE" in learner and step.spec.deposit.address in learner and "104729" in learner
    assert (
        learner.count("\u2610") == 2 and "\u2611" not in learner
    )  # a box per network, none ticked
    assert "Minimum withdrawal: 20 XRP" in learner and "Tag:" in learner
    sheet = StepPrinter(None, facilitator=True).html(
        step, step.index + 1, len(lesson.steps), LESSON
    )
    assert "\u2611\u00a0 XRP " in sheet.replace("&nbsp;", "\u00a0")  # the right network, ticked
