"""Render the app icon at the standard sizes, plus .ico (Windows) and .icns (macOS).

    python packaging/icons.py OUT_FOLDER

PNGs come from ``assets/icons/holdspace.svg`` through Qt's own SVG renderer (already
installed with PySide6); Pillow, a build-time tool only, packs the .ico and .icns.
Writes ``OUT_FOLDER/hicolor/<n>x<n>/apps/<APP_ID>.png``, ``.../scalable/apps/<APP_ID>.svg``,
``OUT_FOLDER/holdspace.ico`` and ``OUT_FOLDER/holdspace.icns``.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.holdspace.Holdspace"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual sizes
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = Path(__file__).resolve().parent.parent / "assets" / "icons" / "holdspace.svg"


def render(size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"could not read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (Qt needs one)
    for size in SIZES:
        render(size, out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    big = out / "build-1024.png"
    render(1024, big)
    with Image.open(big) as image:
        image.save(out / "holdspace.ico", sizes=[(s, s) for s in ICO_SIZES])
        image.save(out / "holdspace.icns")
    big.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
