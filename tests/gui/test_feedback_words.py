"""Every feedback parameter the core can send reaches the learner in words (through tr()).

The core declares each parameter once (``FeedbackParams``); a kind's own details are
listed on its ``StepKind`` and worded by its widget. Here each parameter is produced by
the real checkers on shipped lessons and read back from the feedback panel.
"""

from __future__ import annotations

import dataclasses
import html
import re

import pytest

from holdspace.core import feedback as fb
from holdspace.core.lessons import STEP_KINDS, open_pack
from holdspace.core.paths import builtin_pack_dir
from holdspace.core.session import Session
from holdspace.gui.lesson_view import LessonView

PACK = open_pack(builtin_pack_dir())
# Worded by the lesson view itself (gui/wording.py and the "The answer:" line), for any kind.
SAID_BY_THE_VIEW = {
    "feedback",
    "text",
    "number",
    "total",
    "missing",
    "expected",
    "same_in_decimal",
    "answer",
}


@pytest.fixture(autouse=True)
def _english(qapp):
    """The English the app installs at start (its plural forms: "1 character differs")."""
    from holdspace.gui.i18n import Translators

    Translators.of(qapp).use("en")


def _view(qtbot, lesson_id: str, step_id: str, *, responses: bool = True) -> LessonView:
    lesson = PACK.lesson(lesson_id)
    step = next(s for s in lesson.steps if s.id == step_id)
    if not responses:  # the author's own words would be said first; look past them
        step = dataclasses.replace(step, index=0, spec=dataclasses.replace(step.spec, responses=()))
        lesson = dataclasses.replace(lesson, steps=(step,))
    view = LessonView()
    qtbot.addWidget(view)
    view.open(Session(lesson, start_at=step.index))
    return view


def _said(view: LessonView) -> str:
    return " ".join(html.unescape(re.sub("<[^>]+>", " ", view.feedback.text())).split())


def _answer(view: LessonView, given) -> str:
    view.step_widget.set_value(given)
    view.check()
    return _said(view)


def test_every_parameter_is_declared_as_said_by_the_view_a_kind_or_the_widget():
    declared = fb.FeedbackParams.__required_keys__ | fb.FeedbackParams.__optional_keys__
    details = set().union(*(kind.details for kind in STEP_KINDS.values()))
    for_the_widget = fb.Reveal.__optional_keys__ - {"answer"}
    assert declared == SAID_BY_THE_VIEW | details | for_the_widget
    assert details.isdisjoint(SAID_BY_THE_VIEW)
    assert set(EXAMPLES) == SAID_BY_THE_VIEW | details  # each worded one is shown below


def _hex_reversed(view):
    return _answer(view, view.step_widget.step.spec.task.value[::-1])


def _hex_not_reversed(view):
    return _answer(view, view.step_widget.step.spec.start)


def _paste_one_off(view):
    expected = view.step_widget.step.spec.expected
    return _answer(view, expected[:10] + ("0" if expected[10] != "0" else "1") + expected[11:])


def _paste_case(view):
    return _answer(view, view.step_widget.step.spec.expected.swapcase())


def _hint_twice(view):
    view.ask_hint()
    view.ask_hint()
    return _said(view)


def _show_me(view):
    view.ask_show_me()
    return _said(view)


def _pick_value_line(view):
    view.step_widget.pick("value")
    view.check()
    return _said(view)


def _one_of_two(view):
    right = [i for i, c in enumerate(view.step_widget.step.spec.choices) if c.correct]
    return _answer(view, right[:1])


def _first_wrong(view):
    wrong = next(i for i, c in enumerate(view.step_widget.step.spec.choices) if not c.correct)
    return _answer(view, wrong)


def _withdraw(**changes):
    """The practice withdrawal form filled in as show me would, then changed here and there."""

    def act(view):
        spec = view.step_widget.step.spec
        form = {
            "network": spec.deposit.network.id,
            "address": spec.deposit.address,
            "memo": spec.deposit.memo,
            "amount": spec.answer_amount,
            **changes,
        }
        return _answer(view, form)

    return act


WITHDRAW = "explorers.choosing-the-network-to-withdraw"

# parameter -> (lesson, step, look past the author's responses?, what the learner does, words)
EXAMPLES = {
    "playground": [
        (
            "hex.hex-playground",
            "genesis-reversed",
            True,
            _hex_reversed,
            "You reversed the digits, not the bytes.",
        ),
        (
            "hex.hex-playground",
            "genesis-reversed",
            False,
            _hex_not_reversed,
            "still shows the bytes in their first order",
        ),
    ],
    "differences": [
        (
            "hex.pasting-safely",
            "paste-the-pizza",
            True,
            _paste_one_off,
            "1 character differs from the text meant",
        )
    ],
    "groups": [
        (
            "hex.pasting-safely",
            "paste-the-pizza",
            True,
            _paste_one_off,
            "Groups of four where it is: 3.",
        )
    ],
    "same_ends": [
        (
            "hex.pasting-safely",
            "paste-the-pizza",
            True,
            _paste_one_off,
            "The first and last characters match and the middle does not",
        )
    ],
    "case_only": [
        (
            "hex.mixed-case-checksum",
            "fix-the-slip",
            True,
            _paste_case,
            "Only capital and small letters differ, and here that matters",
        )
    ],
    "field": [
        (
            "explorers.practice-explorer",
            "click-the-fee",
            True,
            _pick_value_line,
            "The line you picked: Value.",
        ),
        ("explorers.practice-explorer", "click-the-fee", True, _show_me, "The answer: Fee"),
    ],
    "same_in_decimal": [
        (
            "hex.counting-in-sixteen",
            "sixteen-in-hex",
            False,
            lambda view: _answer(view, "16"),
            "the same amount written in everyday numbers",
        )
    ],
    "expected": [
        (
            "hex.counting-in-sixteen",
            "sixteen-in-hex",
            True,
            lambda view: _answer(view, "ghz"),
            "I couldn't read that as hex yet",
        )
    ],
    "missing": [
        (
            "hex.what-a-txid-looks-like",
            "safe-to-share",
            True,
            _one_of_two,
            "1 more right choice to find",
        )
    ],
    "feedback": [("hex.what-a-txid-looks-like", "safe-to-share", True, _first_wrong, None)],
    "text": [("hex.counting-in-sixteen", "sixteen-in-hex", True, _hint_twice, None)],
    "number": [("hex.counting-in-sixteen", "sixteen-in-hex", True, _hint_twice, "Hint 2 of")],
    "total": [("hex.counting-in-sixteen", "sixteen-in-hex", True, _hint_twice, "Hint 2 of 2")],
    "answer": [("hex.counting-in-sixteen", "sixteen-in-hex", True, _show_me, "The answer: 0x10")],
    "mismatches": [
        (
            WITHDRAW,
            "usdt-on-tron",
            True,
            _withdraw(address="T"),
            "it is not the one on the deposit screen",
        )
    ],
    "picked_network": [
        (WITHDRAW, "usdt-on-tron", True, _withdraw(network="ethereum"), "you picked ERC-20")
    ],
    "deposit_network": [
        (
            WITHDRAW,
            "usdt-on-tron",
            True,
            _withdraw(network="ethereum"),
            "the deposit screen names Tron (TRC20)",
        )
    ],
    "refused": [
        (
            WITHDRAW,
            "usdt-on-tron",
            True,
            _withdraw(network="bsc"),
            "a real exchange would most likely refuse the address",
        )
    ],
    "asset": [(WITHDRAW, "usdt-on-tron", True, _withdraw(amount="5"), "is 10 USDT")],
    "minimum": [
        (
            WITHDRAW,
            "usdt-on-tron",
            True,
            _withdraw(amount="5"),
            "the minimum withdrawal on this network is 10 USDT",
        )
    ],
    "fee": [
        (WITHDRAW, "usdt-on-tron", True, _withdraw(amount="0.5"), "the network fee here is 1 USDT")
    ],
    "memo_kind": [
        (WITHDRAW, "xrp-with-a-tag", True, _withdraw(memo=""), "The destination tag is missing")
    ],
}


@pytest.mark.parametrize(
    "key, lesson_id, step_id, responses, act, words",
    [(key, *example) for key, examples in EXAMPLES.items() for example in examples],
)
def test_the_learner_is_told(qtbot, key, lesson_id, step_id, responses, act, words):
    view = _view(qtbot, lesson_id, step_id, responses=responses)
    said = act(view)
    params = view.session.state.feedback.params if view.session.state.feedback else {}
    hint_params = ("text", "number", "total")
    assert key in params or key in hint_params, (key, params)  # the core did send it
    if key == "feedback":
        words = " ".join(re.sub(r"[*`_]", "", params["feedback"]).split()[:6])
    if key == "text":
        words = " ".join(re.sub(r"[*`_]", "", view.session.step.hints[1]).split()[:4])
    assert words in said, said


def test_show_me_then_check_is_found_on_every_shipped_step_that_asks(qtbot):
    """What show me reveals (``Reveal``) is read by each kind's widget: checking right after
    it finds the answer, in every kind."""
    kinds = set()
    for lesson in PACK.lessons:
        for step in (s for s in lesson.steps if s.is_check):
            view = LessonView()
            qtbot.addWidget(view)
            view.open(Session(lesson, start_at=step.index))
            view.ask_show_me()
            view.check()
            assert view.session.state.solved and view.feedback.state == "ok", (lesson.id, step.id)
            kinds.add(step.kind)
            view.close()
            view.deleteLater()
    assert kinds == {name for name, kind in STEP_KINDS.items() if kind.checker is not None}
