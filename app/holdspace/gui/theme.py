"""Text size that persists, and a system palette (light or dark) made readable.

Colours come from the system palette. Where a theme's own colours fall short of
WCAG 2.2 AA (placeholders, selected rows, links), the same hue is darkened or
lightened just enough; boundaries and focus rings are drawn by ``contrast_style``
from ``boundary_colour`` and ``focus_colour``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

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
MIN_TEXT_CONTRAST = 4.5  # WCAG 2.2 AA, 1.4.3: text, placeholders included
MIN_UI_CONTRAST = 3.0  # WCAG 2.2 AA, 1.4.11: field borders, radio rings, tick boxes, focus
_DARK_LINK, _DARK_VISITED = "#8ab4f8", "#d7aefb"  # light blue and lilac, for dark backgrounds


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _rgb(colour: QColor) -> tuple[float, float, float]:
    return colour.redF(), colour.greenF(), colour.blueF()


def _over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as it shows over ``background`` (Fusion's placeholder is half-transparent)."""
    alpha = colour.alphaF()
    if alpha >= 1:
        return colour
    mixed = [a * alpha + b * (1 - alpha) for a, b in zip(_rgb(colour), _rgb(background))]
    return QColor.fromRgbF(*mixed)


def contrast(first: QColor, second: QColor) -> float:
    first, second = _over(first, second), _over(second, first)
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(colour: QColor) -> bool:
    return _luminance(colour) < 0.18


def strong_against(colour: QColor, background: QColor, ratio: float) -> QColor:
    """``colour``, darkened (on a light background) or lightened (on a dark one) until
    it reaches ``ratio`` against ``background``; its hue is kept where it can be."""
    colour = _over(QColor(colour), background)
    if contrast(colour, background) >= ratio:
        return colour
    dark = is_dark(background)
    for _ in range(60):
        if dark:
            # lighter() can't lift pure black: mix towards white instead.
            colour = QColor.fromRgbF(*(c + (1 - c) * 0.12 for c in _rgb(colour)))
        else:
            colour = colour.darker(112)
        if contrast(colour, background) >= ratio:
            return colour
    return QColor("white" if dark else "black")


def boundary_colour(palette: QPalette) -> QColor:
    """A field, radio or tick-box edge that stands out 3:1 from both window and field fill."""
    edge = palette.color(QPalette.ColorRole.Mid)
    for background in (
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
    ):
        edge = strong_against(edge, background, MIN_UI_CONTRAST + 0.1)
    return edge


def focus_colour(palette: QPalette) -> QColor:
    """The theme's highlight, strong enough (3:1) on the window and on fields."""
    ring = palette.color(QPalette.ColorRole.Highlight)
    for background in (
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
    ):
        ring = strong_against(ring, background, MIN_UI_CONTRAST + 0.1)
    return ring


def readable_palette(palette: QPalette) -> QPalette | None:
    """A copy of ``palette`` with readable links, placeholders and selected rows, or None
    if it already has them."""
    fixed = readable_links(palette) or QPalette(palette)
    base = fixed.color(QPalette.ColorRole.Base)
    placeholder = strong_against(
        fixed.color(QPalette.ColorRole.PlaceholderText), base, MIN_TEXT_CONTRAST + 0.1
    )
    chosen_text = fixed.color(QPalette.ColorRole.HighlightedText)
    chosen = strong_against(
        fixed.color(QPalette.ColorRole.Highlight), chosen_text, MIN_TEXT_CONTRAST + 0.1
    )
    changed = readable_links(palette) is not None
    for role, colour in (
        (QPalette.ColorRole.PlaceholderText, placeholder),
        (QPalette.ColorRole.Highlight, chosen),
    ):
        if fixed.color(role) != colour:
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                fixed.setColor(group, role, colour)
            changed = True
    return fixed if changed else None


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
    """Keeps links, placeholders and selections readable now and whenever the system
    palette changes (light ⇄ dark)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self.apply()
        app.paletteChanged.connect(self.apply)  # a signal: no filter on every event

    def apply(self, *_args) -> None:
        fixed = readable_palette(self._app.palette())
        if fixed is not None:  # settles at once: a fixed palette needs no second fix
            self._app.setPalette(fixed)


def grow_marks(buttons: list, font_owner: QWidget) -> None:
    """Radio and tick marks as tall as the text (the style draws them at 13 px at any size).

    Only for buttons that carry no words of their own (their words are a separate label):
    a style sheet stops a widget's own text from following Ctrl+=, so it must never sit
    on a button with text.
    """
    side = max(13, font_owner.fontMetrics().height() * 3 // 4)
    for button in buttons:
        kind = "QRadioButton" if isinstance(button, QRadioButton) else "QCheckBox"
        button.setStyleSheet(f"{kind}::indicator {{ width: {side}px; height: {side}px; }}")
