"""Copy the licence texts of everything inside the bundle into one folder.

    python packaging/licenses.py OUT_FOLDER

Texts come from each installed distribution's own metadata (its ``dist-info``), so
they match the versions actually bundled. PySide6 and shiboken6 wheels carry no
licence file, so the LGPL-3.0 and GPL-3.0 texts are kept in packaging/licenses/.
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

BUNDLED = (
    "Markdown",
    "PyYAML",
    "nh3",
    "mnemonic",
    "platformdirs",
    "pyphen",
    "PySide6_Essentials",
    "shiboken6",
    "pyinstaller",
)
HERE = Path(__file__).resolve().parent


def licence_files(name: str) -> list[tuple[Path, str]]:
    """(file, flat name) for each licence file in the distribution's dist-info."""
    dist = distribution(name)
    wanted = ("LICEN", "COPYING", "NOTICE", "AUTHORS")
    found = []
    for f in dist.files or []:
        parts = Path(str(f)).parts
        if parts[0].endswith(".dist-info") and any(w in f.name.upper() for w in wanted):
            found.append((Path(dist.locate_file(f)), "-".join(parts[1:])))
    return found


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    missing = []
    for name in BUNDLED:
        try:
            files = licence_files(name)
        except PackageNotFoundError:
            missing.append(name)
            continue
        version = distribution(name).version
        for path, flat in files:
            shutil.copyfile(path, out / f"{name}-{version}-{flat}")
    for text in (HERE / "licenses").glob("*.txt"):  # Qt's LGPL-3.0 and the GPL-3.0 it builds on
        shutil.copyfile(text, out / f"Qt-PySide6-{text.name}")
    python = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python.is_file():
        shutil.copyfile(python, out / "Python-LICENSE.txt")
    if missing:
        print(f"licenses.py: not installed, so not copied: {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
