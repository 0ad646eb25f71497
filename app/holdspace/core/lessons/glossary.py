"""The glossary: plain-language definitions that lessons show as gentle pop-ups.

Each language folder may hold a ``glossary.yaml``; a term missing from a translation
falls back to the pack's first language, as lessons do. Lessons mark a term as
``[[TXID]]`` or ``[[shown words|txid]]`` (checked: an unknown term is a validation
problem), or in bold when the bold text is exactly a term's name (unchecked, since bold
is also plain emphasis).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..termlinks import TERM_MARK
from .documents import read_document
from .fields import Rule, as_list, check_fields, check_value
from .problems import Problem, Report

GLOSSARY_RULES = {
    "format": Rule("int", minimum=1, maximum=1),
    "terms": Rule("list", required=True, minimum=1),
}
TERM_RULES = {
    "id": Rule("id", required=True),
    "term": Rule("text", required=True),
    "also": Rule("text_list"),
    "definition": Rule("text", required=True),
    "see": Rule("text_list"),
}


@dataclass(frozen=True)
class Term:
    """One glossary entry: the words a lesson may mark, and what they mean."""

    id: str
    term: str
    definition: str
    also: tuple[str, ...] = ()
    see: tuple[str, ...] = ()
    original: str = ""  # a translated term's name in the pack's first language ("Network")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, self.term, *self.also)


def normalized(name: str) -> str:
    """How names are compared: case, spacing and dashes don't matter."""
    return " ".join(name.replace("-", " ").replace("\u2011", " ").casefold().split())


def _singular(name: str) -> str | None:
    """ "fees" -> "fee", "hashes" -> "hash", "TXIDs" -> "txid"; None if not a plural."""
    if name.endswith("es") and len(name) > 4 and name[-3] in "sxhz":
        return name[:-2]
    if name.endswith("s") and not name.endswith("ss") and len(name) > 3:
        return name[:-1]
    return None


class Glossary:
    """Terms of one language, found by id, name or alias (plurals too)."""

    def __init__(self, terms: list[Term] | tuple[Term, ...] = ()) -> None:
        self.terms: dict[str, Term] = {}
        self._names: dict[str, str] = {}
        for term in terms:
            self.add(term)

    def add(self, term: Term) -> None:
        """Add ``term`` unless its id is already there; names already taken stay theirs."""
        if term.id in self.terms:
            return
        self.terms[term.id] = term
        for name in term.names:
            self._names.setdefault(normalized(name), term.id)

    def find(self, name: str) -> Term | None:
        key = normalized(name)
        found = self._names.get(key)
        if found is None and (single := _singular(key)) is not None:
            found = self._names.get(single)
        return self.terms.get(found) if found else None

    def close_to(self, text: str, limit: int = 3) -> list[Term]:
        """Terms spelt nearly like ``text`` ("walet": wallet), closest first: what a search
        that found nothing can offer. A word inside a longer name counts ("frase": recovery
        phrase)."""
        from difflib import get_close_matches  # only when a search has found nothing

        spellings: dict[str, str] = {}
        for name, term_id in self._names.items():
            for spelling in (name, *name.split()):
                if len(spelling) > 2:
                    spellings.setdefault(spelling, term_id)
        found = get_close_matches(normalized(text), spellings, n=limit * 4, cutoff=0.7)
        ids = dict.fromkeys(spellings[spelling] for spelling in found)  # each term once
        return [self.terms[term_id] for term_id in list(ids)[:limit]]

    def with_fallback(self, fallback: Glossary | None) -> Glossary:
        """This language's terms first, then any the fallback language adds."""
        if fallback is None or fallback is self:
            return self
        mine = [_beside(term, fallback.terms.get(term.id)) for term in self.terms.values()]
        merged = Glossary([*mine, *fallback.terms.values()])
        for term in fallback.terms.values():  # an English [[TXID]] in a translation still finds it
            for name in term.names:
                merged._names.setdefault(normalized(name), term.id)
        return merged

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(sorted(self.terms.values(), key=lambda t: normalized(t.term)))


def _beside(term: Term, source: Term | None) -> Term:
    """A translated term that remembers its first-language name, when that differs."""
    from dataclasses import replace

    if source is None or normalized(source.term) == normalized(term.term):
        return term
    return replace(term, original=source.term)


def marked_terms(text: str) -> Iterator[tuple[str, str]]:
    """(shown words, name) for every ``[[…]]`` mark in ``text``."""
    for match in TERM_MARK.finditer(text):
        shown, name = match.group(1), match.group(2) or match.group(1)
        yield shown.strip(), name.strip()


def load_glossary(path: Path, shown_as: str) -> tuple[Glossary, list[Problem]]:
    """Read one glossary file; every good term is kept, every problem reported."""
    report = Report(shown_as)
    doc = read_document(path, report)
    if doc is None:
        return Glossary(), report.problems
    if not isinstance(doc.data, dict):
        report.add(
            (),
            "a glossary must be a set of fields with a `terms:` list",
            "start the file with `terms:` and list one term per item",
        )
        return Glossary(), report.problems
    good = check_fields(report, (), doc.data, GLOSSARY_RULES, what="glossary")
    terms = _read_terms(report, good.get("terms", []))
    glossary = Glossary([term for _index, term in terms])
    _check_names(report, terms)
    _check_see(report, terms, glossary)
    return glossary, report.problems


def _read_terms(report: Report, raw: list[Any]) -> list[tuple[int, Term]]:
    """(position in the file, term) for every usable term."""
    terms: list[tuple[int, Term]] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        path = ("terms", index)
        if not check_value(report, path, item, Rule("mapping")):
            continue
        good = check_fields(report, path, item, TERM_RULES, what="glossary term")
        if not {"id", "term", "definition"} <= good.keys():
            continue
        if good["id"] in seen:
            report.add(
                path + ("id",),
                f"the term `{good['id']}` is defined twice",
                "keep one definition per id",
            )
            continue
        seen.add(good["id"])
        terms.append(
            (
                index,
                Term(
                    good["id"],
                    good["term"].strip(),
                    good["definition"].strip(),
                    tuple(a.strip() for a in as_list(good.get("also"))),
                    tuple(as_list(good.get("see"))),
                ),
            )
        )
    return terms


def _check_names(report: Report, terms: list[tuple[int, Term]]) -> None:
    owner: dict[str, str] = {}
    for index, term in terms:
        for name in dict.fromkeys(normalized(n) for n in term.names):
            first = owner.setdefault(name, term.id)
            if first != term.id:
                report.add(
                    ("terms", index),
                    f"the name “{name}” also belongs to `{first}`",
                    "give each name to one term, so a pop-up knows which to show",
                )


def _check_see(report: Report, terms: list[tuple[int, Term]], glossary: Glossary) -> None:
    for index, term in terms:
        for position, other in enumerate(term.see):
            if other not in glossary.terms:
                report.add(
                    ("terms", index, "see", position),
                    f"`see` names `{other}`, which this glossary does not define",
                    "use the id of a term in this file, or remove it",
                )


def unknown_terms(data: Any, glossary: Glossary, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(field path, name) for each ``[[name]]`` in a lesson's texts the glossary lacks."""
    if isinstance(data, str):
        if "[[" in data:
            for _shown, name in marked_terms(data):
                if glossary.find(name) is None:
                    yield path, name
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from unknown_terms(value, glossary, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from unknown_terms(value, glossary, path + (index,))
