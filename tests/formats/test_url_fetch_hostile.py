"""Fetching from servers that misbehave ends in one readable reason, within the deadline."""

from __future__ import annotations

import socket
import threading
import time

import hostile_servers as hs
import pytest

from annotary.domain.errors import ImportFailed
from annotary.formats.url_fetch import fetch_url

DEADLINE = 1.5
READ_TIMEOUT = 0.7
SLACK = 2.0  # scheduling on a busy machine


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        (hs.broken_status, "status line is broken"),
        (hs.not_http, "not valid HTTP"),
        (hs.huge_header, "line of its header is too long"),
        (hs.many_headers, "not valid HTTP"),
        (hs.bad_chunks, "badly chunked"),
        (hs.truncated_chunks, "badly chunked"),
        (hs.drip_body, f"did not send the page within {DEADLINE:g} seconds"),
        (hs.drip_headers, f"did not send the page within {DEADLINE:g} seconds"),
        (hs.drip_status, f"did not send the page within {DEADLINE:g} seconds"),
        (hs.silent, f"did not answer within {READ_TIMEOUT:g} seconds"),
        (hs.hang_up, "closed the connection without answering"),
        (hs.endless_body, "larger than 100,000 bytes"),
        (hs.huge_length, "larger than 100,000 bytes"),
        (hs.redirect_loop, "redirect"),
        (hs.binary_page, "image/png, not a web page"),
        (hs.not_found, "404"),
    ],
    ids=lambda value: getattr(value, "__name__", "") or None,
)
def test_a_misbehaving_server_is_one_reason_within_the_deadline(
    behaviour: hs.Behaviour, reason: str
) -> None:
    with hs.serve(behaviour) as url:
        start = time.monotonic()
        with pytest.raises(ImportFailed) as info:
            fetch_url(url, timeout=READ_TIMEOUT, max_bytes=100_000, deadline=DEADLINE)
        took = time.monotonic() - start
    assert reason in info.value.reason
    assert "\n" not in str(info.value)
    assert took < DEADLINE + SLACK


def test_a_server_silent_in_the_tls_handshake_is_cut_off_at_the_deadline() -> None:
    with hs.serve(hs.silent) as url:
        start = time.monotonic()
        with pytest.raises(ImportFailed, match=r"within 1\.5 seconds"):
            fetch_url(url.replace("http:", "https:"), timeout=30, connect_timeout=30, deadline=1.5)
        assert time.monotonic() - start < DEADLINE + SLACK


def test_nothing_listening() -> None:
    with pytest.raises(ImportFailed, match="refused"):
        fetch_url(hs.closed_port(), deadline=DEADLINE)


def test_a_slow_but_honest_server_within_the_deadline_is_read() -> None:
    def slow_page(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(hs.OK_HEAD + b"Content-Length: 20\r\n\r\n")
        for _ in range(4):
            time.sleep(0.1)
            conn.sendall(b"words")

    with hs.serve(slow_page) as url:
        doc = fetch_url(url, timeout=READ_TIMEOUT, deadline=DEADLINE)
    assert doc.text.strip() == "words" * 4
