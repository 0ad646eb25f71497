"""The mistake guide's own look: a quiet teal backdrop and its picture, so it reads as help.

A worried learner who pressed F1 should know at once that this is not one more lesson.
The lesson view paints the backdrop itself (a style sheet would stop the text following
the text size); its scroll areas are made see-through so the backdrop shows around the
page. The colours come from the scheme (``guide_bg``; text on it is checked in
colours.PAIRS), so light, dark and high contrast each get their own.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QScrollArea, QWidget

from . import style


def see_through(scroll: QScrollArea) -> None:
    """Let whatever is painted behind the scroll area show around its page."""
    scroll.viewport().setAutoFillBackground(False)
    if scroll.widget() is not None:
        scroll.widget().setAutoFillBackground(False)


def paint_backdrop(widget: QWidget) -> None:
    """The guide's tint over the whole view, with a calm band along the reading edge."""
    scheme = style.current_scheme()
    painter = QPainter(widget)
    painter.fillRect(widget.rect(), QColor(scheme.guide_bg))
    band = max(4, widget.fontMetrics().height() // 4)
    edge = (
        0 if widget.layoutDirection() == Qt.LayoutDirection.LeftToRight else widget.width() - band
    )
    painter.setPen(QPen(Qt.PenStyle.NoPen))
    painter.setBrush(QColor(scheme.guide_fg))
    painter.drawRect(QRectF(edge, 0, band, widget.height()))
    painter.end()
