"""Which lesson the home offers to pick up ("Pick up where you left off").

Once every lesson is checked the offer comes from the lessons themselves. Before that
(the home is drawn from pack.yaml, see ``core.lessons.catalog``) it comes from the
progress store and the lesson's own file; the window asks again once the lessons are
checked, and the card keeps or changes its words then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..core.errors import StoreError

if TYPE_CHECKING:
    from ..core.lessons import Lesson, Pack
    from ..core.progress import ProgressStore


class Offer(NamedTuple):
    """What the resume card says: the lesson, and the step (from 0) to go back to."""

    lesson_id: str
    title: str
    step: int
    total: int


def _guides(packs: list[Pack]) -> set[tuple[str, str]]:
    """A glance at the mistake guide must not push the learner's lesson aside."""
    return {(pack.key, lesson_id) for pack in packs for lesson_id in pack.guides.values()}


def from_lessons(store: ProgressStore, packs: list[Pack]) -> tuple[Offer | None, Lesson | None]:
    """The offer among the checked lessons, and the lesson it names."""
    guides = _guides(packs)
    lessons = {(x.pack_key, x.id): x for pack in packs for x in pack.lessons}
    try:
        candidate = store.resume_among(key for key in lessons if key not in guides)
    except StoreError:
        return None, None
    lesson = lessons.get((candidate.pack, candidate.lesson_id)) if candidate else None
    if candidate is None or lesson is None:
        return None, None
    total = len(lesson.steps)
    return Offer(lesson.id, lesson.title, min(candidate.last_step, total - 1), total), lesson


def before_check(store: ProgressStore, heads: list[Pack]) -> Offer | None:
    """The offer before the lessons are checked: the learner's last lesson, as its file
    says, if one of the packs shown holds it (else the card waits for the check)."""
    from ..core.lessons.catalog import lesson_entry

    try:
        candidate = store.resume_except(_guides(heads))
    except StoreError:
        return None
    pack = next((p for p in heads if candidate and p.key == candidate.pack), None)
    entry = lesson_entry(pack, candidate.lesson_id) if pack and candidate else None
    if candidate is None or entry is None:
        return None
    return Offer(
        candidate.lesson_id, entry.title, min(candidate.last_step, entry.steps - 1), entry.steps
    )
