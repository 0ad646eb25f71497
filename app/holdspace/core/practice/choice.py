"""The ``choice`` step kind: a question with choices; one is right, or several are.

```yaml
- kind: choice
  prompt: Which of these is written in hexadecimal?
  choices:
    - {text: "0x1f", correct: true, feedback: The 0x says "hex follows".}
    - {text: "31", feedback: This one is everyday decimal.}
  shuffle: false                  # optional: keep the author's order
```
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..feedback import EMPTY, GOT_IT, NOT_YET, SOME_OF_THEM, Feedback, Reveal
from ..lessons.fields import Rule, check_fields, check_value
from ..lessons.kinds import StepKind
from ..lessons.model import Step
from ..lessons.problems import Report

ChoiceAnswer = int | list[int] | None  # the index picked, or every index ticked


@dataclass(frozen=True)
class Choice:
    """One option of a `choice` step, with the feedback it brings."""

    text: str
    correct: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class ChoiceSpec:
    """A `choice` step: its options and whether they are shown mixed."""

    choices: tuple[Choice, ...]
    shuffle: bool = True  # shown in a fixed mixed order, so the first isn't always right

    def display_order(self, key: str) -> list[int]:
        """Indexes in the order shown: the same mix on every visit and every computer."""
        order = list(range(len(self.choices)))
        if self.shuffle:
            import random
            import zlib

            random.Random(zlib.crc32(key.encode("utf-8"))).shuffle(order)
        return order

    @property
    def multiple(self) -> bool:
        """Several correct choices: the learner ticks all that apply."""
        return sum(c.correct for c in self.choices) > 1


_CHOICE_RULES = {
    "text": Rule("text", required=True),
    "correct": Rule("bool"),
    "feedback": Rule("text"),
}


def _build_choice(report: Report, path: tuple, data: dict) -> ChoiceSpec | None:
    raw = data.get("choices")
    if not isinstance(raw, list):
        return None
    choices = []
    for index, item in enumerate(raw):
        where = path + ("choices", index)
        if not check_value(report, where, item, Rule("mapping")):
            continue
        good = check_fields(report, where, item, _CHOICE_RULES, what="choice")
        if "text" in good:
            choices.append(
                Choice(good["text"], good.get("correct", False), good.get("feedback", ""))
            )
    if len(choices) == len(raw) and not any(c.correct for c in choices):
        report.add(
            path + ("choices",),
            "no choice is marked as the right one",
            "add `correct: true` to the choice (or choices) that answer the question",
        )
        return None
    texts = [c.text.strip().casefold() for c in choices]
    for index, text in enumerate(texts):
        if text in texts[:index]:
            report.add(
                path + ("choices", index, "text"),
                "two choices have the same text",
                "make each choice different",
            )
    if len(choices) != len(raw):
        return None
    return ChoiceSpec(tuple(choices), shuffle=data.get("shuffle", True))


class ChoiceChecker:
    """``answer`` is the index picked, or an iterable of indexes when several are right."""

    def check(self, step: Step[ChoiceSpec], answer: ChoiceAnswer) -> Feedback:
        spec = step.spec
        picked = _indexes(answer, len(spec.choices))
        if not picked:
            return Feedback(EMPTY)
        right = {i for i, c in enumerate(spec.choices) if c.correct}
        stray = sorted(picked - right)
        if stray:
            return Feedback(NOT_YET, {"feedback": spec.choices[stray[0]].feedback})
        if picked != right:
            return Feedback(
                SOME_OF_THEM, {"missing": len(right - picked), "feedback": _joined(spec, picked)}
            )
        return Feedback(GOT_IT, {"feedback": _joined(spec, picked)})

    def reveal(self, step: Step[ChoiceSpec]) -> Reveal:
        spec = step.spec
        right = [i for i, c in enumerate(spec.choices) if c.correct]
        # "…what you received; Look for a fee…", never "received.; Look".
        answer = "; ".join(spec.choices[i].text.rstrip(" .;") for i in right)
        return {"answer": answer, "indexes": right}


def _indexes(answer: Any, count: int) -> set[int]:
    if answer is None:
        return set()
    items: Iterable[Any] = [answer] if isinstance(answer, int) else answer
    return {i for i in items if isinstance(i, int) and 0 <= i < count}


def _joined(spec: ChoiceSpec, picked: set[int]) -> str:
    return "\n\n".join(spec.choices[i].feedback for i in sorted(picked) if spec.choices[i].feedback)


STEP_KIND = StepKind(
    "choice",
    {
        "body": Rule("text"),
        "prompt": Rule("text", required=True),
        "choices": Rule("list", required=True, minimum=2),
        "shuffle": Rule("bool"),
    },
    _build_choice,
    checker=ChoiceChecker(),
    summary="a question with choices; one or several are right",
)
