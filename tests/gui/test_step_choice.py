"""Choice steps as a learner meets them: mixed order, long choices wrap, and the choice
the keyboard is on counts as picked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from holdspace.core.lessons import open_pack
from holdspace.core.paths import builtin_pack_dir
from holdspace.gui.steps.choice import ChoiceWidget


def _choice_steps():
    pack = open_pack(builtin_pack_dir())
    return [
        (lesson, step) for lesson in pack.lessons for step in lesson.steps if step.kind == "choice"
    ]


def test_the_right_answer_is_not_always_shown_first():
    firsts = [
        step.spec.choices[step.spec.display_order(step.id + "\n" + step.prompt)[0]].correct
        for _lesson, step in _choice_steps()
        if not step.spec.multiple
    ]
    assert len(firsts) > 20
    assert sum(firsts) < 0.6 * len(firsts)  # roughly as often as chance, never "always"


def test_the_order_is_the_same_every_time_and_authors_can_fix_it():
    _lesson, step = _choice_steps()[0]
    key = step.id + "\n" + step.prompt
    assert step.spec.display_order(key) == step.spec.display_order(key)
    from dataclasses import replace

    fixed = replace(step.spec, shuffle=False)
    assert fixed.display_order(key) == list(range(len(step.spec.choices)))


def open_guide_choice(window):
    guide = window.packs[0].guide("mistake")
    step = next(s for s in guide.steps if s.kind == "choice")
    window.open_lesson(guide, step.index)
    widget = window.lesson_view.step_widget
    assert isinstance(widget, ChoiceWidget)
    return window.lesson_view, widget, step


def test_long_choices_wrap_at_double_text_size(make_window, qtbot):
    window = make_window()
    view, widget, step = open_guide_choice(window)
    window.text_size.set(2.0)
    longest = max(range(len(step.spec.choices)), key=lambda i: len(step.spec.choices[i].text))
    words = widget._texts[longest]
    qtbot.waitUntil(lambda: words.height() > words.fontMetrics().height() * 1.5)  # it wrapped
    room = view.scroll.viewport().width()
    assert view.scroll.widget().width() <= room  # no sideways scrolling


def test_clicking_the_words_picks_and_the_focused_choice_counts(make_window, qtbot):
    window = make_window()
    view, widget, _step = open_guide_choice(window)
    first, second = widget.order[0], widget.order[1]
    assert widget.value() is None  # nothing picked on arrival
    widget.button_for(second).setFocus()  # the arrows put the keyboard here
    ring = widget._texts[second].grab().toImage()  # the words of the focused choice are ringed
    plain = widget._texts[first].grab().toImage()
    colours = lambda image: {image.pixel(x, 1) for x in range(image.width())}  # noqa: E731
    assert colours(ring) != colours(plain)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.session.state.answer == second
    qtbot.mouseClick(widget._texts[first], Qt.MouseButton.LeftButton)
    assert widget.value() == first


def test_show_me_ticks_the_answer_on_the_buttons_side_in_arabic(make_window):
    window = make_window("--language", "ar")
    lesson, step = next(
        (lesson, step)
        for lesson, step in _choice_steps()
        if lesson.id == "hex.counting-in-sixteen" and step.kind == "choice"
    )
    window.open_lesson(window.find_lesson(lesson.id), step.index)
    view = window.lesson_view
    view.show_button.click()
    ticked = [label.text() for label in view.step_widget._texts.values() if "✓" in label.text()]
    # The answer sits in an isolate after the tick, so a Latin answer ("0x1f") keeps the
    # tick on the button's side instead of pulling it to the far end.
    assert ticked and all(
        text.startswith("✓ \u2068") and text.endswith("\u2069") for text in ticked
    )


def test_see_also_links_are_separated_as_the_language_writes_it(make_window):
    from holdspace.gui.term_popup import definition_html

    window = make_window("--language", "ar")
    glossary = window.glossary()
    term = next(
        t for t in glossary.terms.values() if len([i for i in t.see if i in glossary.terms]) > 1
    )
    html = definition_html(term, glossary)
    assert "</a>، <a" in html and "</a>, <a" not in html
