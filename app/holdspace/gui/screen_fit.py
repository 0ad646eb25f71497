"""Keep a window inside the screen's available area (small laptops, netbooks, projectors).

Saved geometry may come from a larger monitor, and the default size may be taller
than a 1024×600 screen; either way Back, Check and Next must stay on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(960, 680)
FRAME_ALLOWANCE = QSize(16, 48)  # title bar and borders, before the window manager says


def available(window: QWidget) -> QRect:
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink and move ``window`` (frame included) so that all of it is inside ``area``."""
    area = area if area is not None else available(window)
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    if window.isVisible() and extra.height() <= 0:
        extra = QSize(0, 0)  # no window manager frame (offscreen, some kiosks)
    elif not window.isVisible():
        extra = extra.expandedTo(FRAME_ALLOWANCE)
    room = QSize(max(area.width() - extra.width(), 1), max(area.height() - extra.height(), 1))
    # A minimum size must never hold the window taller than the screen.
    window.setMinimumSize(window.minimumSize().boundedTo(room))
    window.resize(window.size().boundedTo(room))
    x = min(max(window.x(), area.left()), area.right() + 1 - window.width() - extra.width())
    y = min(max(window.y(), area.top()), area.bottom() + 1 - window.height() - extra.height())
    window.move(max(x, area.left()), max(y, area.top()))
