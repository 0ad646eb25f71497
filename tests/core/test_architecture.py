"""The core and the CLI never load Qt, so every rule is testable in plain Python."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import holdspace


def _modules(prefix: str) -> list[str]:
    package = __import__(prefix, fromlist=["_"])
    found = [prefix]
    for info in pkgutil.walk_packages(package.__path__, prefix + "."):
        found.append(info.name)
    return found


def test_core_and_cli_never_import_pyside():
    names = _modules("holdspace.core") + _modules("holdspace.cli")
    assert "holdspace.core.session" in names and "holdspace.cli.commands" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_running_a_cli_command_does_not_load_qt(tmp_path):
    code = (
        "import sys\nfrom holdspace.__main__ import main\n"
        "code = main(['list', sys.argv[1]])\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', code)\n"
    )
    from holdspace.core import paths

    result = subprocess.run(
        [sys.executable, "-c", code, str(paths.builtin_pack_dir())],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "NOQT 0"


def test_no_module_grows_past_about_four_hundred_lines():
    from pathlib import Path

    root = Path(holdspace.__file__).parent
    long = {
        str(p.relative_to(root)): n
        for p in root.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long, f"split these modules: {long}"
