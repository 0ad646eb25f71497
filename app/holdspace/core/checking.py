"""What every checker is, and the rules checkers share.

A checker reads what the learner gave (``check``) and can reveal the answer
(``reveal``, for "show me"). It never judges: a miss is "not yet". Each kind's
checker lives in its kind module and is found through ``StepKind.checker``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from . import answers
from .feedback import CLOSE, GOT_IT, NOT_YET, UNREADABLE, Expected, Feedback

if TYPE_CHECKING:  # the lessons package imports the registry, which imports the kinds
    from .feedback import Reveal
    from .lessons.model import Response, Step

CLOSE_WITHIN = Decimal("0.1")  # within 10 % of the answer counts as "close"


SpecT = TypeVar("SpecT")
AnswerT = TypeVar("AnswerT", contravariant=True)


class Checker(Protocol[SpecT, AnswerT]):
    """``AnswerT`` is what the kind's widget gives (its ``value()``). Answers still
    arrive from outside the core, so a checker reads them defensively."""

    def check(self, step: Step[SpecT], answer: AnswerT) -> Feedback: ...
    def reveal(self, step: Step[SpecT]) -> Reveal: ...


def is_close(expected: Decimal, value: Decimal) -> bool:
    """Near enough to say "close": within 10 % of a non-zero answer."""
    if not expected:
        return False
    return abs(value - expected) <= abs(expected) * CLOSE_WITHIN


def anticipated(
    responses: Iterable[Response], text: str, read: Callable[[str], Any] | None = None
) -> str:
    """The author's explanation for an answer they expected people to give.

    A response matches when it is written the same way (case and spacing aside) or,
    with a ``read`` function, when both read as the same value ("0x1F" and "1f").
    """
    folded = answers.read_text(text)
    value = read(text) if read is not None else None
    for response in responses:
        if answers.read_text(response.answer) == folded:
            return response.feedback
        if read is not None and value is not None and read(response.answer) == value:
            return response.feedback
    return ""


def judge_amount(
    text: str,
    expected: Decimal,
    tolerance: Decimal,
    read: Callable[[str], Decimal | None],
    responses: Iterable[Response],
    unreadable: Expected,
) -> Feedback:
    """How every kind judges a typed amount (``text`` already normalised, not empty).

    It fits within ``tolerance`` (also when dots were meant as thousands marks: "30.005"),
    or it is an answer the author expected, or unreadable, close, or not yet.
    """
    value = read(text)
    grouped = answers.dot_grouped(text)
    for reading in (value, read(grouped) if grouped else None):
        if reading is not None and abs(reading - expected) <= tolerance:
            return Feedback(GOT_IT)
    said = anticipated(responses, text, read)
    if said:
        return Feedback(NOT_YET, {"feedback": said})
    if value is None:
        return Feedback(UNREADABLE, {"expected": unreadable})
    return Feedback(CLOSE) if is_close(expected, value) else Feedback(NOT_YET)
