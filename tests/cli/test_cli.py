"""The educator's command line: validate and list, with honest exit codes."""

from __future__ import annotations

import pytest

from holdspace.__main__ import main
from holdspace.core.paths import builtin_pack_dir
from packkit import GOOD_LESSON, write_pack


def test_validate_a_clean_pack_exits_zero(capsys):
    assert main(["validate", str(builtin_pack_dir())]) == 0
    assert "all good" in capsys.readouterr().out


def test_validate_reports_every_problem_and_exits_one(tmp_path, capsys):
    root = write_pack(
        tmp_path / "pack",
        {
            "en/a.yaml": GOOD_LESSON,
            "en/b.yaml": GOOD_LESSON.replace("test.counting", "test.b").replace(
                "kind: read", "kind: rd"
            ),
            "en/c.yaml": "title: [oops\n",
        },
    )
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert any(
        line.startswith("pack/en/b.yaml:7:11: steps[1].kind: unknown step kind") for line in out
    )
    assert any(line.startswith("pack/en/c.yaml:") and "YAML syntax" in line for line in out)


def test_validate_missing_path_is_a_problem_not_a_crash(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nowhere")]) == 1
    assert "nothing at this path" in capsys.readouterr().err


def test_with_no_path_validate_and_list_use_the_built_in_pack(capsys):
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.strip() == f"{builtin_pack_dir()}: all good"
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "Hexadecimal [hexadecimal]" in out and "can't open yet" not in out


@pytest.mark.parametrize("argv", [["frobnicate"], ["--no-such-flag"], ["list", "a", "b"]])
def test_usage_errors_exit_two(argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_list_shows_topics_lessons_and_broken_ones(tmp_path, capsys):
    root = write_pack(tmp_path / "pack", {"en/a.yaml": GOOD_LESSON, "en/b.yaml": "id: test.b\n"})
    assert main(["list", str(root)]) == 1
    out = capsys.readouterr().out
    assert "Hexadecimal [hexadecimal]" in out
    assert "test.counting: Counting with sixteen digits (3 steps, 5 min)" in out
    assert "can't open yet" in out


def test_list_uses_the_requested_language(tmp_path, capsys):
    french = GOOD_LESSON.replace("title: Counting with sixteen digits", "title: Compter en seize")
    root = write_pack(tmp_path / "pack", {"en/a.yaml": GOOD_LESSON, "fr/a.yaml": french})
    main(["list", str(root), "--language", "fr"])
    out = capsys.readouterr().out
    assert "L'hexadécimal" in out and "Compter en seize" in out


def test_list_of_something_that_is_not_a_pack(tmp_path, capsys):
    assert main(["list", str(tmp_path)]) == 1
    assert "pack.yaml" in capsys.readouterr().err


def test_a_zipped_pack_validates_and_lists(tmp_path, capsys):
    import shutil

    root = write_pack(tmp_path / "zipped", {"en/a.yaml": GOOD_LESSON, "fr/a.yaml": GOOD_LESSON})
    archive = shutil.make_archive(str(tmp_path / "class"), "zip", root.parent, "zipped")
    assert main(["validate", archive]) == 0
    assert main(["list", archive]) == 0
    assert "Counting with sixteen digits" in capsys.readouterr().out


def test_a_hostile_zip_is_refused_kindly(tmp_path, capsys):
    import zipfile

    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("pack.yaml", "format: 1\n")
        archive.writestr("../../outside.yaml", "id: x\n")
    assert main(["validate", str(evil)]) == 1
    assert "points outside the pack" in capsys.readouterr().out
    assert not (tmp_path.parent / "outside.yaml").exists()
