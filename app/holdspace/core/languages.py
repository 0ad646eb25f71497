"""The interface languages Holdspace ships, named as their readers name them.

No Qt here: the command line counts coverage with it, and the GUI builds its
Language menu from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Code -> the language's own name. English is the source; the rest have a .qm file.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
    "ar": "العربية",
    "id": "Bahasa Indonesia",
}
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})
SOURCE = "en"


def normalise(code: str | None) -> str:
    """'pt-br' -> 'pt_BR', 'FR' -> 'fr': the form file names and packs use."""
    if not code:
        return ""
    base, _, region = code.replace("-", "_").partition("_")
    return f"{base.lower()}_{region.upper()}" if region else base.lower()


def best_match(wanted: Iterable[str], offered: Iterable[str] = LANGUAGES) -> str | None:
    """The first wanted language we offer: exactly, else by its base ('pt_PT' -> 'pt_BR')."""
    offered = list(offered)
    for code in map(normalise, wanted):
        if code in offered:
            return code
        base = code.split("_")[0]
        same_base = [o for o in offered if o.split("_")[0] == base]
        if same_base:
            return same_base[0]
    return None


def is_right_to_left(code: str) -> bool:
    return normalise(code).split("_")[0] in RIGHT_TO_LEFT


def isolate(text: object) -> str:
    """Keep an address, TXID, hex or amount left-to-right inside right-to-left text.

    U+2066 LEFT-TO-RIGHT ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE: the run is laid out
    on its own and never reordered with the words around it (Unicode bidi, UAX #9).
    """
    return f"\u2066{text}\u2069"


def first_strong(text: object) -> str:
    """Keep a title or name (any script) whole inside a sentence of another direction.

    U+2068 FIRST STRONG ISOLATE ... U+2069: an English title keeps its own order and its
    "?" at its end inside Arabic words; an Arabic one reads as Arabic (UAX #9).
    """
    return f"\u2068{text}\u2069"


def reads_left_to_right(text: str) -> bool:
    """True when the first letter with a direction is left-to-right (UAX #9 "first strong")."""
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind == "L"
    return False


# Runs that must read left-to-right inside right-to-left lesson text: amounts with a
# currency sign or unit ("−$200", "$50,000", "0.5 BTC", "25 %"), and hex ("0x5208").
# Code spans (addresses, TXIDs, commands) are isolated whole, whatever they hold.
# Compiled on first use (``re`` keeps it): most learners never read right-to-left text.
_LTR_RUN = (
    r"[−\-+]?[$€£¥]\s?\d[\d,.\u00a0\u202f]*\d?"
    r"|\b\d[\d,.\u00a0\u202f]*(?:\s?(?:BTC|ETH|USDT|USDC|XRP|BNB|TRX|SOL|sats?|gwei|Gwei|%))"
    r"|\b0x[0-9a-fA-F]+\b"
)
_TAG = re.compile(r"(<[^>]*>)")


def isolate_left_to_right_runs(html: str) -> str:
    """Wrap code spans, amounts and hex in safe HTML in left-to-right isolates.

    For right-to-left lessons: Qt's bidi layout would otherwise show "−$200" as
    "200$−" and reorder "$50,000 = $1,000", unlike every exchange screen. Only text
    between tags is touched, never a tag or an attribute.
    """
    out: list[str] = []
    in_code = 0
    for piece in _TAG.split(html):
        if piece.startswith("<"):
            tag = (
                piece[1:].lstrip("/").split(None, 1)[0].rstrip(">").lower()
                if len(piece) > 2
                else ""
            )
            if tag == "code":
                closing = piece.startswith("</")
                in_code += -1 if closing else 1
                out.append(piece + "\u2066" if not closing else "\u2069" + piece)
                continue
            out.append(piece)
        elif in_code:
            out.append(piece)
        else:
            out.append(re.sub(_LTR_RUN, lambda m: isolate(m.group(0)), piece))
    return "".join(out)
