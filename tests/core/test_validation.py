"""One test per class of validator problem: each message names file, line and field."""

from __future__ import annotations

import re

import pytest

from holdspace.core.lessons import validate_path
from packkit import GOOD_LESSON, write_pack

LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<what>.+) — (?P<fix>.+)$"
)


def problems_for(tmp_path, lesson_text: str, name: str = "en/hex/02-case.yaml"):
    root = write_pack(
        tmp_path / "pack", {"en/hex/01-counting.yaml": GOOD_LESSON, name: lesson_text}
    )
    found = [str(p) for p in validate_path(root)]
    return [LINE.match(text).groupdict() for text in found if name in text]


def only(tmp_path, text: str) -> dict:
    found = problems_for(tmp_path, text)
    assert len(found) == 1, found
    return found[0]


def lesson(**changes) -> str:
    """The good lesson with top-level lines replaced, e.g. lesson(topic="topic: nope")."""
    lines = GOOD_LESSON.replace("id: test.counting", "id: test.other").splitlines()
    for key, new in changes.items():
        lines = [new if line.startswith(f"{key}:") else line for line in lines]
    return "\n".join(lines) + "\n"


def test_the_good_lesson_has_no_problems(tmp_path):
    assert problems_for(tmp_path, lesson()) == []


def test_unknown_field_suggests_the_likely_typo(tmp_path):
    found = only(tmp_path, lesson() + "sumary: again\n")
    assert found["field"] == "sumary" and found["line"] == "27"
    assert "did you mean `summary`" in found["fix"]


def test_unknown_field_inside_a_step(tmp_path):
    text = lesson().replace("    body: Hex uses", "    bdy: Hex uses")
    found = problems_for(tmp_path, text)
    fields = {f["field"] for f in found}
    assert "steps[1].bdy" in fields and "steps[1]" in fields  # unknown + missing body
    assert any("did you mean `body`" in f["fix"] for f in found)


def test_unknown_step_kind(tmp_path):
    found = only(tmp_path, lesson().replace("kind: read", "kind: reading"))
    assert found["field"] == "steps[1].kind" and found["line"] == "7"
    assert "unknown step kind `reading`" in found["what"] and "read" in found["fix"]


def test_wrong_type_names_what_yaml_read(tmp_path):
    found = only(tmp_path, lesson(title="title: no"))
    assert found["field"] == "title" and found["line"] == "3"
    assert "yes/no value false" in found["what"] and "quotes" in found["fix"]


def test_number_field_given_text(tmp_path):
    found = only(tmp_path, lesson(minutes="minutes: five"))
    assert found["field"] == "minutes" and "whole number" in found["what"]


def test_missing_required_field(tmp_path):
    found = only(
        tmp_path,
        "\n".join(line for line in lesson().splitlines() if not line.startswith("summary")) + "\n",
    )
    assert found["field"] == "(file)" or found["field"] == "summary" or "summary" in found["what"]
    assert "`summary` is missing" in found["what"]


def test_unknown_topic(tmp_path):
    found = only(tmp_path, lesson(topic="topic: hexa"))
    assert found["field"] == "topic" and found["line"] == "2"
    assert "hexadecimal" in found["fix"]


def test_duplicate_lesson_id(tmp_path):
    found = only(tmp_path, lesson(id="id: test.counting"))
    assert found["field"] == "id" and found["line"] == "1"
    assert "already used by" in found["what"] and "01-counting.yaml" in found["what"]


def test_choice_step_without_a_correct_choice(tmp_path):
    found = only(tmp_path, lesson().replace("        correct: true\n", ""))
    assert found["field"] == "steps[2].choices" and found["line"] == "12"
    assert "correct: true" in found["fix"]


def test_empty_steps_list(tmp_path):
    text = lesson().split("steps:")[0] + "steps: []\n"
    found = only(tmp_path, text)
    assert found["field"] == "steps" and "at least 1" in found["what"]


def test_empty_step(tmp_path):
    found = only(
        tmp_path,
        lesson().replace("  - kind: read\n    body: Hex uses **sixteen** digits.\n", "  - {}\n"),
    )
    assert found["field"] == "steps[1]" and "empty" in found["what"]


def test_unquoted_hex_answer(tmp_path):
    found = only(tmp_path, lesson().replace("accept: {number: 31}", "accept: {hex: 10}"))
    assert found["field"] == "steps[3].accept.hex" and "quote" in found["fix"]


def test_accept_with_two_types(tmp_path):
    found = only(
        tmp_path, lesson().replace("accept: {number: 31}", "accept: {number: 31, text: x}")
    )
    assert found["field"] == "steps[3].accept" and "exactly one" in found["what"]


def test_duplicate_key_in_the_same_mapping(tmp_path):
    found = only(tmp_path, lesson() + "title: again\n")
    assert found["field"] == "title" and found["line"] == "27" and "twice" in found["what"]


def test_yaml_syntax_problem_has_a_position(tmp_path):
    found = only(tmp_path, "id: a\ntitle: [unclosed\n")
    assert found["field"] == "(file)" and int(found["line"]) >= 2 and "YAML syntax" in found["what"]


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"", "empty"),
        (b"\x00\xff\xfe junk", "binary"),
        (b"title: caf\xe9\n", "UTF-8"),
        (b"- just\n- a list\n", "set of fields"),
        (b"a: &x 1\nb: *x\n", "aliases"),
    ],
)
def test_unreadable_files_are_named_never_a_traceback(tmp_path, raw, words):
    root = write_pack(tmp_path / "pack")
    (root / "en" / "hex" / "02-odd.yaml").write_bytes(raw)
    found = [str(p) for p in validate_path(root) if "02-odd.yaml" in str(p)]
    assert len(found) == 1 and LINE.match(found[0]) and words in found[0]


def test_every_problem_is_reported_at_once(tmp_path):
    text = lesson(title="title: 3.10", minutes="minutes: lots", topic="topic: nowhere")
    text = text.replace("kind: read", "kind: nope").replace("        correct: true\n", "")
    fields = {f["field"] for f in problems_for(tmp_path, text)}
    assert {"title", "minutes", "topic", "steps[1].kind", "steps[2].choices"} <= fields


def test_pack_yaml_problems_are_positioned(tmp_path):
    root = write_pack(
        tmp_path / "pack",
        pack_yaml="format: 2\nname: x\nlanguages: [en]\ntopics:\n  - id: Hex Stuff\n",
    )
    found = [LINE.match(str(p)).groupdict() for p in validate_path(root)]
    by_field = {f["field"]: f for f in found}
    assert by_field["format"]["line"] == "1" and by_field["topics[1].id"]["line"] == "5"


def test_a_single_file_can_be_validated(tmp_path):
    root = write_pack(tmp_path / "pack")
    path = root / "en" / "hex" / "01-counting.yaml"
    assert validate_path(path) == []
    path.write_text(lesson(topic="topic: nowhere"))
    assert any("nowhere" in str(p) for p in validate_path(path))


def test_files_and_folders_linking_outside_the_pack_are_left_out(tmp_path):
    from holdspace.core.lessons import open_pack

    outside = tmp_path / "outside"
    (outside / "topic").mkdir(parents=True)
    (outside / "topic" / "x.yaml").write_text(GOOD_LESSON.replace("test.counting", "test.outside"))
    root = write_pack(tmp_path / "pack")
    (root / "en" / "linked-folder").symlink_to(outside / "topic")
    (root / "en" / "hex" / "02-linked.yaml").symlink_to(outside / "topic" / "x.yaml")
    pack = open_pack(root)
    assert [x.id for x in pack.lessons] == ["test.counting"]
    left_out = [str(p) for p in pack.problems if "points outside the pack" in str(p)]
    assert any("02-linked.yaml" in line for line in left_out)  # a linked folder is never walked


def test_a_pack_may_hold_exactly_the_most_lesson_files_and_no_more(tmp_path, monkeypatch):
    """The limit is the largest size accepted: at the limit nothing is left out, one more is."""
    from holdspace.core.lessons import open_pack
    from holdspace.core.lessons import walk as pack_module

    monkeypatch.setattr(pack_module, "MAX_LESSON_FILES", 3)
    lessons = {
        f"en/hex/0{n}.yaml": GOOD_LESSON.replace("test.counting", f"test.c{n}") for n in range(1, 4)
    }
    at_limit = open_pack(write_pack(tmp_path / "three", lessons))
    assert len(at_limit.lessons) == 3 and not at_limit.problems
    lessons["en/hex/04.yaml"] = GOOD_LESSON.replace("test.counting", "test.c4")
    over = open_pack(write_pack(tmp_path / "four", lessons))
    assert len(over.lessons) == 3
    assert any("more than 3 lesson files" in p.message for p in over.problems)


def test_objectives_are_optional_and_read_as_a_list_of_texts(tmp_path):
    from holdspace.core.lessons import open_pack

    with_goals = lesson(
        minutes='minutes: 5\nobjectives:\n  - Read 0x1f as 31.\n  - "Tell hex from decimal. "'
    )
    assert problems_for(tmp_path, with_goals) == []
    pack = open_pack(tmp_path / "pack")
    assert pack.lesson("test.other").objectives == ("Read 0x1f as 31.", "Tell hex from decimal.")
    assert pack.lesson("test.counting").objectives == ()  # an educator's pack may leave them out


def test_an_objective_that_is_not_text_is_reported(tmp_path):
    found = only(tmp_path, lesson(minutes="minutes: 5\nobjectives:\n  - 42"))
    assert found["field"] == "objectives[1]" and "expected text" in found["what"]
