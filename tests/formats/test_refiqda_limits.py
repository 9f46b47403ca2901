"""Archives are read within stated limits, counted on the bytes really inflated."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from test_refiqda_helpers import sample_bundle

from annotary.domain.errors import InvalidInputError, LimitExceeded
from annotary.formats.refiqda import archive, read_qdpx, write_qdpx
from annotary.services.interchange import import_qdpx
from helpers import new_project


def _rewrite(good: Path, out: Path, replace: dict[str, bytes], extra: int = 0) -> None:
    """A copy of ``good`` with some sources' bytes replaced and ``extra`` empty entries."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("sources/") and replace:
                data = next(iter(replace.values()))
            dst.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
        for i in range(extra):
            dst.writestr(f"junk/{i}", b"")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.qdpx"
    write_qdpx(sample_bundle(), path, project_name="p")
    return path


def test_a_source_that_inflates_a_thousand_times_is_refused_and_nothing_imported(
    tmp_path: Path, good: Path
) -> None:
    bomb = tmp_path / "bomb.qdpx"
    _rewrite(good, bomb, {"any": b"a" * 30_000_000})
    assert bomb.stat().st_size < 200_000
    project = new_project(tmp_path)
    try:
        with pytest.raises(LimitExceeded, match=r"bomb\.qdpx: sources/.*100 times.*nothing"):
            import_qdpx(project, bomb)
        assert project.store.query("SELECT count(*) AS n FROM articles")[0]["n"] == 0
    finally:
        project.close()


def test_sizes_in_the_headers_are_not_trusted(tmp_path: Path, good: Path) -> None:
    # The central directory says each source is 4 GB: the old check refused on that
    # alone; a header saying "10 bytes" for a large entry must not let it through either.
    liar = tmp_path / "liar.qdpx"
    _rewrite(good, liar, {"any": b"Plain words. " * 1_000})
    data = bytearray(liar.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        name = bytes(data[at + 46 : at + 46 + name_len])
        if name.startswith(b"sources/"):
            struct.pack_into("<I", data, at + 24, 10)  # uncompressed size: 10 bytes
        at = data.find(b"PK\x01\x02", at + 4)
    liar.write_bytes(bytes(data))
    with pytest.raises(InvalidInputError, match="cannot be read from the archive"):
        read_qdpx(liar)


def test_too_many_entries_are_refused_before_reading(tmp_path: Path, good: Path) -> None:
    many = tmp_path / "many.qdpx"
    _rewrite(good, many, {}, extra=archive.MAX_ENTRIES + 1)
    with pytest.raises(LimitExceeded, match=r"many\.qdpx: .*20,0\d\d entries \(at most 20,000\)"):
        read_qdpx(many)


def test_the_total_inflated_size_is_capped(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 20_000)
    monkeypatch.setattr(archive, "MAX_RATIO", 10**9)
    big = tmp_path / "big.qdpx"
    _rewrite(good, big, {"any": bytes(range(32, 127)) * 100})
    with pytest.raises(LimitExceeded, match=r"inflates to more than 20 KB"):
        read_qdpx(big)


def test_an_ordinary_archive_still_reads(good: Path) -> None:
    assert read_qdpx(good).articles
