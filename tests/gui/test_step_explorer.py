"""The practice explorer step, used as a newcomer would: mouse, keyboard, search, show me."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTextBrowser

from holdspace.core.practice import explorer as core
from holdspace.gui.steps.explorer import ExplorerWidget, LineButton

OTHER_TXID = "0xf62dd32defff2b1f9339aa860b1745f4ec1bbd06a46f56bc4db1bae3cf896cd3"
GENESIS_TXID = "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"


def open_step(window, lesson_id: str, step_id: str):
    lesson = window.packs[0].lesson(lesson_id)
    step = next(s for s in lesson.steps if s.id == step_id)
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    assert isinstance(view.step_widget, ExplorerWidget)
    return view, view.step_widget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def visible_text(widget) -> str:
    QApplication.processEvents()  # new page parts are shown on the next turn of the event loop
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_page_says_practice_shows_real_facts_and_has_no_links(make_window):
    _view, widget = open_step(make_window(), "explorers.practice-explorer", "click-the-fee")
    text = visible_text(widget)
    assert "PRACTICE EXPLORER" in text and "Nothing here is fetched" in text
    assert "Newest block on this practice explorer: 57,048" in text
    assert widget.lines["fee"].accessibleName() == "Fee: 0.99000000 BTC"
    assert widget.lines["confirmations"].accessibleName() == "Confirmations: 6"
    assert (
        widget.lines["txid"]
        .accessibleName()
        .endswith("a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d")
    )
    assert "MADE-UP" not in text
    for label in widget.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText and not label.openExternalLinks()
    assert not widget.findChildren(QTextBrowser)
    for control in (
        widget.findChildren(LineButton)
        + list(widget.network_buttons.values())
        + [widget.search_edit]
    ):
        assert control.accessibleName(), control


def test_click_the_fee_with_the_mouse(make_window, qtbot):
    view, widget = open_step(make_window(), "explorers.practice-explorer", "click-the-fee")
    click(qtbot, widget.lines["value"])
    assert "Not yet" in view.feedback.text() and "pizza seller received" in view.feedback.text()
    assert (
        "(picked)" in visible_text(widget) and widget.picked_value.text() == "10,000.00000000 BTC"
    )
    click(qtbot, widget.lines["fee"])
    assert view.session.state.solved and view.feedback.state == "ok"
    assert widget.lines["fee"].isChecked() and not widget.lines["value"].isChecked()


def test_click_the_network_with_the_keyboard_alone(make_window, qtbot):
    view, widget = open_step(make_window(), "explorers.the-other-network", "which-network")
    assert QApplication.focusWidget() is widget.lines["network"]
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.lines["txid"]
    for _ in range(list(widget.lines).index("to") - 1):
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.lines["to"]
    press(qtbot, Qt.Key.Key_Space)
    assert "same address can exist on" in view.feedback.text() and not view.session.state.solved
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(list(widget.lines).index("from")):
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is widget.lines["network"]
    press(qtbot, Qt.Key.Key_Return)
    assert view.session.state.solved and "BNB Smart Chain" in view.feedback.text()


def test_count_confirmations_by_typing_and_enter_checks_once(make_window, qtbot):
    view, widget = open_step(make_window(), "explorers.practice-explorer", "count-confirmations")
    assert QApplication.focusWidget() is widget.answer
    qtbot.keyClicks(widget.answer, "5")
    press(qtbot, Qt.Key.Key_Return)
    assert view.session.state.not_yet == 1, "one Enter is one check"
    assert "its own block counts too" in view.feedback.text()
    widget.answer.clear()
    qtbot.keyClicks(widget.answer, "6 confirmations")
    press(qtbot, Qt.Key.Key_Return)
    assert view.session.state.solved and view.feedback.state == "ok"


def test_picking_a_line_in_a_type_task_does_not_check_and_its_value_can_be_copied(
    make_window, qtbot
):
    view, widget = open_step(make_window(), "explorers.the-other-network", "same-address")
    QApplication.processEvents()  # lay the page out, as it is before anyone can click it
    click(qtbot, widget.lines["to"])
    assert not view.feedback.isVisible() and view.session.state.not_yet == 0
    assert widget.picked_value.isVisible() and widget.picked_value.isReadOnly()
    widget.picked_value.selectAll()
    widget.picked_value.copy()
    widget.answer.setFocus()
    widget.answer.paste()
    press(qtbot, Qt.Key.Key_Return)
    assert view.session.state.solved


def test_search_says_not_found_on_ethereum_then_finds_it_on_bnb_smart_chain(make_window, qtbot):
    view, widget = open_step(make_window(), "explorers.the-other-network", "search-it")
    assert widget.network_buttons["ethereum"].isChecked()
    assert QApplication.focusWidget() is widget.search_edit
    qtbot.keyClicks(widget.search_edit, f"  {OTHER_TXID} ")
    press(qtbot, Qt.Key.Key_Return)
    assert "Not found on Ethereum" in visible_text(widget)
    assert view.session.state.not_yet == 1 and "not on this network" in view.feedback.text()
    assert view.feedback.state == "notyet" and "wrong" not in view.feedback.text().lower()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the network buttons
    assert QApplication.focusWidget() is widget.network_buttons["bsc"]
    press(qtbot, Qt.Key.Key_Space)
    text = visible_text(widget)
    assert "MADE-UP TEACHING EXAMPLE" in text and "BNB Smart Chain" in text
    assert widget.lines["txid"].accessibleName().endswith(OTHER_TXID)
    assert view.session.state.solved and view.feedback.state == "ok"


def test_a_line_on_another_page_does_not_answer_a_click_task(make_window, qtbot):
    view, widget = open_step(make_window(), "explorers.practice-explorer", "click-the-fee")
    widget.search_edit.setFocus()
    qtbot.keyClicks(widget.search_edit, GENESIS_TXID)
    press(qtbot, Qt.Key.Key_Return)
    assert widget.shown == "genesis" and not view.feedback.isVisible()
    click(qtbot, widget.lines["fee"])
    assert not view.session.state.solved and view.session.state.not_yet == 0
    widget.network_buttons["ethereum"].setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter presses a focused button, as Space does
    assert (
        widget.network == "ethereum" and widget.network_buttons["ethereum"].text() == "✓ Ethereum"
    )
    widget.network_buttons["bitcoin"].click()
    widget.search_edit.clear()
    widget.network_buttons["bitcoin"].click()  # back on the page's own network: its page again
    assert widget.shown == "pizza"
    click(qtbot, widget.lines["fee"])
    assert view.session.state.solved


def test_search_with_the_mouse_finds_the_genesis_and_an_address(make_window, qtbot):
    view, widget = open_step(make_window(), "explorers.practice-explorer", "search-genesis")
    assert "Paste a TXID" in visible_text(widget)
    widget.search_edit.setText("3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a")
    click(qtbot, widget.search_button)
    assert "Not found on Bitcoin" in visible_text(widget) and not view.session.state.solved
    widget.search_edit.setText("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    click(qtbot, widget.search_button)
    assert "Address" in visible_text(widget) and len(widget.result_buttons) == 1
    click(qtbot, widget.result_buttons[0])
    assert widget.shown == "genesis" and view.session.state.solved


def test_show_me_puts_the_answer_on_the_page(make_window, qtbot):
    window = make_window()
    for lesson_id, step_id in (
        ("explorers.practice-explorer", "click-the-fee"),
        ("explorers.practice-explorer", "ethereum-fee"),
        ("explorers.the-other-network", "search-it"),
    ):
        view, widget = open_step(window, lesson_id, step_id)
        click(qtbot, view.show_button)
        assert "The answer" in view.feedback.text()
        if widget.spec.task == "find":
            assert widget.network == "bsc" and widget.shown == "other-network"
            assert widget.search_edit.text() == OTHER_TXID
        else:
            assert widget.lines[widget.spec.field].isChecked()
        click(qtbot, view.check_button)
        assert view.session.state.solved, step_id


def test_back_and_next_keep_what_the_learner_did(make_window, qtbot):
    view, widget = open_step(make_window(), "explorers.the-other-network", "search-it")
    widget.network_buttons["bsc"].click()
    widget.search_edit.setText(OTHER_TXID)
    widget.run_search()
    view.go_next()
    view.go_back()
    again = view.step_widget
    assert again is not widget and again.network == "bsc" and again.shown == "other-network"
    assert again.search_edit.text() == OTHER_TXID


def test_large_text_and_right_to_left_still_fit(make_window, qtbot, qapp):
    window = make_window()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        view, widget = open_step(window, "explorers.the-other-network", "which-network")
        window.text_size.set(2.0)  # changed while the page is open: it must reach every part
        line = widget.lines["txid"]
        # The new size lays out on the next turns of the event loop; the hash then wraps.
        qtbot.waitUntil(
            lambda: line.isVisible() and line.height() > line.fontMetrics().height() * 2
        )
        room = view.scroll.viewport().width()
        assert widget.minimumSizeHint().width() <= room and line.width() <= room
        banner = widget.banner
        assert banner.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF())
        name, value = line.findChildren(QLabel)
        assert (
            name.mapTo(widget, name.rect().center()).x()
            > value.mapTo(widget, value.rect().center()).x()
        )
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_recovery_phrase_pasted_into_the_search_or_answer_box_is_cleared(
    make_window, monkeypatch
):
    from holdspace.core.seed import practice_phrase
    from holdspace.gui import tripwire

    cards = []
    monkeypatch.setattr(tripwire, "show_card", lambda parent, *_: cards.append(parent))
    view, widget = open_step(make_window(), "explorers.practice-explorer", "count-confirmations")
    assert {widget.search_edit, widget.answer, widget.picked_value} <= set(
        widget.findChildren(QLineEdit)
    )
    for box in (widget.search_edit, widget.answer):
        box.setFocus()
        box.insert(practice_phrase(12))  # what a paste does
        assert box.text() == "" and len(cards) >= 1
    widget.run_search()
    assert "Nothing to search yet" in visible_text(widget)
    assert view.session.state.answer is None  # nothing was checked, nothing kept


def test_widget_works_with_a_bare_session(qtbot):
    from holdspace.core.lessons import open_pack as read_pack
    from holdspace.core.paths import builtin_pack_dir
    from holdspace.core.session import Session

    lesson = read_pack(builtin_pack_dir()).lesson("explorers.practice-explorer")
    step = next(s for s in lesson.steps if s.id == "click-the-fee")
    session = Session(lesson, start_at=step.index)
    widget = ExplorerWidget(step)
    qtbot.addWidget(widget)
    widget.submitted.connect(lambda: results.append(session.submit(widget.value())))
    results = []
    widget.lines["fee"].click()
    assert results and results[-1].solved
    assert core.load_page("pizza").get("fee") == "0.99000000"


def test_a_coinbase_page_says_its_one_input_spends_nothing(make_window):
    # A learner just taught "each input spends an earlier piece of coin" would be puzzled by a bare 1.
    view, widget = open_step(make_window(), "explorers.genesis-and-pizza", "genesis-from")
    assert widget.lines["inputs"].accessibleName() == "Inputs: 1 (coinbase: spends nothing)"
    _, pizza = open_step(view.window(), "explorers.genesis-and-pizza", "pizza-inputs")
    assert pizza.lines["inputs"].accessibleName() == "Inputs: 131"
