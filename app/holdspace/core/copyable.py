"""Codes a step asks the learner to copy (a TXID, an address), found in its own text.

A learner without a mouse can't select part of the lesson text, so the lesson view
offers a Copy button for each code of a step whose words ask for copying.
"""

from __future__ import annotations

import re

from . import paste
from .lessons.model import Step

_CODE_SPAN = re.compile(r"`([^`\n]{20,200})`")
_ASKS_TO_COPY = re.compile(r"\bcopy\b", re.IGNORECASE)
# Kinds worth a button: public codes people paste. Never a key or a phrase.
COPYABLE_KINDS = {
    "btc-txid": "txid",
    "evm-tx-hash": "txid",
    "evm-address": "address",
    "btc-p2pkh": "address",
    "btc-p2sh": "address",
    "btc-p2wpkh": "address",
    "btc-p2wsh": "address",
    "btc-p2tr": "address",
}


def copy_targets(step: Step) -> list[tuple[str, str]]:
    """``(kind, code)`` pairs, "txid" or "address", in the order the text shows them."""
    words = " ".join([step.body or "", step.prompt or "", *(step.hints or ())])
    if not _ASKS_TO_COPY.search(words):
        return []
    found: list[tuple[str, str]] = []
    for code in _CODE_SPAN.findall(step.body or ""):
        kind = COPYABLE_KINDS.get(paste.identify(code).kind)
        if kind and (kind, code) not in found:
            found.append((kind, code))
    return found
