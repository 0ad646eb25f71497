"""Export and forget: the learner's progress belongs to the learner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.errors import StoreError
from ...core.progress import ProgressStore
from ..errors import show_problem


def export_progress(parent: QWidget, store: ProgressStore) -> Path | None:
    suggested = str(Path.home() / "holdspace-progress.json")
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Export my progress"), suggested,
                                          parent.tr("JSON files (*.json)"))
    if not name:
        return None
    try:
        store.export_to(Path(name))
    except (OSError, StoreError) as exc:
        show_problem(parent, parent.tr("Export didn't finish"),
                     parent.tr("The file couldn't be written there. Try another folder."), str(exc))
        return None
    return Path(name)


def forget_progress(parent: QWidget, store: ProgressStore) -> bool:
    answer = QMessageBox.question(
        parent, parent.tr("Forget my progress?"),
        parent.tr("This clears which lessons you have opened and explored on this computer. "
                  "The lessons themselves stay. This can't be undone.\n\nForget my progress?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    store.forget()
    return True
