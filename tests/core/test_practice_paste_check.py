"""The paste_check step kind: inspect, compare and the look-alike drill, with safe look-alikes only."""

from __future__ import annotations

import re

import pytest

from holdspace.core import feedback as fb
from holdspace.core.lessons import STEP_KINDS, open_pack, validate_path
from holdspace.core.paste import compare, identify
from holdspace.core.practice.paste_check import make_lookalikes, same_thing
from holdspace.core.session import Session
from packkit import write_pack

LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<what>.+) — (?P<fix>.+)$"
)
PIZZA = "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d"
EIP55 = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"  # example address printed in EIP-55
EIP55_OTHER = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"  # another EIP-55 example
BECH32 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"  # BIP-173 example
BASE58 = "1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo"  # Bitcoin Core key_io test vector
HEAD = """\
id: test.paste
topic: hexadecimal
title: Paste
summary: Paste safely.
steps:
"""


def step(**fields: str) -> str:
    lines = [
        "  - kind: paste_check",
        "    prompt: Paste it.",
        "    hints: [Ctrl+V.]",
        "    explain: Pasting beats typing.",
    ]
    lines[1:1] = [f"    {key}: {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def load(tmp_path, steps: str):
    root = write_pack(tmp_path / "pack", {"en/hex/01-paste.yaml": HEAD + steps})
    return open_pack(root).lessons[0]


def problems(tmp_path, steps: str) -> list[dict]:
    root = write_pack(tmp_path / "pack", {"en/hex/01-paste.yaml": HEAD + steps})
    return [LINE.match(str(p)).groupdict() for p in validate_path(root)]


# --- building steps ---------------------------------------------------------------------


def test_each_mode_builds_its_spec(tmp_path):
    lesson = load(
        tmp_path,
        step(expected=f'"{PIZZA}"')
        + step(mode="compare", expected=f'"{EIP55}"', swap="true")
        + step(mode="lookalike", expected=BECH32, lookalikes="4")
        + step(start=f'"{PIZZA[:-1]}"'),
    )
    inspect, swap, drill, free = (s.spec for s in lesson.steps)
    assert inspect.mode == "inspect" and inspect.expected == PIZZA and inspect.checkable
    assert swap.start_made_up and compare(EIP55, swap.start).same_ends
    assert identify(swap.start).valid is False  # a made-up look-alike fails its checksum
    assert len(drill.candidates) == 5 and drill.candidates.count(BECH32) == 1
    assert drill.candidates[drill.answer_index] == BECH32
    assert free.checkable is False and free.start == PIZZA[:-1]


@pytest.mark.parametrize(
    "address",
    [
        EIP55,
        EIP55_OTHER,
        BECH32,
        BASE58,
        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
    ],
)
def test_lookalikes_keep_the_ends_change_the_middle_and_never_pass_a_checksum(address):
    made = make_lookalikes(address, 5)
    assert len(set(made)) == 5 and address not in made
    for lookalike in made:
        comparison = compare(address, lookalike)
        assert comparison.same_ends and not comparison.case_only
        assert lookalike[:4] == address[:4] and lookalike[-4:] == address[-4:]
        found = identify(lookalike)
        assert found.kind == identify(address).kind and found.valid is False
    # one differs in a single character: the hard case that groups of four are for
    assert min(len(compare(address, x).differences) for x in made) == 1
    assert make_lookalikes(address, 5) == made  # the same every time: show me agrees


@pytest.mark.parametrize(
    "fields, field, words",
    [
        ({"mode": "paste"}, "steps[1].mode", "unknown mode"),
        ({"expected": '"hello there"'}, "steps[1].expected", "doesn't recognise"),
        ({"expected": '"' + "abandon " * 11 + 'about"'}, "steps[1].expected", "secret"),
        ({"mode": "lookalike"}, "steps[1]", "needs `expected`"),
        (
            {"mode": "lookalike", "expected": f'"{EIP55.lower()}"'},
            "steps[1].expected",
            "checksum holds",
        ),
        ({"mode": "lookalike", "expected": f'"{PIZZA}"'}, "steps[1].expected", "checksum holds"),
        (
            {"mode": "lookalike", "expected": BECH32, "lookalikes": "9"},
            "steps[1].lookalikes",
            "outside the range",
        ),
        (
            {"mode": "lookalike", "expected": BECH32, "start": BECH32},
            "steps[1].start",
            "no use in lookalike",
        ),
        ({"mode": "compare", "swap": "true"}, "steps[1].swap", "needs `expected`"),
        (
            {"mode": "compare", "expected": f'"{EIP55}"', "swap": "true", "start": "x"},
            "steps[1].start",
            "both fill",
        ),
        (
            {"mode": "compare", "expected": f'"{EIP55}"', "start": f'"{EIP55_OTHER}"'},
            "steps[1].start",
            "could be someone's",
        ),
        (
            {"expected": f'"{PIZZA}"', "start": f'"{PIZZA.upper()}"'},
            "steps[1].start",
            "hold the answer",
        ),
        ({"swap": "true", "expected": f'"{EIP55}"'}, "steps[1].swap", "no use in inspect"),
        (
            {"expected": EIP55},
            "steps[1].expected",
            "expected text but YAML read",
        ),  # 0x… unquoted is a number
        (
            {"mode": "lookalike", "expected": BECH32, "choices": "[" + ", ".join(["x"] * 6) + "]"},
            "steps[1].choices",
            "more than a learner",
        ),
    ],
)
def test_each_problem_names_its_field(tmp_path, fields, field, words):
    found = problems(tmp_path, step(**fields))
    assert [f["field"] for f in found] == [field], found
    assert words in found[0]["what"]
    assert 5 <= int(found[0]["line"]) <= 10  # a line inside the step, not the top of the file


def test_author_lookalikes_must_be_safe_and_alike(tmp_path):
    made_up = make_lookalikes(EIP55, 1)[0]
    choices = (
        f'["{made_up}", "{EIP55_OTHER}", "0x5aAe0000000000000000000000000000000000ff", "{EIP55}"]'
    )
    found = problems(tmp_path, step(mode="lookalike", expected=f'"{EIP55}"', choices=choices))
    assert [f["field"] for f in found] == [
        "steps[1].choices[2]",
        "steps[1].choices[3]",
        "steps[1].choices[4]",
    ]
    assert "keep the first and last four" in found[0]["what"]  # the other EIP-55 example
    assert "keep the first and last four" in found[1]["what"]
    assert "is the expected text" in found[2]["what"]
    spec = (
        load(
            tmp_path / "ok", step(mode="lookalike", expected=f'"{EIP55}"', choices=f'["{made_up}"]')
        )
        .steps[0]
        .spec
    )
    assert sorted(spec.candidates) == sorted([EIP55, made_up])


def test_an_author_lookalike_that_passes_its_checksum_is_refused(tmp_path):
    # A checksum-valid address with the same ends could belong to someone: never in a lesson.
    from holdspace.core.addresses import to_checksum_address

    sneaky = next(
        a
        for n in range(1000)
        if (a := to_checksum_address("5aae" + f"{n:032x}" + "eaed"))[:4] == EIP55[:4]
        and a[-4:] == EIP55[-4:]
    )
    assert identify(sneaky).valid is True and compare(EIP55, sneaky).same_ends
    found = problems(
        tmp_path, step(mode="lookalike", expected=f'"{EIP55}"', choices=f'["{sneaky}"]')
    )
    assert [f["field"] for f in found] == ["steps[1].choices[1]"]
    assert "passes its checksum" in found[0]["what"] and "lookalikes: 3" in found[0]["fix"]


# --- checking ---------------------------------------------------------------------------


def test_inspect_accepts_the_same_text_however_it_was_spaced(tmp_path):
    session = Session(load(tmp_path, step(expected=f'"{PIZZA}"')))
    grouped = " ".join(PIZZA[i : i + 4] for i in range(0, 64, 4))
    for pasted in (PIZZA, f"  {PIZZA}\n", grouped, PIZZA.upper(), "\u200b" + PIZZA):
        assert session.submit(pasted).code == fb.GOT_IT, pasted


def test_inspect_locates_what_is_missing(tmp_path):
    session = Session(load(tmp_path, step(expected=f'"{PIZZA}"')))
    result = session.submit(PIZZA[:-1])
    assert result.code == fb.NOT_YET
    assert result.params["differences"] == 1 and result.params["groups"] == [16]
    assert session.submit("").code == fb.EMPTY


def test_letter_case_matters_only_where_it_changes_the_address():
    assert same_thing(EIP55, EIP55.lower())  # no checksum, same 20 bytes
    assert not same_thing(EIP55, EIP55.replace("5aAe", "5AAe"))  # a checksum that doesn't hold
    assert same_thing(BECH32, BECH32.upper())
    assert not same_thing(BASE58, BASE58.swapcase())  # Base58 letters differ by case


def test_the_drill_accepts_the_real_one_and_names_the_lookalikes_groups(tmp_path):
    lesson = load(tmp_path, step(mode="lookalike", expected=BECH32))
    spec = lesson.steps[0].spec
    session = Session(lesson)
    assert session.submit(None).code == fb.EMPTY
    for candidate in spec.candidates:
        result = session.submit(candidate)
        if candidate == BECH32:
            assert result.code == fb.GOT_IT
        else:
            assert result.code == fb.NOT_YET and result.params["same_ends"]
            assert result.params["groups"] and 1 not in result.params["groups"]


def test_show_me_round_trips_for_every_mode(tmp_path):
    lesson = load(
        tmp_path,
        step(expected=f'"{PIZZA}"')
        + step(mode="compare", expected=f'"{EIP55}"', swap="true")
        + step(mode="lookalike", expected=BASE58),
    )
    for item in lesson.steps:
        session = Session(lesson, start_at=item.index)
        shown = session.show_me().params
        assert session.submit(shown["answer"]).code == fb.GOT_IT
    assert shown["index"] == lesson.steps[2].spec.answer_index


def test_a_free_box_asks_nothing(tmp_path):
    free = load(tmp_path, step()).steps[0]
    assert STEP_KINDS["paste_check"].checker.check(free, "whatever").code == fb.GOT_IT
    assert STEP_KINDS["paste_check"].checker.reveal(free) == {"answer": ""}


@pytest.mark.parametrize("given", [None, 42, ["x"], "x" * 100_000])
def test_hostile_answers_are_empty(tmp_path, given):
    session = Session(load(tmp_path, step(expected=f'"{PIZZA}"')))
    assert session.submit(given).code == fb.EMPTY


def test_a_pasted_recovery_phrase_is_refused_and_not_kept(tmp_path):
    session = Session(load(tmp_path, step(expected=f'"{PIZZA}"')))
    assert session.submit("abandon " * 11 + "about").code == fb.PHRASE_REFUSED
    assert session.state.answer is None


def test_the_shipped_paste_lesson_uses_every_checkable_mode():
    from holdspace.core.paths import builtin_pack_dir

    lesson = next(x for x in open_pack(builtin_pack_dir()).lessons if x.id == "hex.pasting-safely")
    modes = {s.spec.mode for s in lesson.steps if s.kind == "paste_check"}
    assert modes == {"inspect", "compare", "lookalike"}
    assert all(
        s.spec.checkable and s.hints and s.explain for s in lesson.steps if s.kind == "paste_check"
    )
