"""Reading level: every ``body`` reads as plainly as the lessons aim for, in its language.

English is scored with the Flesch–Kincaid grade (8 or below); French and Spanish with
their own published formulas (formulas.py); other languages are not scored.

The Markdown is reduced to the sentences a person reads first: code spans, links'
targets, hex numbers, TXIDs and addresses are taken out (``0x5208`` or a 64-character
TXID would otherwise count as one enormous word), and every list item, heading or
paragraph counts as a sentence of its own.

The grade is the published Flesch–Kincaid formula (Kincaid et al., 1975, "Derivation
of new readability formulas for Navy enlisted personnel"):
0.39 × words per sentence + 11.8 × syllables per word − 15.59. Syllables are counted
with Pyphen's English hyphenation dictionary (pure Python, inside its wheel, no
network): a word has one more syllable than it has hyphenation points. Pyphen was
chosen over textstat, which pulls NLTK (27 MB) into every learner's install for a
command only educators run.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import Any

from ..lessons.glossary import TERM_MARK
from ..lessons.problems import Problem, field_name
from .formulas import FORMULAS, Formula, formula_for
from .texts import Source

MAX_GRADE = 8.0
# The formula averages words per sentence and syllables per word. Over a few lines
# one long word or one list swings it by several grades, so it says nothing useful
# about short bodies: those are not scored.
MIN_WORDS = 40
PYPHEN_LANGUAGE = "en_US"

_FENCED = re.compile(r"^[ \t]*(```|~~~).*?(?:^[ \t]*\1[^\n]*$|\Z)", re.MULTILINE | re.DOTALL)
# Every pattern here runs in linear time on any input (a stranger's 512 KB file):
# a bracket or parenthesis never spans another of its kind, and a scheme can only
# start where a run of scheme characters starts. Code spans are found by _strip_code.
_TICKS = re.compile(r"`+")
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")
_URL = re.compile(r"(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
_MACHINE = re.compile(r"\b0x[0-9a-f]+\b|\b[0-9a-z]{20,}\b", re.IGNORECASE)  # hex, TXIDs, addresses
_LEAD = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)+")
_MARKS = re.compile(r"[*_~|#<>«»]+")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)]*$")
_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # "don't" is one word; hyphens split words


def plain_sentences(markdown: str) -> list[str]:
    """The readable sentences of a Markdown body, one block (paragraph, item) each."""
    text = _FENCED.sub("\n", markdown)
    text = _strip_code(text)
    text = TERM_MARK.sub(r"\1", text)  # [[shown|term]] reads as "shown"
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _URL.sub(" ", text)
    text = _MACHINE.sub(" ", text)
    blocks: list[list[str]] = []
    for line in text.splitlines():
        lead = _LEAD.match(line)
        starts_block = bool(lead and lead.group().strip(" \t>"))  # an item or a heading
        content = line[lead.end() :] if lead else line
        if not content.strip():
            blocks.append([])
        elif starts_block or not blocks:
            blocks.append([content])
        else:
            blocks[-1].append(content)
    sentences = []
    for block in blocks:
        sentence = " ".join(_MARKS.sub(" ", " ".join(block)).split())
        if not any(ch.isalpha() for ch in sentence):
            continue
        if not _ENDS_SENTENCE.search(sentence):
            sentence = sentence.rstrip(":;,-–— ") + "."
        sentences.append(sentence)
    return sentences


def _strip_code(text: str) -> str:
    """Blank out `code spans`: a run of backticks closes at the next run of the same length.

    A regex such as ``(`+).*?\1`` is the obvious way and is cubic on a run of backticks.
    """
    runs = [(m.start(), m.end()) for m in _TICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    pieces, kept_from, index = [], 0, 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        after = bisect.bisect_right(same, index)
        if after == len(same):
            index += 1  # no closing run: the backticks are plain text
            continue
        close = same[after]
        pieces += [text[kept_from:start], " "]
        kept_from = runs[close][1]
        index = close + 1
    pieces.append(text[kept_from:])
    return "".join(pieces)


@functools.lru_cache(maxsize=4)
def _hyphenator(lang: str = PYPHEN_LANGUAGE) -> Any:
    import pyphen  # imported on first use: only `holdspace lint` needs it

    return pyphen.Pyphen(lang=lang)


def syllables(word: str, lang: str = PYPHEN_LANGUAGE) -> int:
    return len(_hyphenator(lang).positions(word.lower())) + 1


def grade(markdown: str) -> tuple[float, int] | None:
    """(Flesch–Kincaid grade, words) of a body, or None when it is too short to score."""
    return score(markdown, FORMULAS["en"])


def score(markdown: str, formula: Formula) -> tuple[float, int] | None:
    """(the formula's score, words) of a body, or None when it is too short to score."""
    sentences = [
        piece
        for block in plain_sentences(markdown)
        for piece in _SENTENCE.findall(block)
        if _WORD.search(piece)
    ]
    words = [w for sentence in sentences for w in _WORD.findall(sentence)]
    if len(words) < MIN_WORDS:
        return None
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(w, formula.pyphen) for w in words) / len(words)
    return round(formula.score(per_sentence, per_word), 1), len(words)


def _longest(markdown: str) -> tuple[int, str]:
    pieces = (s.strip() for block in plain_sentences(markdown) for s in _SENTENCE.findall(block))
    longest = max(pieces, key=lambda s: len(s.split()), default="")
    words = longest.split()
    shown = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
    return len(words), shown


def check(source: Source) -> Iterator[Problem]:
    if source.role == "glossary":
        yield from _check_glossary(source)
    if source.role != "lesson":
        return
    for text in source.texts():
        formula = formula_for(text.language)
        if text.path[-1] != "body" or formula is None:
            continue
        scored = score(text.value, formula)
        if scored is None or not formula.too_hard(scored[0]):
            continue
        size, start = _longest(text.value)
        yield source.finding(
            text.path,
            f"reads at {formula.says(scored[0])}; lessons aim for {formula.aim()}",
            f"use shorter sentences and everyday words; the longest sentence has {size} "
            f'words: "{start}"',
        )


def _check_glossary(source: Source) -> Iterator[Problem]:
    """Definitions are too short to score one by one, so the glossary is scored whole."""
    definitions = [t for t in source.texts() if t.path[-1] == "definition"]
    formula = formula_for(source.language)
    if not definitions or formula is None:
        return
    scored = score("\n\n".join(t.value for t in definitions), formula)
    if scored is None or not formula.too_hard(scored[0]):
        return
    hardest = max(definitions, key=lambda t: _longest(t.value)[0])
    yield source.finding(
        ("terms",),
        f"the definitions read at {formula.says(scored[0])}; the glossary aims for {formula.aim()}",
        f"use shorter sentences and everyday words; the longest sentence is in "
        f'{field_name(hardest.path)}: "{_longest(hardest.value)[1]}"',
    )
