"""The PRACTICE phrase drill as a learner uses it, with the keyboard and with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from holdspace.core import feedback as fb
from holdspace.core.seed import phrase_words
from holdspace.gui import tripwire
from holdspace.gui.steps.seed_practice import MASK, SeedPracticeWidget

LESSON_ID = "self-custody.practise-with-a-pretend-phrase"
OTHER_PHRASE = "abandon " * 11 + "about"  # the famous test vector, not ours


@pytest.fixture
def cards(monkeypatch):
    shown = []
    monkeypatch.setattr(tripwire, "show_card", lambda parent, *_: shown.append(parent))
    return shown


@pytest.fixture
def drill(make_window):
    """The window, opened at the drill step of the shipped lesson."""
    window = make_window()
    lesson = window.find_lesson(LESSON_ID)
    step = next(s for s in lesson.steps if s.kind == "seed_practice")
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    assert isinstance(view.step_widget, SeedPracticeWidget)
    return view


def shown_words(widget: SeedPracticeWidget) -> list[str]:
    """What a sighted learner reads in the phrase panel right now."""
    return [label.text().split(". ", 1)[1] for label in widget.word_labels]


def turn(qtbot, view, key) -> None:
    """Page Down (or Up) until the step turns: it reads the rest of a long step first."""
    index = view.session.index
    for _ in range(10):
        press(qtbot, key)
        if view.session.index != index:
            return
    raise AssertionError("the step never turned")


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_marked_practice_and_hidden_until_held(drill):
    widget = drill.step_widget
    words = widget.practice_phrase_words()
    assert len(words) == 12 and all(phrase_words(w) == [w] for w in words)
    assert widget.banner.isVisible() and "PRACTICE" in widget.banner.text()
    assert "PRACTICE" in widget.phrase_caption.text()
    assert shown_words(widget) == [MASK] * 12
    assert all(label.accessibleName().endswith("hidden") for label in widget.word_labels)
    for control in (
        widget,
        widget.hold_button,
        widget.wrote_box,
        widget.edit,
        widget.phrase_box,
        *widget.word_labels,
    ):
        assert "PRACTICE" in control.accessibleName(), control
    assert "hidden" in widget.word_labels[0].accessibleName()


def test_holding_the_mouse_shows_it_and_letting_go_hides_it(drill, qtbot):
    widget = drill.step_widget
    words = widget.practice_phrase_words()
    qtbot.mousePress(widget.hold_button, Qt.MouseButton.LeftButton)
    assert widget.showing and shown_words(widget) == words
    assert widget.word_labels[6].accessibleName() == f"PRACTICE word 7: {words[6]}"
    assert "Let go" in widget.hold_button.text()
    qtbot.mouseRelease(widget.hold_button, Qt.MouseButton.LeftButton)
    assert not widget.showing and shown_words(widget) == [MASK] * 12


def test_holding_space_on_the_focused_button_shows_it(drill, qtbot):
    widget = drill.step_widget
    assert QApplication.focusWidget() is widget.hold_button  # the step starts on the button
    words = widget.practice_phrase_words()
    qtbot.keyPress(widget.hold_button, Qt.Key.Key_Space)
    assert shown_words(widget) == words
    # Holding a key sends repeats; they must not flicker it off.
    for kind in (QEvent.Type.KeyRelease, QEvent.Type.KeyPress):
        QApplication.sendEvent(
            widget.hold_button,
            QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True),
        )
    assert shown_words(widget) == words
    qtbot.keyRelease(widget.hold_button, Qt.Key.Key_Space)
    assert shown_words(widget) == [MASK] * 12


def test_nothing_can_be_selected_or_copied(drill, qtbot):
    widget = drill.step_widget
    for label in widget.findChildren(QLabel):
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    qtbot.mouseClick(widget.wrote_box, Qt.MouseButton.LeftButton)
    widget.edit.setText("kitten")
    widget.edit.selectAll()
    for key in (Qt.Key.Key_C, Qt.Key.Key_X):
        qtbot.keyClick(widget.edit, key, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before" and widget.edit.text() == "kitten"
    assert widget.edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_the_whole_drill_by_keyboard(drill, qtbot):
    widget = drill.step_widget
    word = widget.practice_phrase_words()[widget.position - 1]
    assert f"word {widget.position}?" in widget.question.text()
    assert not widget.edit.isEnabled()  # first, write it down
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.keep_button
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.wrote_box
    press(qtbot, Qt.Key.Key_Space)
    assert widget.wrote_box.isChecked() and widget.edit.isEnabled()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.edit
    qtbot.keyClicks(widget.edit, "qqqq")
    press(qtbot, Qt.Key.Key_Return)
    text = drill.feedback.text()
    assert drill.session.state.feedback.code == fb.NOT_YET and "Not yet" in text
    assert "wrong" not in text.lower()
    widget.edit.clear()
    qtbot.keyClicks(widget.edit, f"  {widget.position}. {word.upper()} ")
    press(qtbot, Qt.Key.Key_Return)
    assert drill.session.state.solved and drill.feedback.state == "ok"


def test_the_whole_drill_by_mouse(drill, qtbot):
    widget = drill.step_widget
    word = widget.practice_phrase_words()[widget.position - 1]
    qtbot.mouseClick(drill.check_button, Qt.MouseButton.LeftButton)
    assert drill.session.state.feedback.code == fb.EMPTY  # "take your time", not a miss
    qtbot.mouseClick(widget.wrote_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget.edit, word[:4])  # four letters are enough
    qtbot.mouseClick(drill.check_button, Qt.MouseButton.LeftButton)
    assert drill.session.state.solved


def test_a_word_from_another_place_gets_the_authors_explanation(drill, qtbot):
    widget = drill.step_widget
    words = widget.practice_phrase_words()
    other = next(
        w
        for i, w in enumerate(words, 1)
        if i != widget.position and w != words[widget.position - 1]
    )
    widget.wrote_box.setChecked(True)
    widget.edit.setText(other)
    drill.check()
    assert "another place" in drill.feedback.text()


def test_show_me_reveals_the_word_in_the_widget_not_in_the_feedback(drill, qtbot):
    widget = drill.step_widget
    word = widget.practice_phrase_words()[widget.position - 1]
    qtbot.mouseClick(drill.show_button, Qt.MouseButton.LeftButton)
    assert widget.revealed.isVisible() and "PRACTICE" in widget.revealed.text()
    assert f"“{word}”" in widget.revealed.text() and widget.edit.text() == word
    assert "The answer" not in drill.feedback.text() and f"“{word}”" not in drill.feedback.text()
    assert "answer" not in drill.session.state.feedback.params
    qtbot.mouseClick(drill.check_button, Qt.MouseButton.LeftButton)
    assert drill.session.state.solved


def test_leaving_the_step_drops_the_phrase_everywhere(drill, qtbot):
    widget = drill.step_widget
    index = drill.session.index
    old = widget.practice_phrase_words()
    widget.wrote_box.setChecked(True)
    widget.edit.setText(old[widget.position - 1])
    drill.check()
    payload = drill.session.state.answer
    assert payload["expected"] == old[widget.position - 1]
    turn(qtbot, drill, Qt.Key.Key_PageDown)
    assert drill.session.index == index + 1
    assert widget.practice_phrase_words() is None and payload == {}  # the session's copy too
    assert drill.step_widget.__class__ is not SeedPracticeWidget
    turn(qtbot, drill, Qt.Key.Key_PageUp)
    again = drill.step_widget
    assert isinstance(again, SeedPracticeWidget) and again is not widget
    assert again.practice_phrase_words() != old  # a brand-new phrase
    assert shown_words(again) == [MASK] * 12 and not again.wrote_box.isChecked()
    assert again.edit.text() == ""
    assert not drill.feedback.isVisible()  # last visit's "✓" belonged to the old phrase


def test_the_tripwire_spares_our_phrase_and_the_session_never_gets_it(drill, cards, qtbot):
    widget = drill.step_widget
    widget.wrote_box.setChecked(True)
    ours = " ".join(widget.practice_phrase_words())
    widget.edit.setText(ours)
    assert widget.edit.text() == ours and cards == []  # the app's own practice phrase
    drill.check()
    assert drill.session.state.feedback.code == fb.NOT_YET
    assert drill.session.state.answer["typed"] == ""  # too long to be one word: not passed on
    QGuiApplication.clipboard().setText(OTHER_PHRASE)
    widget.edit.clear()
    widget.edit.paste()
    assert widget.edit.text() == "" and len(cards) == 1


def test_a_24_word_drill_on_its_own(qtbot):
    from holdspace.core.lessons.model import Step
    from holdspace.core.practice.seed_practice import SeedPracticeSpec

    step = Step(
        kind="seed_practice", index=0, id="drill", spec=SeedPracticeSpec(24, 24), is_check=True
    )
    widget = SeedPracticeWidget(step)
    qtbot.addWidget(widget)
    widget.show()
    assert len(widget.word_labels) == 24 and widget.position == 24
    assert widget.edit.accessibleName() == "Word 24 of the PRACTICE phrase"
    widget.hold_button.setFocus()
    qtbot.keyPress(widget.hold_button, Qt.Key.Key_Space)
    assert shown_words(widget) == widget.practice_phrase_words()
    qtbot.keyRelease(widget.hold_button, Qt.Key.Key_Space)
    widget.reveal({})
    assert widget.value()["typed"] == widget.practice_phrase_words()[23]
    widget.hide()  # the app hides it: all gone
    assert widget.practice_phrase_words() is None and widget.edit.text() == ""
    assert isinstance(widget.edit, QLineEdit)  # so the tripwire watches it


def test_keep_it_shown_is_a_way_to_look_without_holding(drill, qtbot):
    widget = drill.step_widget
    words = widget.practice_phrase_words()
    widget.keep_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # press and let go: no holding
    assert widget.keep_button.isChecked() and widget.showing
    assert shown_words(widget) == words
    qtbot.mouseClick(widget.hold_button, Qt.MouseButton.LeftButton)
    assert shown_words(widget) == words  # letting go of "hold" keeps them
    widget.keep_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert not widget.showing and shown_words(widget) == [MASK] * 12
    widget.keep_button.setChecked(True)
    turn(qtbot, drill, Qt.Key.Key_PageDown)  # leaving hides and forgets
    turn(qtbot, drill, Qt.Key.Key_PageUp)
    again = drill.step_widget
    assert not again.keep_button.isChecked() and shown_words(again) == [MASK] * 12


def test_keep_it_shown_never_says_let_go(drill, qtbot):
    widget = drill.step_widget
    widget.keep_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert widget.showing and "let go" not in widget.hold_button.text().lower()
    press(qtbot, Qt.Key.Key_Space)
    assert not widget.showing
