"""Tonight's pack: open a folder or .zip, show only it, reload in place, next person."""

from __future__ import annotations

import os
import zipfile

from PySide6.QtWidgets import QApplication, QMessageBox

from packkit import GOOD_LESSON, write_pack

OWN_PACK = """\
format: 1
name: Your first transaction, safely
languages: [en]
topics:
  - id: first-transaction
    title: Your first transaction
    summary: Sending a small amount, checking the address, and waiting calmly.
"""
OWN_LESSON = (
    GOOD_LESSON.replace("topic: hexadecimal", "topic: first-transaction")
    .replace("test.counting", "sending.counting")
    .replace("Counting with sixteen digits", "Before you press Send")
)


def own_pack(tmp_path):
    return write_pack(tmp_path / "mypack", {"en/first/01.yaml": OWN_LESSON}, OWN_PACK)


def lesson_titles(window):
    return [x.title for x in window.all_lessons()]


def test_only_shows_tonights_pack_with_its_own_topics_and_keeps_the_calm_guide(
    make_window, tmp_path
):
    window = make_window("--pack", str(own_pack(tmp_path)), "--only")
    assert list(window.home.topic_buttons) == ["first-transaction"]
    assert "Before you press Send" in lesson_titles(window)
    assert "A calm check of your backup" not in lesson_titles(window)
    assert window.mistake_action.isEnabled()  # F1 still opens the guide
    assert window.meetup.only_action.isChecked()
    window.meetup.only_action.trigger()  # the menu choice turns it off
    assert "hexadecimal" in window.home.topic_buttons
    assert "A calm check of your backup" in lesson_titles(window)
    window.meetup.only_action.trigger()
    assert list(window.home.topic_buttons) == ["first-transaction"]


def test_opening_the_same_pack_again_replaces_it_instead_of_adding_a_copy(make_window, tmp_path):
    root = own_pack(tmp_path)
    window = make_window("--pack", str(root))
    assert len(window.packs) == 2
    window.add_pack(root)
    window.add_pack(root / "pack.yaml")  # what the file dialog returns
    assert len(window.packs) == 2
    assert lesson_titles(window).count("Before you press Send") == 1


def test_a_zip_opens_from_the_app(make_window, tmp_path):
    root = own_pack(tmp_path)
    archive = tmp_path / "tonight.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in root.rglob("*"):
            if path.is_file():
                zipped.write(path, path.relative_to(root))
    window = make_window()
    assert window.add_pack(archive) is not None
    assert "Before you press Send" in lesson_titles(window)


def touch_later(path, text):
    """Write, and move the modification time on, as an editor saving a second later would."""
    info = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))


def test_reload_in_place_shows_an_edit_and_keeps_the_open_lesson(make_window, tmp_path):
    root = own_pack(tmp_path)
    window = make_window("--pack", str(root))
    window.open_lesson(window.find_lesson("sending.counting"), 1)
    touch_later(
        root / "en/first/01.yaml", OWN_LESSON.replace("Which of these is hex?", "Which one is hex?")
    )
    window.meetup.reload_action.trigger()  # File → Reload packs (Ctrl+R)
    assert len(window.packs) == 2
    session = window.lesson_view.session
    assert session.lesson.steps[1].prompt == "Which one is hex?"
    assert session.index == 1 and window.stack.currentWidget() is window.lesson_view


def test_edits_on_disk_show_up_when_the_window_is_active_again(make_window, tmp_path, qtbot):
    root = own_pack(tmp_path)
    window = make_window("--pack", str(root))
    touch_later(
        root / "en/first/01.yaml", OWN_LESSON.replace("Before you press Send", "Before you send")
    )
    QApplication.instance().focusWindowChanged.emit(window.windowHandle())  # back from the editor
    assert "Before you send" in lesson_titles(window)
    assert len(window.packs) == 2


def test_a_lesson_that_broke_says_why_after_a_reload(make_window, tmp_path):
    root = own_pack(tmp_path)
    window = make_window("--pack", str(root))
    touch_later(root / "en/first/01.yaml", OWN_LESSON.replace("kind: read", "kind: rd"))
    window.meetup.reload()
    assert "sending.counting" not in [x.id for x in window.all_lessons()]
    broken = window.packs[1].broken
    assert broken and "unknown step kind" in str(broken[0].problems[0])


def test_next_person_clears_progress_in_place_after_asking(make_window, monkeypatch):
    window = make_window("--guest")
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 2)
    assert lesson.id in window.store.lessons()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.meetup.next_person()
    assert lesson.id in window.store.lessons()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.meetup.next_person()
    assert window.store.lessons() == {}
    assert window.stack.currentWidget() is window.home
    assert not window.home.resume_button.isVisible()
    assert window.guest
