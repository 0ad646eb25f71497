"""Attack class: a pack whose structure is odd — languages, topics, nesting, counts.

Whatever pack.yaml says, the pack is either opened with its problems named at
``file:line:column`` or refused in words; the built-in lessons always open.
"""

from __future__ import annotations

import os
import re

import pytest
from kit import FIELD_PROBLEM, LESSON, MINIMAL_PACK, pack, refused, run, smoke, write

ODD_LANGUAGES = {
    "empty list": "languages: []",
    "a slash": 'languages: [en, "/"]',
    "a way out": 'languages: [en, "../x"]',
    "only a way out": 'languages: ["../../etc"]',
    "a newline": 'languages: ["en\\n"]',
    "not a list": "languages: {en: yes}",
    "a number": "languages: 7",
    "nothing": "languages:",
    "very long": "languages: [" + ", ".join(f"l{i:03d}" for i in range(2000)) + "]",
}


@pytest.mark.parametrize("line", ODD_LANGUAGES.values(), ids=ODD_LANGUAGES.keys())
def test_odd_languages_never_reach_the_file_system(tmp_path, line):
    outside = tmp_path / "x"
    outside.mkdir()
    (outside / "glossary.yaml").write_text("terms: [obviously a CANARYWORD]")
    target = pack(tmp_path / "p", MINIMAL_PACK.replace("languages: [en]", line))
    for command in ("validate", "lint"):
        said = refused(command, target)
        assert "CANARYWORD" not in said
        assert any(re.match(FIELD_PROBLEM, x) for x in said.splitlines()), said
    refused("list", target)
    opened, said = smoke(target)
    assert opened == 2 or "language" in said


def test_a_pack_whose_languages_are_all_refused_says_so(tmp_path):
    target = pack(tmp_path / "p", MINIMAL_PACK.replace("languages: [en]", 'languages: ["/"]'))
    said = refused("validate", target)
    assert "is not a language code" in said and "no language" in said


def test_fifteen_hundred_nested_folders_are_left_out_kindly(tmp_path):
    target = pack(tmp_path / "p")
    top = deep = str(target / "en" / "d")
    os.mkdir(top)
    for _ in range(1499):  # one by one: makedirs itself recurses that deep
        deep += "/d"
        os.mkdir(deep)
    with open(deep + "/hidden.yaml", "w", encoding="utf-8") as file:
        file.write(LESSON.replace("stranger.one", "stranger.deep"))
    try:
        said = refused("validate", target)
        assert "levels deep were left out" in said
        listing = run("list", target).stdout
        assert "stranger.one" in listing and "stranger.deep" not in listing
        smoke(target)
    finally:  # pytest's own clean-up of tmp_path recurses, and would fail this deep
        os.remove(deep + "/hidden.yaml")
        while deep != os.path.dirname(top):
            os.rmdir(deep)
            deep = os.path.dirname(deep)


def test_too_many_lesson_files_are_capped_and_named(tmp_path):
    files = {
        f"en/many/{i:05d}.yaml": LESSON.replace("stranger.one", f"stranger.n{i}")
        for i in range(5003)
    }
    target = write(tmp_path / "p", {"pack.yaml": MINIMAL_PACK, **files})
    said = refused("validate", target)
    assert "more than 5000 lesson files" in said


@pytest.mark.parametrize(
    "content",
    [
        "- just\n- a list\n",
        "plain words",
        "format: 1\n",
        "{",
        "format: 1\nname: P\nlanguages: [en]\ntopics: []\n",
        "format: 1\nname: P\nlanguages: [en]\ntopics:\n  - 42\n  - {id: ../../x}\n",
        "format: 1\nname: P\nlanguages: [en]\ntopics:\n  - id: hexadecimal\nguides: {mistake: ../x, hack: y}\n",
        "[" * 5000,
        "a: " + "[" * 300 + "]" * 300,
    ],
    ids=[
        "list",
        "words",
        "half",
        "broken",
        "no-topics",
        "odd-topics",
        "odd-guides",
        "brackets",
        "deep",
    ],
)
def test_odd_pack_yaml_is_refused_or_opened_with_reasons(tmp_path, content):
    target = pack(tmp_path / "p", content)
    said = refused("validate", target)
    assert any(re.match(FIELD_PROBLEM, x) for x in said.splitlines()), said
    refused("lint", target)
    smoke(target)


def test_a_folder_named_like_a_lesson_and_a_missing_language_folder(tmp_path):
    target = pack(tmp_path / "p", MINIMAL_PACK.replace("[en]", "[en, fr]"))
    (target / "en" / "folder.yaml").mkdir()
    said = refused("validate", target)
    assert "there is no `fr` folder" in said
    assert "points outside" not in said  # a folder is not "outside"
    assert "stranger.one" in run("list", target).stdout


def test_a_broken_pack_beside_a_good_one_leaves_the_good_one_open(tmp_path):
    good = pack(tmp_path / "good")
    bad = pack(tmp_path / "bad", MINIMAL_PACK.replace("languages: [en]", "languages: []"))
    opened, said = smoke(bad, good)
    assert opened == 2 and "bad/pack.yaml:3:" in said and "language" in said
