"""The hex playground: two boxes (hex and everyday decimal) that always hold the same amount.

A step may carry a ``task``. Its answer is what the playground shows when the learner
presses Check: the everyday box for ``decimal``, the hex box for ``hex`` and
``reversed``. So the learner answers by *using* the playground, not by typing a third
box. A step without a task is free play: there is nothing to check
(``HexPlaygroundSpec.checkable`` is False; the checker still answers gracefully).

```yaml
- kind: hex_playground
  start: "0x5208"                   # optional: hex put in the hex box when the step opens
  task: {decimal: 21000}            # or {hex: "5208"} or {reversed: "4a5e…"} (needs start)
  responses: [{answer: "5208", feedback: …}]   # optional, read like the task's box
```
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import answers, hexa
from ..checking import anticipated
from ..feedback import EMPTY, GOT_IT, NOT_YET, UNREADABLE, Feedback, FeedbackParams, Reveal
from ..lessons.fields import Rule
from ..lessons.kinds import StepKind, build_responses, one_of
from ..lessons.model import Response, Step
from ..lessons.problems import Report

KIND = "hex_playground"
# Values an author writes stay small: a TXID is 64 digits, a raw transaction a few hundred.
MAX_AUTHOR_DIGITS = 512
# What the widget lets a learner type. Far below Python's int<->str limit (4,300 decimal
# digits, ~3,570 hex digits), so converting never raises.
MAX_INPUT_HEX_DIGITS = 1000
MAX_INPUT_DECIMAL_DIGITS = 1205  # 16**1000 has 1,205 decimal digits
TASK_TYPES = ("decimal", "hex", "reversed")


@dataclass(frozen=True)
class HexTask:
    """The question a hex playground asks: a conversion or a byte reversal."""

    type: str  # decimal | hex | reversed
    value: int | str  # the number (decimal, hex) or the exact hex digits (reversed)

    @property
    def box(self) -> str:
        """Which box holds the answer: "decimal" or "hex"."""
        return "decimal" if self.type == "decimal" else "hex"


@dataclass(frozen=True)
class HexPlaygroundSpec:
    """A `hex_playground` step: its starting digits and its task, if any."""

    start: str = ""  # lower-case hex digits without 0x, or "" for empty boxes
    task: HexTask | None = None
    responses: tuple[Response, ...] = ()

    @property
    def checkable(self) -> bool:
        """Does this step ask something? Free play (no task) doesn't."""
        return self.task is not None


# --- reading what the boxes hold ---------------------------------------------------


def read_digits(text: str) -> str | None:
    """The hex digits of ``text`` (lower case, no 0x), or None if it isn't hex."""
    if not isinstance(text, str):
        return None
    try:
        return hexa.clean_hex(answers.normalize(text))
    except ValueError:
        return None


def read_whole(text: str) -> int | None:
    """An everyday whole number ≥ 0 ("21,000", " 21000 "), or None."""
    if not isinstance(text, str) or len(text) > MAX_INPUT_DECIMAL_DIGITS * 2:
        return None
    value = answers.read_number(text)
    # "1e999999999" reads as a number; turning it into an int would never finish.
    if value is None or value.adjusted() > MAX_INPUT_DECIMAL_DIGITS:
        return None
    if value < 0 or value != value.to_integral_value():
        return None
    return int(value)


def read_for(task: HexTask, text: str) -> int | str | None:
    """Read ``text`` the way the task's box is read."""
    if task.type == "decimal":
        return read_whole(text)
    digits = read_digits(text)
    if digits is None or len(digits) > MAX_INPUT_HEX_DIGITS:
        return None
    return digits if task.type == "reversed" else int(digits, 16)


def grouped_pairs(digits: str) -> str:
    """Hex digits as bytes: ``"4a5e1e"`` -> ``"4a 5e 1e"``."""
    return hexa.group(digits, 2)


# --- building a step from YAML ------------------------------------------------------


def _start(report: Report, path: tuple, value: Any) -> str | None:
    digits = read_digits(value) if isinstance(value, str) else None
    if digits is None or len(digits) > MAX_AUTHOR_DIGITS:
        report.add(
            path,
            f"expected hex digits in quotes (at most {MAX_AUTHOR_DIGITS} of them)",
            'write the hex the hex box starts with, in quotes, e.g. start: "0x5208"',
        )
        return None
    return digits


def _task_value(report: Report, path: tuple, kind: str, value: Any) -> int | str | None:
    if kind == "decimal":
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int):
            number = value if 0 <= value < 16**MAX_AUTHOR_DIGITS else None
        else:
            number = read_whole(value) if isinstance(value, str) else None
        if number is None:
            report.add(
                path,
                "expected a whole number from 0 upwards",
                "write the everyday number, e.g. decimal: 21000",
            )
        return number
    digits = read_digits(value) if isinstance(value, str) else None
    if digits is None or len(digits) > MAX_AUTHOR_DIGITS:
        report.add(
            path,
            "expected hex digits in quotes",
            f'quote hex values so YAML keeps them as written, e.g. {kind}: "5208"',
        )
        return None
    return digits if kind == "reversed" else int(digits, 16)


def _task(report: Report, path: tuple, raw: dict, start: str) -> HexTask | None:
    kind = one_of(
        report,
        path,
        raw,
        TASK_TYPES,
        what="task",
        example='`task: {decimal: 21000}` or `task: {hex: "5208"}`',
    )
    if kind is None:
        return None
    value = _task_value(report, path + (kind,), kind, raw[kind])
    if value is None:
        return None
    if kind == "reversed" and not (
        isinstance(value, str) and _reversal_fits(report, path + (kind,), start, value)
    ):
        return None
    return HexTask(kind, value)


def _reversal_fits(report: Report, path: tuple, start: str, value: str) -> bool:
    """A ``reversed`` task names the start with its bytes the other way round."""
    if not start:
        report.add(
            path,
            "a `reversed` task needs a `start` to reverse",
            'add e.g. start: "3ba3edfd…", the bytes before reversing',
        )
        return False
    padded = start if len(start) % 2 == 0 else "0" + start
    expected = hexa.reverse_bytes(padded)
    if value != expected:
        report.add(
            path,
            "this is not `start` with its bytes in reverse order",
            f"reversing start gives {expected[:16]}…; check both values",
        )
        return False
    return True


def _already_done(start: str, task: HexTask) -> bool:
    """Would the boxes show the answer before the learner does anything?"""
    if not start:
        return False
    if task.type == "reversed":
        return start == task.value
    return int(start, 16) == task.value


def _responses(report: Report, path: tuple, raw: Any, task: HexTask | None) -> tuple[Response, ...]:
    accepted = None if task is None else (lambda answer: read_for(task, answer) == task.value)
    return build_responses(report, path, raw, accepted)


def _build(report: Report, path: tuple, data: dict) -> HexPlaygroundSpec | None:
    before = len(report.problems)
    start = ""
    if "start" in data:
        start = _start(report, path + ("start",), data["start"]) or ""
    task = None
    if isinstance(data.get("task"), dict):
        task = _task(report, path + ("task",), data["task"], start)
    if task is not None and _already_done(start, task):
        report.add(
            path + ("start",),
            "the boxes would show the answer as soon as the step opens",
            "leave `start` out, or start from a value the learner has to change",
        )
    responses = _responses(report, path + ("responses",), data.get("responses"), task)
    if "responses" in data and "task" not in data:
        report.add(
            path + ("responses",),
            "responses need a `task` to explain",
            "add a task, or remove the responses",
            at_key=True,
        )
    if len(report.problems) > before:
        return None
    return HexPlaygroundSpec(start, task, responses)


# --- checking -----------------------------------------------------------------------


class HexPlaygroundChecker:
    """``answer`` is the text of the task's box (the everyday box for a decimal task)."""

    def check(self, step: Step[HexPlaygroundSpec], answer: str) -> Feedback:
        spec = step.spec
        task = spec.task
        if task is None:  # free play: nothing to find, so nothing can be "not yet"
            return Feedback(GOT_IT)
        text = answer if isinstance(answer, str) else ""
        if not answers.normalize(text):
            return Feedback(EMPTY)
        value = read_for(task, text)
        if value == task.value:
            return Feedback(GOT_IT)
        said = anticipated(spec.responses, text, lambda given: read_for(task, given))
        if said:
            return Feedback(NOT_YET, {"feedback": said})
        if value is None:
            return Feedback(UNREADABLE, {"expected": "number" if task.box == "decimal" else "hex"})
        return Feedback(NOT_YET, _why_not(spec, task, text, value))

    def reveal(self, step: Step[HexPlaygroundSpec]) -> Reveal:
        task = step.spec.task
        if task is None:
            return {"answer": ""}
        if task.type == "decimal":
            return {"answer": f"{task.value:,}", "box": "decimal"}
        if isinstance(task.value, int):  # hex: the number; reversed: the exact digits
            return {"answer": hexa.to_hex(task.value), "box": "hex"}
        return {"answer": grouped_pairs(task.value), "box": "hex"}


def _why_not(spec: HexPlaygroundSpec, task: HexTask, text: str, value: Any) -> FeedbackParams:
    """Codes the GUI may word; a plain not-yet works without them."""
    if task.type == "hex" and read_whole(text) == task.value:
        return FeedbackParams(same_in_decimal=True)  # typed the everyday number into the hex box
    if task.type == "reversed" and value == spec.start:
        return FeedbackParams(playground="not-reversed-yet")
    if task.type == "reversed" and isinstance(value, str) and value[::-1] == task.value:
        return FeedbackParams(
            playground="digits-reversed"
        )  # reversed digit by digit, not byte by byte
    return FeedbackParams()


STEP_KIND = StepKind(
    KIND,
    {
        "body": Rule("text"),
        "prompt": Rule("text"),
        "start": Rule("text"),
        "task": Rule("mapping"),
        "responses": Rule("list"),
    },
    _build,
    checker=HexPlaygroundChecker(),
    asks_when=lambda spec: spec.checkable,
    details=frozenset({"playground"}),
    summary="a hex and decimal playground: convert, count bytes, reverse byte order",
)
