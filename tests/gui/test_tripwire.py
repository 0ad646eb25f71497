"""The seed-phrase tripwire: pasted into any input of any step kind, a phrase is cleared at once."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from holdspace.gui import tripwire

TEST_PHRASE = "abandon " * 11 + "about"  # checksum-valid BIP-39 test vector
SCRAMBLED = "zoo wrong about abandon ability able above absent absorb abstract absurd abuse"  # 12 list words, bad checksum


@pytest.fixture
def cards(monkeypatch):
    shown = []
    monkeypatch.setattr(tripwire, "show_card", lambda parent, *_: shown.append(parent))
    return shown


def _inputs(view) -> list[QWidget]:
    return [
        w
        for w in view.step_widget.findChildren(QWidget)
        if isinstance(w, (QLineEdit, QPlainTextEdit)) and not w.isReadOnly()
    ]


def _paste(widget: QWidget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    widget.paste()


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def test_every_text_input_of_every_step_kind_clears_a_pasted_phrase(make_window, cards):
    window = make_window()
    seen_kinds = set()
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            window.open_lesson(lesson, step.index)
            view = window.lesson_view
            for widget in _inputs(view):
                for phrase in (TEST_PHRASE, SCRAMBLED.upper()):
                    before = len(cards)
                    _paste(widget, phrase)
                    assert _text(widget) == "", (lesson.id, step.id)
                    assert len(cards) == before + 1
                    widget.undo()
                    assert "abandon" not in _text(widget).lower()  # undo can't bring it back
                seen_kinds.add(step.kind)
    assert {
        "answer",
        "hex_playground",
        "paste_check",
        "explorer",
        "pnl",
        "seed_practice",
        "withdrawal",
    } <= seen_kinds


def test_ordinary_sentences_and_short_word_lists_pass(make_window, cards):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    step = next(s for s in lesson.steps if s.kind == "answer")
    window.open_lesson(lesson, step.index)
    edit = _inputs(window.lesson_view)[0]
    for harmless in (
        "I think the answer is ten, but I am not sure about it",
        "abandon ability able about above absent",
    ):
        edit.setText(harmless)
        assert edit.text() == harmless
    assert cards == []


def test_armed_by_the_first_paint_and_text_from_before_is_cleared(qtbot, qapp, cards, monkeypatch):
    """The app arms the tripwire just after its first paint (no text input exists before);
    a box that already holds a phrase then is cleared as it is armed."""
    from holdspace.cli.main import parse
    from holdspace.gui import app as gui_app

    monkeypatch.setattr(gui_app, "show_problem", lambda *args, **kwargs: None)
    wire = qapp.findChild(tripwire.Tripwire)
    if wire is not None:  # an earlier test armed it: start again, as a new app would
        qapp.removeEventFilter(wire)
        wire.setParent(None)
    window = gui_app.create_window(parse([]))
    qtbot.addWidget(window)
    assert qapp.findChild(tripwire.Tripwire) is None  # not even loaded before the paint
    early = QLineEdit(window)  # made before arming, as a widget a test or plugin could
    early.setText(TEST_PHRASE)
    window.show()
    qtbot.waitUntil(lambda: window.lessons_checked)
    wire = qapp.findChild(tripwire.Tripwire)
    assert wire is not None and wire.armed
    assert early.text() == "" and cards == [window]
    late = QPlainTextEdit()  # and every box made afterwards, in any window
    qtbot.addWidget(late)
    late.show()
    late.setPlainText(SCRAMBLED)
    assert late.toPlainText() == "" and len(cards) == 2
    if window.store is not None:
        window.store.close()
