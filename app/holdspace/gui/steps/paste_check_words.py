"""What the paste check says about one paste: its kind, checksum and notes, in words.

Kept apart from the widget, which only lays out the boxes. The translation context
stays "PasteCheckWidget", where translators already know these sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core import hexa, paste
from ..safe_text import escape

translate = QCoreApplication.translate  # the name lupdate looks for
grouped = hexa.group  # "bc1q w508 d6qe …": groups of four, for reading aloud

# Notes the checksum line already says in its own words; shown once is enough.
SAID_BY_CHECKSUM_LINE = (
    "checksum-mismatch",
    "all-lowercase-no-checksum",
    "all-uppercase-no-checksum",
)
PROSE_WORDS = 4  # this many words in a row is a sentence, not a code written in groups
SAY_NOT_KEPT = ("btc-private-key", "recovery-phrase")  # their "what it is" line says "not kept"


def mono(html: str) -> str:
    return f'<span style="font-family: monospace;">&#x2066;{html}&#x2069;</span>'  # LTR isolate


def describe(found: paste.Identification, raw: str = "") -> str:
    """Rich text for the result line: kind, checksum, networks, groups of four, notes."""
    if found.kind == "unknown" and len(raw.split()) >= PROSE_WORDS:
        # Sentences, not a code: no "other network" scare, no words chopped into fours.
        return escape(
            translate(
                "PasteCheckWidget",
                "↻ This looks like ordinary sentences, not an address or a TXID. "
                "Copy only the code itself: the Copy button beside it in the "
                "lesson takes exactly that.",
            )
        )
    lines = [
        translate("PasteCheckWidget", "<b>What it is:</b> {kind}").format(
            kind=escape(_kind(found.kind))
        )
    ]
    lines.append(
        translate("PasteCheckWidget", "<b>Checksum:</b> {checksum}").format(
            checksum=escape(_checksum(found))
        )
    )
    if found.networks:
        lines.append(
            translate(
                "PasteCheckWidget", "<b>Networks that use this format:</b> {networks}"
            ).format(networks=escape(", ".join(found.networks)))
        )
    shown = found.canonical or found.text
    if shown:
        lines.append(
            translate("PasteCheckWidget", "<b>In groups of four:</b> {groups}").format(
                groups=mono(escape(grouped(shown)))
            )
        )
    said = SAID_BY_CHECKSUM_LINE + (("not-kept",) if found.kind in SAY_NOT_KEPT else ())
    notes = [_note(code) for code in found.notes if code not in said]
    notes = [escape(n) for n in notes if n]
    html = "<br>".join(lines)
    if notes:
        html += "<ul>" + "".join(f"<li>{n}</li>" for n in notes) + "</ul>"
    return html


def _checksum(found: paste.Identification) -> str:
    if any(n in found.notes for n in ("all-lowercase-no-checksum", "all-uppercase-no-checksum")):
        return translate(
            "PasteCheckWidget",
            "↻ This form carries no checksum, so compare it by eye, group by group.",
        )
    if found.valid is True:
        return translate(
            "PasteCheckWidget", "✓ The checksum holds: no character was changed by accident."
        )
    if found.valid is False:
        return translate(
            "PasteCheckWidget",
            "△ The checksum does not hold. A character may have changed or gone "
            "missing. Copy it again from the place you trust.",
        )
    return translate(
        "PasteCheckWidget",
        "↻ This kind of text carries no checksum, so compare it by eye, group by group.",
    )


def _kind(kind: str) -> str:
    return {
        "btc-p2pkh": translate(
            "PasteCheckWidget",
            "A Bitcoin address of the oldest kind (P2PKH; it starts with 1 on the main network).",
        ),
        "btc-p2sh": translate(
            "PasteCheckWidget",
            "A Bitcoin script address (P2SH; it starts with 3 on the main network).",
        ),
        "btc-p2wpkh": translate(
            "PasteCheckWidget", "A Bitcoin SegWit address (P2WPKH; it starts with bc1q)."
        ),
        "btc-p2wsh": translate(
            "PasteCheckWidget",
            "A Bitcoin SegWit script address (P2WSH; a long one starting with bc1q).",
        ),
        "btc-p2tr": translate(
            "PasteCheckWidget", "A Bitcoin Taproot address (P2TR; it starts with bc1p)."
        ),
        "btc-segwit-other": translate(
            "PasteCheckWidget", "A Bitcoin SegWit address of a newer kind that few wallets use yet."
        ),
        "evm-address": translate(
            "PasteCheckWidget", "An Ethereum-style address: 0x and 40 hex characters."
        ),
        "btc-txid": translate(
            "PasteCheckWidget", "A Bitcoin transaction ID (TXID): 64 hex characters."
        ),
        "evm-tx-hash": translate(
            "PasteCheckWidget", "An Ethereum-style transaction hash: 0x and 64 hex characters."
        ),
        "recovery-phrase": translate(
            "PasteCheckWidget", "A recovery phrase. Holdspace did not keep it and does not show it."
        ),
        "btc-private-key": translate(
            "PasteCheckWidget",
            "A Bitcoin private key. Holdspace did not keep it and does not show it.",
        ),
        "hex-number": translate("PasteCheckWidget", "A number written in hex."),
    }.get(
        kind,
        translate(
            "PasteCheckWidget",
            "Nothing Holdspace recognises. It may be from another network, or part of it "
            "may be missing.",
        ),
    )


def _note(code: str) -> str:
    return {
        "surrounding-space-removed": translate(
            "PasteCheckWidget", "Spaces around it were left out: they are not part of it."
        ),
        "invisible-characters-removed": translate(
            "PasteCheckWidget",
            "Invisible characters were left out. They sometimes come "
            "along when copying from a web page.",
        ),
        "inner-spaces-removed": translate(
            "PasteCheckWidget", "Spaces inside it were left out, as when it is written in groups."
        ),
        "digits-only": translate(
            "PasteCheckWidget",
            "Only digits: this could be an everyday number or hex. Look for 0x or the "
            "letters a to f.",
        ),
        "mixed-case-checksum-ok": translate(
            "PasteCheckWidget",
            "The mix of capital and small letters is a checksum (EIP-55), and it holds.",
        ),
        "all-lowercase-no-checksum": translate(
            "PasteCheckWidget",
            "All small letters: this form has no checksum, so a typo would not be noticed.",
        ),
        "all-uppercase-no-checksum": translate(
            "PasteCheckWidget",
            "All capital letters: this form has no checksum, so a typo would not be noticed.",
        ),
        "checksum-mismatch": translate(
            "PasteCheckWidget",
            "The checksum does not match: at least one character is not the one that was copied.",
        ),
        "wrong-checksum-variant": translate(
            "PasteCheckWidget",
            "It carries the checksum of another SegWit version: a character "
            "near the start may have changed.",
        ),
        "wrong-length": translate(
            "PasteCheckWidget",
            "It is longer or shorter than this kind of text: a character may be missing or extra.",
        ),
        "invalid-character": translate(
            "PasteCheckWidget", "It holds a character this kind of text never uses."
        ),
        "mixed-case": translate(
            "PasteCheckWidget", "It mixes capital and small letters, which this kind never does."
        ),
        "invalid-padding": translate(
            "PasteCheckWidget", "The last characters don't fit together: the end may have been cut."
        ),
        "invalid-witness-version": translate(
            "PasteCheckWidget", "The character after bc1 is not one a Bitcoin address uses."
        ),
        "missing-prefix": translate(
            "PasteCheckWidget", "The start that names the network is missing."
        ),
        "unknown-prefix": translate(
            "PasteCheckWidget", "It starts in a way Holdspace doesn't know."
        ),
        "unknown-version": translate(
            "PasteCheckWidget", "Its first byte names no address type Holdspace knows."
        ),
        "missing-0x-prefix": translate(
            "PasteCheckWidget", "The 0x at the start is missing. Wallets expect it."
        ),
        "testnet": translate(
            "PasteCheckWidget", "This is for a test network. Coins there have no value."
        ),
        "future-witness-version": translate(
            "PasteCheckWidget", "A newer SegWit version: many wallets can't send to it yet."
        ),
        "same-address-on-many-networks": translate(
            "PasteCheckWidget",
            "The same address exists on every network in this list. "
            "Coins sent on one network stay on that network.",
        ),
        "check-the-right-explorer": translate(
            "PasteCheckWidget",
            "Look it up on the explorer of the network it was sent on. "
            "Another network's explorer will say \u201cnot found\u201d.",
        ),
        "byte-reversed-display": translate(
            "PasteCheckWidget",
            "Explorers show Bitcoin IDs with the bytes in reverse order. If "
            "one is not found, its bytes may be the other way round.",
        ),
        "could-be-block-hash": translate(
            "PasteCheckWidget",
            "It starts with many zeros, like a block hash. Block hashes and "
            "TXIDs have the same shape.",
        ),
        "maybe-private-key": translate(
            "PasteCheckWidget",
            "A private key can have this same shape. If it came from a screen "
            "about keys or exports, keep it to yourself.",
        ),
        "private-key": translate(
            "PasteCheckWidget",
            "Whoever has a private key can take the coins. Never share it. If you "
            "pasted it anywhere else, move the coins to a new wallet soon.",
        ),
        "recovery-phrase-warning": translate(
            "PasteCheckWidget",
            "No real service needs your recovery phrase. If you typed it "
            "into a website or a chat, move your coins to a new wallet "
            "with a new phrase today.",
        ),
        "unusual-word-count": translate(
            "PasteCheckWidget", "The number of words is unusual for a recovery phrase."
        ),
        "looks-like-recovery-phrase": translate(
            "PasteCheckWidget",
            "Most of these words are recovery-phrase words. Keep them "
            "private; they were cleared from the box.",
        ),
        "not-kept": translate(
            "PasteCheckWidget", "Holdspace did not keep it and does not show it."
        ),
    }.get(code, "")
