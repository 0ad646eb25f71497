"""Tone (DESIGN §3): words that make a learner feel judged or slow.

Whole words, any case, in every text a learner reads (titles, summaries, bodies,
prompts, choices and their feedback, hints, explanations, response feedback …),
never in facilitator ``notes`` or ``sources``. English texts only: the list is English.

To quote a scammer's message (or a screen's) word for word, put it in «guillemets»:
«Your wallet has an error. Just verify your phrase.» is not checked.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..lessons.problems import Problem
from .texts import Source, is_english, mask_quotes

_DROP_IT = "leave the word out; the sentence is kinder without it"
_PERSON = "describe the slip, not the person: \"it is a common slip\""

# word pattern -> what to write instead
SUGGESTIONS: dict[str, str] = {
    r"wrong(?:ly)?": "say \"not yet\", \"not this one\" or \"a different network\"",
    r"incorrect(?:ly)?": "say \"not yet\" or \"not quite\", and say kindly why",
    r"fail(?:s|ed|ing|ure|ures)?": "say what happened, e.g. \"did not go through\"",
    r"errors?": "say \"slip\" or \"mistake\" (mistakes are normal), or say what happened",
    r"just": _DROP_IT,
    r"simply": _DROP_IT,
    r"obvious(?:ly)?": "leave it out: what is obvious to you is new to someone else",
    r"easy": "leave it out, or say \"it takes a few steps\"",
    r"everyone\s+knows": "say \"many people find\", or explain the thing",
    r"of\s+course": _DROP_IT,
    r"stupid": _PERSON,
    r"dumb": _PERSON,
    r"silly": _PERSON,
    r"careless": _PERSON,
}
_COMPILED = [(re.compile(word, re.IGNORECASE), fix) for word, fix in SUGGESTIONS.items()]
PATTERN = re.compile(r"\b(?:" + "|".join(SUGGESTIONS) + r")\b", re.IGNORECASE)
QUOTE_TIP = "to quote a scammer's or a screen's exact words, put them in «…»"


def _fix_for(word: str) -> str:
    return next(fix for pattern, fix in _COMPILED if pattern.fullmatch(word))


def check(source: Source) -> Iterator[Problem]:
    for text in source.texts():
        if not (text.shown and is_english(text.language)):
            continue
        for nth, match in enumerate(PATTERN.finditer(mask_quotes(text.value))):
            word = " ".join(match.group().split())
            yield source.finding(
                text.path, f"\"{word}\" can make a learner feel judged or slow",
                f"{_fix_for(word)} ({QUOTE_TIP})",
                pattern=PATTERN, nth=nth, mask=mask_quotes)
