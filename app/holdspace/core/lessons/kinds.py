"""The step-kind registry: which fields each kind takes and how it is built.

Adding a step kind adds one ``StepKind`` (here or in its own module) and, for
interactive kinds, one checker in ``holdspace.core.checking`` and one widget in
``holdspace.gui.steps``, all keyed by the same ``kind`` string.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Mapping

from .. import answers
from .fields import Rule, as_list, check_fields, check_value
from .model import Accept, AnswerSpec, Choice, ChoiceSpec, Response
from .problems import Report

# Fields every step may carry.
COMMON_RULES: dict[str, Rule] = {
    "kind": Rule("text", required=True),
    "id": Rule("id"),
    "hints": Rule("text_list"),
    "explain": Rule("text"),
    "notes": Rule("text"),
}


@dataclass(frozen=True)
class StepKind:
    name: str
    rules: Mapping[str, Rule]
    # Deeper checks and construction of the kind-specific spec; returns None when
    # the step can't be built (problems were added to the report).
    build: Callable[[Report, tuple, dict], Any] = lambda report, path, data: None
    summary: str = ""


STEP_KINDS: dict[str, StepKind] = {}


def register(kind: StepKind) -> StepKind:
    STEP_KINDS[kind.name] = kind
    return kind


def rules_for(kind: StepKind) -> dict[str, Rule]:
    return {**COMMON_RULES, **kind.rules}


# --- choice -------------------------------------------------------------------

_CHOICE_RULES = {"text": Rule("text", required=True), "correct": Rule("bool"),
                 "feedback": Rule("text")}


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
            choices.append(Choice(good["text"], good.get("correct", False), good.get("feedback", "")))
    if len(choices) == len(raw) and not any(c.correct for c in choices):
        report.add(path + ("choices",), "no choice is marked as the right one",
                   "add `correct: true` to the choice (or choices) that answer the question")
        return None
    texts = [c.text.strip().casefold() for c in choices]
    for index, text in enumerate(texts):
        if text in texts[:index]:
            report.add(path + ("choices", index, "text"), "two choices have the same text",
                       "make each choice different")
    if len(choices) != len(raw):
        return None
    return ChoiceSpec(tuple(choices), shuffle=data.get("shuffle", True))


register(StepKind(
    "choice",
    {"body": Rule("text"), "prompt": Rule("text", required=True),
     "choices": Rule("list", required=True, minimum=2), "shuffle": Rule("bool")},
    _build_choice,
    "a question with choices; one or several are right",
))


# --- answer -------------------------------------------------------------------

_ACCEPT_TYPES = ("number", "hex", "text", "money")


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    if isinstance(value, str):
        return answers.read_money(value)
    return None


def one_of(report: Report, path: tuple, raw: dict, choices: tuple[str, ...], *,
           what: str, example: str, also_allowed: tuple[str, ...] = ()) -> str | None:
    """The one key of ``choices`` that ``raw`` holds; report unknown keys and none/several."""
    unknown = [key for key in raw if key not in choices and key not in also_allowed]
    for key in unknown:
        report.add(path + (key,), f"unknown {what} type `{key}`",
                   f"use one of: {', '.join(choices)}", at_key=True)
    present = [key for key in choices if key in raw]
    if unknown and not present:
        return None  # one problem is enough: the likely typo was named above
    if len(present) != 1:
        report.add(path, f"`{path[-1]}` needs exactly one of {', '.join(choices)}",
                   f"e.g. {example}")
        return None
    return present[0]


def _build_accept(report: Report, path: tuple, accept: dict) -> Accept | None:
    kind = one_of(report, path, accept, _ACCEPT_TYPES, what="answer",
                  example='`accept: {number: 31}` or `accept: {money: "14.00"}`',
                  also_allowed=("tolerance",))
    if kind is None:
        return None
    value = _accept_value(report, path + (kind,), kind, accept[kind])
    tolerance = Decimal(0)
    if "tolerance" in accept:
        tolerance = _decimal(accept["tolerance"])
        if kind in ("hex", "text") or tolerance is None or tolerance < 0:
            report.add(path + ("tolerance",), "this tolerance can't be used here",
                       "give a tolerance only with number or money, as a positive amount like \"0.01\"")
            return None
    return None if value is None else Accept(kind, value, tolerance)


def _accept_value(report: Report, path: tuple, kind: str, value: Any) -> Any:
    if kind == "hex":
        parsed = answers.read_hex(value) if isinstance(value, str) else None
        if parsed is None:
            report.add(path, "expected hex digits in quotes",
                       'quote hex values so YAML keeps them as written, e.g. hex: "1f"')
        return parsed
    if kind == "text":
        if not check_value(report, path, value, Rule("text_list")):
            return None
        texts = tuple(answers.read_text(t) for t in as_list(value))
        if not texts or not all(texts):
            report.add(path, "no accepted text given", "list the answers you accept")
            return None
        return texts
    parsed = _decimal(value)
    if parsed is None:
        report.add(path, f"expected a {kind} value such as \"14.00\"",
                   "write the amount in quotes, e.g. \"14.00\"")
    return parsed


_RESPONSE_RULES = {"answer": Rule("text", required=True), "feedback": Rule("text", required=True)}


def build_responses(report: Report, path: tuple, raw: Any,
                    accepted: Callable[[str], bool] | None = None) -> tuple[Response, ...]:
    """Anticipated not-yet answers (`responses:`), shared by every kind that takes them.

    ``accepted`` tells whether an answer would be accepted: such a response would
    shadow the right answer, so it is reported instead of kept.
    """
    found = []
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        where = path + (index,)
        if not check_value(report, where, item, Rule("mapping")):
            continue
        good = check_fields(report, where, item, _RESPONSE_RULES, what="response")
        if len(good) != 2:
            continue
        if accepted is not None and accepted(good["answer"]):
            report.add(where + ("answer",), "this response is the answer the step accepts",
                       "responses explain answers on the way; remove this one or change it")
            continue
        found.append(Response(good["answer"], good["feedback"]))
    return tuple(found)


def _build_answer(report: Report, path: tuple, data: dict) -> AnswerSpec | None:
    accept = data.get("accept")
    if not isinstance(accept, dict):
        return None
    built = _build_accept(report, path + ("accept",), accept)
    responses = build_responses(report, path + ("responses",), data.get("responses"))
    if built is None:
        return None
    return AnswerSpec(built, responses, data.get("placeholder", ""))


register(StepKind(
    "answer",
    {"body": Rule("text"), "prompt": Rule("text", required=True),
     "accept": Rule("mapping", required=True), "responses": Rule("list"),
     "placeholder": Rule("text")},
    _build_answer,
    "a question the learner answers by typing",
))


# --- read ---------------------------------------------------------------------

register(StepKind("read", {"body": Rule("text", required=True)},
                  summary="a page to read"))

