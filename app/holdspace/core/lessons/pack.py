"""Open a lesson pack: ``pack.yaml`` plus one folder of lessons per language.

A pack with broken lessons still opens: each broken file becomes a
``BrokenLesson`` carrying its reasons, and every other lesson works.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import LessonError
from . import archive
from .fields import Rule, as_list, check_fields, check_value
from .documents import read_document
from .glossary import Glossary, load_glossary
from .lesson_file import load_lesson
from .model import BrokenLesson, Lesson, Pack, Topic
from .problems import Report

PACK_FILE = "pack.yaml"
GLOSSARY_FILE = "glossary.yaml"
MAX_LESSON_FILES = 5000
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
TOPIC_RULES = {"id": Rule("id", required=True), "title": Rule("localized"),
               "summary": Rule("localized")}


def _localized(value: object) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items() if isinstance(v, str)}
    return {"": value} if isinstance(value, str) else {}


def _pick(texts: dict[str, str], *languages: str) -> str:
    for lang in (*languages, ""):
        if texts.get(lang):
            return texts[lang]
    return next(iter(texts.values()), "")


def _read_meta(root: Path, report: Report) -> tuple[str, tuple[str, ...], tuple[Topic, ...],
                                                   dict[str, str]] | None:
    doc = read_document(root / PACK_FILE, report)
    if doc is None:
        return None
    if not isinstance(doc.data, dict):
        report.add((), "pack.yaml must be a set of fields (format:, name:, languages:, topics:)",
                   "see lessons/README.md for an example")
        return None
    good = check_fields(report, (), doc.data, PACK_RULES, what="pack")
    languages = tuple(as_list(good.get("languages")))
    for index, lang in enumerate(languages):
        if not LANGUAGE.match(lang):
            report.add(("languages", index), f"`{lang}` is not a language code",
                       "use short codes such as en, fr, pt-BR")
    topics = _read_topics(report, good.get("topics", []))
    if "languages" not in good or "topics" not in good or not topics:
        return None
    name = _pick(_localized(good.get("name")), *languages)
    return name, languages, topics, _read_guides(report, good.get("guides", {}))


def _read_guides(report: Report, raw: dict) -> dict[str, str]:
    guides: dict[str, str] = {}
    for role, lesson_id in raw.items():
        if role not in GUIDE_ROLES:
            report.add(("guides", role), f"unknown guide `{role}`",
                       f"a pack may name these guides: {', '.join(GUIDE_ROLES)}", at_key=True)
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
            report.add(path + ("id",), f"the topic `{good['id']}` is listed twice", "list each topic once")
            continue
        titles = _localized(good.get("title")) or {"": good["id"].replace("-", " ").capitalize()}
        topics.append(Topic(good["id"], titles, _localized(good.get("summary"))))
    return tuple(topics)


class _Containment:
    """Is a file really inside the pack? Folders are resolved once each, not per file."""

    def __init__(self, root: Path):
        self.root = root
        self._folders: dict[Path, bool] = {}

    def holds(self, path: Path) -> bool:
        try:
            if path.is_symlink():
                return path.resolve().is_relative_to(self.root)
            inside = self._folders.get(path.parent)
            if inside is None:
                inside = self._folders[path.parent] = path.parent.resolve().is_relative_to(self.root)
            return inside
        except (OSError, RuntimeError):  # symlink loops
            return False


def lesson_files(root: Path, language: str, report: Report) -> list[Path]:
    """Lesson files of one language folder, sorted, never leaving the pack."""
    folder = root / language
    if not folder.is_dir():
        return []
    found: list[Path] = []
    inside = _Containment(root)
    for path in sorted(folder.rglob("*.yaml")):
        if path.parent == folder and path.name == GLOSSARY_FILE:
            continue
        if not inside.holds(path) or not path.is_file():
            report.add((), f"{path.relative_to(root)} points outside the pack; it was left out",
                       "keep every lesson file inside the pack folder")
            continue
        if len(found) == MAX_LESSON_FILES:   # exactly the limit is fine; one more is not
            report.add((), f"more than {MAX_LESSON_FILES} lesson files; the rest were left out",
                       "split the pack into smaller packs")
            break
        found.append(path)
    return found


def open_pack(path: Path | str, language: str | None = None) -> Pack:
    """Read a pack folder or .zip. Raises LessonError only when the pack itself can't open."""
    root = Path(path).expanduser().resolve()
    label = root.name                # how files are named in messages
    if archive.is_zip(root):
        root = archive.unpack(root)
        label = Path(path).name
    if not root.is_dir():
        raise LessonError(f"{path}: this is not a folder with a lesson pack in it")
    if not (root / PACK_FILE).is_file():
        raise LessonError(f"{path}: there is no {PACK_FILE} here, so this isn't a lesson pack yet")
    report = Report(f"{label}/{PACK_FILE}")
    meta = _read_meta(root, report)
    if meta is None:
        error = LessonError("\n".join(map(str, report.problems)) or f"{path}: pack.yaml can't be read")
        error.problems = list(report.problems)  # type: ignore[attr-defined]
        raise error
    name, languages, topics, guides = meta
    chosen = language if language in languages else languages[0]
    pack = Pack(root, name, languages, chosen, topics, problems=list(report.problems),
                label=label, guides=guides)
    _check_language_folders(pack, report)
    _load_glossaries(pack)
    _load_lessons(pack, report)
    _check_guides(pack, report)
    return pack


def _load_glossaries(pack: Pack) -> None:
    """Each language's glossary.yaml, falling back term by term to the first language."""
    own: dict[str, Glossary] = {}
    for lang in pack.languages:
        file = pack.root / lang / GLOSSARY_FILE
        if file.is_file() and _Containment(pack.root).holds(file):
            own[lang], problems = load_glossary(file, _shown(file, pack))
            pack.problems.extend(problems)
    fallback = own.get(pack.fallback)
    pack.glossaries = {lang: own.get(lang, Glossary()).with_fallback(fallback)
                       for lang in pack.languages}


def _check_guides(pack: Pack, report: Report) -> None:
    before = len(report.problems)
    for role, lesson_id in pack.guides.items():
        if pack.lesson(lesson_id) is None:
            report.add(("guides", role), f"the guide names the lesson `{lesson_id}`, which this "
                       "pack does not have (or which can't open yet)",
                       "use the id of one of this pack's lessons")
    pack.problems[:0] = report.problems[before:]


def _shown(path: Path, pack: Pack) -> str:
    """How a file is named in messages: relative to the pack, prefixed by the pack's name."""
    return str(Path(pack.label) / path.relative_to(pack.root))


def _check_language_folders(pack: Pack, report: Report) -> None:
    for lang in pack.languages:
        if not (pack.root / lang).is_dir():
            report.add(("languages",), f"there is no `{lang}` folder for the language `{lang}`",
                       f"create the folder {lang}/ with the lessons in it")
    pack.problems[:] = report.problems


def _load_lessons(pack: Pack, report: Report) -> None:
    """Read every language's lessons; keep the chosen language, else the fallback."""
    topic_ids = [t.id for t in pack.topics]
    wanted = list(dict.fromkeys([pack.language, pack.fallback]))
    by_id: dict[str, Lesson] = {}
    broken: list[BrokenLesson] = []
    for lang in pack.languages:
        taken: dict[str, str] = {}
        for file in lesson_files(pack.root, lang, report):
            item = load_lesson(file, shown_as=_shown(file, pack), language=lang,
                               pack_root=pack.root, topics=topic_ids, taken_ids=taken,
                               glossary=pack.glossaries.get(lang))
            pack.problems.extend(item.problems)
            if isinstance(item, BrokenLesson):
                if lang in wanted:
                    broken.append(item)
            elif lang in wanted and _preferred(item, by_id.get(item.id), wanted):
                by_id[item.id] = item
    pack.problems[:0] = [p for p in report.problems if p not in pack.problems]
    pack.problems.sort(key=lambda p: (p.file != _shown(pack.root / PACK_FILE, pack),
                                      p.file, p.line, p.column))
    pack.lessons = sorted(by_id.values(), key=lambda x: (topic_ids.index(x.topic), x.file.name))
    # A broken translation whose fallback works is listed in problems, not in the library.
    pack.broken = [b for b in broken if b.language == pack.fallback or b.id not in by_id]


def _preferred(new: Lesson, old: Lesson | None, order: list[str]) -> bool:
    return old is None or order.index(new.language) < order.index(old.language)
