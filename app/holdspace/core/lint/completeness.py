"""Completeness (DESIGN §3): every step that asks something has a hint and an explanation.

"Asks something" means its kind has a checker (``StepKind.checker``, so a new
interactive kind is covered the day it is listed), unless the built step asks nothing
this time (``Step.is_check`` is False: a hex playground without a ``task`` is free
play). A lesson that does not validate yet is judged by its ``kind`` alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lessons import STEP_KINDS, Lesson, load_lesson
from ..lessons.problems import Problem
from .texts import Source


def _has_text(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, list) and any(isinstance(v, str) and v.strip() for v in value)


def _free_play(source: Source) -> set[int]:
    """Indexes of steps whose kind has a checker but that ask nothing this time."""
    built = load_lesson(
        source.file,
        shown_as=source.shown_as,
        language=source.language,
        pack_root=source.pack_root or source.file.parent,
    )
    if not isinstance(built, Lesson):
        return set()
    return {step.index for step in built.steps if not step.is_check}


def check(source: Source) -> Iterator[Problem]:
    if source.role != "lesson":
        return
    free = None
    for index, step in source.steps():
        kind = step.get("kind")
        if not isinstance(kind, str) or kind not in STEP_KINDS or STEP_KINDS[kind].checker is None:
            continue
        free = _free_play(source) if free is None else free
        if index in free:
            continue
        path = ("steps", index)
        if not _has_text(step.get("hints")):
            yield source.finding(
                path + ("hints",),
                f"this {kind} step has no hints",
                "add one to three small nudges under `hints:` (hints are free and never "
                "counted; the last one can almost give the answer)",
            )
        if not _has_text(step.get("explain")):
            yield source.finding(
                path + ("explain",),
                f"this {kind} step has no `explain`",
                "add `explain:` saying why the answer is what it is; it is shown after "
                'the learner finds it or presses "show me"',
            )
