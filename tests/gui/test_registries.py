"""Every step kind has a definition, a widget, and (when it asks something) a checker."""

from holdspace.core.checking import CHECKERS
from holdspace.core.lessons import STEP_KINDS
from holdspace.gui.steps import widgets


def test_every_step_kind_has_a_widget_and_checkers_match_kinds():
    assert set(widgets()) == set(STEP_KINDS)
    assert set(CHECKERS) <= set(STEP_KINDS)
    for kind, widget in widgets().items():
        assert widget.checkable == (kind in CHECKERS), kind
