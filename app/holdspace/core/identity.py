"""Who a lesson belongs to: progress is kept per (pack, lesson id), never by id alone.

An id is only unique inside its pack, and packs come from strangers: a pack that
reuses a built-in id must not mark the built-in lesson explored. The built-in
pack's key is fixed here; every other pack's key starts with ``pack:`` (see
``lessons.pack``), so no pack from outside can take it.
"""

BUILTIN_PACK = "holdspace"
