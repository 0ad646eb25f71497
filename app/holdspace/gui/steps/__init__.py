"""One widget per step kind, listed under the same name as the core's ``StepKind``.

This list is the interface's half of the kind registry (the core's half is
``holdspace.core.lessons.registry``); a test checks the two name the same kinds.
The lesson view imports this package when the first lesson opens, not at start.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .answer import AnswerWidget
from .base import StepWidget
from .checklist import ChecklistWidget
from .choice import ChoiceWidget
from .explorer import ExplorerWidget
from .hex_playground import HexPlaygroundWidget
from .paste_check import PasteCheckWidget
from .pnl import PnlWidget
from .read import ReadWidget
from .seed_practice import SeedPracticeWidget
from .withdrawal import WithdrawalWidget

WIDGETS: Mapping[str, type[StepWidget]] = MappingProxyType(
    {
        "read": ReadWidget,
        "choice": ChoiceWidget,
        "answer": AnswerWidget,
        "hex_playground": HexPlaygroundWidget,
        "paste_check": PasteCheckWidget,
        "explorer": ExplorerWidget,
        "pnl": PnlWidget,
        "seed_practice": SeedPracticeWidget,
        "checklist": ChecklistWidget,
        "withdrawal": WithdrawalWidget,
    }
)


def widget_for(kind: str) -> type[StepWidget]:
    return WIDGETS[kind]


__all__ = ["WIDGETS", "StepWidget", "widget_for"]
