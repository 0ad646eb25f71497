"""`holdspace coverage`: interface strings, lessons and glossary terms per language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from holdspace.__main__ import main
from holdspace.core.coverage import Coverage, interface_coverage, pack_coverage
from holdspace.core.paths import assets_dir
from packkit import GOOD_LESSON, write_pack

GLOSSARY = """\
terms:
  - id: hex
    term: {term}
    definition: {definition}
  - id: fee
    term: fee
    definition: What the network keeps for carrying a transaction.
"""


def test_the_built_in_pack_and_every_interface_language_are_counted(capsys):
    total = sum(
        1 for _ in ET.parse(assets_dir() / "i18n" / "holdspace.ts").getroot().iter("message")
    )
    assert main(["coverage"]) == 0
    out = capsys.readouterr().out
    for name in [
        "English (en)",
        "Français (fr)",
        "Español (es)",
        "Português (Brasil) (pt_BR)",
        "Русский (ru)",
        "العربية (ar)",
        "Bahasa Indonesia (id)",
    ]:
        row = next(line for line in out.splitlines() if name in line)
        assert f"{total}/{total} (100 %)" in row, row
    english = next(line for line in out.splitlines() if "English (en)" in line)
    lessons, terms = re.findall(r"(\d+)/(\d+) \(100 %\)", english)[1:]
    assert int(lessons[0]) >= 30 and int(terms[0]) >= 40


def test_a_half_translated_pack_counts_what_each_language_has(tmp_path):
    root = write_pack(
        tmp_path / "pack",
        {
            "en/a.yaml": GOOD_LESSON,
            "en/b.yaml": GOOD_LESSON.replace("test.counting", "test.second"),
            "fr/a.yaml": GOOD_LESSON.replace(
                "Counting with sixteen digits", "Compter avec seize chiffres"
            ),
            "en/glossary.yaml": GLOSSARY.format(term="hex", definition="Counting in sixteens."),
            "fr/glossary.yaml": "terms:\n  - id: hex\n    term: hexa\n    definition: Compter par seize.\n",
        },
    )
    found = Coverage(interface=interface_coverage(assets_dir() / "i18n"))
    pack_coverage(root, found)
    assert (found.lessons["en"].done, found.lessons["en"].total) == (2, 2)
    assert (found.lessons["fr"].done, found.glossary["fr"].done, found.glossary["fr"].total) == (
        1,
        1,
        2,
    )
    assert str(found.lessons["fr"]) == "1/2 (50 %)"
    assert found.lessons["ru"].done == 0  # an interface language the pack has no folder for


def test_a_pack_that_cannot_open_is_a_problem_not_a_crash(tmp_path, capsys):
    assert main(["coverage", str(tmp_path)]) == 1
    assert "pack.yaml" in capsys.readouterr().err
