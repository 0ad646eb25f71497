"""What stays on disk: progress that survives a restart, calm recovery, and guest mode."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_progress_survives_a_restart_and_resume_is_offered(make_window, qtbot):
    first = make_window()
    lesson = first.packs[0].lessons[0]
    first.open_lesson(lesson)
    first.lesson_view.go_next()
    first.lesson_view.go_next()
    first.close()
    first.store.close()

    second = make_window()
    assert second.home.resume_button.isVisible()
    offer = second.home.resume_button.accessibleName()
    assert offer.startswith("Pick up where you left off")
    assert f"step 3 of {len(lesson.steps)}" in offer and lesson.title in offer
    qtbot.mouseClick(second.home.resume_button, Qt.MouseButton.LeftButton)
    assert second.stack.currentWidget() is second.lesson_view
    assert second.lesson_view.session.lesson.id == lesson.id
    assert second.lesson_view.session.index == 2


def test_damaged_progress_is_set_aside_and_the_learner_told_calmly(
    make_window, holdspace_home, notices
):
    damaged = holdspace_home / "progress.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    window = make_window()
    assert notices and notices[0][0] == "A fresh start for your progress"
    kept = [p for p in holdspace_home.iterdir() if p.name.startswith("progress.damaged")]
    assert len(kept) == 1 and kept[0].read_bytes() == b"this is not a database" * 100
    assert str(kept[0]) in notices[0][1]
    window.open_lesson(window.packs[0].lessons[0])  # and the fresh store works
    assert window.store.lesson(window.packs[0].lessons[0].id) is not None


def test_guest_mode_writes_nothing(make_window, holdspace_home, qtbot):
    window = make_window("--guest")
    assert "guest" in window.windowTitle().lower()
    # Qt adds " — Holdspace" (the display name) once: the title never says it twice (K5).
    assert "holdspace" not in window.windowTitle().lower()
    window.open_lesson(window.packs[0].lessons[0])
    window.lesson_view.go_next()
    window.scale_text(window.text_size.larger)
    window.close()
    assert list(holdspace_home.iterdir()) == []


def test_text_size_persists(make_window, qtbot, qapp):
    first = make_window()
    before = qapp.font().pointSizeF()
    first.scale_text(first.text_size.larger)
    first.scale_text(first.text_size.larger)
    assert qapp.font().pointSizeF() > before
    first.close()
    second = make_window()
    assert second.text_size.scale == 1.2


def test_window_geometry_is_remembered(make_window):
    first = make_window()
    first.resize(700, 500)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (700, 500)
