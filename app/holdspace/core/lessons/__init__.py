"""Lesson packs: the format educators write, read safely and checked thoroughly."""

from __future__ import annotations

from pathlib import Path

from ..errors import LessonError
from . import archive
from ..practice.answer import Accept, AnswerSpec
from ..practice.choice import Choice, ChoiceSpec
from .kinds import StepKind
from .lesson_file import load_lesson
from .model import BrokenLesson, Lesson, Pack, Response, Step, Topic
from .registry import STEP_KINDS
from .glossary import load_glossary
from .pack import GLOSSARY_FILE, PACK_FILE, open_pack
from .problems import Problem

__all__ = [
    "Accept", "AnswerSpec", "BrokenLesson", "Choice", "ChoiceSpec", "Lesson", "Pack",
    "Problem", "Response", "STEP_KINDS", "Step", "StepKind", "Topic", "load_lesson",
    "open_pack", "validate_path",
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
    if target.name == GLOSSARY_FILE:
        return load_glossary(target, str(path))[1]
    pack_root = _enclosing_pack(target)
    topics = glossary = None
    if pack_root is not None:
        try:
            pack = open_pack(pack_root)
        except LessonError:
            pack = None
        if pack is not None:
            topics = [t.id for t in pack.topics]
            language = target.resolve().relative_to(pack_root).parts[0]
            glossary = pack.glossaries.get(language, pack.glossaries.get(pack.fallback))
    item = load_lesson(target, shown_as=str(path), language="",
                       pack_root=pack_root or target.parent, topics=topics, glossary=glossary)
    return list(item.problems)


def _enclosing_pack(file: Path) -> Path | None:
    """The pack a lone lesson file belongs to, if any (its topics are then checked too)."""
    for parent in list(file.resolve().parents)[:4]:
        if (parent / PACK_FILE).is_file():
            return parent
    return None
