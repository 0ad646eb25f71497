"""Holdspace's own Keccak-256 gives the digests Ethereum's EIP-55 checksums are built on."""

from __future__ import annotations

import hashlib
import random

import pytest
from Crypto.Hash import keccak as reference  # pycryptodome: a test dependency only

from holdspace.core import addresses
from holdspace.core.keccak import keccak256
from holdspace.core.lessons import open_pack
from holdspace.core.paths import builtin_pack_dir

RATE = 136  # bytes per block for a 256-bit digest

# Published Keccak-256 digests (original padding), as Ethereum tooling and the EIP-55
# vectors' own "rule" note quote them; pycryptodome gives the same (checked below).
KNOWN = {
    b"": "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
    b"abc": "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
    b"The quick brown fox jumps over the lazy dog": (
        "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15"
    ),
}


@pytest.mark.parametrize(("message", "digest"), KNOWN.items())
def test_known_digests(message, digest):
    assert keccak256(message).hex() == digest
    assert reference.new(digest_bits=256, data=message).hexdigest() == digest


def test_not_nist_sha3_which_pads_differently():
    assert keccak256(b"abc") != hashlib.sha3_256(b"abc").digest()


def test_same_as_pycryptodome_for_every_length_over_three_blocks():
    # Every padding case: one byte of room, a full block of padding, several blocks.
    rng = random.Random(55)
    for size in range(3 * RATE + 2):
        data = rng.randbytes(size)
        assert keccak256(data) == reference.new(digest_bits=256, data=data).digest(), size


def test_same_as_pycryptodome_for_the_checksums_learners_meet():
    rng = random.Random(1)
    for _ in range(200):
        digits = rng.randbytes(20).hex().encode("ascii")
        assert keccak256(digits) == reference.new(digest_bits=256, data=digits).digest()


def test_eip55_spec_addresses(shared_vectors):
    valid = shared_vectors("eip55_vectors.json")["valid"]
    for address in valid["normal"] + valid["all_caps"] + valid["all_lower"]:
        assert addresses.to_checksum_address(address.lower()) == address
        assert addresses.eip55_status(address) == "mixed-case-checksum-ok"


def test_checking_the_shipped_lessons_hashes_each_address_once(monkeypatch):
    # The rules of the look-alike drills ask about the same addresses many times; each
    # is hashed once, so checking every lesson at start stays quick in plain Python.
    seen: list[bytes] = []

    def counting(data: bytes) -> bytes:
        seen.append(data)
        return keccak256(data)

    addresses._checksummed.cache_clear()
    monkeypatch.setattr(addresses, "keccak256", counting)
    try:
        for language in ("en", "fr"):
            pack = open_pack(builtin_pack_dir(), language, every_language=False)
            assert not pack.problems
    finally:
        addresses._checksummed.cache_clear()  # no counted results left for other tests
    assert seen  # the shipped lessons do check EVM addresses
    assert len(seen) == len(set(seen))
