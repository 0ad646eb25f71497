"""Writes a realistic lesson pack of N lessons, shaped like the shipped ones (lessons/en/*/*.yaml)."""

from __future__ import annotations

from pathlib import Path

TOPICS = ("hexadecimal", "explorers", "pnl", "self-custody")

PACK = """\
# Generated for the Holdspace benchmark.
format: 1
name: Benchmark pack
languages: [en]
topics:
  - id: hexadecimal
    title: {en: Hexadecimal}
  - id: explorers
    title: {en: Blockchain explorers}
  - id: pnl
    title: {en: Profit & loss}
  - id: self-custody
    title: {en: Self-custody}
"""

LESSON = """\
id: bench.{topic}.lesson-{n:04d}
topic: {topic}
title: Practice lesson {n} about {topic}
summary: A calm look at example {n}, one step at a time.
minutes: {minutes}
steps:
  - id: read-{n}
    kind: read
    body: |
      In hex, each place is worth **sixteen** times the place to its right.
      Let's read `0x{hex}` together, slowly: it is the number {n}.
      Nothing here is a secret code. It is a way of counting.
  - id: spot-{n}
    kind: choice
    prompt: Which of these is written in hexadecimal?
    choices:
      - text: "0x{hex}"
        correct: true
        feedback: Yes. The 0x at the start is the label that says "hex follows".
      - text: "{n}"
        feedback: This one is everyday decimal, the same amount written the usual way.
    hints: [Look for the small 0x label at the start.]
  - id: convert-{n}
    kind: answer
    prompt: What is 0x{hex} in everyday numbers?
    accept: {{number: {n}}}
    hints: [Each place is worth sixteen times the one on its right.]
    explain: "`0x{hex}` is **{n}**."
"""


def write_pack(root: Path, count: int = 1000) -> list[Path]:
    """A clean pack (validate says "all good") with ``count`` lessons spread over four topics."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pack.yaml").write_text(PACK, encoding="utf-8")
    files = []
    for n in range(1, count + 1):
        topic = TOPICS[n % len(TOPICS)]
        path = root / "en" / topic / f"{n:04d}-practice-{n}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            LESSON.format(topic=topic, n=n, hex=format(n, "x"), minutes=3 + n % 7), encoding="utf-8"
        )
        files.append(path)
    return files
