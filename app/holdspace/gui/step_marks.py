"""A row of step marks: where you are in a lesson (done, here, ahead), never a score.

Each state has its own shape, so colour is never the only signal: a done step is a
small filled dot, the step you are on a larger ring in the accent colour, a step ahead
a small hollow dot. Nothing says right or wrong: "done" only means "you have been there".
Screen readers get the same in words through the widget's accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class StepMarks(QWidget):
    """Paints ``total`` marks; follows the text size and mirrors in right-to-left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.total = 0
        self.current = 0  # 0-based
        self.visited: set[int] = set()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the words say it; no extra Tab stop

    def show_position(self, current: int, total: int, visited: set[int]) -> None:
        self.total, self.current, self.visited = total, current, set(visited)
        done = len(self.visited - {current})
        self.setAccessibleName(
            QCoreApplication.translate("StepMarks", "Step {number} of {total}").format(
                number=current + 1, total=total
            )
        )
        self.setAccessibleDescription(
            QCoreApplication.translate("StepMarks", "%n step(s) seen so far", None, done)
        )
        self.updateGeometry()
        self.update()

    def _unit(self) -> float:
        return max(6.0, self.fontMetrics().height() / 2.2)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        unit = self._unit()
        return QSize(int(self.total * unit * 2.2 + unit), int(unit * 2.6))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.total:
            return
        unit = self._unit()
        gap = min(unit * 2.2, max(unit * 1.2, (self.width() - unit) / max(1, self.total)))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        middle = self.height() / 2
        for index in range(self.total):
            # From the reading edge: the first mark sits beside "Step 3 of 8" in either direction.
            along = unit + index * gap
            centre = QPointF(self.width() - along if rtl else along, middle)
            if index == self.current:
                painter.setPen(QPen(accent, max(2.0, unit / 3)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, unit * 0.8, unit * 0.8)
            elif index in self.visited:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ink)
                painter.drawEllipse(centre, unit * 0.4, unit * 0.4)
            else:
                painter.setPen(QPen(ink, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, unit * 0.35, unit * 0.35)
        painter.end()
