"""Small builders shared by tests: write a pack to a temporary folder."""

from __future__ import annotations

import textwrap
from pathlib import Path

PACK_YAML = """\
format: 1
name: Test pack
languages: [en, fr]
topics:
  - id: hexadecimal
    title: {en: Hexadecimal, fr: L'hexadécimal}
  - id: explorers
"""

GOOD_LESSON = """\
id: test.counting
topic: hexadecimal
title: Counting with sixteen digits
summary: Why 0x1f is thirty-one.
minutes: 5
steps:
  - kind: read
    body: Hex uses **sixteen** digits.
  - kind: choice
    prompt: Which of these is hex?
    choices:
      - text: "0x1f"
        correct: true
        feedback: The 0x says hex follows.
      - text: "31"
        feedback: That is the everyday way to write it.
    hints: [Look for 0x.]
    explain: 0x marks hex.
  - kind: answer
    prompt: What is 0x1f in everyday numbers?
    accept: {number: 31}
    hints: [f is fifteen., 16 + 15]
    explain: One sixteen and fifteen ones.
    responses:
      - answer: "1f"
        feedback: That is the hex itself; now write it the everyday way.
"""


def write_pack(
    root: Path, lessons: dict[str, str] | None = None, pack_yaml: str = PACK_YAML
) -> Path:
    """Write ``pack.yaml`` and lessons given as {relative path: YAML text}."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pack.yaml").write_text(pack_yaml, encoding="utf-8")
    for relative, text in (
        lessons if lessons is not None else {"en/hex/01-counting.yaml": GOOD_LESSON}
    ).items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    (root / "fr").mkdir(exist_ok=True)
    return root


# Invisible marks the interface adds so numbers and ids keep their order in right-to-left
# text: isolates (U+2066-2069), the LTR mark and the word joiner. A reader never sees them.
_INVISIBLE = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u2060"))


def seen(text: str) -> str:
    """Text as a reader sees it: the invisible direction and joining marks left out."""
    return text.translate(_INVISIBLE)


class Hang(Exception):
    """The code under test did not finish at all (a hang, not slowness)."""


def within_a_minute(func, *args):
    """Run ``func(*args)``; raise Hang if it has not returned after 60 s.

    A guard against runaway (exponential or endless) work on hostile input, not a speed
    check: speed belongs to tests/benchmarks, where it is compared with a baseline.
    """
    import signal

    def stop(_signum, _frame):
        raise Hang(f"{getattr(func, '__name__', func)} ran for a minute without finishing")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, 60)
    try:
        return func(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def lesson_rows(tree) -> list:
    """Every lesson row of the library's tree, topic by topic (a QTreeWidget)."""
    return [
        tree.topLevelItem(top).child(index)
        for top in range(tree.topLevelItemCount())
        for index in range(tree.topLevelItem(top).childCount())
    ]
