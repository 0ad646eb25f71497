"""Every number of a trade scenario in words: amounts, prices, the table, the working.

Kept apart from the widget (:mod:`.pnl`) because the printable handout says a
scenario the same way. Amounts are rounded only here, for display.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject

from ...core.pnl import Bar, Line, for_display
from ...core.practice.pnl_scenario import PnlSpec
from ..safe_text import escape

MINUS = "\u2212"
LRM = "\u200e"  # left-to-right mark: "−$1.00" keeps its order inside right-to-left text
JOIN = "\u2060"  # word joiner: a wrapped line never parts a sign from its number


class PnlWords(QObject):
    """Every number of a scenario in words, through tr(); amounts rounded only here."""

    def __init__(self, spec: PnlSpec, parent: QObject | None = None):
        super().__init__(parent)
        self.spec = spec

    # --- numbers ------------------------------------------------------------------
    def money(self, amount: Decimal, *, signed: bool = False, places: int = 2) -> str:
        shown = for_display(amount, places)
        sign = MINUS if shown < 0 else ("+" if signed and shown > 0 else "")
        currency = self.spec.currency
        number = f"{abs(shown):,.{places}f}"
        sign = LRM + sign + (JOIN if sign else "")
        if currency.isalpha():  # "USD", "EUR": written after the number
            return f"{sign}{number}\u00a0{currency}"
        return f"{sign}{currency}{number}"

    def price(self, amount: Decimal) -> str:
        """A price keeps the decimals it was written with: $50,000, $0.000012.

        A computed price (an average, 133.333…) gets two decimals, or eight below $1.
        """
        exponent = amount.normalize().as_tuple().exponent
        places = -exponent if isinstance(exponent, int) else 2
        if places <= 0:
            return self.money(amount, places=0)  # "$50,000", as people say it
        if places > 8:
            places = 2 if abs(amount) >= 1 else 8
        return self.money(amount, places=max(places, 2))

    @staticmethod
    def quantity(amount: Decimal) -> str:
        return f"{amount.normalize():,f}"

    # --- the scenario ---------------------------------------------------------------
    def scenario_html(self) -> str:
        rows = self._trip_rows() if self.spec.round_trip else self._trade_rows()
        html = "<table cellspacing='0' cellpadding='4' border='1'>"
        for index, row in enumerate(rows):
            tag = "th" if index == 0 else "td"
            html += "<tr>" + "".join(f"<{tag}>{escape(cell)}</{tag}>" for cell in row) + "</tr>"
        html += "</table>"
        if self.spec.price_now is not None:
            html += (
                "<p>"
                + escape(
                    self.tr("Price of one coin now: {price}").format(
                        price=self.price(self.spec.price_now)
                    )
                )
                + "</p>"
            )
        return html

    def _trade_rows(self) -> list[list[str]]:
        rows = [
            [
                self.tr("Trade"),
                self.tr("Buy or sell"),
                self.tr("How much"),
                self.tr("Price of one coin"),
                self.tr("Fee"),
            ]
        ]
        for number, trade in enumerate(self.spec.trades, start=1):
            #: In the trades table, the Buy-or-sell column: one word, small letters.
            side = self.tr("buy") if trade.side == "buy" else self.tr("sell")
            rows.append(
                [
                    trade.label or str(number),
                    side,
                    self.quantity(trade.quantity),
                    self.price(trade.price),
                    self.money(trade.fee),
                ]
            )
        return rows

    def _trip_rows(self) -> list[list[str]]:
        trip = self.spec.round_trip
        legs = (trip.buy, trip.sell)
        rows = [
            ["", self.tr("Buy"), self.tr("Sell")],
            [self.tr("How much"), self.quantity(trip.quantity), self.quantity(trip.quantity)],
            [self.tr("Price on the chart"), *(self.price(leg.seen) for leg in legs)],
        ]
        if any(leg.quote != leg.seen for leg in legs):
            rows.append(
                [
                    self.tr("Price offered (ask for a buy, bid for a sell)"),
                    *(self.price(leg.quote) for leg in legs),
                ]
            )
        if any(leg.fill != leg.quote for leg in legs):
            rows.append(
                [self.tr("Price the order filled at"), *(self.price(leg.fill) for leg in legs)]
            )
        rows.append([self.tr("Fee"), *(self.money(leg.fee) for leg in legs)])
        return rows

    def scenario_sentences(self) -> list[str]:
        """The table again as sentences, for screen readers."""
        rows = self._trip_rows() if self.spec.round_trip else self._trade_rows()
        head, sentences = rows[0], []
        for row in rows[1:]:
            sentences.append("; ".join(f"{h}: {c}" if h else c for h, c in zip(head, row)) + ".")
        if self.spec.price_now is not None:
            sentences.append(
                self.tr("Price of one coin now: {price}").format(
                    price=self.price(self.spec.price_now)
                )
            )
        return sentences

    # --- the working ------------------------------------------------------------------
    def method_title(self, method: str) -> str:
        if method == "average":
            return self.tr("Average cost")
        return self.tr("FIFO (first in, first out)")

    def sentence(self, line: Line) -> str:
        """One line of the breakdown, said in words."""
        p, code = line.params, line.code
        amount = self.money(line.amount, signed=line.role == "step")
        leg = p.get("leg")
        if code == "basis-method":
            return (
                self.tr(
                    "Method: average cost. Every coin held costs the same: all that was "
                    "paid, fees included, divided by the number of coins."
                )
                if p.get("method") == "average"
                else self.tr(
                    "Method: FIFO (first in, first out). The coins bought first are sold first."
                )
            )
        if code == "expected-gain":
            return self.tr(
                "On the chart the price went from {buy} to {sell}. For {quantity} of a coin, "
                "that promised {amount}."
            ).format(
                buy=self.price(p["buy_price"]),
                sell=self.price(p["sell_price"]),
                quantity=self.quantity(p["quantity"]),
                amount=amount,
            )
        if code == "spread":
            text = (
                self.tr(
                    "Spread on the buy: the asking price was {quote}, not the {seen} on the chart. "
                    "{quantity} × the gap = {amount}."
                )
                if leg == "buy"
                else self.tr(
                    "Spread on the sell: the bid was {quote}, not the {seen} on the chart. "
                    "{quantity} × the gap = {amount}."
                )
            )
            return text.format(
                quote=self.price(p["quote"]),
                seen=self.price(p["seen"]),
                quantity=self.quantity(p["quantity"]),
                amount=amount,
            )
        if code == "slippage":
            text = (
                self.tr(
                    "Slippage on the buy: the order filled at {fill}, not the {quote} offered. "
                    "{quantity} × the gap = {amount}."
                )
                if leg == "buy"
                else self.tr(
                    "Slippage on the sell: the order filled at {fill}, not the {quote} offered. "
                    "{quantity} × the gap = {amount}."
                )
            )
            return text.format(
                fill=self.price(p["fill"]),
                quote=self.price(p["quote"]),
                quantity=self.quantity(p["quantity"]),
                amount=amount,
            )
        return self._result_sentence(line, amount)

    def _result_sentence(self, line: Line, amount: str) -> str:
        p, code, loss = line.params, line.code, line.amount < 0
        if code == "gross-gain" and "buy_price" in p:
            return self.tr(
                "From the prices really paid and received, {buy} to {sell}: {amount} before fees."
            ).format(
                buy=self.price(p["buy_price"]), sell=self.price(p["sell_price"]), amount=amount
            )
        if code == "gross-gain":
            return self.tr(
                "What the coins sold brought in, less what they cost, before fees: {amount}."
            ).format(amount=amount)
        if code == "buy-fee":
            return (
                self.tr(
                    "Fee on the buy, for the coins still held (it is part of their cost): {amount}."
                )
                if p.get("units") == "held"
                else self.tr("Fee on the buy, for the coins sold: {amount}.")
            ).format(amount=amount)
        if code == "sell-fee":
            return self.tr("Fee on the sell: {amount}.").format(amount=amount)
        if code == "realized":
            return (
                self.tr("Realised loss (sold, so it is fixed): {amount}.")
                if loss
                else self.tr("Realised profit (sold, so it is fixed): {amount}.")
            ).format(amount=amount)
        if code == "price-change":
            return self.tr(
                "The {quantity} still held cost {paid} a coin before fees; the price now is "
                "{price}. The difference: {amount}."
            ).format(
                quantity=self.quantity(p["quantity"]),
                paid=self.price(p["paid_price"]),
                price=self.price(p["price"]),
                amount=amount,
            )
        if code == "unrealized":
            return (
                self.tr(
                    "Unrealised loss, on paper at {price}: {amount}. It moves with the price "
                    "until you sell."
                )
                if loss
                else self.tr(
                    "Unrealised profit, on paper at {price}: {amount}. It moves with the price "
                    "until you sell."
                )
            ).format(price=self.price(p["price"]), amount=amount)
        if code == "actual-gain":
            return (
                self.tr("Actual loss, after everything above: {amount}.")
                if loss
                else self.tr("Actual profit, after everything above: {amount}.")
            ).format(amount=amount)
        return f"{code}: {amount}"  # a line the core added later: still shown, if unworded

    def bar_label(self, bar: Bar) -> str:
        """Short words for a chart bar."""
        leg = bar.params.get("leg")
        labels = {
            #: Short labels under the bars of the waterfall chart, from the expected profit to the actual one.
            "expected-gain": self.tr("Expected"),
            "spread": self.tr("Spread, buy") if leg == "buy" else self.tr("Spread, sell"),
            "slippage": self.tr("Slippage, buy") if leg == "buy" else self.tr("Slippage, sell"),
            "gross-gain": self.tr("Before fees"),
            "buy-fee": self.tr("Buy fee, coins held")
            if bar.params.get("units") == "held"
            else self.tr("Buy fee"),
            "sell-fee": self.tr("Sell fee"),
            "realized": self.tr("Realised"),
            "price-change": self.tr("Price change, coins held"),
            "unrealized": self.tr("Unrealised"),
            "actual-gain": self.tr("Actual"),
        }
        return labels.get(bar.code, bar.code)
