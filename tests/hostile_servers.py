"""Misbehaving web servers on 127.0.0.1: raw sockets in a thread, one behaviour each."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator

Behaviour = Callable[[socket.socket, threading.Event], None]

OK_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"


def _read_request(conn: socket.socket) -> None:
    conn.settimeout(5)
    data = b""
    with contextlib.suppress(OSError):
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk


#: Seconds a misbehaving server keeps it up: long past any deadline under test,
#: short enough that a broken client fails its test instead of hanging it.
PATIENCE = 20.0


def _drip(conn: socket.socket, stop: threading.Event, head: bytes, byte: bytes) -> None:
    conn.sendall(head)
    until = time.monotonic() + PATIENCE
    while not stop.wait(0.05) and time.monotonic() < until:
        conn.sendall(byte)


def broken_status(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 two hundred OKAY\r\n\r\nhello")


def not_http(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"\x00\x01\x02 SSH-2.0-OpenSSH\r\n")


def huge_header(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(OK_HEAD + b"X-Filler: " + b"a" * 200_000 + b"\r\n\r\nbody")


def many_headers(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(OK_HEAD + b"".join(b"X-H%d: v\r\n" % i for i in range(5000)) + b"\r\nbody")


def bad_chunks(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\nZZZ\r\nnot hex at all\r\n")


def truncated_chunks(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n100\r\nonly a few bytes")


def drip_body(conn: socket.socket, stop: threading.Event) -> None:
    _drip(conn, stop, OK_HEAD + b"\r\n", b"a")


def drip_headers(conn: socket.socket, stop: threading.Event) -> None:
    _drip(conn, stop, OK_HEAD + b"X-Slow: ", b"b")


def drip_status(conn: socket.socket, stop: threading.Event) -> None:
    _drip(conn, stop, b"HTTP/1.1 ", b"2")


def silent(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(PATIENCE)


def hang_up(conn: socket.socket, stop: threading.Event) -> None:
    conn.close()


def endless_body(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(OK_HEAD + b"\r\n")
    block = b"word " * 13_000
    until = time.monotonic() + PATIENCE
    while not stop.is_set() and time.monotonic() < until:
        conn.sendall(block)


def huge_length(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(OK_HEAD + b"Content-Length: 99999999999999\r\n\r\nstart")
    stop.wait(PATIENCE)


def redirect_loop(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n")


def binary_page(conn: socket.socket, stop: threading.Event) -> None:
    body = b"\x89PNG\r\n\x1a\n" + bytes(64)
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: %d\r\n\r\n" % len(body)
        + body
    )


def not_found(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno")


@contextlib.contextmanager
def serve(behaviour: Behaviour) -> Iterator[str]:
    """An http:// address on 127.0.0.1 whose server answers every request with ``behaviour``."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    stop = threading.Event()
    workers: list[threading.Thread] = []

    def handle(conn: socket.socket) -> None:
        with conn:
            _read_request(conn)
            with contextlib.suppress(OSError):
                behaviour(conn, stop)
                # Let the client read what was sent before the close resets it.
                conn.shutdown(socket.SHUT_WR)
                stop.wait(2)

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            worker = threading.Thread(target=handle, args=(conn,), daemon=True)
            worker.start()
            workers.append(worker)

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/story"
    finally:
        stop.set()
        acceptor.join(5)
        for worker in workers:
            worker.join(5)
        listener.close()


def closed_port() -> str:
    """An address on 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/story"


def elapsed(action: Callable[[], object]) -> float:
    start = time.monotonic()
    with contextlib.suppress(Exception):
        action()
    return time.monotonic() - start
