"""scripts/setup on the machines it meets, played by small stand-ins for python3, dpkg-query,
apt-cache, apt-get, sudo and id on an otherwise empty PATH: what it installs, what it asks
for, and that a finished set-up is left alone (no password, no network)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
REAL_TOOLS = ("bash", "dirname", "grep", "cat", "rm", "mkdir", "env", "cp", "chmod")
NEW_NAMES = "libglib2.0-0t64 libdbus-1-3t64 libxcb-util1 python3-venv python3.11-venv"
OLD_NAMES = "libglib2.0-0 libdbus-1-3 libxcb-util1 python3-venv python3.11-venv"
QT = (
    "libgl1 libegl1 libxkbcommon0 libfontconfig1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 "
    "libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-6 "
    "libx11-xcb1 libxcb-randr0 libxcb-render0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 "
    "libwayland-cursor0 libwayland-egl1 fonts-dejavu-core"
)

PYTHON3 = r"""#!/bin/bash
echo "python3 $*" >> "$STATE/log"
case "$*" in
  *"sys.exit(sys.version_info"*) [ "$FAKE_PY" != "3.9" ]; exit $? ;;
  *"import venv, ensurepip"*) grep -qxE "python3(\.11)?-venv" "$STATE/installed"; exit $? ;;
  *"python%d.%d"*) echo "python$FAKE_PY"; exit 0 ;;
  *hashlib*) exec "$REAL_PYTHON" "$@" ;;
  *"platform.python_version()"*) echo "$FAKE_PY.2"; exit 0 ;;
  "-m venv .venv")
    grep -qxE "python3(\.11)?-venv" "$STATE/installed" || { echo "ensurepip is not available" >&2; exit 1; }
    mkdir -p .venv/bin && cp "$STATE/venv-python" .venv/bin/python && chmod +x .venv/bin/python ;;
esac
"""
VENV_PYTHON = r"""#!/bin/bash
echo "venv-python $*" >> "$STATE/log"
"""
DPKG_QUERY = r"""#!/bin/bash
grep -qx "${@: -1}" "$STATE/installed" && echo "install ok installed" || exit 1
"""
APT_CACHE = r"""#!/bin/bash
for name in $FAKE_KNOWN; do [ "$name" = "${@: -1}" ] && exit 0; done; exit 100
"""
APT_GET = r"""#!/bin/bash
echo "apt-get $*" >> "$STATE/log"
[ "$1" = install ] && for word in "$@"; do case "$word" in -*|install) ;; *) echo "$word" >> "$STATE/installed" ;; esac; done
exit 0
"""
SUDO = '#!/bin/bash\necho "sudo $*" >> "$STATE/log"\nexec "$@"\n'
ID = '#!/bin/bash\necho "$FAKE_UID"\n'


def machine(
    tmp_path: Path,
    *,
    installed: str = "",
    known: str = NEW_NAMES + " " + QT,
    python: str = "3.11",
    uid: int = 1000,
    sudo: bool = True,
):
    repo, bin_dir, state = tmp_path / "repo", tmp_path / "bin", tmp_path / "state"
    for folder in (repo / "scripts", bin_dir, state):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "scripts" / "setup", repo / "scripts" / "setup")
    shutil.copy(REPO / "pyproject.toml", repo / "pyproject.toml")
    for tool in REAL_TOOLS:
        (bin_dir / tool).symlink_to(shutil.which(tool))
    fakes = {
        "python3": PYTHON3,
        "dpkg-query": DPKG_QUERY,
        "apt-cache": APT_CACHE,
        "apt-get": APT_GET,
        "id": ID,
        **({"sudo": SUDO} if sudo else {}),
    }
    for name, text in fakes.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    (state / "venv-python").write_text(VENV_PYTHON)
    (state / "installed").write_text("".join(f"{n}\n" for n in installed.split()))
    (state / "log").write_text("")
    env = {
        "PATH": str(bin_dir),
        "STATE": str(state),
        "FAKE_PY": python,
        "FAKE_KNOWN": known,
        "FAKE_UID": str(uid),
        "REAL_PYTHON": sys.executable,
    }

    def run(*args: str) -> subprocess.CompletedProcess:
        (state / "log").write_text("")
        return subprocess.run(
            [str(bin_dir / "bash"), "scripts/setup", *args],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def log() -> list[str]:
        return (state / "log").read_text().splitlines()

    return run, log, repo


def test_a_bare_debian_13_gets_everything_in_one_apt_step_then_a_venv(tmp_path):
    run, log, _repo = machine(tmp_path)
    result = run()
    assert result.returncode == 0, result.stdout + result.stderr
    calls = log()
    installs = [
        c for c in calls if c.startswith("sudo env DEBIAN_FRONTEND=noninteractive apt-get install")
    ]
    assert (
        len(installs) == 1
        and sum("apt-get update" in c for c in calls if c.startswith("sudo")) == 1
    )
    words = installs[0].split()
    assert "python3-venv" in words and "libglib2.0-0t64" in words and "libglib2.0-0" not in words
    assert "libdbus-1-3t64" in words and "fonts-dejavu-core" in words
    assert "venv-python -m pip --disable-pip-version-check --quiet install -e ." in calls
    assert "Holdspace is set up in .venv" in result.stdout


def test_a_finished_set_up_runs_again_without_sudo_apt_or_pip(tmp_path):
    run, log, _repo = machine(tmp_path)
    assert run().returncode == 0
    again = run()
    assert again.returncode == 0 and "already set up" in again.stdout
    calls = log()
    assert not [c for c in calls if c.startswith(("sudo", "apt-get")) or " pip " in c], calls


def test_debian_12_names_are_used_where_the_t64_ones_do_not_exist(tmp_path):
    run, log, _repo = machine(tmp_path, known=OLD_NAMES + " " + QT)
    assert run().returncode == 0
    install = next(c for c in log() if "apt-get install" in c).split()
    assert "libglib2.0-0" in install and "libglib2.0-0t64" not in install
    assert "python3-venv" in install


def test_an_old_python_is_told_before_anything_is_installed(tmp_path):
    run, log, repo = machine(tmp_path, python="3.9")
    result = run()
    assert result.returncode == 1
    assert "Python 3.10 or newer" in result.stdout and "Nothing was changed" in result.stdout
    assert not [c for c in log() if c.startswith(("sudo", "apt-get"))]
    assert not (repo / ".venv").exists()


def test_all_present_means_no_sudo_even_on_the_first_run(tmp_path):
    run, log, _repo = machine(tmp_path, installed=NEW_NAMES + " " + QT)
    assert run("--test").returncode == 0
    calls = log()
    assert not [c for c in calls if c.startswith(("sudo", "apt-get"))]
    assert "venv-python -m pip --disable-pip-version-check --quiet install -e .[test]" in calls


def test_root_installs_without_sudo(tmp_path):
    run, log, _repo = machine(tmp_path, uid=0, sudo=False)
    assert run().returncode == 0
    assert any(c.startswith("apt-get install") for c in log())


def test_without_sudo_rights_it_says_what_to_ask_for_and_stops(tmp_path):
    run, _log, repo = machine(tmp_path, sudo=False)
    result = run()
    assert result.returncode == 1
    assert (
        "python3-venv" in result.stdout and "ask whoever looks after this computer" in result.stdout
    )
    assert not (repo / ".venv").exists()


def test_a_changed_pyproject_or_asking_for_tests_installs_again(tmp_path):
    run, log, repo = machine(tmp_path, installed=NEW_NAMES + " " + QT)
    assert run().returncode == 0
    assert run("--test").returncode == 0
    assert any("install -e .[test]" in c for c in log())
    assert "already set up" in run().stdout  # the test set-up includes the app's
    (repo / "pyproject.toml").write_text((repo / "pyproject.toml").read_text() + "\n# changed\n")
    assert run("--test").returncode == 0
    assert any("install -e .[test]" in c for c in log())
    assert not any("install --upgrade pip" in c for c in log())  # the venv itself was fine
