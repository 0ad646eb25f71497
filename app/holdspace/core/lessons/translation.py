"""Does a translated lesson keep what must not change? (``holdspace validate``)

A translation of ``en/<topic>/<file>.yaml`` is ``<lang>/<topic>/<file>.yaml``: the
same lesson with its words translated. Its ids, step kinds, what the answer boxes
accept, and every number, amount, hex string, address and TXID must stay exactly as
in the source, or a learner reading French would be checked against other facts
than one reading English. A translation may add accepted words (``accept: {text:
[...]}`` holding both languages) but not drop the source's.

The comparison walks the two raw YAML documents side by side, so it covers every
step kind, including kinds added later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..digests import sha256
from .documents import read_document
from .problems import Problem, Report
from .walk import lesson_files

VERSION_DIGITS = 12  # how much of the source's SHA-256 a translation records
VERSION_KEY = "source_version"
# Values a translation copies as they are: they name things (ids, pages, fields,
# methods) or are the facts the checkers compare against.
KEPT = frozenset(
    {
        "id",
        "kind",
        "topic",
        "page",
        "field",
        "network",
        "mode",
        "method",
        "ask",
        "ask_method",
        "expected",
        "start",
        "task",
        "side",
        "price",
        "quantity",
        "fee",
        "quote",
        "seen",
        "fill",
        "price_now",
        "tolerance",
        "sources",
        "minutes",
        "correct",
        "swap",
        "words",
        "lookalikes",
    }
)
# Hex (0x…, or 8+ hex digits with a digit in them), addresses and TXIDs (20+ letters and digits).
_MACHINE = re.compile(
    r"\b0x[0-9a-fA-F]+\b|\b(?=[0-9a-zA-Z]*\d)[0-9a-zA-Z]{20,}\b"
    r"|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b"
)
# A number as English, French or Arabic writes it: "21,000", "21 000", "0.5", "0,5",
# "1 000,50", "٢١٬٠٠٠", "٠٫٥". Arabic's own marks are never ambiguous: U+066B (٫) is
# always the decimal mark, U+066C (٬) always groups thousands.
_NUMBER = re.compile(
    r"(?<![\w.,\u066b\u066c])\d+(?:[ \u00a0\u202f.,\u066c]\d{3}(?!\d))*"
    r"(?:[.,\u066b]\d+)?"
)
_GROUP = re.compile(r"[ \u00a0\u202f\u066c]")
_ARABIC_DECIMAL = "\u066b"


def source_version(file: Path) -> str:
    """The first digits of the SHA-256 of a source file's bytes, as translations record it."""
    return sha256(file.read_bytes()).hexdigest()[:VERSION_DIGITS]


def source_of(pack_root: Path, translated: Path, fallback: str) -> Path:
    """``<lang>/<topic>/<file>.yaml`` -> ``<fallback>/<topic>/<file>.yaml``."""
    root = pack_root.resolve()
    parts = translated.resolve().relative_to(root).parts
    return root.joinpath(fallback, *parts[1:])


def machine_tokens(text: str) -> set[str]:
    return set(_MACHINE.findall(text))


def numbers(text: str) -> set[Decimal]:
    """Every number in ``text``, however it is grouped ("21,000" = "21 000")."""
    found: set[Decimal] = set()
    for raw in _NUMBER.findall(_MACHINE.sub(" ", text)):
        grouped = _GROUP.sub("", raw)
        if _ARABIC_DECIMAL in grouped:  # the decimal mark is known: other marks group
            clean = grouped.replace(".", "").replace(",", "").replace(_ARABIC_DECIMAL, ".")
        else:
            clean = _plain(grouped)
        try:
            found.add(Decimal(clean))
        except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
            continue
    return found


def _plain(text: str) -> str:
    """Grouping marks out, the decimal mark as a point."""
    marks = [c for c in text if c in ".,"]
    if not marks:
        return text
    last = marks[-1]
    head, _, tail = text.rpartition(last)
    decimal = len(tail) != 3 or (len(marks) == 1 and head in ("0", ""))
    if len(marks) > 1 and last != marks[0]:
        decimal = True  # "1,000.50" or "1.000,50": the last kind of mark is the decimal one
    if decimal:
        return head.replace(".", "").replace(",", "") + "." + tail
    return text.replace(".", "").replace(",", "")


def compare(source: Any, translated: Any, report: Report, path: tuple = ()) -> None:
    """Report every place ``translated`` changes what it must keep from ``source``."""
    if isinstance(source, dict) and isinstance(translated, dict):
        _compare_fields(source, translated, report, path)
    elif isinstance(source, list) and isinstance(translated, list):
        if len(source) != len(translated):
            report.add(
                path,
                f"the source has {len(source)} item(s) here, the translation {len(translated)}",
                "translate every item, and add or remove none",
            )
        for index, (a, b) in enumerate(zip(source, translated)):
            compare(a, b, report, path + (index,))
    elif isinstance(source, str) and isinstance(translated, str):
        _compare_text(source, translated, report, path)
    elif source != translated or type(source) is not type(translated):
        report.add(
            path,
            f"the source has {source!r} here, the translation {translated!r}",
            "keep this value exactly as in the source",
        )


def _compare_fields(source: dict, translated: dict, report: Report, path: tuple) -> None:
    for key in source:
        if key not in translated:
            report.add(
                path,
                f"the source has `{key}:` here, the translation does not",
                "translate it (or copy it, if it is not words)",
            )
    for key in translated:
        if key not in source and not (key == VERSION_KEY and not path):
            report.add(
                path + (key,),
                f"`{key}:` is not in the source",
                "remove it, or add it to the source first",
                at_key=True,
            )
    # Under `feedback:` the keys name what a learner picked; the texts are words to translate.
    kept = KEPT if not path or path[-1] != "feedback" else frozenset()
    for key in source.keys() & translated.keys():
        a, b, where = source[key], translated[key], path + (key,)
        if key == "accept" and isinstance(a, dict) and isinstance(b, dict):
            _compare_accept(a, b, report, where)
        elif key in kept and a != b:
            report.add(
                where,
                f"the translation changes `{key}` (the source has {_short(a)})",
                "keep this value exactly as in the source",
            )
        elif key not in kept:
            compare(a, b, report, where)


def _compare_accept(source: dict, translated: dict, report: Report, path: tuple) -> None:
    from ..answers import read_text

    if source.keys() != translated.keys():
        report.add(
            path,
            "the translation accepts another kind of answer than the source",
            "keep the same `accept:` fields as the source",
        )
        return
    for key, value in source.items():
        if key == "text":
            mine = {read_text(t) for t in _texts(translated[key])}
            missing = [t for t in _texts(value) if read_text(t) not in mine]
            if missing:
                report.add(
                    path + (key,),
                    f"the translation no longer accepts {_short(missing)}",
                    "keep every English answer and add the translated words beside them",
                )
        elif translated[key] != value:
            report.add(
                path + (key,),
                f"the translation accepts {_short(translated[key])}, the source {_short(value)}",
                "keep this value exactly as in the source",
            )


def _texts(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [t for t in value or [] if isinstance(t, str)]


def _compare_text(source: str, translated: str, report: Report, path: tuple) -> None:
    lost = machine_tokens(source) - machine_tokens(translated)
    added = machine_tokens(translated) - machine_tokens(source)
    if lost or added:
        report.add(
            path,
            f"hex, addresses or TXIDs differ from the source (missing: "
            f"{_short(sorted(lost))}; added: {_short(sorted(added))})",
            "copy every hex string, address and TXID exactly",
        )
    lost_n = numbers(source) - numbers(translated)
    added_n = numbers(translated) - numbers(source)
    if lost_n or added_n:
        report.add(
            path,
            f"the numbers differ from the source (missing: {_numbers(lost_n)}; "
            f"added: {_numbers(added_n)})",
            "keep every number and amount; French grouping such as 21 000 or 0,5 is fine",
        )


def _numbers(values: set[Decimal]) -> str:
    return ", ".join(sorted(map(str, values))) or "none"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def check_translations(pack_root: Path, languages: tuple[str, ...], label: str) -> list[Problem]:
    """Problems in every translated lesson of a pack, against its first language's lesson."""
    fallback, found = languages[0], []
    for lang in languages[1:]:
        for file in lesson_files(pack_root, lang, Report("")):
            source = source_of(pack_root, file, fallback)
            if source.is_file():
                found.extend(
                    check_translation(source, file, str(Path(label) / file.relative_to(pack_root)))
                )
    return found


def check_translation(source: Path, translated: Path, shown_as: str) -> list[Problem]:
    report = Report(shown_as)
    theirs = read_document(source, Report(str(source)))
    mine = read_document(translated, report)
    if theirs is None or mine is None:
        return []  # an unreadable file is already reported by validation
    compare(theirs.data, mine.data, report)
    return list(report.problems)


def stale(pack_root: Path, translated: Path, data: dict, fallback: str) -> Iterator[str]:
    """Why a translation may be out of date with its source (nothing when it is current)."""
    source = source_of(pack_root, translated, fallback)
    if not source.is_file():
        return
    recorded = recorded_version(translated, data)
    now = source_version(source)
    if not recorded:
        yield "no `source_version:`, so nobody can tell when the English lesson changes"
    elif recorded != now:
        yield (
            f"the {fallback} source has changed since this translation "
            f"(`source_version: {recorded}`, now {now})"
        )


def recorded_version(translated: Path, data: dict) -> str:
    """The version a translation records, as the text its author wrote.

    A version of digits only (``000000000000``) is a number to YAML, and a
    leading 0 even makes it octal, so the value can't be trusted: the line
    itself is read back from the file instead.
    """
    value = data.get(VERSION_KEY)
    if isinstance(value, str) or value is None or isinstance(value, (bool, list, dict)):
        return value.strip() if isinstance(value, str) else ""
    try:
        written = _VERSION_LINE.search(translated.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        written = None
    return written.group(1) if written else str(value)


_VERSION_LINE = re.compile(rf"^{VERSION_KEY}:[ \t]*([^\s#]+)", re.MULTILINE)
