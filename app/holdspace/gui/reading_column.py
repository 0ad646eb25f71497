"""A centred reading column whose widest line is measured in the text's own size (ems).

On a wide screen a page stretched edge to edge reads like a spreadsheet; a column
about 60 ems wide keeps lines short and the page calm. Measured in ems, so at 200 %
text the column is simply the whole window (it still fits 1024×600), and it mirrors
by itself in right-to-left layouts (it sits in the middle).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

HOME_EMS = 60  # two topic cards side by side, each with short lines
PAGE_EMS = 48  # one column of running text (the end page)
WIDE_EMS = 80  # the library: a list and its details side by side


class ReadingColumn(QWidget):
    """The page's content goes in ``column`` (a QVBoxLayout); the rest is margin."""

    def __init__(self, parent: QWidget | None = None, ems: int = HOME_EMS):
        super().__init__(parent)
        self._ems = ems
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.inner = QWidget(self)
        self.column = QVBoxLayout(self.inner)
        row.addStretch(1)
        row.addWidget(self.inner, 100)  # it takes the room first, up to its widest
        row.addStretch(1)
        self._fit()

    def em(self) -> int:
        return max(8, QFontInfo(self.font()).pixelSize())

    def _fit(self) -> None:
        self.inner.setMaximumWidth(self._ems * self.em())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()
