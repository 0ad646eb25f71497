"""The ``pnl`` step: a trade scenario, one figure to find, then the numbers line by line.

A scenario is either a list of ``trades`` (FIFO, average cost, or both side by side) or
one ``round_trip`` whose legs say what the chart showed, what was quoted and what was
filled, so the walk from the expected profit to the actual one shows spread, slippage
and fees. Every amount is read into ``Decimal`` through :mod:`holdspace.core.pnl`;
nothing is rounded except the answer shown by "show me".

    - kind: pnl
      prompt: What was the realised profit with FIFO?
      trades:
        - {side: buy, quantity: "0.01", price: "40000", fee: "1"}
        - {side: sell, quantity: "0.01", price: "55000", fee: "1"}
      price_now: "50000"            # optional: needed for unrealised figures
      method: fifo                  # fifo | average | both
      ask: realised                 # realised | unrealised | cost-basis | average-cost | expected
      ask_method: fifo              # which column holds the answer when method is both
      tolerance: "0.01"
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import answers
from ..checking import judge_amount
from ..feedback import EMPTY, NOT_YET, Feedback, Reveal
from ..lessons.fields import Rule
from ..lessons.kinds import StepKind, build_responses
from ..lessons.model import Response, Step
from ..lessons.problems import Report
from ..pnl import Line, Position, Trade, for_display, reconcile
from ..pnl_trades import RoundTrip, build_trades, build_trip, read_amount

MAX_ANSWER_CHARS = 64  # longer input is not an amount anyone types
DEFAULT_TOLERANCE = Decimal("0.01")
FIGURES = ("realised", "unrealised", "cost-basis", "average-cost", "expected")
_SPELLINGS = {
    "realized": "realised",
    "unrealized": "unrealised",
    "cost basis": "cost-basis",
    "average cost": "average-cost",
}
METHODS = ("fifo", "average", "both")


@dataclass(frozen=True)
class PnlSpec:
    """A `pnl_scenario` step: the trades, the figure it asks for and its answer."""

    ask: str  # one of FIGURES
    ask_method: str  # "fifo" or "average": the column holding the answer
    methods: tuple[str, ...]  # the columns shown: one, or ("fifo", "average")
    answer: Decimal  # exact; rounded only by display_answer
    tolerance: Decimal
    trades: tuple[Trade, ...] = ()
    round_trip: RoundTrip | None = None
    price_now: Decimal | None = None
    currency: str = "$"
    responses: tuple[Response, ...] = ()
    placeholder: str = ""

    def lines(self, method: str) -> list[Line]:
        """The worked breakdown for one method, without lines that say nothing here."""
        trip = self.round_trip
        if trip is not None:
            lines = list(reconcile(trip.quantity, trip.buy, trip.sell).lines)
        else:
            lines = Position.from_trades(self.trades, method).breakdown(self.price_now)
        if not any(t.side == "sell" for t in self.trades) and trip is None:
            # Nothing sold: a realised part of zeros would only be noise.
            lines = [
                line
                for line in lines
                if line.code not in ("gross-gain", "sell-fee", "realized")
                and line.params.get("units") != "sold"
            ]
        return [line for line in lines if line.role != "step" or line.amount]  # no "$0 fee" lines

    def figure(self, ask: str, method: str) -> Decimal:
        return _figure(self.trades, self.round_trip, self.price_now, ask, method)


def display_answer(amount: Decimal) -> str:
    """The answer as "show me" writes it: two decimals, thousands grouped ("30,005.00")."""
    return f"{for_display(amount):,.2f}"


def _figure(
    trades: tuple[Trade, ...], trip: RoundTrip | None, price: Decimal | None, ask: str, method: str
) -> Decimal:
    if trip is not None:
        result = reconcile(trip.quantity, trip.buy, trip.sell)
        return result.expected if ask == "expected" else result.actual
    position = Position.from_trades(trades, method)
    if ask == "unrealised":
        return position.unrealized(price if price is not None else Decimal(0))
    return {
        "realised": position.realized,
        "cost-basis": position.cost_basis,
        "average-cost": position.average_cost,
    }[ask]


# --- validation -----------------------------------------------------------------


def _build(report: Report, path: tuple, data: dict) -> PnlSpec | None:
    before = len(report.problems)
    has_trades, has_trip = "trades" in data, "round_trip" in data
    if has_trades == has_trip:
        report.add(
            path,
            "a pnl step needs either `trades` or `round_trip` (one of them)",
            "list the trades, or describe one buy and one sell under `round_trip`",
        )
    trades = build_trades(report, path + ("trades",), data["trades"]) if has_trades else ()
    trip = build_trip(report, path + ("round_trip",), data["round_trip"]) if has_trip else None
    price = (
        read_amount(report, path + ("price_now",), data["price_now"], positive=True)
        if "price_now" in data
        else None
    )
    ask, ask_method, methods = _question(report, path, data, trades, has_trip, price)
    tolerance = (
        read_amount(report, path + ("tolerance",), data["tolerance"])
        if "tolerance" in data
        else DEFAULT_TOLERANCE
    )
    responses = _responses(report, path, data.get("responses", []))
    currency = data.get("currency", "$").strip()
    if len(currency) > 4 or any(c.isdigit() for c in currency):
        report.add(
            path + ("currency",),
            "the currency sign is at most four characters, without digits",
            'write a sign such as "$", "€" or "USD"',
        )
    if (
        len(report.problems) > before
        or tolerance is None
        or trades is None
        or (has_trip and trip is None)
    ):
        return None
    answer = _figure(trades, trip, price, ask, ask_method)
    if abs(for_display(answer) - answer) > tolerance:
        report.add(
            path + ("tolerance",),
            f"the answer {answer} needs a tolerance to be shown with two decimals",
            'add `tolerance: "0.01"` (or at least "0.005")',
        )
        return None
    return PnlSpec(
        ask,
        ask_method,
        methods,
        answer,
        tolerance,
        trades,
        trip,
        price,
        currency,
        responses,
        data.get("placeholder", ""),
    )


def _question(
    report: Report, path: tuple, data: dict, trades: tuple | None, trip: bool, price: Decimal | None
) -> tuple[str, str, tuple[str, ...]]:
    """Which figure is asked, in which method's column, and which columns are shown."""
    raw_ask = data.get("ask", "").strip().lower()
    ask = _SPELLINGS.get(raw_ask, raw_ask)
    if "ask" in data and ask not in FIGURES:
        report.add(
            path + ("ask",),
            f"`{data['ask'][:30]}` is not a figure this step can ask for",
            f"use one of: {', '.join(FIGURES)}",
        )
    method = data.get("method", "fifo").strip().lower()
    if method not in METHODS:
        report.add(
            path + ("method",),
            f"`{method[:30]}` is not a basis method",
            "use fifo, average or both",
        )
    ask_method = data.get("ask_method", "" if method == "both" else method).strip().lower()
    if method == "both" and ask_method not in ("fifo", "average"):
        report.add(
            path + ("ask_method" if "ask_method" in data else "method",),
            "with `method: both`, say which column holds the answer",
            "add `ask_method: fifo` or `ask_method: average`",
        )
    elif method in ("fifo", "average") and ask_method != method:
        report.add(
            path + ("ask_method",),
            "`ask_method` differs from `method`",
            f"remove `ask_method`, or write `ask_method: {method}`",
        )
    if trip and (ask not in ("realised", "expected") or method == "both" or price is not None):
        report.add(
            path + ("round_trip",),
            "a round trip sells everything it bought, in one buy and one sell",
            "ask for `realised` or `expected`, without `method: both` or `price_now`",
        )
    if not trip and ask == "expected":
        report.add(
            path + ("ask",),
            "`expected` needs a `round_trip` (what the chart showed)",
            "describe the trade under `round_trip`, or ask for another figure",
        )
    if trades and ask in ("unrealised", "cost-basis", "average-cost"):
        if sum((t.quantity if t.side == "buy" else -t.quantity for t in trades), Decimal(0)) == 0:
            report.add(
                path + ("ask",),
                f"nothing is held after these trades, so `{ask}` is zero",
                "ask for `realised`, or sell only part of what was bought",
            )
        elif ask == "unrealised" and price is None:
            report.add(
                path + ("ask",),
                "an unrealised figure needs today's price",
                'add `price_now:` with the price today, e.g. "50000"',
            )
    methods = ("fifo", "average") if method == "both" else (method,)
    return ask, ask_method if ask_method in ("fifo", "average") else "fifo", methods


def _responses(report: Report, path: tuple, raw: Any) -> tuple[Response, ...]:
    return build_responses(report, path + ("responses",), raw)


# --- checking -------------------------------------------------------------------


class PnlChecker:
    """``answer`` is the text the learner typed; amounts are read forgivingly."""

    def check(self, step: Step[PnlSpec], answer: str) -> Feedback:
        spec = step.spec
        text = answers.normalize(answer if isinstance(answer, str) else "")
        if not text:
            return Feedback(EMPTY)
        read = functools.partial(_read, language=step.language)
        value = read(text)
        if (
            value is not None and value.adjusted() > 15
        ):  # far beyond any scenario (1e999999 included)
            return Feedback(NOT_YET)
        return judge_amount(text, spec.answer, spec.tolerance, read, spec.responses, "money")

    def reveal(self, step: Step[PnlSpec]) -> Reveal:
        return {"answer": display_answer(step.spec.answer)}


def _read(text: str, language: str = "") -> Decimal | None:
    """An amount, forgiving "$" and commas; longer text is not an amount anyone types."""
    return answers.read_money(text, language) if len(text) <= MAX_ANSWER_CHARS else None


STEP_KIND = StepKind(
    "pnl",
    {
        "body": Rule("text"),
        "prompt": Rule("text", required=True),
        "trades": Rule("list", minimum=1),
        "round_trip": Rule("mapping"),
        "price_now": Rule("text"),
        "method": Rule("text"),
        "ask": Rule("text", required=True),
        "ask_method": Rule("text"),
        "tolerance": Rule("text"),
        "currency": Rule("text"),
        "responses": Rule("list"),
        "placeholder": Rule("text"),
    },
    _build,
    checker=PnlChecker(),
    summary="a trade scenario: find one figure, then see it worked out line by line",
)
