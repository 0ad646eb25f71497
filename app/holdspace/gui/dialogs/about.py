"""The About box: what Holdspace is, and the promise that nothing leaves the computer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__


def show_about(parent: QWidget, progress_location: str) -> None:
    text = QCoreApplication.translate("Notices", 
        "<h2>Holdspace {version}</h2>"
        "<p>Gentle lessons for people new to crypto: hexadecimal, blockchain explorers, "
        "profit &amp; loss, and keeping your own keys safe.</p>"
        "<p>Nothing is timed or scored. Holdspace never goes online and never asks for "
        "a recovery phrase.</p>"
        "<p>Your progress is kept here: <br><code>{path}</code></p>"
    ).format(version=__version__, path=progress_location.replace("&", "&amp;").replace("<", "&lt;"))
    QMessageBox.about(parent, QCoreApplication.translate("Notices", "About Holdspace"), text)
