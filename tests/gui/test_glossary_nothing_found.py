"""A glossary search that finds nothing says so kindly, in the panes' place, and offers what to
try: a word spelt nearly so, and every word again (newcomer walk K7: two empty white panes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from holdspace.core.lessons.glossary import Glossary, Term
from holdspace.gui.dialogs.glossary import SHOW_ALL, GlossaryDialog


def _dialog(make_window, qtbot, *argv: str) -> GlossaryDialog:
    window = make_window(*argv)
    dialog = GlossaryDialog(window, window.glossary())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # as when it opens from the menu: it has the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.search.setFocus()
    return dialog


def _current(dialog: GlossaryDialog) -> str:
    return dialog.list.currentItem().data(Qt.ItemDataRole.UserRole)


def test_a_misspelt_word_is_met_kindly_with_the_word_it_was_near(make_window, qtbot):
    dialog = _dialog(make_window, qtbot)
    qtbot.keyClicks(dialog.search, "walet")
    assert not dialog.list.isVisible() and not dialog.text.isVisible()  # no empty panes
    assert dialog.nothing.isVisible()
    said = dialog.nothing.text()
    assert "walet" in said and 'href="term:wallet"' in said
    QApplication.processEvents()  # the layout takes in the hidden panes
    assert (
        dialog.nothing.y() < dialog.search.y() + 3 * dialog.search.height()
    )  # where the panes were
    for unkind in ("wrong", "error", "invalid", "no results"):
        assert unkind not in said.lower()
    # Tab from the search box reaches the suggestion itself; Enter opens it, with the list back.
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.nothing and dialog.nothing.hasSelectedText()
    assert dialog.nothing.selectedText() == dialog.glossary.terms["wallet"].term
    qtbot.keyClick(dialog.nothing, Qt.Key.Key_Return)
    assert dialog.list.isVisible() and dialog.text.isVisible() and not dialog.nothing.isVisible()
    assert dialog.search.text() == "" and _current(dialog) == "wallet"
    assert "wallet" in dialog.text.toPlainText().lower()


def test_show_every_word_brings_the_whole_list_back(make_window, qtbot):
    dialog = _dialog(make_window, qtbot)
    qtbot.keyClicks(dialog.search, "zzqx")
    assert f'href="{SHOW_ALL}"' in dialog.nothing.text()
    assert "term:" not in dialog.nothing.text()  # nothing is near "zzqx": no guess offered
    dialog.nothing.linkActivated.emit(SHOW_ALL)
    shown = [dialog.list.item(row) for row in range(dialog.list.count())]
    assert dialog.list.isVisible() and all(not item.isHidden() for item in shown)
    assert dialog.search.hasFocus()  # ready for another try


def test_an_arabic_search_gets_an_arabic_suggestion(make_window, qtbot):
    dialog = _dialog(make_window, qtbot, "--language", "ar")
    wallet = dialog.glossary.terms["wallet"].term
    dialog.search.setText(wallet[:-2] + "ض" + wallet[-1])  # one letter off, as a tired hand types
    assert dialog.nothing.isVisible() and 'href="term:wallet"' in dialog.nothing.text()
    assert dialog.tr("Perhaps you meant: {terms}") not in ("", "Perhaps you meant: {terms}")


def test_close_spellings_come_from_names_and_words_in_them():
    glossary = Glossary(
        [
            Term("wallet", "wallet", "Where keys are kept."),
            Term("recovery-phrase", "recovery phrase", "Twelve or 24 words."),
        ]
    )
    assert [t.id for t in glossary.close_to("walet")] == ["wallet"]
    assert [t.id for t in glossary.close_to("frase")] == ["recovery-phrase"]
    assert glossary.close_to("zzqx") == []
