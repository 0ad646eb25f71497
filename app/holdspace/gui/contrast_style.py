"""The system style, with edges and focus that can be seen (WCAG 2.2 AA, 1.4.11).

Fusion and many themes draw field borders, radio rings and tick boxes at about 2:1,
and some dark themes draw focus at barely 1.3:1. This proxy keeps the system style
and draws those edges again in ``boundary_colour`` / ``focus_colour`` (3:1 or more).
Push and tool buttons are drawn here as soft rounded shapes: quiet ones in the surface
colour with a 3:1 edge, the page's main action (``style.set_primary``: Check, Next,
Finish) filled with the accent; the focus ring sits just outside, on the window, so it
shows on both. Dialog buttons carry no stock icons (no red crosses on Cancel). (``pixelMetric`` and
``styleHint`` are not overridden: PySide6 6.12 miscounts references to None when Qt
calls them without a widget, and the interpreter aborts at exit.)
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComplex,
    QStyleOptionMenuItem,
    QWidget,
)

from ..core.languages import isolate
from . import style
from .theme import boundary_colour, focus_colour

_PE = QStyle.PrimitiveElement
_SP = QStyle.StandardPixmap
_DIALOG_ICONS = {
    _SP.SP_DialogCancelButton,
    _SP.SP_DialogCloseButton,
    _SP.SP_DialogOkButton,
    _SP.SP_DialogYesButton,
    _SP.SP_DialogNoButton,
    _SP.SP_DialogApplyButton,
    _SP.SP_DialogSaveButton,
    _SP.SP_DialogDiscardButton,
    _SP.SP_DialogResetButton,
    _SP.SP_DialogHelpButton,
    _SP.SP_DialogOpenButton,
}


_ALARMS = {_SP.SP_MessageBoxCritical, _SP.SP_MessageBoxWarning}
_CE = QStyle.ControlElement
_SC = QStyle.SubControl
_ROUNDED = {_PE.PE_PanelButtonCommand, _PE.PE_PanelButtonTool}
_PADDED = {QStyle.ContentsType.CT_PushButton, QStyle.ContentsType.CT_ToolButton}
RING = 2  # the focus ring's width
GAP = 3  # from the widget's edge to the button's fill: room for the ring


class ContrastStyle(QProxyStyle):
    def drawPrimitive(  # noqa: N802 (Qt's name)
        self, element, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element in _ROUNDED and isinstance(widget, QAbstractButton):
            _button_panel(painter, option, widget)
            return
        if element == _PE.PE_IndicatorBranch and option.state & QStyle.StateFlag.State_Children:
            _branch_chevron(painter, option)  # as large as the text: a target at 200 % too
            return
        if element == _PE.PE_FrameFocusRect:
            if (
                isinstance(widget, QAbstractButton)
                and widget.text()
                and widget.metaObject().className() in ("QPushButton", "QToolButton")
            ):
                return  # the rounded panel draws its own ring
            if isinstance(widget, QAbstractButton) and not widget.text():
                return  # a bare radio or tick box: its words beside it show the focus
            # Soft corners: a square frame around a choice's words looked like a box to type in.
            self._ring(painter, option, focus_colour(option.palette), 2, corners=4.0)
            return
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == _PE.PE_FrameLineEdit:
            self._ring(
                painter,
                option,
                focus_colour(option.palette) if focused else boundary_colour(option.palette),
                2 if focused else 1,
            )
        elif element == _PE.PE_IndicatorCheckBox:
            self._ring(painter, option, boundary_colour(option.palette), 1)
        elif element == _PE.PE_IndicatorRadioButton:
            self._ring(painter, option, boundary_colour(option.palette), 1, round_=True)

    @staticmethod
    def _ring(
        painter: QPainter,
        option: QStyleOption,
        colour,
        width: int,
        *,
        round_: bool = False,
        corners: float = 0.0,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_ or corners > 0)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2
        rect = QRectF(option.rect).adjusted(half, half, -half, -half)
        if round_:
            painter.drawEllipse(rect)
        elif corners:
            painter.drawRoundedRect(rect, corners, corners)
        else:
            painter.drawRect(rect)
        painter.restore()

    def sizeFromContents(  # noqa: N802 (Qt's name)
        self, kind, option: QStyleOption, size: QSize, widget: QWidget | None = None
    ) -> QSize:
        """Buttons with room to breathe: padding in ems, so 200 % text keeps the shape."""
        contents = size
        size = super().sizeFromContents(kind, option, size, widget)
        if kind in _PADDED and isinstance(widget, QAbstractButton) and widget.text():
            em = option.fontMetrics.height()
            # Taller only: a row of buttons at 200 % must still fit 1024 pixels across.
            # The lesson's own buttons also keep half an em beside their words ("Show me"
            # touched its edges): their rows have the room, the explorer's don't.
            roomy = widget.property(style.ROOMY)
            width = max(size.width(), contents.width() + em) if roomy else size.width()
            size = QSize(width, size.height() + round(em * 0.45))
        return size

    def drawComplexControl(  # noqa: N802 (Qt's name)
        self, control, option: QStyleOptionComplex, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ScrollBar:
            # Fusion's handle is barely darker than its track: a learner could not see
            # that a step goes on below. Its edge at 3:1, like every other control's.
            handle = self.subControlRect(control, option, _SC.SC_ScrollBarSlider, widget)
            if not handle.isEmpty():
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(boundary_colour(option.palette), 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(handle).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)
                painter.restore()

    def drawControl(  # noqa: N802 (Qt's name)
        self, element, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        door = element == _CE.CE_ToolButtonLabel and style.is_guide_door(widget)
        if door or (
            element == _CE.CE_PushButtonLabel and style.is_primary(widget) and widget.isEnabled()
        ):
            scheme = style.current_scheme()
            ink = QColor(scheme.guide_fg if door else scheme.on_accent)
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.ButtonText, ink)
            option.palette = palette  # a copy the style made for the label: ours to change
            labelled = cast(QStyleOptionButton, option)  # a push or tool button's own option
            if not door and not labelled.icon.isNull():
                labelled.icon = _inked(labelled.icon, labelled.iconSize.width(), ink)
        if element == _CE.CE_MenuItem and option.direction == Qt.LayoutDirection.RightToLeft:
            item = QStyleOptionMenuItem(cast(QStyleOptionMenuItem, option))
            item.text = keys_left_to_right(item.text)
            option = item
        super().drawControl(element, option, painter, widget)

    def standardIcon(self, icon, option=None, widget=None) -> QIcon:  # noqa: N802 (Qt's name)
        if icon in _DIALOG_ICONS:
            return QIcon()  # words on dialog buttons, never a red cross or a green tick
        if icon in _ALARMS:
            # A message about a problem shows our calm light bulb ("here is something to
            # know"), not a red cross or a yellow warning triangle.
            from . import icons  # only when such a message opens: no SVG work at start-up

            scheme = style.current_scheme()
            return icons.icon("feedback/hint", scheme.hint_fg, 48)
        return super().standardIcon(icon, option, widget)


def keys_left_to_right(text: str) -> str:
    """A menu item's "words<Tab>shortcut" with the shortcut kept in its own order.

    In a right-to-left menu Qt lays the shortcut out as right-to-left text, so "Ctrl+="
    read "=+Ctrl" in Arabic; isolated, it reads as the keys are pressed."""
    words, tab, keys = text.partition("\t")
    if not tab or not keys or keys == isolate(keys.strip("\u2066\u2069")):
        return text  # no shortcut, or isolated already
    return f"{words}\t{isolate(keys)}"


def _button_panel(painter: QPainter, option: QStyleOption, button: QAbstractButton) -> None:
    """A rounded button: the accent for the page's main action, the surface for the rest."""
    scheme = style.current_scheme()
    state = option.state
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    down = bool(state & (QStyle.StateFlag.State_Sunken | QStyle.StateFlag.State_On))
    hovered = enabled and bool(state & QStyle.StateFlag.State_MouseOver)
    primary = enabled and style.is_primary(button)
    if primary:
        fill = edge = QColor(scheme.accent_hover if hovered or down else scheme.accent)
    elif style.is_guide_door(button):  # help has one look: the guide's teal
        fill, edge = QColor(scheme.guide_bg), QColor(scheme.guide_fg)
    elif not enabled:
        fill, edge = QColor(scheme.window), QColor(scheme.card_edge)
    else:
        fill = QColor(scheme.hover if hovered or down else scheme.surface)
        edge = QColor(scheme.accent if hovered else scheme.border)
    box = QRectF(option.rect).adjusted(GAP, GAP, -GAP, -GAP)
    # Soft corners on a button with words; a row-like button (its words are labels inside
    # it, e.g. an explorer's lines) keeps small corners, never a pill.
    corner = option.fontMetrics.height() * 0.45 if button.text() else 4.0
    radius = min(box.height() / 2, max(4.0, corner))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(fill)
    painter.setPen(QPen(edge, 1))
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    if state & QStyle.StateFlag.State_HasFocus and button.text():
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(focus_colour(option.palette), RING))
        ring = QRectF(option.rect).adjusted(RING / 2, RING / 2, -RING / 2, -RING / 2)
        painter.drawRoundedRect(ring, radius + GAP - 1, radius + GAP - 1)
    painter.restore()


def _branch_chevron(painter: QPainter, option: QStyleOption) -> None:
    """A tree's open/closed mark as a chevron sized from the text (Fusion's is 9 px at any
    size): down when open, towards the reading direction when closed."""
    half = max(3.0, option.fontMetrics.height() * 0.22)
    centre = QRectF(option.rect).center()
    if option.state & QStyle.StateFlag.State_Open:
        points = [QPointF(-half, -half / 2), QPointF(0, half / 2), QPointF(half, -half / 2)]
    else:
        way = -1 if option.direction == Qt.LayoutDirection.RightToLeft else 1
        points = [
            QPointF(-half / 2 * way, -half),
            QPointF(half / 2 * way, 0),
            QPointF(-half / 2 * way, half),
        ]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(option.palette.color(QPalette.ColorRole.Text), max(1.5, half / 3))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline([centre + point for point in points])
    painter.restore()


_INKED: dict[tuple[int, int, str], QIcon] = {}


def _inked(icon: QIcon, side: int, ink: QColor) -> QIcon:
    """``icon`` recoloured to ``ink`` (Next's arrow on the accent fill), cached."""
    key = (icon.cacheKey(), side, ink.name())
    if key not in _INKED:
        out = QIcon()
        for ratio in (1, 2):
            source = icon.pixmap(side * ratio, side * ratio)
            tinted = QPixmap(source.size())
            tinted.fill(Qt.GlobalColor.transparent)
            paint = QPainter(tinted)
            paint.drawPixmap(0, 0, source)
            paint.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            paint.fillRect(tinted.rect(), ink)
            paint.end()
            tinted.setDevicePixelRatio(ratio)
            out.addPixmap(tinted)
        if len(_INKED) > 64:
            _INKED.clear()
        _INKED[key] = out
    return _INKED[key]


def install(app: QApplication) -> None:
    """Wrap the current style once (a second call keeps the first wrapper)."""
    if not isinstance(app.style(), ContrastStyle):
        app.setStyle(ContrastStyle(app.style().name()))
