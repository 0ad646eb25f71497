"""Issue 11: Russian and Arabic get the glossary, the mistake guide and each topic's first
lesson; Arabic text reads right to left once Qt lays it out.

Qt gives each paragraph and list item the direction of its first strong character. An
Arabic line that opens with `a`, `0x1f` or "Holdspace" is laid out left to right (bullet
on the left, words in English order), and a sum with no letter at all (`0.02 × $50,000`)
takes no side. So in the shipped Arabic lessons every block that holds Arabic starts with
an Arabic letter, and every block of digits carries a letter.
"""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
import yaml

from holdspace.core import markup
from holdspace.core.lessons import open_pack
from holdspace.core.lessons.translation import source_version
from holdspace.core.paths import builtin_pack_dir

ROOT = builtin_pack_dir()
FIRST_LESSONS = (
    "hexadecimal/01-counting-in-sixteen",
    "explorers/01-what-an-explorer-is",
    "pnl/01-realised-and-unrealised",
    "self-custody/01-what-a-recovery-phrase-is",
    "self-custody/09-i-think-i-made-a-mistake",
)
ARABIC = re.compile(r"[\u0600-\u06ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
BLOCK = re.compile(r"<(p|li|h\d|blockquote)>(.*?)</\1>", re.S)


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_the_glossary_the_guide_and_each_first_lesson_are_translated(language):
    pack = open_pack(ROOT, language)
    english = open_pack(ROOT, "en")
    shown = {lesson.id: lesson.language for lesson in pack.lessons}
    for name in FIRST_LESSONS:
        lesson = next(x for x in english.lessons if x.file.name == name.split("/")[1] + ".yaml")
        assert shown[lesson.id] == language, name
    guide = pack.guide("mistake")
    assert guide is not None and guide.language == language
    assert guide.title != english.guide("mistake").title


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_every_glossary_term_is_translated_with_the_same_ids_and_links(language):
    mine = _terms(ROOT / language / "glossary.yaml")
    theirs = _terms(ROOT / "en" / "glossary.yaml")
    assert {i: t["see"] for i, t in mine.items()} == {i: t["see"] for i, t in theirs.items()}
    assert all(
        ARABIC.search(t["definition"]) if language == "ar" else CYRILLIC.search(t["definition"])
        for t in mine.values()
    )


def _terms(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        t["id"]: {"see": t.get("see", []), "definition": t["definition"]} for t in data["terms"]
    }


@pytest.mark.parametrize("language", ["ru", "ar"])
@pytest.mark.parametrize("name", FIRST_LESSONS)
def test_each_translation_records_the_current_english_version(language, name):
    text = (ROOT / language / f"{name}.yaml").read_text(encoding="utf-8")
    assert f"source_version: {source_version(ROOT / 'en' / f'{name}.yaml')}" in text


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "kind", "accept", "sources", "answer"):
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _first_strong(text: str) -> str | None:
    return next(
        (kind for kind in map(unicodedata.bidirectional, text) if kind in ("L", "R", "AL")), None
    )


def _blocks(text: str):
    for match in BLOCK.finditer(markup.render(text)):
        inner = match.group(2)
        for part in re.split(r"<(?:ul|ol)>", inner)[:1]:  # a list item's own line, not its sub-list
            yield html.unescape(re.sub(r"<[^>]+>", "", part)).strip()


@pytest.mark.parametrize("name", FIRST_LESSONS)
def test_arabic_blocks_start_right_to_left(name):
    data = yaml.safe_load((ROOT / "ar" / f"{name}.yaml").read_text(encoding="utf-8"))
    leaning_left, no_side = [], []
    for value in _texts(data.get("steps")):
        for block in _blocks(value):
            first = _first_strong(block)
            if ARABIC.search(block) and first == "L":
                leaning_left.append(block[:50])
            if first is None and re.search(r"\d[^\d.,]+\d", block):
                no_side.append(block[:50])
    assert leaning_left == [] and no_side == []
