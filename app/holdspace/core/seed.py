"""Practice recovery phrases, and recognising real-looking ones (the tripwire).

Nothing in this module logs, prints or stores a phrase; callers must not either.

About the checksum: the last word of a BIP-39 phrase carries a small checksum, 4 bits for
12 words (8 bits for 24). So about 1 random 12-word list in 16 passes the check by luck.
A passing checksum means "these words are shaped like a phrase", never "this is a wallet"
or "this wallet holds anything", and the app must never say more than that.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

PHRASE_LENGTHS = (12, 15, 18, 21, 24)
PRACTICE_LENGTHS = {12: 128, 24: 256}  # words -> bits of fresh entropy
TRIPWIRE_MIN_WORDS = 12
# A run of letters; digits, punctuation and any kind of space separate words, so
# "1. abandon 2. ability", "abandon,ability" and one word per line all split the same.
WORD = re.compile(r"[^\W\d_]+")  # a run of letters, in any script


@lru_cache(maxsize=1)
def _mnemonic() -> Any:
    from mnemonic import Mnemonic  # on first use: most starts never touch a phrase

    return Mnemonic("english")


@lru_cache(maxsize=1)
def wordlist() -> frozenset[str]:
    """The 2,048 BIP-39 English words."""
    return frozenset(_mnemonic().wordlist)


def phrase_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, whatever the spacing, case or numbering."""
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def practice_phrase(words: int = 12) -> str:
    """A brand-new PRACTICE phrase of 12 or 24 words, from fresh random entropy.

    Every call draws new entropy (``secrets`` inside ``mnemonic``); nothing is cached.
    """
    if isinstance(words, bool) or words not in PRACTICE_LENGTHS:
        raise ValueError("A practice phrase has 12 or 24 words; please pick one of those.")
    return _mnemonic().generate(strength=PRACTICE_LENGTHS[words])


def check_phrase(expected: str, typed: str) -> bool:
    """True when ``typed`` has the same words in the same order as ``expected``.

    Forgives letter case, extra spaces, line breaks and numbering ("1. word").
    """
    wanted = phrase_words(expected)
    return bool(wanted) and phrase_words(typed) == wanted


def could_be_listed(word: str) -> bool:
    """Shaped like a BIP-39 English word (3 to 8 letters a to z): every listed word is.

    Asked first, it answers most texts (addresses, sentences) without loading the
    word list, which start-up would otherwise pay for when lessons are checked.
    """
    return 3 <= len(word) <= 8 and word.isascii() and word.isalpha()


def _longest_run(words: list[str], member: Callable[[str], bool]) -> int:
    longest = run = 0
    for word in words:
        run = run + 1 if member(word) else 0
        longest = max(longest, run)
    return longest


def looks_like_recovery_phrase(text: str) -> bool:
    """True when ``text`` holds 12 or more BIP-39 words in a row (checksum or not).

    This powers the tripwire that clears such input, so it errs on the side of caution:
    a phrase with a wrong last word, with 13 words, or tucked inside a sentence
    ("my words are: …") still counts. It needs at least 12 *consecutive* list words;
    everyday sentences break such a run quickly ("the", "a", "is", "and" are not in it).
    """
    words = phrase_words(text)
    if _longest_run(words, could_be_listed) < TRIPWIRE_MIN_WORDS:
        return False  # listed words are a subset of these: no need for the list itself
    return _longest_run(words, wordlist().__contains__) >= TRIPWIRE_MIN_WORDS


def phrase_checksum_ok(text: str) -> bool:
    """True when the words form a checksum-valid BIP-39 English phrase.

    Only 12, 15, 18, 21 or 24 words can pass. Remember: with 12 words about one random
    list in 16 passes, so this never proves a phrase belongs to a wallet.
    """
    words = phrase_words(text)
    if len(words) not in PHRASE_LENGTHS or not set(words) <= wordlist():
        return False
    return _mnemonic().check(" ".join(words))


def word_at(phrase: str, position: int) -> str:
    """The word at ``position`` counted from 1, for "which was word 7?" drills."""
    words = phrase_words(phrase)
    if not 1 <= position <= len(words):
        raise ValueError(f"Positions go from 1 to {len(words)}; {position} is outside that.")
    return words[position - 1]
