"""Load untrusted YAML safely, remembering where every value came from.

Lesson packs come from strangers, so a file is never handed to a YAML loader
as-is (DESIGN §5):

* files over ``MAX_BYTES`` are refused before parsing;
* the text must be UTF-8 (a BOM is fine) and free of NUL bytes;
* we walk the parser's *events* ourselves instead of composing a node tree,
  which lets us refuse anchors/aliases (billion-laughs) and nesting beyond
  ``MAX_DEPTH`` *before* anything recursive runs (the C composer segfaults
  on very deep documents, the pure one raises ``RecursionError``);
* only the safe resolver decides scalar types, and only plain (unquoted)
  scalars are resolved, exactly as ``safe_load`` would.

Building values straight from events is also faster than ``CSafeLoader.load``,
which matters when an educator opens a pack of a thousand lessons.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml import events as ev

try:  # libyaml's parser, when the wheel has it: roughly eight times faster.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the platform wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 512 * 1024
MAX_DEPTH = 40

_STR = "tag:yaml.org,2002:str"
# Which tag a plain scalar resolves to depends only on its text, and keys such as
# `kind:` or `text:` repeat in every file: remember the answers across files.
_PLAIN_TAGS: dict[str, str] = {}
_PLAIN_TAGS_MAX = 20_000
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class YamlProblem(Exception):
    """The file could not be read as YAML; carries a position for the message."""

    def __init__(self, message: str, fix: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message = message
        self.fix = fix
        self.line = line
        self.column = column


@dataclass
class Document:
    """A loaded YAML document plus the 1-based position of every key and value."""

    data: Any
    value_marks: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    duplicate_keys: list[tuple] = field(default_factory=list)
    marked: bool = True  # False: positions were not recorded (see load)

    def where(self, path: tuple, *, key: bool = False) -> tuple[int, int]:
        """Best known position for ``path``: itself, else its nearest ancestor."""
        marks = self.key_marks if key else self.value_marks
        probe = tuple(path)
        while probe:
            if probe in marks:
                return marks[probe]
            if not key and probe in self.key_marks:
                return self.key_marks[probe]
            probe = probe[:-1]
        return self.value_marks.get((), (1, 1))


def read_file(path: Path | str) -> str:
    """A file's text, refusing devices, pipes and oversize files *before* reading a byte.

    ``O_NONBLOCK`` keeps a FIFO from blocking the open; ``fstat`` on the opened file
    (not the name) decides, so a link swapped in between cannot slip past. Raises
    ``YamlProblem`` for what the file holds and ``OSError`` when it can't be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise YamlProblem(
                "this is not a plain file (a folder, a device or a pipe)",
                "point at a lesson file saved on disk",
            )
        if info.st_size > MAX_BYTES:
            raise _too_big(info.st_size)
        chunks, left = [], MAX_BYTES + 1  # a file that grows while read is still capped
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 16))):
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    return decode(b"".join(chunks))


def _too_big(size: int) -> YamlProblem:
    return YamlProblem(
        f"the file is {size // 1024:,} KB, more than the {MAX_BYTES // 1024} KB a lesson may be",
        "split it into several lessons",
    )


def decode(raw: bytes) -> str:
    """Bytes -> text, refusing what is not a UTF-8 text file."""
    if len(raw) > MAX_BYTES:
        raise _too_big(len(raw))
    if b"\x00" in raw:
        raise YamlProblem(
            "the file contains binary data, not text", "save the lesson as a plain UTF-8 text file"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlProblem(
            "the file is not UTF-8 text",
            "save it again with the UTF-8 encoding (most editors offer it under 'Save as')",
            line,
        ) from None


def load(text: str, *, marks: bool = True) -> Document:
    """Parse one YAML document from ``text``; raise YamlProblem when it can't be.

    ``marks=False`` skips recording positions: most lesson files have no problem,
    so the loader reads them fast and parses again with marks only to point at one.
    """
    loader = _Loader(text)
    try:
        return _Builder(loader, marks).build()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or exc.context or "the YAML could not be read"
        raise YamlProblem(
            f"YAML syntax: {what}",
            "check the indentation and quotes around this spot",
            line,
            col,
        ) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(
            f"YAML syntax: {exc}", "check the file's indentation and quotes"
        ) from None
    except (RecursionError, MemoryError, ValueError, TypeError) as exc:  # last line of defence
        raise YamlProblem(
            f"the YAML could not be read ({type(exc).__name__})",
            "simplify the file; see lessons/README.md for the format",
        ) from None
    finally:
        loader.dispose()


def _pos(event: ev.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


class _Builder:
    """Turns a stream of parser events into plain Python values, one pass."""

    def __init__(self, loader: Any, marks: bool = True):
        self.loader = loader
        self.doc = Document(data=None, marked=marks)
        self._marks = marks
        self._scalar_makers = _scalar_makers(loader)
        self._next = loader.get_event  # bound once: this is the hot loop
        self._plain_tags = _PLAIN_TAGS

    def build(self) -> Document:
        self._expect(ev.StreamStartEvent)
        first = self._next()
        if isinstance(first, ev.StreamEndEvent):
            raise YamlProblem("the file is empty", "start it with a line such as `id: my.lesson`")
        if not isinstance(first, ev.DocumentStartEvent):  # pragma: no cover - parser guarantees
            raise YamlProblem("unexpected YAML structure", "start the file with a mapping")
        self.doc.data = self._value(self._next(), (), 1)
        self._expect(ev.DocumentEndEvent)
        extra = self._next()
        if not isinstance(extra, ev.StreamEndEvent):
            line, col = _pos(extra)
            raise YamlProblem(
                "the file holds more than one YAML document (a second `---`)",
                "keep one lesson per file",
                line,
                col,
            )
        return self.doc

    def _expect(self, kind: type) -> None:
        event = self._next()
        if not isinstance(event, kind):  # pragma: no cover - parser guarantees
            raise YamlProblem("unexpected YAML structure", "check the file", *_pos(event))

    def _value(self, event: ev.Event, path: tuple, depth: int) -> Any:
        if isinstance(event, ev.AliasEvent) or getattr(event, "anchor", None):
            raise YamlProblem(
                "YAML anchors and aliases (& and *) are not allowed in lessons",
                "write the text out in full where it is needed",
                *_pos(event),
            )
        if depth > MAX_DEPTH:
            raise YamlProblem(
                f"the YAML is nested more than {MAX_DEPTH} levels deep",
                "flatten the structure",
                *_pos(event),
            )
        if self._marks:
            self.doc.value_marks[path] = _pos(event)
        if isinstance(event, ev.ScalarEvent):
            return self._scalar(event)
        if isinstance(event, ev.CollectionStartEvent) and event.tag not in (
            None,
            "!",
            _SEQ,
            _MAP,
        ):  # e.g. !!python/object/apply on a list
            raise YamlProblem(
                f"the YAML tag {event.tag!r} is not allowed",
                "remove the tag (the word starting with !)",
                *_pos(event),
            )
        if isinstance(event, ev.SequenceStartEvent):
            return self._sequence(path, depth)
        if isinstance(event, ev.MappingStartEvent):
            return self._mapping(path, depth)
        raise YamlProblem(
            "unexpected YAML structure", "check the file", *_pos(event)
        )  # pragma: no cover

    def _scalar(self, event: ev.ScalarEvent) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:  # quoted, or a block scalar: always text
                return event.value
            tag = self._plain_tags.get(event.value)
            if tag is None:
                tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
                if len(self._plain_tags) > _PLAIN_TAGS_MAX:
                    self._plain_tags.clear()
                self._plain_tags[event.value] = tag
            if tag == _STR:
                return event.value
        maker = self._scalar_makers.get(tag)
        if maker is None:
            raise YamlProblem(
                f"the YAML tag {tag!r} is not allowed",
                "remove the tag (the word starting with !)",
                *_pos(event),
            )
        try:
            return maker(event)
        except (ValueError, IndexError, TypeError, OverflowError, yaml.YAMLError):
            kind = tag.rsplit(":", 1)[-1]
            raise YamlProblem(
                f"{event.value!r} can't be read as a {kind}",
                "write the value in quotes, or remove the !! tag",
                *_pos(event),
            ) from None

    def _sequence(self, path: tuple, depth: int) -> list:
        items: list = []
        while True:
            event = self._next()
            if isinstance(event, ev.SequenceEndEvent):
                return items
            child = path + (len(items),) if self._marks else path
            items.append(self._value(event, child, depth + 1))

    def _mapping(self, path: tuple, depth: int) -> dict:
        result: dict = {}
        while True:
            event = self._next()
            if isinstance(event, ev.MappingEndEvent):
                return result
            key = self._key(event)
            child = path + (key,) if self._marks else path
            if key in result:
                self.doc.duplicate_keys.append(child)
            if self._marks:
                self.doc.key_marks[child] = _pos(event)
            result[key] = self._value(self._next(), child, depth + 1)

    def _key(self, event: ev.Event) -> Any:
        if not isinstance(event, ev.ScalarEvent):
            raise YamlProblem(
                "a key must be a plain word, not a list or mapping",
                "write keys such as `title:`",
                *_pos(event),
            )
        if getattr(event, "anchor", None):
            raise YamlProblem(
                "YAML anchors and aliases (& and *) are not allowed in lessons",
                "write the text out in full where it is needed",
                *_pos(event),
            )
        key = self._scalar(event)
        if key == "<<" or event.value == "<<":
            raise YamlProblem(
                "YAML merge keys (<<) are not allowed in lessons",
                "write the fields out in full",
                *_pos(event),
            )
        try:
            hash(key)
        except TypeError:  # pragma: no cover - scalars are hashable
            raise YamlProblem("this key cannot be used", "use a plain word", *_pos(event)) from None
        return key


def _scalar_makers(loader: Any) -> dict[str, Callable[[ev.ScalarEvent], Any]]:
    """Safe constructors for the core YAML 1.1 scalar tags, keyed by tag."""

    def via(method: Callable[[yaml.ScalarNode], Any]) -> Callable[[ev.ScalarEvent], Any]:
        def make(event: ev.ScalarEvent) -> Any:
            # The C parser's marks serve as well; the stubs name only the pure-Python Mark.
            start: Any = event.start_mark
            end: Any = event.end_mark
            node = yaml.ScalarNode(event.tag or "", event.value, start, end, event.style)
            return method(node)

        return make

    base = "tag:yaml.org,2002:"
    return {
        base + "str": lambda e: e.value,
        base + "null": lambda e: None,
        base + "bool": via(loader.construct_yaml_bool),
        base + "int": via(loader.construct_yaml_int),
        base + "float": via(loader.construct_yaml_float),
        base + "timestamp": via(loader.construct_yaml_timestamp),
    }
