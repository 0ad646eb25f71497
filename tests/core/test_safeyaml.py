"""Hostile or broken YAML gives a clear problem with a position, never a crash."""

import pytest

from holdspace.core import safeyaml
from holdspace.core.safeyaml import YamlProblem


def problem(text: str) -> YamlProblem:
    with pytest.raises(YamlProblem) as info:
        safeyaml.load(text)
    return info.value


def test_values_and_positions_are_remembered():
    doc = safeyaml.load("id: a.b\nsteps:\n  - kind: read\n    body: hi\n")
    assert doc.data == {"id": "a.b", "steps": [{"kind": "read", "body": "hi"}]}
    assert doc.value_marks[("steps", 0, "body")] == (4, 11)
    assert doc.key_marks[("steps", 0, "body")] == (4, 5)


def test_yaml_1_1_types_are_what_safe_load_gives():
    doc = safeyaml.load("a: no\nb: 010\nc: 3.10\nd: 2024-01-02\ne: '3.10'\nf: ~\n")
    import datetime

    assert doc.data == {
        "a": False,
        "b": 8,
        "c": 3.1,
        "d": datetime.date(2024, 1, 2),
        "e": "3.10",
        "f": None,
    }


def test_aliases_are_refused_with_a_position():
    found = problem("a: &x [1, 2]\nb: *x\n")
    assert "aliases" in found.message and found.line == 1


def test_billion_laughs_is_refused_before_expanding():
    lol = "a: &a [x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(20)
    )
    assert "aliases" in problem(lol).message


@pytest.mark.parametrize("text", ["[" * 50_000, "- " * 30_000 + "x", "{a: " * 10_000])
def test_deep_nesting_is_refused_without_crashing(text):
    assert "nested" in problem(text).message or "YAML syntax" in problem(text).message


def test_python_tags_are_refused():
    found = problem("a: !!python/object/apply:os.system ['echo hi']\n")
    assert "tag" in found.message


def test_merge_keys_are_refused():
    assert "merge" in problem("a: {x: 1}\nb:\n  <<: {x: 1}\n").message


def test_more_than_one_document():
    assert problem("a: 1\n---\nb: 2\n").line == 2


def test_syntax_problem_has_line_and_column():
    found = problem("a: [1, 2\nb: 3\n")
    assert found.message.startswith("YAML syntax") and found.line >= 2


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"\x00\x01\x02binary", "binary"),
        (b"title: caf\xe9\n", "UTF-8"),
        (b"x" * (safeyaml.MAX_BYTES + 1), "KB"),
    ],
)
def test_decode_refuses_what_is_not_a_small_text_file(raw, words):
    with pytest.raises(YamlProblem) as info:
        safeyaml.decode(raw)
    assert words in info.value.message


def test_bom_is_fine():
    assert safeyaml.load(safeyaml.decode(b"\xef\xbb\xbfa: 1\n")).data == {"a": 1}


def test_duplicate_keys_are_noted():
    assert safeyaml.load("a: 1\na: 2\n").duplicate_keys == [("a",)]


def test_a_fast_read_gives_the_same_data_without_positions():
    text = "id: a.b\nsteps:\n  - kind: read\n    body: hi\n  - {kind: choice, choices: [x, y]}\n"
    fast, full = safeyaml.load(text, marks=False), safeyaml.load(text)
    assert fast.data == full.data and not fast.marked and full.marked
    assert fast.value_marks == {} and full.value_marks[("steps", 1, "choices", 1)] == (5, 33)
