"""Asides in the facilitator notes and above the English text of a step are set apart by the
muted ink, not italics: the italic face here has no Arabic letters and draws boxes."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from holdspace.gui import style
from holdspace.gui.notes_window import NotesWindow


def _format_of(document: QTextDocument, words: str):
    block = document.begin()
    while block.isValid():
        if block.text().strip() == words:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            return cursor.charFormat()
        block = block.next()
    raise AssertionError(f"{words!r} is not on the page: {document.toPlainText()!r}")


def _quiet_not_italic(document: QTextDocument, words: str) -> None:
    shown = _format_of(document, words)
    assert not shown.fontItalic()
    assert shown.foreground().color().name() == style.current_scheme().muted


def test_a_step_without_notes_says_so_quietly_in_arabic(make_window, qtbot):
    window = make_window("--language", "ar")
    lesson = next(x for x in window.all_lessons() if x.language == "ar")
    step = next(s for s in lesson.steps if not s.notes.strip())
    window.open_lesson(lesson, step.index)
    notes = NotesWindow(window)
    qtbot.addWidget(notes)
    notes.follow(window.lesson_view.session)
    _quiet_not_italic(notes.text.document(), notes.tr("No notes for this step."))


def test_the_english_texts_heading_is_quiet_not_italic_in_arabic(make_window):
    window = make_window("--language", "ar")
    lesson = next(x for x in window.all_lessons() if x.language == "ar" and x.original is not None)
    window.open_lesson(lesson, 0)
    aids = window.lesson_view.aids
    aids.toggle.setChecked(True)
    assert aids.english.isVisible()
    _quiet_not_italic(aids.english.document(), aids.english.accessibleName())


def test_an_arabic_handout_has_no_italics(make_window):
    """Paper too: a printed Arabic handout's notes (the topic, "use the page printed at step
    2", a checklist's details) are grey, not italic boxes."""
    from holdspace.gui.handout.document import HandoutBuilder

    window = make_window("--language", "ar")
    pack = window.packs[0]
    lessons = [x for x in pack.lessons if x.language == "ar"] + list(pack.lessons[:12])
    for facilitator in (False, True):
        document = QTextDocument()
        document.setHtml(HandoutBuilder(pack, facilitator=facilitator).build(lessons))
        block, asides = document.begin(), 0
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                shown = fragments.fragment().charFormat()
                assert not shown.fontItalic(), fragments.fragment().text()
                asides += shown.foreground().color().name() == "#4d4d4d"
                fragments += 1
            block = block.next()
        assert asides >= len(lessons)  # each lesson's topic line, at least
