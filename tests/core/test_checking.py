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


def test_the_fourteen_dollar_cost_read_the_way_much_of_the_world_writes_it():
    """"30.005" (thirty thousand and five, with a dot) and "thirty thousand and five" fit."""
    from holdspace.core import paths
    from holdspace.core.feedback import GOT_IT
    from holdspace.core.lessons import open_pack

    pack = open_pack(paths.builtin_pack_dir(), "en")
    lesson = next(x for x in pack.lessons if x.id.endswith("fourteen-dollar-trade"))
    cost = next(s for s in lesson.steps if s.id == "cost")
    for typed in ("30.005", "$30.005", "thirty thousand and five", "30,005"):
        assert CHECKERS["answer"].check(cost, typed).code == GOT_IT, typed
    assert CHECKERS["answer"].check(cost, "30.5").code != GOT_IT
