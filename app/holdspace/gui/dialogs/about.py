"""The About box: what Holdspace is, the promise that nothing leaves the computer,
its licence and the notices of the software it is built on (Qt's LGPL asks for them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...core import paths
from ..safe_text import escape


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate(
            "Notices", "This file is missing from this copy of Holdspace: {file}"
        ).format(file=path.name)


def about_text(progress_location: str) -> str:
    return QCoreApplication.translate(
        "Notices",
        "<h2>Holdspace {version}</h2>"
        "<p>Gentle lessons for people new to crypto: hexadecimal, blockchain explorers, "
        "profit &amp; loss, and keeping your own keys safe.</p>"
        "<p>Nothing is timed or scored. Holdspace never goes online and never asks for "
        "a recovery phrase.</p>"
        "<p>Your progress is kept here: <br><code>{path}</code></p>"
        "<p>If something goes astray, a note for the people who make Holdspace is kept "
        "here: <br><code>{log}</code></p>"
        "<p>Holdspace is free software under the MIT licence. It is built on Qt, used "
        "under the LGPL version 3, and on the other projects named under "
        "\u201cThird-party notices\u201d.</p>",
    ).format(version=__version__, path=escape(progress_location), log=escape(str(paths.log_dir())))


def _page(text: str, name: str, markdown: bool = False) -> QTextBrowser:
    page = QTextBrowser()
    page.setOpenLinks(False)  # the app never goes online; addresses are there to read
    if markdown:
        page.setMarkdown(text)
    else:
        page.setPlainText(text)
    page.setAccessibleName(name)
    return page


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, progress_location: str):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Notices", "About Holdspace"))
        self.setAccessibleName(self.windowTitle())
        self.tabs = QTabWidget()
        summary = QLabel(about_text(progress_location))
        summary.setWordWrap(True)
        summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary.setContentsMargins(8, 8, 8, 8)
        summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        licence = QCoreApplication.translate("Notices", "Licence")
        notices = QCoreApplication.translate("Notices", "Third-party notices")
        self.tabs.addTab(summary, QCoreApplication.translate("Notices", "About"))
        self.tabs.addTab(_page(_read(paths.shipped_file("LICENSE")), licence), licence)
        self.tabs.addTab(
            _page(_read(paths.shipped_file("THIRD-PARTY-NOTICES.md")), notices, markdown=True),
            notices,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 28)


def show_about(parent: QWidget, progress_location: str) -> None:
    AboutDialog(parent, progress_location).exec()
