"""What the progress store hands back: plain frozen records, never live rows.

Kept apart from the store's queries; :mod:`holdspace.core.progress` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from holdspace.core.identity import BUILTIN_PACK


@dataclass(frozen=True)
class LessonProgress:
    lesson_id: str
    started_at: str | None
    last_step: int
    explored_at: str | None
    updated_at: str
    pack: str = BUILTIN_PACK


@dataclass(frozen=True)
class StepProgress:
    lesson_id: str
    step_id: str
    attempts: int
    used_hint: bool
    used_show_me: bool
    solved: bool
    pack: str = BUILTIN_PACK


@dataclass(frozen=True)
class Recovery:
    moved_to: Path
    reason: str


def step_from_row(row: tuple[Any, ...]) -> StepProgress:
    lesson_id, step_id, attempts, hint, show_me, solved, pack = row
    return StepProgress(lesson_id, step_id, attempts, bool(hint), bool(show_me), bool(solved), pack)
