"""Roles a screen reader needs where Qt's default says something else.

Headings: labels marked here report the Heading role (AT-SPI "heading"), so Orca's H key
and its headings list find the lesson title. Picked lines: a checkable push button is
reported as a "check box"; an explorer line is one pick among many, so it reports a
radio button (checked when picked) that a reader can still press.

Qt offers no role setter; an accessibility factory (QAccessible.installFactory) is the
supported way to give one widget another role. The factory answers only for marked
widgets; every other widget keeps Qt's own interface.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel

_MARK = "holdspace_heading"
_PICK = "holdspace_pick_line"
_installed = False


def plain_text(html: str) -> str:
    """What a rich-text label says, as a screen reader should speak it."""
    from PySide6.QtGui import QTextDocument  # when a reader first asks, not at start

    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


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


class PickLine(QAccessibleWidget):
    """A checkable button read as one choice among several: radio button, checked when picked."""

    def __init__(self, button: QAbstractButton):
        super().__init__(button, QAccessible.Role.RadioButton)
        self._button = button

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._button.accessibleName() or self._button.text()
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self._button.isChecked()
        return state

    def actionNames(self) -> list[str]:  # noqa: N802 (Qt's name)
        return [QAccessibleWidget.pressAction()]

    def doAction(self, name: str) -> None:  # noqa: N802
        if name == QAccessibleWidget.pressAction():
            self._button.click()


def _factory(key: str, obj: QObject) -> QAccessibleWidget | None:
    if isinstance(obj, QLabel) and obj.property(_MARK):
        return HeadingLabel(obj)
    if isinstance(obj, QAbstractButton) and obj.property(_PICK):
        return PickLine(obj)
    return None


def _install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def mark_heading(label: QLabel) -> None:
    """Have screen readers treat ``label`` as a heading (set before it is first shown)."""
    _install()
    label.setProperty(_MARK, True)


def mark_pick_line(button: QAbstractButton) -> None:
    """Have screen readers treat a checkable ``button`` as one pick among several."""
    _install()
    button.setProperty(_PICK, True)
