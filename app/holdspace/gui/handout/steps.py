"""One step of a lesson on paper: what the learner sees, then (facilitator only) the key.

Each hands-on kind prints what a person needs without a computer: the explorer page
as a table, the P&L trades as a table, boxes to tick, a frame to write in. A practice
recovery phrase is never printed: its step prints an empty backup card instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from ...core.lessons.glossary import Glossary
from ...core.lessons.model import Step
from ...core.lessons.registry import STEP_KINDS
from ...core.withdrawal import plain_amount as wd_amount
from ..safe_text import escape
from ..steps.paste_check import grouped
from ..steps.pnl import PnlWords
from .text import BOX, TICKED, block, inline, labelled, plain, table, write_space

SEED_KIND = "seed_practice"


class StepPrinter(QObject):
    def __init__(
        self, glossary: Glossary | None, *, facilitator: bool, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.glossary = glossary
        self.facilitator = facilitator
        self._kinds: dict[str, Callable[[Step], str]] = {
            "choice": self._choice,
            "answer": self._answer,
            "checklist": self._checklist,
            "explorer": self._explorer,
            "pnl": self._pnl,
            "hex_playground": self._hex,
            "paste_check": self._paste,
            SEED_KIND: self._seed,
            "withdrawal": self._withdrawal,
        }
        self._lesson_id = ""
        self._number = 0
        self._pages: dict[str, int] = {}  # explorer page -> the step that printed it

    def html(self, step: Step, number: int, total: int, lesson_id: str) -> str:
        if lesson_id != self._lesson_id:
            self._lesson_id, self._pages = lesson_id, {}
        self._number = number
        heading = escape(
            QCoreApplication.translate("LessonView", "Step {number} of {total}").format(
                number=number, total=total
            )
        )
        parts = [f"<h3>{heading}</h3>", block(step.body, self.glossary)]
        if step.prompt and step.kind != "choice":
            parts.append(f"<p><b>{inline(step.prompt, self.glossary)}</b></p>")
        parts.append(self._kinds.get(step.kind, lambda s: "")(step))
        if self.facilitator:
            parts.append(self._key(step))
        return "".join(parts)

    # --- the learner's part, per kind ---------------------------------------------
    def _choice(self, step: Step) -> str:
        spec = step.spec
        ask = (
            self.tr("Tick every answer that fits:")
            if spec.multiple
            else self.tr("Tick one answer:")
        )
        out = [f"<p><b>{inline(step.prompt, self.glossary)}</b></p>", f"<p>{escape(ask)}</p>"]
        for index in spec.display_order(f"{self._lesson_id}/{step.id}"):
            choice = spec.choices[index]
            mark = TICKED if self.facilitator and choice.correct else BOX
            right = (
                " <b>(" + escape(self.tr("a right answer")) + ")</b>"
                if self.facilitator and choice.correct
                else ""
            )
            out.append(f"<p>{mark}&nbsp; {inline(choice.text, self.glossary)}{right}</p>")
            if self.facilitator and choice.feedback:
                out.append(f"<blockquote>{block(choice.feedback, self.glossary)}</blockquote>")
        return "".join(out)

    def _answer(self, step: Step) -> str:
        return write_space(2)

    def _checklist(self, step: Step) -> str:
        out = []
        for item in step.spec.items:
            detail = (
                f"<br><span class='aside'>{inline(item.detail, self.glossary)}</span>"
                if item.detail
                else ""
            )
            out.append(f"<p>{BOX}&nbsp; {inline(item.text, self.glossary)}{detail}</p>")
        return "".join(out)

    def _explorer(self, step: Step) -> str:
        from ...core.explorer_pages import load_page
        from ..steps.explorer_words import field_name, field_text

        page = load_page(step.spec.page)
        if page.name in self._pages:  # the same page again: paper is not wasted on it
            shown = (
                "<p class='aside'>"
                + escape(
                    self.tr("Use the practice explorer page printed at step {number}.").format(
                        number=self._pages[page.name]
                    )
                )
                + "</p>"
            )
        else:
            self._pages[page.name] = self._number
            rows = [[self.tr("Field"), self.tr("Value")]]
            rows += [[field_name(key, page.network), field_text(page, key)] for key in page.keys()]
            note = self.tr("A practice explorer page (a teaching example, not a live record).")
            shown = f"<p class='aside'>{escape(note)}</p>{table(rows)}"
        task = {
            "click": self.tr("Circle the line that answers the question."),
            "type": self.tr("Write what the page says:"),
            "find": self.tr("Find this transaction on the page."),
        }[step.spec.task]
        space = write_space(1) if step.spec.task == "type" else ""
        return f"{shown}<p>{escape(task)}</p>{space}"

    def _pnl(self, step: Step) -> str:
        return PnlWords(step.spec, self).scenario_html() + write_space(2)

    def _hex(self, step: Step) -> str:
        rows = [[self.tr("Hex"), self.tr("Everyday number")], ["", ""]]
        start = step.spec.start
        if start:
            rows[1][0] = "0x" + start
        return table(rows) if step.spec.task is None else table(rows) + write_space(1)

    def _paste(self, step: Step) -> str:
        spec = step.spec
        if spec.mode == "lookalike":
            meant = (
                "<p>"
                + QCoreApplication.translate("PasteCheckWidget", "<b>The address you meant:</b>")
                + f"<br><tt>{plain(grouped(spec.expected))}</tt></p>"
            )
            ask = escape(
                QCoreApplication.translate(
                    "PasteCheckWidget",
                    "Which of these is the same address? Compare every group of four.",
                )
            )
            return (
                meant
                + f"<p>{ask}</p>"
                + "".join(
                    f"<p>{BOX}&nbsp; <tt>{plain(grouped(text))}</tt></p>"
                    for text in spec.candidates
                )
            )
        shown = [t for t in (spec.expected, spec.start) if t]
        return "".join(f"<p><tt>{plain(text)}</tt></p>" for text in shown) + write_space(1)

    def _withdrawal(self, step: Step) -> str:
        """The deposit screen as a table, then the form: a box per network, lines to fill in."""
        from ..steps import withdrawal_words as words

        spec, deposit = step.spec, step.spec.deposit
        practice = QCoreApplication.translate(
            "WithdrawalWidget",
            "<b>PRACTICE:</b> a made-up exchange. Nothing here is sent anywhere, "
            "and every address is made up, so it can't receive coins.",
        )
        memo_label = words.memo_label(deposit.network.memo or "").replace("&", "")
        shown = [
            [words.deposit_network_label(), deposit.label],
            [words.deposit_address_label(), deposit.address],
        ]
        shown += [[memo_label, deposit.memo]] if deposit.memo else []
        out = [
            f"<p class='aside'>{practice}</p>",
            f"<p><b>{plain(words.deposit_title(spec.asset))}</b></p>",
            table(shown, head=False),
            f"<p><b>{plain(words.withdraw_title(spec.asset))}</b></p>",
            f"<p>{plain(words.network_label().replace('&', ''))}</p>",
        ]
        for option in spec.options:
            right = self.facilitator and option.network.id == deposit.network.id
            costs = words.fee_line(wd_amount(option.fee), wd_amount(option.minimum), spec.asset)
            out.append(
                f"<p>{TICKED if right else BOX}&nbsp; {plain(option.label)} <span class='aside'>({plain(costs)})</span></p>"
            )
        fill = [[words.address_label().replace("&", ""), ""]]
        fill += [[memo_label, ""]] if any(o.network.memo for o in spec.options) else []
        fill += [[words.amount_label().replace("&", ""), spec.amount]]
        return "".join(out) + table(fill, head=False)

    def _seed(self, step: Step) -> str:
        """An empty backup card: the real thing is written by hand, never printed."""
        words = step.spec.words
        intro = self.tr(
            "A backup card to fill in by hand, in pencil, at home. This sheet never "
            "holds a phrase: the app makes a fresh practice one on screen."
        )
        half = (words + 1) // 2
        rows = "".join(
            f"<tr><td width='8%' align='right' style='white-space: nowrap'>{n}.</td><td width='43%'>&nbsp;</td>"
            f"<td width='8%' align='right' style='white-space: nowrap'>{n + half}.</td><td width='43%'>&nbsp;</td></tr>"
            for n in range(1, half + 1)
        )
        return (
            f"<p class='aside'>{escape(intro)}</p>"
            f"<table width='100%' border='1' cellspacing='0' cellpadding='9'>{rows}</table>"
        )

    # --- the facilitator's key ------------------------------------------------------
    def _key(self, step: Step) -> str:
        parts = []
        kind = STEP_KINDS.get(step.kind)
        if (
            step.kind != SEED_KIND
            and kind is not None
            and kind.checker is not None
            and step.is_check
        ):
            answer = str(kind.checker.reveal(step).get("answer", ""))
            parts.append(labelled(self.tr("Answer:"), plain(answer)))
        for number, hint in enumerate(step.hints, start=1):
            parts.append(
                labelled(
                    self.tr("Hint {number}:").format(number=number), inline(hint, self.glossary)
                )
            )
        for response in getattr(step.spec, "responses", ()) or ():
            parts.append(
                labelled(
                    self.tr("If someone says “{answer}”:").format(answer=response.answer),
                    inline(response.feedback, self.glossary),
                )
            )
        if step.kind == "pnl":
            parts.append(self._working(step))
        if step.explain:
            parts.append(
                "<p><b>"
                + escape(self.tr("Explanation:"))
                + "</b></p>"
                + block(step.explain, self.glossary)
            )
        if step.notes:
            parts.append(
                "<p><b>"
                + escape(self.tr("Facilitator notes:"))
                + "</b></p>"
                + block(step.notes, self.glossary)
            )
        body = "".join(p for p in parts if p)
        return (
            f"<table width='100%' border='1' cellspacing='0' cellpadding='8'><tr><td>{body}</td></tr></table>"
            if body
            else ""
        )

    def _working(self, step: Step) -> str:
        words = PnlWords(step.spec, self)
        out = []
        for method in step.spec.methods:
            rows = [[words.sentence(line)] for line in step.spec.lines(method)]
            out.append(
                f"<p><b>{escape(words.method_title(method))}</b></p>" + table(rows, head=False)
            )
        return "".join(out)
