"""Headings a screen reader can jump between: labels marked here report Qt's Heading
role (AT-SPI "heading"), so Orca's H key and the headings list find the lesson title.

Qt gives every QLabel the static-text role and offers no setter; an accessibility
factory (QAccessible.installFactory) is the supported way to give one widget another
role. The factory answers only for marked labels; every other widget keeps Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QLabel

from .feedback_panel import plain_text

_MARK = "holdspace_heading"
_installed = False


class HeadingLabel(QAccessibleWidget):
    """A label read as a heading, named by what it shows."""

    def __init__(self, label: QLabel):
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            label = self._label
            if label.accessibleName():
                return label.accessibleName()
            rich = label.textFormat() != Qt.TextFormat.PlainText
            return plain_text(label.text()) if rich else label.text()
        return super().text(kind)


def _factory(key: str, obj: QObject) -> QAccessibleWidget | None:
    if isinstance(obj, QLabel) and obj.property(_MARK):
        return HeadingLabel(obj)
    return None


def mark_heading(label: QLabel) -> None:
    """Have screen readers treat ``label`` as a heading (set before it is first shown)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    label.setProperty(_MARK, True)
