"""The one way the app shows a problem: kindly, with the technical details folded away."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_problem(parent: QWidget | None, title: str, message: str, details: str = "",
                 *, calm: bool = True) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if calm else QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    if details:
        box.setDetailedText(details)  # folded away behind "Show Details…"
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(title)
    box.exec()
