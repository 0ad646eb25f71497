"""Invisible characters that can make a text read differently from what it says.

Bidirectional overrides and isolates (U+202A–202E, U+2066–2069) reorder what follows
them, so a title or an address can be shown back to front ("Trojan Source");
zero-width spaces, word joiners and a byte-order mark mid-text hide inside words, so
two texts that look the same are not. Ids refuse them outright (see fields.ID_PATTERN);
here the lint warns about them in every other text. Marks that right-to-left
languages and joined scripts need every day (U+200E/200F, U+200C/200D) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lessons.problems import Problem
from .texts import Source

HIDDEN = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u061c]")


def check(source: Source) -> Iterator[Problem]:
    for text in source.texts():
        for nth, match in enumerate(HIDDEN.finditer(text.value)):
            code = f"U+{ord(match.group()):04X}"
            yield source.finding(
                text.path,
                f"an invisible control character ({code}) sits in this text; it "
                "can make the text read differently from what it says",
                "delete it (most editors show it with 'show invisible characters')",
                pattern=HIDDEN,
                nth=nth,
            )
            break  # one warning per text is enough to find them all
