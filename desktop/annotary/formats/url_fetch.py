"""Fetch one web page: the only network access in Annotary.

``fetch_url`` uses urllib with http and https only (redirects are followed, to
http and https only) and hands the page to the HTML, Markdown or text reader by
its Content-Type. The charset of the header is used when it decodes the page;
otherwise the readers detect it. Every failure is :class:`ImportFailed` naming
the address and a readable reason.

A hostile or broken server cannot hold the import: connecting has its own
timeout, each read another, and the whole exchange (redirects, headers and
body) an overall deadline, after which a watchdog shuts the sockets so a server
that drips one byte at a time is cut off too. The body is read up to
``max_bytes``; a server announcing more is refused before it is read. Malformed
answers (a broken status line, endless or oversized headers, bad chunked
encoding) are refused by their kind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO, Any
from urllib.parse import urlsplit

from annotary import __version__
from annotary.domain.errors import ImportFailed
from annotary.domain.messages import message
from annotary.formats.document import ImportedDocument

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
_CHUNK = 65536

#: Defaults: seconds to connect, seconds any one read may wait, seconds in all.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
DEADLINE = 60.0
MAX_BYTES = 20_000_000


class _Watchdog:
    """Shuts every socket of one fetch when its deadline passes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._started = time.monotonic()

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def left(self) -> float:
        return self.seconds - (time.monotonic() - self._started)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


class _Limits:
    def __init__(self, connect: float, read: float, watchdog: _Watchdog) -> None:
        self.connect = connect
        self.read = read
        self.watchdog = watchdog


def _connection_class(base: type[http.client.HTTPConnection], limits: _Limits) -> Any:
    def create_watched(*args: Any, **kwargs: Any) -> socket.socket:
        sock = socket.create_connection(*args, **kwargs)
        limits.watchdog.watch(sock)
        return sock

    class Connection(base):  # type: ignore[valid-type,misc]
        def connect(self) -> None:
            self.timeout = max(0.01, min(limits.connect, limits.watchdog.left()))
            # The raw socket is watched, so the deadline covers a TLS handshake too.
            self._create_connection = create_watched
            super().connect()
            self.sock.settimeout(limits.read)

    return Connection


class _HttpHandler(urllib.request.HTTPHandler):
    def __init__(self, limits: _Limits) -> None:
        super().__init__()
        self._connection = _connection_class(http.client.HTTPConnection, limits)

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req)


class _HttpsHandler(urllib.request.HTTPSHandler):
    def __init__(self, limits: _Limits) -> None:
        super().__init__()
        self._connection = _connection_class(http.client.HTTPSConnection, limits)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise ImportFailed(
                newurl, message("the page redirects to an address that is not http(s)")
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(limits: _Limits) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        _HttpOnlyRedirects(), _HttpHandler(limits), _HttpsHandler(limits)
    )


def _read_limited(response: IO[bytes], max_bytes: int, url: str, watchdog: _Watchdog) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = response.read(_CHUNK)
        if watchdog.expired:
            raise ImportFailed(url, _too_slow(watchdog))
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise ImportFailed(url, _too_large(max_bytes))
        chunks.append(chunk)


def _too_large(max_bytes: int) -> str:
    return message("the page is larger than {count} bytes", count=f"{max_bytes:,}")


def _too_slow(watchdog: _Watchdog) -> str:
    return message(
        "the server did not send the page within {seconds} seconds",
        seconds=f"{watchdog.seconds:g}",
    )


def _http_error(exc: urllib.error.HTTPError) -> str:
    if 300 <= exc.code < 400:
        return message("the page redirects in a loop, or too many times")
    words = str(exc.reason).splitlines()[0][:80].rstrip() if str(exc.reason) else ""
    if not words:
        return message("the server answered {code}", code=exc.code)
    return message("the server answered {code} {words}", code=exc.code, words=words)


def _announced_size(response: Any, max_bytes: int, url: str) -> None:
    length = response.headers.get("Content-Length")
    if length is not None and length.strip().isdigit() and int(length) > max_bytes:
        raise ImportFailed(url, _too_large(max_bytes))


def _reason(exc: BaseException, timeout: float) -> str:
    inner = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(inner, TimeoutError | socket.timeout):
        return message("the server did not answer within {seconds} seconds", seconds=f"{timeout:g}")
    if isinstance(inner, socket.gaierror):
        return message("the address could not be found (no such host, or no network connection)")
    if isinstance(inner, ConnectionRefusedError):
        return message("the server refused the connection")
    if isinstance(inner, http.client.RemoteDisconnected):
        return message("the server closed the connection without answering")
    if isinstance(inner, ssl.SSLError):
        return message("a secure connection could not be made ({detail})", detail=str(inner))
    if isinstance(inner, http.client.InvalidURL):
        return message("not a valid web address ({detail})", detail=str(inner)[:80])
    if isinstance(inner, http.client.LineTooLong):
        return message("the server's answer is not valid HTTP (a line of its header is too long)")
    if isinstance(inner, http.client.IncompleteRead):
        return message(
            "the server's answer is not valid HTTP (the page was cut off or badly chunked)"
        )
    if isinstance(inner, http.client.BadStatusLine):
        return message("the server's answer is not valid HTTP (its status line is broken)")
    if isinstance(inner, http.client.HTTPException):
        detail = str(inner)[:80] or type(inner).__name__
        return message("the server's answer is not valid HTTP ({detail})", detail=detail)
    if isinstance(inner, OSError) and inner.strerror:
        return message("the page could not be fetched ({detail})", detail=inner.strerror)
    return message("the page could not be fetched ({detail})", detail=str(inner)[:120])


def fetch_url(
    url: str,
    timeout: float = READ_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    *,
    connect_timeout: float = CONNECT_TIMEOUT,
    deadline: float = DEADLINE,
) -> ImportedDocument:
    """Fetch the page at ``url`` and read it as an article (see the module docstring).

    ``timeout`` bounds each wait for the server, ``connect_timeout`` the connection
    and ``deadline`` the whole fetch, in seconds.
    """
    from annotary.formats.html_reader import read_html
    from annotary.formats.markdown_reader import read_markdown
    from annotary.formats.readers import read_text

    url = url.strip()
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in url):
        raise ImportFailed(
            url, message("not a web address: it contains spaces or control characters")
        )
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError as exc:
        raise ImportFailed(
            url, message("not a valid web address ({detail})", detail=str(exc))
        ) from None
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        raise ImportFailed(url, message("only http:// and https:// web addresses can be fetched"))
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"Annotary/{__version__} (article import)",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        },
    )
    timeout = min(timeout, deadline)
    with _Watchdog(deadline) as watchdog:
        limits = _Limits(min(connect_timeout, deadline), timeout, watchdog)
        try:
            with _opener(limits).open(request, timeout=timeout) as response:
                final_url = response.geturl() or url
                content_type = response.headers.get_content_type()
                has_type = response.headers.get("Content-Type") is not None
                charset = response.headers.get_content_charset()
                _announced_size(response, max_bytes, url)
                data = _read_limited(response, max_bytes, url, watchdog)
        except ImportFailed as exc:
            raise ImportFailed(url, exc.reason) from exc
        except urllib.error.HTTPError as exc:
            raise ImportFailed(url, _http_error(exc)) from exc
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
            reason = _too_slow(watchdog) if watchdog.expired else _reason(exc, timeout)
            raise ImportFailed(url, reason) from exc

    if not has_type:
        head = data[:2048].lower()
        content_type = "text/html" if b"<html" in head or b"<!doctype" in head else "text/plain"
    try:
        if content_type in _HTML_TYPES:
            doc = read_html(data, url=final_url, encoding=charset)
        elif content_type in _MARKDOWN_TYPES:
            doc = read_markdown(data, encoding=charset)
        elif content_type.startswith("text/"):
            doc = read_text(data, encoding=charset)
        else:
            raise ImportFailed(
                url,
                message(
                    "the address returned {content_type}, not a web page or text",
                    content_type=content_type,
                ),
            )
    except ImportFailed as exc:
        raise ImportFailed(url, exc.reason) from exc
    return dataclasses.replace(doc, source_format="url", url=doc.url or final_url)
