"""File → Print… and File → Export PDF…: the handout or facilitator sheet, from the app.

What is printed is chosen in a small dialog: the lesson on screen (when one is open)
or every lesson of a pack, as the learner handout or the facilitator sheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .errors import show_error

if TYPE_CHECKING:
    from ..core.lessons import Lesson, Pack


class HandoutChoice(QDialog):
    """Which lessons, and which version (learner or facilitator)."""

    def __init__(self, parent: QWidget, lesson: Lesson | None, pack: Pack | None, verb: str):
        super().__init__(parent)
        self.setWindowTitle(verb)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What would you like on paper?"), self))
        self._group = QButtonGroup(self)
        self.this_lesson = QRadioButton(
            self.tr("This lesson: {title}").format(title=lesson.title if lesson else ""), self
        )
        self.whole_pack = QRadioButton(
            self.tr("Every lesson of “{pack}”").format(pack=pack.name if pack else ""), self
        )
        for index, radio in enumerate((self.this_lesson, self.whole_pack)):
            self._group.addButton(radio, index)
            layout.addWidget(radio)
        self.this_lesson.setEnabled(lesson is not None)
        self.whole_pack.setEnabled(pack is not None and bool(pack.lessons))
        (self.this_lesson if lesson is not None else self.whole_pack).setChecked(True)
        self.facilitator = QCheckBox(
            self.tr("&Facilitator sheet (with answers, hints, notes and timing)"), self
        )
        self.facilitator.setToolTip(
            self.tr("Leave this off for the learners' handout: it never shows answers.")
        )
        layout.addWidget(self.facilitator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(verb)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _current(window) -> tuple[Lesson | None, Pack | None]:
    view = window._lesson_view
    lesson = (
        view.session.lesson
        if view is not None and view.session is not None and window.stack.currentWidget() is view
        else None
    )
    pack = next((p for p in window.packs if lesson in p.lessons), None) if lesson else None
    return lesson, pack or (window.packs[-1] if window.packs else None)


def _choose(window, verb: str):
    """(builder, lessons) after the dialog, or None when cancelled or nothing to print."""
    from .handout import HandoutBuilder

    lesson, pack = _current(window)
    if lesson is None and (pack is None or not pack.lessons):
        return None
    dialog = HandoutChoice(window, lesson, pack, verb)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    lessons = [lesson] if dialog.this_lesson.isChecked() else list(pack.lessons)
    builder = HandoutBuilder(pack, facilitator=dialog.facilitator.isChecked(), parent=window)
    return builder, lessons


def export_pdf(window, path: Path | None = None) -> Path | None:
    """Ask what to print and where; write the PDF. Returns the file written."""
    from .handout import write_pdf

    chosen = _choose(window, QCoreApplication.translate("Handout", "Export PDF"))
    if chosen is None:
        return None
    builder, lessons = chosen
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("Handout", "Export PDF"),
            str(Path.home() / f"{lessons[0].id}.pdf"),
            QCoreApplication.translate("Handout", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    try:
        write_pdf(
            builder.build(lessons),
            path,
            title=builder.title(lessons),
            pack_root=lessons[0].pack_root,
        )
    except OSError as exc:
        show_error(
            window,
            exc,
            title=QCoreApplication.translate("Handout", "The PDF wasn't written"),
            message=QCoreApplication.translate(
                "Handout", "Holdspace couldn't write the file. Nothing else changed."
            ),
        )
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("Handout", "Saved {path}").format(path=path), 8000
    )
    return path


def print_handout(window) -> bool:
    """Ask what to print, then show the system's print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from .handout.pdf import make_document

    chosen = _choose(window, QCoreApplication.translate("Handout", "Print"))
    if chosen is None:
        return False
    builder, lessons = chosen
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(builder.title(lessons))
    if QPrintDialog(printer, window).exec() != QDialog.DialogCode.Accepted:
        return False
    # The paper size and margins are the ones chosen in the print dialog.
    make_document(builder.build(lessons), builder.title(lessons), lessons[0].pack_root).print_(
        printer
    )
    return True
