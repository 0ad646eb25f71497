"""When something unexpected goes wrong: a kind dialog, the details in the log.

The learner reads that their progress is safe and they can carry on; the
technical details are folded away, written to the log file, and one button
copies them (with versions) for a bug report.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication

from .. import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("holdspace.crash")


def system_summary() -> str:
    """Versions a developer needs first; nothing about the learner or their lessons."""
    import platform  # only when something has gone wrong: not at every start

    return (
        f"Holdspace {__version__}; Python {platform.python_version()}; Qt {qVersion()}; "
        f"{platform.system()} {platform.release()} {platform.machine()}"
        f"{'; bundled' if getattr(sys, 'frozen', False) else ''}"
    )


class CrashReporter:
    """Installed as ``sys.excepthook`` once the application exists."""

    def __init__(self, log_file: Path | None, *, quit_instead: bool = False):
        self.log_file = log_file
        self.quit_instead = quit_instead  # --smoke-test: no dialog, a failing exit code
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        details = system_summary() + "\n\n" + "".join(traceback.format_exception(kind, value, tb))
        log.error("an unexpected problem\n%s", details)
        if self.quit_instead:  # the log's stderr handler has printed the details
            QCoreApplication.exit(70)  # EX_SOFTWARE
            return
        if self._showing:  # a problem while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            self.show(details)
        finally:
            self._showing = False

    def show(self, details: str) -> None:
        box = self.dialog(details)
        box.exec()

    def dialog(self, details: str) -> QMessageBox:
        where = (
            QCoreApplication.translate("Crash", "The same note is saved in:\n{path}").format(
                path=self.log_file
            )
            if self.log_file
            else QCoreApplication.translate(
                "Crash", "This is a guest session, so the note is not saved."
            )
        )
        from PySide6.QtWidgets import QMessageBox  # loaded when something has gone wrong

        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Something unexpected happened"))
        box.setAccessibleName(box.windowTitle())
        box.setText(
            QCoreApplication.translate(
                "Crash",
                "Holdspace ran into something it didn't expect. Your progress is safe, "
                "and you can carry on.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Crash",
                "If it happens again, \u201cCopy details\u201d puts a note "
                "for the people who make Holdspace on your clipboard.",
            )
            + "\n\n"
            + where
        )
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        copy.clicked.disconnect()  # copying must not close the dialog

        def copy_details() -> None:
            QApplication.clipboard().setText(details)
            copy.setText(QCoreApplication.translate("Crash", "Copied"))
            copy.setAccessibleDescription(
                QCoreApplication.translate("Crash", "The details are on your clipboard.")
            )

        copy.clicked.connect(copy_details)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        return box
