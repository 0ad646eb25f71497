"""A page to read: its text is the whole step, so there is no input below it."""

from __future__ import annotations

from .base import StepWidget


class ReadWidget(StepWidget):
    has_input = False
