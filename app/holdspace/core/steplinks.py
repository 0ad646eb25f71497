"""Links from one step of a lesson to another: ``[move your coins now](#phrase-seen)``.

A Markdown link whose target is ``#`` and a step id stays inside the lesson: the GUI
goes to that step of the same lesson. Such a link never leaves the app, so the safe
Markdown keeps it next to ``https:`` and glossary links. The validator reports a link
to a step the lesson does not have (the lesson still opens; the link then does nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .identity import ID_PATTERN

PREFIX = "#"
# The target of a Markdown link or reference that starts with "#": [words](#step-id)
_TARGET = re.compile(r"\]\(\s*<?#([^\s)>]*)|^[ \t]*\[[^\]\n]+\]:[ \t]*<?#([^\s>]*)", re.MULTILINE)


def href(step_id: str) -> str:
    return PREFIX + step_id


def step_id(url: str) -> str | None:
    """The step id in a ``#step-id`` link, or None for any other link."""
    if not isinstance(url, str) or not url.startswith(PREFIX):
        return None
    found = url[len(PREFIX) :]
    return found if ID_PATTERN.match(found) else None


def linked_steps(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(field path, target) for each ``](#target)`` link in a lesson's texts."""
    if isinstance(data, str):
        if "#" in data:
            for match in _TARGET.finditer(data):
                yield path, match.group(1) if match.group(1) is not None else match.group(2)
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from linked_steps(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from linked_steps(value, path + (index,))


def raw_step_ids(raw_steps: Any) -> list[str]:
    """The ids the steps of a lesson file will have (a step without ``id`` is its number)."""
    if not isinstance(raw_steps, list):
        return []
    ids = []
    for index, raw in enumerate(raw_steps):
        given = raw.get("id") if isinstance(raw, dict) else None
        ids.append(given if isinstance(given, str) else str(index + 1))
    return ids
