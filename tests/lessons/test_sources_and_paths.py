"""What ships names public references, never the machine it was built on.

A `sources` line is for the next educator: a BIP, an EIP, a regulator's or tax
office's page, a project's documentation. A file path, a bare file name or the
project's own code means nothing to them, and a path on a developer's machine
leaks the build environment into every copy of the pack."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from holdspace.core.lessons import open_pack
from holdspace.core.paths import assets_dir, builtin_pack_dir

PACK = open_pack(builtin_pack_dir())
SOURCES = [(lesson.id, source) for lesson in PACK.lessons for source in lesson.sources]

URL = re.compile(r"https?://\S+")
MACHINE_PATH = re.compile(
    r"(?<![\w.])(/work|/root|/home|/tmp|/Users)(/|\b)|~/|(?-i:\b[A-Z]:\\[A-Za-z])", re.IGNORECASE
)
FOLDER_AND_FILE = re.compile(r"[\w.-]+/[\w./-]*\.[A-Za-z]{1,5}\b")  # docs/x.rst, src/a/b.cpp
FILE_NAME = re.compile(
    r"\b[\w-]+\.(py|pyc|json|ya?ml|md|rst|txt|cpp|cc|h|hpp|js|ts|toml|csv|ini|cfg)\b", re.IGNORECASE
)
PROJECT_CODE = re.compile(
    r"holdspace|\bcore\.\w+|\bapp/|\bassets/|\blessons/|(?-i:\bDESIGN\b)", re.IGNORECASE
)
# Public projects whose names look like file names.
PROJECT_NAMES = re.compile(r"\bweb3\.py\b")
# What a citable reference looks like: a numbered standard, a public site, a
# repository (owner/name), or a named document.
REFERENCE = re.compile(
    r"\b(BIP|EIP|ERC)-\d+|\b[\w-]+\.(org|com|gov|uk|io|it|net|to|network|dev|edu|info)\b|"
    r"\(\w[\w.-]*/\w[\w.-]*\)|\(GitHub\)|"
    r"\b(docs|documentation|white paper|Yellow Paper|Manual|Wikipedia|Investor\.gov|IRS|HMRC|FINRA|"
    r"FBI|IC3|NIST|Special Publication|Symposium|public service announcement|statements?|guidance|"
    r"Act \d{4}|U\.S\.C\.|(public|block) explorers|developer (guide|reference|docs))\b",
    re.IGNORECASE,
)


def test_the_pack_has_sources_to_check():
    assert len(SOURCES) >= 3 * len(PACK.lessons) // 2


@pytest.mark.parametrize(("lesson_id", "source"), SOURCES, ids=lambda x: x[:40])
def test_a_source_names_a_public_reference_not_a_path_or_our_code(lesson_id, source):
    text = PROJECT_NAMES.sub("", URL.sub("", source))
    assert not MACHINE_PATH.search(source), source
    assert not FOLDER_AND_FILE.search(text), f"a file path: {source}"
    assert not FILE_NAME.search(text), f"a file name: {source}"
    assert not PROJECT_CODE.search(text), f"names the project's own code: {source}"
    assert REFERENCE.search(source), f"a statement, not a reference someone can look up: {source}"


def _shipped_text_files() -> list[Path]:
    roots = (builtin_pack_dir(), assets_dir())
    return sorted(
        p
        for root in roots
        for p in root.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".yml", ".json", ".md", ".ts", ".svg", ".txt"}
    )


@pytest.mark.parametrize("path", _shipped_text_files(), ids=lambda p: p.name)
def test_no_machine_path_in_a_shipped_file(path):
    text = path.read_text(encoding="utf-8")
    found = [m.group() for m in MACHINE_PATH.finditer(text)]
    assert not found, f"{path.name}: {found}"


def test_the_checks_catch_what_the_review_found():
    # The shapes the content review found in the pack before it was mended.
    assert MACHINE_PATH.search("copied in /work/shared/vectors/bip39_english_vectors.json")
    assert MACHINE_PATH.search(r"C:\Users\me\pack")
    assert FOLDER_AND_FILE.search("Bitcoin Core, src/kernel/chainparams.cpp")
    assert FILE_NAME.search("Holdspace P&L rules (DESIGN.md §6)")
    assert PROJECT_CODE.search("checked with holdspace.core.pnl.reconcile")
    assert not REFERENCE.search("Explorer conventions: an explorer reads the public chain")
    for good in (
        "BIP-39 (bitcoin/bips)",
        "EIP-55",
        "HMRC Cryptoassets Manual, CRYPTO22200",
        "ethereum.org, 'Block explorers'",
    ):
        assert (
            REFERENCE.search(good)
            and not FILE_NAME.search(good)
            and not FOLDER_AND_FILE.search(good)
        )


def test_no_checklist_teaches_checking_only_the_ends_of_an_address():
    # Look-alike addresses are made to match the first and last characters.
    for lesson in PACK.lessons:
        for step in lesson.steps:
            for item in getattr(step.spec, "items", ()) or ():
                assert not re.search(
                    r"\b(first|last) (and last )?(four|few) characters", item.text, re.IGNORECASE
                ), (lesson.id, item.text)
