"""The hex_playground step kind: what authors may write, and how the playground's boxes are checked."""

from __future__ import annotations

import re

import pytest

from holdspace.core import feedback as fb
from holdspace.core.lessons import STEP_KINDS, open_pack, validate_path
from holdspace.core.practice.hex_playground import HexPlaygroundSpec, HexTask
from holdspace.core.session import Session
from packkit import within_a_minute, write_pack

LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<what>.+) — (?P<fix>.+)$"
)
GENESIS_INTERNAL = "3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a"
GENESIS_TXID = "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"
HEAD = """\
id: test.playground
topic: hexadecimal
title: Playground
summary: Try the boxes.
steps:
"""
GAS = """\
  - id: gas
    kind: hex_playground
    prompt: What is 0x5208 in everyday numbers?
    task: {decimal: 21000}
    hints: [Type 5208 in the hex box.]
    explain: It is 21,000.
    responses:
      - answer: "5208"
        feedback: Those are the hex digits; type them in the hex box.
"""
REVERSE = f"""\
  - id: flip
    kind: hex_playground
    prompt: Reverse the bytes.
    start: "{GENESIS_INTERNAL}"
    task: {{reversed: "{GENESIS_TXID}"}}
    hints: [Press the button.]
    explain: Explorers show it this way.
"""
HEX = """\
  - id: to-hex
    kind: hex_playground
    prompt: How is 256 written in hex?
    task: {hex: "100"}
    hints: [Type 256 in the everyday box.]
    explain: It needs two bytes.
"""
FREE = """\
  - id: free
    kind: hex_playground
    body: Play with the boxes.
"""


def load(tmp_path, steps: str):
    root = write_pack(tmp_path / "pack", {"en/hex/01-play.yaml": HEAD + steps})
    return open_pack(root).lessons[0]


def problems(tmp_path, steps: str) -> list[dict]:
    root = write_pack(tmp_path / "pack", {"en/hex/01-play.yaml": HEAD + steps})
    return [LINE.match(str(p)).groupdict() for p in validate_path(root)]


def session_at(lesson, step_id: str) -> Session:
    return Session(lesson, start_at=next(s.index for s in lesson.steps if s.id == step_id))


# --- what authors write -----------------------------------------------------------------


def test_good_steps_build_their_spec(tmp_path):
    lesson = load(tmp_path, GAS + REVERSE + HEX + FREE)
    gas, flip, to_hex, free = (step.spec for step in lesson.steps)
    assert gas == HexPlaygroundSpec("", HexTask("decimal", 21000), gas.responses)
    assert gas.responses[0].answer == "5208" and gas.checkable
    assert flip.start == GENESIS_INTERNAL and flip.task == HexTask("reversed", GENESIS_TXID)
    assert to_hex.task == HexTask("hex", 256) and to_hex.task.box == "hex"
    assert free.task is None and not free.checkable


@pytest.mark.parametrize(
    "line, field, words",
    [
        ('    start: "0xzz"\n', "steps[1].start", "expected hex digits"),
        ("    start: 5208\n", "steps[1].start", "expected text"),
        ('    task: {decimal: 21000, hex: "5208"}\n', "steps[1].task", "exactly one of"),
        ("    task: {number: 21000}\n", "steps[1].task.number", "unknown task type"),
        ("    task: {hex: 5208}\n", "steps[1].task.hex", "hex digits in quotes"),
        ("    task: {decimal: -1}\n", "steps[1].task.decimal", "whole number from 0"),
        ('    task: {decimal: "2.5"}\n', "steps[1].task.decimal", "whole number from 0"),
        ("    task: {decimal: true}\n", "steps[1].task.decimal", "whole number from 0"),
        (
            f'    task: {{reversed: "{GENESIS_TXID}"}}\n',
            "steps[1].task.reversed",
            "needs a `start`",
        ),
        ("    task: 21000\n", "steps[1].task", "expected a set of fields"),
        ('    strat: "ff"\n', "steps[1].strat", "unknown field"),
    ],
)
def test_each_problem_names_its_field_and_line(tmp_path, line, field, words):
    found = problems(tmp_path, FREE + line)
    assert [f["field"] for f in found] == [field], found
    assert words in found[0]["what"]
    assert found[0]["line"] == "9"  # the line the author wrote (steps start on line 6)


def test_a_reversal_that_does_not_match_its_start_is_explained(tmp_path):
    wrong = REVERSE.replace(GENESIS_TXID, GENESIS_TXID[::-1])  # digits, not bytes, reversed
    found = problems(tmp_path, wrong)
    assert [f["field"] for f in found] == ["steps[1].task.reversed"]
    assert "not `start` with its bytes in reverse order" in found[0]["what"]
    assert GENESIS_TXID[:16] in found[0]["fix"]


def test_a_start_that_already_shows_the_answer_is_reported(tmp_path):
    found = problems(tmp_path, GAS.replace("    task:", '    start: "0x5208"\n    task:'))
    assert [f["field"] for f in found] == ["steps[1].start"]
    assert "show the answer as soon as the step opens" in found[0]["what"]


def test_responses_must_explain_a_miss_and_need_a_task(tmp_path):
    shadow = GAS.replace('answer: "5208"', 'answer: "21,000"')
    assert [f["field"] for f in problems(tmp_path, shadow)] == ["steps[1].responses[1].answer"]
    orphan = FREE + "    responses: [{answer: x, feedback: y}]\n"
    assert [f["field"] for f in problems(tmp_path, orphan)] == ["steps[1].responses"]


def test_huge_author_values_are_refused(tmp_path):
    big = "f" * 600
    found = problems(tmp_path, FREE + f'    start: "{big}"\n')
    assert [f["field"] for f in found] == ["steps[1].start"]
    found = problems(tmp_path, FREE + f"    task: {{decimal: {'9' * 700}}}\n")
    assert [f["field"] for f in found] == ["steps[1].task.decimal"]


# --- checking the boxes -----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["21000", " 21,000 ", "21 000", "21000.0"])
def test_a_decimal_task_reads_the_everyday_box_forgivingly(tmp_path, typed):
    assert session_at(load(tmp_path, GAS), "gas").submit(typed).code == fb.GOT_IT


def test_a_decimal_task_explains_misses_kindly(tmp_path):
    session = session_at(load(tmp_path, GAS), "gas")
    anticipated = session.submit("5208")
    assert anticipated.code == fb.NOT_YET and "hex box" in anticipated.params["feedback"]
    assert session.submit("0x5208").code == fb.UNREADABLE  # not an everyday number
    assert session.submit("20999").code == fb.NOT_YET
    assert session.submit("   ").code == fb.EMPTY


@pytest.mark.parametrize("typed", ["0x100", "100", "0X1 00", "0x0100"])
def test_a_hex_task_reads_the_hex_box(tmp_path, typed):
    assert session_at(load(tmp_path, HEX), "to-hex").submit(typed).code == fb.GOT_IT


def test_a_hex_task_notices_the_everyday_number_in_the_hex_box(tmp_path):
    result = session_at(load(tmp_path, HEX), "to-hex").submit("256")
    assert result.code == fb.NOT_YET and result.params == {"same_in_decimal": True}


def test_a_reversed_task_wants_these_exact_bytes(tmp_path):
    session = session_at(load(tmp_path, REVERSE), "flip")
    assert session.submit(GENESIS_TXID.upper()).code == fb.GOT_IT
    assert session.submit("0x" + GENESIS_TXID).code == fb.GOT_IT
    assert session.submit(GENESIS_INTERNAL).params == {"playground": "not-reversed-yet"}
    assert session.submit(GENESIS_TXID[::-1]).params == {"playground": "digits-reversed"}
    assert session.submit(GENESIS_TXID[2:]).code == fb.NOT_YET  # a byte lost on the way


def test_show_me_gives_an_answer_the_checker_accepts(tmp_path):
    lesson = load(tmp_path, GAS + REVERSE + HEX)
    shown = {}
    for step in lesson.steps:
        session = Session(lesson, start_at=step.index)
        shown[step.id] = session.show_me().params
        assert session.submit(shown[step.id]["answer"]).code == fb.GOT_IT, step.id
    assert shown["gas"]["answer"] == "21,000" and shown["gas"]["box"] == "decimal"
    assert shown["to-hex"]["answer"] == "0x100"
    assert shown["flip"]["answer"].startswith("4a 5e 1e 4b")


def test_free_play_has_nothing_to_miss(tmp_path):
    step = load(tmp_path, FREE).steps[0]
    checker = STEP_KINDS["hex_playground"].checker
    assert checker.check(step, "anything").code == fb.GOT_IT
    assert checker.reveal(step) == {"answer": ""}


# --- hostile input ------------------------------------------------------------------------


@pytest.mark.parametrize("typed", [None, 21000, ["21000"], {"x": 1}])
def test_answers_that_are_not_text_are_empty(tmp_path, typed):
    assert session_at(load(tmp_path, GAS), "gas").submit(typed).code == fb.EMPTY


def test_enormous_inputs_are_refused_not_computed(tmp_path):
    lesson = load(tmp_path, GAS + HEX)

    def answer(step_id, typed):
        return session_at(lesson, step_id).submit(typed).code

    for typed in ("1e999999999", "9" * 5000, "1" + "0" * 1300):
        assert within_a_minute(answer, "gas", typed) == fb.UNREADABLE
    assert within_a_minute(answer, "to-hex", "f" * 5000) == fb.UNREADABLE


def test_digits_from_other_scripts_are_not_hex(tmp_path):
    # int() reads Arabic-Indic digits; no explorer shows them, so neither do we.
    assert (
        session_at(load(tmp_path, HEX), "to-hex").submit("\u0661\u0660\u0660").code == fb.UNREADABLE
    )


def test_the_shipped_playground_lesson_loads_with_tasks_on_every_playground():
    from holdspace.core.paths import builtin_pack_dir

    lesson = next(x for x in open_pack(builtin_pack_dir()).lessons if x.id == "hex.hex-playground")
    playgrounds = [s for s in lesson.steps if s.kind == "hex_playground"]
    assert {s.spec.task.type for s in playgrounds} == {"decimal", "hex", "reversed"}
    assert all(s.hints and s.explain for s in playgrounds)
