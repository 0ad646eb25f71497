"""File → Export PDF… and File → Print… from the real window, offscreen."""

from __future__ import annotations

import unicodedata

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from holdspace.core import seed
from holdspace.gui import handout_print
from holdspace.gui.handout_print import HandoutChoice


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def answer_dialog(monkeypatch, *, facilitator: bool, whole_pack: bool = False):
    seen = []

    def exec_(dialog: HandoutChoice):
        seen.append((dialog.this_lesson.isEnabled(), dialog.this_lesson.text()))
        dialog.facilitator.setChecked(facilitator)
        (dialog.whole_pack if whole_pack else dialog.this_lesson).setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandoutChoice, "exec", exec_)
    return seen


def open_lesson(window, lesson_id):
    window.open_lesson(window.find_lesson(lesson_id), 0)


def test_export_pdf_of_the_open_lesson_learner_and_facilitator(make_window, tmp_path, monkeypatch):
    window = make_window("--guest")
    open_lesson(window, "hex.counting-in-sixteen")
    seen = answer_dialog(monkeypatch, facilitator=False)
    learner = handout_print.export_pdf(window, tmp_path / "learner.pdf")
    assert seen == [(True, "This lesson: Counting with sixteen digits")]
    answer_dialog(monkeypatch, facilitator=True)
    sheet = handout_print.export_pdf(window, tmp_path / "sheet.pdf")
    learner_text, sheet_text = pdf_text(learner), pdf_text(sheet)
    assert "Counting with sixteen digits" in learner_text and "Step 1 of" in learner_text
    assert "Answer:" not in learner_text and "Hint 1:" not in learner_text
    assert "Answer:" in sheet_text and "Hint 1:" in sheet_text and "Timing:" in sheet_text
    assert "Saved" in window.statusBar().currentMessage()


def test_print_goes_through_the_print_dialog_and_never_prints_a_phrase(
    make_window, monkeypatch, tmp_path
):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    window = make_window("--guest")
    open_lesson(window, "self-custody.practise-with-a-pretend-phrase")
    answer_dialog(monkeypatch, facilitator=True)
    out = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" we can read
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert handout_print.print_handout(window)
    text = pdf_text(out)
    assert "A backup card to fill in by hand" in text
    assert not seed.looks_like_recovery_phrase(text)


def test_from_home_the_whole_pack_is_offered(make_window, tmp_path, monkeypatch):
    window = make_window("--guest")
    seen = answer_dialog(monkeypatch, facilitator=False, whole_pack=True)
    handout_print.export_pdf(window, tmp_path / "all.pdf")
    assert seen[0][0] is False  # no lesson open: "this lesson" is greyed
    assert len(PdfReader(str(tmp_path / "all.pdf")).pages) > 30
