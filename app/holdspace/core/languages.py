"""The interface languages Holdspace ships, named as their readers name them.

No Qt here: the command line counts coverage with it, and the GUI builds its
Language menu from it.
"""

from __future__ import annotations

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


def reads_left_to_right(text: str) -> bool:
    """True when the first letter with a direction is left-to-right (UAX #9 "first strong")."""
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind == "L"
    return False
