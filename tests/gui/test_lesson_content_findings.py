"""Lesson content the newcomer walk stumbled on (C19, K12, placeholders), seen through the
real lesson view: what a learner needs is on the page that asks for it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit


def open_step(window, lesson_id: str, step_id: str):
    lesson = next(found for found in window.packs[0].lessons if found.id == lesson_id)
    step = next(found for found in lesson.steps if found.id == step_id)
    window.open_lesson(lesson, step.index)
    QApplication.processEvents()
    return window.lesson_view


def test_the_cost_question_shows_the_receipt_it_asks_about(make_window):
    view = open_step(make_window(), "pnl.the-fourteen-dollar-trade", "cost")
    page = view.body.toPlainText()
    assert "$30,000" in page and "+ $5" in page
    assert "total he paid" in page
    # The receipt page says where the total gets written, so nobody hunts for a box there.
    view = open_step(view.window(), "pnl.the-fourteen-dollar-trade", "the-receipt")
    assert "next page asks you for the total" in view.body.toPlainText()


def test_the_gas_page_says_what_to_do_with_its_four_lines(make_window):
    view = open_step(make_window(), "hex.counting-in-sixteen", "gas-5208")
    page = view.body.toPlainText()
    assert "20,480" in page and "Add the four lines together" in page


def test_no_answer_box_says_e_g(make_window):
    window = make_window()
    seen, abbreviated = 0, []
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            window.open_lesson(lesson, step.index)
            QApplication.processEvents()
            for box in window.lesson_view.findChildren(QLineEdit):
                if box.isVisible() and box.placeholderText():
                    seen += 1
                    if "e.g." in box.placeholderText():
                        abbreviated.append(f"{lesson.id}/{step.id}: {box.placeholderText()}")
    assert seen > 30
    assert abbreviated == []


def test_the_pizza_fee_question_shows_the_two_totals(make_window):
    view = open_step(make_window(), "explorers.what-an-explorer-is", "find-the-fee")
    page = view.body.toPlainText()
    assert "10,000.99 BTC" in page and "10,000 BTC" in page
