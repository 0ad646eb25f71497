"""The ``explorer`` step kind: a practice explorer page to click, read or search.

Tasks: ``click`` a field, ``type`` what a field says, ``find`` the page by search.
The pages and the search are :mod:`holdspace.core.explorer_pages`.

```yaml
- kind: explorer
  page: pizza                      # a shipped page: genesis, pizza, first-ethereum, other-network
  task: click                      # click | type | find
  field: fee                       # for click and type
  feedback: {value: That is what the seller received.}
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypedDict

from .. import answers
from ..checking import anticipated, is_close
from ..explorer_pages import (
    FIELDS,
    NETWORKS,
    NO_SENDER,
    NUMERIC,
    STATUS_WORDS,
    Page,
    PageProblem,
    SearchResult,
    clean_query,
    load_page,
    page_names,
    same_hash,
    search,
)
from ..feedback import CLOSE, EMPTY, GOT_IT, NOT_YET, UNREADABLE, Feedback, Reveal
from ..lessons.fields import Rule, check_value
from ..lessons.kinds import StepKind
from ..lessons.model import Response, Step
from ..lessons.problems import Report

__all__ = [
    "NETWORKS",
    "STEP_KIND",
    "ExplorerAnswer",
    "ExplorerSpec",
    "Page",
    "PageProblem",
    "SearchResult",
    "load_page",
    "page_names",
    "search",
]

TASKS = ("click", "type", "find")
_UNIT_TAIL = re.compile(r"\s*(btc|eth|bnb|gwei|bytes?|blocks?|confirmations?)\s*$", re.IGNORECASE)


class ExplorerAnswer(TypedDict, total=False):
    """What the explorer widget hands over at Check."""

    field: str | None  # click: the line picked (a FIELDS key)
    text: str  # type: what the learner wrote
    network: str  # find: the network the explorer is on
    page: str  # the page on screen
    searched: bool  # find: a search was made
    search: str  # find: what was searched (kept so Back restores it)
    query: str  # a bare answer: a TXID searched on the page's own network


# --- the step kind -------------------------------------------------------------


@dataclass(frozen=True)
class ExplorerSpec:
    """An `explorer` step: the page it opens and what the learner is asked to do."""

    page: str
    task: str  # click | type | find
    field: str | None
    network: str  # where the explorer opens
    feedback: tuple[
        tuple[str, str], ...
    ] = ()  # clicked field, typed answer or searched network -> text

    @property
    def line(self) -> str:
        """The field a click or type step asks for (validation requires one for those)."""
        if self.field is None:
            raise LookupError("a find step asks for no field")
        return self.field

    def feedback_for(self, key: Any) -> str:
        return dict(self.feedback).get(key, "") if isinstance(key, str) else ""


def _suggest(word: str, options: tuple[str, ...]) -> str:
    import difflib  # only when a name is unknown: most files never need it

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"did you mean `{close[0]}`? " if close else ""


def _build(report: Report, path: tuple, data: dict) -> ExplorerSpec | None:
    page, task = None, data.get("task")
    if isinstance(data.get("page"), str):
        try:
            page = load_page(data["page"])
        except PageProblem as problem:
            names = page_names()
            report.add(
                path + ("page",),
                str(problem),
                f"{_suggest(data['page'], names)}pages you can use: {', '.join(names) or 'none'}",
            )
    if isinstance(task, str) and task not in TASKS:
        report.add(
            path + ("task",),
            f"unknown task `{task}`",
            f"{_suggest(task, TASKS)}use click, type or find",
        )
    if page is None or task not in TASKS:
        return None
    before = len(report.problems)
    field = _check_field(report, path, data.get("field"), page, task)
    network = data.get("network", page.network)
    if network not in NETWORKS or (task != "find" and network != page.network):
        report.add(
            path + ("network",),
            f"the explorer can't open on `{network}` here",
            f"a find step may open on one of: {', '.join(NETWORKS)}; other tasks open "
            f"on the page's own network, so leave `network:` out",
        )
    feedback = _check_feedback(report, path, data.get("feedback"), page, task)
    if len(report.problems) > before:
        return None
    return ExplorerSpec(page.name, task, field, network, feedback)


def _check_field(report: Report, path: tuple, field: Any, page: Page, task: str) -> str | None:
    has = f"this page has: {', '.join(page.keys())}"
    if task == "find" and field is not None:
        report.add(
            path + ("field",),
            "a find step doesn't use `field`",
            "remove `field:`, or use task: click or task: type",
            at_key=True,
        )
    elif task != "find" and field is None:
        report.add(
            path, f"a {task} step needs `field:`", f"add e.g. `field: fee`; {has}", at_key=True
        )
    elif task != "find" and field not in page.keys():
        report.add(
            path + ("field",),
            f"the page `{page.name}` has no field `{field}`",
            f"{_suggest(field, page.keys())}{has}",
        )
    else:
        return field
    return None


def _check_feedback(report: Report, path: tuple, raw: Any, page: Page, task: str) -> tuple:
    """What to say for what the learner gave: a clicked field, a typed answer, a searched network."""
    known = {"click": page.keys(), "find": tuple(NETWORKS)}.get(task)
    pairs = []
    for key, text in (raw or {}).items():
        where = path + ("feedback", key)
        if known is not None and key not in known:
            what = "field on this page" if task == "click" else "network"
            report.add(
                where,
                f"`{key}` is not a {what}",
                f"{_suggest(str(key), known)}use one of: {', '.join(known)}",
                at_key=True,
            )
        elif check_value(report, where, text, Rule("text", required=True)):
            pairs.append((str(key), text))
    return tuple(pairs)


# --- checking ------------------------------------------------------------------------


def read_amount(text: str) -> Decimal | None:
    """A number, forgiving a unit after it: "0.99 BTC", "57,049 confirmations"."""
    return answers.read_number(_UNIT_TAIL.sub("", answers.normalize(text)))


class ExplorerChecker:
    """``answer``: the widget's mapping (field, text, network, page, searched), or a string
    read as a field's name, the typed text, or a TXID searched on the page's own network."""

    def check(self, step: Step[ExplorerSpec], answer: ExplorerAnswer | str) -> Feedback:
        spec = step.spec
        page = load_page(spec.page)
        given = (
            answer
            if isinstance(answer, dict)
            else ExplorerAnswer(query=answer if isinstance(answer, str) else "")
        )
        if spec.task == "find":
            return self._found(spec, page, given)
        if spec.task == "click" and given.get("page") not in (
            None,
            page.name,
        ):  # another page's line
            return Feedback(NOT_YET)
        text = given.get("field" if spec.task == "click" else "text", given.get("query"))
        text = answers.normalize(text) if isinstance(text, str) else ""
        if not text:
            return Feedback(EMPTY)
        return (
            self._clicked(spec, page, text)
            if spec.task == "click"
            else self._typed(spec, page, text)
        )

    def _clicked(self, spec: ExplorerSpec, page: Page, text: str) -> Feedback:
        folded = answers.read_text(text).replace("_", " ")
        key = next((k for k in page.keys() if folded == k.replace("_", " ")), None)
        if key is None:  # not a line of this page
            return Feedback(NOT_YET)
        if key == spec.field:
            return Feedback(GOT_IT, {"field": key})
        mine = spec.feedback_for(key)
        return Feedback(NOT_YET, {"field": key, **({"feedback": mine} if mine else {})})

    def _typed(self, spec: ExplorerSpec, page: Page, text: str) -> Feedback:
        numeric = FIELDS[spec.line] in NUMERIC
        value = read_amount(text) if numeric else None
        if _matches(page, spec.line, text, value):
            return Feedback(GOT_IT)
        said = anticipated(
            (Response(given, said) for given, said in spec.feedback), text, read_amount
        )
        if said:
            return Feedback(NOT_YET, {"feedback": said})
        if numeric and value is None:
            return Feedback(UNREADABLE, {"expected": "number"})
        if value is not None and is_close(Decimal(page.get(spec.line)), value):
            return Feedback(CLOSE)
        return Feedback(NOT_YET)

    def _found(self, spec: ExplorerSpec, page: Page, given: ExplorerAnswer) -> Feedback:
        shown: str | None
        network: str | None
        if "query" in given:  # a bare TXID, searched where the transaction lives
            result = search(page.network, str(given["query"]))
            if result.kind == "empty":
                return Feedback(EMPTY)
            shown, network = (
                (result.pages[0] if result.kind == "transaction" else None),
                page.network,
            )
        elif given.get("searched"):
            shown, network = given.get("page"), given.get("network")
        else:
            return Feedback(EMPTY)
        if shown == page.name and network == page.network:
            return Feedback(GOT_IT)
        mine = spec.feedback_for(network)
        return Feedback(NOT_YET, {"feedback": mine} if mine else {})

    def reveal(self, step: Step[ExplorerSpec]) -> Reveal:
        spec = step.spec
        page = load_page(spec.page)
        if spec.task == "click":
            return {"field": spec.line}  # the interface names the line
        if spec.task == "type":
            return {"answer": page.display(spec.line), "field": spec.line}
        return {"answer": page.get("txid"), "page": page.name, "network": page.network}


def _matches(page: Page, key: str, text: str, value: Decimal | None) -> bool:
    expected, kind = page.get(key), FIELDS[key]
    folded = answers.read_text(text)
    if kind in NUMERIC:
        return value is not None and value == Decimal(expected)
    if kind == "network":
        return folded in NETWORKS[expected].aliases
    if kind == "status":
        return folded in STATUS_WORDS.get(expected, (expected,))
    if expected is None:
        return folded in NO_SENDER
    if kind in ("hash", "address"):
        return same_hash(expected, clean_query(text), NETWORKS[page.network].evm)
    return folded == answers.read_text(str(expected))


STEP_KIND = StepKind(
    "explorer",
    {
        "body": Rule("text"),
        "prompt": Rule("text", required=True),
        "page": Rule("text", required=True),
        "task": Rule("text", required=True),
        "field": Rule("text"),
        "network": Rule("text"),
        "feedback": Rule("mapping"),
    },
    _build,
    checker=ExplorerChecker(),
    details=frozenset({"field"}),
    summary="a practice explorer page: click a field, type what it says, or search for a transaction",
)
