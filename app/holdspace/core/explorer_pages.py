"""The practice explorer's pages: real public transactions (or a labelled teaching example)
shipped as JSON in ``assets/explorer``, and a search that works as an explorer's does.

A page is named by a plain name (``pizza``) and looked up only in the shipped folder,
never in a pack. Each page has a fixed practice "current height", so confirmations never
depend on the clock; nothing is fetched. The ``explorer`` step kind builds on this
(``holdspace.core.practice.explorer``); the interface names every field in words.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from . import paths
from .answers import INVISIBLE
from .errors import HoldspaceError

NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")  # a plain name: no folders, dots or drive letters
MAX_PAGE_BYTES = 64_000
MAX_QUERY = 200
TASKS = ("click", "type", "find")


class Network(NamedTuple):
    name: str
    coin: str
    aliases: tuple[str, ...]  # what a learner may type, folded
    evm: bool  # Ethereum-style: 0x addresses and hashes, case forgiven


NETWORKS = {
    "bitcoin": Network("Bitcoin", "BTC", ("bitcoin", "btc", "bitcoin mainnet"), False),
    "ethereum": Network(
        "Ethereum", "ETH", ("ethereum", "eth", "ethereum mainnet", "mainnet"), True
    ),
    "bsc": Network(
        "BNB Smart Chain", "BNB", ("bnb smart chain", "bsc", "bnb chain", "bnb", "bep20"), True
    ),
}
# key -> what kind of value it holds, in the order an explorer page shows them; the
# interface names each key in words. "network" and "confirmations" are worked out from
# the page, never stored.
FIELDS: dict[str, str] = {
    "network": "network",
    "txid": "hash",
    "status": "status",
    "block": "int",
    "confirmations": "int",
    "block_hash": "hash",
    "time": "text",
    "from": "address",
    "to": "address",
    "input_total": "amount",
    "value": "amount",
    "fee": "amount",
    "inputs": "int",
    "outputs": "int",
    "size": "int",
    "gas_limit": "int",
    "gas_used": "int",
    "gas_price": "gwei",
    "nonce": "int",
    "message": "text",
}
NUMERIC = ("int", "amount", "gwei")
# What a learner may type for a coinbase's sender or a confirmed status, in the languages
# the built-in lessons are translated into too (the page shows the words translated).
NO_SENDER = (
    "coinbase",
    "coinbase (new coins)",
    "new coins",
    "none",
    "nobody",
    "no sender",
    "nouvelles pièces",
    "nouvelles cryptos",
    "aucun",
    "personne",
    "pas d'expéditeur",
    "monedas nuevas",
    "ninguno",
    "nadie",
    "sin remitente",
)
STATUS_WORDS = {
    "confirmed": (
        "confirmed",
        "success",
        "successful",
        "confirmée",
        "confirmé",
        "réussie",
        "confirmada",
        "confirmado",
        "exitosa",
    )
}


class PageProblem(HoldspaceError, ValueError):
    """A page name that isn't shipped, or a page file that can't be read."""


@dataclass(frozen=True)
class Page:
    """A practice explorer page: its network, fields and the height it was seen at."""

    name: str
    network: str
    current_height: int  # fixed for practice, never today's height
    made_up: bool  # a teaching example, said so on the page
    values: tuple[tuple[str, Any], ...]  # stored and worked-out fields, in display order
    units: tuple[tuple[str, str], ...] = ()  # e.g. a token's value on another network's page

    def get(self, key: str) -> Any:
        return dict(self.values).get(key)

    def keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.values)

    def unit(self, key: str) -> str:
        kind = FIELDS[key]
        coin = dict(self.units).get(key, NETWORKS[self.network].coin)
        return {"gwei": "Gwei", "amount": coin}.get(kind, "")

    def display(self, key: str) -> str:
        """The value in figures and its unit, as an explorer page writes it; what a learner
        may type as the answer. Names and words are the interface's (it translates them)."""
        value = self.get(key)
        if key == "network":
            return NETWORKS[value].name
        if value is None:  # a coinbase has no sender: its coins are new
            return "coinbase"
        unit = self.unit(key)
        text = (
            f"{value:,}"
            if isinstance(value, int)
            else f"{Decimal(value):,f}"
            if unit
            else str(value)
        )
        return f"{text} {unit}" if unit else text


# --- reading the shipped pages -----------------------------------------------------


def explorer_dir() -> Path:
    return paths.assets_dir() / "explorer"


def page_names() -> tuple[str, ...]:
    folder = explorer_dir()
    return (
        tuple(sorted(p.stem for p in folder.glob("*.json") if NAME.match(p.stem)))
        if folder.is_dir()
        else ()
    )


@lru_cache(maxsize=32)
def load_page(name: str) -> Page:
    """The shipped page called ``name``; ``PageProblem`` when there is none (or it is damaged)."""
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise PageProblem("a page name is a plain name such as `pizza`, without folders or dots")
    folder = explorer_dir().resolve()
    path = (folder / f"{name}.json").resolve()
    if path.parent != folder or not path.is_file():  # a symlink out of the folder counts as missing
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
        values["confirmations"] = height - values["block"] + 1  # the block itself counts
    units = tuple((k, str(u)) for k, u in data.get("units", {}).items() if k in FIELDS)
    return Page(
        name,
        network,
        height,
        data.get("made_up") is True,
        tuple((k, values[k]) for k in FIELDS if k in values),
        units,
    )


def _stored_value(key: str, value: Any) -> Any:
    if key in ("network", "confirmations") or key not in FIELDS:  # worked out, never stored
        raise ValueError(f"`{key}` is not a field a page may store")
    kind = FIELDS[key]
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"`{key}` should be a whole number")
    elif not isinstance(value, str) and not (key == "from" and value is None):
        raise ValueError(f"`{key}` should be text")
    if kind in ("amount", "gwei"):
        Decimal(value)  # kept as text so no float rounds an amount, but it must read as one
    return value


def _pages_on(network: str) -> list[Page]:
    pages = []
    for name in page_names():
        with contextlib.suppress(PageProblem):  # a damaged file is passed over, never a crash
            pages.append(load_page(name))
    return [p for p in pages if p.network == network]


# --- searching, as a real explorer does: one network's records at a time --------------


@dataclass(frozen=True)
class SearchResult:
    """What the practice explorer's search box found for one query."""

    kind: str  # "transaction" | "address" | "not-found" | "empty"
    network: str
    query: str
    pages: tuple[str, ...] = ()


def clean_query(text: str) -> str:
    """Pasted text without spaces, line breaks or invisible characters."""
    return "".join((text or "").translate(INVISIBLE).split())[: MAX_QUERY + 1]


def same_hash(a: Any, b: str, evm: bool) -> bool:
    """Is ``b`` the hash or address ``a``, as this network's explorer would read it?"""
    if evm and isinstance(a, str):  # EVM explorers forgive case and a missing 0x label
        return a.lower().removeprefix("0x") == b.lower().removeprefix("0x")
    return isinstance(a, str) and (
        a == b or (a.lower() == b.lower() and a.lower().startswith("bc1"))
    )


def search(network: str, text: str) -> SearchResult:
    query = clean_query(text)
    if not query or len(query) > MAX_QUERY:
        return SearchResult("not-found" if query else "empty", network, query[:MAX_QUERY])
    evm, here = NETWORKS[network].evm, _pages_on(network)
    found = tuple(p.name for p in here if same_hash(p.get("txid"), query, evm))
    if found:
        return SearchResult("transaction", network, query, found[:1])
    if not evm or query.lower().startswith("0x"):  # a bare 40-digit string is no address
        touching = tuple(
            p.name
            for p in here
            if same_hash(p.get("from"), query, evm) or same_hash(p.get("to"), query, evm)
        )
        if touching:
            return SearchResult("address", network, query, touching)
    return SearchResult("not-found", network, query)
