"""The hands-on step kinds (hex playground, paste check, explorer, P&L, seed practice, checklist).

Each module here registers its ``StepKind`` (fields, checks, spec) with
``holdspace.core.lessons.kinds.register`` and, when it asks the learner
something, its checker in ``holdspace.core.checking.CHECKERS``. Modules are
found by listing this package, so adding a kind adds a file and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> list[str]:
    """Import every practice kind module once (idempotent); return their names."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))
    for name in names:
        importlib.import_module(f"{__name__}.{name}")
    return names
