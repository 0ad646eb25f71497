"""Markdown-ish text for widgets that show plain text (buttons, accessible names)."""

from __future__ import annotations

import re

_MARKS = re.compile(r"(\*\*|__|`|\*|_(?=\w)|(?<=\w)_)")


def plain(text: str) -> str:
    """Drop inline Markdown marks so a radio button reads "0x1f", not "`0x1f`"."""
    return " ".join(_MARKS.sub("", text).split())
