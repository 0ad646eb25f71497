"""A learner's first start: the progress store is created when there is something to keep.

With no progress file yet there is nothing to read, so the home screen needs no store
to be drawn. Importing the store (``sqlite3``, the schema) and creating the file cost a
first start about 20-30 ms and 2 MiB before the lessons were on screen; here they wait
until the first thing is written (opening a lesson). Every answer it gives before then is
the one an empty store would give, and a file another window made in the meantime is
opened and read instead.
"""

from __future__ import annotations

import logging
from collections.abc import Container, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .identity import BUILTIN_PACK

if TYPE_CHECKING:
    from .progress import LessonProgress, PackProgress, ProgressStore, StepProgress

    _Store = ProgressStore  # for the type checker it is one: every other method is its own
else:
    _Store = object

log = logging.getLogger(__name__)


class DeferredStore(_Store):
    """Stands in for ``ProgressStore.open(path)`` until something is written to it.

    Reads answer empty while the file does not exist; any other use opens the real
    store (creating the file) and hands the call to it. Opening may raise ``StoreError``
    like any write: callers already meet that when a disk fills up.
    """

    def __init__(self, path: Path) -> None:  # no super().__init__: nothing is opened yet
        self._file = path
        self._store: ProgressStore | None = None

    @classmethod
    def can_wait(cls, path: Path) -> bool:
        """No file yet, and a folder it can be written in (else the caller says so now)."""
        import os

        if path.exists() or path.is_symlink():
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return os.access(path.parent, os.W_OK | os.X_OK)

    @property
    def path(self) -> Path | None:
        return self._file

    @property
    def is_guest(self) -> bool:
        return False

    def _real(self) -> ProgressStore:
        if self._store is None:
            from .progress import ProgressStore

            self._store, recovery = ProgressStore.open(self._file)
            if recovery is not None:  # another window made a file that could not be read
                log.warning("progress file set aside: %s", recovery.reason)
        return self._store

    def _empty(self) -> bool:
        """Nothing written yet, by this window or any other."""
        return self._store is None and not self._file.exists()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._real(), name)

    # --- the reads a start makes, answered without a file ---------------------------

    def lesson(self, lesson_id: str, *, pack: str = BUILTIN_PACK) -> LessonProgress | None:
        return None if self._empty() else self._real().lesson(lesson_id, pack=pack)

    def lessons(self, *, pack: str = BUILTIN_PACK) -> dict[str, LessonProgress]:
        return {} if self._empty() else self._real().lessons(pack=pack)

    def every_lesson(self) -> dict[tuple[str, str], LessonProgress]:
        return {} if self._empty() else self._real().every_lesson()

    def step(
        self, lesson_id: str, step_id: str, *, pack: str = BUILTIN_PACK
    ) -> StepProgress | None:
        return None if self._empty() else self._real().step(lesson_id, step_id, pack=pack)

    def marks(self, lesson_id: str, step_id: str, *, pack: str = BUILTIN_PACK) -> dict[str, str]:
        return {} if self._empty() else self._real().marks(lesson_id, step_id, pack=pack)

    def resume_candidate(
        self, known_ids: Iterable[str] | None = None, *, pack: str = BUILTIN_PACK
    ) -> LessonProgress | None:
        return None if self._empty() else self._real().resume_candidate(known_ids, pack=pack)

    def resume_among(self, known: Iterable[tuple[str, str]]) -> LessonProgress | None:
        return None if self._empty() else self._real().resume_among(known)

    def resume_except(self, skipped: Container[tuple[str, str]]) -> LessonProgress | None:
        return None if self._empty() else self._real().resume_except(skipped)

    def adopt(self, pack: str, lesson_ids: Iterable[str]) -> None:
        if not self._empty():  # with no file there are no old rows to give a pack
            self._real().adopt(pack, lesson_ids)

    def forget(self) -> None:
        if not self._empty():
            self._real().forget()

    def for_pack(self, pack: str) -> PackProgress:
        from .progress import PackProgress

        return PackProgress(self, pack)  # its writes open the store, its reads may not

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
