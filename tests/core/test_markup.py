"""Untrusted lesson Markdown -> safe HTML, and pack-relative resource checks."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest

from holdspace.core import markup
from holdspace.core.errors import MarkupError
from holdspace.core.markup import (
    MarkdownRenderer,
    link_is_allowed,
    render,
    render_inline,
    safe_resource_path,
)
from packkit import within_a_minute

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "kbd",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
    "img",
    "span",
    "sup",
    "sub",
    "dl",
    "dt",
    "dd",
}
ALLOWED_ATTRS = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "span": {"class"}}


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(fragment: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _TagCollector()
    parser.feed(fragment)
    parser.close()
    return parser.tags


def assert_only_allowed_markup(fragment: str) -> None:
    for tag, attrs in tags_of(fragment):
        assert tag in ALLOWED_TAGS, (tag, fragment)
        assert set(attrs) <= ALLOWED_ATTRS.get(tag, set()), (tag, attrs)
        if tag == "span":
            assert attrs["class"] == "link-host"
        if tag == "a":
            assert attrs["href"].startswith("https://")


# --- ordinary Markdown -------------------------------------------------------------


def test_block_markdown_renders():
    out = render(
        "# Title\n\n## Sub\n\n- one\n- *two*\n\n1. first\n2. **second**\n\n"
        "> quoted\n\n```\nfenced <b>code</b>\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    assert "<h1>Title</h1>" in out and "<h2>Sub</h2>" in out
    assert "<ul>" in out and "<li><em>two</em></li>" in out
    assert "<ol>" in out and "<strong>second</strong>" in out
    assert "<blockquote>" in out
    assert "<pre><code>fenced &lt;b&gt;code&lt;/b&gt;" in out
    assert "<table>" in out and "<th>a</th>" in out and "<td>2</td>" in out
    assert_only_allowed_markup(out)


def test_inline_code_shows_tags_literally():
    out = render("Type `<b>` to bold.")
    assert "<code>&lt;b&gt;</code>" in out
    assert "<b>" not in out


def test_fenced_code_language_class_is_dropped():
    out = render("```python\nx = '<i>'\n```")
    assert "<pre><code>x = '&lt;i&gt;'" in out
    assert "class=" not in out


# --- raw HTML and injection --------------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<div onclick='x'>hi</div>\n\n<iframe src='https://evil.example'></iframe>",
    'para\n{: onclick="alert(1)" style="color:red" }',
    '```{ #id .cls onclick="x" }\ncode\n```',
    "<!-- comment --><style>p{}</style>",
    "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;",
    '[x](https://a.example "t" onmouseover="alert(1)")',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_raw_html_is_never_live(text):
    for out in (render(text), render_inline(text)):
        assert_only_allowed_markup(out)
        assert "<script" not in out.lower() and "<style" not in out.lower()
        assert not any(name.startswith("on") for _, attrs in tags_of(out) for name in attrs)


def test_script_shows_as_text():
    out = render("<script>alert(1)</script>")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert tags_of(out) == [("p", {})]


def test_img_onerror_is_inert():
    out = render("<img src=x onerror=alert(1)>")
    assert all(tag != "img" for tag, _ in tags_of(out))


# --- links ---------------------------------------------------------------------------

REFUSED_LINKS = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#x6A;avascript:alert(1))",
    "[x](file:///etc/passwd)",
    "[x](http://a.b)",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](mailto:a@b.example)",
    "[x](vbscript:msgbox)",
    "[x](relative/page.html)",
    "[x](//evil.example/)",
    "[x](https://bitcoin.org@evil.example/)",
    "[x](https:\\\\evil.example)",
    "[x](https:/evil.example)",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "<mailto:a@b.example>",
    "<http://plain.example>",
]


@pytest.mark.parametrize("text", REFUSED_LINKS)
def test_refused_links_become_plain_text(text):
    for out in (render(text), render_inline(text)):
        assert "<a" not in out
        assert_only_allowed_markup(out)
    visible = text.split("]")[0].lstrip("[<") if text.startswith("[") else text.strip("<>")
    assert visible.split(":", 1)[-1].lstrip("/") in render(text)  # the words stay visible


def test_sanitizer_filter_rechecks_decoded_values():
    # nh3's filter is the second line of defence and sees entity-decoded values.
    assert markup._attribute_filter("a", "href", "javascript:alert(1)") is None
    assert (
        markup._attribute_filter("a", "href", "https://evil.example/@x")
        == "https://evil.example/@x"
    )
    assert markup._attribute_filter("a", "href", "https://a@evil.example/") is None
    assert markup._attribute_filter("img", "src", "../x.png") is None
    assert markup._attribute_filter("img", "src", "img/x.png") == "img/x.png"


def test_https_link_shows_its_host_and_full_url():
    out = render('See [Bitcoin *site*](https://bitcoin.org/en/ "trust me").')
    assert (
        '<a href="https://bitcoin.org/en/" title="https://bitcoin.org/en/">Bitcoin <em>site</em></a>'
        ' <span class="link-host">(bitcoin.org)</span>.' in out
    )


def test_example_link_and_autolink():
    out = render("[x](https://example.org/p) and <https://example.com/q>")
    assert '<a href="https://example.org/p"' in out and "(example.org)" in out
    assert '<a href="https://example.com/q"' in out and "(example.com)" in out
    assert_only_allowed_markup(out)


def test_lookalike_host_is_shown_as_punycode():
    out = render("[bitcoin.org](https://b\u0456tcoin.org/)")  # Cyrillic i
    assert "(xn--" in out


def test_link_text_claiming_another_host_is_exposed():
    out = render("[https://bitcoin.org](https://evil.example/login)")
    assert "(evil.example)" in out


def test_entity_encoded_url_is_judged_as_the_browser_decodes_it():
    out = render("[x](https://evil.example&#x2F;@bitcoin.org)")
    assert "(evil.example)" in out and "(bitcoin.org)" not in out


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://bitcoin.org/en/", True),
        ("HTTPS://Example.org", True),
        ("https://example.org:8443/x?y=1#z", True),
        ("https://", False),
        ("https:///path", False),
        ("http://example.org", False),
        ("javascript:alert(1)", False),
        ("ftp://example.org", False),
        ("https://user@example.org", False),
        ("https://exa mple.org", False),
        ("https://example.org\t/", False),
        ("https://example.org:99999", False),
        ("https://[::1]/", False),
        ("/relative", False),
        ("", False),
    ],
)
def test_link_is_allowed(url, ok):
    assert link_is_allowed(url) is ok


def test_link_is_allowed_tolerates_non_strings():
    assert link_is_allowed(None) is False  # type: ignore[arg-type]


# --- images ------------------------------------------------------------------------


def test_pack_relative_image_is_kept():
    out = render("![a chart](img/pic.png)")
    assert '<img alt="a chart" src="img/pic.png">' in out


@pytest.mark.parametrize(
    "ref",
    [
        "/etc/passwd",
        "https://x/y.png",
        "../x.png",
        "img/../../x.png",
        "img/%2e%2e/%2e%2e/x.png",
        "%2Fetc%2Fpasswd",
        "file:///etc/passwd",
        "data:image/png;base64,AAAA",
        "C:/Windows/x.png",
        "img\\..\\..\\x.png",
    ],
)
def test_other_images_drop_to_alt_text(ref):
    out = render(f"before ![alt words]({ref}) after")
    assert "<img" not in out
    assert "before alt words after" in out


# --- render_inline -----------------------------------------------------------------


def test_render_inline_has_no_paragraph():
    out = render_inline("Pick *one* `<b>`")
    assert out == "Pick <em>one</em> <code>&lt;b&gt;</code>"


@pytest.mark.parametrize("text", ["1. Yes", "# of coins", "- maybe", "> more", "[r]: https://a.b"])
def test_render_inline_never_makes_blocks(text):
    out = render_inline(text)
    assert not any(tag in {"p", "ol", "ul", "h1", "blockquote"} for tag, _ in tags_of(out))
    assert out.strip()


def test_render_inline_keeps_https_links():
    out = render_inline("[docs](https://example.org/d)")
    assert '<a href="https://example.org/d"' in out and "(example.org)" in out


# --- robustness ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "a\x00b",
        "\x00" * 1000,
        "\x02\x03klzzwxh:0\x03",
        "\u202e\u200b\U0001f600",
        "\r\n\r\n",
    ],
)
def test_weird_input_never_raises(text):
    out = render(text)
    assert "\x00" not in out and "\x02" not in out
    render_inline(text)


def test_nul_is_stripped():
    assert render("a\x00b") == "<p>ab</p>"


PATHOLOGICAL = {
    "open brackets": "[" * 50_000,
    "empty headings": "#\n" * 20_000,
    "dash lines": "-\n" * 20_000,
    "deep list": "".join("    " * i + "- x\n" for i in range(300)),
    "deep quote": ">" * 50_000 + " x",
    "deep mixed nesting": "> - 1. " * 2_000 + "x",
    "long rule": "* " * 8_000,
    "huge": "word " * 2_000_000,
    "emphasis soup": "*_" * 40_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_finishes_and_stays_safe(name):
    text = PATHOLOGICAL[name]
    for fn in (render, render_inline):
        out = within_a_minute(fn, text)
        assert_only_allowed_markup(out[:200_000])


def test_too_complex_text_falls_back_to_escaped_text():
    out = render("[" * 10_000 + "<b>")
    assert out.startswith("<p>[[[") and "&lt;b&gt;" in out


def test_ordinary_long_lines_are_not_treated_as_too_complex():
    out = render("Title\n" + "=" * 200 + "\n\n" + "-" * 200 + "\n\n    code\n\n1. a\n    - b")
    assert "<h1>Title</h1>" in out and "<hr>" in out and "<pre><code>code" in out
    assert "<ol>" in out and "<ul>" in out


def test_non_string_raises_markup_error():
    with pytest.raises(MarkupError):
        render(None)  # type: ignore[arg-type]


def test_renderer_state_does_not_leak_between_renders():
    renderer = MarkdownRenderer()
    renderer.render("[ref]: https://leak.example/")
    assert "<a" not in renderer.render("[x][ref]")


def test_one_markdown_instance_is_reused():
    renderer = MarkdownRenderer()
    renderer.render("a")
    first = renderer._md
    renderer.render_inline("b")
    renderer.render("c")
    assert renderer._md is first


def test_renderer_is_thread_safe():
    renderer = MarkdownRenderer()
    texts = [f"# H{i}\n\n[l](https://e{i}.example) *x*" for i in range(40)]
    expected = [renderer.render(t) for t in texts]
    results: dict[int, str] = {}

    def work(i: int) -> None:
        results[i] = renderer.render(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(len(texts))] == expected


def test_import_does_not_load_markdown_or_nh3():
    code = (
        "import sys, holdspace.core.markup\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('markdown', 'nh3', 'PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- safe_resource_path --------------------------------------------------------------


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    root = tmp_path / "pack"
    (root / "img").mkdir(parents=True)
    (root / "img" / "pic.png").write_bytes(b"\x89PNG" + b"0" * 100)
    (root / "img" / "my pic.png").write_bytes(b"x")
    (tmp_path / "secret.txt").write_text("private")
    return root


def test_file_inside_pack_is_allowed(pack):
    assert safe_resource_path(pack, "img/pic.png") == (pack / "img" / "pic.png").resolve()
    assert safe_resource_path(pack, "./img//pic.png") == (pack / "img" / "pic.png").resolve()
    assert safe_resource_path(pack, "img/my%20pic.png") == (pack / "img" / "my pic.png").resolve()


@pytest.mark.parametrize(
    "ref",
    [
        "../secret.txt",
        "img/../../secret.txt",
        "img/%2e%2e/%2e%2e/secret.txt",
        "%2e%2e%2fsecret.txt",
        "img\\..\\..\\secret.txt",
        "https://x/y.png",
        "file:img/pic.png",
        "",
        ".",
        "img/pic.png?x=1",
        "img/pic.png#f",
        "img/pic.png\x00",
        "img/missing.png",
    ],
)
def test_bad_references_are_refused(pack, ref):
    assert safe_resource_path(pack, ref) is None


def test_absolute_path_is_refused(pack):
    assert safe_resource_path(pack, str((pack / "img" / "pic.png").resolve())) is None
    assert safe_resource_path(pack, "/etc/passwd") is None


def test_directory_is_refused(pack):
    assert safe_resource_path(pack, "img") is None


def test_too_big_is_refused(pack):
    assert safe_resource_path(pack, "img/pic.png", max_bytes=10) is None
    assert safe_resource_path(pack, "img/pic.png", max_bytes=104) is not None


def _symlink(link: Path, target: Path | str) -> None:
    try:
        link.symlink_to(target)
    except (OSError, NotImplementedError) as exc:
        pytest.skip(f"symlinks unavailable: {exc}")


def test_symlink_leading_outside_is_refused(pack):
    _symlink(pack / "img" / "leak.png", pack.parent / "secret.txt")
    assert safe_resource_path(pack, "img/leak.png") is None


def test_symlink_staying_inside_is_followed(pack):
    _symlink(pack / "alias.png", pack / "img" / "pic.png")
    assert safe_resource_path(pack, "alias.png") == (pack / "img" / "pic.png").resolve()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_via_symlink_is_refused(pack):
    _symlink(pack / "img" / "zero.png", "/dev/zero")
    assert safe_resource_path(pack, "img/zero.png") is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")
def test_fifo_is_refused_without_blocking(pack):
    os.mkfifo(pack / "img" / "pipe.png")
    assert safe_resource_path(pack, "img/pipe.png") is None


def test_symlink_loop_is_refused(pack):
    _symlink(pack / "a.png", pack / "b.png")
    _symlink(pack / "b.png", pack / "a.png")
    assert safe_resource_path(pack, "a.png") is None


def test_missing_pack_root_is_refused(tmp_path):
    assert safe_resource_path(tmp_path / "nope", "img/pic.png") is None


def test_module_constant():
    assert markup.MAX_RESOURCE_BYTES == 2 * 1024 * 1024
