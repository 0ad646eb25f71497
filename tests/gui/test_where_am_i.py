"""Where am I: step marks, what comes next, the end page's moment, the library's marks."""

from __future__ import annotations

from holdspace.gui.feedback_panel import plain_text


def test_step_marks_follow_the_learner_through_a_lesson(make_window):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 0)
    header = window.lesson_view.header
    assert header.marks.isVisibleTo(window) and header.marks.total == len(lesson.steps)
    assert header.marks.current == 0 and header.marks.visited == {0}
    window.lesson_view.go_next()
    window.lesson_view.go_next()
    assert header.marks.current == 2 and header.marks.visited == {0, 1, 2}
    assert header.marks.accessibleName() == f"Step 3 of {len(lesson.steps)}"
    window.lesson_view.go_back()  # going back keeps what was seen: no step is "undone"
    assert header.marks.current == 1 and 2 in header.marks.visited
    following = lesson.steps[2]
    expected = "something to try" if following.is_check else "something to read"
    assert expected in header.coming.text()


def test_the_last_step_says_so(make_window):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, len(lesson.steps) - 1)
    assert window.lesson_view.header.coming.text() == "This is the last step."


def test_the_end_page_shows_what_you_can_do_and_one_next_lesson_without_points(make_window):
    window = make_window()
    lessons = window.all_lessons()
    lesson = next(x for x in lessons if x.objectives)
    following = lessons[lessons.index(lesson) + 1]
    window.open_lesson(lesson, len(lesson.steps) - 1)
    view = window.lesson_view
    view.go_next()
    said = plain_text(view.done_text.text())
    assert "What you can do now" in said
    for objective in lesson.objectives:
        assert " ".join(objective.split()) in said
    assert following.title in said
    assert "score" not in said.lower() and "%" not in said
    assert (
        view.done_page.picture.pixmap() is not None and not view.done_page.picture.pixmap().isNull()
    )
    assert not view.header.marks.isVisible()


def test_objectives_are_shown_as_text_not_markup(make_window):
    window = make_window()
    view = window.lesson_view
    view.done_page.show_lesson("A title", ("<b>bold</b> & more",), None)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in view.done_text.text()


def test_the_library_marks_have_a_shape_beside_their_words(make_window):
    window = make_window()
    window.show_library()
    library = window.library
    topic = library.tree.topLevelItem(0)
    item = next(
        topic.child(i)
        for i in range(topic.childCount())
        if topic.child(i).text(1).startswith("new")
    )
    assert not item.icon(1).isNull()
    assert library._mark_shape(None) == "new"
