"""The step-kind registry: one explicit list, complete on import, matching the authoring guide."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import holdspace.core.practice as practice
from holdspace.core.lessons import STEP_KINDS, open_pack
from holdspace.core.lessons.kinds import COMMON_RULES, rules_for
from holdspace.core.lessons.registry import KINDS
from holdspace.core.paths import builtin_pack_dir

GUIDE = Path(__file__).resolve().parents[2] / "lessons" / "README.md"
KIND_HEADING = re.compile(r"^(?:### `(\w+)`|\*\*`(\w+)`\*\*)")
# A field is named where the guide defines it: a table's first cell, or the start of a bullet.
FIELD_CELL = re.compile(r"^\| ([^|]+) \|")
FIELD_BULLET = re.compile(r"^- `(\w+)`")
NAME = re.compile(r"`(\w+)`")


@pytest.mark.parametrize(
    "first",
    [
        "holdspace.core.lessons",
        "holdspace.core.practice.pnl_scenario",
        "holdspace.core.session",
        "holdspace.core.lint",
    ],
)
def test_the_registry_is_complete_whichever_module_is_imported_first(first):
    code = (
        f"import {first}\nfrom holdspace.core.lessons import STEP_KINDS\n"
        "print(','.join(sorted(STEP_KINDS)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().split(",") == sorted(STEP_KINDS)


def test_every_kind_module_is_listed_once_under_its_own_name():
    modules = [
        importlib.import_module(f"{practice.__name__}.{info.name}")
        for info in pkgutil.iter_modules(practice.__path__)
    ]
    made = [module.STEP_KIND for module in modules]
    assert sorted(map(id, made)) == sorted(map(id, KINDS))  # none forgotten, none twice
    assert list(STEP_KINDS) == [kind.name for kind in KINDS]


def test_a_kind_asks_something_only_through_its_checker():
    asking = {k.name for k in KINDS if k.checker is not None}
    assert {"choice", "answer", "pnl", "explorer"} <= asking
    assert {"read", "checklist"}.isdisjoint(asking)
    for kind in KINDS:
        if kind.takes_responses:
            assert kind.checker is not None, kind.name  # responses answer a check


def test_shipped_steps_know_whether_they_ask_something():
    pack = open_pack(builtin_pack_dir())
    steps = [step for lesson in pack.lessons for step in lesson.steps]
    assert any(s.is_check for s in steps) and any(not s.is_check for s in steps)
    for step in steps:
        assert step.is_check == STEP_KINDS[step.kind].asks(step.spec), (step.kind, step.id)
    assert not any(s.is_check for s in steps if s.kind in ("read", "checklist"))


def _guide_kinds() -> tuple[set[str], dict[str, set[str]]]:
    """The common fields and each kind's fields, as lessons/README.md §4 defines them."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split("## 4. Step kinds", 1)[1].split("\n## 5.", 1)[0]
    common: set[str] = set()
    shared: set[str] = set()  # fields a group of kinds share ("Hands-on kinds")
    kinds: dict[str, set[str]] = {}
    current = common
    in_code = False
    for line in section.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        heading = KIND_HEADING.match(line)
        if heading and not in_code:
            current = kinds.setdefault(heading.group(1) or heading.group(2), set())
            current.update(shared)
            continue
        if line.startswith("### "):
            current = shared
            continue
        cell, bullet = FIELD_CELL.match(line), FIELD_BULLET.match(line)
        if in_code or not (cell or bullet):
            continue
        if cell and cell.group(1).strip() in ("Field", "---"):
            continue
        current.update(NAME.findall(cell.group(1)) if cell else [bullet.group(1)])
    return common, kinds


def test_the_authoring_guide_documents_every_kind_and_no_other():
    _, kinds = _guide_kinds()
    assert sorted(kinds) == sorted(STEP_KINDS)


def test_every_field_the_guide_names_is_a_real_field():
    common, kinds = _guide_kinds()
    assert common and common <= set(COMMON_RULES)
    for name, fields in kinds.items():
        unknown = fields - set(rules_for(STEP_KINDS[name]))
        assert not unknown, f"lessons/README.md §4 documents {sorted(unknown)} for {name}"


def test_every_field_of_every_kind_is_in_the_guide():
    common, kinds = _guide_kinds()
    for kind in KINDS:
        missing = set(kind.rules) - kinds[kind.name] - common
        assert not missing, (
            f"lessons/README.md §4 does not document {sorted(missing)} for {kind.name}"
        )
