"""Lesson text from strangers: no file reads outside the pack, no link opens unasked."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox

from holdspace.gui import markdown_view
from holdspace.gui.markdown_view import SafeTextBrowser

IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture
def browser(qtbot, tmp_path):
    widget = SafeTextBrowser()
    qtbot.addWidget(widget)
    pack = tmp_path / "pack"
    (pack / "img").mkdir(parents=True)
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x3D6B8C)
    assert image.save(str(pack / "img" / "dot.png"))
    widget.set_pack_root(pack)
    return widget, pack


def test_images_inside_the_pack_load(browser):
    widget, _ = browser
    widget.set_markdown("![a blue dot](img/dot.png)")
    assert "data:image/png;base64," in widget.toHtml()


@pytest.mark.parametrize(
    "reference",
    [
        "/etc/passwd",
        "../outside.png",
        "file:///etc/hostname",
        "https://example.org/x.png",
        "img/missing.png",
    ],
)
def test_images_from_anywhere_else_do_not_load(browser, reference):
    widget, _ = browser
    widget.set_markdown(f"![the alt text]({reference})")
    assert "<img" not in widget.toHtml() and "the alt text" in widget.toPlainText()
    # Asked directly, the browser answers "nothing" itself: None would let Qt read the path.
    answer = widget.loadResource(IMAGE, QUrl(reference))
    assert isinstance(answer, QImage) and answer.isNull()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_is_refused_without_reading(browser):
    widget, pack = browser
    (pack / "img" / "zero.png").symlink_to("/dev/zero")
    widget.set_markdown("![zero](img/zero.png)")
    assert "<img" not in widget.toHtml()


def test_rendering_hostile_markdown_keeps_tags_as_text(browser):
    widget, _ = browser
    widget.set_markdown("<script>alert(1)</script> [x](javascript:alert(1)) <img src=/dev/zero>")
    html = widget.toHtml()
    assert "<script" not in html and "javascript:" not in html
    assert "alert(1)" in widget.toPlainText()


def test_links_never_open_without_a_confirmation(browser, monkeypatch):
    widget, _ = browser
    opened, asked, told = [], [], []
    monkeypatch.setattr(
        markdown_view.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    monkeypatch.setattr(
        markdown_view.QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    monkeypatch.setattr(markdown_view.QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    widget.anchorClicked.emit(QUrl("https://example.org/guide"))
    assert asked and "https://example.org/guide" in asked[0] and opened == []
    widget.anchorClicked.emit(QUrl("http://example.org/"))
    widget.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert len(told) == 2 and opened == []
    monkeypatch.setattr(
        markdown_view.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    widget.anchorClicked.emit(QUrl("https://example.org/guide"))
    assert [u.toString() for u in opened] == ["https://example.org/guide"]
