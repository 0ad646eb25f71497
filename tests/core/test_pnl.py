"""Profit and loss in Decimal: FIFO and average cost, fees on both legs, the $24 story."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from holdspace.core.pnl import (
    Leg,
    Line,
    Position,
    Trade,
    breakdown,
    fee_story,
    for_display,
    reconcile,
    waterfall,
)

MULTI_BUY = [
    Trade("buy", D("1"), D("100"), fee=D("1"), label="first"),
    Trade("buy", D("1"), D("200"), fee=D("1"), label="second"),
    Trade("sell", D("1"), D("250"), fee=D("2")),
]


def amounts(lines: list[Line]) -> dict[str, D]:
    return {line.code + str(line.params.get("units", "")): line.amount for line in lines}


def test_design_example_exactly():
    p = Position.from_trades([Trade("buy", D("0.5"), D("60000"), fee=D("30"))], method="fifo")
    assert p.quantity == D("0.5")
    assert p.cost_basis == D("30030")
    assert p.average_cost == D("60060")
    assert p.realized == 0
    assert p.unrealized(D("63000")) == D("1470")
    assert p.method == "fifo"


def test_fifo_and_average_differ_in_timing_not_in_total():
    price = D("300")
    fifo = Position.from_trades(MULTI_BUY, method="fifo")
    average = Position.from_trades(MULTI_BUY, method="average")
    # FIFO sells the $100 unit first; average cost sells a $151 "middle" unit.
    assert fifo.realized == D("147")  # 250 - 2 - (100 + 1)
    assert fifo.cost_basis == D("201") and fifo.unrealized(price) == D("99")
    assert average.realized == D("97")  # 250 - 2 - 302 / 2
    assert average.cost_basis == D("151") and average.unrealized(price) == D("149")
    assert fifo.realized + fifo.unrealized(price) == average.realized + average.unrealized(price)
    assert fifo.quantity == average.quantity == 1


def test_fees_on_both_legs_and_partial_sells():
    trades = [
        Trade("buy", D("2"), D("100"), fee=D("2")),
        Trade("buy", D("1"), D("130"), fee=D("1")),
        Trade("sell", D("0.5"), D("150"), fee=D("0.5")),
        Trade("sell", D("2"), D("160"), fee=D("1")),
    ]
    p = Position.from_trades(trades, method="fifo")
    # Sell 1: half a unit of the first lot (basis 50 + 0.5 fee): 75 - 0.5 - 50.5 = 24.
    # Sell 2: 1.5 of the first lot (150 + 1.5) and 0.5 of the second (65 + 0.5): 320 - 1 - 217.
    assert p.realized == D("24") + D("102")
    assert p.quantity == D("0.5")
    assert p.cost_basis == D("65.5") and p.average_cost == D("131")
    assert p.lots == ((D("0.5"), D("65.5")),)


def test_average_cost_partial_sells_keep_the_average():
    trades = [
        Trade("buy", D("1"), D("100"), fee=D("0")),
        Trade("buy", D("3"), D("200"), fee=D("4")),
        Trade("sell", D("2"), D("210"), fee=D("1")),
    ]
    p = Position.from_trades(trades, method="average")
    assert p.average_cost == D("176")  # (100 + 600 + 4) / 4, unchanged by selling
    assert p.realized == D("420") - D("1") - D("352")
    assert p.cost_basis == D("352")


def test_selling_more_than_held_is_explained():
    with pytest.raises(ValueError, match=r"Trade 2 sells 2, but only 1 is held"):
        Position.from_trades([Trade("buy", D(1), D(10)), Trade("sell", D(2), D(10))])
    with pytest.raises(ValueError, match="only 0 is held"):
        Position.from_trades([Trade("sell", D(1), D(10))], method="average")


def test_empty_position_and_selling_everything():
    empty = Position.from_trades([])
    assert (empty.quantity, empty.cost_basis, empty.average_cost, empty.realized) == (0, 0, 0, 0)
    closed = Position.from_trades([Trade("buy", D(1), D(10), D(1)), Trade("sell", D(1), D(15))])
    assert closed.quantity == 0 and closed.cost_basis == 0 and closed.realized == D(4)
    assert closed.unrealized(D(99)) == 0


@pytest.mark.parametrize(
    "make",
    [
        lambda: Trade("hold", D(1), D(1)),
        lambda: Trade("buy", D(0), D(1)),
        lambda: Trade("buy", D(1), D(-1)),
        lambda: Trade("buy", D(1), D(1), fee=D(-1)),
        lambda: Trade("buy", D(1), D("NaN")),
        lambda: Trade("buy", D(1), "sixty"),
        lambda: Position.from_trades([], method="lifo"),
    ],
)
def test_plain_value_errors(make):
    with pytest.raises(ValueError):
        make()


def test_floats_are_refused_strings_and_ints_accepted():
    with pytest.raises(TypeError, match=r"not 0\.1"):
        Trade("buy", 0.1, D(1))
    trade = Trade("BUY", "0.1", 60000, fee="1.5")
    assert (trade.side, trade.quantity) == ("buy", D("0.1"))
    assert (trade.price, trade.fee) == (D(60000), D("1.5"))
    assert isinstance(trade.price, D)


def test_breakdown_explains_realized_and_unrealized():
    lines = breakdown(MULTI_BUY, method="fifo", price=D("300"))
    assert lines[0] == Line("basis-method", D(0), {"method": "fifo"})
    got = amounts(lines)
    assert got["gross-gain"] == D("150")
    assert got["buy-feesold"] == D("-1") and got["sell-fee"] == D("-2")
    assert got["realized"] == D("147")
    assert got["price-change"] == D("100") and got["buy-feeheld"] == D("-1")
    assert got["unrealized"] == D("99")
    average = amounts(breakdown(MULTI_BUY, method="average"))
    assert average["gross-gain"] == D("100") and average["realized"] == D("97")
    assert "unrealized" not in average


def test_every_waterfall_lands_on_its_totals():
    for method in ("fifo", "average"):
        lines = breakdown(MULTI_BUY, method=method, price=D("300"))
        bars = {bar.code: bar for bar in waterfall(lines)}
        assert "basis-method" not in bars  # a note, not a bar
        position = Position.from_trades(MULTI_BUY, method=method)
        assert bars["realized"].end == position.realized
        assert bars["unrealized"].end == position.unrealized(D("300"))


def test_the_24_dollar_story():
    story = fee_story()
    assert story.expected == D("24") and story.actual == D("14")
    assert story.difference == D("-10")
    codes = [line.code for line in story.lines]
    assert codes == ["expected-gain", "gross-gain", "buy-fee", "sell-fee", "actual-gain"]
    assert [line.amount for line in story.lines] == [D(24), D(24), D(-5), D(-5), D(14)]
    bars = waterfall(story.lines)
    assert (bars[0].start, bars[0].end) == (0, 24)
    assert (bars[2].start, bars[2].end) == (24, 19)
    assert (bars[-1].start, bars[-1].end, bars[-1].is_total) == (0, 14, True)
    assert [line.role for line in story.lines] == ["total", "total", "step", "step", "total"]


def test_spread_and_slippage_on_each_leg():
    story = reconcile(
        D("0.5"),
        Leg(D("100"), fee=D("1"), quote=D("101"), fill=D("101.5")),
        Leg(D("120"), fee=D("1"), quote=D("119")),
    )
    assert story.expected == D("10")  # 0.5 × (120 - 100)
    by_leg = {(line.code, line.params.get("leg")): line.amount for line in story.lines}
    assert by_leg[("spread", "buy")] == D("-0.5")
    assert by_leg[("slippage", "buy")] == D("-0.25")
    assert by_leg[("spread", "sell")] == D("-0.5")
    assert ("slippage", "sell") not in by_leg  # none on that leg: no line
    assert by_leg[("gross-gain", None)] == D("8.75")
    assert story.actual == D("6.75")
    assert waterfall(story.lines)[-1].end == story.actual
    steps = sum(line.amount for line in story.lines if line.role == "step")
    assert story.expected + steps == story.actual


def test_display_rounding_is_separate():
    assert for_display(D("13.995")) == D("14.00")
    assert for_display(D("1470"), 0) == D("1470")


def test_every_line_code_is_declared_for_the_gui():
    from holdspace.core.pnl import NOTE_CODES, STEP_CODES, TOTAL_CODES

    declared = NOTE_CODES | STEP_CODES | TOTAL_CODES
    story = reconcile(D(1), Leg(D(10), D(1), D(11), D(12)), Leg(D(20), D(1), D(19), D(18)))
    for lines in (breakdown(MULTI_BUY, price=D(1)), story.lines):
        assert {line.code for line in lines} <= declared
