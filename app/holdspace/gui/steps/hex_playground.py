"""The hex playground: type in either box and watch the other follow.

Both boxes always hold the same amount. Below them: the bytes, two hex digits each,
and a button that reverses their order (explorers show Bitcoin TXIDs that way).
With a task, Check reads the box the task names (see ``core.practice.hex_playground``);
without one the step is free play and the lesson view shows no Check button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import hexa
from ...core.feedback import Feedback, Reveal
from ...core.lessons.model import Step
from ...core.practice.hex_playground import (
    MAX_INPUT_DECIMAL_DIGITS,
    MAX_INPUT_HEX_DIGITS,
    HexPlaygroundSpec,
    grouped_pairs,
    read_digits,
    read_whole,
)
from ..i18n import ltr
from .base import StepWidget
from .text import enable_clear_button, plain

SHOW_GROUPED_UP_TO = 30  # longer numbers stay in their box (a label can't wrap one long word)


def fixed_family_font() -> QFont:
    """A monospace family only, so the size still follows the app's text size."""
    font = QFont()
    font.setFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def show_start(edit: QLineEdit, text: str) -> None:
    """Set text put there for the learner so its beginning shows, not its end."""
    edit.setText(text)
    edit.setCursorPosition(0)


class ShyLabel(QLabel):
    """A word-wrapped label that takes no room (and is skipped by screen readers) while empty.

    Its accessible name stays its text, so a screen reader reads what the screen shows;
    ``role`` (e.g. "What Holdspace sees") goes in the description."""

    def __init__(self, parent: QWidget, role: str):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleDescription(role)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setVisible(bool(text))


class HexPlaygroundWidget(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.spec: HexPlaygroundSpec = step.spec
        self._syncing = False
        self._build()
        self.hex_edit.textChanged.connect(self._hex_changed)
        self.decimal_edit.textChanged.connect(self._decimal_changed)
        self.reverse_button.clicked.connect(self.reverse)
        for edit in (self.hex_edit, self.decimal_edit):
            edit.returnPressed.connect(self._enter)
        self.set_value(None)

    # --- building ---------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Hex playground"), self)
        outer.addWidget(box)
        column = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.hex_edit = self._edit(
            self.tr("for example 0x5208"), self.tr("Hex box"), MAX_INPUT_HEX_DIGITS + 100
        )
        self.decimal_edit = self._edit(
            self.tr("for example 21000"),
            self.tr("Everyday number box"),
            MAX_INPUT_DECIMAL_DIGITS + 400,
        )
        form.addRow(self._buddy(self.tr("He&x:"), self.hex_edit), self.hex_edit)
        form.addRow(self._buddy(self.tr("&Everyday number:"), self.decimal_edit), self.decimal_edit)
        column.addLayout(form)
        row = QHBoxLayout()
        self.reverse_button = QPushButton(self.tr("⇄ &Reverse byte order"), box)
        self.reverse_button.setAccessibleName(self.tr("Reverse byte order"))
        self.reverse_button.setToolTip(self.tr("Turn the bytes around: the last pair comes first"))
        row.addWidget(self.reverse_button)
        row.addStretch(1)
        column.addLayout(row)
        #: Heading of the line that shows the hex digits in pairs, one pair per byte.
        self.bytes_label = self._label(self.tr("Bytes"), monospace=True)
        self.status_label = self._label(self.tr("What the playground says"))
        self.task_label = self._label(self.tr("How to answer"))
        for label in (self.bytes_label, self.status_label, self.task_label):
            column.addWidget(label)
        self.task_label.setText(self._task_text())

    def _edit(self, placeholder: str, name: str, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(plain(self.step.prompt))
        edit.setMaxLength(limit)
        enable_clear_button(edit, self.tr("Clear the box"))
        edit.setFont(fixed_family_font())
        # Hex and digits read left to right in every language.
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return edit

    def _buddy(self, text: str, edit: QLineEdit) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(edit)
        return label

    def _label(self, name: str, *, monospace: bool = False) -> QLabel:
        label = ShyLabel(self, name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if monospace:
            label.setFont(fixed_family_font())
            label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return label

    def _task_text(self) -> str:
        task = self.spec.task
        if task is None:
            return ""
        if task.box == "decimal":
            return self.tr("When the everyday box shows your answer, press Check (or Enter).")
        return self.tr("When the hex box shows your answer, press Check (or Enter).")

    # --- keeping the two boxes together -----------------------------------------------
    def _hex_changed(self, text: str) -> None:
        if self._syncing:
            return
        digits = self._read_hex(text)
        self._set_quietly(self.decimal_edit, "" if digits is None else str(int(digits, 16)))
        self._show_bytes(digits)

    def _decimal_changed(self, text: str) -> None:
        if self._syncing:
            return
        number = self._read_decimal(text)
        digits = None if number is None else format(number, "x")
        self._set_quietly(self.hex_edit, "" if digits is None else "0x" + digits)
        self._show_bytes(digits)

    def _read_hex(self, text: str) -> str | None:
        """The digits, or None with a kind word in the status line."""
        if not text.strip():
            self.status_label.setText("")
            return None
        digits = read_digits(text)
        if digits is None:
            self.status_label.setText(self._not_hex(text))
        elif len(digits) > MAX_INPUT_HEX_DIGITS:
            self.status_label.setText(
                self.tr(
                    "↻ That is more digits than the playground works with. Try something shorter."
                )
            )
            return None
        else:
            self._say_same(int(digits, 16), digits)
        return digits

    def _not_hex(self, text: str) -> str:
        _, body = hexa.split_prefix(text)
        stray = next((c for c in body if c not in hexa.HEX_DIGITS), "")
        if stray.isprintable() and stray:  # one character is safe to echo; the text is not
            return self.tr("↻ “{character}” is not a hex digit. Hex uses only 0–9 and a–f.").format(
                character=ltr(stray)
            )
        return self.tr("↻ Hex uses only 0–9 and a–f, with 0x in front if you like.")

    def _read_decimal(self, text: str) -> int | None:
        if not text.strip():
            self.status_label.setText("")
            return None
        number = read_whole(text)
        if number is None:
            self.status_label.setText(self._not_decimal(text))
            return None
        self._say_same(number, format(number, "x"))
        return number

    def _not_decimal(self, text: str) -> str:
        if any(c in "abcdefABCDEFxX" for c in text):
            return self.tr("↻ This box takes everyday digits 0–9. Letters a–f go in the hex box.")
        if text.strip().startswith(("-", "−")):
            return self.tr("↻ The playground works with whole numbers from 0 upwards.")
        if "." in text:
            return self.tr("↻ Only whole numbers have a hex form here, like 21000.")
        return self.tr("↻ Type digits 0–9, like 21000.")

    def _say_same(self, number: int, digits: str) -> None:
        if number < 10**SHOW_GROUPED_UP_TO:
            self.status_label.setText(
                self.tr(
                    "= Both boxes hold the same amount: {hex} is {number} in everyday numbers."
                ).format(hex=ltr("0x" + digits), number=ltr(f"{number:,}"))
            )
        else:
            # A 77-digit "everyday number" means nothing to anyone: say what it is instead.
            self.status_label.setText(
                self.tr(
                    "= Both boxes hold the same value. As an everyday number it has {count} digits, "
                    "far too many to be an amount: hex this long is an ID, like a TXID. IDs are "
                    "compared, never counted with."
                ).format(count=len(str(number)))
            )

    def _set_quietly(self, edit: QLineEdit, text: str) -> None:
        self._syncing = True
        try:
            show_start(edit, text)
        finally:
            self._syncing = False

    def _show_bytes(self, digits: str | None) -> None:
        self.reverse_button.setEnabled(bool(digits))
        if not digits:
            self.bytes_label.setText("")
            return
        padded = digits if len(digits) % 2 == 0 else "0" + digits
        count = len(padded) // 2
        text = self.tr("In pairs: {pairs} (%n byte(s))", "", count).format(
            pairs=ltr(grouped_pairs(padded))
        )
        if padded != digits:
            text += "\n" + self.tr("(A 0 was put in front so the digits make whole pairs.)")
        self.bytes_label.setText(text)

    # --- the reverse button -----------------------------------------------------------
    def reverse(self) -> None:
        text = self.hex_edit.text()
        digits = read_digits(text)
        if not digits:
            self.status_label.setText(self.tr("↻ Type some hex first, then reverse its bytes."))
            return
        padded = digits if len(digits) % 2 == 0 else "0" + digits
        had_prefix, _ = hexa.split_prefix(text)
        flipped = hexa.reverse_bytes(("0x" if had_prefix else "") + padded)
        show_start(self.hex_edit, flipped)
        self._read_hex(flipped)  # a fresh status line, even when one byte stays as it was
        self.status_label.setText(
            self.status_label.text() + "\n" + self.tr("⇄ The bytes are now in the other order.")
        )

    def _enter(self) -> None:
        if self.checkable:
            self.submitted.emit()

    # --- what the lesson view asks ----------------------------------------------------
    def value(self) -> str:
        task = self.spec.task
        return self.decimal_edit.text() if task and task.box == "decimal" else self.hex_edit.text()

    def set_value(self, value: Any) -> None:
        task = self.spec.task
        if isinstance(value, str) and task is not None:
            (self.decimal_edit if task.box == "decimal" else self.hex_edit).setText(value)
        elif self.spec.start:
            show_start(self.hex_edit, self.spec.start)
        else:
            self.hex_edit.clear()
            self._hex_changed("")

    def feedback_words(self, item: Feedback) -> str:
        reason = item.params.get("playground")
        if reason == "digits-reversed":
            return self.tr(
                "You reversed the digits, not the bytes. A byte is a pair of digits: "
                "keep each pair together and reverse the order of the pairs."
            )
        if reason == "not-reversed-yet":
            return self.tr(
                "The hex box still shows the bytes in their first order. Press "
                "“Reverse byte order”, or write the pairs from last to first."
            )
        return ""

    def reveal(self, params: Reveal) -> None:
        answer = str(params.get("answer", ""))
        if params.get("box") == "decimal":
            show_start(self.decimal_edit, answer.replace(",", ""))
        elif answer:
            show_start(self.hex_edit, answer.replace(" ", ""))

    def focus_target(self) -> QWidget | None:
        task = self.spec.task
        if self.spec.start:
            return self.reverse_button  # the step starts with bytes to turn around
        if task is not None and task.type == "hex":
            return self.decimal_edit
        return self.hex_edit
