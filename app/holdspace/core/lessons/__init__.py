"""Lesson packs: the format educators write, read safely and checked thoroughly."""

from __future__ import annotations

from pathlib import Path

from ..errors import LessonError
from . import archive
from .kinds import STEP_KINDS, StepKind, register
from .lesson_file import load_lesson
from .model import (Accept, AnswerSpec, BrokenLesson, Choice, ChoiceSpec, Lesson, Pack,
                    Response, Step, Topic)
from .pack import PACK_FILE, open_pack
from .problems import Problem

__all__ = [
    "Accept", "AnswerSpec", "BrokenLesson", "Choice", "ChoiceSpec", "Lesson", "Pack",
    "Problem", "Response", "STEP_KINDS", "Step", "StepKind", "Topic", "load_lesson",
    "open_pack", "register", "validate_path",
]


def validate_path(path: Path | str) -> list[Problem]:
    """Every problem in a pack folder or a single lesson file, all at once."""
    target = Path(path)
    if target.is_dir() or archive.is_zip(target):
        try:
            return list(open_pack(target).problems)
        except LessonError as exc:
            problems = getattr(exc, "problems", None)
            if problems:
                return list(problems)
            return [Problem(str(target), 1, 1, "(pack)", str(exc).split(": ", 1)[-1],
                            "point at a folder that holds pack.yaml, or at one lesson file")]
    pack_root = _enclosing_pack(target)
    topics = None
    if pack_root is not None:
        try:
            topics = [t.id for t in open_pack(pack_root).topics]
        except LessonError:
            topics = None
    item = load_lesson(target, shown_as=str(path), language="",
                       pack_root=pack_root or target.parent, topics=topics)
    return list(item.problems) if isinstance(item, BrokenLesson) else []


def _enclosing_pack(file: Path) -> Path | None:
    """The pack a lone lesson file belongs to, if any (its topics are then checked too)."""
    for parent in list(file.resolve().parents)[:4]:
        if (parent / PACK_FILE).is_file():
            return parent
    return None
