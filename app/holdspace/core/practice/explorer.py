"""The ``explorer`` step kind: a practice explorer page drawn from bundled JSON.

A lesson names a page by a plain name (``page: pizza``), looked up only in the
shipped ``assets/explorer`` folder, never in a pack. Pages hold real public
transactions (or a made-up teaching example that says so) and a fixed practice
"current height": confirmations never depend on the clock; nothing is fetched.
Tasks: ``click`` a field, ``type`` what a field says, ``find`` the page by search.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .. import answers, paths
from ..checking import CHECKERS, CLOSE_WITHIN
from ..feedback import CLOSE, EMPTY, GOT_IT, NOT_YET, UNREADABLE, Feedback
from ..lessons.fields import Rule, check_value
from ..lessons.kinds import StepKind, register
from ..lessons.model import Step
from ..lessons.problems import Report

NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")   # a plain name: no folders, dots or drive letters
MAX_PAGE_BYTES = 64_000
MAX_QUERY = 200
TASKS = ("click", "type", "find")


class Network(NamedTuple):
    name: str
    coin: str
    aliases: tuple[str, ...]      # what a learner may type, folded
    evm: bool                     # Ethereum-style: 0x addresses and hashes, case forgiven


NETWORKS = {
    "bitcoin": Network("Bitcoin", "BTC", ("bitcoin", "btc", "bitcoin mainnet"), False),
    "ethereum": Network("Ethereum", "ETH", ("ethereum", "eth", "ethereum mainnet", "mainnet"), True),
    "bsc": Network("BNB Smart Chain", "BNB", ("bnb smart chain", "bsc", "bnb chain", "bnb", "bep20"), True),
}
# key -> (type, English label), in the order an explorer page shows them.
# "network" and "confirmations" are worked out from the page, never stored.
FIELDS: dict[str, tuple[str, str]] = {
    "network": ("network", "Network"), "txid": ("hash", "Transaction ID"),
    "status": ("status", "Status"), "block": ("int", "Block"),
    "confirmations": ("int", "Confirmations"), "block_hash": ("hash", "Block hash"),
    "time": ("text", "Time"), "from": ("address", "From"), "to": ("address", "To"),
    "input_total": ("amount", "Total in"), "value": ("amount", "Value"), "fee": ("amount", "Fee"),
    "inputs": ("int", "Inputs"), "outputs": ("int", "Outputs"), "size": ("int", "Size"),
    "gas_limit": ("int", "Gas limit"), "gas_used": ("int", "Gas used"),
    "gas_price": ("gwei", "Gas price"), "nonce": ("int", "Nonce"), "message": ("text", "Message"),
}
NUMERIC = ("int", "amount", "gwei")
NO_SENDER = ("coinbase", "coinbase (new coins)", "new coins", "none", "nobody", "no sender")
STATUS_WORDS = {"confirmed": ("confirmed", "success", "successful")}
_UNIT_TAIL = re.compile(r"\s*(btc|eth|bnb|gwei|bytes?|blocks?|confirmations?)\s*$", re.IGNORECASE)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


class PageProblem(ValueError):
    """A page name that isn't shipped, or a page file that can't be read."""


@dataclass(frozen=True)
class Page:
    name: str
    network: str
    current_height: int                     # fixed for practice, never today's height
    made_up: bool                           # a teaching example, said so on the page
    values: tuple[tuple[str, Any], ...]     # stored and worked-out fields, in display order
    units: tuple[tuple[str, str], ...] = ()  # e.g. a token's value on another network's page

    def get(self, key: str) -> Any:
        return dict(self.values).get(key)

    def keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.values)

    def unit(self, key: str) -> str:
        kind = FIELDS[key][0]
        coin = dict(self.units).get(key, NETWORKS[self.network].coin)
        return {"gwei": "Gwei", "amount": coin}.get(kind, "")

    def display(self, key: str) -> str:
        """The value as an English explorer page writes it (what "show me" says)."""
        value = self.get(key)
        if key == "network":
            return NETWORKS[value].name
        if value is None:   # a coinbase has no sender: its coins are new
            return "coinbase (new coins)"
        unit = self.unit(key)
        text = f"{value:,}" if isinstance(value, int) else f"{Decimal(value):,f}" if unit else str(value)
        return f"{text} {unit}" if unit else text


def label(key: str, network: str) -> str:
    return "Transaction hash" if key == "txid" and NETWORKS[network].evm else FIELDS[key][1]


# --- reading the shipped pages -----------------------------------------------------

def explorer_dir() -> Path:
    return paths.assets_dir() / "explorer"


def page_names() -> tuple[str, ...]:
    folder = explorer_dir()
    return tuple(sorted(p.stem for p in folder.glob("*.json") if NAME.match(p.stem))) if folder.is_dir() else ()


@lru_cache(maxsize=32)
def load_page(name: str) -> Page:
    """The shipped page called ``name``; ``PageProblem`` when there is none (or it is damaged)."""
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise PageProblem("a page name is a plain name such as `pizza`, without folders or dots")
    folder = explorer_dir().resolve()
    path = (folder / f"{name}.json").resolve()
    if path.parent != folder or not path.is_file():   # a symlink out of the folder counts as missing
        raise PageProblem(f"there is no practice explorer page called `{name}`")
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_PAGE_BYTES:
            raise ValueError("too large for a practice page")
        return _parse(name, json.loads(raw.decode("utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, InvalidOperation) as exc:
        raise PageProblem(f"the page `{name}` could not be read ({exc})") from exc


def _parse(name: str, data: dict) -> Page:
    network, height, stored = data["network"], data["current_height"], dict(data["fields"])
    if data["format"] != 1 or data["practice"] is not True or network not in NETWORKS:
        raise ValueError("expected format 1, practice: true and a known network")
    if isinstance(height, bool) or not isinstance(height, int) or "txid" not in stored:
        raise ValueError("expected a whole-number current_height and a txid")
    values: dict[str, Any] = {"network": network}
    for key, value in stored.items():
        values[key] = _stored_value(key, value)
    if values.get("status") == "confirmed" and isinstance(values.get("block"), int):
        values["confirmations"] = height - values["block"] + 1   # the block itself counts
    units = tuple((k, str(u)) for k, u in data.get("units", {}).items() if k in FIELDS)
    return Page(name, network, height, data.get("made_up") is True,
                tuple((k, values[k]) for k in FIELDS if k in values), units)


def _stored_value(key: str, value: Any) -> Any:
    if key in ("network", "confirmations") or key not in FIELDS:   # worked out, never stored
        raise ValueError(f"`{key}` is not a field a page may store")
    kind = FIELDS[key][0]
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"`{key}` should be a whole number")
    elif not isinstance(value, str) and not (key == "from" and value is None):
        raise ValueError(f"`{key}` should be text")
    if kind in ("amount", "gwei"):
        Decimal(value)   # kept as text so no float rounds an amount, but it must read as one
    return value


def _pages_on(network: str) -> list[Page]:
    pages = []
    for name in page_names():
        with contextlib.suppress(PageProblem):   # a damaged file is passed over, never a crash
            pages.append(load_page(name))
    return [p for p in pages if p.network == network]


# --- searching, as a real explorer does: one network's records at a time --------------

@dataclass(frozen=True)
class SearchResult:
    kind: str                   # "transaction" | "address" | "not-found" | "empty"
    network: str
    query: str
    pages: tuple[str, ...] = ()


def clean_query(text: str) -> str:
    """Pasted text without spaces, line breaks or invisible characters."""
    return "".join((text or "").translate(_INVISIBLE).split())[:MAX_QUERY + 1]


def _same(a: Any, b: str, evm: bool) -> bool:
    if evm and isinstance(a, str):  # EVM explorers forgive case and a missing 0x label
        return a.lower().removeprefix("0x") == b.lower().removeprefix("0x")
    return isinstance(a, str) and (a == b or a.lower() == b.lower() and a.lower().startswith("bc1"))


def search(network: str, text: str) -> SearchResult:
    query = clean_query(text)
    if not query or len(query) > MAX_QUERY:
        return SearchResult("not-found" if query else "empty", network, query[:MAX_QUERY])
    evm, here = NETWORKS[network].evm, _pages_on(network)
    found = tuple(p.name for p in here if _same(p.get("txid"), query, evm))
    if found:
        return SearchResult("transaction", network, query, found[:1])
    if not evm or query.lower().startswith("0x"):   # a bare 40-digit string is no address
        touching = tuple(p.name for p in here if _same(p.get("from"), query, evm)
                         or _same(p.get("to"), query, evm))
        if touching:
            return SearchResult("address", network, query, touching)
    return SearchResult("not-found", network, query)


# --- the step kind -------------------------------------------------------------

@dataclass(frozen=True)
class ExplorerSpec:
    page: str
    task: str                                   # click | type | find
    field: str | None
    network: str                                # where the explorer opens
    feedback: tuple[tuple[str, str], ...] = ()  # clicked field, typed answer or searched network -> text

    def feedback_for(self, key: Any) -> str:
        return dict(self.feedback).get(key, "") if isinstance(key, str) else ""


def _suggest(word: str, options: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"did you mean `{close[0]}`? " if close else ""


def _build(report: Report, path: tuple, data: dict) -> ExplorerSpec | None:
    page, task = None, data.get("task")
    if isinstance(data.get("page"), str):
        try:
            page = load_page(data["page"])
        except PageProblem as problem:
            names = page_names()
            report.add(path + ("page",), str(problem),
                       f"{_suggest(data['page'], names)}pages you can use: {', '.join(names) or 'none'}")
    if isinstance(task, str) and task not in TASKS:
        report.add(path + ("task",), f"unknown task `{task}`", f"{_suggest(task, TASKS)}use click, type or find")
    if page is None or task not in TASKS:
        return None
    before = len(report.problems)
    field = _check_field(report, path, data.get("field"), page, task)
    network = data.get("network", page.network)
    if network not in NETWORKS or (task != "find" and network != page.network):
        report.add(path + ("network",), f"the explorer can't open on `{network}` here",
                   f"a find step may open on one of: {', '.join(NETWORKS)}; other tasks open "
                   f"on the page's own network, so leave `network:` out")
    feedback = _check_feedback(report, path, data.get("feedback"), page, task)
    if len(report.problems) > before:
        return None
    return ExplorerSpec(page.name, task, field, network, feedback)


def _check_field(report: Report, path: tuple, field: Any, page: Page, task: str) -> str | None:
    has = f"this page has: {', '.join(page.keys())}"
    if task == "find" and field is not None:
        report.add(path + ("field",), "a find step doesn't use `field`",
                   "remove `field:`, or use task: click or task: type", at_key=True)
    elif task != "find" and field is None:
        report.add(path, f"a {task} step needs `field:`", f"add e.g. `field: fee`; {has}", at_key=True)
    elif task != "find" and field not in page.keys():
        report.add(path + ("field",), f"the page `{page.name}` has no field `{field}`",
                   f"{_suggest(field, page.keys())}{has}")
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
            report.add(where, f"`{key}` is not a {what}",
                       f"{_suggest(str(key), known)}use one of: {', '.join(known)}", at_key=True)
        elif check_value(report, where, text, Rule("text", required=True)):
            pairs.append((str(key), text))
    return tuple(pairs)


register(StepKind(
    "explorer",
    {"body": Rule("text"), "prompt": Rule("text", required=True), "page": Rule("text", required=True),
     "task": Rule("text", required=True), "field": Rule("text"), "network": Rule("text"),
     "feedback": Rule("mapping")},
    _build,
    "a practice explorer page: click a field, type what it says, or search for a transaction",
))


# --- checking ------------------------------------------------------------------------

def read_amount(text: str) -> Decimal | None:
    """A number, forgiving a unit after it: "0.99 BTC", "57,049 confirmations"."""
    return answers.read_number(_UNIT_TAIL.sub("", answers.normalize(text)))


class ExplorerChecker:
    """``answer``: the widget's mapping (field, text, network, page, searched), or a string
    read as a field's name, the typed text, or a TXID searched on the page's own network."""

    def check(self, step: Step, answer: Any) -> Feedback:
        spec: ExplorerSpec = step.spec
        page = load_page(spec.page)
        given = answer if isinstance(answer, dict) else {"query": answer if isinstance(answer, str) else ""}
        if spec.task == "find":
            return self._found(spec, page, given)
        if spec.task == "click" and given.get("page") not in (None, page.name):   # another page's line
            return Feedback(NOT_YET)
        text = given.get("field" if spec.task == "click" else "text", given.get("query"))
        text = answers.normalize(text) if isinstance(text, str) else ""
        if not text:
            return Feedback(EMPTY)
        return self._clicked(spec, page, text) if spec.task == "click" else self._typed(spec, page, text)

    def _clicked(self, spec: ExplorerSpec, page: Page, text: str) -> Feedback:
        folded = answers.read_text(text).replace("_", " ")
        key = next((k for k in page.keys()
                    if folded in (k.replace("_", " "), label(k, page.network).casefold())), None)
        if key == spec.field:
            return Feedback(GOT_IT, {"field": key})
        mine = spec.feedback_for(key)
        return Feedback(NOT_YET, {"field": key, **({"feedback": mine} if mine else {})})

    def _typed(self, spec: ExplorerSpec, page: Page, text: str) -> Feedback:
        numeric = FIELDS[spec.field][0] in NUMERIC
        value = read_amount(text) if numeric else None
        if _matches(page, spec.field, text, value):
            return Feedback(GOT_IT)
        anticipated = next((said for given, said in spec.feedback if _same_answer(given, text)), "")
        if anticipated:
            return Feedback(NOT_YET, {"feedback": anticipated})
        if numeric and value is None:
            return Feedback(UNREADABLE, {"expected": "number"})
        target = Decimal(page.get(spec.field)) if numeric else Decimal(0)
        if target and abs(value - target) <= abs(target) * CLOSE_WITHIN:
            return Feedback(CLOSE)
        return Feedback(NOT_YET)

    def _found(self, spec: ExplorerSpec, page: Page, given: dict) -> Feedback:
        if "query" in given:   # a bare TXID, searched where the transaction lives
            result = search(page.network, str(given["query"]))
            if result.kind == "empty":
                return Feedback(EMPTY)
            shown, network = (result.pages[0] if result.kind == "transaction" else None), page.network
        elif given.get("searched"):
            shown, network = given.get("page"), given.get("network")
        else:
            return Feedback(EMPTY)
        if shown == page.name and network == page.network:
            return Feedback(GOT_IT)
        mine = spec.feedback_for(network)
        return Feedback(NOT_YET, {"feedback": mine} if mine else {})

    def reveal(self, step: Step) -> dict[str, Any]:
        spec: ExplorerSpec = step.spec
        page = load_page(spec.page)
        if spec.task == "click":
            return {"answer": label(spec.field, page.network), "field": spec.field}
        if spec.task == "type":
            return {"answer": page.display(spec.field), "field": spec.field}
        return {"answer": page.get("txid"), "page": page.name, "network": page.network}


def _matches(page: Page, key: str, text: str, value: Decimal | None) -> bool:
    expected, kind = page.get(key), FIELDS[key][0]
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
        return _same(expected, clean_query(text), NETWORKS[page.network].evm)
    return folded == answers.read_text(str(expected))


def _same_answer(expected: str, text: str) -> bool:
    if answers.read_text(expected) == answers.read_text(text):
        return True
    value = read_amount(text)
    return value is not None and read_amount(expected) == value


CHECKERS["explorer"] = ExplorerChecker()
