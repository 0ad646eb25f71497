"""One widget per step kind, keyed by the same ``kind`` string as the core's checkers."""

from __future__ import annotations

from .answer import AnswerWidget
from .base import StepWidget
from .choice import ChoiceWidget
from .read import ReadWidget

WIDGETS: dict[str, type[StepWidget]] = {
    "read": ReadWidget,
    "choice": ChoiceWidget,
    "answer": AnswerWidget,
}

__all__ = ["WIDGETS", "StepWidget"]
