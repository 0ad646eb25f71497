"""Paste check: a safe box that says what a pasted string is; compare; a look-alike drill.

Everything shown about a paste comes from ``core.paste`` (identify, compare) and is
worded here through tr(). Differences are marked with brackets and underlines and
named in words ("group 4"), never by colour alone. Secrets are never echoed: a
private key is cleared from the box, and a recovery phrase is left to the lesson
application's tripwire, which clears it and explains. Either way the clipboard is
emptied of it too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core import paste
from ...core.feedback import NOT_YET, Feedback, Reveal
from ...core.lessons.model import Step
from ...core.practice.paste_check import MAX_INPUT, PasteCheckSpec, same_thing
from ..i18n import ltr
from ..safe_text import escape
from ..tripwire import forget_on_clipboard
from . import paste_check_words as words
from .base import StepWidget
from .hex_playground import ShyLabel, fixed_family_font, show_start
from .text import enable_clear_button, plain

grouped = words.grouped  # the handout groups addresses the same way


def marked_groups(comparison: paste.Comparison, which: str) -> str:
    """One side in groups of four; differing groups in [brackets], differing characters underlined."""
    text = comparison.a if which == "a" else comparison.b
    size, differ = comparison.group_size, set(comparison.differences)
    parts = []
    for start in range(0, len(text), size):
        chars = "".join(
            f"<u><b>{escape(c)}</b></u>" if start + i in differ else escape(c)
            for i, c in enumerate(text[start : start + size])
        )
        parts.append(f"[{chars}]" if comparison.group_differs(start // size) else chars)
    return words.mono(" ".join(parts))


class PasteCheckWidget(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.spec: PasteCheckSpec = step.spec
        self._quiet = False
        self.paste_edit: QLineEdit | None = None
        self.first_edit: QLineEdit | None = None
        self.radios: list[QRadioButton] = []
        self.choice_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        {
            "inspect": self._build_inspect,
            "compare": self._build_compare,
            "lookalike": self._build_lookalike,
        }[self.spec.mode](layout)
        self.set_value(None)

    # --- building -----------------------------------------------------------------------
    def _label(self, name: str, *, rich: bool = True) -> QLabel:
        label = ShyLabel(self, name)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        return label

    def _edit(self, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(plain(self.step.prompt))
        edit.setMaxLength(MAX_INPUT)
        edit.setFont(fixed_family_font())
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses read left to right
        edit.returnPressed.connect(self._enter)
        return edit

    def _row(self, form: QFormLayout, text: str, edit: QLineEdit) -> None:
        label = QLabel(text, self)
        label.setBuddy(edit)
        form.addRow(label, edit)

    def _form(self, layout: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.addLayout(form)
        return form

    def _build_inspect(self, layout: QVBoxLayout) -> None:
        form = self._form(layout)
        self.paste_edit = self._edit(
            self.tr("Paste an address or a TXID here (Ctrl+V)"), self.tr("Paste box")
        )
        enable_clear_button(self.paste_edit, self.tr("Clear the box"))
        self._row(form, self.tr("P&aste here:"), self.paste_edit)
        self.result = self._label(self.tr("What Holdspace sees"))
        layout.addWidget(self.result)
        self.paste_edit.textChanged.connect(self._inspect)

    def _build_compare(self, layout: QVBoxLayout) -> None:
        form = self._form(layout)
        self.first_edit = self._edit(
            self.tr("The address you meant"), self.tr("The address you meant")
        )
        self.paste_edit = self._edit(
            self.tr("Paste the address to compare (Ctrl+V)"), self.tr("The address in the send box")
        )
        enable_clear_button(self.paste_edit, self.tr("Clear the box"))
        if self.spec.expected:
            show_start(self.first_edit, self.spec.expected)
            self.first_edit.setReadOnly(True)  # it comes from the lesson; copy it from here
        self._row(form, self.tr("The address you &meant:"), self.first_edit)
        self._row(form, self.tr("The address in the sen&d box:"), self.paste_edit)
        self.practice = self._label(self.tr("Practice note"), rich=False)
        self.practice.setText(
            self.tr(
                "PRACTICE: the send box starts with a made-up look-alike. "
                "It is not anyone's real address."
            )
        )
        if not self.spec.start_made_up:
            self.practice.setText("")
        self.result = self._label(self.tr("What Holdspace sees"))
        layout.addWidget(self.practice)
        layout.addWidget(self.result)
        for edit in (self.first_edit, self.paste_edit):
            edit.textChanged.connect(self._compare)

    def _build_lookalike(self, layout: QVBoxLayout) -> None:
        meant = self._label(self.tr("The address you meant"))
        meant.setText(
            self.tr("<b>The address you meant:</b>")
            + "<br>"
            + words.mono(escape(grouped(self.spec.expected)))
        )
        layout.addWidget(meant)
        ask = QLabel(
            self.tr("Which of these is the same address? Compare every group of four."), self
        )
        ask.setWordWrap(True)
        layout.addWidget(ask)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self._group = QButtonGroup(self)
        for index, text in enumerate(self.spec.candidates):
            radio = QRadioButton(self.tr("Address &{number}").format(number=index + 1), self)
            radio.setAccessibleName(
                self.tr("Address {number}: {address}").format(
                    number=index + 1, address=ltr(grouped(text))
                )
            )
            label = self._label(self.tr("Address {number}").format(number=index + 1))
            label.setText(words.mono(escape(grouped(text))))
            label.installEventFilter(self)  # a click on the address picks it, as on the button
            self._group.addButton(radio, index)
            self.radios.append(radio)
            self.choice_labels.append(label)
            grid.addWidget(radio, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, index, 1)
        layout.addLayout(grid)
        note = self._label(self.tr("Practice note"), rich=False)
        note.setText(
            self.tr(
                "PRACTICE: all but one of these are look-alikes made up for this drill. "
                "None of them is a real address."
            )
        )
        layout.addWidget(note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.MouseButtonRelease and watched in self.choice_labels:
            radio = self.radios[self.choice_labels.index(watched)]
            radio.setChecked(True)
            radio.setFocus(Qt.FocusReason.MouseFocusReason)
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        if self.checkable:
            self.submitted.emit()

    # --- inspect --------------------------------------------------------------------------
    def _inspect(self, text: str) -> None:
        if self._quiet:
            return
        if not text.strip():
            self.result.setText("")
            return
        found = paste.identify(text)
        secret = found.kind == "btc-private-key" or "looks-like-recovery-phrase" in found.notes
        # Never leave a secret on screen, nor on the clipboard for the next paste. (A full
        # recovery phrase is the tripwire's: it clears the box itself and shows its card.)
        emptied = forget_on_clipboard(text) if secret else False
        html = words.describe(found, text)
        if emptied:
            html += (
                "<p>"
                + escape(
                    self.tr(
                        "The clipboard was emptied too, so it can't be pasted again by accident."
                    )
                )
                + "</p>"
            )
        self.result.setText(html)
        if secret:
            self._quiet = True
            try:
                self.paste_edit.setText("")
            finally:
                self._quiet = False

    # --- compare --------------------------------------------------------------------------
    def _compare(self, *_: Any) -> None:
        first, second = self.first_edit.text(), self.paste_edit.text()
        if not first.strip() or not second.strip():
            self.result.setText(
                self.tr("Put an address in both boxes to compare them.")
                if first.strip() or second.strip()
                else ""
            )
            return
        comparison = paste.compare(first, second)
        lines = [escape(self._summary(comparison, first, second))]
        if comparison.same_ends:
            lines.append(
                escape(
                    self.tr(
                        "△ The first and last four characters match, but the middle "
                        "does not. This is the trick of address poisoning: always "
                        "compare the middle too."
                    )
                )
            )
        html = "<br>".join(lines)
        if not comparison.same:
            # One table, so both sides wrap at the same place and their groups stay in line.
            rows = ((self.tr("Meant:"), "a"), (self.tr("Send box:"), "b"))
            html += (
                "<table>"
                + "".join(
                    f"<tr><td><b>{escape(name)}</b>&nbsp;</td><td>{marked_groups(comparison, side)}</td></tr>"
                    for name, side in rows
                )
                + "</table>"
            )
            html += escape(
                self.tr(
                    "Groups that differ are in [brackets]; the characters that "
                    "differ are underlined."
                )
            )
        self.result.setText(html)

    def _summary(self, comparison: paste.Comparison, first: str, second: str) -> str:
        if comparison.same:
            return self.tr("✓ The same, character for character.")
        if comparison.case_only:
            if same_thing(first, second):
                return self.tr(
                    "≈ Only capital and small letters differ. For this kind of text it is "
                    "still the same."
                )
            return self.tr(
                "≠ Only capital and small letters differ, and here that matters: treat "
                "them as different."
            )
        groups = ", ".join(str(g + 1) for g in comparison.differing_groups)
        return self.tr(
            "≠ Not the same. Characters that differ: {count}. Groups where they are: {groups}."
        ).format(count=len(comparison.differences), groups=ltr(groups))

    # --- what the lesson view asks --------------------------------------------------------
    def value(self) -> str | None:
        if self.spec.mode == "lookalike":
            picked = self._group.checkedId()
            return self.spec.candidates[picked] if picked >= 0 else None
        return self.paste_edit.text()

    def set_value(self, value: Any) -> None:
        if self.spec.mode == "lookalike":
            for index, radio in enumerate(self.radios):
                radio.setChecked(self.spec.candidates[index] == value)
            return
        text = value if isinstance(value, str) else self.spec.start
        show_start(self.paste_edit, text)
        if not text:  # setText("") on an empty box emits nothing: say so anyway
            (self._inspect if self.spec.mode == "inspect" else self._compare)("")

    def feedback_words(self, item: Feedback) -> str:
        """What differs from the text meant, said in words as well as marked."""
        params = item.params
        if item.code != NOT_YET or "differences" not in params:
            return ""
        if params.get("case_only"):
            said = self.tr(
                "Only capital and small letters differ, and here that matters: it is "
                "not the text meant."
            )
        else:
            groups = ", ".join(str(g) for g in params.get("groups", []))
            #: {groups} lists the groups of four characters that differ, e.g. "3, 7".
            said = self.tr(
                "%n character(s) differ from the text meant. Groups of four where they "
                "are: {groups}.",
                "",
                params["differences"],
            ).format(groups=groups)
        if params.get("same_ends"):
            said += " " + self.tr(
                "The first and last characters match and the middle does not: "
                "that is how look-alike addresses fool people."
            )
        return said

    def reveal(self, params: Reveal) -> None:
        if self.spec.mode != "lookalike":
            show_start(self.paste_edit, str(params.get("answer", "")))
            return
        for index, text in enumerate(self.spec.candidates):
            comparison = paste.compare(self.spec.expected, text)
            label = marked_groups(comparison, "b")
            if comparison.same:
                label += "<br>" + escape(self.tr("✓ The same address."))
            else:
                groups = ", ".join(str(g + 1) for g in comparison.differing_groups)
                label += "<br>" + escape(
                    self.tr("≠ A practice look-alike. Groups that differ: {groups}.").format(
                        groups=ltr(groups)
                    )
                )
            self.choice_labels[index].setText(label)
        self.set_value(self.spec.expected)

    def focus_target(self) -> QWidget | None:
        if self.spec.mode == "lookalike":
            checked = next((r for r in self.radios if r.isChecked()), None)
            return checked or (self.radios[0] if self.radios else None)
        return self.paste_edit
