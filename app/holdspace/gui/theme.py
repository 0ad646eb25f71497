"""Text size that persists. Colours come from the system palette (light or dark), never set here."""

from __future__ import annotations

from PySide6.QtGui import QFont
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

