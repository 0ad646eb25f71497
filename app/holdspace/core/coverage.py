"""How much of Holdspace each language covers: interface strings, lessons, glossary terms.

Interface strings are counted from the Qt Linguist files (assets/i18n/holdspace_<code>.ts,
plain XML, so no Qt is needed); lessons and glossary terms from a lesson pack, each
language against the pack's first one.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from .languages import LANGUAGES, SOURCE


@dataclass(frozen=True)
class Count:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100

    def __str__(self) -> str:
        return f"{self.done}/{self.total} ({self.percent} %)"


@dataclass
class Coverage:
    interface: dict[str, Count] = field(default_factory=dict)
    lessons: dict[str, Count] = field(default_factory=dict)
    glossary: dict[str, Count] = field(default_factory=dict)
    stale: dict[str, int] = field(default_factory=dict)  # translations whose source changed

    def languages(self) -> list[str]:
        seen = [*self.interface, *self.lessons, *self.glossary]
        return sorted(dict.fromkeys(seen), key=lambda c: (c != SOURCE, c not in LANGUAGES, c))


def interface_coverage(i18n_dir: Path) -> dict[str, Count]:
    """Finished translations per language, out of the template's messages."""
    template = i18n_dir / "holdspace.ts"
    if not template.is_file():
        return {}
    total = sum(1 for _ in ET.parse(template).getroot().iter("message"))
    counts = {SOURCE: Count(total, total)}  # the source language needs no translation
    for path in sorted(i18n_dir.glob("holdspace_*.ts")):
        code = path.stem.removeprefix("holdspace_")
        if code != SOURCE:
            counts[code] = Count(
                sum(map(_finished, ET.parse(path).getroot().iter("message"))), total
            )
    return counts


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return False
    texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
    return translation.get("type") not in {"unfinished", "obsolete", "vanished"} and all(texts)


def pack_coverage(path: Path, coverage: Coverage) -> None:
    """Lessons and glossary terms each of the pack's languages has in its own words."""
    from .lessons import open_pack
    from .lessons.glossary import load_glossary

    first = open_pack(path)
    lesson_ids = {lesson.id for lesson in first.lessons}
    own_terms = {}
    for lang in first.languages:
        file = first.root / lang / "glossary.yaml"
        own_terms[lang] = set(load_glossary(file, str(file))[0].terms) if file.is_file() else set()
    term_ids = own_terms.get(first.fallback, set())
    for lang in first.languages:
        reading = first if lang == first.language else open_pack(path, lang)
        own = {lesson.id for lesson in reading.lessons if lesson.language == lang}
        coverage.lessons[lang] = Count(len(own & lesson_ids), len(lesson_ids))
        coverage.glossary[lang] = Count(len(own_terms[lang] & term_ids), len(term_ids))
        if lang != first.fallback:
            coverage.stale[lang] = _stale(first.root, lang, first.fallback)
    for lang in coverage.interface:  # an interface language the pack has no folder for yet
        coverage.lessons.setdefault(lang, Count(0, len(lesson_ids)))
        coverage.glossary.setdefault(lang, Count(0, len(term_ids)))


def _stale(root: Path, lang: str, fallback: str) -> int:
    """Translated lessons whose source changed since (or that never said which they translate)."""
    from .lessons.problems import Report
    from .lessons.translation import stale
    from .lessons.walk import lesson_files
    from .safeyaml import YamlProblem, load, read_file

    count = 0
    for file in lesson_files(root, lang, Report("")):
        try:
            data = load(read_file(file)).data
        except (OSError, YamlProblem):
            continue
        count += isinstance(data, dict) and any(stale(root, file, data, fallback))
    return count


def table(coverage: Coverage) -> list[str]:
    """Rows for a terminal: one language a line, a dash where nothing is counted."""
    rows: list[tuple[str, ...]] = [
        ("Language", "Interface strings", "Lessons", "Glossary terms", "Out of date")
    ]
    for code in coverage.languages():
        name = f"{LANGUAGES.get(code, code)} ({code})"
        rows.append(
            (
                name,
                *(
                    str(part.get(code, "—"))
                    for part in (
                        coverage.interface,
                        coverage.lessons,
                        coverage.glossary,
                        coverage.stale,
                    )
                ),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows
    ]
