"""Forgiving readers for what a learner types.

" 0x1F ", "$14", "14.00", "14,00", "31 " and "1 234,5" are all read the way a
person means them. Each reader returns ``None`` when it cannot read the text,
so the checker can say "I couldn't read that as a number yet" rather than
treating it as a miss.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

# Spaces people put inside numbers: normal, no-break, thin, narrow no-break, apostrophe, underscore.
_GROUPING = re.compile(r"[\s\u00a0\u2009\u202f'’_]")
_UNITS = r"(?:us\$|[$€£¥₹]|usdt|usdc|usd|eur|gbp|dollars?)"
_CURRENCY = re.compile(rf"^{_UNITS}|{_UNITS}$", re.IGNORECASE)
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$", re.IGNORECASE)
_HEX = re.compile(r"^[0-9a-f]+$")
_MINUS = "\u2212\u2013"  # typographic minus and en dash, as pasted from documents
# Units people add after a number ("25%", "1692 sats", "11 bits"): a known list only,
# so that "1f" (hex typed into a number box) is still met with a kind explanation.
_AFTER_NUMBER = re.compile(
    r"\s*(?:%|per ?cent|pc|bits?|bytes?|v?bytes|vb|sat/vb|sats?|satoshis?|gwei|wei|gas|eth|btc|bnb"
    r"|words?|blocks?|confirmations?|coins?)\.?$",
    re.IGNORECASE,
)
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "ʼ": "'"})
# Arabic-Indic (٠…٩) and Persian (۰…۹) digits, and Arabic's own decimal (٫) and
# thousands (٬) marks: NFKC leaves them as they are, so numbers map them here (hex
# boxes do not: no explorer writes hex with them).
_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "\u066b": ".",
        "\u066c": " ",
    }
)
# Languages whose readers write a decimal comma ("0,5"), so "1,500" is one and a half,
# and group thousands with dots or spaces ("1.500" or "1 500" is fifteen hundred).
DECIMAL_COMMA = frozenset(
    {
        "fr",
        "es",
        "pt",
        "ru",
        "id",
        "de",
        "it",
        "nl",
        "tr",
        "pl",
        "uk",
        "cs",
        "ro",
        "sv",
        "da",
        "nb",
        "fi",
        "vi",
        "el",
        "hu",
        "bg",
    }
)


def decimal_comma(language: str) -> bool:
    return language.replace("-", "_").split("_")[0].lower() in DECIMAL_COMMA


# Marks a copy can carry that no one sees: zero-width spaces and joiners, BOM, soft hyphen.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def normalize(text: str) -> str:
    """Unicode-normalise, trim and collapse whitespace (full-width digits become ASCII)."""
    text = unicodedata.normalize("NFKC", text or "")
    return " ".join(text.split())


def _unify_separators(text: str, language: str = "") -> str:
    """Decide which of ',' and '.' is the decimal mark and return a plain number text."""
    if decimal_comma(language) and "," not in text and text.count(".") > 1:
        return text.replace(".", "")  # "1.234.567": dots group thousands
    if decimal_comma(language) and text.count(",") == 1:
        return text.replace(".", "").replace(",", ".")  # "1.234,5" and "1,500" alike
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        return text.replace(grouping, "").replace(decimal_mark, ".")
    if "," in text:
        head, _, tail = text.rpartition(",")
        # "14,00" or "0,5": a decimal comma. "21,000" or "1,234,567": thousands.
        if text.count(",") == 1 and len(tail) != 3:
            return head + "." + tail
        if text.count(",") == 1 and head.lstrip("+-") in ("", "0"):
            return head + "." + tail
        return text.replace(",", "")
    return text


def read_number(text: str, language: str = "") -> Decimal | None:
    """Read an everyday number: "31", " 21,000 ", "14,5", "1 234.5", "−3", "25 %", "٣١".

    ``language`` is the lesson's: in French "1,500" is one and a half; in English, 1500."""
    clean = _AFTER_NUMBER.sub("", normalize(text).translate(_DIGITS))
    for dash in _MINUS:
        clean = clean.replace(dash, "-")
    clean = _GROUPING.sub("", clean)
    clean = _unify_separators(clean, language)
    if not _NUMBER.match(clean):
        return read_number_words(_AFTER_NUMBER.sub("", normalize(text)))
    try:
        value = Decimal(clean)
    except InvalidOperation:  # pragma: no cover - the pattern already filtered
        return None
    return value if value.is_finite() else None


_DOT_GROUPED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])")


def dot_grouped(text: str) -> str | None:
    """``text`` with dots read as thousands marks ("30.005" → "30005"), or None.

    Much of the world writes thirty thousand and five as 30.005. The checker tries this
    second reading only when the first one (a decimal point) does not fit the answer."""
    clean = normalize(text)
    if "," in clean or not _DOT_GROUPED.search(clean):
        return None
    return _DOT_GROUPED.sub(lambda m: m.group(0).replace(".", ""), clean)


_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = dict(
    zip(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        range(20, 100, 10),
    )
)
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}


def read_number_words(text: str) -> Decimal | None:
    """English number words: "six", "thirty-one", "two hundred and fifty", "21 thousand"."""
    parts = normalize(text).casefold().replace("-", " ").replace(",", " ").split()
    parts = [p for p in parts if p != "and"]
    if not parts:
        return None
    total = current = 0
    for part in parts:
        if part in _SMALL:
            current += _SMALL.index(part)
        elif part in _TENS:
            current += _TENS[part]
        elif part.isdigit() and len(part) <= 6:
            current += int(part)
        elif part in _SCALES:
            current = max(current, 1) * _SCALES[part]
            if _SCALES[part] > 100:
                total, current = total + current, 0
        else:
            return None
    return Decimal(total + current)


def read_money(text: str, language: str = "") -> Decimal | None:
    """Read an amount of money: "$14", "14.00 USD", "-$3.50", "$-3.50", "14,00 €"."""
    clean = normalize(text)
    for dash in _MINUS:
        clean = clean.replace(dash, "-")
    sign = ""
    if clean.startswith("-"):
        sign, clean = "-", clean[1:].strip()
    previous = None
    while previous != clean:  # peel currency marks from either end, e.g. "US$ 14"
        previous = clean
        clean = _CURRENCY.sub("", clean).strip()
    if clean.startswith("-") and not sign:
        sign, clean = "-", clean[1:]
    return read_number(sign + clean, language)


def read_hex(text: str) -> int | None:
    """Read a hexadecimal number: "0x1F", " 1f ", "5208", "0X_ab cd"."""
    clean = _GROUPING.sub("", normalize(text)).lower()
    if clean.startswith("0x"):
        clean = clean[2:]
    if not clean or not _HEX.match(clean):
        return None
    return int(clean, 16)


def read_text(text: str) -> str:
    """Fold text for comparison: case, width, accents kept, spacing and end punctuation forgiven."""
    folded = normalize(text).casefold().translate(_TYPOGRAPHIC)  # "device’s" = "device's"
    return folded.strip(" .!?;:\"'")
