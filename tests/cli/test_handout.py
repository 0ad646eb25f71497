"""`holdspace handout`: the PDF is read back and checked for what is in it and what is not."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from holdspace.__main__ import main
from holdspace.core import seed
from holdspace.core.lessons import open_pack
from holdspace.core.paths import builtin_pack_dir
from packkit import GOOD_LESSON, write_pack

PHRASE = (
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
)


def pdf_text(path: Path) -> str:
    """The PDF's words with ligatures undone and all spacing made single spaces."""
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def handout(tmp_path: Path, *argv: str, name: str = "out.pdf") -> str:
    out = tmp_path / name
    assert main(["handout", *argv, "--out", str(out)]) == 0
    return pdf_text(out)


@pytest.fixture(scope="module")
def shipped():
    return open_pack(builtin_pack_dir(), "en")


def test_learner_handout_has_the_questions_but_no_answers(tmp_path):
    root = write_pack(tmp_path / "pack")
    learner = handout(tmp_path, str(root))
    assert "Counting with sixteen digits" in learner
    assert "What is 0x1f in everyday numbers?" in learner
    assert "☐ 0x1f" in learner and "☐ 31" in learner  # boxes to tick
    for secret in (
        "Answer:",
        "f is fifteen",
        "One sixteen and fifteen ones",
        "0x marks hex",
        "The 0x says hex follows",
        "That is the hex itself",
        "a right answer",
    ):
        assert secret not in learner, secret


def test_facilitator_sheet_adds_answers_hints_explanations_and_timing(tmp_path):
    root = write_pack(tmp_path / "pack")
    sheet = handout(tmp_path, str(root), "--facilitator")
    assert "Answer: 31" in sheet
    assert "Hint 1: f is fifteen." in sheet and "Hint 2: 16 + 15" in sheet
    assert "One sixteen and fifteen ones." in sheet
    assert "☑ 0x1f (a right answer)" in sheet
    assert "about 5 minutes" in sheet
    shipped_sheet = handout(
        tmp_path,
        str(builtin_pack_dir()),
        "--facilitator",
        "--lesson",
        "hex.counting-in-sixteen",
        name="objectives.pdf",
    )
    lesson = open_pack(builtin_pack_dir(), "en").lesson("hex.counting-in-sixteen")
    assert lesson.objectives and "Objectives:" in shipped_sheet
    assert squash(lesson.objectives[0])[:30] in shipped_sheet
    learner = handout(
        tmp_path,
        str(builtin_pack_dir()),
        "--lesson",
        "hex.counting-in-sixteen",
        name="learner-obj.pdf",
    )
    assert "Objectives:" not in learner and "Timing:" not in learner
    assert "That is the hex itself" in sheet  # the anticipated answer


def test_every_shipped_lesson_prints_and_only_the_sheet_holds_the_hints(tmp_path, shipped):
    learner = handout(tmp_path, str(builtin_pack_dir()), name="all.pdf")
    sheet = handout(tmp_path, str(builtin_pack_dir()), "--facilitator", name="all-f.pdf")
    for lesson in shipped.lessons:
        assert squash(lesson.title) in learner

    def plain(text: str) -> str:  # Markdown marks are not printed
        return re.sub(r"[*_`\[\]]", "", squash(text))

    steps = [step for lesson in shipped.lessons for step in lesson.steps]
    # What the learner is meant to read anyway: a hint that repeats it proves nothing.
    visible = plain(
        " ".join(
            [f"{s.body} {s.prompt} {s.spec!r}" for s in steps]
            + [t.definition for t in shipped.glossary.terms.values()]
            + [x.summary for x in shipped.lessons]
        )
    )
    hints = [plain(h)[:40] for s in steps for h in s.hints]
    notes = [plain(s.notes)[:40] for s in steps if s.notes]
    hints, notes = (
        [t for t in group if len(t) >= 20 and t not in visible] for group in (hints, notes)
    )
    assert len(hints) > 50 and len(notes) > 20
    for text in hints + notes:
        assert plain(text) not in learner, text
    assert sum(plain(text) in sheet for text in hints + notes) >= 0.9 * len(hints + notes)


def test_explorer_pages_and_pnl_working_print_as_tables(tmp_path):
    explorer = handout(tmp_path, str(builtin_pack_dir()), "--lesson", "explorers.practice-explorer")
    assert (
        "Transaction ID" in explorer
        and "Confirmations" in explorer
        and "0.99000000 BTC" in explorer
    )
    assert "Use the practice explorer page printed at step" in explorer  # printed once
    pnl = handout(
        tmp_path,
        str(builtin_pack_dir()),
        "--lesson",
        "pnl.fifo-and-average",
        "--facilitator",
        name="pnl.pdf",
    )
    assert "Price of one coin" in pnl and "FIFO (first in, first out)" in pnl
    assert "Realised profit (sold, so it is fixed)" in pnl


def test_a_recovery_phrase_is_never_printed_only_an_empty_backup_card(tmp_path):
    for facilitator in ([], ["--facilitator"]):
        text = handout(
            tmp_path,
            str(builtin_pack_dir()),
            "--lesson",
            "self-custody.practise-with-a-pretend-phrase",
            *facilitator,
        )
        assert "A backup card to fill in by hand" in text
        assert "12." in text
        assert not seed.looks_like_recovery_phrase(text)


def test_a_phrase_an_author_put_in_the_text_is_left_out(tmp_path):
    lesson = GOOD_LESSON.replace(
        "Hex uses **sixteen** digits.", f"Keep these words safe {PHRASE}"
    ).replace("[Look for 0x.]", f'["{PHRASE}"]')
    root = write_pack(tmp_path / "pack", {"en/hex/a.yaml": lesson})
    for facilitator in ([], ["--facilitator"]):
        text = handout(tmp_path, str(root), *facilitator)
        assert not seed.looks_like_recovery_phrase(text)
        assert "phrases are never printed" in text


def test_one_lesson_file_prints_with_its_pack_glossary(tmp_path, shipped):
    lesson = next(x for x in shipped.lessons if x.id == "hex.what-a-txid-looks-like")
    text = handout(tmp_path, str(lesson.file))
    assert squash(lesson.title) in text
    assert "Words used in this lesson" in text


def test_unknown_lesson_id_is_a_kind_problem(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["handout", str(builtin_pack_dir()), "--lesson", "no.such", "--out", str(out)]) == 1
    assert "no lesson has the id no.such" in capsys.readouterr().err
    assert not out.exists()


def test_the_real_command_works_without_a_display(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "sheet.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "holdspace",
            "handout",
            str(builtin_pack_dir()),
            "--lesson",
            "hex.hex-playground",
            "--facilitator",
            "--out",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "facilitator sheet with 1 lesson(s)" in done.stdout
    assert "The hex playground" in pdf_text(out)
