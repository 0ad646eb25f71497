"""What is this pasted string? And is it the address I meant?

:func:`identify` looks at one pasted string and says what it most likely is (``kind``),
whether its checksum holds (``valid``: True, False, or None when the format carries no
checksum), which networks accept it, and note codes the GUI words through tr().

A near miss keeps the kind it resembles and gets ``valid=False`` plus a note saying what
is off (``"wrong-length"``, ``"invalid-character"``, ``"checksum-mismatch"``…), because
"this looks like a Bitcoin address with one character changed" is what a learner needs.

Recovery phrases and private keys are never echoed back: their ``text`` is empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from holdspace.core import addresses as codec
from holdspace.core import seed
from holdspace.core.addresses import AddressError
from holdspace.core.answers import INVISIBLE
from holdspace.core.hexa import chunks

EVM_NETWORKS = (
    "Ethereum", "BNB Smart Chain", "Polygon", "Arbitrum", "Optimism", "Base", "Avalanche C-Chain",
)  # fmt: skip
BITCOIN = ("Bitcoin",)
# Base58 versions 0x6f/0xc4 and the "tb" prefix are shared by testnet and signet.
BITCOIN_TEST = {"test": ("Bitcoin testnet", "Bitcoin signet"), "regtest": ("Bitcoin regtest",)}
BASE58_TEST = ("Bitcoin testnet", "Bitcoin signet", "Bitcoin regtest")  # one version for all
BASE58_VERSIONS = {  # version byte -> (kind, chain)
    0x00: ("btc-p2pkh", "main"), 0x05: ("btc-p2sh", "main"),
    0x6F: ("btc-p2pkh", "test"), 0xC4: ("btc-p2sh", "test"),
}  # fmt: skip
# Every kind and note code identify() can return, so the GUI can give each a tr() text.
KINDS = (
    "btc-p2pkh", "btc-p2sh", "btc-p2wpkh", "btc-p2wsh", "btc-p2tr", "btc-segwit-other",
    "evm-address", "btc-txid", "evm-tx-hash", "recovery-phrase", "btc-private-key",
    "hex-number", "unknown",
)  # fmt: skip
NOTES = (
    # what cleaning did
    "surrounding-space-removed", "invisible-characters-removed", "inner-spaces-removed",
    "empty", "digits-only",
    # checksums and near misses
    "mixed-case-checksum-ok", "all-lowercase-no-checksum", "all-uppercase-no-checksum",
    "checksum-mismatch", "wrong-checksum-variant", "wrong-length", "invalid-character",
    "mixed-case", "invalid-padding", "invalid-witness-version", "missing-prefix",
    "unknown-prefix", "unknown-version", "missing-0x-prefix",
    # context
    "testnet", "future-witness-version", "same-address-on-many-networks",
    "check-the-right-explorer", "byte-reversed-display", "could-be-block-hash",
    # safety
    "maybe-private-key", "private-key", "recovery-phrase-warning", "unusual-word-count",
    "looks-like-recovery-phrase", "not-kept",
)  # fmt: skip
_HEX = frozenset("0123456789abcdefABCDEF")


@dataclass(frozen=True)
class Identification:
    """What a pasted text most likely is, whether it checks out, and notes on it."""

    text: str  # the cleaned string ("" for anything secret)
    kind: str
    valid: bool | None
    networks: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    canonical: str | None = None  # the form to show (EIP-55 checksummed, lower-case…)


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
    notes = []
    visible = text.translate(INVISIBLE)
    if visible != text:
        notes.append("invisible-characters-removed")
    stripped = visible.strip()
    if stripped != visible:
        notes.append("surrounding-space-removed")
    return stripped, tuple(notes)


def _is_hex(text: str) -> bool:
    return bool(text) and all(char in _HEX for char in text)


def _near_miss(digits: str, length: int, slack: int) -> str | None:
    """Why ``digits`` is almost, but not quite, ``length`` hex digits (None if neither)."""
    if _is_hex(digits) and 0 < abs(len(digits) - length) <= slack:
        return "wrong-length"
    odd = sum(char not in _HEX for char in digits)
    if len(digits) == length and 0 < odd <= 2 and all(char.isalnum() for char in digits):
        return "invalid-character"
    return None


# ------------------------------------------------------------------ one recogniser each
# Each takes the cleaned, single-token text and returns (kind, valid, networks, notes,
# canonical) or None. They run in order. The 40/64-digit hex shapes go first: a segwit
# address is never all hex ('q'/'p' follows "bc1") and Base58 ones are 25-35 characters.

Found = tuple[str, bool | None, tuple[str, ...], tuple[str, ...], str | None]


def _evm_address(digits: str, prefixed: bool) -> Found:
    status = codec.eip55_status(digits)
    valid = status != "checksum-mismatch" and prefixed
    notes: tuple[str, ...] = (status, "same-address-on-many-networks")
    if not prefixed:
        notes = ("missing-0x-prefix", *notes)
    return "evm-address", valid, EVM_NETWORKS, notes, codec.to_checksum_address(digits)


def _recognise_0x(text: str) -> Found | None:
    if text[:2] not in ("0x", "0X"):
        return None
    digits = text[2:]
    if len(digits) == 40 and _is_hex(digits):
        return _evm_address(digits, prefixed=True)
    if len(digits) == 64 and _is_hex(digits):
        notes = ("check-the-right-explorer", "maybe-private-key")
        return "evm-tx-hash", None, EVM_NETWORKS, notes, "0x" + digits.lower()
    for kind, length in (("evm-address", 40), ("evm-tx-hash", 64)):
        if problem := _near_miss(digits, length, slack=2):
            return kind, False, EVM_NETWORKS, (problem,), None
    return None


def _recognise_bare_hex(text: str) -> Found | None:
    if len(text) == 64 and _is_hex(text):
        notes = ["byte-reversed-display", "maybe-private-key"]
        if text.startswith("00000000"):
            notes.insert(0, "could-be-block-hash")  # proof of work leaves leading zeros
        return "btc-txid", None, BITCOIN, tuple(notes), text.lower()
    if len(text) == 40 and _is_hex(text):
        return _evm_address(text, prefixed=False)
    if problem := _near_miss(text, 64, slack=2):
        return "btc-txid", False, BITCOIN, (problem,), None
    return None


def _segwit_kind(version: int, size: int) -> str:
    return {(0, 20): "btc-p2wpkh", (0, 32): "btc-p2wsh", (1, 32): "btc-p2tr"}.get(
        (version, size), "btc-segwit-other"
    )


def _guess_segwit_kind(text: str, hrp: str) -> str:
    """The kind a broken segwit string was aiming at, from its version letter and length."""
    body = text[len(hrp) + 1 :].lower()
    version = codec.BECH32_CHARSET.find(body[:1])
    size = (len(body) - 7) * 5 // 8  # 5 bits per character after version and checksum
    return _segwit_kind(version, size)


def _recognise_segwit(text: str) -> Found | None:
    hrp = next((p for p in ("bcrt", "bc", "tb") if text.lower().startswith(p + "1")), None)
    if hrp is None or len(text) < 8:
        return None
    chain = codec.SEGWIT_PREFIXES[hrp]
    networks = BITCOIN if chain == "main" else BITCOIN_TEST[chain]
    chain_notes = () if chain == "main" else ("testnet",)
    try:
        found = codec.decode_segwit(text)
    except AddressError as problem:
        codes: tuple[str, ...] = (problem.code,)
        if problem.code == "wrong-checksum-variant":  # e.g. v0 with a Bech32m checksum
            codes = ("checksum-mismatch", problem.code)
        return _guess_segwit_kind(text, hrp), False, networks, codes + chain_notes, None
    kind = _segwit_kind(found.version, len(found.program))
    notes = chain_notes + (("future-witness-version",) if kind == "btc-segwit-other" else ())
    return kind, True, networks, notes, text.lower()


def _recognise_base58(text: str) -> Found | None:
    if text[:1] in ("5", "K", "L") and len(text) in (51, 52):
        return _recognise_wif(text)
    if text[:1] not in ("1", "3", "m", "n", "2") or not 25 <= len(text) <= 35:
        return None
    if not text.isalnum():  # letters from other scripts stay in: they are the typo to show
        return None
    mainnet = text[0] in "13"
    networks, chain_notes = (BITCOIN, ()) if mainnet else (BASE58_TEST, ("testnet",))
    try:
        data = codec.b58check_decode(text)
    except AddressError as problem:
        guess = "btc-p2sh" if text[0] in "32" else "btc-p2pkh"
        return guess, False, networks, (problem.code, *chain_notes), None
    if data[0] not in BASE58_VERSIONS or len(data) != 21:
        return "unknown", False, (), ("unknown-version",), None
    kind, _ = BASE58_VERSIONS[data[0]]
    return kind, True, networks, chain_notes, text


def _recognise_wif(text: str) -> Found | None:
    """A private key in wallet import format: say so, and never echo it."""
    try:
        data = codec.b58check_decode(text)
    except AddressError:
        return None
    if data[0] == 0x80 and (len(data) == 33 or (len(data) == 34 and data[-1] == 1)):
        return "btc-private-key", True, BITCOIN, ("private-key", "not-kept"), None
    return None


def _recognise_number(text: str) -> Found | None:
    digits = text[2:] if text[:2] in ("0x", "0X") else text
    if not _is_hex(digits.replace("_", "")):
        return None
    if digits is text and text.isdigit():  # "31" is everyday decimal as often as hex
        return "unknown", None, (), ("digits-only",), None
    return "hex-number", None, (), (), "0x" + digits.replace("_", "").lower()


RECOGNISERS: list[Callable[[str], Found | None]] = [
    _recognise_0x, _recognise_bare_hex, _recognise_segwit, _recognise_base58, _recognise_number,
]  # fmt: skip


def _identify_token(text: str, notes: tuple[str, ...]) -> Identification | None:
    for recognise in RECOGNISERS:
        found = recognise(text)
        if found is not None:
            kind, valid, networks, more_notes, canonical = found
            secret = "not-kept" in more_notes
            shown = "" if secret else text
            return Identification(shown, kind, valid, networks, notes + more_notes, canonical)
    return None


def _identify_words(text: str, notes: tuple[str, ...]) -> Identification | None:
    words = seed.phrase_words(text)
    if seed.looks_like_recovery_phrase(text):
        extra = () if len(words) in seed.PHRASE_LENGTHS else ("unusual-word-count",)
        valid = seed.phrase_checksum_ok(text)
        notes += ("recovery-phrase-warning", "not-kept", *extra)
        return Identification("", "recovery-phrase", valid, (), notes)
    shaped = sum(map(seed.could_be_listed, words))  # listed words are among these
    if len(words) < seed.TRIPWIRE_MIN_WORDS or len(words) - shaped > 2:
        return None  # the case below can't hold: spares loading the word list
    known = sum(word in seed.wordlist() for word in words)
    if len(words) >= seed.TRIPWIRE_MIN_WORDS and len(words) - known <= 2:
        # Most words are from the list: maybe a real phrase with a typo. Don't echo it.
        notes += ("looks-like-recovery-phrase", "not-kept")
        return Identification("", "unknown", None, (), notes)
    return None


def identify(text: str) -> Identification:
    """Say what a pasted string most likely is. Never logs or stores what it is given."""
    cleaned, notes = _clean(text)
    if not cleaned:
        return Identification("", "unknown", None, (), notes + ("empty",))
    found = _identify_words(cleaned, notes)
    if found is not None:
        return found
    if len(cleaned.split()) > 1:
        joined = "".join(cleaned.split())  # "bc1q w508 d6qe …" copied in groups of four
        found = _identify_token(joined, notes + ("inner-spaces-removed",))
        if found is not None and found.kind != "unknown":
            return found
        return Identification(cleaned, "unknown", None, (), notes)
    found = _identify_token(cleaned, notes)
    return found or Identification(cleaned, "unknown", None, (), notes)


# ------------------------------------------------------------------------------ compare


@dataclass(frozen=True)
class Comparison:
    """Two strings side by side, in groups of four, with every difference located."""

    a: str
    b: str
    same: bool
    differences: tuple[int, ...]  # character indexes, including any extra length
    groups_a: tuple[str, ...]
    groups_b: tuple[str, ...]
    group_size: int = 4

    @property
    def differing_groups(self) -> tuple[int, ...]:
        return tuple(sorted({index // self.group_size for index in self.differences}))

    def group_differs(self, group: int) -> bool:
        return group in self.differing_groups

    @property
    def case_only(self) -> bool:
        """Differs only in letter case: the same EVM or segwit address, another Base58 one."""
        return not self.same and self.a.lower() == self.b.lower()

    @property
    def same_ends(self) -> bool:
        """Same first and last four characters but not the same: address poisoning's trick."""
        return not self.same and self.a[:4] == self.b[:4] and self.a[-4:] == self.b[-4:]


def compare(a: str, b: str, *, group_size: int = 4) -> Comparison:
    """Compare character by character (case counts), ignoring spaces and invisible marks.

    Spaces are dropped everywhere, not only around: an address copied in groups of four
    is the same address.
    """
    a, b = ("".join(_clean(text)[0].split()) for text in (a, b))
    differences = tuple(
        index
        for index in range(max(len(a), len(b)))
        if index >= len(a) or index >= len(b) or a[index] != b[index]
    )
    return Comparison(
        a, b, a == b, differences, chunks(a, group_size), chunks(b, group_size), group_size
    )
