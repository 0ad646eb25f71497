"""Export and forget speak the learner's language (the export consent once stayed English:
its strings went through a helper lupdate could not read)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from holdspace.gui.dialogs.progress import export_progress

ENGLISH = ["Export my progress?", "Your progress is saved"]


def boxes_while(action) -> list[tuple[str, str, list[str]]]:
    """Title, text and button words of each message box `action` raises; each is accepted."""
    seen: list[tuple[str, str, list[str]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.property("seen"):
            return
        box.setProperty("seen", True)
        seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        roles = {box.buttonRole(b): b for b in box.buttons()}
        (
            roles.get(QMessageBox.ButtonRole.AcceptRole) or roles[QMessageBox.ButtonRole.RejectRole]
        ).click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    action()
    timer.stop()
    return seen


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_export_consent_and_confirmation_are_translated(make_window, monkeypatch, tmp_path, code):
    window = make_window("--language", code)
    saved = tmp_path / "p.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(saved), ""))
    boxes = boxes_while(lambda: export_progress(window, window.store))
    assert saved.exists()
    (consent_title, consent, buttons), (done_title, done, _) = boxes
    assert consent_title not in ENGLISH and done_title not in ENGLISH
    assert "Anyone who opens the file" not in consent and "Holdspace" in consent
    assert "Choose where to save…" not in buttons
    assert str(saved) in done and "saved to" not in done


def test_export_consent_in_english_says_what_the_file_holds(make_window, monkeypatch, tmp_path):
    window = make_window("--language", "en")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kw: (str(tmp_path / "p.json"), "")
    )
    (title, text, buttons), _ = boxes_while(lambda: export_progress(window, window.store))
    assert title == "Export my progress?"
    assert "not a score" in text and "Choose where to save…" in buttons
