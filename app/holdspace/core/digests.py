"""SHA-256 for the code that runs while lessons are read and checked at start.

``hashlib.sha256`` is backed by OpenSSL: the first ``import hashlib`` loads ``_hashlib``
and libcrypto, about 3.5 MiB of resident memory, for a few digests of short strings
(Base58Check checksums, look-alike seeds, translation source versions). CPython also
ships its own small SHA-256 (``_sha256`` up to 3.11, ``_sha2`` from 3.12), the one
hashlib itself falls back to without OpenSSL; it gives the same digests (tests compare
them) and costs a few KiB, so start-up uses it. Slower per byte than OpenSSL, which
does not matter for inputs this short.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Hash(Protocol):
    """What we use of a hash object (hashlib's and the built-in ones agree)."""

    def digest(self) -> bytes: ...

    def hexdigest(self) -> str: ...


# Plain imports (not importlib), so PyInstaller sees and bundles the module. Which of
# them type-checks depends on the Python mypy runs under, hence "unused-ignore".
def _pick_sha256() -> Callable[[bytes], Hash]:
    try:  # Python 3.12 and later
        from _sha2 import sha256 as built_in  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        try:  # Python 3.10 and 3.11
            from _sha256 import sha256 as built_in  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:  # a Python built without them: hashlib still works
            from hashlib import sha256 as built_in  # type: ignore[assignment,unused-ignore]
    return built_in


sha256: Callable[[bytes], Hash] = _pick_sha256()


def double_sha256(data: bytes) -> bytes:
    """SHA-256 of SHA-256, as Bitcoin's Base58Check checksum uses it."""
    return sha256(sha256(data).digest()).digest()
