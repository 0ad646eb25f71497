"""Links from one step to another (``[words](#step-id)``): kept by the safe Markdown,
checked by the validator, quiet in lint, and used by the shipped mistake guide."""

from __future__ import annotations

from holdspace.core import markup, steplinks
from holdspace.core.lessons import open_pack, validate_path
from holdspace.core.lint import lint_path
from holdspace.core.paths import builtin_pack_dir
from holdspace.core.session import Session
from packkit import write_pack

LESSON = """\
id: test.links
topic: hexadecimal
title: Links between steps
summary: A first card that links to the urgent step.
minutes: 5
steps:
  - id: first
    kind: read
    body: |
      One case can't wait: [go to it now](#{target}).
  - kind: read
    body: A step without an id is called by its number.
  - id: urgent
    kind: choice
    prompt: Which one is urgent?
    choices:
      - text: This one
        correct: true
        feedback: Yes.
      - text: That one
        feedback: Not this one.
    hints: [The first.]
    explain: The first one.
"""


def pack_with(tmp_path, target: str):
    return write_pack(
        tmp_path / "pack", {"en/hex/01-links.yaml": LESSON.replace("{target}", target)}
    )


def test_a_step_id_is_read_from_its_link_and_nothing_else_is():
    assert steplinks.step_id("#phrase-seen") == "phrase-seen"
    assert steplinks.step_id("#4") == "4"
    for other in (
        "phrase-seen",
        "#",
        "#Not An Id",
        "#a/b",
        "https://x.example/#a",
        "term:txid",
        None,
    ):
        assert steplinks.step_id(other) is None, other


def test_the_safe_markdown_keeps_a_step_link_and_nothing_riskier():
    out = markup.render("Go [straight there](#phrase-seen).")
    assert '<a href="#phrase-seen">straight there</a>' in out
    assert markup._attribute_filter("a", "href", "#phrase-seen") == "#phrase-seen"
    # A fragment that is not a step id is unwrapped: the words stay, the link goes.
    refused = markup.render("Go [there](#a b) and [here](#<x>).")
    assert "<a" not in refused and "there" in refused


def test_a_link_to_a_step_that_exists_is_clean(tmp_path):
    for target in ("urgent", "2"):  # by id, or by number for a step without one
        root = pack_with(tmp_path / target, target)
        assert [str(p) for p in validate_path(root)] == []
        assert [str(p) for p in lint_path(root)] == []


def test_a_link_to_no_step_is_reported_with_the_ids_to_use(tmp_path):
    root = pack_with(tmp_path, "urgnet")
    found = [str(p) for p in validate_path(root)]
    assert len(found) == 1, found
    assert "01-links.yaml:9:" in found[0] and "steps[1].body" in found[0]
    assert "`#urgnet` goes to no step of this lesson" in found[0]
    assert "first, 2, urgent" in found[0]
    # The lesson still opens: a dangling link only does nothing.
    pack = open_pack(root)
    assert [x.id for x in pack.lessons] == ["test.links"] and pack.broken == []


def test_a_session_finds_a_step_by_its_id(tmp_path):
    lesson = open_pack(pack_with(tmp_path, "urgent")).lessons[0]
    session = Session(lesson)
    assert session.index_of("urgent") == 2 and session.index_of("2") == 1
    assert session.index_of("nowhere") is None


def test_the_mistake_guide_opens_with_three_lines_and_a_link_to_the_urgent_step():
    pack = open_pack(builtin_pack_dir())
    guide = pack.guide("mistake")
    first = guide.steps[0].body
    numbered = [line for line in first.splitlines() if line[:2] in ("1.", "2.", "3.", "4.")]
    assert [line[:2] for line in numbered] == ["1.", "2.", "3."]  # a three-line first card
    assert len(first.split()) <= 80  # it fits a worried glance
    linked = [target for _path, target in steplinks.linked_steps(first)]
    assert linked == ["phrase-seen"]
    urgent = guide.steps[Session(guide).index_of("phrase-seen")]
    assert "brand-new wallet" in urgent.body and "new phrase" in urgent.body
