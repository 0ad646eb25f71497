"""Applies a colour scheme to the whole app: a QPalette plus one small stylesheet.

The scheme follows the system's light or dark setting unless the learner picked one
(View → Colours); "high contrast" is always a choice of theirs. Sizes in the stylesheet
are computed from the current font, so tick boxes, radio marks and focus rings grow with
the text (Ctrl+=) instead of staying at 13 pixels.

Widgets opt in to the shared look by a dynamic property, never by their own colours:
``role="card"`` (a rounded sheet), ``primary=true`` (the one main button of a view),
``feedback="ok|notyet|hint|answer"``, ``guide=true`` (the calm help style).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .colours import DARK, HIGH_CONTRAST, LIGHT, SCHEMES, Scheme

SYSTEM = "system"
CHOICES = (SYSTEM, LIGHT.name, DARK.name, HIGH_CONTRAST.name)


def system_scheme() -> Scheme:
    """Light or dark, as the desktop says (Qt 6.5+); light when it can't tell."""
    hints = QGuiApplication.styleHints()
    dark = hints.colorScheme() == Qt.ColorScheme.Dark
    return DARK if dark else LIGHT


def resolve(choice: str) -> Scheme:
    return SCHEMES.get(choice) or system_scheme()


def palette_for(scheme: Scheme) -> QPalette:
    """A full QPalette, so widgets that draw themselves (Fusion) use the same colours."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    pairs = {
        role.Window: scheme.window, role.WindowText: scheme.text, role.Base: scheme.surface,
        role.AlternateBase: scheme.window, role.Text: scheme.text, role.Button: scheme.surface,
        role.ButtonText: scheme.text, role.Highlight: scheme.accent,
        role.HighlightedText: scheme.on_accent, role.ToolTipBase: scheme.surface,
        role.ToolTipText: scheme.text, role.PlaceholderText: scheme.placeholder,
        role.Link: scheme.accent, role.LinkVisited: scheme.answer_fg, role.Mid: scheme.border,
        role.Dark: scheme.border, role.Light: scheme.surface, role.BrightText: scheme.text,
    }
    for which, colour in pairs.items():
        palette.setColor(which, QColor(colour))
    for which in (role.Text, role.WindowText, role.ButtonText):   # dimmed, still readable
        palette.setColor(group.Disabled, which, QColor(scheme.muted))
    return palette


def stylesheet(scheme: Scheme, font_px: int) -> str:
    """The shared look, sized from the font: marks and rings grow with the text."""
    mark = max(16, round(font_px * 1.15))
    ring = 2 if font_px < 20 else 3
    radius = max(8, font_px // 2)
    pad = max(6, font_px // 2)
    s = scheme
    feedback = "".join(
        f"*[feedback=\"{name}\"] {{ background: {bg}; color: {fg}; border: 2px {line} {edge};"
        f" border-radius: {radius}px; padding: {pad}px; }}\n"
        for name, bg, fg, edge, line in (
            ("ok", s.ok_bg, s.ok_fg, s.ok_edge, "solid"),
            ("notyet", s.notyet_bg, s.notyet_fg, s.notyet_edge, "dashed"),
            ("hint", s.hint_bg, s.hint_fg, s.hint_edge, "dotted"),
            ("answer", s.answer_bg, s.answer_fg, s.answer_edge, "solid")))
    return f"""
*[role="card"] {{ background: {s.surface}; border: 1px solid {s.border};
                 border-radius: {radius + 4}px; padding: {pad}px; }}
*[guide="true"] {{ background: {s.guide_bg}; color: {s.guide_fg}; }}
QPushButton {{ background: {s.surface}; color: {s.text}; border: 1px solid {s.border};
              border-radius: {radius}px; padding: {pad // 2}px {pad * 2}px; min-height: {mark}px; }}
QPushButton[primary="true"] {{ background: {s.accent}; color: {s.on_accent};
                               border-color: {s.accent}; font-weight: bold; }}
QPushButton:disabled {{ color: {s.muted}; border-style: dashed; }}
QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QTreeView:focus, QListView:focus, QAbstractScrollArea:focus {{
    border: {ring + 1}px solid {s.accent}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox {{
    background: {s.surface}; color: {s.text}; border: 1px solid {s.border};
    border-radius: {radius // 2}px; padding: {pad // 2}px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {mark}px; height: {mark}px; }}
QRadioButton:focus, QCheckBox:focus {{ outline: {ring}px solid {s.accent}; }}
{feedback}"""


class Look(QObject):
    """Keeps the app in the chosen scheme, and in step with the system's light/dark switch."""

    def __init__(self, app: QApplication, choice: str = SYSTEM):
        super().__init__(app)
        self._app = app
        self.choice = choice if choice in CHOICES else SYSTEM
        self.scheme = resolve(self.choice)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def set_choice(self, choice: str) -> Scheme:
        self.choice = choice if choice in CHOICES else SYSTEM
        return self.apply()

    def apply(self) -> Scheme:
        """Palette and stylesheet for the current scheme and font size."""
        self.scheme = resolve(self.choice)
        self._app.setPalette(palette_for(self.scheme))
        font_px = QFontMetrics(self._app.font()).height()
        self._app.setStyleSheet(stylesheet(self.scheme, font_px))
        return self.scheme

    def _system_changed(self, *_args) -> None:
        if self.choice == SYSTEM:
            self.apply()
