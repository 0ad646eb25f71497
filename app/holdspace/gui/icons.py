"""Holdspace's own icons (assets/icons/*.svg), drawn in the colour of the current scheme.

The SVGs use ``currentColor`` for their ink, so one file serves light, dark and high
contrast: the colour is filled in here before Qt renders it. They are our own files
(packs never reach this path), so rendering them with QSvgRenderer is safe.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from . import resources
from .style import current_scheme

TOPICS = ("hexadecimal", "explorers", "pnl", "self-custody")
FEEDBACK = ("ok", "notyet", "hint", "answer")


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    return resources.icon_path(f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, colour: str, size: int, ratio: float = 1.0) -> QPixmap:
    """``name`` (e.g. "topics/pnl" or "feedback/ok") at ``size`` logical pixels, inked ``colour``."""
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    side = max(1, round(size * ratio))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    result = QPixmap.fromImage(image)
    result.setDevicePixelRatio(ratio)
    return result


def icon(name: str, colour: str, size: int = 24, selected: str | None = None) -> QIcon:
    """A QIcon of ``name``, sharp at 1x and 2x screens; ``selected``: its ink on a picked row."""
    out = QIcon()
    for ratio in (1.0, 2.0):
        out.addPixmap(pixmap(name, colour, size, ratio))
        if selected:
            out.addPixmap(pixmap(name, selected, size, ratio), QIcon.Mode.Selected)
    return out


def topic_icon_name(topic_id: str) -> str | None:
    """The icon for one of the built-in topics; a pack's own topics have none."""
    return f"topics/{topic_id}" if topic_id in TOPICS else None


def ink_step_arrows(back: QAbstractButton, forward: QAbstractButton) -> None:
    """Our own arrows on Back and Next, in the buttons' own ink (stock ones vanish on black).

    They point the way of reading: in a right-to-left layout "back" points right."""
    rtl = back.layoutDirection() == Qt.LayoutDirection.RightToLeft
    ink = current_scheme().text  # set before the new palette reaches the buttons
    for button, name in (
        (back, "arrows/right" if rtl else "arrows/left"),
        (forward, "arrows/left" if rtl else "arrows/right"),
    ):
        arrow = button.findChild(_FollowText)
        if arrow is None:
            arrow = _FollowText(button)
            button.installEventFilter(arrow)
        arrow.name, arrow.ink = name, ink
        arrow.fit(button)


class _FollowText(QObject):
    """Keeps a button's arrow as large as its words when the text size changes (200 %,
    presenter mode). Drawn again at each size: a QIcon never scales its pixmaps up, so an
    arrow drawn at 16 px stayed that small beside large words."""

    name = ""
    ink = ""
    _made: tuple[str, str, int] | None = None

    def fit(self, button: QAbstractButton) -> None:
        side = max(16, round(button.fontMetrics().height() * 0.8))
        if (self.name, self.ink, side) != self._made:  # drawn once per size and colour
            self._made = (self.name, self.ink, side)
            button.setIconSize(QSize(side, side))
            button.setIcon(icon(self.name, self.ink, side))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QAbstractButton):
            self.fit(watched)
        return False
