"""A PRACTICE explorer page: networks, a search box, and a page whose lines are buttons.

Everything shown comes from the core's bundled pages; nothing is fetched and no
text is a link. Each line of a transaction page is a button (Tab to it, Space or
Enter to press it) with an accessible name such as "Fee: 0.99000000 BTC".

- ``task: click``: pressing a line picks it and runs Check at once.
- ``task: type``: pressing a line only picks it (its value appears in a box that
  can be copied); the answer goes in the "Your answer" box, Enter checks.
- ``task: find``: the search box (Enter searches) looks only on the chosen
  network, as real explorers do; each search, and each network switch with a
  search in the box, runs Check.

``value()`` is the mapping the core's ``ExplorerChecker`` reads.
"""

from __future__ import annotations

import itertools
from typing import Any, cast

from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.feedback import NOT_YET, Feedback, Reveal
from ...core.lessons.model import Step
from ...core.practice import explorer as core
from ..i18n import ltr
from . import explorer_words as words  # one place, shared with the feedback and the handout
from .base import StepWidget
from .explorer_parts import (
    EnterEdit,
    LineButton,
    breakable,
    card,
    edit_row,
    open_button,
    plain_label,
)
from .text import enable_clear_button


class ExplorerWidget(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.spec: core.ExplorerSpec = step.spec
        self.page_data = core.load_page(self.spec.page)
        self.network = self.spec.network
        self.shown: str | None = None  # the transaction page on screen
        self.searched = False
        self.picked: str | None = None
        self.lines: dict[str, LineButton] = {}
        self.result_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.answer: EnterEdit | None = None
        if self.spec.task == "type":  # right under the question; the page to read follows
            layout.addLayout(self._answer_row())
        self.frame = QFrame(self)
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setAccessibleName(self.tr("Practice explorer"))
        inner = QVBoxLayout(self.frame)
        self.banner = plain_label(
            self.tr(
                "PRACTICE EXPLORER · a copy kept inside Holdspace. Nothing here is "
                "fetched, sent or live."
            ),
            self.frame,
            bold=True,
        )
        self.banner.setAccessibleDescription(
            self.tr("Practice explorer: nothing here is fetched or live")
        )
        inner.addWidget(card(self.banner, self.frame))
        inner.addLayout(self._network_row())
        inner.addLayout(self._search_row())
        self.height_label = plain_label("", self.frame)
        inner.addWidget(self.height_label)
        self.result = QVBoxLayout()
        inner.addLayout(self.result)
        layout.addWidget(self.frame)
        layout.addLayout(self._picked_row())
        self._switch(self.network, research=False)  # opens the page, or the search for a find task

    # --- building -------------------------------------------------------------
    def _network_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Network:"), self.frame))
        self.network_group = QButtonGroup(self)
        self.network_buttons: dict[str, QPushButton] = {}
        for key in core.NETWORKS:
            button = QPushButton(words.network_name(key), self.frame)
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("Practice explorer for {network}").format(network=words.network_name(key))
            )
            button.clicked.connect(lambda _=False, k=key: self._switch(k))
            self.network_group.addButton(button)
            self.network_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _search_row(self) -> QHBoxLayout:
        self.search_edit = EnterEdit(self.frame)
        self.search_edit.setPlaceholderText(self.tr("Paste a TXID or an address"))
        enable_clear_button(self.search_edit, self.tr("Clear the box"))
        self.search_button = QPushButton(self.tr("Search"), self.frame)
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_edit.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        return edit_row(
            self.tr("Sea&rch:"),
            self.search_edit,
            self.tr("Search the practice explorer"),
            self.search_button,
        )

    def _picked_row(self) -> QHBoxLayout:
        self.picked_value = QLineEdit(self)  # read-only but selectable, so a value can be copied
        self.picked_value.setReadOnly(True)
        row = edit_row(
            self.tr("Picked line:"),
            self.picked_value,
            self.tr("Value of the picked line (you can copy it)"),
        )
        self.picked_label = cast(QLabel, row.itemAt(0).widget())  # edit_row puts it first
        self._set_picked_visible(False)
        return row

    def _answer_row(self) -> QHBoxLayout:
        self.answer = EnterEdit(self)
        self.answer.setPlaceholderText(self.tr("type what the page says"))
        enable_clear_button(self.answer, self.tr("Clear the box"))
        self.answer.returnPressed.connect(self.submitted)
        return edit_row(self.tr("Your &answer:"), self.answer, self.tr("Your answer"))

    # --- what the page shows ----------------------------------------------------------
    def _clear_result(self) -> None:
        while self.result.count():
            item = self.result.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.lines, self.result_buttons = {}, []

    def _show_page(self, name: str) -> None:
        page = core.load_page(name)
        self._clear_result()
        self.shown = name
        if page.made_up:
            note = plain_label(
                self.tr(
                    "MADE-UP TEACHING EXAMPLE · this transaction does not exist on any real "
                    "network. It was written for practice."
                ),
                self.frame,
                bold=True,
            )
            note.setAccessibleDescription(self.tr("Made-up teaching example"))
            self.result.addWidget(card(note, self.frame))
        self.result.addWidget(plain_label(self.tr("Transaction details"), self.frame, bold=True))
        for key in page.keys():
            line = LineButton(
                key, words.field_name(key, page.network), words.field_text(page, key), self.frame
            )
            # Only the lesson's own page answers a click task; other pages are for looking around.
            asks = self.spec.task == "click" and name == self.page_data.name
            line.clicked.connect(lambda _=False, k=key, c=asks: self.pick(k, check=c))
            self.lines[key] = line
            self.result.addWidget(line)
        if self.picked in self.lines:
            self.lines[self.picked].setChecked(True)
        self._tab_order()

    def _show_message(self, heading: str, text: str) -> None:
        self._clear_result()
        self.shown = None
        self.result.addWidget(plain_label(heading, self.frame, bold=True))
        self.result.addWidget(plain_label(text, self.frame))

    def _show_address(self, result: core.SearchResult) -> None:
        self._show_message(self.tr("Address"), breakable(result.query))
        self.result.addWidget(
            plain_label(
                self.tr("Transactions on {network} in this practice explorer:").format(
                    network=words.network_name(result.network)
                ),
                self.frame,
            )
        )
        for name in result.pages:
            txid = core.load_page(name).get("txid")
            button = open_button(txid, self.frame)
            button.clicked.connect(lambda _=False, n=name: self._open_found(n))
            self.result_buttons.append(button)
            self.result.addWidget(button)
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab goes down the page as it reads: answer, networks, search, lines, picked value."""
        chain: list[QWidget] = [self.answer] if self.answer is not None else []
        chain += [
            *self.network_buttons.values(),
            self.search_edit,
            self.search_button,
            *self.lines.values(),
            *self.result_buttons,
            self.picked_value,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- what the learner does ---------------------------------------------------------
    def _switch(self, key: str, *, research: bool = True) -> None:
        self.network = key
        # Chosen in words and a mark, not by look alone.
        for other, button in self.network_buttons.items():
            button.setChecked(other == key)
            button.setText(
                self.tr("✓ {network}").format(network=words.network_name(other))
                if other == key
                else words.network_name(other)
            )
        newest = next(
            (p.current_height for p in map(core.load_page, core.page_names()) if p.network == key),
            None,
        )
        self.height_label.setText(
            self.tr(
                "Newest block on this practice explorer: {height} (a fixed number "
                "for practice, not today's)"
            ).format(height=ltr(f"{newest:,}"))
            if newest is not None
            else ""
        )
        if research and self.search_edit.text().strip():
            self.run_search()
        elif self.spec.task != "find" and key == self.page_data.network:
            self._show_page(self.page_data.name)  # back where the lesson opened the page
        else:
            self._show_message(
                self.tr("Practice explorer for {network}").format(network=words.network_name(key)),
                self.tr("Paste a TXID or an address into the search box, then press Enter."),
            )

    def run_search(self) -> None:
        result = core.search(self.network, self.search_edit.text())
        where = words.network_name(self.network)
        if result.kind == "empty":
            self._show_message(
                self.tr("Nothing to search yet"),
                self.tr("Paste a TXID or an address into the search box, then press Enter."),
            )
            return
        if result.kind == "transaction":
            self._show_page(result.pages[0])
        elif result.kind == "address":
            self._show_address(result)
        else:
            self._show_message(
                self.tr("Not found on {network}").format(network=where),
                self.tr(
                    "Sorry, no transaction or address on {network} matches this search. "
                    "(This practice explorer knows only a few transactions.)"
                ).format(network=where),
            )
        self.searched = True
        self._after_search()

    def _after_search(self) -> None:
        if self.spec.task == "find":
            self.submitted.emit()

    def _open_found(self, name: str) -> None:
        self._show_page(name)
        self._after_search()

    def pick(self, key: str, *, check: bool = False) -> None:
        """Pick one line (its value appears, copyable); a click task checks it at once."""
        self.picked = key
        for other, line in self.lines.items():
            line.setChecked(other == key)
        line = self.lines.get(key)
        self.picked_label.setText(
            self.tr("Picked line: {line}").format(line=line.name)
            if line
            else self.tr("Picked line:")
        )
        self.picked_value.setText(line.value_text if line else "")
        self._set_picked_visible(line is not None)
        if check and line is not None:
            self.submitted.emit()

    def _set_picked_visible(self, visible: bool) -> None:
        self.picked_label.setVisible(visible)
        self.picked_value.setVisible(visible)

    # --- StepWidget -------------------------------------------------------------
    def value(self) -> core.ExplorerAnswer:
        return {
            "field": self.picked,
            "text": self.answer.text() if self.answer else "",
            "network": self.network,
            "page": self.shown,
            "searched": self.searched,
            "search": self.search_edit.text(),
        }

    def set_value(self, value: Any) -> None:
        if not isinstance(value, dict):
            return
        if value.get("network") in core.NETWORKS:
            self._switch(value["network"], research=False)
        self.searched = bool(value.get("searched"))
        self.search_edit.setText(str(value.get("search") or ""))
        if value.get("page") in core.page_names():
            self._show_page(value["page"])
        if value.get("field"):
            self.pick(value["field"])
        if self.answer is not None:
            self.answer.setText(value.get("text") or "")

    def feedback_words(self, item: Feedback) -> str:
        key = item.params.get("field")
        if not key or item.code != NOT_YET:
            return ""
        return self.tr("The line you picked: {line}. The question asks about another line.").format(
            line=words.field_name(key, self.page_data.network)
        )

    def answer_words(self, shown: Reveal) -> str:
        key = shown.get("field")
        if not key:  # find: the TXID itself
            return shown.get("answer", "")
        name = words.field_name(key, self.page_data.network)
        return (
            name
            if self.spec.task == "click"
            else f"{name}: {words.field_text(self.page_data, key)}"
        )

    def reveal(self, params: Reveal) -> None:
        if self.spec.task == "find":
            self._switch(params.get("network", self.page_data.network), research=False)
            self.search_edit.setText(str(params.get("answer", "")))
            self._show_page(params.get("page", self.page_data.name))
            self.searched = True
            return
        if self.shown != self.page_data.name:
            self._show_page(self.page_data.name)
        self.pick(params.get("field", ""))
        if self.answer is not None:
            self.answer.setText(str(params.get("answer", "")))

    def focus_target(self) -> QWidget | None:
        if self.spec.task == "type":
            return self.answer
        if self.spec.task == "find":
            return self.search_edit
        return self.lines.get(self.picked or "") or next(iter(self.lines.values()), None)
