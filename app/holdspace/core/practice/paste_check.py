"""Paste check: a safe box that says what a pasted string is, and drills against look-alikes.

Three modes:

- ``inspect`` (default): one box; Holdspace says what the text is (kind, networks,
  checksum, notes) and shows it in groups of four. With ``expected``, the task is to
  paste exactly that text (copy it from the lesson, paste it, see that it arrived whole).
- ``compare``: two boxes, every difference located. With ``expected``, the first box
  holds it and the task is to make the second box hold the same; ``swap: true`` starts
  the second box with a made-up look-alike (the clipboard-swap story).
- ``lookalike``: ``expected`` plus practice look-alikes with the same first and last
  four characters (address poisoning); the learner picks the one that is really the same.

Look-alikes are generated (:mod:`holdspace.core.lookalikes`) deterministically, and
every one of them fails its checksum, so none can be somebody's real address. Authors
may write their own (``choices``), under the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import paste
from ..feedback import EMPTY, GOT_IT, NOT_YET, Feedback, Reveal
from ..lessons.fields import Rule, check_value
from ..lessons.kinds import StepKind
from ..lessons.model import Step
from ..lessons.problems import Report
from ..lookalikes import make_lookalikes, shuffled

KIND = "paste_check"
MODES = ("inspect", "compare", "lookalike")
MAX_TEXT = 120  # the longest address (bech32) is 90 characters; a TXID 66
MAX_START = 200
MAX_INPUT = 1000  # what a learner may paste; identify() and compare() stay instant
DEFAULT_LOOKALIKES = 3
MAX_LOOKALIKES = 5
SECRET_KINDS = ("recovery-phrase", "btc-private-key")
SECRET_NOTES = ("looks-like-recovery-phrase", "private-key", "not-kept")
# Address kinds whose checksum a look-alike can be made to fail.
CHECKSUM_KINDS = ("btc-p2pkh", "btc-p2sh", "btc-p2wpkh", "btc-p2wsh", "btc-p2tr", "evm-address")
NO_CHECKSUM_NOTES = ("all-lowercase-no-checksum", "all-uppercase-no-checksum")


@dataclass(frozen=True)
class PasteCheckSpec:
    """A `paste_check` step: its mode, the text it expects and what its boxes start with."""

    mode: str = "inspect"
    expected: str = ""  # cleaned; "" when the step asks nothing
    start: str = ""  # what the (second) box holds when the step opens
    start_made_up: bool = False  # the start is a generated practice look-alike
    candidates: tuple[str, ...] = ()  # lookalike mode: the expected text among look-alikes

    @property
    def checkable(self) -> bool:
        return self.mode == "lookalike" or bool(self.expected)

    @property
    def answer_index(self) -> int:
        return self.candidates.index(self.expected) if self.expected in self.candidates else -1


def clean(text: str) -> str:
    """The text as compare() sees it: no spaces (anywhere) and no invisible marks."""
    return paste.compare(text, "").a


# --- building a step from YAML --------------------------------------------------------


def _is_secret(found: paste.Identification) -> bool:
    return found.kind in SECRET_KINDS or any(note in SECRET_NOTES for note in found.notes)


def _expected(report: Report, path: tuple, value: str) -> str | None:
    if _is_secret(paste.identify(value)):  # before cleaning: a phrase needs its spaces
        report.add(
            path,
            "this looks like a secret (a recovery phrase or a private key)",
            "never put a real secret in a lesson; use a public address or TXID",
        )
        return None
    text = clean(value)
    found = paste.identify(text)
    if _is_secret(found) or len(text) > MAX_TEXT or found.kind in ("unknown", "hex-number"):
        report.add(
            path,
            "Holdspace doesn't recognise this as an address or a TXID",
            "paste a whole, well-known public address or TXID here",
        )
        return None
    return text


def _has_checksum(text: str) -> bool:
    found = paste.identify(text)
    return (
        found.kind in CHECKSUM_KINDS
        and found.valid is True
        and not any(note in NO_CHECKSUM_NOTES for note in found.notes)
    )


def _author_lookalikes(report: Report, path: tuple, raw: Any, expected: str) -> tuple[str, ...]:
    if not check_value(report, path, raw, Rule("list", minimum=1)):
        return ()
    if len(raw) > MAX_LOOKALIKES:
        report.add(
            path,
            f"{len(raw)} look-alikes are more than a learner can compare calmly",
            f"keep at most {MAX_LOOKALIKES}",
        )
        return ()
    made: list[str] = []
    for index, item in enumerate(raw):
        where = path + (index,)
        if not check_value(report, where, item, Rule("text", required=True)):
            continue
        text = clean(item)
        comparison = paste.compare(expected, text)
        if comparison.same or text in made:
            report.add(
                where,
                "this choice is the expected text, or repeats another",
                "make each look-alike different; the expected text is added for you",
            )
        elif not comparison.same_ends:
            report.add(
                where,
                "a look-alike should keep the first and last four characters",
                "change only characters in the middle, as address poisoning does",
            )
        elif paste.identify(text).valid is not False or len(text) > MAX_TEXT:
            report.add(
                where,
                "this look-alike passes its checksum, so it could be someone's real address",
                "change its middle until the checksum fails, or write "
                "`lookalikes: 3` and let Holdspace make safe ones",
            )
        else:
            made.append(text)
    return tuple(made)


def _start(report: Report, path: tuple, value: str, mode: str, expected: str) -> str | None:
    text = value.strip()
    found = paste.identify(text)
    if _is_secret(found) or len(text) > MAX_START:
        report.add(
            path,
            "this start text is too long or looks like a secret",
            "start from a public address or TXID, or leave `start` out",
        )
        return None
    if expected and same_thing(expected, text):
        report.add(
            path,
            "the box would hold the answer as soon as the step opens",
            "leave `start` out, or start from something the learner has to change",
        )
        return None
    if mode == "compare" and found.valid is True and found.kind in CHECKSUM_KINDS:
        report.add(
            path,
            "this start passes its checksum, so it could be someone's real address",
            "use `swap: true` to let Holdspace make a safe look-alike",
        )
        return None
    return text


def _mode_fields(report: Report, path: tuple, data: dict, mode: str) -> None:
    """Report fields that mean nothing in this mode."""
    allowed = {
        "inspect": ("start",),
        "compare": ("start", "swap"),
        "lookalike": ("lookalikes", "choices"),
    }[mode]
    for key in ("start", "swap", "lookalikes", "choices"):
        if key in data and key not in allowed:
            report.add(
                path + (key,),
                f"`{key}` has no use in {mode} mode",
                f"remove it, or use a mode that takes it ({_modes_for(key)})",
                at_key=True,
            )


def _modes_for(key: str) -> str:
    return {"start": "inspect, compare", "swap": "compare"}.get(key, "lookalike")


def _build(report: Report, path: tuple, data: dict) -> PasteCheckSpec | None:
    before = len(report.problems)
    mode = data.get("mode", "inspect")
    if mode not in MODES:
        report.add(path + ("mode",), f"unknown mode `{mode}`", "use one of: " + ", ".join(MODES))
        return None
    _mode_fields(report, path, data, mode)
    expected = ""
    if "expected" in data:
        expected = _expected(report, path + ("expected",), data["expected"]) or ""
    needs_checksum = mode == "lookalike" or data.get("swap") is True
    if mode == "lookalike" and "expected" not in data:
        report.add(
            path,
            "a lookalike drill needs `expected`",
            "add the real address in quotes, "
            'e.g. expected: "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"',
            at_key=bool(path),
        )
    elif data.get("swap") is True and "expected" not in data:
        report.add(
            path + ("swap",),
            "`swap` needs `expected`",
            "add the address the learner meant",
            at_key=True,
        )
    elif needs_checksum and expected and not _has_checksum(expected):
        report.add(
            path + ("expected",),
            "look-alikes need an address whose checksum holds",
            "use a mixed-case (EIP-55) 0x address, a bc1… or a 1…/3… address",
        )
    if len(report.problems) > before:
        return None
    return _spec(report, path, data, mode, expected)


def _spec(
    report: Report, path: tuple, data: dict, mode: str, expected: str
) -> PasteCheckSpec | None:
    before = len(report.problems)
    if mode == "lookalike":
        made = (
            _author_lookalikes(report, path + ("choices",), data["choices"], expected)
            if "choices" in data
            else make_lookalikes(expected, data.get("lookalikes", DEFAULT_LOOKALIKES))
        )
        if len(report.problems) > before:
            return None
        return PasteCheckSpec(mode, expected, candidates=shuffled(expected, made))
    if data.get("swap") is True:
        if "start" in data:
            report.add(
                path + ("start",),
                "`start` and `swap` both fill the second box",
                "keep one of them",
                at_key=True,
            )
            return None
        return PasteCheckSpec(mode, expected, make_lookalikes(expected, 1)[0], start_made_up=True)
    start = ""
    if "start" in data:
        start = _start(report, path + ("start",), data["start"], mode, expected) or ""
    return None if len(report.problems) > before else PasteCheckSpec(mode, expected, start)


# --- checking ---------------------------------------------------------------------------


def same_thing(expected: str, given: str) -> bool:
    """Is ``given`` the text meant? Spaces never matter; letter case only where it can't.

    Hex and bech32 read the same in either case, and an EVM address whose checksum holds is
    the same address; Base58 (1…, 3…) letters are different characters in each case.
    """
    comparison = paste.compare(expected, given)
    if comparison.same:
        return True
    if not comparison.case_only:
        return False
    want, got = paste.identify(comparison.a), paste.identify(comparison.b)
    return (
        want.kind == got.kind
        and got.valid is not False
        and want.canonical is not None
        and want.canonical == got.canonical
        and want.kind not in ("btc-p2pkh", "btc-p2sh")
    )


class PasteCheckChecker:
    """``answer`` is the pasted text (inspect, compare) or the text of the picked choice."""

    def check(self, step: Step[PasteCheckSpec], answer: str | None) -> Feedback:
        spec = step.spec
        if not spec.checkable:
            return Feedback(GOT_IT)
        given = answer if isinstance(answer, str) and len(answer) <= MAX_INPUT else ""
        if not clean(given):
            return Feedback(EMPTY)
        if same_thing(spec.expected, given):
            return Feedback(GOT_IT)
        comparison = paste.compare(spec.expected, given)
        return Feedback(
            NOT_YET,
            {
                "differences": len(comparison.differences),
                "groups": [group + 1 for group in comparison.differing_groups],
                "case_only": comparison.case_only,
                "same_ends": comparison.same_ends,
            },
        )

    def reveal(self, step: Step[PasteCheckSpec]) -> Reveal:
        spec = step.spec
        if not spec.checkable:
            return {"answer": ""}
        shown: Reveal = {"answer": spec.expected}
        if spec.mode == "lookalike":
            shown["index"] = spec.answer_index
        return shown


STEP_KIND = StepKind(
    KIND,
    {
        "body": Rule("text"),
        "prompt": Rule("text"),
        "mode": Rule("text"),
        "expected": Rule("text"),
        "start": Rule("text"),
        "swap": Rule("bool"),
        "lookalikes": Rule("int", minimum=1, maximum=MAX_LOOKALIKES),
        "choices": Rule("list"),
    },
    _build,
    checker=PasteCheckChecker(),
    asks_when=lambda spec: spec.checkable,
    details=frozenset({"differences", "groups", "case_only", "same_ends"}),
    summary="paste an address or TXID safely: what it is, compare two, spot a look-alike",
)
