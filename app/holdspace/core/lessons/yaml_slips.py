"""The YAML slips educators make most, said in their terms, and mended to read on.

A parser stops at the first slip, so one tab used to hide every other problem of the
file. Here each of the common slips (a tab, a second colon, an unclosed quote) gets
plain words, and a copy of the text is mended line by line so the rest of the file
can still be read and checked. The mended copy is only for finding more problems: a
file with a slip never opens as a lesson until the author mends it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..safeyaml import YamlProblem

MAX_MENDS = 20  # slips reported per file before giving up on the rest

_KEY_VALUE = re.compile(r"^(?P<lead>\s*(?:-\s+)?[A-Za-z_][\w-]*:\s+)(?P<value>\S.*?)\s*$")
_LEADING_TABS = re.compile(r"^[ \t]*\t[ \t]*")


@dataclass(frozen=True)
class Slip:
    """A likely YAML slip in an author's text: where it is and how to mend it."""

    line: int
    column: int
    message: str
    fix: str


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _tab_line(lines: list[str], near: int) -> int | None:
    """The line (1-based) whose indentation holds a tab, the reported one first."""
    order = [near] + [n for n in range(1, len(lines) + 1) if n != near]
    return next(
        (n for n in order if 0 < n <= len(lines) and _LEADING_TABS.match(lines[n - 1])), None
    )


def _open_quote_line(lines: list[str], upto: int) -> int | None:
    """The first line up to ``upto`` whose value opens a quote and never closes it."""
    for number, line in enumerate(lines[:upto], start=1):
        found = _KEY_VALUE.match(line) or re.match(r"^(?P<lead>\s*-\s+)(?P<value>\S.*?)\s*$", line)
        value = found.group("value") if found else ""
        if (
            value
            and value[0] in "\"'"
            and (len(value) == 1 or not value.endswith(value[0]) or value.endswith("\\" + value[0]))
        ):
            return number
    return None


def explain(text: str, problem: YamlProblem) -> tuple[Slip, Callable[[], str | None]]:
    """Plain words for ``problem``, and a way to mend a copy of ``text`` (None: can't)."""
    lines, raw = _lines(text), problem.message.lower()
    tab = (
        _tab_line(lines, problem.line)
        if "tab" in raw or "\\t" in raw or "cannot start any token" in raw
        else None
    )
    if tab is not None:
        return (
            Slip(
                tab,
                1,
                "this line is indented with a tab; YAML only understands spaces",
                "replace the tab with spaces, lining the text up with the lines around it",
            ),
            lambda: _mend_tab(lines, tab),
        )
    if "mapping values are not allowed" in raw:
        number = problem.line
        return (
            Slip(
                number,
                problem.column,
                "this line has a second `:` inside its text, so YAML reads part of it as a new field",
                'put the whole text in double quotes, e.g. prompt: "Note: this stays text"',
            ),
            lambda: _mend_colon(lines, number),
        )
    opened = _open_quote_line(lines, problem.line)
    if opened is not None:
        return (
            Slip(
                opened,
                1,
                "a quote opens on this line and is never closed",
                "add the closing quote at the end of the text (or remove the opening one)",
            ),
            lambda: _mend_quote(lines, opened),
        )
    return Slip(problem.line, problem.column, problem.message, problem.fix), lambda: None


def _mend_tab(lines: list[str], number: int) -> str:
    line = lines[number - 1]
    rest = _LEADING_TABS.sub("", line, count=1)
    above = [text for text in reversed(lines[: number - 1]) if text.strip() and "\t" not in text]
    # A list item lines up with the item above it; a field with the line above it.
    siblings = (
        [text for text in above if text.lstrip(" ").startswith("- ")]
        if rest.startswith("- ")
        else []
    )
    previous = (siblings or above or [""])[0]
    indent = len(previous) - len(previous.lstrip(" "))
    if not siblings and previous.rstrip().endswith(":"):
        indent += 2
    mended = list(lines)
    mended[number - 1] = " " * indent + rest
    return "\n".join(mended)


def _mend_colon(lines: list[str], number: int) -> str | None:
    found = _KEY_VALUE.match(lines[number - 1]) if 0 < number <= len(lines) else None
    if found is None or found.group("value")[:1] in "\"'|>":
        return None
    value = found.group("value").replace("\\", "\\\\").replace('"', '\\"')
    mended = list(lines)
    mended[number - 1] = f'{found.group("lead")}"{value}"'
    return "\n".join(mended)


def _mend_quote(lines: list[str], number: int) -> str:
    line = lines[number - 1].rstrip()
    found = _KEY_VALUE.match(line) or re.match(r"^(?P<lead>\s*-\s+)(?P<value>\S.*?)\s*$", line)
    quote = found.group("value")[0] if found else '"'
    mended = list(lines)
    mended[number - 1] = line + quote
    return "\n".join(mended)


def load_reading_on(text: str, load: Callable[[str], Any]) -> tuple[Any, list[Slip]]:
    """``load(text)``, mending slips on a copy to read on; (document or None, slips).

    The first slip always raises the caller's usual problem if it can't be explained.
    """
    slips: list[Slip] = []
    for _ in range(MAX_MENDS):
        try:
            return load(text), slips
        except YamlProblem as problem:
            slip, mend = explain(text, problem)
            if any(s.line == slip.line and s.message == slip.message for s in slips):
                return None, slips  # the same slip again: the mend didn't take
            slips.append(slip)
            mended = mend()
            if mended is None or mended == text:
                return None, slips
            text = mended
    return None, slips


def list_under_text(value: Any) -> bool:
    """A text field that YAML read as a list: `body:` followed by `- ` lines."""
    return isinstance(value, list)


LIST_UNDER_TEXT = (
    "this field takes text, but the lines under it start with `-`, so YAML read a list",
    "to show a list inside the text, write `|` after the colon "
    "(body: |) and keep the `- ` lines indented under it",
)
