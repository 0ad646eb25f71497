"""Shortcuts in a right-to-left menu read as the keys are pressed ("Ctrl+=", not "=+Ctrl")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from holdspace.core.languages import isolate
from holdspace.gui import contrast_style
from holdspace.gui.app import application
from holdspace.gui.contrast_style import keys_left_to_right


def test_a_shortcut_is_isolated_from_the_words_around_it():
    assert keys_left_to_right("نص أكبر\tCtrl+=") == f"نص أكبر\t{isolate('Ctrl+=')}"
    assert keys_left_to_right("الألوان") == "الألوان"  # no shortcut: nothing to isolate
    once = keys_left_to_right("x\tF5")
    assert keys_left_to_right(once) == once  # painted again: not wrapped twice


def _drawn_texts(qtbot, monkeypatch, direction: Qt.LayoutDirection) -> list[str]:
    application()  # installs the contrast style
    seen: list[str] = []

    def spy(text: str) -> str:
        seen.append(text)
        return keys_left_to_right(text)

    monkeypatch.setattr(contrast_style, "keys_left_to_right", spy)
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.setLayoutDirection(direction)
    action = QAction("نص أكبر", menu)
    action.setShortcut(QKeySequence("Ctrl+="))
    menu.addAction(action)
    menu.grab()  # paints every item through the style
    return seen


def test_a_right_to_left_menu_draws_its_shortcuts_isolated(qtbot, monkeypatch):
    seen = _drawn_texts(qtbot, monkeypatch, Qt.LayoutDirection.RightToLeft)
    assert any(text.endswith("\tCtrl+=") for text in seen)


def test_a_left_to_right_menu_is_drawn_as_qt_draws_it(qtbot, monkeypatch):
    assert _drawn_texts(qtbot, monkeypatch, Qt.LayoutDirection.LeftToRight) == []
