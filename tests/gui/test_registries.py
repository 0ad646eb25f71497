"""The interface lists one widget per step kind, under the same names as the core."""

from holdspace.core.lessons import STEP_KINDS
from holdspace.gui.steps import WIDGETS, StepWidget


def test_every_step_kind_has_a_widget_and_no_widget_lacks_a_kind():
    assert list(WIDGETS) == list(STEP_KINDS)
    assert all(issubclass(widget, StepWidget) for widget in WIDGETS.values())


def test_check_is_offered_exactly_where_the_step_asks_something(qtbot):
    from holdspace.core.lessons import open_pack
    from holdspace.core.paths import builtin_pack_dir

    seen = set()
    for lesson in open_pack(builtin_pack_dir()).lessons:
        for step in lesson.steps:
            if (step.kind, step.is_check) in seen:
                continue
            seen.add((step.kind, step.is_check))
            widget = WIDGETS[step.kind](step)
            qtbot.addWidget(widget)
            assert widget.checkable == step.is_check, step.kind
    assert {kind for kind, _ in seen} == set(STEP_KINDS)
