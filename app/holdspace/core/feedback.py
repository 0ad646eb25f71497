"""Feedback as codes plus parameters; the interface words each code through ``tr()``.

No code means "wrong": a miss is ``not-yet``, an unreadable entry is
``unreadable``, and nothing here ever counts against the learner. Every parameter
the core may send is declared in ``FeedbackParams`` with its type; a test shows the
interface says each one (``tests/gui/test_feedback_words.py``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from .withdrawal import WithdrawalForm

if sys.version_info >= (3, 11):
    from enum import StrEnum
else:  # Python 3.10: the same behaviour, spelled out

    class StrEnum(str, Enum):
        def __str__(self) -> str:
            return str(self.value)


class Code(StrEnum):
    GOT_IT = "got-it"  # the answer fits
    NOT_YET = "not-yet"  # doesn't fit yet; params may say why
    CLOSE = "close"  # a number within reach of the answer
    SOME_OF_THEM = "some-of-them"  # several right choices: some picked, not all
    UNREADABLE = "unreadable"  # couldn't read the input as the expected type
    EMPTY = "empty"  # nothing entered or chosen yet
    HINT = "hint"  # one hint: text, number, total
    NO_MORE_HINTS = "no-more-hints"  # every hint already shown; show me is there
    SHOWN = "shown"  # "show me": the kind's Reveal
    OFFER_HINT = "offer-hint"  # after two not-yets, gently offer the hint
    PHRASE_REFUSED = "phrase-refused"  # looked like a recovery phrase: not checked, not kept


GOT_IT, NOT_YET, CLOSE = Code.GOT_IT, Code.NOT_YET, Code.CLOSE
SOME_OF_THEM, UNREADABLE, EMPTY = Code.SOME_OF_THEM, Code.UNREADABLE, Code.EMPTY
HINT, NO_MORE_HINTS, SHOWN = Code.HINT, Code.NO_MORE_HINTS, Code.SHOWN
OFFER_HINT, PHRASE_REFUSED = Code.OFFER_HINT, Code.PHRASE_REFUSED

Expected = Literal["number", "hex", "money", "text"]
PlaygroundReason = Literal["not-reversed-yet", "digits-reversed"]


class Reveal(TypedDict, total=False):
    """What "show me" gives the step's widget; ``answer`` is also said in words."""

    answer: str  # the answer as a person would write it (figures, not prose)
    indexes: list[int]  # choice: the right choices
    index: int  # paste_check lookalike: the real one's place
    box: Literal["decimal", "hex"]  # hex_playground: the box that holds the answer
    field: str  # explorer: the line (a key the interface names)
    page: str  # explorer find: the page that answers
    network: str  # explorer find: the network it is on
    practice: bool  # seed_practice: the widget shows the word itself
    position: int | None  # seed_practice: which word
    form: WithdrawalForm  # withdrawal: the form filled in to match the deposit screen


class FeedbackParams(Reveal, total=False):
    """Every parameter a piece of feedback may carry, beyond what show me reveals."""

    feedback: str  # the author's own words for this answer (Markdown)
    missing: int  # some-of-them: right choices still to find
    expected: Expected  # unreadable: what the input should look like
    text: str  # hint: the hint itself (Markdown)
    number: int  # hint: which one
    total: int  # hint: how many there are
    same_in_decimal: bool  # not-yet: the everyday number typed where hex was asked
    playground: PlaygroundReason  # hex_playground not-yet: what happened to the bytes
    differences: int  # paste_check not-yet: how many characters differ
    groups: list[int]  # paste_check not-yet: which groups of four, from 1
    case_only: bool  # paste_check not-yet: only capital/small letters differ
    same_ends: bool  # paste_check not-yet: the ends match, the middle doesn't
    mismatches: list[str]  # withdrawal not-yet: core.withdrawal.MISMATCHES, in the order to tell
    asset: str  # withdrawal not-yet: the coin's ticker
    picked_network: str  # withdrawal not-yet: the drop-down's label for the network picked
    deposit_network: str  # withdrawal not-yet: the deposit screen's name for its network
    refused: bool  # withdrawal not-yet: the address has another network's shape
    memo_kind: str  # withdrawal not-yet: "destination-tag", "memo" or ""
    fee: str  # withdrawal not-yet: the picked network's fee, as written
    minimum: str  # withdrawal not-yet: the picked network's minimum withdrawal


@dataclass(frozen=True)
class Feedback:
    """What a checker found: a code and its parameters, worded by the interface."""

    code: Code
    params: FeedbackParams = field(default_factory=lambda: FeedbackParams())
    # A gentle offer that rides along with a not-yet (e.g. OFFER_HINT).
    offer: Code | None = None

    @property
    def solved(self) -> bool:
        return self.code == GOT_IT
