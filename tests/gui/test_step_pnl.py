"""The `pnl` step as a learner meets it: a trade table, a forgiving box, then the working."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout

from holdspace.core.lessons import open_pack
from holdspace.core.lessons.model import Step
from holdspace.core.lessons.problems import Report
from holdspace.core.paths import builtin_pack_dir
from holdspace.core.practice.pnl_scenario import _build
from holdspace.core.session import Session
from holdspace.gui.steps.pnl import PnlWidget, _Columns
from holdspace.gui.waterfall import ChartBar, WaterfallChart
from packkit import seen


def open_step(window, lesson_id: str, step_id: str):
    lesson = window.packs[0].lesson(lesson_id)
    window.open_lesson(lesson, next(s.index for s in lesson.steps if s.id == step_id))
    return window.lesson_view


def test_a_round_trip_by_keyboard_from_not_yet_to_the_working(make_window, qtbot):
    view = open_step(make_window(), "pnl.check-a-trade-line-by-line", "actual-profit")
    widget = view.step_widget
    assert isinstance(widget, PnlWidget) and QApplication.focusWidget() is widget.edit
    table = seen(widget.scenario.text())
    for fact in ("Price on the chart", "$50,000", "$50,050", "$50,950", "$50,940", "$2.00"):
        assert fact in table, fact
    assert "$50,940" in seen(widget.scenario.accessibleName())

    qtbot.keyClicks(widget.edit, "20")
    qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
    assert "take away the small gaps" in view.feedback.text()  # the author's words for this miss
    QApplication.processEvents()
    assert not widget.working_shown  # the working would give the answer away

    widget.edit.clear()
    qtbot.keyClicks(widget.edit, "$13,80")
    qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
    assert view.feedback.state == "ok"
    qtbot.waitUntil(lambda: widget.working_shown)
    lines = seen(widget.breakdowns[0].text())
    for words in (
        "that promised $20.00",
        "Spread on the buy",
        "= −$1.00",
        "Slippage on the sell",
        "= −$0.20",
        "Fee on the sell: −$2.00",
        "Actual profit, after everything above: $13.80",
    ):
        assert words in lines, words

    chart = widget.charts[0]
    assert [bar.label for bar in chart.bars] == [
        "Expected",
        "Spread, buy",
        "Spread, sell",
        "Slippage, sell",
        "Before fees",
        "Buy fee",
        "Sell fee",
        "Actual",
    ]
    assert [seen(bar.amount) for bar in chart.bars][:2] == ["$20.00", "−$1.00"]  # words and sign
    spoken = seen(chart.accessibleDescription())
    assert spoken.startswith("Expected: $20.00.")
    assert "Sell fee: −$2.00, which brings the total to $13.80." in spoken
    assert "Solid bar" in spoken and "Striped bar" in spoken  # the fills, said in words
    assert "expected profit" in chart.accessibleName()
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_show_me_by_mouse_puts_fifo_and_average_side_by_side(make_window, qtbot):
    window = make_window()
    window.resize(1400, 900)
    view = open_step(window, "pnl.fifo-and-average", "side-by-side")
    widget = view.step_widget
    assert "Price of one coin now: $50,000" in seen(widget.scenario.text())
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert widget.edit.text() == "501.00" and widget.working_shown
    assert "501.00" in view.feedback.text()

    fifo, average = (seen(label.text()) for label in widget.breakdowns)
    assert "Method: FIFO" in fifo and "Method: average cost" in average
    assert "Realised profit (sold, so it is fixed): $148.00" in fifo
    assert "Unrealised loss, on paper at $50,000: −$101.00" in fifo
    assert "Realised profit (sold, so it is fixed): $48.00" in average
    assert "Unrealised loss, on paper at $50,000: −$1.00" in average
    names = [chart.accessibleName() for chart in widget.charts]
    assert "FIFO" in names[0] and "Average cost" in names[1]

    qtbot.waitUntil(lambda: widget.findChild(_Columns).width() > 0)
    columns = widget.findChild(_Columns)
    assert columns.box.direction() == QBoxLayout.Direction.LeftToRight
    # One scale for both charts, so the columns compare fairly.
    ranges = [chart.value_range for chart in widget.charts]
    assert ranges[0] == ranges[1] and ranges[0][0] < 0 < ranges[0][1]


def test_the_working_comes_back_on_a_later_visit(make_window, qtbot):
    view = open_step(make_window(), "pnl.fifo-and-average", "fifo-realised")
    qtbot.keyClicks(view.step_widget.edit, "148")
    qtbot.keyClick(view.step_widget.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.step_widget.working_shown)
    view.go_next()
    assert not view.step_widget.working_shown  # the next question is still open
    view.go_back()
    assert view.step_widget.working_shown and view.step_widget.edit.text() == "148"
    assert "Method: FIFO" in seen(view.step_widget.breakdowns[0].text())


def test_the_chart_grows_with_the_text_and_mirrors_right_to_left(make_window, qtbot):
    window = make_window()
    view = open_step(window, "pnl.check-a-trade-line-by-line", "actual-profit")
    view.ask_show_me()
    chart: WaterfallChart = view.step_widget.charts[0]
    small = chart.heightForWidth(500)
    window.text_size.set(2.0)
    QApplication.sendPostedEvents(None, QEvent.Type.FontChange.value)
    QApplication.processEvents()
    assert chart.heightForWidth(500) > small * 1.5
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() > 0


def test_the_widget_works_with_a_bare_session(qtbot):
    lesson = open_pack(builtin_pack_dir()).lesson("pnl.fifo-and-average")
    session = Session(lesson, start_at=2)
    widget = PnlWidget(session.step)
    qtbot.addWidget(widget)
    widget.bind_session(session)
    assert not widget.working_shown
    session.submit("148")  # the FIFO figure, on the average-cost step: not yet
    widget.refresh()
    assert not widget.working_shown
    session.submit("48")
    widget.refresh()
    assert widget.working_shown and len(widget.charts) == 1
    assert widget.charts[0].accessibleName().endswith("(Average cost)")


def test_a_chart_names_every_kind_of_bar_in_words(qtbot):
    chart = WaterfallChart()
    qtbot.addWidget(chart)
    chart.set_bars(
        [
            ChartBar("Expected", "$10.00", D(0), D(10), True),
            ChartBar("Better fill", "+$2.00", D(10), D(12), False),
            ChartBar("Fees", "−$15.00", D(12), D(-3), False),
            ChartBar("Actual", "−$3.00", D(0), D(-3), True),
        ],
        ["Expected: $10.00."],
    )
    assert [bar.kind for bar in chart.bars] == ["total", "up", "down", "total"]
    spoken = chart.accessibleDescription()
    assert spoken.startswith("Expected: $10.00.")
    for key in ("Solid bar", "Criss-cross bar, with +", "Striped bar, with −"):
        assert key in spoken, key
    assert chart.value_range == (D(-3), D(12))
    chart.resize(420, chart.heightForWidth(420))
    assert not chart.grab().toImage().isNull()


def test_a_loss_is_said_as_a_loss(qtbot):
    report = Report("x")
    spec = _build(
        report,
        ("steps", 0),
        {
            "prompt": "What did the sell lose?",
            "ask": "realised",
            "trades": [
                {"side": "buy", "quantity": "1", "price": "100", "fee": "1"},
                {"side": "sell", "quantity": "1", "price": "90", "fee": "1"},
            ],
        },
    )
    assert not report.problems and spec.answer == D("-12")
    widget = PnlWidget(Step(kind="pnl", index=0, id="loss", prompt="?", spec=spec, is_check=True))
    qtbot.addWidget(widget)
    widget.reveal({"answer": "-12.00"})
    lines = seen(widget.breakdowns[0].text())
    assert "Realised loss (sold, so it is fixed): −$12.00." in lines
    assert "before fees: −$10.00" in lines
