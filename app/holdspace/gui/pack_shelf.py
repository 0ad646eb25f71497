"""The packs the window shows: the built-in one, tonight's packs, and "only this pack".

Opening a pack that is already open replaces it where it stands (never a second copy);
"Reload packs" and window activation re-read packs whose files changed on disk.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..core import paths
from ..core.lessons.watch import Fingerprint, fingerprint

if TYPE_CHECKING:
    from ..core.lessons import Pack


class PackShelf(QObject):
    def __init__(
        self,
        language: str | None,
        apply: Callable[[list[Pack]], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.language = language
        self._apply = apply  # hands the arranged list to the window
        self.builtin: Pack | None = None
        self.extra: list[tuple[Path, Pack]] = []  # (what the person opened, the pack)
        self.only: Path | None = None  # show just this pack (and the calm guide)
        self._prints: dict[Path, Fingerprint] = {}

    # --- what the window shows ------------------------------------------------------
    def adopt(self, packs: list[Pack], sources: list[Path]) -> None:
        """The packs read at start-up: the built-in one first, then each --pack."""
        builtin = paths.builtin_pack_dir().resolve()
        for pack in packs:
            if pack.root.resolve() == builtin:
                self.builtin = pack
        others = [p for p in packs if p is not self.builtin]
        # Each pack knows where it was opened from: a --pack that failed to open (it is
        # not in ``packs``) can't shift the others onto the wrong folder.
        self.extra = [((p.source or p.root).resolve(), p) for p in others]
        for source, _ in self.extra:
            self._prints[source] = fingerprint(source)

    def arranged(self) -> list[Pack]:
        if self.only is not None:
            pack = self.pack_from(self.only)
            if pack is not None:
                return [pack, *self._guides_only()]
        return [p for p in (self.builtin,) if p is not None] + [p for _, p in self.extra]

    def _guides_only(self) -> list[Pack]:
        """The built-in pack with only its guides: F1 stays a calm way out, always."""
        if self.builtin is None:
            return []
        guides = set(self.builtin.guides.values())
        return [
            dataclasses.replace(
                self.builtin,
                topics=(),
                broken=[],
                lessons=[x for x in self.builtin.lessons if x.id in guides],
            )
        ]

    def pack_from(self, source: Path) -> Pack | None:
        return next((p for s, p in self.extra if s == source), None)

    def source_of(self, pack: Pack) -> Path | None:
        return next((s for s, p in self.extra if p is pack), None)

    # --- changes ----------------------------------------------------------------------
    def open(self, source: Path) -> Pack:
        """Open (or re-open in place) a pack; LessonError when it can't open."""
        from ..core.lessons import open_pack

        source = Path(source).expanduser().resolve()
        if source.name == "pack.yaml":
            source = source.parent
        pack = open_pack(source, self.language, every_language=False)
        self._prints[source] = fingerprint(source)
        for index, (known, _) in enumerate(self.extra):
            if known == source:
                self.extra[index] = (source, pack)
                break
        else:
            self.extra.append((source, pack))
        self._apply(self.arranged())
        return pack

    def set_only(self, source: Path | None) -> None:
        self.only = Path(source).resolve() if source is not None else None
        self._apply(self.arranged())

    def changed(self) -> list[Path]:
        return [s for s, _ in self.extra if fingerprint(s) != self._prints.get(s)]

    def reload(self, sources: list[Path] | None = None) -> list[str]:
        """Re-read packs in place (all of tonight's, or those given); problems are returned."""
        from .errors import as_lesson_error, details_of

        problems = []
        for source in list(sources if sources is not None else [s for s, _ in self.extra]):
            try:
                self.open(source)
            except Exception as exc:  # noqa: BLE001 - LessonError, or anything a hostile pack causes
                self._prints[source] = fingerprint(source)  # say it once, not on every focus
                problems.append(details_of(as_lesson_error(source, exc)))
        self._apply(self.arranged())
        return problems
