"""The ``read`` step kind: a page of Markdown to read; it asks nothing."""

from __future__ import annotations

from ..lessons.fields import Rule
from ..lessons.kinds import StepKind

STEP_KIND: StepKind[None] = StepKind(
    "read", {"body": Rule("text", required=True)}, summary="a page to read"
)
