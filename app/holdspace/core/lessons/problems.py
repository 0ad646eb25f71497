"""Problems found in a lesson pack, each pointing at a file, line and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # a type only: file fingerprints and the model come without YAML
    from ..safeyaml import Document


def field_name(path: tuple) -> str:
    """``("steps", 2, "prompt")`` -> ``steps[3].prompt`` (items counted from 1, as authors do)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + str(part)
    return text or "(file)"


@dataclass(frozen=True)
class Problem:
    """One thing to mend: where it is, what is wrong, how to fix it."""

    file: str
    line: int
    column: int
    field: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.field}: {self.message} — {self.fix}"


class Report:
    """Collects every problem in one file instead of stopping at the first."""

    def __init__(self, file: Path | str, doc: Document | None = None, text: str | None = None):
        self.file = str(file)
        self.doc = doc
        self.text = text  # to parse again with positions, when needed
        self.problems: list[Problem] = []

    def add(
        self,
        path: tuple,
        message: str,
        fix: str,
        *,
        at_key: bool = False,
        position: tuple[int, int] | None = None,
    ) -> None:
        if position is None:
            position = self._marked(self.doc).where(path, key=at_key) if self.doc else (1, 1)
        line, column = position
        self.problems.append(Problem(self.file, line, column, field_name(path), message, fix))

    def _marked(self, doc: Document) -> Document:
        """The document with positions: a fast, unmarked read is parsed again once."""
        if not doc.marked and self.text is not None:
            from .. import safeyaml

            self.doc = doc = safeyaml.load(self.text)
        return doc

    def __bool__(self) -> bool:  # "is there anything to mend?"
        return bool(self.problems)


def describe(value: Any) -> str:
    """How YAML read a value, for messages about types."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "…"
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a set of fields"
    return f"a {type(value).__name__}"
