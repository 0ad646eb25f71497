"""The step kinds, listed: the one place that says which kinds exist.

Adding a kind adds its module under ``holdspace.core.practice`` (a ``STEP_KIND``
object: fields, build, checker) and one line here; its widget adds one line to
``holdspace.gui.steps.WIDGETS``. The authoring guide's kind table (lessons/README.md
§4) is tested against this list.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..practice import (
    answer,
    checklist,
    choice,
    explorer,
    hex_playground,
    paste_check,
    pnl_scenario,
    read,
    seed_practice,
    withdrawal,
)
from .kinds import StepKind

KINDS: tuple[StepKind, ...] = (
    read.STEP_KIND,
    choice.STEP_KIND,
    answer.STEP_KIND,
    hex_playground.STEP_KIND,
    paste_check.STEP_KIND,
    explorer.STEP_KIND,
    pnl_scenario.STEP_KIND,
    seed_practice.STEP_KIND,
    checklist.STEP_KIND,
    withdrawal.STEP_KIND,
)

STEP_KINDS: Mapping[str, StepKind] = MappingProxyType({kind.name: kind for kind in KINDS})
