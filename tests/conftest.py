"""Test-wide isolation: no network beyond 127.0.0.1, no user folders, offscreen Qt."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from helpers import NetworkBlocked

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# On CI the property tests replay the same examples on every run, so a red run
# always names a change; at a desk they explore new ones (and keep what fails).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

_LOOPBACK = {"127.0.0.1", "::1", "localhost"}
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _check_address(address: object) -> None:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        if host not in _LOOPBACK:
            raise NetworkBlocked(f"test tried to contact {host}: only 127.0.0.1 is allowed")


def _guarded_connect(self: socket.socket, address: object) -> None:
    _check_address(address)
    _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    _check_address(address)
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
    if host is not None and str(host) not in _LOOPBACK:
        raise NetworkBlocked(f"test tried to resolve {host}: only 127.0.0.1 is allowed")
    return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test may open sockets on 127.0.0.1 only; anything else fails the test."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)
    yield


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default project, settings and caches go to a fresh folder per test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANNOTARY_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("ANNOTARY_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))


@pytest.fixture
def shared_specs() -> Path:
    """The shared specification folder, or a skip saying it is absent."""
    specs = SHARED / "specs"
    if not specs.is_dir():
        pytest.skip(f"{specs} is absent: schema validation against the official specs skipped")
    return specs
