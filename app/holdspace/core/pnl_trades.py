"""An author's trades and round trip for a ``pnl`` step, read into ``Decimal``.

Reading is where an untrusted lesson file can go astray, so every amount is checked
for size and places here and each slip becomes one kind problem in the report; the
step kind (:mod:`holdspace.core.practice.pnl_scenario`) then only asks and checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from . import answers
from .lessons.fields import Rule, check_fields, check_value
from .lessons.problems import Report
from .pnl import Leg, Trade

MAX_TRADES = 30
MAX_AMOUNT = Decimal("1e12")  # a trillion: larger numbers are a typo or an attack
MAX_PLACES = 12  # decimal places an author may write


@dataclass(frozen=True)
class RoundTrip:
    """A buy and the sell that closes it, for the simplest profit question."""

    quantity: Decimal
    buy: Leg
    sell: Leg


_TRADE_RULES = {
    "side": Rule("text", required=True),
    "quantity": Rule("text", required=True),
    "price": Rule("text", required=True),
    "fee": Rule("text"),
    "label": Rule("text"),
}
_LEG_RULES = {
    "seen": Rule("text", required=True),
    "quote": Rule("text"),
    "fill": Rule("text"),
    "fee": Rule("text"),
}
_TRIP_RULES = {
    "quantity": Rule("text", required=True),
    "buy": Rule("mapping", required=True),
    "sell": Rule("mapping", required=True),
}
_AMOUNTS = ("quantity", "price", "fee", "seen", "quote", "fill")


def read_amount(
    report: Report, path: tuple, value: str, *, positive: bool = False
) -> Decimal | None:
    """An author's amount, already known to be quoted text: finite and sane in size."""
    number = answers.read_money(value) if len(value) <= 40 else None
    if number is None:
        report.add(
            path,
            f"{value[:30]!r} is not an amount",
            'write a number in quotes, such as "60000" or "0.5"',
        )
        return None
    if abs(number) > MAX_AMOUNT or number.as_tuple().exponent < -MAX_PLACES:  # type: ignore[operator]
        report.add(
            path,
            "this amount is too large or has too many decimal places",
            f"keep amounts under a trillion, with at most {MAX_PLACES} decimals",
        )
        return None
    if number < 0 or (positive and number == 0):
        report.add(
            path,
            "this amount can't be negative" if number < 0 else "this amount must be more than zero",
            "write the size of the amount; buys and sells are told apart by `side`",
        )
        return None
    return number


def _amounts(report: Report, path: tuple, good: dict, rules: dict[str, Rule]) -> dict | None:
    """Every amount field of one mapping, or None when one is missing or unreadable.

    ``good`` holds only fields whose type passed; a missing or mistyped field was
    reported by ``check_fields`` already, so it is not reported twice.
    """
    values: dict[str, Decimal | None] = {}
    for key, rule in rules.items():
        if key in _AMOUNTS and key in good:
            values[key] = read_amount(report, path + (key,), good[key], positive=key == "quantity")
        elif key in _AMOUNTS and rule.required:
            values[key] = None
    return None if None in values.values() else values


def build_trades(report: Report, path: tuple, raw: list) -> tuple[Trade, ...] | None:
    if len(raw) > MAX_TRADES:
        report.add(
            path,
            f"there are {len(raw)} trades; a scenario may have {MAX_TRADES}",
            "keep the scenario small enough to follow line by line",
        )
        return None
    trades, held, ok = [], Decimal(0), True
    for index, item in enumerate(raw):
        where = path + (index,)
        if not check_value(report, where, item, Rule("mapping")):
            ok = False
            continue
        good = check_fields(report, where, item, _TRADE_RULES, what="trade")
        side = good.get("side", "").strip().lower()
        if "side" in good and side not in ("buy", "sell"):
            report.add(
                where + ("side",),
                f"a trade is a buy or a sell, not {good['side']!r}",
                "write `side: buy` or `side: sell`",
            )
        values = _amounts(report, where, good, _TRADE_RULES)
        if values is None or side not in ("buy", "sell"):
            ok = False
            continue
        quantity = values["quantity"]
        held += quantity if side == "buy" else -quantity
        if held < 0:
            report.add(
                where + ("quantity",),
                f"this sells more than is held at that point ({held + quantity})",
                "check the quantities, or add the buy that comes before it",
            )
            ok = False
        trades.append(
            Trade(
                side,
                quantity,
                values["price"],
                values.get("fee", Decimal(0)),
                good.get("label", ""),
            )
        )
    return tuple(trades) if ok else None


def _build_leg(report: Report, path: tuple, raw: dict) -> Leg | None:
    values = _amounts(
        report, path, check_fields(report, path, raw, _LEG_RULES, what="leg"), _LEG_RULES
    )
    if values is None:
        return None
    return Leg(
        values["seen"], values.get("fee", Decimal(0)), values.get("quote"), values.get("fill")
    )


def build_trip(report: Report, path: tuple, raw: dict) -> RoundTrip | None:
    good = check_fields(report, path, raw, _TRIP_RULES, what="round trip")
    values = _amounts(report, path, good, _TRIP_RULES)
    buy = _build_leg(report, path + ("buy",), good["buy"]) if "buy" in good else None
    sell = _build_leg(report, path + ("sell",), good["sell"]) if "sell" in good else None
    return RoundTrip(values["quantity"], buy, sell) if values and buy and sell else None
