"""The whole glossary: find a word, read what it means, follow "see also" links.

Typing filters the list by name, alias or definition; arrows move through the list
while the search box keeps focus, so it works without a mouse.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import termlinks
from ...core.lessons.glossary import normalized
from .. import style
from ..a11y import FocusRing, LinkLabel, announce
from ..i18n import embed
from ..markdown_view import SafeTextBrowser
from ..safe_text import escape
from ..steps.text import enable_clear_button, plain
from ..term_popup import definition_html
from ..translation_aids import english_name_html

if TYPE_CHECKING:
    from ...core.lessons.glossary import Glossary, Term

SHOW_ALL = "glossary:all"  # the "show every word" link when a search finds nothing


class GlossaryDialog(QDialog):
    def __init__(self, parent: QWidget | None, glossary: Glossary):
        super().__init__(parent)
        self.glossary = glossary
        self.setWindowTitle(self.tr("Glossary"))
        self.setAccessibleName(self.tr("Glossary"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Words you will meet in the lessons, in plain language. Type to find one."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a word, for example fee"))
        self.search.setAccessibleName(self.tr("Find a word in the glossary"))
        enable_clear_button(self.search, self.tr("Clear the search"))
        self.search.textChanged.connect(self.filter)
        self.search.installEventFilter(self)
        intro.setBuddy(self.search)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Terms"))
        self.list.currentItemChanged.connect(self._show_current)
        self.text = SafeTextBrowser(self)
        self.text.setAccessibleName(self.tr("What it means"))
        self.text.term_requested.connect(self.select)
        for pane in (self.list, self.text):  # Tab reaches them: the focus must show (WCAG 2.4.7)
            FocusRing(pane)
        row.addWidget(self.list, 1)
        row.addWidget(self.text, 2)
        layout.addLayout(row, 1)
        self._page, self._panes = layout, row
        # Nothing found: a kind word in the panes' place, with what to try (not two empty panes).
        self.nothing = LinkLabel(self)
        self.nothing.setContentsMargins(0, self.fontMetrics().height() // 2, 0, 0)
        self.nothing.linkActivated.connect(self._follow)
        self.nothing.hide()
        layout.addWidget(self.nothing, 1, Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Not the default: Enter after typing a word shows it, it never closes the glossary.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout.addWidget(buttons)
        self._fill()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """A comfortable size that never runs off the screen, even at 300 % text."""
        want = QSize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 28)
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(want.boundedTo(QSize(screen.width() * 9 // 10, screen.height() * 9 // 10)))

    def _fill(self) -> None:
        for term in self.glossary:
            item = QListWidgetItem(term.term, self.list)
            item.setData(Qt.ItemDataRole.UserRole, term.id)
        self.list.setCurrentRow(0)

    def filter(self, text: str) -> None:
        wanted = normalized(text)
        first = by_name = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            term = self.glossary.terms[item.data(Qt.ItemDataRole.UserRole)]
            shown = not wanted or _matches(term, wanted)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
            if shown and by_name is None and wanted and _named(term, wanted):
                by_name = item
        first = by_name or first  # "fee" selects fee, not a term that mentions fees
        if first is None:
            self._say_nothing_matches(text)
        self.nothing.setVisible(first is None)
        # An empty layout keeps its stretch: the panes give their room back to the message.
        self._page.setStretchFactor(self._panes, 0 if first is None else 1)
        self.list.setVisible(first is not None)
        self.text.setVisible(first is not None)
        if first is not None and (
            wanted or self.list.currentItem() is None or self.list.currentItem().isHidden()
        ):
            self.list.setCurrentItem(first)
        # With nothing found the current word's meaning stays in its (hidden) pane: a
        # suggestion that is that word shows it again at once.

    def _say_nothing_matches(self, text: str) -> None:
        """What to try: a term spelt nearly so, fewer letters, or every word again."""
        said = self.tr("Nothing in the glossary matches “{words}” yet.").format(
            words=embed(text.strip())
        )
        parts = [style.typeset("subheading", escape(said))]
        close = self.glossary.close_to(text)
        if close:
            links = " · ".join(
                f'<a href="{termlinks.href(t.id)}">{escape(embed(t.term))}</a>' for t in close
            )
            parts.append(
                "<p>"
                + escape(self.tr("Perhaps you meant: {terms}")).replace("{terms}", links)
                + "</p>"
            )
        parts.append(
            "<p>"
            + escape(
                self.tr(
                    "You could try fewer letters, another spelling, or a word you met in a lesson."
                )
            )
            + "</p>"
        )
        parts.append(f'<p><a href="{SHOW_ALL}">' + escape(self.tr("Show every word")) + "</a></p>")
        self.nothing.setText("".join(parts))
        self.nothing.setAccessibleName(said)
        announce(said, self.search)  # the search box keeps focus: say it, too

    def _follow(self, link: str) -> None:
        """A suggested term, or "show every word": the list comes back either way."""
        term_id = termlinks.term_id(link)
        self.search.clear()
        if term_id is not None:
            self.select(term_id)
        self.search.setFocus()

    def select(self, term_id: str) -> None:
        """Show ``term_id`` (a "see also" link), clearing a search that hides it."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == term_id:
                if item.isHidden():
                    self.search.clear()
                self.list.setCurrentItem(item)
                return

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        term = self.glossary.terms[item.data(Qt.ItemDataRole.UserRole)]
        title = f"<h3>{escape(term.term)}</h3>{english_name_html(term)}"
        self.text.setHtml(title + definition_html(term, self.glossary))
        self.text.setAccessibleDescription(term.definition)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)  # Escape closes, as in every dialog
            return
        focused = self.focusWidget()
        if isinstance(focused, QPushButton):
            focused.click()  # Enter presses a focused button, as Space does
        else:
            self._read_current()  # Enter in the search box or the list
        event.accept()

    def _read_current(self) -> None:
        """Say the word found and what it means (it shows already; the search keeps focus)."""
        item = self.list.currentItem()
        if item is None or item.isHidden() or not self.list.isVisible():
            return
        term = self.glossary.terms[item.data(Qt.ItemDataRole.UserRole)]
        announce(f"{term.term}. {plain(term.definition)}", self.search)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # Up/Down in the search box move through the list: find, then read, no mouse.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self._step(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _step(self, direction: int) -> None:
        row = self.list.currentRow() + direction
        while 0 <= row < self.list.count():
            if not self.list.item(row).isHidden():
                self.list.setCurrentRow(row)
                return
            row += direction


def _named(term: Term, wanted: str) -> bool:
    return any(normalized(name).startswith(wanted) for name in term.names)


def _matches(term: Term, wanted: str) -> bool:
    return any(wanted in normalized(name) for name in term.names) or wanted in normalized(
        term.definition
    )


def show_glossary(
    parent: QWidget, glossary: Glossary, term_id: str | None = None, *, also: Sequence[QAction] = ()
) -> None:
    """The glossary, modal; ``also`` are window actions whose keys close it and run them."""
    dialog = GlossaryDialog(parent, glossary)
    for action in also:
        dialog.addAction(action)  # its shortcut works inside the dialog
        action.triggered.connect(dialog.accept)
    if term_id:
        dialog.select(term_id)
    dialog.search.setFocus()
    try:
        dialog.exec()
    finally:
        for action in also:
            action.triggered.disconnect(dialog.accept)
