"""Fetching one page by address, against a local server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from annotary.domain.errors import ImportFailed
from annotary.formats.url_fetch import fetch_url

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bridge reopens</title>
<meta property="og:site_name" content="Valley Times">
<meta name="author" content="Sam Odhiambo">
<meta property="article:published_time" content="2024-09-12">
<script src="https://cdn.valley.example/app.js"></script></head>
<body><article><h1>Bridge reopens</h1>
<p>The Hartwell bridge reopened on Thursday after eight months of repairs, the county said.</p>
<p>“It is good to have our town back in one piece,” said Mayor Ruth Daly, who cut the ribbon.
She said that traffic would be limited to one lane until October.</p>
<img src="https://cdn.valley.example/bridge.jpg"></article></body></html>"""

NOTES = "Flood notes\n\n港口管理局表示，港口将于周一重新开放。李红中说：“我们已经准备好了。”\n"

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article.html": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode("utf-8")),
    "/notes.txt": (200, {"Content-Type": "text/plain; charset=GBK"}, NOTES.encode("gbk")),
    "/plain-nocharset.txt": (200, {"Content-Type": "text/plain"}, NOTES.encode("gb18030")),
    "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(64)),
    "/old": (302, {"Location": "/article.html"}, b""),
    "/to-ftp": (302, {"Location": "ftp://files.example/a.txt"}, b""),
    "/big.txt": (200, {"Content-Type": "text/plain"}, b"word " * 50_000),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(2)
        status, headers, body = ROUTES.get(self.path, (404, {"Content-Type": "text/html"}, b"no"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_html_page(server: str) -> None:
    doc = fetch_url(f"{server}/article.html")
    assert doc.source_format == "url"
    assert doc.title == "Bridge reopens"
    assert doc.outlet == "Valley Times"
    assert doc.author == "Sam Odhiambo"
    assert doc.published == "2024-09-12"
    assert doc.url == f"{server}/article.html"
    assert doc.language == "en"
    assert doc.text.startswith("The Hartwell bridge reopened on Thursday")
    assert "“It is good to have our town back in one piece,” said Mayor Ruth Daly" in doc.text
    assert doc.html is not None and "cdn.valley.example" not in doc.html
    assert doc.source == PAGE.encode("utf-8")


def test_fetch_follows_redirects(server: str) -> None:
    doc = fetch_url(f"{server}/old")
    assert doc.title == "Bridge reopens"
    assert doc.url == f"{server}/article.html"


def test_fetch_text_page_uses_header_charset(server: str) -> None:
    doc = fetch_url(f"{server}/notes.txt")
    assert doc.source_format == "url"
    assert doc.title == "Flood notes"
    assert doc.text == "港口管理局表示，港口将于周一重新开放。李红中说：“我们已经准备好了。”"
    assert doc.language == "zh"
    assert doc.url == f"{server}/notes.txt"


def test_fetch_text_page_without_charset_is_detected(server: str) -> None:
    doc = fetch_url(f"{server}/plain-nocharset.txt")
    assert "李红中说" in doc.text
    assert doc.encoding == "gb18030"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "404"),
        ("/image.png", "image/png"),
        ("/to-ftp", "not http"),
    ],
)
def test_fetch_errors_say_why(server: str, path: str, reason: str) -> None:
    with pytest.raises(ImportFailed) as info:
        fetch_url(f"{server}{path}")
    assert reason in info.value.reason


def test_fetch_too_large(server: str) -> None:
    with pytest.raises(ImportFailed, match="larger than"):
        fetch_url(f"{server}/big.txt", max_bytes=10_000)


def test_fetch_timeout(server: str) -> None:
    with pytest.raises(ImportFailed, match=r"did not answer within 0\.5 seconds"):
        fetch_url(f"{server}/slow", timeout=0.5)


def test_fetch_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ImportFailed, match="refused"):
        fetch_url(f"http://127.0.0.1:{port}/")


def test_fetch_unknown_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(ImportFailed, match="could not be found") as info:
        fetch_url("https://no-such-paper.example/story")
    assert info.value.source == "https://no-such-paper.example/story"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://files.example/a", "news", "http://"])
def test_only_http_addresses_are_fetched(url: str) -> None:
    with pytest.raises(ImportFailed, match="only http"):
        fetch_url(url)
