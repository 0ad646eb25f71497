"""One widget per step kind, keyed by the same ``kind`` string as the core's checkers.

Each module in this package names the kind it shows (``KIND``) and its widget
class (``WIDGET``). They are found by listing the package on first use, so the
app's start pays for none of them and adding a kind adds a file and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import StepWidget

_WIDGETS: dict[str, type[StepWidget]] = {}


def widgets() -> dict[str, type[StepWidget]]:
    if not _WIDGETS:
        for info in pkgutil.iter_modules(__path__):
            module = importlib.import_module(f"{__name__}.{info.name}")
            kind, widget = getattr(module, "KIND", None), getattr(module, "WIDGET", None)
            if kind and widget:
                _WIDGETS[kind] = widget
    return _WIDGETS


def widget_for(kind: str) -> type[StepWidget]:
    return widgets()[kind]


__all__ = ["StepWidget", "widget_for", "widgets"]
