"""Hexadecimal helpers for the hex playground and the explorer lessons.

Everything here works on plain text as a learner would type or paste it: an optional
``0x``/``0X`` label, any letter case, and spaces or underscores used to group digits
(``0x5208``, ``52 08``, ``0xDE_AD``). Errors are ``ValueError`` with a plain sentence
that says what to do next, so the GUI can show the message as it is.
"""

from __future__ import annotations

HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
# Grouping characters people use when they copy hex from explorers and docs.
_SEPARATORS = (" ", "\t", "\n", "\r", "_")


def _strip_separators(text: str) -> str:
    for separator in _SEPARATORS:
        text = text.replace(separator, "")
    return text


def split_prefix(text: str) -> tuple[bool, str]:
    """Return (had_0x_label, digits) with separators removed; digits keep their case.

    The digits are *not* checked here; see :func:`clean_hex`.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text, got {type(text).__name__}")
    compact = _strip_separators(text.strip())
    if compact[:2] in ("0x", "0X"):
        return True, compact[2:]
    return False, compact


def clean_hex(text: str) -> str:
    """The hex digits of ``text`` in lower case, without ``0x`` and separators.

    Raises ``ValueError`` when nothing is left or a character is not a hex digit.
    We check against an explicit digit set because ``int(x, 16)`` also accepts
    non-ASCII digits such as Arabic-Indic ones, which no explorer would show.
    """
    _, digits = split_prefix(text)
    if not digits:
        raise ValueError("There are no hex digits to read yet. Try something like 0x1f.")
    for char in digits:
        if char not in HEX_DIGITS:
            raise ValueError(
                f"{char!r} is not a hex digit. Hex uses only 0-9 and a-f (in either case)."
            )
    return digits.lower()


def _clean_bytes(text: str) -> str:
    """Like :func:`clean_hex`, but the digits must form whole bytes (pairs)."""
    digits = clean_hex(text)
    if len(digits) % 2:
        raise ValueError(
            f"There are {len(digits)} hex digits, an odd number, so they cannot be split "
            "into whole bytes (two digits each). A digit may have been lost when copying."
        )
    return digits


def to_decimal(text: str) -> int:
    """Read hex text as an everyday (decimal) number: ``to_decimal("0x5208") == 21000``."""
    return int(clean_hex(text), 16)


def to_hex(n: int, *, prefix: bool = True, width: int | None = None) -> str:
    """Write a whole number ≥ 0 in lower-case hex: ``to_hex(255) == "0xff"``.

    ``width`` is a minimum number of hex digits; shorter results are padded with
    leading zeros (``to_hex(255, width=4) == "0x00ff"``).
    """
    # bool is an int subclass; True -> "0x1" would only ever be a mistake.
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"to_hex needs a whole number, got {type(n).__name__}")
    if n < 0:
        raise ValueError("Hex here is for whole numbers from 0 upwards; this one is negative.")
    if width is not None and width < 1:
        raise ValueError("width is a number of hex digits and must be at least 1.")
    digits = format(n, "x")
    if width is not None:
        digits = digits.rjust(width, "0")
    return ("0x" if prefix else "") + digits


def byte_pairs(hex_text: str) -> list[str]:
    """Split hex into bytes of two digits each: ``"0x5208"`` -> ``["52", "08"]``."""
    return list(chunks(_clean_bytes(hex_text), 2))


def byte_count(hex_text: str) -> int:
    """How many bytes the hex holds (two digits per byte); a TXID has 32."""
    return len(_clean_bytes(hex_text)) // 2


def reverse_bytes(hex_text: str) -> str:
    """Reverse the order of the bytes (not of the digits), lower case.

    Bitcoin computes a TXID as 32 bytes and explorers show them back to front:
    the genesis coinbase hashes to ``3ba3edfd…4a`` and is shown as ``4a5e1e4b…3b``.
    A ``0x`` label on the input is kept on the output.
    """
    had_prefix, _ = split_prefix(hex_text)
    reversed_digits = "".join(reversed(byte_pairs(hex_text)))
    return ("0x" if had_prefix else "") + reversed_digits


def from_little_endian(hex_text: str) -> int:
    """Read bytes stored smallest-first, as Bitcoin stores amounts and times.

    ``from_little_endian("00f2052a01000000") == 5_000_000_000`` (50 BTC in satoshis),
    whereas reading the same digits as an ordinary number gives a far larger value.
    """
    return int(reverse_bytes(hex_text).removeprefix("0x"), 16)


def chunks(text: str, size: int) -> tuple[str, ...]:
    """``text`` cut every ``size`` characters (the last piece may be shorter)."""
    if size < 1:
        raise ValueError("size must be at least 1.")
    return tuple(text[i : i + size] for i in range(0, len(text), size))


def group(text: str, size: int = 4, separator: str = " ") -> str:
    """Insert a separator every ``size`` characters, for easier reading aloud."""
    return separator.join(chunks(text, size))
