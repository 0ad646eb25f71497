"""The `checklist` step kind: stable item ids, every problem named, ticks kept as marks."""

from __future__ import annotations

import re

from holdspace.core.lessons import STEP_KINDS, open_pack, validate_path
from holdspace.core.practice.checklist import DONE, ChecklistSpec
from holdspace.core.progress import ProgressStore
from holdspace.core.session import Session
from packkit import GOOD_LESSON, write_pack

LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<what>.+) — (?P<fix>.+)$"
)

LESSON = """\
id: test.checklist
topic: hexadecimal
title: A calm check
summary: Tick what is true.
steps:
  - id: list
    kind: checklist
    prompt: Tick what is true for you.
    items:
      - id: on-paper
        text: My phrase is on paper.
        detail: Not a photo.
      - id: two-copies
        text: I have two copies.
"""


def problems(tmp_path, text: str) -> list[dict]:
    name = "en/hex/02-list.yaml"
    root = write_pack(tmp_path / "pack", {"en/hex/01-counting.yaml": GOOD_LESSON, name: text})
    return [LINE.match(str(p)).groupdict() for p in validate_path(root) if name in str(p)]


def lesson_in(tmp_path, text: str = LESSON):
    root = write_pack(tmp_path / "pack", {"en/hex/01-list.yaml": text})
    return open_pack(root).lesson("test.checklist")


def test_a_good_checklist_builds_items_and_is_never_checked(tmp_path):
    assert problems(tmp_path, LESSON) == []
    step = lesson_in(tmp_path).steps[0]
    assert isinstance(step.spec, ChecklistSpec) and step.prompt == "Tick what is true for you."
    assert [(i.id, i.text, i.detail) for i in step.spec.items] == [
        ("on-paper", "My phrase is on paper.", "Not a photo."),
        ("two-copies", "I have two copies.", ""),
    ]
    assert (
        "checklist" in STEP_KINDS and STEP_KINDS["checklist"].checker is None and not step.is_check
    )


def test_duplicate_item_ids_are_named_at_the_second_one(tmp_path):
    found = problems(tmp_path, LESSON.replace("id: two-copies", "id: on-paper"))
    assert [(f["field"], f["line"]) for f in found] == [("steps[1].items[2].id", "13")]
    assert "share the id `on-paper`" in found[0]["what"] and "ticks are kept" in found[0]["fix"]


def test_every_item_needs_an_id_and_text(tmp_path):
    text = LESSON.replace(
        "      - id: two-copies\n        text: I have two copies.\n",
        "      - text: I have two copies.\n      - id: third\n",
    )
    found = problems(tmp_path, text)
    assert {(f["field"], f["what"]) for f in found} == {
        ("steps[1].items[2]", "the required field `id` is missing"),
        ("steps[1].items[3]", "the required field `text` is missing"),
    }


def test_an_item_with_an_id_and_a_detail_but_no_text_is_reported_not_a_crash(tmp_path):
    # Found by the fuzz test: two good fields were taken to mean "id and text".
    text = LESSON.replace("        text: My phrase is on paper.\n", "")
    found = problems(tmp_path, text)
    assert [(f["field"], f["what"]) for f in found] == [
        ("steps[1].items[1]", "the required field `text` is missing")
    ]


def test_item_ids_must_be_id_shaped_and_typos_are_suggested(tmp_path):
    found = problems(
        tmp_path, LESSON.replace("id: on-paper", "id: On Paper!").replace("detail:", "detial:")
    )
    fields = {f["field"]: f for f in found}
    assert "characters ids can't use" in fields["steps[1].items[1].id"]["what"]
    assert "did you mean `detail`" in fields["steps[1].items[1].detial"]["fix"]


def test_items_are_required_listed_and_bounded(tmp_path):
    assert "`items` is missing" in problems(tmp_path, LESSON.split("    items:")[0])[0]["what"]
    empty = problems(tmp_path, LESSON.split("    items:")[0] + "    items: []\n")
    assert "at least 1" in empty[0]["what"]
    many = (
        LESSON.split("    items:")[0]
        + "    items:\n"
        + "".join(f"      - {{id: i{n}, text: Item {n}.}}\n" for n in range(41))
    )
    assert "it may have 40" in problems(tmp_path, many)[0]["what"]


def test_hostile_items_are_refused_kindly(tmp_path):
    long_text = LESSON.replace("text: I have two copies.", "text: " + "x" * 2_000)
    assert "longer than 1000" in problems(tmp_path, long_text)[0]["what"]
    not_a_map = LESSON.replace(
        "      - id: two-copies\n        text: I have two copies.\n", "      - just words\n"
    )
    assert problems(tmp_path, not_a_map)[0]["field"] == "steps[1].items[2]"
    number_text = LESSON.replace("text: I have two copies.", "text: 2")
    assert "quotes" in problems(tmp_path, number_text)[0]["fix"]


def test_ticks_are_marks_the_store_keeps(tmp_path, holdspace_home):
    lesson = lesson_in(tmp_path)
    store, _ = ProgressStore.open(holdspace_home / "progress.sqlite3")
    try:
        session = Session(lesson, recorder=store)
        session.set_mark("on-paper", DONE)
        session.set_mark("two-copies", DONE)
        session.set_mark("two-copies", None)  # unticked: forgotten, not scored
        again = Session(lesson, recorder=store)
        assert again.marks() == {"on-paper": DONE}
        assert store.step(lesson.id, "list") is None  # no attempt was ever recorded
    finally:
        store.close()


def test_the_shipped_checklist_has_stable_unique_ids():
    from holdspace.core.paths import builtin_pack_dir

    lesson = open_pack(builtin_pack_dir()).lesson("self-custody.backup-checklist")
    step = next(s for s in lesson.steps if s.kind == "checklist")
    ids = [item.id for item in step.spec.items]
    assert step.id == "backup-checklist" and len(ids) == len(set(ids)) >= 6
    assert "on-paper" in ids and "never-typed" in ids
