"""Issue 11, for a learner reading a translation: "Show in English", the kind mark on
lessons not translated yet, and glossary cards with the English term."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, Qt

from packkit import GOOD_LESSON, write_pack

FRENCH = (
    GOOD_LESSON.replace("title: Counting with sixteen digits", "title: Compter avec seize chiffres")
    .replace("Hex uses **sixteen** digits.", "L'hex utilise **seize** [[frais|fee]] chiffres.")
    .replace("Which of these is hex?", "Lequel est en hex ?")
    .replace(
        "id: test.counting",
        "id: test.counting\nsource_version: "
        + hashlib.sha256(GOOD_LESSON.encode()).hexdigest()[:12],
    )
)
GLOSSARY_EN = "terms:\n  - id: fee\n    term: fee\n    definition: What the network keeps.\n"
GLOSSARY_FR = "terms:\n  - id: fee\n    term: frais\n    definition: Ce que le réseau garde.\n"


def tr(text: str) -> str:
    return QCoreApplication.translate("TranslationAids", text)


def french_pack(tmp_path):
    return write_pack(
        tmp_path / "pack",
        {
            "en/hex/01-count.yaml": GOOD_LESSON,
            "en/hex/02-later.yaml": GOOD_LESSON.replace("test.counting", "test.later").replace(
                "Counting with", "Later with"
            ),
            "fr/hex/01-count.yaml": FRENCH,
            "en/glossary.yaml": GLOSSARY_EN,
            "fr/glossary.yaml": GLOSSARY_FR,
        },
    )


def lesson(window, lesson_id):
    return next(x for p in window.packs for x in p.lessons if x.id == lesson_id)


def test_show_in_english_on_a_translated_step_by_keyboard(make_window, qtbot, tmp_path):
    window = make_window("--pack", str(french_pack(tmp_path)), "--language", "fr")
    window.open_lesson(lesson(window, "test.counting"))
    view, aids = window.lesson_view, window.lesson_view.aids
    assert "seize" in view.body.toPlainText()
    assert aids.toggle.isVisible() and not aids.toggle.isChecked()
    assert aids.toggle.text() == tr("Show in English") and not aids.note.isVisible()
    assert not aids.english.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert aids.toggle.isChecked() and aids.english.isVisible()
    assert "Hex uses sixteen digits." in aids.english.toPlainText()
    assert aids.english.accessibleName() == tr("The same step in English")
    # The choice stays on from step to step: the next step shows its English question too.
    view.go_next()
    assert aids.english.isVisible() and "Which of these is hex?" in aids.english.toPlainText()
    assert "0x1f" in aids.english.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not aids.english.isVisible()
    # The box is a Tab stop, reached from the keyboard like every other control.
    assert aids.toggle.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_lesson_not_translated_yet_says_so_kindly(make_window, tmp_path):
    window = make_window("--pack", str(french_pack(tmp_path)), "--language", "fr")
    later = lesson(window, "test.later")
    assert later.stand_in and later.language == "en"
    window.open_lesson(later)
    aids = window.lesson_view.aids
    assert aids.note.isVisible() and aids.note.text() == tr("This lesson is in English for now.")
    assert not aids.toggle.isVisible()  # nothing to show beside: it is already English
    window.show_library()
    tree = window.library.tree
    marks = {
        tree.topLevelItem(t)
        .child(i)
        .data(0, Qt.ItemDataRole.AccessibleTextRole): tree.topLevelItem(t).child(i).text(1)
        for t in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(t).childCount())
    }
    later_mark = QCoreApplication.translate("LibraryView", "in English for now")
    assert later_mark in marks["Later with sixteen digits"]
    assert later_mark not in marks["Compter avec seize chiffres"]


def test_a_glossary_card_shows_the_english_term(make_window, tmp_path):
    from holdspace.gui.term_popup import TermPopup

    window = make_window("--pack", str(french_pack(tmp_path)), "--language", "fr")
    pack = next(p for p in window.packs if p.label == "pack")
    term = pack.glossary.terms["fee"]
    assert (term.term, term.original) == ("frais", "fee")
    popup = TermPopup(window, pack.glossary)
    assert popup.show_term("fee")
    assert "frais" in popup.title.text()
    assert tr("In English: {term}").format(term="fee") in popup.title.text()
    popup.close()


def test_a_step_link_in_the_english_text_goes_to_that_step(make_window, tmp_path):
    window = make_window("--language", "fr")
    guide = lesson(window, "self-custody.made-a-mistake")
    assert guide.language == "fr" and guide.original is not None
    window.open_lesson(guide)
    view = window.lesson_view
    view.aids.toggle.setChecked(True)
    assert "Take a breath" in view.aids.english.toPlainText()
    view.aids.english.step_requested.emit("phrase-seen")
    assert view.session.step.id == "phrase-seen"
    assert "Your recovery phrase was seen" in view.aids.english.toPlainText()
