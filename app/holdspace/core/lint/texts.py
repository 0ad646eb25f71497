"""One YAML file of a pack, the texts in it, and where each piece of text sits.

The lint rules read the raw YAML (not the built ``Lesson``), so that they see every
text of every step kind, including kinds added later, and can point at the exact
line and column of a word inside a multi-line ``body: |`` block.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import safeyaml
from ..lessons.problems import Problem, field_name

# Texts under these keys never reach a learner on their own: facilitator notes, the
# references behind the facts, ids, and what the answer box compares against.
HIDDEN_KEYS = frozenset(
    {
        "notes",
        "sources",
        "id",
        "kind",
        "topic",
        "accept",
        "answer",
        "format",
        "languages",
        "author",
        "version",
    }
)

# The one way to quote a scammer's (or a screen's) words without tripping the tone
# rule: put them between guillemets, «like this». They may span several lines.
QUOTE = re.compile(r"«[^«»]*»")

Mask = Callable[[str], str]


def mask_quotes(text: str) -> str:
    """``text`` with every «…» quotation blanked out (same length, same line breaks)."""
    return QUOTE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def is_english(language: str) -> bool:
    return language == "en" or language.startswith(("en-", "en_"))


@dataclass(frozen=True)
class Text:
    path: tuple  # e.g. ("steps", 2, "choices", 0, "feedback")
    value: str
    language: str
    shown: bool  # does a learner read it (not notes, sources, ids …)?
    step_kind: str | None  # the kind of the step it belongs to, if any


class Source:
    """A parsed YAML file of a pack: its data, its texts, and positions to report."""

    def __init__(
        self,
        file: Path,
        shown_as: str,
        role: str,
        raw: str,
        doc: safeyaml.Document,
        *,
        language: str,
        languages: tuple[str, ...] = (),
        pack_root: Path | None = None,
    ):
        self.file = file
        self.shown_as = shown_as
        self.role = role  # "lesson" | "pack" | "glossary"
        self.data = doc.data
        self.language = language
        self.languages = languages
        self.pack_root = pack_root
        self._doc = doc
        self._raw = raw
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        marks = set(doc.value_marks.values()) | set(doc.key_marks.values())
        self._marks = sorted(marks)
        # Matches found once per (text, pattern): a thousand findings in one long text
        # must not each search it again (that was quadratic).
        self._matches: dict[tuple, list[int]] = {}

    @classmethod
    def read(
        cls,
        file: Path,
        shown_as: str,
        role: str,
        *,
        language: str,
        languages: tuple[str, ...] = (),
        pack_root: Path | None = None,
    ) -> Source | None:
        """Parse ``file``; None when it can't be read (validation reports why)."""
        try:
            raw = safeyaml.read_file(file)
            doc = safeyaml.load(raw)
        except (OSError, safeyaml.YamlProblem):
            return None
        return cls(
            file,
            shown_as,
            role,
            raw,
            doc,
            language=language,
            languages=languages,
            pack_root=pack_root,
        )

    # ------------------------------------------------------------------ texts

    def texts(self) -> Iterator[Text]:
        yield from self._walk(self.data, (), None)

    def steps(self) -> Iterator[tuple[int, dict]]:
        """(index, step mapping) for each step of a lesson that is a mapping."""
        steps = self.data.get("steps") if isinstance(self.data, dict) else None
        for index, step in enumerate(steps if isinstance(steps, list) else []):
            if isinstance(step, dict):
                yield index, step

    def _walk(self, value: Any, path: tuple, kind: str | None) -> Iterator[Text]:
        if isinstance(value, str):
            shown = not any(isinstance(part, str) and part in HIDDEN_KEYS for part in path)
            yield Text(path, value, self._language_of(path), shown, kind)
        elif isinstance(value, dict):
            for key, child in value.items():
                yield from self._walk(child, path + (key,), kind)
        elif isinstance(value, list):
            for index, child in enumerate(value):
                child_kind = kind
                if path == ("steps",) and self.role == "lesson":
                    named = child.get("kind") if isinstance(child, dict) else None
                    child_kind = named if isinstance(named, str) else None
                yield from self._walk(child, path + (index,), child_kind)

    def _language_of(self, path: tuple) -> str:
        # In pack.yaml a text may be one of several translations: {en: …, fr: …}.
        if self.role == "pack" and path and path[-1] in self.languages:
            return str(path[-1])
        return self.language

    # ---------------------------------------------------------------- findings

    def finding(
        self,
        path: tuple,
        message: str,
        fix: str,
        *,
        pattern: re.Pattern | None = None,
        nth: int = 0,
        mask: Mask | None = None,
    ) -> Problem:
        """A Problem at ``path``; with ``pattern``, at its ``nth`` match inside the text."""
        line, column = self._doc.where(path)
        if pattern is not None and path in self._doc.value_marks:
            line, column = self._locate(self._doc.value_marks[path], pattern, nth, mask)
        return Problem(self.shown_as, line, column, field_name(path), message, fix)

    def _locate(
        self, mark: tuple[int, int], pattern: re.Pattern, nth: int, mask: Mask | None
    ) -> tuple[int, int]:
        """Find the ``nth`` match of ``pattern`` in the source between ``mark`` and the
        next key or value; fall back to ``mark`` (e.g. a phrase split by a YAML escape)."""
        start = self._offset(mark)
        key = (start, pattern, mask)
        found = self._matches.get(key)
        if found is None:
            later = bisect.bisect_right(self._marks, mark)
            end = self._offset(self._marks[later]) if later < len(self._marks) else len(self._raw)
            span = self._raw[start:end]
            if mask is not None:
                span = mask(span)
            found = self._matches[key] = [start + m.start() for m in pattern.finditer(span)]
        return self._position(found[nth]) if 0 <= nth < len(found) else mark

    def _offset(self, mark: tuple[int, int]) -> int:
        line, column = mark
        if line - 1 >= len(self._line_starts):
            return len(self._raw)
        return min(self._line_starts[line - 1] + column - 1, len(self._raw))

    def _position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1
