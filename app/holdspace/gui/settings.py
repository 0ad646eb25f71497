"""Window and reading preferences (text size, geometry), never learning data.

Kept in an INI file beside the progress store, so ``HOLDSPACE_HOME`` moves
both. A guest session keeps them in memory only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..core import paths

TEXT_SCALE = "view/text_scale"
GEOMETRY = "window/geometry"
LANGUAGE = "view/language"  # the interface and lesson language the learner picked
COLOURS = "view/colours"  # system, light, dark or high-contrast (gui.style.CHOICES)


class Settings:
    def __init__(self, *, guest: bool = False):
        self._memory: dict[str, Any] | None = {} if guest else None
        self._qsettings = (
            None if guest else QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
        )

    def value(self, key: str, default: Any = None) -> Any:
        if self._memory is not None:
            return self._memory.get(key, default)
        return self._qsettings.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        if self._memory is not None:
            self._memory[key] = value
            return
        self._qsettings.setValue(key, value)
        self._qsettings.sync()

    def text_scale(self) -> float:
        try:
            return min(max(float(self.value(TEXT_SCALE, 1.0)), 0.8), 3.0)
        except (TypeError, ValueError):
            return 1.0

    def geometry(self) -> QByteArray | None:
        value = self.value(GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def flag(self, key: str) -> bool:
        return str(self.value(key, "false")).lower() == "true"
