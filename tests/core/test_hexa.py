"""Hex helpers: reading and writing hex the way explorers and learners do."""

from __future__ import annotations

import hashlib

import pytest

from holdspace.core.hexa import (
    byte_count,
    byte_pairs,
    from_little_endian,
    group,
    reverse_bytes,
    to_decimal,
    to_hex,
)

GENESIS_INTERNAL = "3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a"
GENESIS_DISPLAYED = "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"


# ----------------------------------------------------------------- inline, from the specs


@pytest.mark.parametrize(
    "text",
    ["0x1f", "0x1F", "0X1F", "1f", "1F", " 0x1f ", "0x 1f", "0x_1_f", "\t1f\n"],
)
def test_to_decimal_forgives_prefix_case_and_spacing(text):
    assert to_decimal(text) == 31


def test_the_gas_of_a_plain_transfer():
    assert to_decimal("0x5208") == 21_000
    assert to_decimal("52 08") == 21_000


@pytest.mark.parametrize("text", ["", "   ", "0x", "0x1g", "hello", "-0x1f", "1.5", "0x٣"])
def test_to_decimal_refuses_what_is_not_hex_with_a_plain_message(text):
    with pytest.raises(ValueError) as caught:
        to_decimal(text)
    message = str(caught.value)
    assert message and "hex" in message.lower()


def test_to_decimal_message_names_the_character():
    with pytest.raises(ValueError, match=r"'g' is not a hex digit"):
        to_decimal("0x1fg")


def test_to_hex_is_lower_case_with_optional_prefix_and_width():
    assert to_hex(255) == "0xff"
    assert to_hex(255, prefix=False) == "ff"
    assert to_hex(255, width=4) == "0x00ff"
    assert to_hex(0) == "0x0"
    assert to_hex(48879, prefix=False, width=2) == "beef"


@pytest.mark.parametrize("bad", [-1, 1.0, "31", True])
def test_to_hex_refuses_non_whole_or_negative_numbers(bad):
    with pytest.raises((TypeError, ValueError)):
        to_hex(bad)


def test_byte_pairs_and_count():
    assert byte_pairs("0x5208") == ["52", "08"]
    assert byte_pairs("DE AD be ef") == ["de", "ad", "be", "ef"]
    assert byte_count(GENESIS_DISPLAYED) == 32
    assert byte_count("0x" + "ff" * 20) == 20


def test_odd_digit_counts_are_not_whole_bytes():
    for function in (byte_pairs, byte_count, reverse_bytes):
        with pytest.raises(ValueError, match="odd"):
            function("0x100")


def test_reverse_bytes_reverses_bytes_not_digits():
    assert reverse_bytes("0a0b0c") == "0c0b0a"
    assert reverse_bytes("0x5208") == "0x0852"  # the label is kept
    assert reverse_bytes("ABCD") == "cdab"
    assert reverse_bytes(GENESIS_INTERNAL) == GENESIS_DISPLAYED
    assert reverse_bytes(reverse_bytes(GENESIS_DISPLAYED)) == GENESIS_DISPLAYED


def test_little_endian_reading():
    assert from_little_endian("00f2052a01000000") == 5_000_000_000
    assert to_decimal("00f2052a01000000") == 68_122_622_327_521_280


def test_group_in_fours():
    assert group("4a5e1e4b") == "4a5e 1e4b"
    assert group("abcdef", 4, "-") == "abcd-ef"


# --------------------------------------------------------------- the shared vectors


def test_hex_decimal_vectors(shared_vectors):
    data = shared_vectors("hex_and_txid_vectors.json")
    for case in data["hex_decimal"]:
        assert to_decimal(case["hex"]) == case["decimal"], case["note"]
        assert to_hex(case["decimal"]) == case["hex"].lower(), case["note"]
        assert to_decimal(case["hex"].upper().replace("0X", "0x")) == case["decimal"]


def test_little_endian_vectors(shared_vectors):
    data = shared_vectors("hex_and_txid_vectors.json")
    amount, timestamp = data["little_endian_gotchas"]
    assert from_little_endian(amount["bytes_hex"]) == amount["little_endian_uint64"]
    assert to_decimal(amount["bytes_hex"]) == amount["big_endian_reading_would_be"]
    assert from_little_endian(timestamp["bytes_hex"]) == timestamp["little_endian_uint32"]


def test_genesis_txid_is_shown_byte_reversed(shared_vectors):
    data = shared_vectors("explorer_practice_transactions.json")
    example = data["txid_display_rule"]["worked_example"]
    assert reverse_bytes(example["sha256d_internal_byte_order"]) == example["displayed_txid"]
    genesis = data["bitcoin_genesis"]
    raw = bytes.fromhex(genesis["raw_coinbase_tx_hex"])
    assert len(raw) == genesis["raw_size_bytes"]
    internal = hashlib.sha256(hashlib.sha256(raw).digest()).hexdigest()
    assert internal == example["sha256d_internal_byte_order"]
    assert reverse_bytes(internal) == genesis["coinbase_txid"]


def test_explorer_numbers_in_hex(shared_vectors):
    data = shared_vectors("explorer_practice_transactions.json")
    first_eth = data["ethereum_first_transaction"]
    assert to_decimal("0x7a69") == first_eth["value_wei"]
    assert to_decimal("0x5208") == first_eth["gas_used"]
    assert to_decimal("0xb443") == first_eth["block_number"]
    assert to_decimal(data["bitcoin_genesis"]["bits"]) == 486_604_799
