"""The PyInstaller bundle, built the way `bash scripts/bundle` builds it and started from a
folder outside the checkout: every shipped lesson, step kind and file is inside, the window
opens, and the .tar.xz carries the desktop file, metadata, icons and the ~/.local installer.

Marked slow (about 3-4 minutes on 2 cores: 40 s PyInstaller, 2 min xz); CI runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from holdspace import __version__
from holdspace.core.lessons import open_pack

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.holdspace.Holdspace"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    try:
        import PIL  # noqa: F401
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must build the bundle: {exc} (install the 'test' extra)")
        pytest.skip(f"PyInstaller or Pillow is not installed: {exc}")
    root = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, HOLDSPACE_PYTHON=sys.executable)
    result = subprocess.run(
        ["bash", "scripts/bundle", "--dist", str(root / "dist"), "--work", str(root / "work")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    elsewhere = root / "elsewhere" / "holdspace"  # a copy far from the checkout and its .venv
    shutil.copytree(root / "dist" / "holdspace", elsewhere, symlinks=True)
    tarball = root / "dist" / f"holdspace-{__version__}-linux-{os.uname().machine}.tar.xz"
    return {"folder": elsewhere, "tarball": tarball, "log": result.stdout}


def run(built, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean.update(env, HOLDSPACE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    clean["PATH"] = "/usr/bin:/bin"  # no Python from the checkout on the way
    return subprocess.run(
        [str(built["folder"] / "holdspace"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=clean,
        cwd=built["folder"].parent,
    )


def shipped():
    return open_pack(REPO / "lessons", "en")


def test_the_bundle_lists_every_shipped_lesson(built, holdspace_home):
    result = run(built, "list", home=holdspace_home)
    assert result.returncode == 0, result.stderr
    pack = shipped()
    assert len(pack.lessons) >= 30
    for lesson in pack.lessons:
        assert f"  {lesson.id}: {lesson.title} (" in result.stdout
    assert "can't open yet" not in result.stdout
    validated = run(built, "validate", home=holdspace_home)
    assert validated.returncode == 0 and "all good" in validated.stdout, (
        validated.stdout + validated.stderr
    )
    assert run(built, "--version", home=holdspace_home).stdout.strip() == f"holdspace {__version__}"


def test_the_bundle_opens_its_window_with_every_lesson_and_step_kind(built, holdspace_home):
    result = run(built, "--smoke-test", home=holdspace_home)
    assert result.returncode == 0, result.stdout + result.stderr
    pack = shipped()
    assert (
        f"window shown; {len(pack.lessons)} lessons in 1 pack(s), 0 can't open yet" in result.stdout
    )
    kinds = sorted({step.kind for lesson in pack.lessons for step in lesson.steps})
    assert {
        "explorer",
        "hex_playground",
        "paste_check",
        "pnl",
        "seed_practice",
        "checklist",
    } <= set(kinds)
    shown = next(line for line in result.stdout.splitlines() if "step kinds known" in line).split(
        "shown "
    )[1]
    assert all(repr(kind) in shown for kind in kinds), (kinds, shown)
    assert (holdspace_home / "progress.sqlite3").is_file()
    assert "starting: Holdspace" in (holdspace_home / "logs" / "holdspace.log").read_text(
        encoding="utf-8"
    )


def test_qt_options_reach_qt_in_the_bundle(built, holdspace_home):
    result = run(built, "-reverse", "--smoke-test", home=holdspace_home)
    assert result.returncode == 0 and "layout right-to-left" in result.stdout, result.stderr


def test_the_bundle_carries_data_translations_and_licences(built):
    data = built["folder"] / "_internal" / "holdspace" / "_data"
    i18n = REPO / "assets" / "i18n"
    for source in sorted((REPO / "lessons").rglob("*")) + sorted((REPO / "assets").rglob("*")):
        translators_only = i18n in source.parents and source.suffix != ".qm"
        if source.is_file() and not translators_only and source.name != "README.md":
            inside = data / source.relative_to(REPO)
            assert inside.read_bytes() == source.read_bytes(), source
    assert not list((data / "assets" / "i18n").glob("*.ts"))
    assert not (data / "assets" / "i18n" / "fill").exists()
    for translation in (REPO / "assets" / "i18n").glob("holdspace_*.ts"):
        assert (data / "assets" / "i18n" / translation.with_suffix(".qm").name).is_file(), (
            translation
        )
    for name in ("LICENSE", "THIRD-PARTY-NOTICES.md"):
        assert (built["folder"] / name).read_bytes() == (REPO / name).read_bytes()
    licences = {p.name for p in (built["folder"] / "licenses").iterdir()}
    for expected in ("Qt-PySide6-LGPL-3.0.txt", "Qt-PySide6-GPL-3.0.txt", "Python-LICENSE.txt"):
        assert expected in licences
    for package in (
        "Markdown",
        "PyYAML",
        "nh3",
        "mnemonic",
        "platformdirs",
        "pyphen",
    ):
        assert any(name.startswith(package + "-") for name in licences), package
    internal = {p.name for p in (built["folder"] / "_internal").iterdir()}
    assert not internal & {"textstat", "nltk", "tkinter", "PIL", "PyInstaller", "Crypto"}


def test_the_archive_installs_into_local_and_uninstalls_cleanly(built, tmp_path):
    assert built["tarball"].is_file(), built["log"]
    with tarfile.open(built["tarball"]) as archive:
        names = set(archive.getnames())
        safe = {"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}
        archive.extractall(tmp_path / "unpacked", **safe)
    share = "holdspace/share"
    assert {
        "holdspace/holdspace",
        "holdspace/install.sh",
        "holdspace/LICENSE",
        f"{share}/applications/{APP_ID}.desktop",
        f"{share}/metainfo/{APP_ID}.metainfo.xml",
        f"{share}/icons/hicolor/scalable/apps/{APP_ID}.svg",
    } <= names
    for size in ICON_SIZES:
        assert f"{share}/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in names
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    unpacked = tmp_path / "unpacked" / "holdspace"
    done = subprocess.run(
        ["sh", str(unpacked / "install.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    data = home / ".local" / "share"
    desktop = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{data}/holdspace/holdspace"' in desktop and "Icon=" + APP_ID in desktop
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    launcher = home / ".local" / "bin" / "holdspace"
    version = subprocess.run(
        [str(launcher), "--version"],
        capture_output=True,
        text=True,
        env={**env, "HOLDSPACE_HOME": str(tmp_path / "hs")},
    )
    assert version.stdout.strip() == f"holdspace {__version__}"
    undone = subprocess.run(
        ["sh", str(data / "holdspace" / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert undone.returncode == 0, undone.stderr
    left = sorted(
        str(p.relative_to(home)) for p in home.rglob("*") if p.is_file() or p.is_symlink()
    )
    assert left == [] or all(p.endswith(("mimeinfo.cache", "icon-theme.cache")) for p in left), left
    assert "progress is still" in undone.stdout


def test_the_desktop_file_and_metainfo_validate_where_the_tools_exist():
    linux = REPO / "packaging" / "linux"
    checked = 0
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(linux / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
        checked += 1
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(linux / f"{APP_ID}.metainfo.xml")],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout
        checked += 1
    if not checked:
        pytest.skip("neither desktop-file-validate nor appstreamcli is installed")
