"""The learner's typing is read the way they meant it."""

from decimal import Decimal

import pytest

from holdspace.core.answers import read_hex, read_money, read_number, read_text


@pytest.mark.parametrize("typed", ["31", "31 ", " 31", "31.0", "３１", "+31"])
def test_numbers_with_spaces_and_full_width_digits(typed):
    assert read_number(typed) == 31


@pytest.mark.parametrize("typed, value", [
    ("21,000", "21000"), ("21 000", "21000"), ("1,234.56", "1234.56"), ("1.234,56", "1234.56"),
    ("14,00", "14"), ("0,5", "0.5"), ("−3", "-3"), ("1'000", "1000"),
])
def test_number_separators_from_many_countries(typed, value):
    assert read_number(typed) == Decimal(value)


@pytest.mark.parametrize("typed", ["$14", "14.00", "14,00", "14", " 14 USD", "€14", "14 €", "US$ 14"])
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
