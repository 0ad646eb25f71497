"""Feedback as codes plus parameters; the GUI words each code through ``tr()``.

No code means "wrong": a miss is ``not-yet``, an unreadable entry is
``unreadable``, and nothing here ever counts against the learner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

GOT_IT = "got-it"                 # the answer fits
NOT_YET = "not-yet"               # doesn't fit yet; params may carry a specific explanation
CLOSE = "close"                   # a number within reach of the answer
SOME_OF_THEM = "some-of-them"     # several right choices: some picked, not all / one extra
UNREADABLE = "unreadable"         # couldn't read the input as the expected type (params: expected)
EMPTY = "empty"                   # nothing entered or chosen yet
HINT = "hint"                     # params: text, number, total
NO_MORE_HINTS = "no-more-hints"   # every hint already shown; show me is there
SHOWN = "shown"                   # "show me": params: answer (display text)
OFFER_HINT = "offer-hint"         # after two not-yets, gently offer the hint
PHRASE_REFUSED = "phrase-refused" # looked like a recovery phrase: not checked, not kept


@dataclass(frozen=True)
class Feedback:
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    # A gentle offer that rides along with a not-yet (e.g. OFFER_HINT).
    offer: str | None = None

    @property
    def solved(self) -> bool:
        return self.code == GOT_IT
