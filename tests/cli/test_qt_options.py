"""Qt's own options reach Qt instead of being refused; unknown ones are still refused."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from holdspace.cli.main import parse


def test_qt_options_are_kept_aside_for_qt_and_ours_still_parse():
    args = parse(
        [
            "-reverse",
            "--guest",
            "-style",
            "fusion",
            "-stylesheet=calm.qss",
            "--platform",
            "offscreen",
            "--language",
            "en",
        ]
    )
    assert args.guest and args.language == "en" and args.command is None
    assert args.qt_options == [
        "-reverse",
        "-style",
        "fusion",
        "-stylesheet=calm.qss",
        "--platform",
        "offscreen",
    ]


def test_words_after_a_double_dash_are_never_taken_for_qt_options():
    args = parse(["validate", "--", "-reverse"])
    assert args.command == "validate" and args.qt_options == []


def test_an_unknown_option_is_still_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        parse(["-upside-down"])
    assert stop.value.code == 2


def test_the_app_opens_right_to_left_in_the_fusion_style_when_qt_is_asked(holdspace_home):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "holdspace", "-reverse", "-style", "fusion", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "layout right-to-left" in result.stdout and "style fusion" in result.stdout
    assert "window shown" in result.stdout and "0 can't open yet" in result.stdout


def test_a_plain_start_gets_the_parsers_own_defaults_without_building_it():
    """`holdspace` alone (a double-click) skips argparse; what it gets must not drift."""
    from holdspace.cli.main import build_parser

    plain = vars(parse([]))
    parsed = vars(build_parser().parse_args([]))
    assert plain == {**parsed, "qt_options": []}
    assert vars(parse(["-reverse"])) == {**parsed, "qt_options": ["-reverse"]}
    first, second = parse([]), parse([])
    first.pack.append("tonight")  # each start has its own list
    assert second.pack == []


def test_a_plain_start_loads_no_subcommand():
    code = (
        "import sys; from holdspace.cli.main import parse; parse([]); "
        "print(sorted(m for m in sys.modules if m.startswith('holdspace.cli')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = done.stdout
    assert "holdspace.cli.commands" not in loaded and "holdspace.cli.registry" not in loaded
    assert "holdspace.cli.qtargs" in loaded  # Qt's options are still kept aside
