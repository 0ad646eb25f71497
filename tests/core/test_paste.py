"""What a pasted string is, whether its checksum holds, and "is this the address I meant?"."""

from __future__ import annotations

import hashlib

import pytest
from Crypto.Hash import RIPEMD160

from holdspace.core.addresses import (
    AddressError,
    b58check_decode,
    b58check_encode,
    b58decode,
    b58encode,
    bech32_decode,
    decode_segwit,
    encode_segwit,
    keccak256,
    to_checksum_address,
)
from holdspace.core.paste import EVM_NETWORKS, KINDS, NOTES, compare, identify

SEGWIT_KINDS = {"btc-p2wpkh", "btc-p2wsh", "btc-p2tr", "btc-segwit-other"}
HASH_KINDS = {"btc-txid", "evm-tx-hash"}
GENESIS_TXID = "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"


def hash160(data: bytes) -> bytes:
    return RIPEMD160.new(hashlib.sha256(data).digest()).digest()


def script_pubkey(address: str) -> str:
    """The output script a segwit address stands for (BIP-141: OP_n <program>)."""
    found = decode_segwit(address)
    opcode = found.version + 0x50 if found.version else 0
    return bytes([opcode, len(found.program)]).hex() + found.program.hex()


# ------------------------------------------------------- inline examples from the specs


def test_design_example():
    result = identify(" bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 ")
    assert result.kind == "btc-p2wpkh"
    assert result.valid is True
    assert result.networks == ("Bitcoin",)
    assert result.text == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert "surrounding-space-removed" in result.notes


@pytest.mark.parametrize(
    ("address", "kind"),
    [  # BIP-173 examples, BIP-350 taproot example, Bitcoin Wiki P2PKH example
        ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "btc-p2wpkh"),
        ("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", "btc-p2wsh"),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "btc-p2tr"),
        ("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM", "btc-p2pkh"),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "evm-address"),
    ],
)
def test_inline_addresses(address, kind):
    result = identify(address)
    assert (result.kind, result.valid) == (kind, True)


def test_taproot_needs_bech32m_not_bech32():
    # Valid in the original BIP-173 (bech32 checksum on v1), invalid since BIP-350.
    old = "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx"
    new = "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y"
    assert identify(old).valid is False
    assert "checksum-mismatch" in identify(old).notes
    assert identify(new).valid is True
    assert identify(new).kind == "btc-segwit-other"  # v1 with a 40-byte program


def test_keccak_is_not_nist_sha3():
    assert keccak256(b"").hex().startswith("c5d24601")
    assert hashlib.sha3_256(b"").hexdigest() != keccak256(b"").hex()


def test_eip55_inline():
    lower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
    assert to_checksum_address(lower) == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    result = identify(lower)
    assert result.valid is True and "all-lowercase-no-checksum" in result.notes
    assert result.canonical == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    assert result.networks == EVM_NETWORKS and "BNB Smart Chain" in result.networks
    typo = identify("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert typo.valid is False and "checksum-mismatch" in typo.notes
    good = identify("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert "mixed-case-checksum-ok" in good.notes


def test_base58_inline():
    assert b58encode(bytes.fromhex("626262")) == "a3gV"
    assert b58check_encode(bytes.fromhex("00010966776006953d5567439e5e39f86a0d273bee")) == (
        "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM"
    )
    typo = identify("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvN")
    assert (typo.kind, typo.valid) == ("btc-p2pkh", False)
    assert "checksum-mismatch" in typo.notes


# ------------------------------------------------------------------ identify: the rest


def test_hashes_and_the_gentle_private_key_note():
    txid = identify(GENESIS_TXID)
    assert (txid.kind, txid.valid, txid.networks) == ("btc-txid", None, ("Bitcoin",))
    assert {"maybe-private-key", "byte-reversed-display"} <= set(txid.notes)
    evm = identify("0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060")
    assert evm.kind == "evm-tx-hash" and "maybe-private-key" in evm.notes
    assert evm.networks == EVM_NETWORKS
    block = identify("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f")
    assert block.kind == "btc-txid" and "could-be-block-hash" in block.notes


def test_near_misses_keep_their_kind_and_say_what_is_off():
    short = identify(GENESIS_TXID[:-1])
    assert (short.kind, short.valid, short.notes) == ("btc-txid", False, ("wrong-length",))
    odd = identify("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg")
    assert (odd.kind, odd.valid, odd.notes) == ("evm-address", False, ("invalid-character",))
    bare = identify("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert (bare.kind, bare.valid) == ("evm-address", False)
    assert bare.notes[0] == "missing-0x-prefix" and bare.canonical.startswith("0x5aAe")


def test_recovery_phrases_are_recognised_and_never_echoed():
    about = " Abandon abandon abandon abandon abandon abandon\n" + "abandon " * 5 + "about "
    result = identify(about)
    assert (result.kind, result.valid, result.text) == ("recovery-phrase", True, "")
    bad = identify(" ".join(["abandon"] * 12))
    assert (bad.kind, bad.valid, bad.text) == ("recovery-phrase", False, "")
    typo = identify("abandon " * 11 + "abuot")  # one typo: not a phrase, still not echoed
    assert typo.text == "" and "looks-like-recovery-phrase" in typo.notes
    assert "abandon" not in repr(result) + repr(bad) + repr(typo)


def test_a_wif_private_key_is_named_and_not_echoed():
    # The well-known example key from the Bitcoin Wiki "Wallet import format" page.
    result = identify("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ")
    assert result.kind == "btc-private-key" and result.text == ""
    assert "private-key" in result.notes


@pytest.mark.parametrize(
    ("text", "kind", "note"),
    [
        ("0x1f", "hex-number", None),
        ("ff", "hex-number", None),
        ("31", "unknown", "digits-only"),
        ("", "unknown", "empty"),
        ("   ", "unknown", "empty"),
        ("hello there", "unknown", None),
        ("\u200b1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "btc-p2pkh", "invisible-characters-removed"),
        (
            "bc1q w508 d6qe jxtd g4y5 r3za rvar y0c5 xw7k v8f3 t4",
            "btc-p2wpkh",
            "inner-spaces-removed",
        ),
    ],
)
def test_other_shapes(text, kind, note):
    result = identify(text)
    assert result.kind == kind
    if note:
        assert note in result.notes


def test_homoglyph_in_an_address_is_a_near_miss():
    cyrillic_a = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN\u0430"
    result = identify(cyrillic_a)
    assert (result.kind, result.valid, result.notes) == ("btc-p2pkh", False, ("invalid-character",))


# --------------------------------------------------------------------------- compare


def test_compare_same():
    result = compare(" 0xabc ", "0xabc")
    assert result.same and result.differences == () and result.differing_groups == ()
    grouped = compare("bc1q w508 d6qe", "bc1qw508d6qe\u200b")
    assert grouped.same and grouped.groups_a == ("bc1q", "w508", "d6qe")


def test_compare_locates_every_difference_in_groups_of_four():
    a = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    b = "bc1qw508d6qejxtdg4y5r3zXrvary0c5xw7kv8f3t4"
    result = compare(a, b)
    assert not result.same and result.differences == (23,)
    assert result.groups_a[5] == "r3za" and result.groups_b[5] == "r3zX"
    assert result.differing_groups == (5,)
    assert result.group_differs(5) and not result.group_differs(0)
    assert result.same_ends  # the address-poisoning look-alike


def test_compare_counts_length_differences():
    result = compare("abcdef", "abcdefgh")
    assert result.differences == (6, 7)
    assert result.groups_b == ("abcd", "efgh") and result.differing_groups == (1,)
    assert compare("abcdefgh", "abcd").differences == (4, 5, 6, 7)


def test_compare_case_only():
    result = compare("0xABCD", "0xabcd")
    assert not result.same and result.case_only and result.differences == (2, 3, 4, 5)


# --------------------------------------------------------------------- shared vectors


def test_bech32_and_bech32m_strings(shared_vectors):
    data = shared_vectors("bech32_bech32m_vectors.json")
    for encoding in ("bech32", "bech32m"):
        for text in data[f"valid_{encoding}"]:
            assert bech32_decode(text)[2] == encoding, text
        for case in data[f"invalid_{encoding}"]:
            try:
                _, _, got = bech32_decode(case["string"])
            except AddressError:
                continue
            assert got != encoding, case  # the reference allows "valid, other variant"


def test_valid_segwit_addresses(shared_vectors):
    data = shared_vectors("bech32_bech32m_vectors.json")
    for case in data["valid_segwit_addresses"]:
        found = decode_segwit(case["address"])
        assert found.hrp == case["hrp"] and found.version == case["witness_version"]
        assert len(found.program) == case["program_bytes"]
        assert found.encoding == case["encoding"]
        assert script_pubkey(case["address"]) == case["scriptPubKey"]
        assert encode_segwit(found.hrp, found.version, found.program) == case["address"].lower()
        result = identify(case["address"])
        assert result.valid is True and result.kind in SEGWIT_KINDS, case
        expected = {"P2WPKH": "btc-p2wpkh", "P2WSH": "btc-p2wsh", "P2TR (taproot)": "btc-p2tr"}
        assert result.kind == expected.get(case["type"], "btc-segwit-other")
        assert ("testnet" in result.notes) == (case["hrp"] != "bc")


def test_invalid_segwit_addresses(shared_vectors):
    data = shared_vectors("bech32_bech32m_vectors.json")
    cases = data["invalid_segwit_addresses"] + [
        {"address": data["superseded_bip173_v1_example"]["address"], "reason": "BIP-350"}
    ]
    for case in cases:
        with pytest.raises(AddressError):
            decode_segwit(case["address"])
        assert identify(case["address"]).valid is not True, case


def test_invalid_segwit_encode_inputs(shared_vectors):
    data = shared_vectors("bech32_bech32m_vectors.json")
    for case in data["invalid_address_encode_inputs"]["cases"]:
        with pytest.raises(AddressError):
            encode_segwit(case["hrp"], case["witver"], bytes(case["program_len"]))


def test_bip173_examples(shared_vectors):
    data = shared_vectors("bech32_bech32m_vectors.json")
    for case in data["bip173_examples"]["cases"]:
        result = identify(case["address"])
        net, kind = case["label"].split()
        assert result.valid is True and result.kind == "btc-" + kind.lower()
        assert ("testnet" in result.notes) == (net == "Testnet")


def test_base58_raw_vectors(shared_vectors):
    data = shared_vectors("base58check_vectors.json")
    for raw_hex, text in data["raw_base58_encode_decode"]["cases"]:
        assert b58encode(bytes.fromhex(raw_hex)) == text
        assert b58decode(text) == bytes.fromhex(raw_hex)


def test_base58check_addresses(shared_vectors):
    data = shared_vectors("base58check_vectors.json")
    for case in data["valid_addresses"]:
        decoded = b58check_decode(case["address"])
        assert decoded[0] == int(case["version_byte"], 16)
        assert decoded[1:].hex() == case["hash160"]
        result = identify(case["address"])
        assert (result.kind, result.valid) == ("btc-" + case["type"].lower(), True)
        assert ("testnet" in result.notes) == (case["chain"] != "main")
        assert result.networks[0] == ("Bitcoin" if case["chain"] == "main" else "Bitcoin testnet")


def test_well_known_addresses(shared_vectors):
    data = shared_vectors("base58check_vectors.json")
    for case in data["well_known_addresses"]["cases"]:
        assert b58check_decode(case["address"])[1:].hex() == case["hash160"]
        assert identify(case["address"]).kind == "btc-p2pkh"
        if "derive_from_pubkey" in case:
            key_hash = hash160(bytes.fromhex(case["derive_from_pubkey"]))
            assert b58check_encode(b"\0" + key_hash) == case["address"]
        if "full_25_bytes_hex" in case:
            assert b58decode(case["address"]).hex() == case["full_25_bytes_hex"]


def test_base58_derived_invalid(shared_vectors):
    data = shared_vectors("base58check_vectors.json")
    for case in data["derived_invalid"]["cases"]:
        result = identify(case["address"])
        assert (result.kind, result.valid) == ("btc-p2pkh", False), case
        expected = "checksum-mismatch" if "checksum" in case["reason"] else "invalid-character"
        assert expected in result.notes, case


def test_segwit_entries_from_key_io(shared_vectors):
    data = shared_vectors("base58check_vectors.json")
    for case in data["key_io_segwit_mainnet_addresses"]["cases"]:
        assert script_pubkey(case["address"]) == case["scriptPubKey"]
        result = identify(case["address"])
        assert result.valid is True and result.kind in SEGWIT_KINDS - {"btc-segwit-other"}


def test_eip55_vectors(shared_vectors):
    data = shared_vectors("eip55_vectors.json")
    for group in ("all_caps", "normal"):
        for address in data["valid"][group]:
            assert to_checksum_address(address.lower()) == address
            result = identify(address)
            assert result.valid is True and "mixed-case-checksum-ok" in result.notes
    for address in data["valid"]["all_lower"]:
        # Their checksum happens to leave every letter lower case: it holds.
        assert to_checksum_address(address) == address
        assert identify(address).valid is True
    for case in data["derived_invalid"]["cases"]:
        result = identify(case["address"])
        assert (result.kind, result.valid) == ("evm-address", False), case
        if "checksum_matches" in case:
            assert "checksum-mismatch" in result.notes
    for case in data["derived_no_checksum_forms"]["cases"]:
        result = identify(case["address"])
        assert result.canonical == case["checksummed"]
        assert "all-lowercase-no-checksum" in result.notes


def test_id_shapes(shared_vectors):
    data = shared_vectors("hex_and_txid_vectors.json")
    shapes = {"bitcoin_txid_shape": "btc-txid", "evm_tx_hash_shape": "evm-tx-hash"}
    for case in data["id_recognition"]:
        result = identify(case["string"])
        if case["shape"] in shapes:
            assert result.kind == shapes[case["shape"]], case
            assert "maybe-private-key" in result.notes
        else:  # never presented as a usable hash
            assert result.kind not in HASH_KINDS or result.valid is False, case


def test_explorer_facts(shared_vectors):
    data = shared_vectors("explorer_practice_transactions.json")
    first_eth = data["ethereum_first_transaction"]
    raw = bytes.fromhex(first_eth["raw_signed_tx_hex"][2:])
    assert "0x" + keccak256(raw).hex() == first_eth["hash"]
    assert identify(first_eth["hash"]).kind == "evm-tx-hash"
    for field in ("from", "to"):
        result = identify(first_eth[field])
        assert (result.kind, result.valid) == ("evm-address", True)
    for name in ("bitcoin_genesis", "bitcoin_first_transfer", "bitcoin_pizza"):
        entry = data[name]
        assert identify(entry.get("txid", entry.get("coinbase_txid"))).kind == "btc-txid"
        assert "could-be-block-hash" in identify(entry["block_hash"]).notes
    pizza = data["bitcoin_pizza"]
    script_hash = bytes.fromhex(pizza["to_scriptPubKey"][6:-4])
    assert b58check_encode(b"\0" + script_hash) == pizza["to_address"]
    assert identify(pizza["to_address"]).valid is True
    genesis = data["bitcoin_genesis"]
    assert identify(genesis["explorer_address_shown"]).kind == "btc-p2pkh"


def test_every_kind_and_note_is_declared_for_the_gui(shared_vectors):
    texts = ["", " ", "31", "0x1f", "hello world", "abandon " * 11 + "about", GENESIS_TXID,
             "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ", "0XABCDEF",
             "0x52908400098527886E0F7030069857D2E4169EE7".upper()]  # fmt: skip
    bech = shared_vectors("bech32_bech32m_vectors.json")
    texts += [case["address"] for case in bech["valid_segwit_addresses"]]
    texts += [case["address"] for case in bech["invalid_segwit_addresses"]]
    texts += [case["string"] for case in bech["invalid_bech32"] + bech["invalid_bech32m"]]
    b58 = shared_vectors("base58check_vectors.json")
    texts += [case["address"] for case in b58["valid_addresses"]]
    texts += [case["address"] for case in b58["derived_invalid"]["cases"]]
    eip = shared_vectors("eip55_vectors.json")
    texts += [case["address"] for case in eip["derived_invalid"]["cases"]]
    shapes = shared_vectors("hex_and_txid_vectors.json")["id_recognition"]
    texts += [case["string"] for case in shapes]
    for text in texts:
        result = identify(text)
        assert result.kind in KINDS, text
        assert set(result.notes) <= set(NOTES), (text, result.notes)
