"""Fresh feedback opens at its first line, the verdict, even when it is taller than the
page's window (200 % text on a 1024×600 screen): seen on the walk, where "Yes, that's
it" was scrolled away above a long explanation because Qt centres a tall widget."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

LESSON = "self-custody.keeping-your-exchange-account-safe"


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def verdict_in_view(view) -> bool:
    viewport = view.scroll.viewport()
    top = view.feedback.mapTo(viewport, view.feedback.rect().topLeft()).y()
    return 0 <= top <= viewport.height() // 4


def test_tall_feedback_shows_its_verdict(make_window, qtbot):
    window = make_window()
    window.resize(1024, 552)
    window.text_size.set(2.0)
    lesson = window.packs[0].lesson(LESSON)
    step = next(s for s in lesson.steps if s.id == "no-service")
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    settle()  # the learner reads the step first: the new text size has been laid out
    view.ask_show_me()
    view.check()
    # the case in question: once laid out, the feedback is taller than the page's window
    qtbot.waitUntil(lambda: view.feedback.height() > view.scroll.viewport().height())
    qtbot.waitUntil(lambda: verdict_in_view(view))
    settle()  # and nothing scrolls it away afterwards
    assert verdict_in_view(view)


def test_short_feedback_is_still_scrolled_into_view_whole(make_window, qtbot):
    window = make_window()
    window.resize(1024, 552)
    lesson = window.packs[0].lesson(LESSON)
    step = next(s for s in lesson.steps if s.id == "which-second-step")
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    view.ask_show_me()
    view.check()
    viewport = view.scroll.viewport()

    def whole() -> bool:
        top = view.feedback.mapTo(viewport, view.feedback.rect().topLeft()).y()
        return (
            view.feedback.isVisible()
            and top >= 0
            and top + view.feedback.height() <= viewport.height()
        )

    assert view.feedback.height() < viewport.height()
    qtbot.waitUntil(whole)
