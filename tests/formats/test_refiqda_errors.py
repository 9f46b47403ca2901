"""Broken or foreign files are refused with a message naming the file and the problem."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_refiqda_helpers import sample_bundle

from annotary.domain.errors import InvalidInputError
from annotary.formats.refiqda import read_qdpx, write_qdpx


def test_truncated_zip_is_rejected(tmp_path: Path) -> None:
    good = tmp_path / "good.qdpx"
    write_qdpx(sample_bundle(), good, project_name="p")
    broken = tmp_path / "broken.qdpx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(InvalidInputError, match=r"broken\.qdpx.*not a valid zip"):
        read_qdpx(broken)


def test_text_file_named_qdpx_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "notes.qdpx"
    path.write_text("just some notes", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="not a valid zip"):
        read_qdpx(path)


def test_zip_without_project_qde_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photos.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("sources/a.txt", "text")
    with pytest.raises(InvalidInputError, match=r"no project\.qde"):
        read_qdpx(path)


def test_malformed_xml_is_rejected_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", "<Project xmlns='urn:QDA-XML:project:1.0' name='p'>\n<Sources>")
    with pytest.raises(InvalidInputError, match=r"bad\.qdpx: project\.qde: the XML is malformed"):
        read_qdpx(path)


@pytest.mark.parametrize(
    "xml",
    [
        "<rss version='2.0'><channel><title>News</title></channel></rss>",
        "<Project xmlns='http://example.org/other'><Sources/></Project>",
    ],
)
def test_non_refi_xml_is_rejected(tmp_path: Path, xml: str) -> None:
    path = tmp_path / "feed.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", xml)
    with pytest.raises(InvalidInputError, match="not a REFI-QDA project"):
        read_qdpx(path)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="no such file"):
        read_qdpx(tmp_path / "absent.qdpx")


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me", encoding="utf-8")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>'
        '<TextSource guid="11111111-2222-4333-8444-555555555555" name="n">'
        "<PlainTextContent>&x;</PlainTextContent></TextSource></Sources></Project>"
    )
    path = tmp_path / "xxe.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", xml)
    try:
        bundle = read_qdpx(path)
    except InvalidInputError:
        return
    assert all("do not read me" not in a.text for a in bundle.articles)
