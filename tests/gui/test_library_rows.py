"""Library rows are as tall as their text and no taller (K9): a title on one line takes
the same height as every other one-line row, long titles included."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def rows(tree):
    for top in range(tree.topLevelItemCount()):
        topic = tree.topLevelItem(top)
        topic.setExpanded(True)
        for child in range(topic.childCount()):
            yield topic.child(child)


def test_one_line_titles_make_rows_of_one_height(make_window):
    window = make_window()
    window.resize(1024, 600)
    window.show_library()
    QApplication.processEvents()
    tree = window.library.tree
    items = list(rows(tree))
    QApplication.processEvents()
    width = tree.header().sectionSize(0) - 2 * tree.indentation() - 12
    metrics = tree.fontMetrics()
    one_line = [
        tree.visualItemRect(item).height()
        for item in items
        if metrics.horizontalAdvance(item.text(0)) < width
    ]
    assert len(one_line) > 20
    assert len(set(one_line)) == 1, sorted(set(one_line))
    # The column header reads as words, not cut short.
    header = tree.headerItem()
    assert header.text(0) == "Lesson" and header.text(1) == "Where you are"
    assert tree.header().sectionSize(1) >= metrics.horizontalAdvance("Where you are")


def test_every_row_shows_its_mark_and_rows_alike_share_one_drawing(make_window):
    window = make_window()
    window.open_lesson(window.packs[0].lessons[0])  # one lesson in progress, the rest new
    window.go_home()
    window.show_library()
    QApplication.processEvents()
    items = list(rows(window.library.tree))
    assert len(items) >= 40 and all(not item.icon(1).isNull() for item in items)
    by_mark: dict[str, set[int]] = {}
    for item in items:
        by_mark.setdefault(item.text(1).split(",")[0], set()).add(item.icon(1).cacheKey())
    assert {"new", "in progress"} <= set(by_mark)
    # Forty rows, two shapes: each shape is drawn once (from SVG) for the whole list.
    assert all(len(keys) == 1 for keys in by_mark.values()), by_mark
    assert by_mark["new"] != by_mark["in progress"]
