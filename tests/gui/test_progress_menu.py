"""The Progress menu: export belongs to the learner, forget asks first, About promises privacy."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from holdspace.gui.dialogs import about, progress


@pytest.fixture
def dialogs(monkeypatch):
    """The export's question (answered with its default button) and its confirmation."""
    said = []

    def answer(box):
        said.append(box.text())
        box.defaultButton().click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    return said


def test_export_writes_json_the_learner_can_read(make_window, tmp_path, monkeypatch, dialogs):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson)
    target = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ask_export()
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["format"] == "holdspace-progress"
    assert lesson.id in json.dumps(exported["lessons"])
    assert "not marks or a score" in exported["about"]  # the file explains itself first
    assert "keep it somewhere private" in dialogs[0]  # asked, saying what it holds
    assert str(target) in dialogs[1]  # and told where it went


def test_export_can_be_called_off_before_anything_is_written(make_window, tmp_path, monkeypatch):
    window = make_window()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: None)  # closed with Esc
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or ("", ""))
    window.ask_export()
    assert asked == []


def test_forget_asks_first_and_keeps_progress_when_declined(make_window, monkeypatch):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson)
    window.lesson_view.go_next()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.ask_forget()
    assert window.store.lesson(lesson.id) is not None
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    window.ask_forget()
    assert "can't be undone" in asked[0]
    assert window.store.lesson(lesson.id) is None
    assert not window.home.resume_button.isVisible()


def test_about_says_where_progress_lives_and_that_nothing_goes_online(
    make_window, monkeypatch, holdspace_home
):
    window = make_window()
    shown = []
    monkeypatch.setattr(
        about.AboutDialog, "exec", lambda dialog: shown.append(dialog.tabs.widget(0).text())
    )
    window.about()
    assert "never goes online" in shown[0] and str(holdspace_home) in shown[0]


def test_export_failure_is_told_kindly(make_window, tmp_path, monkeypatch, dialogs):
    window = make_window()
    told = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path), "")
    )  # a folder, not a file
    monkeypatch.setattr(
        progress, "show_error", lambda parent, exc, **words: told.append(words["title"])
    )
    window.ask_export()
    assert told == ["Export didn't finish"]
