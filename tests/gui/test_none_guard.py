"""A long session never runs Python out of references to None (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

from holdspace.gui.app import application


def test_many_qt_calls_leave_none_alive(qtbot):
    application()
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(20_000):  # four times what a fresh Python 3.11 starts with
        label.setText(str(number))
    assert label.text() == "19999"
    assert sys.getrefcount(None) > 1_000_000 or before - sys.getrefcount(None) < 100
