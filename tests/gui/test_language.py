"""--language and the Language menu switch the interface and the lessons together, are
remembered, keep the learner's place, and mirror the window for right-to-left languages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from holdspace.core.languages import LANGUAGES

I18N = Path(__file__).resolve().parents[2] / "assets" / "i18n"


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def language_action(window, code: str):
    return next(
        a for a in window.findChildren(type(window.menuBar().actions()[0])) if a.data() == code
    )


def switch(window, code: str) -> None:
    language_action(window, code).trigger()
    QApplication.processEvents()


def test_language_flag_translates_the_interface_and_plurals(make_window):
    window = make_window("--language", "fr")
    assert menu_titles(window)[:3] == ["&Fichier", "A&ller", "&Affichage"]
    assert "Bienvenue dans Holdspace" in window.home.welcome.text()
    window.show_library()
    window.library.tree.setCurrentItem(window.library.tree.topLevelItem(0).child(0))
    details = window.library.details.toPlainText()
    assert re.search(r"\d+ étapes\.", details), details  # a plural form, in French
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_english_plural_forms_read_naturally(make_window):
    window = make_window("--language", "en")
    lesson = window.packs[0].lessons[0]
    window.show_library()
    tree = window.library.tree
    item = next(
        tree.topLevelItem(0).child(i)
        for i in range(tree.topLevelItem(0).childCount())
        if tree.topLevelItem(0).child(i).text(0).strip("\u2068\u2069") == lesson.title
    )
    tree.setCurrentItem(item)
    assert f"{len(lesson.steps)} steps." in window.library.details.toPlainText()
    assert "step(s)" not in window.library.details.toPlainText()


def test_the_language_menu_lists_each_language_by_its_own_name(make_window):
    window = make_window("--language", "es")
    names = {language_action(window, code).text() for code in LANGUAGES}
    assert names == {
        "English",
        "Français",
        "Español",
        "Português (Brasil)",
        "Русский",
        "العربية",
        "Bahasa Indonesia",
    }
    assert language_action(window, "es").isChecked()


def test_switching_keeps_the_lesson_and_step_and_is_remembered(make_window):
    window = make_window("--language", "en")
    lesson = window.packs[0].lessons[1]
    window.open_lesson(lesson, 2)
    assert window.lesson_view.position.text() == f"Step 3 of {len(lesson.steps)}"
    switch(window, "ru")
    view = window.lesson_view
    assert window.stack.currentWidget() is view
    assert view.session.lesson.id == lesson.id and view.session.index == 2
    assert view.position.text() == f"Шаг 3 из {len(lesson.steps)}"
    assert view.check_button.text() == "П&роверить"
    assert "&Файл" in menu_titles(window)
    window.close()
    again = make_window()  # no --language: the remembered choice
    assert "&Файл" in menu_titles(again) and again.language == "ru"
    switch(again, "en")  # leave the shared app in English


def test_switching_on_the_library_stays_on_the_library(make_window):
    window = make_window("--language", "en")
    window.show_library()
    switch(window, "id")
    assert window.stack.currentWidget() is window.library
    assert window.library.tree.headerItem().text(0) == "Pelajaran"
    switch(window, "en")


def test_arabic_mirrors_the_whole_window_and_back(make_window):
    window = make_window("--language", "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.home.isRightToLeft()
    assert menu_titles(window)[0] == "&ملف"
    switch(window, "fr")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    switch(window, "en")


def _english_that_translates(code: str) -> set[str]:
    """Interface sources whose translation differs, as shown on screen (no & marks)."""
    shown = set()
    for message in ET.parse(I18N / f"holdspace_{code}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        if message.get("numerus") != "yes" and text != source and "{" not in source:
            shown.add(source.replace("&", ""))
    return shown


def _texts_on_screen(root) -> set[str]:
    texts = set()
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if widget.isVisibleTo(root):
            texts.add(widget.text().replace("&", ""))
            texts.add(widget.accessibleName().replace("&", ""))
    for edit in root.findChildren(QLineEdit):
        texts.add(edit.placeholderText())
    return texts


@pytest.mark.parametrize(
    "kind",
    [
        "choice",
        "checklist",
        "explorer",
        "hex_playground",
        "paste_check",
        "pnl",
        "seed_practice",
        "read",
    ],
)
def test_no_english_interface_word_is_left_on_a_translated_step(make_window, kind):
    window = make_window("--language", "fr")
    lesson, step = next(
        (lesson, step)
        for lesson in window.packs[0].lessons
        for step in lesson.steps
        if step.kind == kind
    )
    window.open_lesson(lesson, step.index)
    QApplication.processEvents()
    left = _texts_on_screen(window) & _english_that_translates("fr")
    assert left == set(), f"{lesson.id}/{step.id} still shows English: {left}"


def test_in_arabic_english_words_keep_their_place_and_punctuation(make_window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = make_window("--language", "ar")
    lesson, step = next(
        (lesson, step)
        for lesson in window.packs[0].lessons
        for step in lesson.steps
        if step.kind == "choice"
    )
    window.open_lesson(lesson, step.index)
    QApplication.processEvents()
    widget = window.lesson_view.step_widget
    for index, button in widget._buttons.items():
        words = widget._texts[index]
        assert button.x() > words.x()  # the mark on the right …
        assert words.alignment() & Qt.AlignmentFlag.AlignRight  # … and the words right beside it
    title = window.lesson_view.title
    assert (
        title.alignment() & Qt.AlignmentFlag.AlignRight
    )  # apart from the step counter on the left
    window.show_library()
    tree = window.library.tree
    question = next(
        tree.topLevelItem(t).child(c)
        for t in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(t).childCount())
        if tree.topLevelItem(t).child(c).text(0).strip("\u2068\u2069").endswith("?")
    )
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option = tree.itemDelegate().arranged(option, tree.indexFromItem(question))
    # An English question keeps its "?" at its end, right-aligned in the mirrored list.
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    switch(window, "en")


def test_in_arabic_numbers_and_hex_inside_sentences_stay_left_to_right(make_window):
    window = make_window("--language", "ar")
    lesson = window.find_lesson("explorers.practice-explorer")
    step = next(s for s in lesson.steps if s.kind == "explorer")
    window.open_lesson(lesson, step.index)
    QApplication.processEvents()
    height = window.lesson_view.step_widget.height_label.text()
    assert "\u206657,048\u2069" in height and "أحدث كتلة" in height  # isolated inside Arabic words
    switch(window, "en")
    QApplication.processEvents()
    english = window.lesson_view.step_widget.height_label.text()
    assert "57,048" in english and "\u2066" not in english  # nothing invisible in English


def test_in_arabic_checklist_words_sit_beside_their_boxes(make_window):
    window = make_window("--language", "ar")
    lesson, step = next(
        (lesson, step)
        for lesson in window.packs[0].lessons
        for step in lesson.steps
        if step.kind == "checklist"
    )
    window.open_lesson(lesson, step.index)
    QApplication.processEvents()
    widget = window.lesson_view.step_widget
    texts = [label for label in widget.findChildren(QLabel) if hasattr(label, "box")]
    assert texts
    for words in texts:
        assert words.alignment() & Qt.AlignmentFlag.AlignRight
        assert (
            words.box.mapTo(window, words.box.rect().center()).x()
            > words.mapTo(window, words.rect().center()).x()
        )
    switch(window, "en")
