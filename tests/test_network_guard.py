"""Nothing touches the network unless asked; when asked, only what was asked.

Every test runs under the loopback-only guard of conftest.py. These tests show
the guard itself works, and that a URL import talks to the one server named.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from annotary.services import importing
from helpers import NetworkBlocked, new_project

PAGE = b"""<!doctype html><html lang="en"><head><title>Ferry fares frozen</title>
<meta property="og:site_name" content="Harbour Daily">
<link rel="stylesheet" href="http://192.0.2.10/style.css">
<script src="http://192.0.2.10/tracker.js"></script></head>
<body><article><h1>Ferry fares frozen</h1>
<p>The council froze ferry fares for a year. "Families need certainty," said councillor
Joan Ilves, who chairs the transport committee.</p>
<p><img src="http://192.0.2.10/photo.jpg" alt="The ferry"></p>
<p>Operators said the freeze would cost them money but that they would comply.</p>
</article></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Handler.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.hits.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_the_guard_refuses_any_address_but_loopback() -> None:
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET: refused before sending
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)


def test_url_import_fetches_only_the_page_asked_for(tmp_path: Path, server: str) -> None:
    project = new_project(tmp_path)
    article = importing.import_url(project, f"{server}/news/ferry").value
    assert not isinstance(article, str)
    assert article.title == "Ferry fares frozen"
    assert "Families need certainty" in article.text
    assert _Handler.hits == ["/news/ferry"]  # no stylesheet, script or image was requested


def test_file_import_never_opens_a_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "saved.html"
    page.write_bytes(PAGE)

    def no_socket(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened while importing a file")

    monkeypatch.setattr(socket, "socket", no_socket)
    project = new_project(tmp_path)
    report = importing.import_files(project, [page]).value
    assert [a.title for a in report.imported] == ["Ferry fares frozen"]
