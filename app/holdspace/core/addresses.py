"""Checksum codecs for addresses: Base58Check, Bech32/Bech32m (segwit) and EIP-55.

These are the building blocks of :mod:`holdspace.core.paste`; they know nothing about
learners. Every failure raises :class:`AddressError` whose ``code`` is a short note code
(``"checksum-mismatch"``, ``"mixed-case"``, …) that ``paste`` passes on to the GUI.

Why our own code instead of libraries:

* Bech32/Bech32m: the PyPI ``bech32`` package (1.2.0) predates BIP-350, so it checks
  witness v1+ addresses with the old constant and rejects every taproot address. No small,
  maintained Python package covers BIP-350, and pulling a whole Bitcoin library in for ~60
  lines is a poor trade, so below is the BIP-350 reference algorithm (Pieter Wuille's
  ``segwit_addr.py``, MIT), restructured to report *why* a string was rejected.
* Base58Check: a dozen lines over SHA-256 (:mod:`holdspace.core.digests`); no dependency.
* EIP-55 needs Keccak-256. ``hashlib.sha3_256`` is NIST SHA-3, which pads differently and
  gives other digests; :mod:`holdspace.core.keccak` says why it is ours and not
  pycryptodome's (start-up time and memory, measured).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .digests import double_sha256
from .keccak import keccak256


class AddressError(ValueError):
    """A string is not a well-formed address; ``code`` says why, as a note code."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


# --------------------------------------------------------------------------- Base58Check

BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_INDEX = {char: index for index, char in enumerate(BASE58_ALPHABET)}


def b58encode(data: bytes) -> str:
    """Plain Base58 (no checksum); each leading zero byte becomes one leading ``1``."""
    number = int.from_bytes(data, "big")
    encoded = ""
    while number:
        number, remainder = divmod(number, 58)
        encoded = BASE58_ALPHABET[remainder] + encoded
    leading_zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * leading_zeros + encoded


def b58decode(text: str) -> bytes:
    """Inverse of :func:`b58encode`; raises ``AddressError("invalid-character")``."""
    number = 0
    for char in text:
        if char not in _BASE58_INDEX:
            # 0, O, I and l are left out of Base58 because they look alike.
            raise AddressError("invalid-character", f"{char!r} is not used in Base58")
        number = number * 58 + _BASE58_INDEX[char]
    leading_ones = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * leading_ones + body


def b58check_encode(data: bytes) -> str:
    """Base58 of ``data`` followed by the first 4 bytes of SHA256(SHA256(data))."""
    return b58encode(data + double_sha256(data)[:4])


def b58check_decode(text: str) -> bytes:
    """Return the checked bytes (version byte + payload) without the 4-byte checksum."""
    raw = b58decode(text)
    if len(raw) < 5:
        raise AddressError("wrong-length", "too short to carry a checksum")
    data, checksum = raw[:-4], raw[-4:]
    if double_sha256(data)[:4] != checksum:
        raise AddressError("checksum-mismatch")
    return data


# --------------------------------------------------------------------- Bech32 / Bech32m

BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32 = "bech32"
BECH32M = "bech32m"
_CONSTANTS = {1: BECH32, 0x2BC830A3: BECH32M}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
SEGWIT_PREFIXES = {"bc": "main", "tb": "test", "bcrt": "regtest"}


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_GENERATOR):
            if (top >> bit) & 1:
                checksum ^= generator
    return checksum


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]


def _create_checksum(hrp: str, data: list[int], encoding: str) -> list[int]:
    constant = next(key for key, name in _CONSTANTS.items() if name == encoding)
    polymod = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ constant
    return [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]


def bech32_encode(hrp: str, data: list[int], encoding: str) -> str:
    """Encode 5-bit values under ``hrp`` with a Bech32 or Bech32m checksum."""
    combined = data + _create_checksum(hrp, data, encoding)
    return hrp + "1" + "".join(BECH32_CHARSET[value] for value in combined)


def bech32_decode(text: str) -> tuple[str, list[int], str]:
    """Return (hrp, 5-bit data without checksum, ``"bech32"`` or ``"bech32m"``)."""
    if any(ord(char) < 33 or ord(char) > 126 for char in text):
        raise AddressError("invalid-character")
    if text.lower() != text and text.upper() != text:
        raise AddressError("mixed-case")
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1:
        raise AddressError("missing-prefix")
    if separator + 7 > len(text) or len(text) > 90:
        raise AddressError("wrong-length")
    hrp, rest = text[:separator], text[separator + 1 :]
    if any(char not in BECH32_CHARSET for char in rest):
        raise AddressError("invalid-character")
    data = [BECH32_CHARSET.index(char) for char in rest]
    encoding = _CONSTANTS.get(_polymod(_hrp_expand(hrp) + data))
    if encoding is None:
        raise AddressError("checksum-mismatch")
    return hrp, data[:-6], encoding


def _convert_bits(data: list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    """Regroup bits (5 -> 8 or 8 -> 5); strict padding rules as in BIP-173."""
    accumulator, bits, result = 0, 0, []
    max_value = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            result.append((accumulator >> bits) & max_value)
    if pad and bits:
        result.append((accumulator << (to_bits - bits)) & max_value)
    elif not pad and (bits >= from_bits or (accumulator << (to_bits - bits)) & max_value):
        raise AddressError("invalid-padding")
    return result


@dataclass(frozen=True)
class SegwitAddress:
    """A decoded segwit address: its prefix, witness version and program."""

    hrp: str
    version: int
    program: bytes
    encoding: str

    @property
    def chain(self) -> str:
        return SEGWIT_PREFIXES[self.hrp]


def decode_segwit(text: str) -> SegwitAddress:
    """Decode a Bitcoin segwit address (mainnet, testnet/signet or regtest)."""
    hrp, data, encoding = bech32_decode(text)
    if hrp not in SEGWIT_PREFIXES:
        raise AddressError("unknown-prefix")
    if not data:
        raise AddressError("wrong-length", "no witness version or program")
    version = data[0]
    if version > 16:
        raise AddressError("invalid-witness-version")
    program = bytes(_convert_bits(data[1:], 5, 8, pad=False))
    if not 2 <= len(program) <= 40 or (version == 0 and len(program) not in (20, 32)):
        raise AddressError("wrong-length", f"a {len(program)}-byte program")
    # BIP-350: v0 keeps Bech32; v1 and later must use Bech32m.
    if encoding != (BECH32 if version == 0 else BECH32M):
        raise AddressError("wrong-checksum-variant")
    return SegwitAddress(hrp, version, program, encoding)


def encode_segwit(hrp: str, version: int, program: bytes) -> str:
    """Encode a segwit address; validates the result by decoding it again."""
    if not 0 <= version <= 16:
        raise AddressError("invalid-witness-version")
    encoding = BECH32 if version == 0 else BECH32M
    data = [version] + _convert_bits(list(program), 8, 5, pad=True)
    address = bech32_encode(hrp, data, encoding)
    decode_segwit(address)  # raises AddressError for an impossible version/length/hrp
    return address


# ------------------------------------------------------------------------------ EIP-55


def to_checksum_address(address: str) -> str:
    """EIP-55 form of a 20-byte hex address, with ``0x`` (input may lack it)."""
    digits = address[2:] if address[:2] in ("0x", "0X") else address
    if len(digits) != 40 or any(char not in "0123456789abcdefABCDEF" for char in digits):
        raise AddressError("wrong-length" if len(digits) != 40 else "invalid-character")
    return _checksummed(digits.lower())


# Checking the lessons at start asks about the same few addresses sixty times (every
# identify() of a sample address, and of each look-alike, in each language read).
@lru_cache(maxsize=256)
def _checksummed(digits: str) -> str:
    digest = keccak256(digits.encode("ascii")).hex()
    # A letter is upper-cased when the matching nibble of the hash is 8 or more.
    return "0x" + "".join(
        char.upper() if char.isalpha() and int(nibble, 16) >= 8 else char
        for char, nibble in zip(digits, digest)
    )


def eip55_status(address: str) -> str:
    """``"mixed-case-checksum-ok"``, ``"checksum-mismatch"`` or a no-checksum code.

    Only mixed case carries a checksum. All-lower and all-upper are accepted by
    wallets as "unchecked", unless they happen to equal the checksummed form.
    """
    digits = address[2:] if address[:2] in ("0x", "0X") else address
    expected = to_checksum_address(digits)[2:]
    if digits == expected:
        return "mixed-case-checksum-ok"
    if digits == digits.lower():
        return "all-lowercase-no-checksum"
    if digits == digits.upper():
        return "all-uppercase-no-checksum"
    return "checksum-mismatch"
