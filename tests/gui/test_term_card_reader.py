"""A glossary card is a dialog a screen reader finds: in the app's accessible tree, named
after its term, its definition and "see also" links inside it; opened by keyboard it
takes the focus, and Esc gives the focus back to the term that opened it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from holdspace.gui.term_popup import TermPopup


def reader(obj):
    return QAccessible.queryAccessibleInterface(obj)


def _open_by_keyboard(window, qtbot):
    from holdspace.core import markup

    glossary = window.packs[0].glossary
    lesson = next(
        x
        for x in window.packs[0].lessons
        if "term:blockchain" in markup.render(x.steps[0].body, glossary)
    )
    window.open_lesson(lesson, 0)
    body = window.lesson_view.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Tab)  # onto the first term link
    chosen = body.textCursor().selectedText()
    assert chosen
    qtbot.keyClick(body, Qt.Key.Key_Return)
    cards = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, TermPopup) and w.isVisible()
    ]
    assert len(cards) == 1
    return body, chosen, cards[0]


def _ancestors(iface):
    while iface is not None and iface.isValid():
        yield iface
        iface = iface.parent()


def test_the_card_is_a_named_dialog_inside_the_reader_tree(make_window, qtbot):
    window = make_window()
    _body, _chosen, card = _open_by_keyboard(window, qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    term = card.term
    iface = reader(card)
    assert iface.role() == QAccessible.Role.Dialog
    assert term.term in iface.text(QAccessible.Text.Name)
    app = reader(QApplication.instance())
    assert any(app.child(i).object() is card for i in range(app.childCount()))
    # "Where am I": from the focused control up through the card to the application.
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is card
    chain = [i.object() for i in _ancestors(reader(focused))]
    assert card in chain and QApplication.instance() in chain
    # The definition and its "see also" links are children a reader walks to.
    kids = [iface.child(i) for i in range(iface.childCount())]
    text = next(k for k in kids if k.object() is card.text)
    shown = text.text(QAccessible.Text.Name)
    assert term.definition.split()[0].strip("*_") in shown
    glossary = window.packs[0].glossary
    for related in term.see:
        assert glossary.terms[related].term in shown
    assert any(k.object() is card.close_button for k in kids)


def test_escape_closes_the_card_and_gives_the_focus_back_to_its_term(make_window, qtbot):
    window = make_window()
    body, chosen, card = _open_by_keyboard(window, qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not card.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is body
    assert body.textCursor().selectedText() == chosen  # the same term, ready for Enter again


def test_a_click_elsewhere_closes_the_card(make_window, qtbot):
    window = make_window()
    _body, _chosen, card = _open_by_keyboard(window, qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    window.activateWindow()
    qtbot.waitUntil(lambda: not shiboken6.isValid(card) or not card.isVisible())
    assert QApplication.activeWindow() is window
