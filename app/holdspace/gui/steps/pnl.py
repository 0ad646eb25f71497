"""A trade scenario: the trades as a table, a forgiving amount box, then the working.

After the learner finds the figure (or asks "show me"), every line of the breakdown is
said in words, and a waterfall chart walks from the expected profit to the actual one.
With ``method: both`` FIFO and average cost stand side by side (stacked when narrow).

The widget learns that a check succeeded from the session: the lesson view hands it over
through ``bind_session`` and reads ``value()`` just before it checks, so the widget looks
at the session's state on the next turn of the event loop (and again on every visit).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.feedback import Reveal
from ...core.lessons.model import Step
from ...core.pnl import Line, waterfall
from ...core.practice.pnl_scenario import PnlSpec
from ...core.session import Session
from ..safe_text import escape
from ..waterfall import ChartBar, WaterfallChart
from .base import StepWidget
from .pnl_words import PnlWords
from .text import enable_clear_button, plain

SIDE_BY_SIDE_CHARS = 70  # narrower than this (in characters), the two methods stack


class _Columns(QWidget):
    """Two columns side by side when there is room, one under the other when not."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(self.fontMetrics().averageCharWidth() * 3)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        wide = self.width() >= self.fontMetrics().averageCharWidth() * SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)  # mirrored by Qt in right-to-left layouts
        super().resizeEvent(event)


class PnlWidget(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        spec: PnlSpec = step.spec
        self.words = PnlWords(spec, self)
        self._session: Session | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scenario = QLabel(self)
        self.scenario.setWordWrap(True)
        self.scenario.setText(self.words.scenario_html())
        # A table read cell by cell makes no sense aloud: readers get it as sentences.
        self.scenario.setAccessibleName(
            self.tr("The trades: {trades}").format(trades=" ".join(self.words.scenario_sentences()))
        )
        layout.addWidget(self.scenario)
        layout.addLayout(self._answer_row(spec))
        self.result = QWidget(self)
        self.result.setAccessibleName(self.tr("The working, line by line"))
        self.result.hide()
        layout.addWidget(self.result)
        self.charts: list[WaterfallChart] = []
        self.breakdowns: list[QLabel] = []

    def _answer_row(self, spec: PnlSpec) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Your &answer:"), self)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(spec.placeholder or self.tr("an amount, for example 14.00"))
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setAccessibleDescription(plain(self.step.prompt))
        enable_clear_button(self.edit, self.tr("Clear the box"))
        self.edit.returnPressed.connect(self.submitted)
        label.setBuddy(self.edit)
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        return row

    # --- the StepWidget contract ----------------------------------------------------
    def value(self) -> str:
        return self.edit.text()

    def feedback_shown(self, feedback: Any) -> None:
        """The lesson view tells us each result: the working appears once it's found."""
        self.refresh()

    def set_value(self, value: Any) -> None:
        if isinstance(value, str):
            self.edit.setText(value)

    def reveal(self, params: Reveal) -> None:
        self.edit.setText(str(params.get("answer", "")))
        self.show_working()

    def focus_target(self) -> QWidget | None:
        return self.edit

    def bind_session(self, session: Session | None) -> None:
        """Called by the lesson view with the running session (to show the working again)."""
        self._session = session
        self.refresh()

    def refresh(self) -> None:
        session = self._session
        if session is None or session.step is not self.step:
            return
        if session.state.solved or session.state.shown:
            self.show_working()

    # --- the working ----------------------------------------------------------------
    @property
    def working_shown(self) -> bool:
        return not self.result.isHidden()

    def show_working(self) -> None:
        if self.working_shown:
            return
        spec: PnlSpec = self.step.spec
        outer = QVBoxLayout(self.result)
        outer.setContentsMargins(0, 0, 0, 0)
        working = self.tr("The working, line by line")  # outside the f-string: lupdate sees it
        heading = QLabel(f"<h3>{escape(working)}</h3>", self.result)
        heading.setWordWrap(True)
        outer.addWidget(heading)
        columns = _Columns(self.result)
        for method in spec.methods:
            columns.box.addWidget(self._column(method, len(spec.methods) > 1), 1)
        outer.addWidget(columns)
        values = [v for chart in self.charts for bar in chart.bars for v in (bar.start, bar.end)]
        for chart in self.charts:  # side by side, both charts share one scale
            chart.set_range(min(values, default=Decimal(0)), max(values, default=Decimal(0)))
        self.result.show()

    def _column(self, method: str, titled: bool) -> QWidget:
        spec: PnlSpec = self.step.spec
        column = QWidget(self.result)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        lines = spec.lines(method)
        title = self.words.method_title(method) if spec.round_trip is None else ""
        if titled or title:
            head = QLabel(f"<b>{escape(title)}</b>", column)
            head.setWordWrap(True)
            layout.addWidget(head)
        text = QLabel(column)
        text.setWordWrap(True)
        sentences = [self.words.sentence(line) for line in lines]
        text.setText("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in sentences) + "</ol>")
        # Read as what it shows (the sentences); what it is goes in the description.
        text.setAccessibleDescription(
            self.tr("Breakdown: {method}").format(method=title) if title else self.tr("Breakdown")
        )
        layout.addWidget(text)
        self.breakdowns.append(text)
        layout.addWidget(self._chart(lines, title, column))
        layout.addStretch(1)  # side by side, both columns start at the top
        return column

    def _chart(self, lines: list[Line], title: str, parent: QWidget) -> WaterfallChart:
        chart = WaterfallChart(parent)
        bars, spoken = [], []
        for bar in waterfall(lines):
            label = self.words.bar_label(bar)
            if bar.is_total:
                amount = self.words.money(bar.end)
                spoken.append(self.tr("{label}: {amount}.").format(label=label, amount=amount))
            else:
                amount = self.words.money(bar.end - bar.start, signed=True)
                spoken.append(
                    self.tr("{label}: {amount}, which brings the total to {total}.").format(
                        label=label, amount=amount, total=self.words.money(bar.end)
                    )
                )
            bars.append(ChartBar(label, amount, bar.start, bar.end, bar.is_total))
        name = self.tr("Waterfall chart, from the expected profit to the actual one")
        chart.setAccessibleName(f"{name} ({title})" if title else name)
        chart.set_bars(bars, spoken)
        self.charts.append(chart)
        return chart
