"""Safety (DESIGN §5): no recovery phrase, no unknown address or TXID, no stray links.

These rules read *every* text of a file, facilitator notes and sources included:
notes are shown on a projector in presenter mode.

- A run of 12 or more BIP-39 words is a real-looking recovery phrase, whatever its
  checksum, exactly as the app's tripwire sees it. Only ``seed_practice`` steps are
  exempt (they make their own PRACTICE phrase at run time).
- Addresses and TXIDs come from the allow-list in ``allowlist.py``. A look-alike whose
  checksum does not hold (``paste.identify(...).valid is False``) is fine: it can't
  receive coins. A 64-hex string has no checksum, so it must be on the list: it could
  be someone's private key. A private key in wallet import format is always a finding.
- Links are ``https:`` to the hosts in ``allowlist.LINK_HOSTS``; images come from
  inside the pack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from .. import seed, steplinks
from ..lessons.problems import Problem
from ..markup import link_is_allowed, safe_resource_path
from ..paste import identify
from . import allowlist
from .texts import Source, Text

PRACTICE_KIND = "seed_practice"
_TOKEN = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{14,}(?![0-9A-Za-z])")
_NOT_IDS = frozenset({"unknown", "hex-number", "recovery-phrase"})
# "[^\[\]\n]": a run of "[" must not make each one rescan the line (quadratic).
_MD_TARGET = re.compile(r"(!?)\[[^\[\]\n]*\]\(\s*<?([^\s)>]+)")
_MD_REFERENCE = re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*<?([^\s>]+)", re.MULTILINE)
_BARE_URL = re.compile(
    r"(?<![\w.+-])(?:(?:https?|ftp|file|javascript|vbscript|data|mailto|tel|sms|ipfs):"
    r"|[a-z][a-z0-9+.-]*://)[^\s<>()\[\]\"'`«»]+",
    re.IGNORECASE,
)


def check(source: Source) -> Iterator[Problem]:
    for text in source.texts():
        if text.step_kind != PRACTICE_KIND:
            yield from _phrase(source, text)
        yield from _ids(source, text)
        yield from _links(source, text)


# ------------------------------------------------------------------ recovery phrases


def _phrase(source: Source, text: Text) -> Iterator[Problem]:
    if not seed.looks_like_recovery_phrase(text.value):
        return
    pattern, nth = _run_start(text.value)
    yield source.finding(
        text.path,
        "12 or more recovery-phrase words in a row: this looks like a real recovery phrase",
        "never print a phrase in a lesson, not even a test vector "
        f"or an empty wallet's; use a `{PRACTICE_KIND}` step, which makes a fresh "
        "PRACTICE phrase",
        pattern=pattern,
        nth=nth,
    )


def _run_start(value: str) -> tuple[re.Pattern | None, int]:
    """A pattern for the first word of the run and which match of it that is."""
    known = seed.wordlist()
    run: list[re.Match[str]] = []
    for match in seed.WORD.finditer(value):
        run = run + [match] if match.group().casefold() in known else []
        if len(run) >= seed.TRIPWIRE_MIN_WORDS:
            first = run[0]
            pattern = re.compile(rf"(?<![^\W\d_]){re.escape(first.group())}(?![^\W\d_])")
            nth = sum(1 for m in pattern.finditer(value) if m.start() < first.start())
            return pattern, nth
    return None, 0


# ------------------------------------------------------------- addresses and TXIDs


def _ids(source: Source, text: Text) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for match in _TOKEN.finditer(text.value):
        token = match.group()
        nth = seen[token] = seen.get(token, -1) + 1
        complaint = _id_complaint(token)
        if complaint:
            message, fix = complaint
            yield source.finding(
                text.path, message, fix, pattern=re.compile(re.escape(token)), nth=nth
            )


def _id_complaint(token: str) -> tuple[str, str] | None:
    found = identify(token)
    if found.kind in _NOT_IDS:
        return None
    shown = token if len(token) <= 16 else f"{token[:8]}…{token[-6:]}"
    if found.kind == "btc-private-key":
        return (
            f"{shown} looks like a private key",
            "never put a private key in a lesson, real or made up to look real",
        )
    valid = found.valid
    if found.kind == "evm-address" and "missing-0x-prefix" in found.notes:
        valid = identify("0x" + token).valid  # a wallet would add the 0x for you
    if valid is False or allowlist.is_public(token, found.kind):
        return None
    if found.kind in ("btc-txid", "evm-tx-hash"):
        return (
            f"{shown} is not one of the well-known public transaction IDs; a 64-character "
            "hex string could also be someone's private key",
            "use the genesis, pizza or first Ethereum transaction (see the lint's "
            "allow-list), or change characters so it is clearly made up",
        )
    return (
        f"{shown} is a working address that is not on the list of well-known public ones",
        "use an example address from BIP-173, BIP-350 or EIP-55 or one from the genesis, "
        "pizza or first Ethereum transaction; for a made-up look-alike, change a "
        "character so its checksum no longer holds (then it can't receive coins)",
    )


# ------------------------------------------------------------------------- links


def _links(source: Source, text: Text) -> Iterator[Problem]:
    value, taken = text.value, []
    for match in _MD_TARGET.finditer(value):
        taken.append(match.span(2))
        yield from _link(source, text, match.group(2), match.start(2), image=bool(match.group(1)))
    for match in _MD_REFERENCE.finditer(value):
        taken.append(match.span(1))
        yield from _link(source, text, match.group(1), match.start(1), image=False)
    for match in _BARE_URL.finditer(value):
        if not any(start <= match.start() < end for start, end in taken):
            url = match.group().rstrip(".,;:!?")
            yield from _link(source, text, url, match.start(), image=False)


def _link(source: Source, text: Text, url: str, start: int, *, image: bool) -> Iterator[Problem]:
    if not image and steplinks.step_id(url) is not None:
        return  # a step of the same lesson: it never leaves the app (the validator checks it)
    complaint = _image_complaint(source, url) if image else _link_complaint(url)
    if complaint is None:
        return
    pattern = re.compile(re.escape(url))
    nth = sum(1 for _ in pattern.finditer(text.value[:start]))
    yield source.finding(text.path, complaint[0], complaint[1], pattern=pattern, nth=nth)


def _link_complaint(url: str) -> tuple[str, str] | None:
    shown = url if len(url) <= 60 else url[:57] + "…"
    if not link_is_allowed(url):
        return (
            f"the link {shown} is not a plain https: link, so Holdspace will not show it",
            f"link with https:// to one of {allowlist.link_hosts_text()}, or leave it out",
        )
    parts = urlsplit(url)
    if allowlist.link_allowed(parts.hostname or "", parts.path):
        return None
    return (
        f"the link {shown} goes to {parts.hostname}, which is not on the list of sites "
        "lessons may link to",
        f"link only to {allowlist.link_hosts_text()}, or name the source in words "
        "(in safety lessons, prefer no links at all)",
    )


def _image_complaint(source: Source, url: str) -> tuple[str, str] | None:
    if ":" in url or url.startswith(("/", "\\")):
        return (
            f"the image {url} is not inside the pack, so Holdspace will not show it",
            "put the image in the pack folder and point to it with a relative path, "
            "e.g. images/byte-pairs.png",
        )
    if source.pack_root is None or safe_resource_path(source.pack_root, url) is not None:
        return None
    return (
        f"the image {url} is not in the pack (or is too large to show)",
        "check the file name, relative to the pack folder, e.g. images/byte-pairs.png",
    )
