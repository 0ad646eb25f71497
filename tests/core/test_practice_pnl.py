"""The `pnl` step kind: scenarios from YAML, every problem named, a forgiving checker."""

from __future__ import annotations

import re
import textwrap
from decimal import Decimal as D

import pytest

from holdspace.core import feedback as fb
from holdspace.core.lessons import STEP_KINDS, validate_path
from holdspace.core.lessons.model import Step
from holdspace.core.lessons.problems import Report
from holdspace.core.practice.pnl_scenario import PnlChecker, PnlSpec, _build, display_answer
from holdspace.core.session import Session
from packkit import GOOD_LESSON, write_pack

LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<what>.+) — (?P<fix>.+)$"
)

HEAD = """\
id: test.pnl
topic: hexadecimal
title: A trade
summary: Profit, line by line.
steps:
"""

TWO_BUYS = """\
  - id: trade
    kind: pnl
    prompt: What is the realised profit?
    trades:
      - {side: buy, quantity: "0.01", price: "40000", fee: "1"}
      - {side: buy, quantity: "0.01", price: "60000", fee: "1"}
      - {side: sell, quantity: "0.01", price: "55000", fee: "1"}
    price_now: "50000"
    method: both
    ask: realised
    ask_method: average
    hints: [Average the two buys.]
    explain: Received 549, cost 501.
    responses:
      - answer: "148"
        feedback: That is the FIFO answer.
"""


def problems(tmp_path, steps: str) -> list[dict]:
    name = "en/hex/02-pnl.yaml"
    root = write_pack(
        tmp_path / "pack",
        {"en/hex/01-counting.yaml": GOOD_LESSON, name: HEAD + textwrap.dedent(steps)},
    )
    found = [str(p) for p in validate_path(root)]
    return [LINE.match(text).groupdict() for text in found if name in text]


def spec_of(steps: str) -> PnlSpec:
    import yaml

    data = yaml.safe_load(textwrap.dedent(steps))[0]
    report = Report("x")
    spec = _build(report, ("steps", 0), data)
    assert not report.problems, [str(p) for p in report.problems]
    return spec


def step_of(steps: str) -> Step:
    return Step(kind="pnl", index=0, id="trade", prompt="?", spec=spec_of(steps), is_check=True)


# --- validation -----------------------------------------------------------------------


def test_a_good_scenario_has_no_problems_and_is_registered(tmp_path):
    assert problems(tmp_path, TWO_BUYS) == []
    assert isinstance(STEP_KINDS["pnl"].checker, PnlChecker)


def test_unquoted_amounts_are_named_with_line_and_field(tmp_path):
    found = problems(tmp_path, TWO_BUYS.replace('price: "60000"', "price: 60000.5"))
    assert [(f["field"], f["line"]) for f in found] == [("steps[1].trades[2].price", "11")]
    assert "number 60000.5" in found[0]["what"] and "quotes" in found[0]["fix"]


def test_selling_more_than_is_held_points_at_the_sell(tmp_path):
    found = problems(
        tmp_path, TWO_BUYS.replace('{side: sell, quantity: "0.01"', '{side: sell, quantity: "0.05"')
    )
    assert [f["field"] for f in found] == ["steps[1].trades[3].quantity"]
    assert "sells more than is held" in found[0]["what"] and found[0]["line"] == "12"


def test_every_problem_in_the_trades_is_reported_at_once(tmp_path):
    text = TWO_BUYS.replace(
        'side: buy, quantity: "0.01", price: "40000"', 'side: hold, quantity: "-1", price: "lots"'
    )
    fields = {f["field"]: f["what"] for f in problems(tmp_path, text)}
    assert "a buy or a sell" in fields["steps[1].trades[1].side"]
    assert "negative" in fields["steps[1].trades[1].quantity"]
    assert "not an amount" in fields["steps[1].trades[1].price"]


def test_a_typo_in_a_trade_suggests_the_field(tmp_path):
    found = problems(
        tmp_path,
        TWO_BUYS.replace('fee: "1"}\n      - {side: sell', 'fees: "1"}\n      - {side: sell'),
    )
    assert (
        found[0]["field"] == "steps[1].trades[2].fees" and "did you mean `fee`" in found[0]["fix"]
    )


@pytest.mark.parametrize(
    "change, field, words",
    [
        (("ask: realised", "ask: profit"), "steps[1].ask", "not a figure"),
        (("method: both", "method: lifo"), "steps[1].method", "not a basis method"),
        (("    ask_method: average\n", ""), "steps[1].method", "which column"),
        (("method: both", "method: fifo"), "steps[1].ask_method", "differs"),
        (("ask: realised", "ask: expected"), "steps[1].ask", "round_trip"),
        (('price_now: "50000"', 'price_now: "1e13"'), "steps[1].price_now", "too large"),
        (
            ('price_now: "50000"', 'price_now: "0.0000000000001"'),
            "steps[1].price_now",
            "decimal places",
        ),
        (
            ("    ask: realised\n", '    ask: realised\n    tolerance: "-1"\n'),
            "steps[1].tolerance",
            "negative",
        ),
        (
            ("    ask: realised\n", '    ask: realised\n    currency: "12345"\n'),
            "steps[1].currency",
            "four",
        ),
    ],
)
def test_question_problems_name_their_field(tmp_path, change, field, words):
    found = problems(tmp_path, TWO_BUYS.replace(*change))
    assert any(f["field"] == field and words in f["what"] for f in found), found


def test_unrealised_needs_a_price_and_something_held(tmp_path):
    no_price = TWO_BUYS.replace('    price_now: "50000"\n', "").replace(
        "ask: realised", "ask: unrealised"
    )
    assert [f["field"] for f in problems(tmp_path, no_price)] == ["steps[1].ask"]
    sold_all = TWO_BUYS.replace(
        '{side: sell, quantity: "0.01"', '{side: sell, quantity: "0.02"'
    ).replace("ask: realised", "ask: cost-basis")
    assert "nothing is held" in problems(tmp_path, sold_all)[0]["what"]


def test_trades_or_round_trip_but_not_both_and_not_neither(tmp_path):
    neither = (
        "\n".join(
            line for line in TWO_BUYS.splitlines() if "side:" not in line and "trades:" not in line
        )
        + "\n"
    )
    assert "either `trades` or `round_trip`" in problems(tmp_path, neither)[0]["what"]


def test_too_many_trades_is_refused(tmp_path):
    many = TWO_BUYS.replace(
        "      - {side: sell",
        '      - {side: buy, quantity: "1", price: "1"}\n' * 31 + "      - {side: sell",
    )
    assert any("a scenario may have 30" in f["what"] for f in problems(tmp_path, many))


def test_a_tolerance_too_small_to_show_the_answer_is_named(tmp_path):
    thirds = """\
      - kind: pnl
        prompt: What did one coin cost?
        trades:
          - {side: buy, quantity: "3", price: "1", fee: "1"}
        ask: average-cost
        tolerance: "0"
    """
    found = problems(tmp_path, thirds)
    assert [f["field"] for f in found] == ["steps[1].tolerance"] and "two decimals" in found[0][
        "what"
    ]
    assert found[0]["line"] == "11"


ROUND_TRIP = """\
  - id: trip
    kind: pnl
    prompt: What did the trade make?
    round_trip:
      quantity: "0.02"
      buy: {seen: "50000", quote: "50050", fee: "2"}
      sell: {seen: "51000", quote: "50950", fill: "50940", fee: "2"}
    ask: realised
    hints: [Start from 20.]
    explain: 13.80.
"""


def test_round_trip_problems_are_named(tmp_path):
    assert problems(tmp_path, ROUND_TRIP) == []
    found = problems(
        tmp_path,
        ROUND_TRIP.replace('{seen: "51000", ', "{").replace("ask: realised", "ask: unrealised"),
    )
    fields = {f["field"] for f in found}
    assert "steps[1].round_trip.sell" in fields and "steps[1].round_trip" in fields


# --- the numbers ------------------------------------------------------------------------


def test_round_trip_walks_from_expected_to_actual():
    spec = spec_of(ROUND_TRIP)
    assert spec.answer == D("13.80") and spec.figure("expected", "fifo") == D("20.00")
    codes = [(line.code, line.amount) for line in spec.lines("fifo")]
    assert codes[0] == ("expected-gain", D("20.00")) and codes[-1] == ("actual-gain", D("13.80"))
    assert ("slippage", D("-0.20")) in codes


def test_both_methods_and_every_figure():
    spec = spec_of(TWO_BUYS)
    assert spec.methods == ("fifo", "average") and spec.answer == D("48.00")
    assert spec.figure("realised", "fifo") == D("148.00")
    assert spec.figure("unrealised", "fifo") == D("-101.00")
    assert spec.figure("cost-basis", "average") == D("501.00")
    assert spec.figure("average-cost", "fifo") == D("60100")


def test_lines_leave_out_what_says_nothing():
    only_buys = spec_of("""\
      - kind: pnl
        prompt: What is it worth on paper?
        trades:
          - {side: buy, quantity: "2", price: "10"}
        price_now: "12"
        ask: unrealised
    """)
    codes = [line.code for line in only_buys.lines("fifo")]
    assert codes == ["basis-method", "price-change", "unrealized"]  # no sells, no fees
    assert only_buys.answer == D("4")


def test_american_spelling_is_forgiven():
    assert spec_of(TWO_BUYS.replace("ask: realised", "ask: Realized")).ask == "realised"


# --- the checker -----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["48", "$48", "48.00", "48,00", " 48 USD ", "US$ 48.0", "４８"])
def test_forgiving_input_is_accepted(typed):
    assert PnlChecker().check(step_of(TWO_BUYS), typed).code == fb.GOT_IT


@pytest.mark.parametrize(
    "typed, code",
    [
        ("", fb.EMPTY),
        ("   ", fb.EMPTY),
        (None, fb.EMPTY),
        ("a lot", fb.UNREADABLE),
        ("thirty.005", fb.UNREADABLE),
        ("46", fb.CLOSE),
        ("1000", fb.NOT_YET),
        ("-48", fb.NOT_YET),
    ],
)
def test_misses_are_gentle_codes(typed, code):
    assert PnlChecker().check(step_of(TWO_BUYS), typed).code == code


def test_an_anticipated_answer_brings_its_explanation():
    result = PnlChecker().check(step_of(TWO_BUYS), "$148.00")
    assert result.code == fb.NOT_YET and result.params["feedback"] == "That is the FIFO answer."


@pytest.mark.parametrize(
    "hostile",
    [
        "1e999999999",
        "-1e999999999",
        "1e-999999999",
        "9" * 10_000,
        "NaN",
        "Infinity",
        "sNaN",
        "0x30",
        "\x00" * 50,
        "48" * 40,
    ],
)
def test_hostile_input_never_raises(hostile):
    assert PnlChecker().check(step_of(TWO_BUYS), hostile).code in (fb.NOT_YET, fb.UNREADABLE)


def test_show_me_reveals_an_answer_the_checker_accepts():
    for figure in ("realised", "unrealised", "cost-basis", "average-cost"):
        for method in ("fifo", "average"):
            text = TWO_BUYS.replace("ask: realised", f"ask: {figure}").replace(
                "ask_method: average", f"ask_method: {method}"
            )
            step = step_of(text)
            shown = PnlChecker().reveal(step)["answer"]
            assert PnlChecker().check(step, shown).code == fb.GOT_IT, (figure, method, shown)
    assert display_answer(D("30005")) == "30,005.00" and display_answer(D("-101")) == "-101.00"


def test_the_shipped_lessons_use_the_numbers_their_text_says(tmp_path):
    from holdspace.core.lessons import open_pack
    from holdspace.core.paths import builtin_pack_dir

    pack = open_pack(builtin_pack_dir())
    answers = {
        (lesson.id, step.id): step.spec.answer
        for lesson in pack.lessons
        for step in lesson.steps
        if step.kind == "pnl"
    }
    assert answers[("pnl.check-a-trade-line-by-line", "actual-profit")] == D("13.80")
    assert answers[("pnl.fifo-and-average", "fifo-realised")] == D("148.00")
    assert answers[("pnl.fifo-and-average", "average-realised")] == D("48.00")
    assert answers[("pnl.fifo-and-average", "side-by-side")] == D("501.00")
    lesson = pack.lesson("pnl.fifo-and-average")
    session = Session(lesson, start_at=3)
    assert session.submit("$501").code == fb.GOT_IT
