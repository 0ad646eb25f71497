"""Presenter mode (F5) and the facilitator notes window, with the real window offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
)

from holdspace.core import paths
from holdspace.gui.notes_window import NotesWindow

LESSON = "hex.counting-in-sixteen"


def indicator_width(radio: QRadioButton) -> int:
    option = QStyleOptionButton()
    radio.initStyleOption(option)
    return (
        radio.style()
        .subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
        .width()
    )


def start(make_window, qtbot, step=1):
    window = make_window()
    window.open_lesson(window.find_lesson(LESSON), step)
    return window


def test_f5_goes_full_screen_with_everything_larger_and_back(make_window, qtbot):
    window = start(make_window, qtbot)
    view = window.lesson_view
    radio = view.step_widget.findChildren(QRadioButton)[0]
    before = (
        QApplication.font().pointSizeF(),
        indicator_width(radio),
        view.next_button.sizeHint().height(),
    )
    qtbot.keyClick(radio, Qt.Key.Key_F5)
    assert window.isFullScreen() and window.presenter.active
    assert not window.menuBar().isVisible()
    qtbot.waitUntil(lambda: view.body.font().pointSizeF() >= 2 * before[0])
    radio = view.step_widget.findChildren(QRadioButton)[0]
    assert radio.font().pointSizeF() >= 2 * before[0]
    assert indicator_width(radio) >= 2 * before[1]  # the mark grew too
    assert view.next_button.sizeHint().height() >= 1.8 * before[2]
    qtbot.keyClick(radio, Qt.Key.Key_F5)
    assert not window.isFullScreen() and not window.presenter.active
    assert window.menuBar().isVisible()
    assert QApplication.font().pointSizeF() == before[0]
    assert float(window.settings.value("view/text_scale", 1.0)) == 1.0  # tonight only


def test_clicker_keys_work_wherever_the_focus_is(make_window, qtbot):
    window = start(make_window, qtbot)
    window.presenter.action.trigger()
    session = window.lesson_view.session
    toolbar_button = next(b for b in window.findChildren(QToolButton) if b.isVisible())
    toolbar_button.setFocus()
    for key, expected in (
        (Qt.Key.Key_PageDown, 2),
        (Qt.Key.Key_PageDown, 3),
        (Qt.Key.Key_PageUp, 2),
    ):
        qtbot.keyClick(toolbar_button, key)
        assert session.index == expected
    window.presenter.action.trigger()


def test_b_blanks_the_screen_and_any_key_brings_it_back_but_b_still_types(make_window, qtbot):
    window = start(make_window, qtbot)
    window.presenter.action.trigger()
    presenter, view = window.presenter, window.lesson_view
    view.next_button.setFocus()
    qtbot.keyClick(view.next_button, Qt.Key.Key_B)
    assert presenter.blank.isVisible()
    assert presenter.blank.geometry() == window.rect()
    index = view.session.index
    qtbot.keyClick(view.next_button, Qt.Key.Key_PageDown)  # any key: back, nothing else
    assert not presenter.blank.isVisible() and view.session.index == index
    window.open_lesson(window.find_lesson(LESSON), 2)  # an answer step: a text box
    box = view.step_widget.findChildren(QLineEdit)[0]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_B)
    assert box.text() == "b" and not presenter.blank.isVisible()
    window.presenter.action.trigger()


def test_notes_open_in_their_own_window_follow_the_step_and_are_not_remembered(make_window, qtbot):
    window = start(make_window, qtbot, step=0)
    lesson = window.lesson_view.session.lesson
    window.presenter.action.trigger()
    window.presenter.notes_action.trigger()  # View → Facilitator notes
    notes = window.presenter.notes
    assert isinstance(notes, NotesWindow) and notes.isWindow() and notes.isVisible()
    assert not window.lesson_view.notes.isVisible()  # never on the projected window
    text = notes.text.toPlainText()
    assert lesson.title in text and f"about {lesson.minutes} minutes" in text
    assert lesson.objectives[0][:25] in text
    qtbot.keyClick(window.lesson_view.next_button, Qt.Key.Key_PageDown)
    step = lesson.steps[1]
    assert "Step 2 of" in notes.text.toPlainText()
    assert " ".join(step.notes.split())[:30] in " ".join(notes.text.toPlainText().split())
    window.presenter.action.trigger()
    window.close()
    settings = (
        paths.settings_path().read_text(encoding="utf-8") if paths.settings_path().exists() else ""
    )
    assert "notes" not in settings
    second = make_window()
    assert not second.presenter.notes_action.isChecked() and second.presenter.notes is None


def test_next_person_closes_the_notes(make_window, qtbot):
    window = start(make_window, qtbot)
    window.presenter.notes_action.trigger()
    assert window.presenter.notes.isVisible()
    window.meetup.next_person(confirm=False)
    assert not window.presenter.notes.isVisible()
    assert not window.presenter.notes_action.isChecked()
