"""The seed_practice kind: validated fields, a forgiving one-word check, and no phrase kept."""

from __future__ import annotations

import logging
import re

import pytest

from holdspace.core import feedback as fb
from holdspace.core.lessons import STEP_KINDS, open_pack, validate_path
from holdspace.core.practice.seed_practice import (
    MAX_TYPED,
    SeedPracticeSpec,
    answer_payload,
    matches,
)
from holdspace.core.seed import phrase_words, practice_phrase
from holdspace.core.session import Session
from packkit import GOOD_LESSON, write_pack

LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<what>.+) — (?P<fix>.+)$"
)

LESSON = """\
id: test.practice
topic: hexadecimal
title: Practise
summary: A pretend phrase.
steps:
  - kind: read
    body: Have paper ready.
  - id: drill
    kind: seed_practice
    prompt: Look, write, recall.
    {extra}
    hints: [Count from 1.]
    explain: Wallets ask this to check your paper.
"""


def lesson_text(*fields: str) -> str:
    return LESSON.replace("{extra}", "\n    ".join(fields) if fields else "words: 12")


def problems(tmp_path, text: str) -> list[dict]:
    root = write_pack(
        tmp_path / "pack", {"en/hex/01-counting.yaml": GOOD_LESSON, "en/hex/02-practice.yaml": text}
    )
    return [LINE.match(str(p)).groupdict() for p in validate_path(root) if "02-practice" in str(p)]


def drill(tmp_path, *fields: str):
    root = write_pack(tmp_path / "pack", {"en/hex/02-practice.yaml": lesson_text(*fields)})
    lesson = open_pack(root).lesson("test.practice")
    return lesson, lesson.steps[1]


# --- validation ---------------------------------------------------------------


def test_a_plain_drill_is_valid_with_12_words_and_a_random_position(tmp_path):
    assert problems(tmp_path, LESSON.replace("{extra}", "elsewhere: Count again.")) == []
    _, step = drill(tmp_path, "elsewhere: Count again.")
    assert step.spec == SeedPracticeSpec(12, None, "Count again.")
    assert {step.spec.pick_position() for _ in range(300)} == set(range(1, 13))


def test_24_words_and_a_fixed_position(tmp_path):
    _, step = drill(tmp_path, "words: 24", "position: 24")
    assert step.spec.words == 24 and step.spec.pick_position() == 24


def test_a_phrase_length_other_than_12_or_24_is_named_with_its_line(tmp_path):
    found = problems(tmp_path, lesson_text("words: 18"))
    assert len(found) == 1
    assert found[0]["field"] == "steps[2].words" and found[0]["line"] == "11"
    assert "18 words" in found[0]["what"] and "words: 24" in found[0]["fix"]


@pytest.mark.parametrize("position", ["0", "13", "-1", "99999999999999999999"])
def test_a_position_outside_the_phrase(tmp_path, position):
    found = problems(tmp_path, lesson_text("words: 12", f"position: {position}"))
    assert [f["field"] for f in found] == ["steps[2].position"]
    assert found[0]["line"] == "12" and "from 1 to 12" in found[0]["fix"]


def test_a_position_up_to_24_is_fine_only_with_24_words(tmp_path):
    assert problems(tmp_path, lesson_text("words: 24", "position: 20")) == []
    assert [f["field"] for f in problems(tmp_path, lesson_text("position: 20"))] == [
        "steps[2].position"
    ]


@pytest.mark.parametrize(
    "value, said",
    [
        ('"12"', "expected a whole number"),
        ("twelve", "expected a whole number"),
        ("true", "expected a whole number"),
    ],
)
def test_words_must_be_a_number(tmp_path, value, said):
    found = problems(tmp_path, lesson_text(f"words: {value}"))
    assert found and found[0]["field"] == "steps[2].words" and said in found[0]["what"]


def test_a_typo_in_a_field_name_suggests_the_field(tmp_path):
    found = problems(tmp_path, lesson_text("words: 12", "postion: 3"))
    assert found[0]["field"] == "steps[2].postion" and "did you mean `position`" in found[0]["fix"]


def test_a_lesson_cannot_carry_a_phrase_field(tmp_path):
    """There is nowhere to put a phrase in the format: an author can't ship one by accident."""
    found = problems(tmp_path, lesson_text("phrase: abandon ability able"))
    assert found and found[0]["field"] == "steps[2].phrase"


# --- matching and checking ---------------------------------------------------------


@pytest.mark.parametrize("typed", ["lamp", " Lamp ", "LAMP\n", "7. lamp", "lamp.", "7) Lamp!"])
def test_the_check_forgives_case_spacing_and_numbering(typed):
    assert matches("lamp", typed)


def test_the_first_four_letters_are_enough_as_in_bip39():
    assert matches("abandon", "aban") and matches("abandon", "aband")
    assert not matches("abandon", "aba")  # three letters can name several words
    assert not matches("artist", "art")  # "art" is a word of its own
    assert matches("art", "art")


@pytest.mark.parametrize(
    "typed", ["lamb", "lamp lamp", "word seven lamp", "", "   ", None, 7, "x" * 500]
)
def test_other_answers_are_not_a_match(typed):
    assert not matches("lamp", typed)


def step_for(tmp_path, *fields):
    return drill(tmp_path, *fields)[1]


def test_checker_says_yes_not_yet_and_take_your_time(tmp_path):
    step, check = step_for(tmp_path), STEP_KINDS["seed_practice"].checker.check
    assert check(step, {"expected": "lamp", "typed": "Lamp"}).code == fb.GOT_IT
    assert check(step, {"expected": "lamp", "typed": "zoo"}).code == fb.NOT_YET
    assert check(step, {"expected": "lamp", "typed": " "}).code == fb.EMPTY


def test_the_author_explains_a_word_from_another_place(tmp_path):
    step = step_for(tmp_path, "elsewhere: It is in there, at another place.")
    result = STEP_KINDS["seed_practice"].checker.check(
        step, {"expected": "lamp", "typed": "zoo", "elsewhere": True}
    )
    assert result.code == fb.NOT_YET and result.params == {
        "feedback": "It is in there, at another place."
    }
    plain = STEP_KINDS["seed_practice"].checker.check(
        step_for(tmp_path), {"expected": "lamp", "typed": "zoo", "elsewhere": True}
    )
    assert plain.code == fb.NOT_YET and plain.params == {}


@pytest.mark.parametrize(
    "answer",
    [
        None,
        "lamp",
        ["lamp"],
        7,
        {},
        {"typed": "lamp"},
        {"expected": 3, "typed": "lamp"},
        {"expected": "not-a-list-word", "typed": "not-a-list-word"},
        {"expected": "lamp", "typed": None},
        {"expected": "lamp", "typed": ["lamp"]},
    ],
)
def test_hostile_or_broken_payloads_never_crash_or_pass(tmp_path, answer):
    assert STEP_KINDS["seed_practice"].checker.check(step_for(tmp_path), answer).code == fb.EMPTY


def test_long_text_is_not_yet_and_never_parsed(tmp_path):
    step, check = step_for(tmp_path), STEP_KINDS["seed_practice"].checker.check
    assert check(step, {"expected": "lamp", "typed": "lamp " * 10_000}).code == fb.NOT_YET
    assert check(step, {"expected": "lamp", "typed": "", "long": True}).code == fb.NOT_YET


def test_reveal_carries_no_answer_because_the_core_never_has_the_phrase(tmp_path):
    shown = STEP_KINDS["seed_practice"].checker.reveal(step_for(tmp_path, "position: 3"))
    assert "answer" not in shown and shown == {"practice": True, "position": 3}


# --- the payload the widget hands over ------------------------------------------------


def fresh_words(count: int = 12) -> list[str]:
    return phrase_words(practice_phrase(count))


# Fixed list words that can't turn up by chance in the text we search (unlike "answer",
# "lesson" or "true", which are list words too), so "no word leaked" never flakes.
DISTINCT = [
    "zebra",
    "oyster",
    "quantum",
    "walnut",
    "puzzle",
    "kangaroo",
    "lobster",
    "giraffe",
    "volcano",
    "dolphin",
    "umbrella",
    "yellow",
]


def test_the_payload_carries_one_word_never_the_phrase():
    words = DISTINCT
    payload = answer_payload(words, 7, "  My answer ")
    others = set(words) - {words[6]}
    assert payload["expected"] == words[6]
    assert payload["typed"] == "  My answer " and payload["long"] is False
    assert not others & set(phrase_words(repr(payload)))


def test_the_practice_phrase_typed_back_in_full_is_not_passed_on():
    words = fresh_words(24)
    payload = answer_payload(words, 1, " ".join(words))
    assert payload["typed"] == "" and payload["long"] is True
    assert len(" ".join(fresh_words(12))) > MAX_TYPED  # no 12-word phrase fits in an answer


def test_a_word_from_another_position_is_flagged():
    words = DISTINCT
    assert answer_payload(words, 1, "oyster")["elsewhere"] is True
    assert answer_payload(words, 1, "Kang")["elsewhere"] is True  # four letters name it too
    assert answer_payload(words, 1, "zebra")["elsewhere"] is False
    assert answer_payload(words, 1, "anchor")["elsewhere"] is False


# --- a whole session -------------------------------------------------------------------


class Spy:
    """A recorder that remembers every argument it receives."""

    def __init__(self):
        self.calls: list[tuple] = []

    def __getattr__(self, name):
        return lambda *args, **kwargs: self.calls.append((name, args, kwargs))


def test_show_me_then_the_shown_word_says_yes(tmp_path):
    """What the shipped-lesson test does for this kind: the widget fills in the word."""
    lesson, step = drill(tmp_path)
    session = Session(lesson, start_at=step.index)
    shown = session.show_me()
    assert shown.code == fb.SHOWN and "answer" not in shown.params
    words = fresh_words()
    assert session.submit(answer_payload(words, 5, words[4].upper())).code == fb.GOT_IT


def test_no_word_reaches_the_recorder_feedback_logs_or_output(tmp_path, capsys, caplog):
    lesson, step = drill(tmp_path, "elsewhere: At another place.")
    spy = Spy()
    session = Session(lesson, recorder=spy, start_at=step.index)
    words = DISTINCT
    caplog.set_level(logging.DEBUG)
    results = [
        session.submit(answer_payload(words, 3, typed)) for typed in ("", words[0], "zoo", words[2])
    ]
    results.append(session.show_me())
    assert [r.code for r in results][-2:] == [fb.GOT_IT, fb.SHOWN]
    assert [r.code for r in results][:3] == [fb.EMPTY, fb.NOT_YET, fb.NOT_YET]
    assert results[1].params == {"feedback": "At another place."}
    seen = repr(spy.calls) + repr(results) + capsys.readouterr().out + caplog.text
    assert not set(words) & set(phrase_words(seen))
