"""Fetch one web page: the only network access in Annotary.

``fetch_url`` uses urllib with http and https only (redirects are followed, to
http and https only), reads at most ``max_bytes``, and hands the page to the
HTML, Markdown or text reader by its Content-Type. The charset of the header
is used when it decodes the page; otherwise the readers detect it. Every
failure is :class:`ImportFailed` naming the address and a readable reason.
"""

from __future__ import annotations

import dataclasses
import socket
import ssl
import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from annotary import __version__
from annotary.domain.errors import ImportFailed
from annotary.formats.document import ImportedDocument

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
_CHUNK = 65536


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
            raise ImportFailed(newurl, "the page redirects to an address that is not http(s)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_HttpOnlyRedirects())


def _read_limited(response: IO[bytes], max_bytes: int, url: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise ImportFailed(url, f"the page is larger than {max_bytes:,} bytes")
        chunks.append(chunk)


def _reason(exc: BaseException, timeout: float) -> str:
    inner = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(inner, TimeoutError | socket.timeout):
        return f"the server did not answer within {timeout:g} seconds"
    if isinstance(inner, socket.gaierror):
        return "the address could not be found (no such host, or no network connection)"
    if isinstance(inner, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(inner, ssl.SSLError):
        return f"a secure connection could not be made ({inner})"
    if isinstance(inner, OSError) and inner.strerror:
        return f"the page could not be fetched ({inner.strerror})"
    return f"the page could not be fetched ({inner})"


def fetch_url(url: str, timeout: float = 20.0, max_bytes: int = 20_000_000) -> ImportedDocument:
    """Fetch the page at ``url`` and read it as an article (see the module docstring)."""
    from annotary.formats.html_reader import read_html
    from annotary.formats.markdown_reader import read_markdown
    from annotary.formats.readers import read_text

    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ImportFailed(url, "only http:// and https:// web addresses can be fetched")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"Annotary/{__version__} (article import)",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        },
    )
    try:
        with _opener().open(request, timeout=timeout) as response:
            final_url = response.geturl() or url
            content_type = response.headers.get_content_type()
            has_type = response.headers.get("Content-Type") is not None
            charset = response.headers.get_content_charset()
            data = _read_limited(response, max_bytes, url)
    except ImportFailed as exc:
        raise ImportFailed(url, exc.reason) from exc
    except urllib.error.HTTPError as exc:
        raise ImportFailed(url, f"the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ImportFailed(url, _reason(exc, timeout)) from exc

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
            raise ImportFailed(url, f"the address returned {content_type}, not a web page or text")
    except ImportFailed as exc:
        raise ImportFailed(url, exc.reason) from exc
    return dataclasses.replace(doc, source_format="url", url=doc.url or final_url)
