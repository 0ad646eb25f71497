"""One root for every error Holdspace raises on purpose."""

from __future__ import annotations


class HoldspaceError(Exception):
    """Something went wrong that we can explain to a person."""


class LessonError(HoldspaceError):
    """A lesson file or pack could not be read or understood."""


class PackError(LessonError):
    """A lesson pack as a whole could not be opened; ``problems`` say where and why."""

    def __init__(self, message: str, problems: list | None = None):
        super().__init__(message)
        self.problems = list(problems or [])


class StoreError(HoldspaceError):
    """The progress store could not be opened or written."""


class MarkupError(HoldspaceError):
    """Lesson text could not be turned into safe HTML."""
