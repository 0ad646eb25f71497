"""A small waterfall chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

Bars run across, one per row, so every bar has room for its words: the label on the
leading side, the bar in the middle, the signed amount on the trailing side. Totals stand
on zero; steps float from the running total. The kind of bar is told three ways, never by
colour alone: its words, its sign (+ or −), and its fill (solid, striped or criss-cross),
explained in a small key under the bars. Everything is measured from the font, so the
chart grows with the text size, and it mirrors itself for right-to-left languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .a11y import content_direction

_WRAP = Qt.TextFlag.TextWordWrap
_LABEL_SHARE = 0.42  # the label column takes at most this much of the width


@dataclass(frozen=True)
class ChartBar:
    label: str  # words, e.g. "Fee on the sell"
    amount: str  # the amount as shown, with its sign, e.g. "−$5.00"
    start: Decimal
    end: Decimal
    total: bool  # a running total standing on zero

    @property
    def kind(self) -> str:
        if self.total:
            return "total"
        return "down" if self.end < self.start else "up"


class WaterfallChart(QWidget):
    """Give it bars (already worded) and a spoken description; it draws the rest."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bars: list[ChartBar] = []
        self._range: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Reachable by Tab so a screen reader can land on it and read its description.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    @property
    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def set_bars(self, bars: Sequence[ChartBar], spoken: Sequence[str]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(" ".join([*spoken, *self.key_lines()]))
        self.updateGeometry()
        self.update()

    @property
    def value_range(self) -> tuple[Decimal, Decimal]:
        """The amounts the scale spans: zero, every bar, and any range set from outside."""
        values = [Decimal(0), *self._range] + [v for b in self._bars for v in (b.start, b.end)]
        return min(values), max(values)

    def set_range(self, low: Decimal, high: Decimal) -> None:
        """Widen the scale to at least low..high, so charts side by side compare fairly."""
        self._range = (low, high)
        self.update()

    def key_lines(self) -> list[str]:
        """The key, in words, for the kinds of bar present."""
        words = {
            "total": self.tr("Solid bar: a total, measured from zero."),
            "down": self.tr("Striped bar, with −: takes away from the total."),
            "up": self.tr("Criss-cross bar, with +: adds to the total."),
        }
        present = {bar.kind for bar in self._bars}
        return [words[kind] for kind in ("total", "down", "up") if kind in present]

    # --- measuring --------------------------------------------------------------
    def _pad(self) -> int:
        return max(4, self.fontMetrics().height() // 3)

    def _columns(self, width: int) -> tuple[int, int]:
        """Widths of the label column and of the amount column."""
        metrics, pad = self.fontMetrics(), self._pad()
        labels = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0) + pad
        amounts = max((metrics.horizontalAdvance(b.amount) for b in self._bars), default=0) + pad
        return min(labels, int(width * _LABEL_SHARE)), amounts

    def _row_heights(self, width: int) -> list[int]:
        metrics, pad = self.fontMetrics(), self._pad()
        label_width, _ = self._columns(width)
        return [
            max(metrics.height(), _wrapped_height(metrics, b.label, label_width)) + pad
            for b in self._bars
        ]

    def _key_height(self, width: int) -> int:
        metrics, pad = self.fontMetrics(), self._pad()
        swatch = metrics.height() * 2
        return sum(
            _wrapped_height(metrics, line, max(width - swatch - pad, 1)) + pad // 2
            for line in self.key_lines()
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        pad = self._pad()
        return sum(self._row_heights(width)) + self._key_height(width) + 3 * pad

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.fontMetrics().averageCharWidth() * 44
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        width = self.fontMetrics().averageCharWidth() * 24
        return QSize(width, self.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self.updateGeometry()  # the text size changed: rows grow with it
        super().changeEvent(event)

    # --- drawing ----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette, metrics, pad = self.palette(), self.fontMetrics(), self._pad()
        width = self.width()
        label_width, amount_width = self._columns(width)
        left, right = label_width + pad, width - amount_width - pad
        scale = _Scale(self.value_range, left, max(right, left + 1))
        ink = palette.color(QPalette.ColorRole.WindowText)
        rows, top, last_end = self._row_heights(width), pad, None
        zero_top = top
        for bar, height in zip(self._bars, rows):
            self._text(painter, QRect(0, top, label_width, height), bar.label, leading=True)
            x0, x1 = sorted((scale.x(bar.start), scale.x(bar.end)))
            thick = max(metrics.height() * 2 // 3, 6)
            rect = QRect(x0, top + (height - thick) // 2, max(x1 - x0, 2), thick)
            if last_end is not None:  # a dashed step line joins the bar to the one before
                painter.setPen(QPen(ink, 1, Qt.PenStyle.DashLine))
                x = self._flip_x(scale.x(last_end))
                painter.drawLine(x, top - pad, x, rect.top())
            painter.setPen(QPen(ink, 1))
            painter.setBrush(_brush(bar.kind, palette))
            painter.drawRect(self._flip(rect))
            self._text(
                painter,
                QRect(width - amount_width, top, amount_width, height),
                bar.amount,
                leading=False,
            )
            last_end = bar.end
            top += height
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(
            self._flip_x(scale.x(Decimal(0))), zero_top, self._flip_x(scale.x(Decimal(0))), top
        )
        self._draw_key(painter, top + pad)
        if self.hasFocus():
            painter.setPen(QPen(ink, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _draw_key(self, painter: QPainter, top: int) -> None:
        metrics, pad, palette = self.fontMetrics(), self._pad(), self.palette()
        swatch = metrics.height() * 2
        kinds = [k for k in ("total", "down", "up") if k in {b.kind for b in self._bars}]
        for kind, line in zip(kinds, self.key_lines()):
            text_width = max(self.width() - swatch - pad, 1)
            height = _wrapped_height(metrics, line, text_width)
            box = QRect(
                0,
                top + (metrics.height() - metrics.height() * 2 // 3) // 2,
                swatch - pad,
                metrics.height() * 2 // 3,
            )
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
            painter.setBrush(_brush(kind, palette))
            painter.drawRect(self._flip(box))
            self._text(painter, QRect(swatch, top, text_width, height), line, leading=True)
            top += height + pad // 2

    def _text(self, painter: QPainter, rect: QRect, text: str, *, leading: bool) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        to_left = leading != rtl  # the leading side is the left in LTR, the right in RTL
        side = Qt.AlignmentFlag.AlignLeft if to_left else Qt.AlignmentFlag.AlignRight
        flags = side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter | _WRAP
        painter.save()
        # The words keep their own direction: an English legend keeps its full stop at its end.
        direction = content_direction(text)
        if direction != Qt.LayoutDirection.LayoutDirectionAuto:
            painter.setLayoutDirection(direction)
        painter.drawText(self._flip(rect), int(flags), text)
        painter.restore()

    def _flip(self, rect: QRect) -> QRect:
        """Rectangles are laid out left to right; right-to-left languages get the mirror."""
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return rect
        return QRect(self.width() - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())

    def _flip_x(self, x: int) -> int:
        return self.width() - x if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else x


class _Scale:
    """Maps amounts to x positions between ``left`` and ``right``, zero always inside."""

    def __init__(self, span: tuple[Decimal, Decimal], left: int, right: int):
        self.low, high = span
        self.span = (high - self.low) or Decimal(1)
        self.left, self.right = left, right

    def x(self, value: Decimal) -> int:
        # Decimal stays exact for the money; floats are fine for pixels.
        return self.left + round(float((value - self.low) / self.span) * (self.right - self.left))


def _wrapped_height(metrics: QFontMetrics, text: str, width: int) -> int:
    return metrics.boundingRect(QRect(0, 0, max(width, 1), 10_000), int(_WRAP), text).height()


def _brush(kind: str, palette: QPalette) -> QBrush:
    """Fill patterns tell the kinds apart without relying on colour."""
    if kind == "total":
        return QBrush(palette.color(QPalette.ColorRole.Highlight), Qt.BrushStyle.SolidPattern)
    style = Qt.BrushStyle.BDiagPattern if kind == "down" else Qt.BrushStyle.DiagCrossPattern
    return QBrush(palette.color(QPalette.ColorRole.WindowText), style)
