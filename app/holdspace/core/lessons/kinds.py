"""What a step kind is, and the helpers every kind builds with.

A step kind is one ``StepKind`` object, made in the kind's own module
(``holdspace.core.practice.<kind>``) and listed, once, in
``holdspace.core.lessons.registry``. Nothing registers itself on import: the
list is the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..checking import Checker
from .fields import Rule, check_fields, check_value
from .model import Response
from .problems import Report

SpecT = TypeVar("SpecT")
NameT = TypeVar("NameT", bound=str)  # one_of gives back one of the names it was offered

# Fields every step may carry.
COMMON_RULES: dict[str, Rule] = {
    "kind": Rule("text", required=True),
    "id": Rule("id"),
    "hints": Rule("text_list"),
    "explain": Rule("text"),
    "notes": Rule("text"),
}


def _always(spec: Any) -> bool:
    return True


def _no_spec(report: Report, path: tuple, data: dict) -> None:
    return None


@dataclass(frozen=True)
class StepKind(Generic[SpecT]):
    """Everything the core knows about one step kind, found in one place.

    The interface's widget for the kind is listed under the same ``name`` in
    ``holdspace.gui.steps.WIDGETS``.
    """

    name: str
    # The fields this kind takes, beyond COMMON_RULES (the authoring guide documents each).
    rules: Mapping[str, Rule]
    # Deeper checks and construction of the kind's spec; returns None when the step
    # can't be built (problems were added to the report).
    build: Callable[[Report, tuple, dict], SpecT | None] = _no_spec
    # Reads the learner's answer and reveals the answer; None: this kind never asks.
    checker: Checker[SpecT, Any] | None = None
    # For a kind whose steps may ask nothing this time (free play): does this one ask?
    asks_when: Callable[[SpecT], bool] = _always
    # Kind-specific details a not-yet can carry, beyond the shared ones: each is a
    # feedback parameter the interface has words for (``holdspace.gui.wording``).
    details: frozenset[str] = frozenset()
    summary: str = ""  # one line saying what the learner does

    def asks(self, spec: SpecT | None) -> bool:
        """Does a step of this kind, built as ``spec``, ask the learner something?"""
        return self.checker is not None and spec is not None and self.asks_when(spec)

    @property
    def takes_responses(self) -> bool:
        """Authors may write anticipated not-yet answers (``responses:``) for it."""
        return "responses" in self.rules


def rules_for(kind: StepKind) -> dict[str, Rule]:
    return {**COMMON_RULES, **kind.rules}


def one_of(
    report: Report,
    path: tuple,
    raw: dict,
    choices: tuple[NameT, ...],
    *,
    what: str,
    example: str,
    also_allowed: tuple[str, ...] = (),
) -> NameT | None:
    """The one key of ``choices`` that ``raw`` holds; report unknown keys and none/several."""
    unknown = [key for key in raw if key not in choices and key not in also_allowed]
    for key in unknown:
        report.add(
            path + (key,),
            f"unknown {what} type `{key}`",
            f"use one of: {', '.join(choices)}",
            at_key=True,
        )
    present = [key for key in choices if key in raw]
    if unknown and not present:
        return None  # one problem is enough: the likely typo was named above
    if len(present) != 1:
        report.add(
            path, f"`{path[-1]}` needs exactly one of {', '.join(choices)}", f"e.g. {example}"
        )
        return None
    return present[0]


_RESPONSE_RULES = {"answer": Rule("text", required=True), "feedback": Rule("text", required=True)}


def build_responses(
    report: Report, path: tuple, raw: Any, accepted: Callable[[str], bool] | None = None
) -> tuple[Response, ...]:
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
            report.add(
                where + ("answer",),
                "this response is the answer the step accepts",
                "responses explain answers on the way; remove this one or change it",
            )
            continue
        found.append(Response(good["answer"], good["feedback"]))
    return tuple(found)
