"""No lesson file, however mangled, crashes the loader: it opens or it says why."""

from __future__ import annotations

import random

import pytest

from holdspace.core.lessons import BrokenLesson, Lesson, load_lesson
from holdspace.core.paths import builtin_pack_dir

SHIPPED = sorted(builtin_pack_dir().glob("en/*/*.yaml"))
TOKENS = [
    "- ",
    ": ",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!int ",
    "? ",
    "|",
    ">",
    "'",
    '"',
    "\t",
    "\n  ",
    "~",
    "no",
    "0x1f",
    "3.10",
    "2024-01-01",
    "\x00",
    "\ufeff",
    "é",
    "#",
    "%YAML 1.1\n",
]


def mutate(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        position = rng.randrange(len(chars) + 1)
        action = rng.random()
        if action < 0.4:
            chars.insert(position, rng.choice(TOKENS))
        elif action < 0.7 and chars:
            del chars[position - 1 : position + rng.randint(0, 40)]
        else:
            chars[position:position] = list(rng.choice(TOKENS) * rng.randint(1, 50))
    return "".join(chars)


@pytest.mark.parametrize("seed", range(8))
def test_mangled_shipped_lessons_open_or_explain(tmp_path, seed):
    rng = random.Random(seed)
    for round_ in range(60):
        source = rng.choice(SHIPPED)
        path = tmp_path / f"{round_}.yaml"
        text = mutate(source.read_text(encoding="utf-8"), rng)
        path.write_bytes(
            text.encode("utf-8", "surrogatepass")
            if rng.random() < 0.9
            else bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
        )
        result = load_lesson(
            path,
            shown_as=path.name,
            language="en",
            pack_root=tmp_path,
            topics=["hexadecimal", "explorers", "pnl", "self-custody"],
        )
        assert isinstance(result, (Lesson, BrokenLesson))
        if isinstance(result, BrokenLesson):
            assert result.problems and all(
                str(p).startswith(path.name + ":") for p in result.problems
            )


@pytest.mark.parametrize(
    "text",
    [
        "1: x\n",
        "null: x\n",
        "? [a, b]\n: c\n",
        "id: !!binary aGVsbG8=\n",
        "id: [1, 2]\nsteps: {}\n",
        "steps:\n  - kind: [choice]\n",
        "steps:\n  - kind: choice\n    choices: [1, 2, 3]\n",
        "steps:\n  - kind: answer\n    accept: {money: .nan}\n",
        "steps:\n  - kind: answer\n    accept: {number: .inf}\n",
        "steps:\n  - kind: answer\n    accept: {text: []}\n",
        "steps:\n  - kind: choice\n    choices: {a: b}\n",
        "steps:\n  - kind: answer\n    accept: {number: 1, tolerance: -1}\n",
        "steps: " + "[" * 60 + "]" * 60,
    ],
)
def test_odd_shapes_are_explained(tmp_path, text):
    path = tmp_path / "odd.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_lesson(path, shown_as="odd.yaml", language="en", pack_root=tmp_path)
    assert isinstance(result, BrokenLesson) and result.problems
