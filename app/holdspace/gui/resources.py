"""Where the GUI finds its shipped files (icons, translations, styles)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from ..core import paths


def icon_path(name: str) -> Path:
    return paths.assets_dir() / "icons" / name


def app_icon() -> QIcon:
    path = icon_path("holdspace.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def i18n_dir() -> Path:
    return paths.assets_dir() / "i18n"
