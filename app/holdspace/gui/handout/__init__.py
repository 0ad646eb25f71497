"""Printable handouts built from the same lesson files as the app.

A learner handout holds the lesson text, the questions with room to write, checklists
as boxes to tick and the glossary terms used, never an answer. A facilitator sheet adds
answers, hints, explanations, notes, objectives and timing. Both are HTML made through
the safe Markdown path (pack text is untrusted), laid out by QTextDocument and written
as PDF by QPdfWriter, so printing works offscreen and from the command line.
"""

from __future__ import annotations

from .document import HandoutBuilder
from .pdf import write_pdf

__all__ = ["HandoutBuilder", "write_pdf"]
