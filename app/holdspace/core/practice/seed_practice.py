"""The `seed_practice` step: look at a PRACTICE phrase, write it down, name one word.

The phrase is made fresh by the step's widget, at run time, and lives only there.
Nothing in the lesson, the spec, the checker or the session ever holds the phrase:

- the spec says how many words (12 or 24) and, optionally, which position to ask;
- at check time the widget hands over only what one check needs
  (``answer_payload``): the one expected word and what the learner typed;
- the checker keeps nothing, and its feedback never repeats the word;
- "show me" can't be answered here (the core has no phrase to reveal), so
  ``reveal`` returns no ``answer``: the widget shows the word itself.

Nothing in this module logs, prints or raises with a word of the phrase in it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from ..feedback import EMPTY, GOT_IT, NOT_YET, Feedback, Reveal
from ..lessons.fields import Rule
from ..lessons.kinds import StepKind
from ..lessons.model import Step
from ..lessons.problems import Report
from ..seed import PRACTICE_LENGTHS, phrase_words, wordlist

KIND = "seed_practice"
DEFAULT_WORDS = 12
# BIP-39 chose its list so that the first four letters name each word on their own,
# which is why wallets accept "aban" for "abandon"; we forgive the same way.
PREFIX_LETTERS = 4
# A typed answer is one word ("7. abandon"). 40 characters can't hold 12 list words
# (at least 47 with spaces), so longer text is never passed on or parsed: it is "not yet".
MAX_TYPED = 40


@dataclass(frozen=True)
class SeedPracticeSpec:
    """A `seed_practice` step: how many words, and which one to ask for."""

    words: int = DEFAULT_WORDS  # 12 or 24
    position: int | None = None  # the word to ask for, from 1; None: a fresh random one
    elsewhere: str = ""  # author's words when the typed word sits at another place

    def pick_position(self) -> int:
        """The position to ask this time: the author's, or a fresh random one."""
        if self.position is not None:
            return self.position
        # Here, not at the top: `secrets` loads OpenSSL (through hmac), which no lesson
        # check at start needs; only a learner opening this step draws a position.
        import secrets

        return secrets.randbelow(self.words) + 1


# --- validation ---------------------------------------------------------------


def _build(report: Report, path: tuple, data: dict) -> SeedPracticeSpec | None:
    words = data.get("words", DEFAULT_WORDS)
    if words not in PRACTICE_LENGTHS:
        report.add(
            path + ("words",),
            f"a practice phrase can't have {words} words",
            "write `words: 12` or `words: 24` (or leave it out for 12)",
        )
        return None
    position = data.get("position")
    if position is not None and not 1 <= position <= words:
        report.add(
            path + ("position",),
            f"position {position} is outside the phrase",
            f"use a number from 1 to {words}, or leave it out to ask a random word",
        )
        return None
    return SeedPracticeSpec(words, position, data.get("elsewhere", ""))


# --- matching (shared by the checker and the widget) ----------------------------


def _one_word(typed: Any) -> str | None:
    """The single word the learner typed ("7. Lamp " -> "lamp"), else None."""
    if not isinstance(typed, str) or len(typed) > MAX_TYPED:
        return None
    found = phrase_words(typed)
    return found[0] if len(found) == 1 else None


def matches(expected: str, typed: Any) -> bool:
    """Same word, forgiving case, spacing, numbering and a 4-letter short form."""
    word = _one_word(typed)
    if word is None:
        return False
    return word == expected or (len(word) >= PREFIX_LETTERS and expected.startswith(word))


class SeedAnswer(TypedDict):
    """What the widget hands to the checker: one word of the phrase at most, never the phrase."""

    expected: str
    typed: str
    long: bool  # more was typed than one word could be (the text itself is dropped)
    elsewhere: bool  # the word typed is at another place in the phrase


def answer_payload(words: Sequence[str], position: int, typed: str) -> SeedAnswer:
    """What the widget hands to ``Session.submit`` at check time.

    It carries one word of the practice phrase, never the phrase. That is acceptable:
    the phrase is a throw-away that guards no coins, one word of 2,048 is 11 bits
    (the typed text holds the same word once the learner finds it), the session keeps
    answers in memory only and records nothing but "attempted/solved", and the widget
    empties this very dict when the learner leaves the step, so even the session's
    copy is gone. Text too long to be one word is not passed on at all (only the fact
    that it was long), so the practice phrase typed back in full never reaches the session.
    """
    expected = words[position - 1]
    text = typed if isinstance(typed, str) else ""
    if len(text) > MAX_TYPED:
        return {"expected": expected, "typed": "", "long": True, "elsewhere": False}
    elsewhere = any(
        matches(word, text)
        for index, word in enumerate(words, 1)
        if index != position and word != expected
    )
    return {"expected": expected, "typed": text, "long": False, "elsewhere": elsewhere}


# --- checking -------------------------------------------------------------------


class SeedPracticeChecker:
    """``answer`` is ``answer_payload(...)``: {"expected", "typed", "long", "elsewhere"}."""

    def check(self, step: Step[SeedPracticeSpec], answer: SeedAnswer) -> Feedback:
        if not isinstance(answer, Mapping):
            return Feedback(EMPTY)
        expected, typed = answer.get("expected"), answer.get("typed")
        if not isinstance(expected, str) or expected not in wordlist():
            return Feedback(EMPTY)  # nothing to compare with: not the learner's doing
        if answer.get("long") is True or (isinstance(typed, str) and len(typed) > MAX_TYPED):
            return Feedback(NOT_YET)  # more than one word: the hints say "one word"
        if not isinstance(typed, str) or not typed.strip():
            return Feedback(EMPTY)
        if matches(expected, typed):
            return Feedback(GOT_IT)
        spec = step.spec
        if answer.get("elsewhere") is True and spec.elsewhere:
            return Feedback(NOT_YET, {"feedback": spec.elsewhere})
        return Feedback(NOT_YET)

    def reveal(self, step: Step[SeedPracticeSpec]) -> Reveal:
        # The core never sees the phrase, so there is no "answer" here: the lesson view
        # then shows no answer line, and the widget's reveal() shows the word itself.
        return {"practice": True, "position": step.spec.position}


STEP_KIND = StepKind(
    KIND,
    {
        "body": Rule("text"),
        "prompt": Rule("text"),
        "words": Rule("int"),
        "position": Rule("int"),
        "elsewhere": Rule("text"),
    },
    _build,
    checker=SeedPracticeChecker(),
    summary="a fresh PRACTICE phrase to look at, write down, and recall one word of",
)
