"""Attack class: pictures a document asks for. Holdspace alone resolves them: a raster
picture inside the lesson's own pack, within the size cap; everything else is
refused and never left to Qt, which would read the path itself (relative to the
working directory, /dev/zero included).

The real app walks a hostile pack in its own process, started in a folder whose
``trap/cwd.png`` is a named pipe, with every outside picture a pipe too: reading any
of them blocks, so a read outside the pack shows up as a hang (the timeout).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_pack import write_hostile_pack
from kit import TIMEOUT, env
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel

from holdspace.core.markup import MAX_RESOURCE_BYTES
from holdspace.gui import safe_text
from holdspace.gui.markdown_view import SafeTextBrowser

DRIVER = Path(__file__).with_name("drive_window.py")
IMAGE = QTextDocument.ResourceType.ImageResource.value
posix_only = pytest.mark.skipif(os.name != "posix", reason="named pipes and /dev/zero")


def drive(pack: Path, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(pack)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=cwd,
        env=env(),
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "WALKED 2 []" in result.stdout, result.stdout[-2000:]
    return result.stdout


@posix_only
def test_the_real_app_never_reads_a_picture_outside_the_pack(tmp_path):
    trap = tmp_path / "cwd"
    (trap / "trap").mkdir(parents=True)
    os.mkfifo(trap / "trap" / "cwd.png")
    os.mkfifo(tmp_path / "outside.png")
    hostile = write_hostile_pack(tmp_path / "hostile", str(tmp_path / "outside.png"))
    drive(hostile, trap)


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_the_real_app_never_reads_an_endless_device(tmp_path):
    # Started from inside the pack, as an educator tries theirs: img/zero.png -> /dev/zero
    # and the /dev/zero references would abort the app if Qt read them itself.
    hostile = write_hostile_pack(tmp_path / "hostile", "/dev/zero")
    drive(hostile, hostile)


@pytest.fixture
def pack_root(tmp_path):
    root = tmp_path / "pack"
    (root / "img").mkdir(parents=True)
    image = QImage(5, 5, QImage.Format.Format_RGB32)
    image.fill(0x3D6B8C)
    assert image.save(str(root / "img" / "dot.png"))
    return root


def test_a_picture_inside_the_pack_is_embedded_for_labels_and_text_alike(pack_root, qtbot):
    html = safe_text.markdown_html("![a dot](img/dot.png)", pack_root=pack_root)
    assert 'src="data:image/png;base64,' in html and 'alt="a dot"' in html
    label = QLabel(html)
    qtbot.addWidget(label)
    assert label.sizeHint().width() >= 5


@pytest.mark.parametrize(
    "reference",
    [
        "/etc/hostname",
        "../outside.png",
        "img/../../x.png",
        "%2e%2e/x.png",
        "file:///etc/hostname",
        "img/missing.png",
        "https://example.org/x.png",
        "data:image/png;base64,AAAA",
    ],
)
def test_pictures_from_anywhere_else_become_their_words(pack_root, reference):
    html = safe_text.markdown_html(f"![the words]({reference})", pack_root=pack_root)
    assert "<img" not in html and "the words" in html


def test_a_picture_that_exists_only_in_the_working_folder_is_not_shown(
    pack_root, tmp_path, monkeypatch, qtbot
):
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "img").mkdir(parents=True)
    big = QImage(300, 300, QImage.Format.Format_RGB32)
    big.fill(0xFF0000)
    big.save(str(elsewhere / "img" / "photo.png"))
    monkeypatch.chdir(elsewhere)
    for html in (
        safe_text.markdown_html("![p](img/photo.png)", pack_root=pack_root),
        safe_text.markdown_html("![p](img/photo.png)"),
    ):
        label = QLabel(html)
        qtbot.addWidget(label)
        assert label.sizeHint().height() < 100
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.set_pack_root(pack_root)
    browser.setHtml('<img src="img/photo.png">')  # even HTML that got past us
    answer = browser.loadResource(IMAGE, QUrl("img/photo.png"))
    assert isinstance(answer, QImage) and answer.isNull()
    assert browser.document().size().height() < 100


def test_an_svg_is_refused_even_when_named_png(pack_root, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n")
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f'<image xlink:href="{secret}" width="9" height="9"/></svg>'
    )
    (pack_root / "img" / "drawing.svg").write_text(svg)
    (pack_root / "img" / "drawing.png").write_text(svg)
    assert safe_text.image_bytes(pack_root, "img/drawing.svg") is None
    assert safe_text.image_bytes(pack_root, "img/drawing.png") is None


def test_a_picture_over_the_cap_is_refused_without_being_read(pack_root):
    big = pack_root / "img" / "big.png"
    with open(big, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n")
        file.truncate(MAX_RESOURCE_BYTES + 1)
    assert safe_text.image_bytes(pack_root, "img/big.png") is None


@posix_only
def test_pipes_and_devices_posing_as_pictures_are_refused(pack_root):
    os.mkfifo(pack_root / "img" / "pipe.png")
    assert safe_text.image_bytes(pack_root, "img/pipe.png") is None
    if os.path.exists("/dev/zero"):
        (pack_root / "img" / "zero.png").symlink_to("/dev/zero")
        assert safe_text.image_bytes(pack_root, "img/zero.png") is None


def test_a_printed_handout_takes_pictures_from_the_pack_only(
    pack_root, tmp_path, monkeypatch, qapp
):
    from holdspace.gui.handout.pdf import make_document
    from holdspace.gui.handout.text import block

    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "img").mkdir(parents=True)
    big = QImage(300, 300, QImage.Format.Format_RGB32)
    big.fill(0xFF0000)
    big.save(str(elsewhere / "img" / "photo.png"))
    monkeypatch.chdir(elsewhere)
    html = block("![a dot](img/dot.png) ![a photo](img/photo.png)", None)
    document = make_document(html, "Handout", pack_root)
    assert "data:image/png;base64," in document.toHtml()  # the pack's own picture
    assert document.size().height() < 100  # never the working folder's
    stray = make_document('<img src="img/photo.png">', "Handout", pack_root)
    assert stray.size().height() < 100
