"""Screen readers find the headings (the lesson title, the home screen's and the library's
headings report the Heading role and read what they show), and explorer lines read as one pick among several."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication


def reader(widget):
    return QAccessible.queryAccessibleInterface(widget)


def test_titles_are_headings_named_by_what_they_show(make_window):
    window = make_window()
    assert reader(window.home.topics_label).role() == QAccessible.Role.Heading
    assert "Where would you like to start" in reader(window.home.topics_label).text(
        QAccessible.Text.Name
    )

    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 0)
    QApplication.processEvents()
    title = reader(window.lesson_view.title)
    assert title.role() == QAccessible.Role.Heading
    assert lesson.title in title.text(QAccessible.Text.Name)
    assert reader(window.lesson_view.position).role() == QAccessible.Role.StaticText
    # The heading is a child of its window in the tree, where a reader's heading list looks.
    parent = title.parent()
    assert any(
        parent.child(i).role() == QAccessible.Role.Heading for i in range(parent.childCount())
    )

    window.show_library()
    QApplication.processEvents()
    heading = reader(window.library.heading)
    assert heading.role() == QAccessible.Role.Heading
    assert heading.text(QAccessible.Text.Name) == "All lessons"


def test_explorer_lines_read_as_one_pick_among_several(make_window):
    window = make_window()
    # Opens each explorer step in turn and stops at the first that shows page lines.
    assert any(
        window.open_lesson(lesson, step.index) is None and window.lesson_view.step_widget.lines
        for lesson in window.packs[0].lessons
        for step in lesson.steps
        if step.kind == "explorer"
    )
    lines = list(window.lesson_view.step_widget.lines.values())
    first = reader(lines[0])
    assert first.role() == QAccessible.Role.RadioButton  # not "check box"
    assert first.text(QAccessible.Text.Name) == lines[0].accessibleName()
    assert not first.state().checked
    first.actionInterface().doAction(first.actionInterface().actionNames()[0])
    assert lines[0].isChecked() and reader(lines[0]).state().checked
    assert not reader(lines[1]).state().checked
