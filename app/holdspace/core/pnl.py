"""Profit and loss, in Decimal only, explained line by line.

Rules (DESIGN §6): the cost basis includes the buy fee; realised = net proceeds after the
sell fee − the basis of the units sold; unrealised = quantity × price − remaining basis.
FIFO and average cost are both supported and every result says which one it used.
Nothing is rounded here; round only for display (:func:`for_display`).

:func:`breakdown` and :func:`reconcile` return :class:`Line` items: a code for the GUI to
word through ``tr()``, a signed amount, and named parameters for the sentence. Lines whose
code is in ``TOTAL_CODES`` are running totals (drawn from zero in a waterfall), the
others are steps added to the running total, and ``NOTE_CODES`` carry no amount.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

METHODS = ("fifo", "average")
ZERO = Decimal(0)
TOTAL_CODES = frozenset(
    {"expected-gain", "gross-gain", "realized", "price-change", "unrealized", "actual-gain"}
)
STEP_CODES = frozenset({"buy-fee", "sell-fee", "spread", "slippage"})
NOTE_CODES = frozenset({"basis-method"})


def to_decimal(value: Decimal | int | str, what: str = "amount") -> Decimal:
    """Accept Decimal, int or a numeric string; refuse floats (0.1 is not exact in one)."""
    if isinstance(value, (float, bool)):
        raise TypeError(f"{what} must be a Decimal or a string like '0.1', not {value!r}")
    try:
        number = value if isinstance(value, Decimal) else Decimal(value)
    except ArithmeticError:
        raise ValueError(f"{what} should be a number, like 0.5 or 60000; got {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"{what} should be an ordinary number; got {value!r}")
    return number


def for_display(amount: Decimal, places: int = 2) -> Decimal:
    """Round half-up to ``places`` decimals, for showing only (never for computing)."""
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Trade:
    """One buy or sell: how much, at what price, and its fee."""

    side: str
    quantity: Decimal
    price: Decimal
    fee: Decimal = ZERO
    label: str = ""

    def __post_init__(self) -> None:
        side = str(self.side).strip().lower()
        if side not in ("buy", "sell"):
            raise ValueError(f"A trade is a 'buy' or a 'sell'; got {self.side!r}.")
        quantity = to_decimal(self.quantity, "quantity")
        price = to_decimal(self.price, "price")
        fee = to_decimal(self.fee, "fee")
        if quantity <= 0:
            raise ValueError("The quantity of a trade must be more than zero.")
        if price < 0 or fee < 0:
            raise ValueError("Prices and fees cannot be negative.")
        # Frozen dataclass: normalised values are written through object.__setattr__.
        for name, value in (("side", side), ("quantity", quantity), ("price", price), ("fee", fee)):
            object.__setattr__(self, name, value)

    @property
    def value(self) -> Decimal:
        """Quantity × price, before any fee."""
        return self.quantity * self.price


@dataclass
class _Lot:
    """Units still held; their basis is kept in two parts so fees can be explained."""

    quantity: Decimal
    price_cost: Decimal
    fee_cost: Decimal

    def take(self, quantity: Decimal) -> tuple[Decimal, Decimal]:
        """Remove ``quantity`` units; return the (price, fee) basis that leaves with them."""
        whole = quantity == self.quantity  # the whole lot: no division, so no rounding
        price = self.price_cost if whole else self.price_cost * quantity / self.quantity
        fee = self.fee_cost if whole else self.fee_cost * quantity / self.quantity
        self.quantity, self.price_cost, self.fee_cost = (
            self.quantity - quantity, self.price_cost - price, self.fee_cost - fee
        )  # fmt: skip
        return price, fee


@dataclass(frozen=True)
class Line:
    """One explained number: ``code`` for tr(), a signed ``amount``, sentence ``params``."""

    code: str
    amount: Decimal
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def role(self) -> str:
        """``"total"`` (a running total), ``"step"`` (added to it) or ``"note"``."""
        if self.code in TOTAL_CODES:
            return "total"
        return "note" if self.code in NOTE_CODES else "step"

    @property
    def is_total(self) -> bool:
        return self.role == "total"


@dataclass(frozen=True)
class Bar:
    """A waterfall bar from ``start`` to ``end``; totals start at zero."""

    code: str
    start: Decimal
    end: Decimal
    params: dict[str, Any]
    is_total: bool


def waterfall(lines: Iterable[Line]) -> list[Bar]:
    """Turn lines into bars: totals stand on zero, steps float from the running total."""
    bars, running = [], ZERO
    for line in lines:
        if line.role == "note":
            continue
        start = ZERO if line.is_total else running
        running = line.amount if line.is_total else running + line.amount
        bars.append(Bar(line.code, start, running, line.params, line.is_total))
    return bars


@dataclass(frozen=True)
class Position:
    """What is held after a list of trades, with its basis and realised result."""

    method: str
    lots: tuple[tuple[Decimal, Decimal], ...]  # (quantity, basis) still held, oldest first
    realized: Decimal
    gross_gain: Decimal  # sell value − price part of the basis of units sold
    buy_fees_sold: Decimal  # buy fees that left with the units sold
    sell_fees: Decimal
    held_price_cost: Decimal  # remaining basis without buy fees
    held_fee_cost: Decimal  # buy fees still inside the remaining basis

    @classmethod
    def from_trades(cls, trades: Iterable[Trade], method: str = "fifo") -> Position:
        method = str(method).strip().lower()
        if method not in METHODS:
            raise ValueError(f"The basis method is 'fifo' or 'average'; got {method!r}.")
        lots: list[_Lot] = []
        gross = buy_fees_sold = sell_fees = ZERO
        for number, trade in enumerate(trades, start=1):
            if trade.side == "buy":
                _add(lots, trade, pooled=method == "average")
                continue
            price_cost, fee_cost = _remove(lots, trade, number)
            gross += trade.value - price_cost
            buy_fees_sold += fee_cost
            sell_fees += trade.fee
        held = tuple((lot.quantity, lot.price_cost + lot.fee_cost) for lot in lots)
        held_price = sum((lot.price_cost for lot in lots), ZERO)
        held_fee = sum((lot.fee_cost for lot in lots), ZERO)
        realized = gross - buy_fees_sold - sell_fees
        return cls(method, held, realized, gross, buy_fees_sold, sell_fees, held_price, held_fee)

    @property
    def quantity(self) -> Decimal:
        return sum((quantity for quantity, _ in self.lots), ZERO)

    @property
    def cost_basis(self) -> Decimal:
        """What the units still held cost, buy fees included."""
        return self.held_price_cost + self.held_fee_cost

    @property
    def average_cost(self) -> Decimal:
        """Cost basis per unit held (0 when nothing is held)."""
        quantity = self.quantity
        return self.cost_basis / quantity if quantity else ZERO

    def unrealized(self, price: Decimal | int | str) -> Decimal:
        """What the units held would gain (or lose) if sold at ``price``, before a sell fee."""
        return self.quantity * to_decimal(price, "price") - self.cost_basis

    def breakdown(self, price: Decimal | int | str | None = None) -> list[Line]:
        """Explain :attr:`realized` and, given a price, :meth:`unrealized` line by line."""
        lines = [
            Line("basis-method", ZERO, {"method": self.method}),
            Line("gross-gain", self.gross_gain),
            Line("buy-fee", -self.buy_fees_sold, {"units": "sold"}),
            Line("sell-fee", -self.sell_fees),
            Line("realized", self.realized),
        ]
        if price is not None:
            price = to_decimal(price, "price")
            quantity = self.quantity
            paid = self.held_price_cost / quantity if quantity else ZERO
            params = {"quantity": quantity, "price": price, "paid_price": paid}
            lines += [
                Line("price-change", quantity * price - self.held_price_cost, params),
                Line("buy-fee", -self.held_fee_cost, {"units": "held"}),
                Line("unrealized", self.unrealized(price), {"price": price}),
            ]
        return lines


def _add(lots: list[_Lot], trade: Trade, *, pooled: bool) -> None:
    if not (pooled and lots):
        lots.append(_Lot(trade.quantity, trade.value, trade.fee))
        return
    pool = lots[0]  # average cost: a single pool whose basis is simply summed
    pool.quantity, pool.price_cost, pool.fee_cost = (
        pool.quantity + trade.quantity, pool.price_cost + trade.value, pool.fee_cost + trade.fee
    )  # fmt: skip


def _remove(lots: list[_Lot], trade: Trade, number: int) -> tuple[Decimal, Decimal]:
    held = sum((lot.quantity for lot in lots), ZERO)
    if trade.quantity > held:
        raise ValueError(
            f"Trade {number} sells {trade.quantity}, but only {held} is held at that "
            "point. Check the quantities, or add the buy that came before it."
        )
    price_cost = fee_cost = ZERO
    remaining = trade.quantity
    while remaining:  # oldest lot first (with one pooled lot this is average cost)
        lot = lots[0]
        part = min(remaining, lot.quantity)
        taken_price, taken_fee = lot.take(part)
        price_cost, fee_cost, remaining = (
            price_cost + taken_price, fee_cost + taken_fee, remaining - part
        )  # fmt: skip
        if not lot.quantity:
            lots.pop(0)
    return price_cost, fee_cost


def breakdown(
    trades: Iterable[Trade], *, method: str = "fifo", price: Decimal | int | str | None = None
) -> list[Line]:
    """Shortcut for ``Position.from_trades(trades, method).breakdown(price)``."""
    return Position.from_trades(trades, method).breakdown(price)


# ----------------------------------------------------- expected vs actual (a round trip)


@dataclass(frozen=True)
class Leg:
    """One side of a round trip: the price ``seen`` on the chart when deciding, the
    ``quote`` at the click (ask for a buy, bid for a sell: the gap is the spread) and the
    ``fill`` actually paid or received (the gap to the quote is slippage). A missing quote
    means no spread; a missing fill means no slippage."""

    seen: Decimal
    fee: Decimal = ZERO
    quote: Decimal | None = None
    fill: Decimal | None = None

    def __post_init__(self) -> None:
        seen = to_decimal(self.seen, "seen")
        quote = seen if self.quote is None else to_decimal(self.quote, "quote")
        fill = quote if self.fill is None else to_decimal(self.fill, "fill")
        for name, value in (("seen", seen), ("fee", to_decimal(self.fee, "fee")),
                            ("quote", quote), ("fill", fill)):  # fmt: skip
            object.__setattr__(self, name, value)

    # After __post_init__ the quote and fill are always set; these say so to the type checker.
    @property
    def quoted(self) -> Decimal:
        return self.seen if self.quote is None else self.quote

    @property
    def filled(self) -> Decimal:
        return self.quoted if self.fill is None else self.fill


@dataclass(frozen=True)
class Reconciliation:
    """Why a trade made ``actual`` when the price difference promised ``expected``."""

    quantity: Decimal
    expected: Decimal
    actual: Decimal
    lines: tuple[Line, ...]
    trades: tuple[Trade, Trade]

    @property
    def difference(self) -> Decimal:
        return self.actual - self.expected


def _leg_lines(side: str, quantity: Decimal, leg: Leg) -> list[Line]:
    direction = 1 if side == "buy" else -1  # paying more, or receiving less, costs profit
    lines = []
    if leg.quoted != leg.seen:
        params = {"leg": side, "quantity": quantity, "seen": leg.seen, "quote": leg.quoted}
        lines.append(Line("spread", -direction * quantity * (leg.quoted - leg.seen), params))
    if leg.filled != leg.quoted:
        params = {"leg": side, "quantity": quantity, "quote": leg.quoted, "fill": leg.filled}
        lines.append(Line("slippage", -direction * quantity * (leg.filled - leg.quoted), params))
    return lines


def reconcile(quantity: Decimal | int | str, buy: Leg, sell: Leg) -> Reconciliation:
    """Walk from the profit the chart promised to the profit the account shows.

    Lines: expected-gain (total), spread/slippage per leg where there is any, gross-gain
    (total: the difference between the fills), buy-fee, sell-fee, actual-gain (total).
    ``actual`` comes independently from :class:`Position`, so the waterfall is checked.
    """
    quantity = to_decimal(quantity, "quantity")
    trades = (
        Trade("buy", quantity, buy.filled, buy.fee),
        Trade("sell", quantity, sell.filled, sell.fee),
    )
    expected = quantity * (sell.seen - buy.seen)
    actual = Position.from_trades(trades).realized
    lines = (
        Line("expected-gain", expected,
             {"quantity": quantity, "buy_price": buy.seen, "sell_price": sell.seen}),
        *_leg_lines("buy", quantity, buy),
        *_leg_lines("sell", quantity, sell),
        Line("gross-gain", trades[1].value - trades[0].value,
             {"quantity": quantity, "buy_price": buy.fill, "sell_price": sell.fill}),
        Line("buy-fee", -buy.fee, {"units": "sold"}),
        Line("sell-fee", -sell.fee),
        Line("actual-gain", actual),
    )  # fmt: skip
    return Reconciliation(quantity, expected, actual, lines, trades)


def fee_story() -> Reconciliation:
    """The classic story: $24 expected from the price difference, $14 actually made.

    0.01 BTC bought at $60,000 and sold at $62,400: the price moved $2,400, and 0.01 of
    that is $24. A $5 fee on the buy and another $5 on the sell leave $14.
    """
    fee = Decimal("5")
    return reconcile(Decimal("0.01"), Leg(Decimal("60000"), fee), Leg(Decimal("62400"), fee))
