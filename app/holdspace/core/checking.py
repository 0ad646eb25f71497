"""One checker per interactive step kind, keyed by the step's ``kind``.

A checker reads what the learner gave (``check``) and can reveal the answer
(``reveal``, for "show me"). It never judges: a miss is "not yet".
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterable, Protocol

from . import answers
from .feedback import (CLOSE, EMPTY, GOT_IT, NOT_YET, SOME_OF_THEM, UNREADABLE, Feedback)
from .lessons.model import Accept, AnswerSpec, ChoiceSpec, Step

CLOSE_WITHIN = Decimal("0.1")   # within 10 % of the answer counts as "close"


class Checker(Protocol):
    def check(self, step: Step, answer: Any) -> Feedback: ...
    def reveal(self, step: Step) -> dict[str, Any]: ...


class ChoiceChecker:
    """``answer`` is the index picked, or an iterable of indexes when several are right."""

    def check(self, step: Step, answer: Any) -> Feedback:
        spec: ChoiceSpec = step.spec
        picked = _indexes(answer, len(spec.choices))
        if not picked:
            return Feedback(EMPTY)
        right = {i for i, c in enumerate(spec.choices) if c.correct}
        stray = sorted(picked - right)
        if stray:
            return Feedback(NOT_YET, {"feedback": spec.choices[stray[0]].feedback,
                                      "choice": spec.choices[stray[0]].text})
        if picked != right:
            return Feedback(SOME_OF_THEM, {"missing": len(right - picked),
                                           "feedback": _joined(spec, picked)})
        return Feedback(GOT_IT, {"feedback": _joined(spec, picked)})

    def reveal(self, step: Step) -> dict[str, Any]:
        spec: ChoiceSpec = step.spec
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


_READERS = {"number": answers.read_number, "money": answers.read_money, "hex": answers.read_hex}


class AnswerChecker:
    """``answer`` is the text the learner typed."""

    def check(self, step: Step, answer: Any) -> Feedback:
        spec: AnswerSpec = step.spec
        text = answers.normalize(answer if isinstance(answer, str) else "")
        if not text:
            return Feedback(EMPTY)
        accept = spec.accept
        if accept.type == "text":
            return self._check_text(spec, text)
        value = _READERS[accept.type](text)
        if value is not None and _fits(accept, value):
            return Feedback(GOT_IT)
        grouped = answers.dot_grouped(text) if accept.type != "hex" else None
        other = _READERS[accept.type](grouped) if grouped else None
        if other is not None and _fits(accept, other):
            return Feedback(GOT_IT)  # "30.005" meaning thirty thousand and five
        anticipated = _anticipated(spec, text)
        if anticipated:
            return Feedback(NOT_YET, {"feedback": anticipated})
        if value is None:
            return Feedback(UNREADABLE, {"expected": accept.type})
        if accept.type == "hex" and answers.read_number(text) == accept.value:
            return Feedback(NOT_YET, {"same_in_decimal": True})
        if accept.type != "hex" and _close(accept, value):
            return Feedback(CLOSE)
        return Feedback(NOT_YET)

    def _check_text(self, spec: AnswerSpec, text: str) -> Feedback:
        if answers.read_text(text) in spec.accept.value:
            return Feedback(GOT_IT)
        anticipated = _anticipated(spec, text)
        return Feedback(NOT_YET, {"feedback": anticipated} if anticipated else {})

    def reveal(self, step: Step) -> dict[str, Any]:
        return {"answer": display(step.spec.accept)}


def _fits(accept: Accept, value: Any) -> bool:
    if accept.type == "hex":
        return value == accept.value
    return abs(value - accept.value) <= accept.tolerance


def _close(accept: Accept, value: Decimal) -> bool:
    if accept.value == 0:
        return False
    return abs(value - accept.value) <= abs(accept.value) * CLOSE_WITHIN


def _anticipated(spec: AnswerSpec, text: str) -> str:
    """The author's explanation for an answer they expected people to give."""
    folded = answers.read_text(text)
    reader = _READERS.get(spec.accept.type)
    value = reader(text) if reader else None
    for response in spec.responses:
        if answers.read_text(response.answer) == folded:
            return response.feedback
        if value is not None and reader(response.answer) == value:
            return response.feedback
    return ""


def display(accept: Accept) -> str:
    """The accepted answer as a person would write it."""
    if accept.type == "hex":
        return f"0x{accept.value:x}"
    if accept.type == "text":
        return accept.value[0]
    if accept.type == "money":
        return f"{accept.value:,.2f}" if accept.value == accept.value.quantize(Decimal("0.01")) \
            else f"{accept.value:,}"
    return f"{accept.value:,}"


CHECKERS: dict[str, Checker] = {"choice": ChoiceChecker(), "answer": AnswerChecker()}

# The hands-on kinds add their checkers (and step kinds) to the registries above.
# Imported last: those modules import this one, and CHECKERS must exist by then.
from .practice import load_all  # noqa: E402

load_all()
