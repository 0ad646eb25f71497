"""The ``answer`` step kind: the learner types an answer (a number, hex, money or text).

```yaml
- kind: answer
  prompt: What is 0x1f in everyday numbers?
  accept: {number: 31}            # or {hex: "1f"}, {money: "14.00", tolerance: "0.01"}, {text: [...]}
  responses: [{answer: "1f", feedback: That is the hex itself; …}]
```
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import answers
from ..checking import anticipated, judge_amount
from ..feedback import EMPTY, GOT_IT, NOT_YET, UNREADABLE, Expected, Feedback, Reveal
from ..lessons.fields import Rule, as_list, check_value
from ..lessons.kinds import StepKind, build_responses, one_of
from ..lessons.model import Response, Step
from ..lessons.problems import Report


@dataclass(frozen=True)
class Accept:
    """What an `answer` step accepts: one type, one value, an optional tolerance."""

    type: Expected  # number | hex | text | money
    value: Any  # Decimal, int, or tuple[str, ...] for text
    tolerance: Decimal = Decimal(0)


@dataclass(frozen=True)
class AnswerSpec:
    """An `answer` step: what it accepts and the responses its author foresaw."""

    accept: Accept
    responses: tuple[Response, ...] = ()
    placeholder: str = ""


_ACCEPT_TYPES: tuple[Expected, ...] = ("number", "hex", "text", "money")


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    if isinstance(value, str):
        return answers.read_money(value)
    return None


def _build_accept(report: Report, path: tuple, accept: dict) -> Accept | None:
    kind = one_of(
        report,
        path,
        accept,
        _ACCEPT_TYPES,
        what="answer",
        example='`accept: {number: 31}` or `accept: {money: "14.00"}`',
        also_allowed=("tolerance",),
    )
    if kind is None:
        return None
    value = _accept_value(report, path + (kind,), kind, accept[kind])
    tolerance = Decimal(0)
    if "tolerance" in accept:
        given = _decimal(accept["tolerance"])
        if kind in ("hex", "text") or given is None or given < 0:
            report.add(
                path + ("tolerance",),
                "this tolerance can't be used here",
                'give a tolerance only with number or money, as a positive amount like "0.01"',
            )
            return None
        tolerance = given
    return None if value is None else Accept(kind, value, tolerance)


def _accept_value(report: Report, path: tuple, kind: str, value: Any) -> Any:
    if kind == "hex":
        parsed = answers.read_hex(value) if isinstance(value, str) else None
        if parsed is None:
            report.add(
                path,
                "expected hex digits in quotes",
                'quote hex values so YAML keeps them as written, e.g. hex: "1f"',
            )
        return parsed
    if kind == "text":
        if not check_value(report, path, value, Rule("text_list")):
            return None
        texts = tuple(answers.read_text(t) for t in as_list(value))
        if not texts or not all(texts):
            report.add(path, "no accepted text given", "list the answers you accept")
            return None
        return texts
    amount = _decimal(value)
    if amount is None:
        report.add(
            path,
            f'expected a {kind} value such as "14.00"',
            'write the amount in quotes, e.g. "14.00"',
        )
    return amount


def _build_answer(report: Report, path: tuple, data: dict) -> AnswerSpec | None:
    accept = data.get("accept")
    if not isinstance(accept, dict):
        return None
    built = _build_accept(report, path + ("accept",), accept)
    responses = build_responses(report, path + ("responses",), data.get("responses"))
    if built is None:
        return None
    return AnswerSpec(built, responses, data.get("placeholder", ""))


# --- checking -------------------------------------------------------------------

_READERS = {"number": answers.read_number, "money": answers.read_money}


def _reader(kind: str, language: str) -> Any:
    """How to read the learner's text: numbers as the lesson's readers write them."""
    if kind == "hex":
        return answers.read_hex
    read = _READERS.get(kind)
    return None if read is None else (lambda text: read(text, language))


class AnswerChecker:
    """``answer`` is the text the learner typed."""

    def check(self, step: Step[AnswerSpec], answer: str) -> Feedback:
        spec = step.spec
        text = answers.normalize(answer if isinstance(answer, str) else "")
        if not text:
            return Feedback(EMPTY)
        accept = spec.accept
        reader = _reader(accept.type, step.language)
        if reader is None:  # text
            if answers.read_text(text) in accept.value:
                return Feedback(GOT_IT)
            said = anticipated(spec.responses, text)
            return Feedback(NOT_YET, {"feedback": said} if said else {})
        if accept.type != "hex":
            return judge_amount(
                text, accept.value, accept.tolerance, reader, spec.responses, accept.type
            )
        value = reader(text)
        if value == accept.value:
            return Feedback(GOT_IT)
        said = anticipated(spec.responses, text, reader)
        if said:
            return Feedback(NOT_YET, {"feedback": said})
        if value is None:
            return Feedback(UNREADABLE, {"expected": "hex"})
        if answers.read_number(text) == accept.value:
            return Feedback(NOT_YET, {"same_in_decimal": True})
        return Feedback(NOT_YET)

    def reveal(self, step: Step[AnswerSpec]) -> Reveal:
        return {"answer": display(step.spec.accept)}


def display(accept: Accept) -> str:
    """The accepted answer as a person would write it."""
    if accept.type == "hex":
        return f"0x{accept.value:x}"
    if accept.type == "text":
        return accept.value[0]
    if accept.type == "money":
        return (
            f"{accept.value:,.2f}"
            if accept.value == accept.value.quantize(Decimal("0.01"))
            else f"{accept.value:,}"
        )
    return f"{accept.value:,}"


STEP_KIND = StepKind(
    "answer",
    {
        "body": Rule("text"),
        "prompt": Rule("text", required=True),
        "accept": Rule("mapping", required=True),
        "responses": Rule("list"),
        "placeholder": Rule("text"),
    },
    _build_answer,
    checker=AnswerChecker(),
    summary="a question the learner answers by typing",
)
