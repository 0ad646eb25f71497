"""Hostile-input tests share the real window's fixtures with the GUI tests."""

from gui.conftest import make_window, notices  # noqa: F401  (pytest finds fixtures by name)
