"""Holdspace's colours: one calm palette in three schemes (light, dark, high contrast).

Every colour the interface paints comes from here, so a change of colour is one edit.
Soft warm neutrals, one warm accent, and four quiet feedback tints. No alarming red:
"not yet" is a sand tint, never a warning. Colour is never the only signal (each
feedback state also has its own symbol, word and shape); the tints only soften.

``PAIRS`` lists which foreground meets which background, and how much contrast WCAG 2.2
AA asks of it (4.5:1 for text, 3:1 for controls, borders and focus rings); a test checks
every pair in every scheme. Pure Python on purpose: the maths needs no Qt.
"""

from __future__ import annotations

from typing import NamedTuple

TEXT, CONTROL = 4.5, 3.0  # WCAG 2.2 AA: 1.4.3 text, 1.4.11 non-text contrast


class Scheme(NamedTuple):
    """One colour scheme (light, dark, high contrast): a colour for each role.

    A named tuple rather than a frozen dataclass: made at every start, and a dataclass
    of 31 fields costs about 1 ms more to define (docs/benchmarks.md)."""

    name: str
    window: str  # the page behind everything
    surface: str  # cards, fields, the lesson sheet
    text: str
    muted: str  # secondary words: summaries, "Step 2 of 7"
    placeholder: str  # hint text inside empty boxes
    accent: str  # the one warm colour: main buttons, focus ring, "here" mark
    on_accent: str  # words on an accent button
    border: str  # field and card edges a learner must see (3:1)
    selected: str  # a picked row or choice
    ok_bg: str  # "That's it"
    ok_fg: str
    ok_edge: str
    notyet_bg: str  # "Not yet"
    notyet_fg: str
    notyet_edge: str
    hint_bg: str  # a hint
    hint_fg: str
    hint_edge: str
    answer_bg: str  # "Show me": the answer
    answer_fg: str
    answer_edge: str
    guide_bg: str  # the "I think I made a mistake" guide: quiet, recognisable help
    guide_fg: str
    card_edge: str  # a card's soft edge (decoration: its words identify it; hover and
    # focus draw the 3:1 accent)
    shadow: str  # under cards, painted faintly (a low alpha)
    invite_bg: str  # the one warm, inviting card: "pick up where you left off"
    hover: str  # a quiet button or card under the mouse
    accent_hover: str  # a main button under the mouse or pressed
    term_bg: str  # behind a glossary term, with the accent ink and an underline


LIGHT = Scheme(
    "light",
    window="#f6f2ec",
    surface="#fffcf8",
    text="#2b2825",
    muted="#5c564f",
    placeholder="#6b645c",
    accent="#8f4e1c",
    on_accent="#ffffff",
    border="#8a8178",
    selected="#f0dcc8",
    ok_bg="#e3f1ea",
    ok_fg="#1d5a40",
    ok_edge="#4a8a6c",
    notyet_bg="#f8eedb",
    notyet_fg="#66460f",
    notyet_edge="#a37c30",
    hint_bg="#eaf0f8",
    hint_fg="#2c476b",
    hint_edge="#607ea6",
    answer_bg="#f0eaf6",
    answer_fg="#4a3764",
    answer_edge="#8570a5",
    guide_bg="#e4f0ef",
    guide_fg="#1c4a4f",
    card_edge="#e0d6ca",
    shadow="#5a4632",
    invite_bg="#f8e6d2",
    hover="#f4e8dc",
    accent_hover="#73400f",
    term_bg="#f5e1c8",
)

DARK = Scheme(
    "dark",
    window="#1d1c1a",
    surface="#282623",
    text="#f1ebe2",
    muted="#c2b9ad",
    placeholder="#a99f92",
    accent="#e3a869",
    on_accent="#1d1c1a",
    border="#8f877c",
    selected="#5a4127",
    ok_bg="#1c3329",
    ok_fg="#bfe5d1",
    ok_edge="#5fa385",
    notyet_bg="#3a2f1b",
    notyet_fg="#f1d9a6",
    notyet_edge="#b8944d",
    hint_bg="#1f2b3b",
    hint_fg="#c9dbf2",
    hint_edge="#6f8fbb",
    answer_bg="#2e2538",
    answer_fg="#e0d2f2",
    answer_edge="#9c86bd",
    guide_bg="#18302f",
    guide_fg="#c3e6e3",
    card_edge="#45403a",
    shadow="#000000",
    invite_bg="#3d2e1f",
    hover="#38332d",
    accent_hover="#f2c494",
    term_bg="#46331f",
)

HIGH_CONTRAST = Scheme(
    "high-contrast",
    window="#000000",
    surface="#0a0a0a",
    text="#ffffff",
    muted="#e6e6e6",
    placeholder="#d0d0d0",
    accent="#ffd54a",
    on_accent="#000000",
    border="#ffffff",
    selected="#4d3b00",
    ok_bg="#00210f",
    ok_fg="#9cffc9",
    ok_edge="#9cffc9",
    notyet_bg="#241a00",
    notyet_fg="#ffe28a",
    notyet_edge="#ffe28a",
    hint_bg="#001a33",
    hint_fg="#a8d4ff",
    hint_edge="#a8d4ff",
    answer_bg="#1f0033",
    answer_fg="#e5c2ff",
    answer_edge="#e5c2ff",
    guide_bg="#002424",
    guide_fg="#a6fff5",
    card_edge="#ffffff",
    shadow="#000000",
    invite_bg="#2b2200",
    hover="#262626",
    accent_hover="#ffe48a",
    term_bg="#2b2200",
)

SCHEMES = {s.name: s for s in (LIGHT, DARK, HIGH_CONTRAST)}

# (foreground, background, minimum ratio): every pair the interface actually paints.
PAIRS: tuple[tuple[str, str, float], ...] = (
    ("text", "window", TEXT),
    ("text", "surface", TEXT),
    ("text", "selected", TEXT),
    ("muted", "window", TEXT),
    ("muted", "surface", TEXT),
    ("placeholder", "surface", TEXT),
    ("accent", "window", TEXT),
    ("accent", "surface", TEXT),
    ("on_accent", "accent", TEXT),
    ("border", "surface", CONTROL),
    ("border", "window", CONTROL),
    ("accent", "selected", CONTROL),  # the focus ring on a picked row
    ("ok_fg", "ok_bg", TEXT),
    ("ok_edge", "surface", CONTROL),
    ("notyet_fg", "notyet_bg", TEXT),
    ("notyet_edge", "surface", CONTROL),
    ("hint_fg", "hint_bg", TEXT),
    ("hint_edge", "surface", CONTROL),
    ("answer_fg", "answer_bg", TEXT),
    ("answer_edge", "surface", CONTROL),
    ("guide_fg", "guide_bg", TEXT),  # the guide's backdrop carries the
    ("text", "guide_bg", TEXT),
    ("muted", "guide_bg", TEXT),  # lesson's own words and buttons
    ("accent", "guide_bg", TEXT),
    ("border", "guide_bg", CONTROL),
    ("text", "invite_bg", TEXT),
    ("muted", "invite_bg", TEXT),  # the inviting card: its words
    ("accent", "invite_bg", CONTROL),  # and its accent edge
    ("text", "hover", TEXT),
    ("border", "hover", CONTROL),  # a quiet button under the mouse
    ("on_accent", "accent_hover", TEXT),
    ("accent_hover", "window", CONTROL),
    ("accent_hover", "surface", CONTROL),  # a main button, hovered or pressed
    ("accent", "term_bg", TEXT),
    ("text", "term_bg", TEXT),  # a glossary term in running text
    ("accent", "hover", CONTROL),  # a hovered card's accent edge
    ("guide_fg", "window", CONTROL),  # the guide's door: its edge
)


def luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb`` (WCAG 2.2 definition)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def shortfalls(scheme: Scheme) -> list[str]:
    """Every pair of ``scheme`` below its WCAG minimum, in words (empty when all pass)."""
    out = []
    for fore, back, minimum in PAIRS:
        ratio = contrast(getattr(scheme, fore), getattr(scheme, back))
        if ratio < minimum:
            out.append(f"{scheme.name}: {fore} on {back} is {ratio:.2f}:1, needs {minimum}:1")
    return out


def colour_names() -> list[str]:
    """The colour roles every scheme defines (all fields but the name)."""
    return [name for name in Scheme._fields if name != "name"]
