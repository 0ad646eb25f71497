"""Translations that may be out of date: the source lesson changed since (issue 11).

A translated lesson records ``source_version:``, the first digits of the SHA-256 of
the first-language file it translates. When the source's bytes change, the
translation is reported, so a translator knows to look at what changed.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lessons.problems import Problem
from ..lessons.translation import VERSION_KEY, stale
from .texts import Source


def check(source: Source) -> Iterator[Problem]:
    if source.role != "lesson" or source.pack_root is None:
        return
    fallback = source.languages[0] if source.languages else "en"
    if source.language == fallback:
        return
    for reason in stale(source.pack_root, source.file, source.data, fallback):
        where = (VERSION_KEY,) if VERSION_KEY in source.data else ()
        yield source.finding(
            where,
            reason,
            "compare the translation with the source (git diff "
            "shows what changed), update it, then record the source's new "
            "version in `source_version:`" + _quote_tip(source.data),
        )


def _quote_tip(data: dict) -> str:
    """A version of digits only reaches YAML as a number: quoting keeps it text."""
    value = data.get(VERSION_KEY)
    if isinstance(value, int) and not isinstance(value, bool):
        return ', in quotes (`source_version: "000000000000"`) so YAML keeps it as text'
    return ""
