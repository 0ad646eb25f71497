"""The ``checklist`` step: things the learner ticks off at their own pace.

Nothing is checked and nothing is scored. Each tick is kept as a progress mark keyed
by the item's ``id`` (``session.set_mark(item_id, "done")``), so ids must be stable and
unique: renaming one forgets the learner's tick for it.

    - id: backup-checklist
      kind: checklist
      prompt: Tick what is already true for you.
      items:
        - id: on-paper
          text: My phrase is written by hand on paper.
          detail: Not a photo, not a screenshot, not a note in the cloud.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lessons.fields import Rule, check_fields, check_value
from ..lessons.kinds import StepKind
from ..lessons.problems import Report

MAX_ITEMS = 40  # a checklist longer than this is a lesson of its own
MAX_TEXT = 1_000  # characters in one item's text or detail
DONE = "done"  # the mark stored for a ticked item

_ITEM_RULES = {
    "id": Rule("id", required=True),
    "text": Rule("text", required=True),
    "detail": Rule("text"),
}


@dataclass(frozen=True)
class ChecklistItem:
    """One thing to tick, with an optional line that says more."""

    id: str
    text: str
    detail: str = ""


@dataclass(frozen=True)
class ChecklistSpec:
    """A `checklist` step: its items, ticked by the learner in any order."""

    items: tuple[ChecklistItem, ...]

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.id == item_id), None)


def _build(report: Report, path: tuple, data: dict) -> ChecklistSpec | None:
    raw = data.get("items")
    if not isinstance(raw, list):
        return None  # missing or not a list: reported by the field rules already
    if len(raw) > MAX_ITEMS:
        report.add(
            path + ("items",),
            f"the checklist has {len(raw)} items; it may have {MAX_ITEMS}",
            "split it into two steps, or keep the items that matter most",
        )
        return None
    items: list[ChecklistItem] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw):
        where = path + ("items", index)
        if not check_value(report, where, entry, Rule("mapping")):
            continue
        good = check_fields(report, where, entry, _ITEM_RULES, what="checklist item")
        # Both required fields, not any two: {id, detail} without text is already reported.
        if not {"id", "text"} <= good.keys() or not _short(report, where, good):
            continue
        if good["id"] in seen:
            report.add(
                where + ("id",),
                f"two items share the id `{good['id']}` (item {seen[good['id']] + 1})",
                "give each item its own id: the learner's ticks are kept under it",
            )
            continue
        seen[good["id"]] = index
        items.append(
            ChecklistItem(good["id"], good["text"].strip(), good.get("detail", "").strip())
        )
    return ChecklistSpec(tuple(items)) if len(items) == len(raw) else None


def _short(report: Report, path: tuple, good: dict) -> bool:
    for key in ("text", "detail"):
        if len(good.get(key, "")) > MAX_TEXT:
            report.add(
                path + (key,),
                f"this {key} is longer than {MAX_TEXT} characters",
                "keep each item to a sentence or two; longer words belong in the body",
            )
            return False
    return True


STEP_KIND = StepKind(
    "checklist",
    {"body": Rule("text"), "prompt": Rule("text"), "items": Rule("list", required=True, minimum=1)},
    _build,
    summary="a list the learner ticks at their own pace; kept as progress, never scored",
)
