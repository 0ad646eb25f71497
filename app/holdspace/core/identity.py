"""Who a lesson belongs to: progress is kept per (pack, lesson id), never by id alone.

An id is only unique inside its pack, and packs come from strangers: a pack that
reuses a built-in id must not mark the built-in lesson explored. The built-in
pack's key is fixed here; every other pack's key starts with ``pack:`` (see
``lessons.pack``), so no pack from outside can take it.
"""

import re

BUILTIN_PACK = "holdspace"
# Lesson, step, topic and term ids: lower-case words joined by dots ("hex.counting").
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)*$")
