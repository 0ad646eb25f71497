"""The SHA-256 used while lessons are checked at start gives hashlib's digests."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from holdspace.core import digests
from holdspace.core.addresses import b58check_decode, b58check_encode

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
LESSONS = Path(__file__).resolve().parents[2] / "lessons"

# FIPS 180-2 appendix B examples ("abc", the two-block message) and the empty string.
NIST = {
    b"": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    b"abc": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq": (
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
}


@pytest.mark.parametrize(("message", "digest"), NIST.items())
def test_published_examples(message, digest):
    assert digests.sha256(message).hexdigest() == digest


def test_same_digests_as_hashlib_for_every_length_around_the_block_size():
    # 55, 56 and 64 bytes are where SHA-256 padding spills into another block.
    for size in range(300):
        data = (bytes(range(256)) * 2)[:size]
        assert digests.sha256(data).digest() == hashlib.sha256(data).digest(), size


def test_same_digests_as_hashlib_for_the_shipped_lesson_files():
    files = sorted(LESSONS.rglob("*.yaml"))
    assert len(files) > 100
    for file in files:
        data = file.read_bytes()
        assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest(), file


def test_double_sha256_is_hashlibs_twice():
    data = bytes.fromhex("00" + "62e907b15cbf27d5425399ebf6f0fb50ebb88f18")
    twice = hashlib.sha256(hashlib.sha256(data).digest()).digest()
    assert digests.double_sha256(data) == twice


def test_bitcoin_core_addresses_still_encode_and_decode():
    cases = json.loads((VECTORS / "base58check_vectors.json").read_text())["valid_addresses"]
    assert len(cases) >= 4
    for case in cases:
        payload = bytes([int(case["version_byte"], 16)]) + bytes.fromhex(case["hash160"])
        assert b58check_encode(payload) == case["address"]
        assert b58check_decode(case["address"]) == payload


def test_built_in_module_not_openssl():
    # The point of the module: hashing at start leaves OpenSSL unloaded.
    code = (
        "import sys; from holdspace.core import digests, addresses, lookalikes;"
        "from holdspace.core.lessons import translation;"
        "digests.sha256(b'x'); addresses.b58check_encode(b'\\0' * 21);"
        "print('_hashlib' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
