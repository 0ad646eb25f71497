"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 drops one reference to ``None`` each time Python calls a Qt method that
returns nothing (``label.setText``, ``item.setData``, ``item.setFlags``…): watch
``sys.getrefcount(None)`` fall by one per call. From Python 3.12 on ``None`` is immortal
and this is harmless. On 3.11 the count starts near 5,000, so a session that made enough
such calls ended in "Fatal Python error: none_dealloc" (opening the library on a
1,000-lesson pack did it at once). Adding a huge number of references once puts that
end out of reach for the life of the process; ``None`` is never freed in any case.
"""

from __future__ import annotations

import sys

SPARE = 1 << 40  # about 10^12 calls: far more than any session makes


def install() -> None:
    """Once, before the first Qt call; does nothing where ``None`` is already immortal."""
    if sys.version_info >= (3, 12) or getattr(install, "done", False):
        return
    import ctypes

    # ob_refcnt is the first field of every object in CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += SPARE
    install.done = True  # type: ignore[attr-defined]
