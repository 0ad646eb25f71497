"""The wheel ships the lessons: build it, install it into a fresh venv, validate from there."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_installed_wheel_validates_its_own_shipped_pack(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("holdspace-*.whl"))
    _ships_compiled_translations_only(wheel)
    env_dir = tmp_path / "venv"
    # Reuse this interpreter's packages (PySide6 etc.) but install holdspace itself fresh.
    venv.EnvBuilder(with_pip=True, system_site_packages=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    where = subprocess.run(
        [
            str(python),
            "-c",
            "from holdspace.core.paths import builtin_pack_dir; print(builtin_pack_dir())",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_with_dependencies(),
    ).stdout.strip()
    assert str(env_dir) in where and Path(where, "pack.yaml").is_file()
    assert Path(where).parent.joinpath("assets").is_dir()
    result = subprocess.run(
        [str(env_dir / "bin" / "holdspace"), "validate", where],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_with_dependencies(),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all good" in result.stdout


def _ships_compiled_translations_only(wheel: Path) -> None:
    """Every language's .qm ships; translators' sources (.ts, fill lists, notes) do not."""
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    i18n = sorted(
        n.rsplit("/", 1)[1] for n in names if n.startswith("holdspace/_data/assets/i18n/")
    )
    assert i18n == sorted(p.name for p in (REPO / "assets/i18n").glob("*.qm")) and len(i18n) >= 7
    assert not [n for n in names if n.endswith((".ts", "i18n/README.md")) or "/scripts/" in n]
    shipped_code = {n for n in names if n.startswith("holdspace/") and n.endswith(".py")}
    assert shipped_code == {
        "holdspace/" + p.relative_to(REPO / "app/holdspace").as_posix()
        for p in (REPO / "app/holdspace").rglob("*.py")
    }
    assert "holdspace/_data/LICENSE" in names


def _with_dependencies() -> dict[str, str]:
    """Let the fresh venv see this environment's dependencies (not its holdspace).

    A PYTHONPATH folder's .pth files are not processed, so the editable install of
    holdspace stays invisible and the wheel's own copy is the one that runs.
    """
    import os
    import sysconfig

    env = dict(os.environ)
    env["PYTHONPATH"] = sysconfig.get_paths()["purelib"]
    return env
