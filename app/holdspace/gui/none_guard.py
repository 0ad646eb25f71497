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
    _refcount(None).value += SPARE
    install.done = True  # type: ignore[attr-defined]


def _refcount(obj: object):
    """``ob_refcnt``, the first field of every CPython object (a ``Py_ssize_t``), in place.

    Built on ``_ctypes``, the module ``ctypes`` itself is made of: the ``ctypes`` package
    builds dozens of types at import (about 1.5 ms and 0.25 MiB of every start) and this
    needs one, ``ctypes.c_ssize_t`` (``q``, 64 bits, or ``i`` on a 32-bit Python).
    """
    from _ctypes import _SimpleCData

    class SSize(_SimpleCData):
        _type_ = "q" if sys.maxsize > 2**32 else "i"

    return SSize.from_address(id(obj))
