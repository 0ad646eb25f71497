"""In the glossary, Tab from the search box reaches the list of words and then what a word
means; each shows where the keyboard is. Neither drew any focus (seen on the walk: after
Tab, nothing on screen changed), so a keyboard user lost their place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from holdspace.gui.dialogs.glossary import GlossaryDialog
from holdspace.gui.style import Look
from holdspace.gui.theme import contrast


def edge(dialog: GlossaryDialog, pane) -> QColor:
    """The colour at the middle of the pane's left edge, as the screen shows it."""
    for _ in range(3):
        QApplication.processEvents()
    corner = pane.mapTo(dialog, QPoint(0, 0))
    picture = dialog.grab(QRect(corner, pane.size())).toImage()
    return picture.pixelColor(0, pane.height() // 2)


@pytest.fixture
def in_scheme(qapp):
    """Choose a scheme as View → Colours does; the app's own choice comes back after."""
    chosen: list[str] = []

    def choose(name: str) -> None:
        look = Look.of(qapp)
        chosen.append(look.choice)
        look.set_choice(name)

    yield choose
    if chosen:
        Look.of(qapp).set_choice(chosen[0])


@pytest.mark.parametrize("scheme", ["light", "dark", "high-contrast"])
def test_tab_shows_where_the_keyboard_is(make_window, qtbot, scheme, in_scheme):
    window = make_window()
    in_scheme(scheme)
    dialog = GlossaryDialog(window, window.glossary())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.search.setFocus()
    panes = (dialog.list, dialog.text)
    before = [edge(dialog, pane) for pane in panes]
    for pane, unfocused in zip(panes, before):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is pane or pane.isAncestorOf(QApplication.focusWidget())
        ring = edge(dialog, pane)
        assert contrast(ring, unfocused) >= 3.0, (
            scheme,
            pane.accessibleName(),
            ring.name(),
            unfocused.name(),
        )
    dialog.close()
