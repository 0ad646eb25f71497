"""Withdrawal: a practice exchange withdrawal form beside the receiving side's deposit screen.

Always marked PRACTICE; nothing is fetched or sent, and every address is made up.
The deposit screen's address and memo are read-only boxes (Tab selects them, Ctrl+C
copies), the form's boxes keep addresses left to right in right-to-left layouts, and
the memo or tag row shows only on a network that carries one, as on real forms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import withdrawal as wd
from ...core.feedback import NOT_YET, Feedback, Reveal
from ...core.lessons.model import Step
from . import withdrawal_words as words
from .base import StepWidget
from .hex_playground import ShyLabel, fixed_family_font
from .text import enable_clear_button, plain

MAX_INPUT = 200  # longer than any address, memo or amount; keeps a runaway paste small


class WithdrawalWidget(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.spec: wd.WithdrawalSpec = step.spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.practice = QLabel(
            self.tr(
                "<b>PRACTICE:</b> a made-up exchange. Nothing here is sent anywhere, and every address "
                "is made up, so it can't receive coins."
            ),
            self,
        )
        self.practice.setTextFormat(Qt.TextFormat.RichText)
        self.practice.setWordWrap(True)
        layout.addWidget(self.practice)
        layout.addWidget(self._deposit_screen())
        layout.addWidget(self._withdrawal_form())
        self.set_value(None)

    # --- building -----------------------------------------------------------------------
    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _code_box(self, name: str, *, read_only: bool) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setFont(fixed_family_font())
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses read left to right
        edit.setMaxLength(MAX_INPUT)
        edit.setReadOnly(read_only)
        if not read_only:
            enable_clear_button(edit, self.tr("Clear the box"))
            edit.returnPressed.connect(self.submitted)
        return edit

    def _deposit_screen(self) -> QGroupBox:
        deposit = self.spec.deposit
        box = QGroupBox(words.deposit_title(self.spec.asset), self)
        form = self._form(box)
        network = QLabel(deposit.label, self)
        network.setTextFormat(Qt.TextFormat.PlainText)  # the author's words, shown as typed
        network.setWordWrap(True)
        self._row(form, words.deposit_network_label(), network)
        self.deposit_address = self._code_box(self.tr("Deposit address"), read_only=True)
        self.deposit_address.setText(deposit.address)
        self.deposit_address.setCursorPosition(0)
        self._row(form, words.deposit_address_label(), self.deposit_address)
        self.deposit_memo: QLineEdit | None = None
        if deposit.memo:
            name = words.memo_name(deposit.network.memo)
            self.deposit_memo = self._code_box(
                self.tr("Deposit {memo}").format(memo=name), read_only=True
            )
            self.deposit_memo.setText(deposit.memo)
            self._row(
                form, words.memo_label(deposit.network.memo).replace("&", ""), self.deposit_memo
            )
            needed = QLabel(
                self.tr(
                    "△ Required: without the {memo}, the exchange can't tell that "
                    "the deposit is yours."
                ).format(memo=name),
                self,
            )
            needed.setWordWrap(True)
            form.addRow(needed)
        return box

    def _withdrawal_form(self) -> QGroupBox:
        box = QGroupBox(words.withdraw_title(self.spec.asset), self)
        form = self._form(box)
        self.network = QComboBox(self)
        self.network.setPlaceholderText(self.tr("Choose a network"))
        for option in self.spec.options:
            self.network.addItem(option.label, option.network.id)
        self.network.setAccessibleName(words.name_of(words.network_label()))
        self.network.setAccessibleDescription(plain(self.step.prompt))
        self._row(form, words.network_label(), self.network)
        self.address = self._code_box(words.name_of(words.address_label()), read_only=False)
        self.address.setPlaceholderText(self.tr("Paste the address from the deposit screen"))
        self._row(form, words.address_label(), self.address)
        self.address_note = ShyLabel(self, self.tr("About the address"))
        self.address_note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.address_note)
        memo_kind = next((o.network.memo for o in self.spec.options if o.network.memo), wd.MEMO)
        self.memo = self._code_box(words.name_of(words.memo_label(memo_kind)), read_only=False)
        self.memo_label = self._row(form, words.memo_label(memo_kind), self.memo)
        self._form_layout = form
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(words.name_of(words.amount_label()))
        self.amount.setPlaceholderText(
            self.tr("for example {amount}").format(amount=self.spec.answer_amount)
        )
        self.amount.setMaxLength(MAX_INPUT)
        self.amount.returnPressed.connect(self.submitted)
        self._row(form, words.amount_label(), self.amount)
        self.costs = ShyLabel(self, self.tr("Fee and minimum"))
        self.costs.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.costs)
        self.network.currentIndexChanged.connect(self._update)
        for edit in (self.address, self.amount):
            edit.textChanged.connect(self._update)
        return box

    # --- keeping the form honest ---------------------------------------------------------
    def _picked(self) -> wd.NetworkOption | None:
        return self.spec.option(self.network.currentData() or "")

    def _update(self, *_: Any) -> None:
        option = self._picked()
        self._form_layout.setRowVisible(self.memo, bool(option and option.network.memo))
        self.address_note.setText(self._address_note(option))
        self.costs.setText(self._costs(option))

    def _address_note(self, option: wd.NetworkOption | None) -> str:
        text = self.address.text()
        if option is None or not text.strip() or wd.fits(option.network.shape, text):
            return ""
        return self.tr(
            "△ This is not shaped like an address on {network}. A real exchange would "
            "refuse it on this network."
        ).format(network=option.label)

    def _costs(self, option: wd.NetworkOption | None) -> str:
        if option is None:
            return self.tr("Pick a network to see its fee and minimum.")
        asset = self.spec.asset
        lines = [
            words.fee_line(wd.plain_amount(option.fee), wd.plain_amount(option.minimum), asset)
        ]
        amount = wd.read_amount(self.amount.text(), asset)
        if amount is not None and amount >= option.minimum:
            lines.append(
                self.tr("The receiving side would get: {amount} {asset}").format(
                    amount=wd.plain_amount(wd.received(option, amount)), asset=asset
                )
            )
        return "\n".join(lines)

    # --- what the lesson view asks --------------------------------------------------------
    def value(self) -> wd.WithdrawalForm:
        option = self._picked()
        memo = self.memo.text() if option and option.network.memo else ""
        return wd.WithdrawalForm(
            network=option.network.id if option else "",
            address=self.address.text(),
            memo=memo,
            amount=self.amount.text(),
        )

    def set_value(self, value: object) -> None:
        form = (
            wd.form_of(value)
            if isinstance(value, dict)
            else wd.WithdrawalForm(
                network=self.spec.start, address="", memo="", amount=self.spec.amount
            )
        )
        self.network.setCurrentIndex(
            self.network.findData(form["network"]) if form["network"] else -1
        )
        self.address.setText(form["address"])
        self.address.setCursorPosition(0)
        self.memo.setText(form["memo"])
        self.amount.setText(form["amount"])
        self._update()

    def reveal(self, params: Reveal) -> None:
        if "form" in params:
            self.set_value(params["form"])

    def feedback_words(self, item: Feedback) -> str:
        """Each mismatch, and what it would do, in plain words (read out with the feedback)."""
        if item.code != NOT_YET:
            return ""
        return "\n".join(words.mismatch_lines(item.params))  # one paragraph per mismatch

    def focus_target(self) -> QWidget | None:
        return self.network
