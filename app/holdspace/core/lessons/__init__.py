"""Lesson packs: the format educators write, read safely and checked thoroughly."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import LessonError, PackError

if TYPE_CHECKING:
    from ..practice.answer import Accept, AnswerSpec
    from ..practice.choice import Choice, ChoiceSpec
    from .glossary import Glossary
    from .kinds import StepKind
    from .lesson_file import load_lesson
    from .model import BrokenLesson, Lesson, Pack, Response, Step, Topic
    from .pack import open_pack
    from .problems import Problem
    from .registry import STEP_KINDS

# Each name is loaded from its module on first use. Reading a submodule (the model, a
# file fingerprint) must not pull in every step kind, YAML and the checks: the window
# is drawn before the lessons are read, and start-up time is what a learner feels.
_WHERE = {
    "Accept": "..practice.answer",
    "AnswerSpec": "..practice.answer",
    "Choice": "..practice.choice",
    "ChoiceSpec": "..practice.choice",
    "Glossary": ".glossary",
    "StepKind": ".kinds",
    "load_lesson": ".lesson_file",
    "BrokenLesson": ".model",
    "Lesson": ".model",
    "Pack": ".pack_model",
    "Response": ".model",
    "Step": ".model",
    "Topic": ".pack_model",
    "open_pack": ".pack",
    "Problem": ".problems",
    "STEP_KINDS": ".registry",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name], __name__), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value


__all__ = [
    "STEP_KINDS",
    "Accept",
    "AnswerSpec",
    "BrokenLesson",
    "Choice",
    "ChoiceSpec",
    "Lesson",
    "Pack",
    "Problem",
    "Response",
    "Step",
    "StepKind",
    "Topic",
    "builtin_id_reuse",
    "enclosing_pack",
    "load_lesson",
    "open_pack",
    "validate_path",
]


def validate_path(path: Path | str) -> list[Problem]:
    """Every problem in a pack folder or a single lesson file, all at once. Never raises."""
    from .problems import Problem

    target = Path(path)
    try:
        return _validate(target)
    except Exception as exc:  # noqa: BLE001 - the last line: validate names the file, never a traceback
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        return [
            Problem(
                str(target),
                1,
                1,
                "(file)",
                f"this could not be read ({reason})",
                "check that the path exists and you may read it",
            )
        ]


def _validate(target: Path) -> list[Problem]:
    from . import archive
    from .glossary import load_glossary
    from .lesson_file import load_lesson
    from .pack import GLOSSARY_FILE, open_pack
    from .problems import Problem

    if target.is_dir() or archive.is_zip(target):
        try:
            whole = open_pack(target)
        except PackError as exc:
            if exc.problems:
                return list(exc.problems)
            message, _, fix = str(exc).split(": ", 1)[-1].partition(" — ")
            return [
                Problem(
                    str(target),
                    1,
                    1,
                    "(pack)",
                    message,
                    fix or "point at a folder that holds pack.yaml, or at one lesson file",
                )
            ]
        return list(whole.problems) + builtin_id_reuse(whole) + translation_problems(whole)
    if target.name == GLOSSARY_FILE:
        return load_glossary(target, str(target))[1]
    pack_root = enclosing_pack(target)
    topics: list[str] | None = None
    glossary: Glossary | None = None
    pack: Pack | None = None
    if pack_root is not None:
        try:
            pack = open_pack(pack_root)
        except LessonError:
            pack = None
        if pack is not None:
            topics = [t.id for t in pack.topics]
            language = target.resolve().relative_to(pack_root).parts[0]
            glossary = pack.glossaries.get(language, pack.glossaries.get(pack.fallback))
    item = load_lesson(
        target,
        shown_as=str(target),
        language="",
        pack_root=pack_root or target.parent,
        topics=topics,
        glossary=glossary,
    )
    return list(item.problems) + _against_source(target, pack_root, pack)


def _against_source(target: Path, pack_root: Path | None, pack: Pack | None) -> list[Problem]:
    """A lone translated lesson is compared with its source, as in a whole pack."""
    from .translation import check_translation, source_of

    if pack_root is None or pack is None:
        return []
    file = target.resolve()
    if file.relative_to(pack_root).parts[0] == pack.fallback:
        return []
    source = source_of(pack_root, file, pack.fallback)
    return check_translation(source, file, str(target)) if source.is_file() else []


def translation_problems(pack: Pack) -> list[Problem]:
    """Each translated lesson against its source: ids, kinds, answers, numbers kept."""
    from .translation import check_translations

    if len(pack.languages) < 2:
        return []
    return check_translations(pack.root, pack.languages, pack.label)


def builtin_id_reuse(pack: Pack) -> list[Problem]:
    """A warning for each lesson that takes an id the built-in pack already uses.

    Progress is kept apart per pack, but two lessons with one id are easy to mix up
    in a learner's head, in a facilitator's notes and in a guide's link.
    """
    from .. import paths
    from .pack import open_pack
    from .pack_model import BUILTIN_KEY
    from .problems import Problem

    if pack.key == BUILTIN_KEY:
        return []

    try:
        builtin = {x.id for x in open_pack(paths.builtin_pack_dir()).lessons}
    except LessonError:
        return []
    found = []
    for lesson in pack.lessons:
        if lesson.id in builtin:
            shown = pack.shown_as(lesson.file)
            found.append(
                Problem(
                    shown,
                    1,
                    1,
                    "id",
                    f"the id `{lesson.id}` is also the id of a "
                    "lesson that comes with Holdspace (progress is kept apart, but "
                    "learners and facilitators may mix the two up)",
                    "give the lesson an id of its own, e.g. starting with your pack's name",
                )
            )
    return found


def enclosing_pack(file: Path) -> Path | None:
    """The pack a lone lesson file belongs to, if any (its topics are then checked too)."""
    from .pack import PACK_FILE

    for parent in list(file.resolve().parents)[:4]:
        if (parent / PACK_FILE).is_file():
            return parent
    return None
