"""Reading files by type, expanding folders, and the bundled sample articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotary.domain.errors import ImportFailed
from annotary.domain.layout import Layout
from annotary.formats.readers import (
    SUPPORTED_SUFFIXES,
    iter_importable,
    read_file,
    sample_paths,
)

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_sample_paths_are_the_bundled_articles() -> None:
    paths = sample_paths()
    assert [p.name for p in paths] == sorted(
        p.name for p in SAMPLES.iterdir() if p.suffix in SUPPORTED_SUFFIXES and p.stem != "README"
    )
    assert 6 <= len(paths) <= 8
    assert {p.suffix for p in paths} >= {".md", ".html", ".txt"}


def _check_layout(text: str, layout: Layout) -> None:
    pos = 0
    for block in layout.blocks:
        assert pos <= block.start < block.end <= len(text)
        assert "\n\n" not in text[block.start : block.end]
        pos = block.end
    for mark in layout.marks:
        assert 0 <= mark.start < mark.end <= len(text)


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_every_sample_reads_with_metadata(path: Path) -> None:
    doc = read_file(path)
    assert doc.title and doc.outlet and doc.author and doc.url
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.published or "")
    assert doc.language in ("en", "zh")
    assert doc.file_name == path.name
    assert "\r" not in doc.text and "\n\n\n" not in doc.text
    assert all(line == line.strip() for line in doc.text.split("\n"))
    _check_layout(doc.text, doc.layout)
    assert doc.layout.blocks
    assert "\n\n".join(doc.text[b.start : b.end] for b in doc.layout.blocks) == doc.text
    if doc.language == "en":
        assert 400 <= len(doc.text.split()) <= 900
        assert "“" in doc.text and '"' in doc.text
    else:
        assert "“" in doc.text and "「" in doc.text
        assert all(verb in doc.text for verb in ("表示", "指出", "强调"))


def test_samples_cover_both_languages() -> None:
    languages = [read_file(p).language for p in sample_paths()]
    assert languages.count("zh") >= 2
    assert languages.count("en") >= 4


def test_read_file_dispatches_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.TXT").write_bytes(b"Plain title\n\nPlain body text here.")
    (tmp_path / "b.markdown").write_text("# Md title\n\nMd *body* text.", encoding="utf-8")
    (tmp_path / "c.htm").write_text(
        "<html><body><p>Html body text for the reader.</p></body></html>", encoding="utf-8"
    )
    formats = [read_file(tmp_path / n).source_format for n in ("a.TXT", "b.markdown", "c.htm")]
    assert formats == ["text", "markdown", "html"]
    assert read_file(tmp_path / "b.markdown").layout.marks[0].kind == "em"


def test_unsupported_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.doc"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ImportFailed) as info:
        read_file(path)
    assert info.value.source == str(path)
    assert "'.doc'" in info.value.reason and ".txt" in info.value.reason


def test_missing_file_and_binary_file_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="cannot be read") as info:
        read_file(tmp_path / "gone.txt")
    assert info.value.source == str(tmp_path / "gone.txt")
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(ImportFailed, match="PNG") as info:
        read_file(picture)
    assert info.value.source == str(picture)


def test_iter_importable_expands_folders(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "sub/c.html", "sub/d.pages", ".hidden.txt", ".git/e.md", "f.HTM"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    explicit = tmp_path / "sub" / "d.pages"
    found = list(iter_importable([tmp_path, explicit, tmp_path / "a.txt"]))
    names = [p.relative_to(tmp_path).as_posix() for p in found]
    assert names == ["a.txt", "b.md", "f.HTM", "sub/c.html", "sub/d.pages"]
