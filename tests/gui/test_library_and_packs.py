"""Extra packs, broken lessons, and every control named for screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTextBrowser, QTreeWidget

from packkit import GOOD_LESSON, write_pack


def test_broken_lessons_show_with_reasons_and_others_still_open(make_window, tmp_path):
    root = write_pack(tmp_path / "class-pack", {
        "en/a.yaml": GOOD_LESSON,
        "en/b.yaml": GOOD_LESSON.replace("test.counting", "test.broken").replace("kind: read", "kind: rd"),
        "en/c.yaml": b"\x00\x01 binary junk".decode("latin-1"),
    })
    window = make_window("--pack", str(root))
    assert len(window.packs) == 2
    window.show_library()
    tree = window.library.tree
    rows = {}
    for top in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(top)
        for index in range(parent.childCount()):
            rows[parent.child(index).text(0)] = parent.child(index)
    broken = rows["Counting with sixteen digits"] if "test.broken" not in str(rows) else None
    marks = {title: item.text(1) for title, item in rows.items()}
    assert sum(mark == "⚠ can't open yet" for mark in marks.values()) == 2
    broken_item = next(item for item in rows.values() if item.text(1) == "⚠ can't open yet")
    tree.setCurrentItem(broken_item)
    assert "can't open yet" in window.library.details.toPlainText()
    assert ".yaml:" in window.library.details.toPlainText()
    assert not window.library.open_button.isEnabled()
    good = next(item for item in rows.values() if item.text(1) == "new" and
                item.data(0, 256).lesson.id == "test.counting")
    tree.setCurrentItem(good)
    window.library.open_button.click()
    assert window.lesson_view.session.lesson.id == "test.counting"
    assert broken is not None


def test_every_control_has_an_accessible_name(make_window):
    window = make_window()
    window.open_lesson(window.packs[0].lessons[0])
    for view in (window.home, window.library, window.lesson_view):
        for widget in view.findChildren((QAbstractButton, QLineEdit, QTextBrowser, QTreeWidget)):
            if widget.isVisibleTo(window) and not widget.objectName().startswith("qt_"):
                assert widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()), widget


def test_a_pack_that_cannot_open_is_told_and_the_app_still_starts(make_window, tmp_path, notices):
    (tmp_path / "not-a-pack").mkdir()
    window = make_window("--pack", str(tmp_path / "not-a-pack"))
    assert len(window.packs) == 1
    assert notices and "can't open yet" in notices[0][0]
    assert "pack.yaml" in notices[0][2]
