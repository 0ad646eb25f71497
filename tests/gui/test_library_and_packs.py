"""Extra packs, broken lessons, and every control named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from holdspace.gui.library import ENTRY_ROLE
from packkit import GOOD_LESSON, lesson_rows, write_pack


def test_broken_lessons_show_with_reasons_and_others_still_open(make_window, tmp_path):
    root = write_pack(
        tmp_path / "class-pack",
        {
            "en/a.yaml": GOOD_LESSON,
            "en/b.yaml": GOOD_LESSON.replace("test.counting", "test.broken").replace(
                "kind: read", "kind: rd"
            ),
            "en/c.yaml": b"\x00\x01 binary junk".decode("latin-1"),
        },
    )
    window = make_window("--pack", str(root))
    assert len(window.packs) == 2
    window.show_library()
    tree = window.library.tree
    rows = lesson_rows(tree)
    broken = [item for item in rows if item.text(1) == "⚠ can't open yet"]
    assert len(broken) == 2  # the lesson with a typo'd kind, and the binary file
    tree.setCurrentItem(broken[0])
    details = window.library.details.toPlainText()
    assert "can't open yet" in details and ".yaml:" in details and "steps[1].kind" in details
    assert not window.library.open_button.isEnabled()
    good = next(
        item
        for item in rows
        if item.text(1) == "new" and item.data(0, ENTRY_ROLE).lesson.pack_root == root.resolve()
    )
    tree.setCurrentItem(good)
    window.library.open_button.click()
    assert window.lesson_view.session.lesson.id == "test.counting"
    assert window.stack.currentWidget() is window.lesson_view


def test_every_control_has_an_accessible_name(make_window):
    window = make_window()
    window.open_lesson(window.packs[0].lessons[0])
    for view in (window.home, window.library, window.lesson_view):
        controls = [
            w
            for w in view.findChildren(QWidget)
            if isinstance(w, (QAbstractButton, QLineEdit, QTextBrowser, QTreeWidget))
        ]
        assert controls
        for widget in controls:
            if widget.isVisibleTo(window) and not widget.objectName().startswith("qt_"):
                assert widget.accessibleName() or (
                    isinstance(widget, QAbstractButton) and widget.text()
                ), widget


def test_a_pack_that_cannot_open_is_told_and_the_app_still_starts(make_window, tmp_path, notices):
    (tmp_path / "not-a-pack").mkdir()
    window = make_window("--pack", str(tmp_path / "not-a-pack"))
    assert len(window.packs) == 1
    assert notices and "can't open yet" in notices[0][0]
    assert "pack.yaml" in notices[0][2]


def test_the_library_preview_lists_what_the_learner_can_do_after_a_lesson(make_window):
    window = make_window()
    window.show_library()
    lesson = window.packs[0].lessons[0]
    row = next(
        item
        for item in lesson_rows(window.library.tree)
        if item.data(0, ENTRY_ROLE).lesson is lesson
    )
    window.library.tree.setCurrentItem(row)
    shown = window.library.details.toPlainText()
    assert "After this lesson you can:" in shown
    for objective in lesson.objectives:
        assert objective in shown


def test_objectives_from_a_pack_are_plain_text_never_markup(make_window, tmp_path):
    hostile = GOOD_LESSON.replace(
        "minutes: 5\n",
        "minutes: 5\nobjectives:\n"
        "  - \"<a href='https://example.org'>claim a prize</a> and <img src='/etc/x.png'>\"\n",
    )
    root = write_pack(tmp_path / "class-pack", {"en/a.yaml": hostile})
    window = make_window("--pack", str(root))
    window.show_library()
    row = next(
        item
        for item in lesson_rows(window.library.tree)
        if item.data(0, ENTRY_ROLE).lesson
        and item.data(0, ENTRY_ROLE).lesson.pack_root == root.resolve()
    )
    window.library.tree.setCurrentItem(row)
    details = window.library.details
    assert "<a href='https://example.org'>claim a prize</a>" in details.toPlainText()
    html = details.toHtml()
    assert "<a href" not in html and "<img" not in html


def test_a_topic_row_says_what_the_topic_is_and_enter_folds_it(make_window, qtbot):
    window = make_window()
    window.show_library()
    library = window.library
    topic = library.tree.topLevelItem(0)
    library.tree.setCurrentItem(topic)
    words = library.details.toPlainText()
    assert "Hexadecimal" in words and "transaction IDs" in words  # its card's summary
    assert not library.open_button.isEnabled()  # a topic is not a lesson to open
    assert topic.isExpanded()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not topic.isExpanded()  # Enter folds it away, and unfolds it again
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert topic.isExpanded()
