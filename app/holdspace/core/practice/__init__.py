"""One module per step kind: its spec, its fields, how it is built and checked.

Each module makes one ``STEP_KIND`` (a ``holdspace.core.lessons.kinds.StepKind``);
``holdspace.core.lessons.registry`` lists them. Nothing here registers itself.
"""

from __future__ import annotations

# A kind module builds on holdspace.core.lessons, whose loader needs the list of every
# kind: loading that package first lets a kind module be imported on its own.
from .. import lessons  # noqa: F401
