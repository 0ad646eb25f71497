"""Read a YAML file of a pack, reporting any trouble as a problem instead of raising."""

from __future__ import annotations

from pathlib import Path

from .. import safeyaml
from .problems import Report


def read_document(path: Path, report: Report) -> safeyaml.Document | None:
    """Read and parse a YAML file; on trouble add one problem and return None."""
    try:
        text = safeyaml.read_file(path)
        # Positions are only needed to point at a problem; most files have none.
        doc = safeyaml.load(text, marks=False)
        if doc.duplicate_keys:
            doc = safeyaml.load(text)
    except safeyaml.YamlProblem as problem:
        if "YAML syntax" not in problem.message:  # too big, not UTF-8…: nothing to mend
            report.add((), problem.message, problem.fix, position=(problem.line, problem.column))
            return None
        # A slip: say it in plain words, then read on in a mended copy for the rest.
        from . import yaml_slips  # only for a file with a slip: most have none

        doc, slips = yaml_slips.load_reading_on(text, safeyaml.load)
        for slip in slips:
            report.add((), slip.message, slip.fix, position=(slip.line, slip.column))
        if doc is None:
            return None  # the mended copy keeps every line where it was, so positions hold
    except OSError as exc:
        report.add(
            (),
            f"the file could not be read ({exc.strerror or exc})",
            "check that the file exists and you may read it",
        )
        return None
    report.doc, report.text = doc, text
    for dup in doc.duplicate_keys:
        report.add(
            dup,
            f"the field `{dup[-1]}` appears twice here",
            "keep one of them (YAML silently keeps only the last)",
            at_key=True,
        )
    return doc
