"""Practice look-alikes of a real address, for the paste check's poisoning drill.

Each keeps the first and last four characters (as address poisoning does) and fails
its checksum, so none can be somebody's real address; the same address always gives
the same look-alikes and order, so a lesson, its "show me" and its tests agree.
"""

from __future__ import annotations

import random

from . import paste
from .addresses import BASE58_ALPHABET, BECH32_CHARSET
from .digests import sha256


def _shape(text: str, kind: str) -> tuple[int, str]:
    """(characters kept at the front, alphabet for the middle) for one address kind."""
    if kind == "evm-address":
        return 6, "0123456789abcdef"  # "0x" and four digits
    if kind.startswith("btc-p2w") or kind == "btc-p2tr":
        return text.index("1") + 2 + 4, BECH32_CHARSET  # "bc1q" and four more
    return 4, BASE58_ALPHABET


def _styled(char: str, like: str, rng: random.Random, mixed: bool) -> str:
    """Give a generated hex or bech32 character the letter case the original uses."""
    if not char.isalpha():
        return char
    if mixed:
        return char.upper() if rng.random() < 0.5 else char.lower()
    return char.upper() if like.isupper() else char.lower()


def _one_lookalike(expected: str, kind: str, rng: random.Random, style: int) -> str:
    front, alphabet = _shape(expected, kind)
    middle = list(range(front, len(expected) - 4))
    if style == 0:
        changing = middle  # a whole new middle
    else:
        changing = rng.sample(middle, 3 if style == 1 else 1)  # a few, or only one
    body = expected[front:-4]
    mixed = kind == "evm-address" and body.lower() != body and body.upper() != body
    chars = list(expected)
    for index in changing:
        choices = [c for c in alphabet if c.lower() != expected[index].lower()]
        picked = rng.choice(choices)
        # Base58 letters are different characters in each case: keep them as drawn.
        chars[index] = picked if alphabet == BASE58_ALPHABET else _styled(picked, body, rng, mixed)
    return "".join(chars)


def make_lookalikes(expected: str, count: int) -> tuple[str, ...]:
    """``count`` practice look-alikes of a checksum-valid address, none passing a checksum.

    The same input always gives the same look-alikes, so a lesson, its "show me" and its
    tests agree. Styles rotate: a whole new middle, three characters, one character.
    """
    found = paste.identify(expected)
    seed = int.from_bytes(sha256(expected.encode()).digest()[:8], "big")
    rng = random.Random(seed)
    made: list[str] = []
    while len(made) < count:
        for _ in range(100):  # a generated one passes its checksum about 1 time in 2**15
            candidate = _one_lookalike(expected, found.kind, rng, len(made) % 3)
            if candidate not in made and paste.identify(candidate).valid is not True:
                made.append(candidate)
                break
        else:  # pragma: no cover - would need a hundred unlucky draws in a row
            raise ValueError("could not make a look-alike for this address")
    return tuple(made)


def shuffled(expected: str, lookalikes: tuple[str, ...]) -> tuple[str, ...]:
    items = [expected, *lookalikes]
    seed = int.from_bytes(sha256(("order" + expected).encode()).digest()[:8], "big")
    random.Random(seed).shuffle(items)
    return tuple(items)
