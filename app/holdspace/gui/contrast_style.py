"""The system style, with edges and focus that can be seen (WCAG 2.2 AA, 1.4.11).

Fusion and many themes draw field borders, radio rings and tick boxes at about 2:1,
and some dark themes draw focus at barely 1.3:1. This proxy keeps the system style
and draws those edges again in ``boundary_colour`` / ``focus_colour`` (3:1 or more).
Dialog buttons carry no stock icons (no red crosses on Cancel). (``pixelMetric`` and
``styleHint`` are not overridden: PySide6 6.12 miscounts references to None when Qt
calls them without a widget, and the interpreter aborts at exit.)
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from .theme import boundary_colour, focus_colour

_PE = QStyle.PrimitiveElement
_SP = QStyle.StandardPixmap
_DIALOG_ICONS = {_SP.SP_DialogCancelButton, _SP.SP_DialogCloseButton, _SP.SP_DialogOkButton,
                 _SP.SP_DialogYesButton, _SP.SP_DialogNoButton, _SP.SP_DialogApplyButton,
                 _SP.SP_DialogSaveButton, _SP.SP_DialogDiscardButton, _SP.SP_DialogResetButton,
                 _SP.SP_DialogHelpButton, _SP.SP_DialogOpenButton}


class ContrastStyle(QProxyStyle):
    def drawPrimitive(self, element, option: QStyleOption, painter: QPainter,  # noqa: N802
                      widget: QWidget | None = None) -> None:
        if element == _PE.PE_FrameFocusRect:
            if isinstance(widget, QAbstractButton) and not widget.text():
                return  # a bare radio or tick box: its words beside it show the focus
            self._ring(painter, option, focus_colour(option.palette), 2)
            return
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == _PE.PE_FrameLineEdit:
            self._ring(painter, option, focus_colour(option.palette) if focused
                       else boundary_colour(option.palette), 2 if focused else 1)
        elif element == _PE.PE_IndicatorCheckBox:
            self._ring(painter, option, boundary_colour(option.palette), 1)
        elif element == _PE.PE_IndicatorRadioButton:
            self._ring(painter, option, boundary_colour(option.palette), 1, round_=True)

    @staticmethod
    def _ring(painter: QPainter, option: QStyleOption, colour, width: int, *,
              round_: bool = False) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2
        rect = QRectF(option.rect).adjusted(half, half, -half, -half)
        painter.drawEllipse(rect) if round_ else painter.drawRect(rect)
        painter.restore()

    def standardIcon(self, icon, option=None, widget=None) -> QIcon:  # noqa: N802 (Qt's name)
        if icon in _DIALOG_ICONS:
            return QIcon()  # words on dialog buttons, never a red cross or a green tick
        return super().standardIcon(icon, option, widget)


def install(app: QApplication) -> None:
    """Wrap the current style once (a second call keeps the first wrapper)."""
    if not isinstance(app.style(), ContrastStyle):
        app.setStyle(ContrastStyle(app.style().name()))
