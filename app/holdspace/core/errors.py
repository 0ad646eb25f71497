"""One root for every error Holdspace raises on purpose."""

from __future__ import annotations


class HoldspaceError(Exception):
    """Something went wrong that we can explain to a person."""


class LessonError(HoldspaceError):
    """A lesson file or pack could not be read or understood."""


class StoreError(HoldspaceError):
    """The progress store could not be opened or written."""


class MarkupError(HoldspaceError):
    """Lesson text could not be turned into safe HTML."""
