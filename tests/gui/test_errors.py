"""One error path: every user action that fails says so calmly, with the details folded away."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from holdspace.core import explorer_pages, paths, progress
from holdspace.core.errors import MarkupError, PackError, StoreError
from holdspace.core.lessons import open_pack
from holdspace.core.lessons.problems import Problem
from holdspace.core.session import Session
from holdspace.gui.errors import show_error


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the app would show, as (title, text, folded details)."""
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: seen.append((box.windowTitle(), box.text(), box.detailedText())),
    )
    return seen


def test_each_kind_of_error_has_its_own_calm_words_and_keeps_the_details(qtbot, boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    problem = Problem("demo/pack.yaml", 3, 8, "name", "expected text", "put it in quotes")
    show_error(parent, PackError("demo: this pack can't be opened", [problem]))
    show_error(parent, StoreError("Your progress could not be saved just now."))
    show_error(parent, MarkupError("too deeply nested"))
    titles = [title for title, _, _ in boxes]
    assert titles == [
        "This pack can't open yet",
        "Your progress couldn't be saved just now",
        "That didn't work this time",
    ]
    pack_text, pack_details = boxes[0][1], boxes[0][2]
    assert (
        "needs mending" in pack_text and "demo/pack.yaml:3:8: name: expected text" in pack_details
    )
    assert "could not be saved just now" not in boxes[1][1]  # the core's prose is only a detail
    assert "could not be saved just now" in boxes[1][2]
    for title, text, _ in boxes:
        for word in ("wrong", "failed", "error", "Error"):
            assert word not in title + text


def test_forget_my_progress_on_a_locked_store_says_so_and_keeps_the_progress(
    make_window, monkeypatch, boxes
):
    monkeypatch.setattr(progress, "BUSY_TIMEOUT_MS", 50)  # another program holds the file
    window = make_window()
    lesson = window.all_lessons()[0]
    window.open_lesson(lesson, 0)
    assert (lesson.pack_key, lesson.id) in window.store.every_lesson()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    other = sqlite3.connect(paths.progress_db_path(), isolation_level=None, timeout=0.05)
    other.execute("BEGIN EXCLUSIVE")
    try:
        window.ask_forget()  # raised StoreError into Qt before; now a calm notice
    finally:
        other.execute("ROLLBACK")
        other.close()
    [(title, text, details)] = boxes
    assert title == "Your progress wasn't forgotten" and "nothing was cleared" in text
    assert details  # what SQLite said, behind "Show Details…"
    assert (lesson.pack_key, lesson.id) in window.store.every_lesson()


def test_a_practice_page_gone_since_the_lesson_opened_is_a_calm_notice(
    qtbot, tmp_path, monkeypatch, boxes
):
    from holdspace.gui.lesson_view import LessonView

    pack = open_pack(paths.builtin_pack_dir())
    lesson = pack.lesson("explorers.practice-explorer")
    view = LessonView()
    qtbot.addWidget(view)
    view.open(Session(lesson, start_at=next(s.index for s in lesson.steps if s.kind == "explorer")))
    monkeypatch.setattr(explorer_pages, "explorer_dir", lambda: tmp_path)  # the page files are gone
    explorer_pages.load_page.cache_clear()
    try:
        view.ask_show_me()
        view.check()
    finally:
        explorer_pages.load_page.cache_clear()
    assert [title for title, _, _ in boxes] == ["That didn't work this time"] * 2
    assert all("explorer page" in details for _, _, details in boxes)


def test_a_pack_that_cannot_open_is_said_through_the_same_path(make_window, tmp_path, boxes):
    window = make_window()
    (tmp_path / "pack.yaml").write_text("format: 1\nname: [not, text]\n", encoding="utf-8")
    assert window.add_pack(tmp_path) is None
    [(title, _text, details)] = boxes
    assert title == "This pack can't open yet" and "pack.yaml" in details
