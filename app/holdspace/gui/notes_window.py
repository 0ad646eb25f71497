"""Facilitator notes in a window of their own, never on the projected one.

It follows the lesson on screen: the lesson's objectives and minutes, then the notes
of the current step. With a second screen it opens there, away from the room's view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from . import style
from .markdown_view import SafeTextBrowser
from .safe_text import escape, markdown_html

if TYPE_CHECKING:
    from ..core.session import Session


class NotesWindow(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget):
        # A top-level window of its own (Qt.Window), owned by the main window.
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Facilitator notes — Holdspace"))
        self.setAccessibleName(self.tr("Facilitator notes"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the lesson keeps the keys
        layout = QVBoxLayout(self)
        self.text = SafeTextBrowser(self)
        self.text.setAccessibleName(self.tr("Facilitator notes for this step"))
        layout.addWidget(self.text)
        self.resize(560, 640)

    def place(self, projected: QWidget) -> bool:
        """On a screen other than the projected window's, when there is one; True if so."""
        here = projected.screen()
        other = next((s for s in QGuiApplication.screens() if s is not here), None)
        if other is None:
            return False
        self.setScreen(other)
        self.setGeometry(other.availableGeometry().adjusted(40, 40, -40, -40))
        return True

    def follow(self, session: Session | None) -> None:
        """Show what the facilitator needs for the step on screen (or a calm placeholder)."""
        if session is None:
            self.text.setHtml(
                "<p>"
                + escape(self.tr("Open a lesson: its notes appear here, step by step."))
                + "</p>"
            )
            return
        lesson, step = session.lesson, session.step
        parts = [f"<h2>{escape(lesson.title)}</h2>"]
        if lesson.minutes:
            parts.append(
                "<p><b>"
                + escape(QCoreApplication.translate("HandoutBuilder", "Timing:"))
                + "</b> "
                + escape(
                    QCoreApplication.translate("HandoutBuilder", "about {minutes} minutes").format(
                        minutes=lesson.minutes
                    )
                )
                + "</p>"
            )
        if lesson.objectives:
            parts.append(
                "<p><b>"
                + escape(QCoreApplication.translate("HandoutBuilder", "Objectives:"))
                + "</b></p><ul>"
                + "".join(f"<li>{escape(x)}</li>" for x in lesson.objectives)
                + "</ul>"
            )
        parts.append(
            "<h3>"
            + escape(
                QCoreApplication.translate("LessonView", "Step {number} of {total}").format(
                    number=session.index + 1, total=session.total
                )
            )
            + "</h3>"
        )
        parts.append(
            markdown_html(step.notes, pack_root=lesson.pack_root)
            if step.notes.strip()
            else f'<p class="{style.ASIDE}">' + escape(self.tr("No notes for this step.")) + "</p>"
        )
        self.text.set_pack_root(lesson.pack_root)
        self.text.setHtml("".join(parts))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        super().closeEvent(event)
        self.closed.emit()
