"""Tone (DESIGN §3): words that make a learner feel judged or slow.

Whole words, any case, in every text a learner reads (titles, summaries, bodies,
prompts, choices and their feedback, hints, explanations, response feedback …),
never in facilitator ``notes`` or ``sources``. Each language has its own list (English,
French, Spanish); texts in other languages are not read for tone. French "erreur" and
Spanish "error" are the everyday kind words for a mistake, so they are not listed.

To quote a scammer's message (or a screen's) word for word, put it in «guillemets»:
«Your wallet has an error. Just verify your phrase.» is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lessons.problems import Problem
from .texts import Source, is_english, mask_quotes

_DROP_IT = "leave the word out; the sentence is kinder without it"
_PERSON = 'describe the slip, not the person: "it is a common slip"'

# word pattern -> what to write instead
SUGGESTIONS: dict[str, str] = {
    r"wrong(?:ly)?": 'say "not yet", "not this one" or "a different network"',
    r"incorrect(?:ly)?": 'say "not yet" or "not quite", and say kindly why',
    r"fail(?:s|ed|ing|ure|ures)?": 'say what happened, e.g. "did not go through"',
    r"errors?": 'say "slip" or "mistake" (mistakes are normal), or say what happened',
    r"just": _DROP_IT,
    r"simply": _DROP_IT,
    r"obvious(?:ly)?": "leave it out: what is obvious to you is new to someone else",
    r"easy": 'leave it out, or say "it takes a few steps"',
    r"everyone\s+knows": 'say "many people find", or explain the thing',
    r"of\s+course": _DROP_IT,
    r"stupid": _PERSON,
    r"dumb": _PERSON,
    r"silly": _PERSON,
    r"careless": _PERSON,
}
_NOT_YET_FR = "write « pas encore » or « pas tout à fait », and say kindly why"
_NOT_YET_ES = "write «todavía no» or «no del todo», and say kindly why"
BY_LANGUAGE: dict[str, dict[str, str]] = {
    "en": SUGGESTIONS,
    "fr": {
        r"incorrect(?:e|s|es|ement)?": _NOT_YET_FR,
        r"erron[ée](?:e|s|es)?": _NOT_YET_FR,
        r"c['’]est\s+faux|mauvaises?\s+réponses?|réponses?\s+fausses?": _NOT_YET_FR,
        r"échou\w*|échecs?": "say what happened, e.g. « n'est pas passée »",
        r"simplement|il\s+(?:vous\s+)?suffit": _DROP_IT,
        r"évidemment|bien\s+sûr|bien\s+entendu": _DROP_IT,
        # "plus facile" compares, as English "easier" does: only the bare word judges.
        r"(?<!plus )(?<!moins )facile(?:s|ment)?": "leave it out, or say « cela prend quelques étapes »",
        r"tout\s+le\s+monde\s+sait": "say « beaucoup de gens trouvent », or explain the thing",
        r"stupides?|bêtes?|idiot(?:e|s|es)?|négligent(?:e|s|es)?|étourdi(?:e|s|es)?": _PERSON,
    },
    "es": {
        r"incorrect[oa]s?|incorrectamente|equivocad[oa]s?": _NOT_YET_ES,
        r"respuestas?\s+(?:mal|err[óo]neas?)": _NOT_YET_ES,
        r"fall(?:ó|aste|ido|ida|aron)|fracas\w*": "say what happened, e.g. «no se completó»",
        r"simplemente|solo\s+tienes\s+que|sólo\s+tienes\s+que|basta\s+con": _DROP_IT,
        r"obviamente|evidentemente|por\s+supuesto|claro\s+está": _DROP_IT,
        r"(?<!más )(?<!menos )fácil(?:es|mente)?": "leave it out, or say «lleva unos pasos»",
        r"todo\s+el\s+mundo\s+sabe": "say «mucha gente encuentra», or explain the thing",
        r"estúpid[oa]s?|tont[oa]s?|descuidad[oa]s?|torpes?": _PERSON,
    },
}
_COMPILED = {
    lang: [(re.compile(word, re.IGNORECASE), fix) for word, fix in words.items()]
    for lang, words in BY_LANGUAGE.items()
}
PATTERNS = {
    lang: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
    for lang, words in BY_LANGUAGE.items()
}
PATTERN = PATTERNS["en"]
QUOTE_TIP = "to quote a scammer's or a screen's exact words, put them in «…»"


def _language(code: str) -> str:
    return "en" if is_english(code) else code.replace("-", "_").split("_")[0].lower()


def _fix_for(word: str, language: str) -> str:
    return next(fix for pattern, fix in _COMPILED[language] if pattern.fullmatch(word))


def check(source: Source) -> Iterator[Problem]:
    for text in source.texts():
        language = _language(text.language)
        pattern = PATTERNS.get(language)
        if not text.shown or pattern is None:
            continue
        for nth, match in enumerate(pattern.finditer(mask_quotes(text.value))):
            word = " ".join(match.group().split())
            yield source.finding(
                text.path,
                f'"{word}" can make a learner feel judged or slow',
                f"{_fix_for(word, language)} ({QUOTE_TIP})",
                pattern=pattern,
                nth=nth,
                mask=mask_quotes,
            )
