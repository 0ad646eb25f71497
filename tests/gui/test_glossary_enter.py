"""Enter in the glossary shows the word found and keeps the glossary open; Escape closes it.

On the walk, a learner typed a word in the search box and pressed Enter: the Close button
was the dialog's default, so the glossary vanished with the answer they were looking for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from holdspace.gui.dialogs.glossary import GlossaryDialog


def _dialog(make_window, qtbot) -> GlossaryDialog:
    window = make_window()
    dialog = GlossaryDialog(window, window.glossary())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.search.setFocus()
    return dialog


def _current(dialog: GlossaryDialog) -> str:
    return dialog.list.currentItem().data(Qt.ItemDataRole.UserRole)


def test_enter_after_typing_a_word_shows_it_and_keeps_the_glossary(
    make_window, qtbot, announcements
):
    dialog = _dialog(make_window, qtbot)
    qtbot.keyClicks(dialog.search, "fee")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.search.hasFocus() and _current(dialog) == "fee"
    fee = dialog.glossary.terms["fee"]
    assert fee.term in dialog.text.toPlainText()
    assert announcements and announcements[-1].startswith(fee.term)  # said, for a screen reader
    qtbot.keyClick(dialog.search, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert dialog.isVisible()


def test_enter_on_the_list_or_with_nothing_found_keeps_the_glossary(make_window, qtbot):
    dialog = _dialog(make_window, qtbot)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "zzqx")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.nothing.isVisible()


def test_escape_still_closes_and_enter_on_close_closes(make_window, qtbot):
    dialog = _dialog(make_window, qtbot)
    qtbot.keyClicks(dialog.search, "fee")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog = _dialog(make_window, qtbot)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    close.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(close, Qt.Key.Key_Return)
    assert not dialog.isVisible()
