"""`holdspace lint PATH`: every finding on its own line, and honest exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

import holdspace.cli.lint_command  # noqa: F401  (registers `lint`, whatever main.py imports)
from holdspace.__main__ import main
from holdspace.core.paths import builtin_pack_dir
from packkit import GOOD_LESSON, write_pack


def test_a_clean_pack_exits_zero(tmp_path, capsys):
    assert main(["lint", str(write_pack(tmp_path / "pack"))]) == 0
    assert "all good" in capsys.readouterr().out


def test_findings_are_printed_one_per_line_and_exit_one(tmp_path, capsys):
    lesson = GOOD_LESSON.replace("Hex uses **sixteen** digits.", "Hex is just **sixteen** digits.")
    root = write_pack(tmp_path / "pack", {"en/hex/01-counting.yaml": lesson})
    assert main(["lint", str(root)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        'pack/en/hex/01-counting.yaml:8:18: steps[1].body: "just" can make a learner feel '
        "judged or slow — leave the word out; the sentence is kinder without it (to quote a "
        "scammer's or a screen's exact words, put them in «…»)"
    ]
    assert "1 thing(s) to look at" in captured.err


def test_validation_problems_count_as_findings(tmp_path, capsys):
    root = write_pack(
        tmp_path / "pack", {"en/a.yaml": GOOD_LESSON.replace("kind: read", "kind: rd")}
    )
    assert main(["lint", str(root)]) == 1
    assert "pack/en/a.yaml:7:11: steps[1].kind: unknown step kind" in capsys.readouterr().out


def test_a_missing_path_is_a_finding_not_a_crash(tmp_path, capsys):
    assert main(["lint", str(tmp_path / "nowhere")]) == 1
    assert "nothing at this path" in capsys.readouterr().err


def test_lint_with_no_path_looks_at_the_built_in_pack(capsys):
    assert main(["lint"]) == 0
    assert "all good" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["lint", "--no-such-flag", "x"]])
def test_usage_errors_exit_two(argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_the_shipped_pack_from_a_fresh_process_without_qt():
    code = (
        "import sys\nimport holdspace.cli.lint_command\nfrom holdspace.__main__ import main\n"
        "status = main(['lint', sys.argv[1]])\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(builtin_pack_dir())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip().splitlines()[-1] == "NOQT 0", result.stdout + result.stderr
