"""Export and forget: the learner's progress belongs to the learner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.errors import StoreError
from ...core.progress import ProgressStore
from ..errors import show_error


def export_progress(parent: QWidget, store: ProgressStore) -> Path | None:
    if not _export_agreed(parent):
        return None
    suggested = str(Path.home() / "holdspace-progress.json")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Notices", "Export my progress"),
        suggested,
        QCoreApplication.translate("Notices", "JSON files (*.json)"),
    )
    if not name:
        return None
    try:
        store.export_to(Path(name))
    except (OSError, StoreError) as exc:
        show_error(
            parent,
            exc,
            title=QCoreApplication.translate("Notices", "Export didn't finish"),
            message=QCoreApplication.translate(
                "Notices", "The file couldn't be written there. Try another folder."
            ),
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Notices", "Your progress is saved"),
        QCoreApplication.translate("Notices", "Your progress was saved to:\n\n{file}").format(
            file=name
        ),
    )
    return Path(name)


def _export_agreed(parent: QWidget) -> bool:
    """Say what the file holds before it is written (it may tell someone you own coins)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Notices", "Export my progress?"),
        QCoreApplication.translate(
            "Notices",
            "The file lists the lessons you opened and explored, where you paused, and your own "
            "checklist answers (for example, that you keep a paper backup). Tries and hints are in "
            "it only so Holdspace can help sooner; they are not a score.\n\nAnyone who opens the "
            "file can read this, so keep it somewhere private.",
        ),
        parent=parent,
    )
    export = box.addButton(
        QCoreApplication.translate("Notices", "Choose where to save…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(export)
    box.exec()
    return box.clickedButton() is export


def forget_progress(parent: QWidget, store: ProgressStore) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Notices", "Forget my progress?"),
        QCoreApplication.translate(
            "Notices",
            "This clears which lessons you have opened and explored on this computer. "
            "The lessons themselves stay. This can't be undone.\n\nForget my progress?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        store.forget()
    except StoreError as exc:  # locked or read-only: say so; the progress is still there
        show_error(
            parent,
            exc,
            title=QCoreApplication.translate("Notices", "Your progress wasn't forgotten"),
            message=QCoreApplication.translate(
                "Notices",
                "Holdspace couldn't change its progress file just now, so nothing "
                "was cleared. Try again later.",
            ),
        )
        return False
    return True
