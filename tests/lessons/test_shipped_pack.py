"""The lessons we ship: they validate, and every check accepts its own answer."""

from __future__ import annotations

import pytest

from holdspace.core import feedback as fb
from holdspace.core.lessons import open_pack, validate_path
from holdspace.core.paths import builtin_pack_dir
from holdspace.core.session import Session

PACK = open_pack(builtin_pack_dir())
LESSONS = PACK.lessons
TOPICS = ("hexadecimal", "explorers", "pnl", "self-custody")


def test_the_shipped_pack_has_no_problems():
    assert [str(p) for p in validate_path(builtin_pack_dir())] == []
    assert PACK.broken == []


def test_each_topic_has_a_lesson_using_read_choice_and_answer():
    for topic in TOPICS:
        kinds = {s.kind for x in LESSONS if x.topic == topic for s in x.steps}
        assert {"read", "choice", "answer"} <= kinds, topic


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda x: x.id)
def test_every_check_accepts_its_own_answer(lesson):
    for step in lesson.steps:
        if not step.is_check:
            continue
        session = Session(lesson, start_at=step.index)
        shown = session.show_me()
        if step.kind == "seed_practice":
            # The phrase is made by the widget at run time and the core never holds it, so
            # reveal() has no "answer": submit what the widget sends after "show me".
            assert "answer" not in shown.params
            assert session.submit({"expected": "lamp", "typed": " Lamp "}).code == fb.GOT_IT
            continue
        if (
            step.kind == "explorer" and step.spec.task == "click"
        ):  # the line, named by the interface
            assert session.submit({"field": shown.params["field"]}).code == fb.GOT_IT, (
                lesson.id,
                step.id,
            )
            continue
        if step.kind == "withdrawal":
            # The answer is a filled-in form; "answer" is only its summary for the learner.
            assert session.submit(shown.params["form"]).code == fb.GOT_IT, (lesson.id, step.id)
            continue
        answer = shown.params["indexes"] if step.kind == "choice" else shown.params["answer"]
        if step.kind == "choice" and not step.spec.multiple:
            answer = answer[0]
        assert session.submit(answer).code == fb.GOT_IT, (lesson.id, step.id)


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda x: x.id)
def test_every_check_has_hints_and_an_explanation(lesson):
    for step in lesson.steps:
        if step.is_check:
            assert step.hints and step.explain, (lesson.id, step.id)


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda x: x.id)
def test_anticipated_answers_are_not_accepted_ones(lesson):
    """A `responses` entry must explain a miss, never shadow the right answer."""
    for step in lesson.steps:
        if step.kind != "answer":
            continue
        for response in step.spec.responses:
            result = Session(lesson, start_at=step.index).submit(response.answer)
            assert result.code == fb.NOT_YET and result.params["feedback"] == response.feedback
