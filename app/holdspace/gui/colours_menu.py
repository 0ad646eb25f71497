"""View → Colours: follow the system, light, dark, or high contrast (remembered)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from . import settings as keys
from .style import CHOICES, Look

if TYPE_CHECKING:
    from .window import MainWindow


def _names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "system": translate("ColoursMenu", "&Follow the system"),
        "light": translate("ColoursMenu", "&Light"),
        "dark": translate("ColoursMenu", "&Dark"),
        "high-contrast": translate("ColoursMenu", "&High contrast"),
    }


def build_colours_menu(window: MainWindow, parent: QMenu) -> QMenu | None:
    look = Look.of(QApplication.instance())
    if look is None:
        return None
    menu = parent.addMenu(QCoreApplication.translate("ColoursMenu", "&Colours"))
    group = QActionGroup(menu)
    names = _names()
    for choice in CHOICES:
        action = QAction(names[choice], menu)
        action.setCheckable(True)
        action.setChecked(choice == look.choice)
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _=False, c=choice: choose(window, look, c))
    return menu


def choose(window: MainWindow, look: Look, choice: str) -> None:
    """Apply at once and remember it (a guest session remembers in memory only)."""
    look.set_choice(choice)
    window.settings.set_value(keys.COLOURS, look.choice)
