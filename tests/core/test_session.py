"""A lesson session as a learner lives it: unlimited tries, free hints, no judgement."""

from __future__ import annotations

import json

import pytest

from holdspace.core import feedback as fb
from holdspace.core.lessons import open_pack
from holdspace.core.progress import ProgressStore
from holdspace.core.session import Session
from packkit import write_pack


@pytest.fixture
def lesson(tmp_path):
    return open_pack(write_pack(tmp_path / "pack")).lesson("test.counting")


def test_choice_feedback_for_each_pick(lesson):
    session = Session(lesson, start_at=1)
    miss = session.submit(1)
    assert miss.code == fb.NOT_YET and "everyday" in miss.params["feedback"]
    hit = session.submit(0)
    assert hit.code == fb.GOT_IT and "hex follows" in hit.params["feedback"]


def test_forgiving_answers_are_accepted(lesson):
    session = Session(lesson, start_at=2)
    for typed in ["31", " 31 ", "31.0", "３１"]:
        assert session.submit(typed).code == fb.GOT_IT


def test_anticipated_answer_gets_its_own_explanation(lesson):
    session = Session(lesson, start_at=2)
    result = session.submit("1f")
    assert result.code == fb.NOT_YET and "everyday way" in result.params["feedback"]


def test_close_and_unreadable_are_gentle_and_uncounted(lesson):
    session = Session(lesson, start_at=2)
    assert session.submit("30").code == fb.CLOSE
    assert session.submit("thirty-one?").code == fb.UNREADABLE
    assert session.submit("   ").code == fb.EMPTY
    assert session.state.not_yet == 1  # only the real try counted, and only privately


def test_hint_is_offered_after_two_not_yets(lesson):
    session = Session(lesson, start_at=2)
    assert session.submit("5").offer is None
    assert session.submit("6").offer == fb.OFFER_HINT


def test_hint_offered_sooner_where_it_helped_before(lesson):
    session = Session(lesson, start_at=2, helped_before={"3"})
    assert session.submit("5").offer == fb.OFFER_HINT


def test_hints_in_order_then_a_kind_end(lesson):
    session = Session(lesson, start_at=2)
    first, second, third = session.hint(), session.hint(), session.hint()
    assert (first.code, first.params["number"], first.params["total"]) == (fb.HINT, 1, 2)
    assert second.params["text"] == "16 + 15"
    assert third.code == fb.NO_MORE_HINTS


def test_show_me_reveals_the_answer_and_is_remembered(lesson):
    session = Session(lesson, start_at=2)
    shown = session.show_me()
    assert shown.code == fb.SHOWN and shown.params["answer"] == "31"
    assert session.state.shown and session.state.feedback is shown  # the view adds step.explain
    choice = Session(lesson, start_at=1).show_me()
    assert choice.params["indexes"] == [0] and choice.params["answer"] == "0x1f"


def test_unlimited_tries_then_success(lesson):
    session = Session(lesson, start_at=2)
    for guess in range(100):
        session.submit(str(guess + 100))
    assert session.submit("31").solved


def test_moving_is_always_allowed_and_answers_are_kept(lesson):
    session = Session(lesson)
    assert session.at_start and not session.back()
    assert session.next() and session.next()  # no need to solve anything first
    session.submit("12")
    session.back()
    session.next()
    assert session.state.answer == "12"
    assert session.at_end and session.next() is False and session.finished


def test_progress_is_recorded_as_it_happens(lesson, holdspace_home):
    store, _ = ProgressStore.open(holdspace_home / "progress.sqlite3")
    session = Session(lesson, recorder=store)
    session.next()
    session.next()
    session.hint()
    session.submit("30")
    session.submit("31")
    state = store.lesson("test.counting")
    assert state.last_step == 2 and state.explored_at is None
    step = store.step("test.counting", "3")
    assert step.attempts == 2 and step.used_hint and step.solved
    session.next()
    assert store.lesson("test.counting").explored_at is not None


def test_several_right_choices(tmp_path):
    text = """\
id: test.multi
topic: hexadecimal
title: Pick all
summary: Several fit.
steps:
  - kind: choice
    prompt: Which are hex digits?
    choices:
      - {text: a, correct: true}
      - {text: f, correct: true}
      - {text: g, feedback: g comes after f.}
"""
    pack = open_pack(write_pack(tmp_path / "pack", {"en/a.yaml": text}))
    session = Session(pack.lesson("test.multi"))
    some = session.submit([0])
    assert some.code == fb.SOME_OF_THEM and some.params["missing"] == 1
    assert session.submit([0, 2]).params["feedback"] == "g comes after f."
    assert session.submit([1, 0]).solved


def test_a_store_that_cannot_write_never_interrupts_the_lesson(lesson):
    from holdspace.core.errors import StoreError

    class Broken:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise StoreError("disk full")

            return fail

    session = Session(lesson, recorder=Broken())
    session.next()
    assert session.index == 1 and session.submit(0).solved
    assert str(session.recording_problem) == "disk full"


# The BIP-39 test mnemonic everyone documents; it guards no real funds.
TEST_PHRASE = "abandon " * 11 + "about"


def test_a_recovery_phrase_is_never_checked_kept_or_recorded(lesson, holdspace_home):
    store, _ = ProgressStore.open(holdspace_home / "progress.sqlite3")
    session = Session(lesson, recorder=store, start_at=2)
    result = session.submit("  " + TEST_PHRASE.upper() + " ")
    assert result.code == fb.PHRASE_REFUSED
    assert session.state.answer is None and session.state.feedback is None
    assert store.step("test.counting", "3") is None
    assert "abandon" not in json.dumps(store.export())
