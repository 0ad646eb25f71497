"""`holdspace new PACK_DIR`: a ready-to-edit pack that validate and lint find nothing in."""

from __future__ import annotations

import yaml

from holdspace.__main__ import main
from holdspace.core.lessons import STEP_KINDS, open_pack, validate_path
from holdspace.core.lessons.scaffold import EXAMPLES
from holdspace.core.lint import lint_path


def test_new_pack_is_clean_and_uses_every_step_kind(tmp_path, capsys):
    folder = tmp_path / "tonight"
    assert main(["new", str(folder)]) == 0
    assert "holdspace validate" in capsys.readouterr().out
    assert validate_path(folder) == []
    assert lint_path(folder) == []
    assert main(["validate", str(folder)]) == 0
    pack = open_pack(folder)
    (lesson,) = pack.lessons
    assert [t.id for t in pack.topics] == ["first-steps"]
    assert {step.kind for step in lesson.steps} == set(STEP_KINDS)
    assert lesson.minutes and lesson.objectives
    assert len(pack.glossary)
    text = (folder / "en/first-steps/01-a-first-look.yaml").read_text(encoding="utf-8")
    assert text.count("\n#") + text.count("  # ") > 10  # commented for an educator
    assert yaml.safe_load(text)["id"] == lesson.id


def test_every_registered_kind_has_an_example():
    assert set(STEP_KINDS) <= set(EXAMPLES), (
        "add the new kind's example to core/lessons/scaffold.py"
    )


def test_new_never_writes_over_a_folder_with_files(tmp_path, capsys):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["new", str(folder)]) == 1
    assert "already holds files" in capsys.readouterr().err
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert not (folder / "pack.yaml").exists()
