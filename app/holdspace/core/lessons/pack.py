"""Open a lesson pack: ``pack.yaml`` plus one folder of lessons per language.

A pack with broken lessons still opens: each broken file becomes a
``BrokenLesson`` carrying its reasons, and every other lesson works.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LessonError, PackError
from . import archive
from .documents import read_document
from .fields import Rule, as_list, check_fields, check_value
from .pack_model import BUILTIN_KEY, Pack, Topic
from .problems import Problem, Report
from .walk import GLOSSARY_FILE, MAX_LESSON_FILES, lesson_files, regular_file_inside

if TYPE_CHECKING:  # the home reads pack.yaml with this module before any lesson or glossary
    from .glossary import Glossary
    from .model import Lesson

__all__ = [
    "GLOSSARY_FILE",
    "MAX_LESSON_FILES",
    "PACK_FILE",
    "glossary_file",
    "lesson_files",
    "open_head",
    "open_pack",
]

PACK_FILE = "pack.yaml"
LANGUAGE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")

PACK_RULES = {
    "format": Rule("int", required=True, minimum=1, maximum=1),
    "name": Rule("localized", required=True),
    "languages": Rule("text_list", required=True),
    "topics": Rule("list", required=True, minimum=1),
    "description": Rule("localized"),
    "author": Rule("text"),
    "version": Rule("text"),
    "guides": Rule("mapping"),
}
# Lessons the app offers from every screen, by role; "mistake" is the calm
# "I think I made a mistake" guide behind the always-visible button.
GUIDE_ROLES = ("mistake",)
TOPIC_RULES = {
    "id": Rule("id", required=True),
    "title": Rule("localized"),
    "summary": Rule("localized"),
}


def _localized(value: object) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items() if isinstance(v, str)}
    return {"": value} if isinstance(value, str) else {}


def _pick(texts: dict[str, str], *languages: str) -> str:
    for lang in (*languages, ""):
        if texts.get(lang):
            return texts[lang]
    return next(iter(texts.values()), "")


def _read_meta(
    root: Path, report: Report
) -> tuple[str, tuple[str, ...], tuple[Topic, ...], dict[str, str], str] | None:
    doc = read_document(root / PACK_FILE, report)
    if doc is None:
        return None
    if not isinstance(doc.data, dict):
        report.add(
            (),
            "pack.yaml must be a set of fields (format:, name:, languages:, topics:)",
            "see lessons/README.md for an example",
        )
        return None
    good = check_fields(report, (), doc.data, PACK_RULES, what="pack")
    languages = _read_languages(report, good)
    topics = _read_topics(report, good.get("topics", []))
    if not languages or "topics" not in good or not topics:
        return None
    names = _localized(good.get("name"))
    # Progress is kept per pack: the key must not change with the language chosen.
    key = "pack:" + _pick(names, languages[0]) + "|" + str(good.get("author", ""))
    guides = _read_guides(report, good.get("guides", {}))
    return _pick(names, *languages), languages, topics, guides, key


def _read_languages(report: Report, good: dict) -> tuple[str, ...]:
    """Only real language codes are kept: each one names a folder inside the pack."""
    if "languages" not in good:
        return ()
    kept: list[str] = []
    for index, lang in enumerate(as_list(good["languages"])):
        if not LANGUAGE.fullmatch(lang):
            report.add(
                ("languages", index),
                f"`{lang}` is not a language code",
                "use short codes such as en, fr, pt-BR",
            )
        elif lang not in kept:
            kept.append(lang)
    if not kept:
        report.add(
            ("languages",),
            "the pack lists no language its lessons are written in",
            "list at least one, for example `languages: [en]`",
        )
    return tuple(kept)


def _read_guides(report: Report, raw: dict) -> dict[str, str]:
    guides: dict[str, str] = {}
    for role, lesson_id in raw.items():
        if role not in GUIDE_ROLES:
            report.add(
                ("guides", role),
                f"unknown guide `{role}`",
                f"a pack may name these guides: {', '.join(GUIDE_ROLES)}",
                at_key=True,
            )
        elif check_value(report, ("guides", role), lesson_id, Rule("id")):
            guides[role] = lesson_id
    return guides


def _read_topics(report: Report, raw: list) -> tuple[Topic, ...]:
    topics: list[Topic] = []
    for index, item in enumerate(raw):
        path = ("topics", index)
        if not check_value(report, path, item, Rule("mapping")):
            continue
        good = check_fields(report, path, item, TOPIC_RULES, what="topic")
        if "id" not in good:
            continue
        if any(t.id == good["id"] for t in topics):
            report.add(
                path + ("id",), f"the topic `{good['id']}` is listed twice", "list each topic once"
            )
            continue
        titles = _localized(good.get("title")) or {"": good["id"].replace("-", " ").capitalize()}
        topics.append(Topic(good["id"], titles, _localized(good.get("summary"))))
    return tuple(topics)


def open_pack(
    path: Path | str, language: str | None = None, *, every_language: bool = True
) -> Pack:
    """Read a pack folder or .zip.

    ``every_language=False`` reads and checks only what this reading shows: the chosen
    language and the fallback (the app; switching language opens the pack again).
    ``pack.problems`` then covers those languages only; ``validate`` reads them all.
    Raises ``PackError`` (a ``LessonError``) when the pack itself can't open, and
    nothing else: whatever a stranger's pack holds, the caller gets a reason in words.
    """
    try:
        return _open(path, language, every_language)
    except LessonError:
        raise
    except Exception as exc:  # noqa: BLE001 - a trust boundary: anything else becomes a kind reason
        raise PackError(f"{path}: this lesson pack could not be read ({_reason(exc)})") from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, (RecursionError, MemoryError)):
        return "it is built too deep or too large to read"
    return type(exc).__name__


def _open(path: Path | str, language: str | None, every_language: bool) -> Pack:
    pack, report = open_head(path, language)
    _check_language_folders(pack, report)
    reading = pack.languages if every_language else wanted_languages(pack)
    glossary_problems = _load_glossaries(pack, reading)
    lesson_problems = _load_lessons(pack, report, reading)
    _check_guides(pack, report)
    pack.problems = _assemble(pack, report.problems, glossary_problems, lesson_problems)
    return pack


def open_head(path: Path | str, language: str | None = None) -> tuple[Pack, Report]:
    """The pack as pack.yaml describes it (name, languages, topics, guides), no lessons.

    Raises ``PackError`` when pack.yaml can't be read; its other problems are in the
    report. Reading it needs no step kind, which is why the home's topics can be drawn
    before any lesson is checked (``catalog``).
    """
    root = Path(path).expanduser().resolve()
    label = root.name  # how files are named in messages
    if archive.is_zip(root):
        root = archive.unpack(root)
        label = Path(path).name
    if not root.is_dir():
        raise PackError(f"{path}: this is not a folder with a lesson pack in it")
    pack_file = root / PACK_FILE
    if not pack_file.exists() and not pack_file.is_symlink():
        raise PackError(f"{path}: there is no {PACK_FILE} here, so this isn't a lesson pack yet")
    if not regular_file_inside(root, pack_file):
        raise PackError(
            f"{path}: {PACK_FILE} links to somewhere outside the pack, or is not a "
            "plain file, so it was not read — keep pack.yaml as a file in the pack"
        )
    report = Report(f"{label}/{PACK_FILE}")
    meta = _read_meta(root, report)
    if meta is None:
        problems = list(report.problems)
        raise PackError(
            "\n".join(map(str, problems)) or f"{path}: pack.yaml can't be read", problems
        )
    name, languages, topics, guides, key = meta
    chosen = language if language in languages else languages[0]
    pack = Pack(
        root,
        name,
        languages,
        chosen,
        topics,
        label=label,
        guides=guides,
        key=BUILTIN_KEY if root == _builtin_root() else key,
        source=Path(path),
    )
    return pack, report


def _builtin_root() -> Path | None:
    from .. import paths

    try:
        return paths.builtin_pack_dir().resolve()
    except OSError:
        return None


def _assemble(pack: Pack, *groups: list[Problem]) -> list[Problem]:
    """Every problem once, in one order: pack.yaml first, then file by file, line by line."""
    pack_file = _shown(pack.root / PACK_FILE, pack)
    problems = dict.fromkeys(p for group in groups for p in group)
    return sorted(problems, key=lambda p: (p.file != pack_file, p.file, p.line, p.column))


def glossary_file(pack: Pack, language: str) -> Path | None:
    """A language's glossary.yaml, if it is a plain file inside the pack."""
    file = pack.root / language / GLOSSARY_FILE
    return file if regular_file_inside(pack.root, file) else None


def wanted_languages(pack: Pack) -> tuple[str, ...]:
    """The languages one reading shows: the chosen one, then the fallback."""
    return tuple(dict.fromkeys([pack.language, pack.fallback]))


def _load_glossaries(pack: Pack, reading: tuple[str, ...]) -> list[Problem]:
    """Each read language's glossary.yaml, falling back term by term to the first language."""
    from .glossary import Glossary, load_glossary

    own: dict[str, Glossary] = {}
    found: list[Problem] = []
    for lang in reading:
        file = glossary_file(pack, lang)
        if file is not None:
            own[lang], problems = load_glossary(file, _shown(file, pack))
            found.extend(problems)
        elif _is_there(pack.root / lang / GLOSSARY_FILE):
            found.append(
                Problem(
                    _shown(pack.root / lang / GLOSSARY_FILE, pack),
                    1,
                    1,
                    "(file)",
                    "this glossary links to somewhere outside the pack, or is not "
                    "a plain file (a pipe, a device, a folder), so it was not read",
                    "keep glossary.yaml as an ordinary file inside the pack",
                )
            )
    fallback = own.get(pack.fallback)
    pack.glossaries = {lang: own.get(lang, Glossary()).with_fallback(fallback) for lang in reading}
    return found


def _is_there(path: Path) -> bool:
    """Anything at all at ``path``, even a broken link."""
    try:
        return path.is_symlink() or path.exists()
    except OSError:  # a folder that may not be read: the walk says so
        return False


def _check_guides(pack: Pack, report: Report) -> None:
    for role, lesson_id in pack.guides.items():
        if pack.lesson(lesson_id) is None:
            report.add(
                ("guides", role),
                f"the guide names the lesson `{lesson_id}`, which this "
                "pack does not have (or which can't open yet)",
                "use the id of one of this pack's lessons",
            )


def _shown(path: Path, pack: Pack) -> str:
    """How a file is named in messages: relative to the pack, prefixed by the pack's name."""
    return str(Path(pack.label) / path.relative_to(pack.root))


def _check_language_folders(pack: Pack, report: Report) -> None:
    for lang in pack.languages:
        if not (pack.root / lang).is_dir():
            report.add(
                ("languages",),
                f"there is no `{lang}` folder for the language `{lang}`",
                f"create the folder {lang}/ with the lessons in it",
            )


def _load_lessons(pack: Pack, report: Report, reading: tuple[str, ...]) -> list[Problem]:
    """Read each language's lessons; keep the chosen language, else the fallback.

    Returns the lessons' own problems; trouble finding the files goes to ``report``.
    """
    from .lesson_file import load_lesson  # every step kind: not needed to read pack.yaml
    from .model import BrokenLesson

    problems: list[Problem] = []
    topic_ids = [t.id for t in pack.topics]
    wanted = list(wanted_languages(pack))
    by_id: dict[str, Lesson] = {}
    firsts: dict[str, Lesson] = {}  # the first language's lessons, for "show in English"
    broken: list[BrokenLesson] = []
    for lang in reading:
        taken: dict[str, str] = {}
        for file in lesson_files(pack.root, lang, report):
            item = load_lesson(
                file,
                shown_as=_shown(file, pack),
                language=lang,
                pack_root=pack.root,
                topics=topic_ids,
                taken_ids=taken,
                glossary=pack.glossaries.get(lang),
                pack_key=pack.key,
            )
            problems.extend(item.problems)
            if isinstance(item, BrokenLesson):
                if lang in wanted:
                    broken.append(item)
            else:
                if lang == pack.fallback:
                    firsts[item.id] = item
                if lang in wanted and _preferred(item, by_id.get(item.id), wanted):
                    by_id[item.id] = item
    pack.lessons = sorted(
        (_with_source(x, pack, firsts) for x in by_id.values()),
        key=lambda x: (topic_ids.index(x.topic), x.file.name),
    )
    # A broken translation whose fallback works is listed in problems, not in the library.
    pack.broken = [b for b in broken if b.language == pack.fallback or b.id not in by_id]
    return problems


def _with_source(lesson: Lesson, pack: Pack, firsts: dict[str, Lesson]) -> Lesson:
    """A translation knows its source; a first-language lesson read for another language
    knows it stands in for a translation not written yet."""
    from dataclasses import replace

    if lesson.language != pack.fallback:
        return replace(lesson, original=firsts.get(lesson.id))
    if pack.language != pack.fallback:
        return replace(lesson, stand_in=True)
    return lesson


def _preferred(new: Lesson, old: Lesson | None, order: list[str]) -> bool:
    return old is None or order.index(new.language) < order.index(old.language)
