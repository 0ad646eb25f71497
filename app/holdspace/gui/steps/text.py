"""Small text helpers shared by step widgets: plain text from Markdown, named clear buttons."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QToolButton

_MARKS = re.compile(r"(\*\*|__|`|\*|_(?=\w)|(?<=\w)_)")


def plain(text: str) -> str:
    """Drop inline Markdown marks so a radio button reads "0x1f", not "`0x1f`"."""
    return " ".join(_MARKS.sub("", text).split())


def enable_clear_button(edit: QLineEdit, name: str) -> None:
    """Qt's clear button has no name of its own; a screen reader would say only "button"."""
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)
