"""What a lesson is once it has been read and checked: its steps, and their answers.

A pack and its topics are in :mod:`.pack_model` (and can still be imported from here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from .pack_model import BUILTIN_KEY, Pack, Topic  # noqa: F401 - where they were first
from .problems import Problem


@dataclass(frozen=True)
class Response:
    """An anticipated not-yet answer and the kind explanation that goes with it."""

    answer: str
    feedback: str


SpecT = TypeVar("SpecT")


@dataclass(frozen=True)
class Step(Generic[SpecT]):
    """One step of a lesson; ``spec`` is what its kind built (``Step[PnlSpec]``, …)."""

    kind: str
    index: int  # 0-based position in the lesson
    id: str  # stable key for progress ("3" when the author gave none)
    body: str = ""
    prompt: str = ""
    hints: tuple[str, ...] = ()
    explain: str = ""
    notes: str = ""
    spec: SpecT = field(kw_only=True)  # what the kind built; None for a read step
    # Does this step ask the learner something? Worked out once, when it is built, by
    # ``StepKind.asks`` (a playground without a task, say, asks nothing).
    is_check: bool = False
    # The language the step is written in: typed numbers are read the way its readers write them.
    language: str = field(default="", kw_only=True)


@dataclass(frozen=True)
class Lesson:
    """One lesson, read and checked: its steps, where it came from, what to mend."""

    id: str
    topic: str
    title: str
    summary: str
    steps: tuple[Step[object], ...]
    file: Path
    language: str
    pack_root: Path
    minutes: int | None = None
    sources: tuple[str, ...] = ()
    objectives: tuple[
        str, ...
    ] = ()  # what the learner can do afterwards (library, facilitator sheet)
    problems: tuple[Problem, ...] = ()  # things to mend that don't stop it opening
    pack_key: str = ""  # whose lesson: progress is kept per (pack, lesson id)
    # A translation's source lesson (the pack's first language), for "show in English".
    original: Lesson | None = field(default=None, compare=False, repr=False)
    # Shown in the pack's first language because the chosen one has no translation yet.
    stand_in: bool = False

    def original_step(self, step_id: str) -> Step[object] | None:
        """The same step in the source language, when this lesson is a translation."""
        if self.original is None:
            return None
        return next((s for s in self.original.steps if s.id == step_id), None)


@dataclass(frozen=True)
class BrokenLesson:
    """A lesson file that can't open yet; the library shows it with its reasons."""

    file: Path
    problems: tuple[Problem, ...]
    language: str = ""
    id: str | None = None
    topic: str | None = None
    title: str | None = None
