"""Checkers and registries: one per interactive kind, and answers displayed kindly."""

from decimal import Decimal

from holdspace.core.checking import CHECKERS, display
from holdspace.core.lessons import STEP_KINDS, Accept


def test_every_interactive_kind_has_a_checker_and_a_definition():
    assert {"choice", "answer"} <= set(CHECKERS)
    assert set(CHECKERS) <= set(STEP_KINDS)


def test_answers_are_shown_the_way_people_write_them():
    assert display(Accept("money", Decimal("14.00"))) == "14.00"
    assert display(Accept("money", Decimal("30019"))) == "30,019.00"
    assert display(Accept("number", Decimal("21000"))) == "21,000"
    assert display(Accept("hex", 31)) == "0x1f"
    assert display(Accept("text", ("ethereum", "eth"))) == "ethereum"
