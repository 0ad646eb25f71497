"""Text size that persists. Colours come from the system palette (light or dark), never set here."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

MIN_SCALE, MAX_SCALE, STEP = 0.8, 3.0, 0.1
MIN_BASE_POINTS = 11.0  # people who read slowly deserve a comfortable default


class TextSize:
    """Scales the application font from the size the system gave us at start-up."""

    def __init__(self, app: QApplication, scale: float = 1.0):
        self._app = app
        self._base: QFont = QFont(app.font())
        self.scale = 1.0
        self.set(scale)

    def set(self, scale: float) -> float:
        self.scale = round(min(max(scale, MIN_SCALE), MAX_SCALE), 2)
        font = QFont(self._base)
        size = max(self._base.pointSizeF(), MIN_BASE_POINTS)
        font.setPointSizeF(size * self.scale)
        self._app.setFont(font)
        return self.scale

    def larger(self) -> float:
        return self.set(self.scale + STEP)

    def smaller(self) -> float:
        return self.set(self.scale - STEP)

    def reset(self) -> float:
        return self.set(1.0)



# --- links that can be read on any palette ------------------------------------------

MIN_LINK_CONTRAST = 4.5  # WCAG AA for body text
_DARK_LINK, _DARK_VISITED = "#8ab4f8", "#d7aefb"  # light blue and lilac, for dark backgrounds


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_links(palette: QPalette) -> QPalette | None:
    """A copy of ``palette`` with legible link colours, or None if they already are.

    Some dark themes keep Qt's default pure blue links, which nearly vanish on a dark
    background; glossary terms and web links must stay readable."""
    base = palette.color(QPalette.ColorRole.Base)
    if contrast(palette.color(QPalette.ColorRole.Link), base) >= MIN_LINK_CONTRAST:
        return None
    fixed = QPalette(palette)
    dark = _luminance(base) < 0.2
    fixed.setColor(QPalette.ColorRole.Link, QColor(_DARK_LINK if dark else "#0b57d0"))
    fixed.setColor(QPalette.ColorRole.LinkVisited, QColor(_DARK_VISITED if dark else "#6a1b9a"))
    return fixed


class LinkColours(QObject):
    """Keeps links readable now and whenever the system palette changes (light ⇄ dark)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self.apply()
        app.paletteChanged.connect(self.apply)  # a signal: no filter on every event

    def apply(self, *_args) -> None:
        fixed = readable_links(self._app.palette())
        if fixed is not None:  # settles at once: a fixed palette needs no second fix
            self._app.setPalette(fixed)
