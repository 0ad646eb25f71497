"""Pick lessons to print: a whole pack, some of its lessons by id, or one lesson file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import LessonError
from . import archive
from .lesson_file import load_lesson
from .model import BrokenLesson, Lesson, Pack
from .pack import PACK_FILE, open_pack


class LessonChoiceError(LessonError):
    """Nothing printable was found; the message says what to change."""


def choose_lessons(
    path: Path, language: str | None, ids: Sequence[str] = ()
) -> tuple[Pack | None, list[Lesson]]:
    target = Path(path)
    if not target.exists():
        raise LessonChoiceError("there is nothing at this path — check the spelling")
    if target.is_dir() or archive.is_zip(target):
        whole = open_pack(target, language)
        return whole, _by_id(whole, whole.lessons, ids)
    root = enclosing_pack(target)
    pack = open_pack(root, language) if root is not None else None
    if pack is not None:
        mine = [x for x in pack.lessons if x.file.resolve() == target.resolve()]
        broken = [b for b in pack.broken if b.file.resolve() == target.resolve()]
    else:
        item = load_lesson(target, shown_as=str(target), language="", pack_root=target.parent)
        mine = [item] if isinstance(item, Lesson) else []
        broken = [item] if isinstance(item, BrokenLesson) else []
    if broken:
        raise LessonChoiceError("this lesson can't open yet; `holdspace validate` says why")
    if not mine and pack is not None:  # another language was asked for: print that one
        mine = [x for x in pack.lessons if x.file.stem == target.stem]
    return pack, _by_id(pack, mine, ids)


def _by_id(pack: Pack | None, lessons: list[Lesson], ids: Sequence[str]) -> list[Lesson]:
    if not ids:
        if not lessons:
            raise LessonChoiceError("no lesson here opens yet; `holdspace validate` says why")
        return list(lessons)
    known = {x.id: x for x in (pack.lessons if pack else lessons)}
    missing = [i for i in ids if i not in known]
    if missing:
        raise LessonChoiceError(
            f"no lesson has the id {', '.join(missing)} — `holdspace list` shows the ids"
        )
    return [known[i] for i in ids]


def enclosing_pack(file: Path) -> Path | None:
    """The pack a lone lesson file belongs to, if any."""
    for parent in list(file.resolve().parents)[:4]:
        if (parent / PACK_FILE).is_file():
            return parent
    return None
