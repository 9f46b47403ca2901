"""Codebooks (.qdc): export valid against Codebook.xsd, import from other tools."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree
from test_refiqda_helpers import T_ECON, T_PRICES, assert_valid, sample_bundle, schema

from annotary.domain.errors import InvalidInputError
from annotary.domain.models import Theme
from annotary.formats.refiqda import read_qdc, write_qdc

FIXTURES = Path(__file__).parent / "fixtures" / "refiqda"


def _themes() -> list[Theme]:
    return list(sample_bundle().themes)


def test_codebook_export_is_valid_against_codebook_xsd(shared_specs: Path) -> None:
    out = io.BytesIO()
    assert write_qdc(_themes(), out) == []
    assert_valid(schema(shared_specs, "Codebook.xsd"), etree.fromstring(out.getvalue()))


def test_codebook_nests_codes_by_parent() -> None:
    out = io.BytesIO()
    write_qdc(_themes(), out)
    root = etree.fromstring(out.getvalue())
    ns = {"c": "urn:QDA-XML:codebook:1.0"}
    top = [c.get("name") for c in root.iterfind("c:Codes/c:Code", ns)]
    assert top == ["Economy", "Trust in institutions"]
    economy = root.find(f"c:Codes/c:Code[@guid='{T_ECON}']", ns)
    assert economy is not None
    assert [c.get("name") for c in economy.iterfind("c:Code", ns)] == ["Jobs & wages", "Prices"]
    prices = economy.find(f"c:Code[@guid='{T_PRICES}']", ns)
    assert prices is not None and prices.get("color") == "#E15759"
    assert [c.get("name") for c in prices.iterfind("c:Code", ns)] == ["Energy"]


def test_codebook_round_trip_keeps_every_theme() -> None:
    out = io.BytesIO()
    write_qdc(_themes(), out)
    back = read_qdc(io.BytesIO(out.getvalue()))
    assert back.warnings == []
    assert sorted(back.themes, key=lambda t: t.id) == sorted(_themes(), key=lambda t: t.id)


def test_codebook_from_another_tool(shared_specs: Path) -> None:
    data = (FIXTURES / "harbour-codebook.qdc").read_bytes()
    assert_valid(schema(shared_specs, "Codebook.xsd"), etree.fromstring(data))
    themes = {t.name: t for t in read_qdc(io.BytesIO(data)).themes}
    assert set(themes) == {"Housing", "Rent", "Evictions", "Transport"}
    assert themes["Rent"].id == "b0b0b0b0-1111-4222-8333-444455556602"
    assert themes["Rent"].parent == themes["Housing"].id
    assert themes["Rent"].color == "#CC3333"
    assert themes["Evictions"].color == "#4e79a7"  # no colour: the default
    assert themes["Transport"].description == "Ferries, buses, night services."
    assert themes["Transport"].parent is None


def test_bad_colour_is_left_out_and_said() -> None:
    out = io.BytesIO()
    warnings = write_qdc([Theme(id=T_ECON, name="Economy", color="teal")], out)
    assert any("teal" in w for w in warnings)
    assert b"color=" not in out.getvalue()


def test_empty_codebook_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="no themes"):
        write_qdc([], io.BytesIO())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<rss version='2.0'><channel/></rss>", "not a REFI-QDA codebook"),
        (b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes>", "malformed"),
        (b"", "malformed"),
    ],
)
def test_non_codebook_input_is_rejected(data: bytes, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        read_qdc(io.BytesIO(data), where="themes.qdc")


def test_repeated_names_are_qualified_by_their_path_and_read_back_plain() -> None:
    themes = [
        Theme(id="a0000000-0000-4000-8000-000000000001", name="Economy"),
        Theme(id="a0000000-0000-4000-8000-000000000002", name="Environment", position=1),
        Theme(id="a0000000-0000-4000-8000-000000000003", name="Other", parent=themes_id(1)),
        Theme(id="a0000000-0000-4000-8000-000000000004", name="Other", parent=themes_id(2)),
        Theme(id="a0000000-0000-4000-8000-000000000005", name="Jobs", parent=themes_id(1)),
    ]
    out = io.BytesIO()
    warnings = write_qdc(themes, out)
    assert len(warnings) == 1 and "'Other'" in warnings[0] and "Environment › Other" in warnings[0]
    written = [c.get("name") for c in etree.fromstring(out.getvalue()).iter() if c.get("name")]
    assert sorted(written) == [
        "Economy",
        "Economy › Other",
        "Environment",
        "Environment › Other",
        "Jobs",
    ]
    back = {t.id: (t.name, t.parent) for t in read_qdc(io.BytesIO(out.getvalue())).themes}
    assert back == {t.id: (t.name, t.parent) for t in themes}


def themes_id(n: int) -> str:
    return f"a0000000-0000-4000-8000-00000000000{n}"
