"""Checkers and registries: one per interactive kind, and answers displayed kindly."""

from decimal import Decimal

from holdspace.core.answers import read_hex
from holdspace.core.checking import anticipated, is_close
from holdspace.core.lessons import STEP_KINDS, Accept, Response
from holdspace.core.practice.answer import display


def test_close_means_within_a_tenth_of_a_non_zero_answer():
    assert is_close(Decimal("100"), Decimal("91")) and is_close(Decimal("-100"), Decimal("-110"))
    assert not is_close(Decimal("100"), Decimal("89")) and not is_close(
        Decimal("0"), Decimal("0.01")
    )


def test_an_anticipated_answer_matches_by_its_words_or_by_its_value():
    responses = (Response("Twenty", "words"), Response("1f", "hex"))
    assert anticipated(responses, "  twenty ") == "words"
    assert anticipated(responses, "0x1F", read_hex) == "hex"
    assert anticipated(responses, "0x1F") == "" and anticipated((), "1f") == ""


def test_answers_are_shown_the_way_people_write_them():
    assert display(Accept("money", Decimal("14.00"))) == "14.00"
    assert display(Accept("money", Decimal("30019"))) == "30,019.00"
    assert display(Accept("number", Decimal("21000"))) == "21,000"
    assert display(Accept("hex", 31)) == "0x1f"
    assert display(Accept("text", ("ethereum", "eth"))) == "ethereum"


def test_the_fourteen_dollar_cost_read_the_way_much_of_the_world_writes_it():
    """ "30.005" (thirty thousand and five, with a dot) and "thirty thousand and five" fit."""
    from holdspace.core import paths
    from holdspace.core.feedback import GOT_IT
    from holdspace.core.lessons import open_pack

    pack = open_pack(paths.builtin_pack_dir(), "en")
    lesson = next(x for x in pack.lessons if x.id.endswith("fourteen-dollar-trade"))
    cost = next(s for s in lesson.steps if s.id == "cost")
    for typed in ("30.005", "$30.005", "thirty thousand and five", "30,005"):
        assert STEP_KINDS["answer"].checker.check(cost, typed).code == GOT_IT, typed
    assert STEP_KINDS["answer"].checker.check(cost, "30.5").code != GOT_IT
