"""A .qdpx whose entries name places outside the archive is refused, whatever they hold."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotary.domain.errors import InvalidInputError
from annotary.formats.refiqda import read_qdpx

PROJECT = b"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="test"><Sources/></Project>"""


@pytest.mark.parametrize(
    "name",
    ["/etc/project.qde", "../project.qde", "sources/../../x.txt", "C:/temp/x.txt", "..\\\\x.txt"],
    ids=["absolute", "dotdot", "nested-dotdot", "drive", "backslash-dotdot"],
)
def test_escaping_entry_names_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", PROJECT)
        zf.writestr(name, b"text")
    with pytest.raises(InvalidInputError, match="points outside the archive"):
        read_qdpx(path)


def test_ordinary_names_with_dots_are_read(tmp_path: Path) -> None:
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", PROJECT)
        zf.writestr("sources/a..b.txt", b"text")
    assert read_qdpx(path).articles == []


def test_malformed_xml_is_named_without_the_parser_tail(tmp_path: Path) -> None:
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", b"<Project><Sources></Project>")
    with pytest.raises(InvalidInputError) as info:
        read_qdpx(path)
    message = str(info.value)
    assert "the XML is malformed (Opening and ending tag mismatch" in message
    assert "<string>" not in message and "\n" not in message
