"""The learner's typing is read the way they meant it."""

from decimal import Decimal

import pytest

from holdspace.core.answers import read_hex, read_money, read_number, read_text


@pytest.mark.parametrize("typed", ["31", "31 ", " 31", "31.0", "３１", "+31"])
def test_numbers_with_spaces_and_full_width_digits(typed):
    assert read_number(typed) == 31


@pytest.mark.parametrize(
    "typed, value",
    [
        ("21,000", "21000"),
        ("21 000", "21000"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("14,00", "14"),
        ("0,5", "0.5"),
        ("−3", "-3"),
        ("1'000", "1000"),
    ],
)
def test_number_separators_from_many_countries(typed, value):
    assert read_number(typed) == Decimal(value)


@pytest.mark.parametrize(
    "typed", ["$14", "14.00", "14,00", "14", " 14 USD", "€14", "14 €", "US$ 14"]
)
def test_money_forms_all_mean_fourteen(typed):
    assert read_money(typed) == Decimal("14")


def test_negative_money_either_side_of_the_sign():
    assert read_money("-$3.50") == read_money("$-3.50") == Decimal("-3.50")


@pytest.mark.parametrize("typed", [" 0x1F ", "1f", "0X1f", "1F", "0x 1f"])
def test_hex_with_or_without_prefix_any_case(typed):
    assert read_hex(typed) == 31


@pytest.mark.parametrize("typed", ["", "   ", "abc", "1.2.3", "12x", "NaN", "inf"])
def test_unreadable_numbers_are_none_not_errors(typed):
    assert read_number(typed) is None
    assert read_money(typed) is None


def test_hex_rejects_non_hex_letters():
    assert read_hex("0xzz") is None
    assert read_hex("") is None


def test_text_forgives_case_spacing_and_end_punctuation():
    assert read_text("  Ethereum. ") == read_text("ethereum") == "ethereum"
    assert read_text("BNB   Smart Chain!") == "bnb smart chain"


def test_numbers_may_carry_the_unit_people_naturally_add():
    from holdspace.core.answers import read_number

    for typed, meant in (
        ("25%", 25),
        ("25 %", 25),
        ("20 percent", 20),
        ("11 bits", 11),
        ("1,692 sats", 1692),
        ("4191 sat/vB", 4191),
        ("420000 gwei", 420000),
        ("264 bits.", 264),
    ):
        assert read_number(typed) == meant, typed
    # Hex typed into a number box is still unreadable, so it can be explained kindly.
    assert read_number("1f") is None and read_number("a few") is None


def test_numbers_in_words_and_dots_as_thousands_marks():
    """A second-language reader may write "six" or "thirty-one", or 30.005 for 30,005."""
    from holdspace.core.answers import dot_grouped, read_money, read_number

    for typed, meant in (
        ("six", 6),
        ("Thirty-one", 31),
        ("two hundred and fifty", 250),
        ("21 thousand", 21000),
        ("six words", 6),
        ("fourteen dollars", 14),
    ):
        assert (read_money(typed) if "dollar" in typed else read_number(typed)) == meant, typed
    assert dot_grouped("30.005") == "30005" and dot_grouped("$1.234.567") == "$1234567"
    for not_grouped in ("1.05", "0.005", "30,005.5", "14.00"):
        assert dot_grouped(not_grouped) is None, not_grouped


def test_curly_apostrophes_and_quotes_match_straight_ones():
    from holdspace.core.answers import read_text

    assert read_text("The device’s screen") == read_text("the device's screen")
    assert read_text("“on the device”") == "on the device"
