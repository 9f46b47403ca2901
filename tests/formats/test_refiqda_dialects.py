"""Importing .qdpx files written by other tools, each with its own habits."""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path

import pytest

from annotary.domain.models import Bundle
from annotary.formats.refiqda import read_qdpx
from annotary.formats.refiqda.positions import RawSelection, SourcePositions

FIXTURES = Path(__file__).parent / "fixtures" / "refiqda"
OTHER = FIXTURES / "otherdialect"
CRLF_SOURCE = "7a1c3e52-0b9d-4f6a-8e21-c4d5e6f70811"
LETTER = "7a1c3e52-0b9d-4f6a-8e21-c4d5e6f70822"


def pack_other_dialect(target: Path) -> Path:
    """Zip the hand-written fixture as that tool would: .txt files with CRLF and a BOM."""
    with zipfile.ZipFile(target, "w") as zf:
        for path in sorted(OTHER.rglob("*")):
            if path.is_dir() or path.name == "README.md":
                continue
            data = path.read_bytes()
            if path.suffix == ".txt":
                data = codecs.BOM_UTF8 + data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            zf.writestr(path.relative_to(OTHER).as_posix(), data)
    return target


@pytest.fixture
def imported(tmp_path: Path) -> Bundle:
    return read_qdpx(pack_other_dialect(tmp_path / "harbour.qdpx"))


def _by_id(bundle: Bundle) -> dict[str, object]:
    return {a.id: a for a in bundle.annotations}


def test_text_sources_become_articles_with_canonical_text(imported: Bundle) -> None:
    articles = {a.id: a for a in imported.articles}
    assert set(articles) == {CRLF_SOURCE, LETTER}
    rents = articles[CRLF_SOURCE]
    assert rents.title == "Rents climb again.docx"
    assert rents.text.startswith("Rents climb again in Harbour District\n\nTenants")
    assert "\r" not in rents.text and "\ufeff" not in rents.text
    assert rents.outlet == "Harbour Gazette"
    assert articles[LETTER].text.endswith("— R. Kowalczyk, Ostmark")


def test_crlf_counted_as_two_is_converted_to_the_right_spans(imported: Bundle) -> None:
    exact = {a.id[-4:]: a.exact for a in imported.annotations}
    assert exact == {
        "0001": "Tenants in the Harbour District paid 14 percent more",
        "0002": "We are being priced out of the streets we grew up in,",
        "0003": "The housing office said new construction would ease the pressure by next year.",
        "0011": "never trusted the council to keep its promises about transport",
    }
    articles = {a.id: a.text for a in imported.articles}
    for ann in imported.annotations:
        assert articles[ann.article][ann.start : ann.end] == ann.exact
    assert any("positions converted" in w and "Rents climb" in w for w in imported.warnings)


def test_codes_become_themes_with_hierarchy_and_default_colour(imported: Bundle) -> None:
    themes = {t.name: t for t in imported.themes}
    assert set(themes) == {"Economy", "Housing costs", "Wages", "Trust in institutions", "Quotes"}
    assert themes["Housing costs"].parent == themes["Economy"].id
    assert themes["Wages"].parent == themes["Economy"].id
    assert themes["Economy"].id == "e4d3c2b1-0a0b-4c0d-8e0f-101112131401"
    assert themes["Housing costs"].description == "Rent, mortgages, service charges."
    assert {t.color for t in imported.themes} == {"#4e79a7"}


def test_selections_become_passages_with_their_codes_as_themes(imported: Bundle) -> None:
    themes = {t.id: t.name for t in imported.themes}
    anns = {a.id: a for a in imported.annotations}
    first = anns["5e100000-aaaa-4bbb-8ccc-ddddeeee0001"]
    assert first.kind == "passage" and first.speaker is None
    assert [themes[t] for t in first.themes] == ["Housing costs", "Wages"]
    assert first.coder == "M. Okafor"
    assert first.created == "2024-03-11T14:10:00Z"
    # Another tool's code called "Quotes" is just a theme, not Annotary's quote kind.
    second = anns["5e100000-aaaa-4bbb-8ccc-ddddeeee0002"]
    assert second.kind == "passage"
    assert [themes[t] for t in second.themes] == ["Housing costs", "Quotes"]
    assert second.note == "Strongest line of the piece."
    assert anns["5e100000-aaaa-4bbb-8ccc-ddddeeee0003"].coder is None


def test_linked_notes_are_read_into_the_note(imported: Bundle) -> None:
    anns = {a.id: a for a in imported.annotations}
    assert anns["5e100000-aaaa-4bbb-8ccc-ddddeeee0011"].note == (
        "Compare with the council survey from 2022."
    )


def test_what_cannot_be_imported_is_named_in_warnings(imported: Bundle) -> None:
    text = "\n".join(imported.warnings)
    assert "Council minutes.docx" in text and "rich-text" in text
    assert "PictureSource 'Harbour front.jpg' skipped" in text
    assert "outside the text" in text and "5E100000-AAAA-4BBB-8CCC-DDDDEEEE0004" in text
    assert re.search(r"\b(1 coding|\d+ codings) of the whole source skipped", text)
    assert "Tenant households" in text  # a case that is not an Annotary speaker
    assert "tone" in text  # an unknown source variable
    assert list(imported.speakers) == []


def _project(sources: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>'
        f"{sources}</Sources></Project>"
    ).encode()


def test_lowercase_sources_relative_path_and_crlf_counted_once(tmp_path: Path) -> None:
    text = "Line one.\r\nSecond line here.\r\nThird."
    start = "Line one.\nSecond line here.\n".index("Second")
    sources = (
        '<TextSource guid="11111111-2222-4333-8444-555555555555" name="n" '
        'plainTextPath="relative:///exports/notes.txt">'
        f'<PlainTextSelection guid="11111111-2222-4333-8444-555555555556" '
        f'startPosition="{start}" endPosition="{start + 17}"/></TextSource>'
    )
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", _project(sources))
        zf.writestr("sources/notes.txt", text.encode())
    bundle = read_qdpx(path)
    [ann] = bundle.annotations
    assert ann.exact == "Second line here."


def test_inline_plain_text_content_is_read(tmp_path: Path) -> None:
    sources = (
        '<TextSource guid="11111111-2222-4333-8444-555555555555" name="inline">'
        "<PlainTextContent>Short memo text.</PlainTextContent>"
        '<PlainTextSelection guid="11111111-2222-4333-8444-555555555556" '
        'startPosition="6" endPosition="10"/></TextSource>'
    )
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Project.QDE", _project(sources))
    bundle = read_qdpx(path)
    assert [a.text for a in bundle.articles] == ["Short memo text."]
    assert [a.exact for a in bundle.annotations] == ["memo"]


RAW = "Title\r\n\r\nFirst paragraph of the story.\r\nSecond paragraph follows here."


@pytest.mark.parametrize(
    ("selections", "expected"),
    [
        # Names match the text only when "\r\n" counts as two.
        ([RawSelection(40, 56, "Second paragraph")], "two"),
        # ...or only when it counts as one.
        ([RawSelection(37, 53, "Second paragraph")], "one"),
        # An end past the one-counted length but inside the raw text.
        ([RawSelection(50, len(RAW))], "two"),
        # Counting two would put a boundary between "\r" and "\n".
        ([RawSelection(6, 12)], "one"),
        ([RawSelection(0, 5)], "one"),
    ],
)
def test_line_ending_convention_is_chosen_from_the_selections(
    selections: list[RawSelection], expected: str
) -> None:
    choice = SourcePositions(RAW).choose(selections)
    assert choice.reading.crlf == expected


def test_pdf_representation_is_imported_and_page_areas_skipped(tmp_path: Path) -> None:
    sources = (
        '<PDFSource guid="22222222-2222-4333-8444-555555555555" name="Budget.pdf" '
        'path="internal://22222222-2222-4333-8444-555555555555.pdf">'
        '<PDFSelection guid="22222222-2222-4333-8444-555555555557" page="0" firstX="1" '
        'firstY="1" secondX="9" secondY="9"/>'
        '<Representation guid="22222222-2222-4333-8444-555555555556" '
        'plainTextPath="internal://22222222-2222-4333-8444-555555555556.txt">'
        '<PlainTextSelection guid="22222222-2222-4333-8444-555555555558" startPosition="4" '
        'endPosition="10"/></Representation></PDFSource>'
    )
    path = tmp_path / "pdf.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", _project(sources))
        zf.writestr("sources/22222222-2222-4333-8444-555555555556.txt", "The budget grew.")
    bundle = read_qdpx(path)
    [article] = bundle.articles
    assert (article.id, article.title) == ("22222222-2222-4333-8444-555555555555", "Budget.pdf")
    assert [a.exact for a in bundle.annotations] == ["budget"]
    assert any("area selection" in w for w in bundle.warnings)


def test_text_in_a_legacy_encoding_is_decoded_and_noted(tmp_path: Path) -> None:
    sources = (
        '<TextSource guid="33333333-2222-4333-8444-555555555555" name="Brief" '
        'plainTextPath="internal://brief.txt"/>'
    )
    text = "Die Gebühren für die Fähre steigen im Frühjahr, sagte die Bürgermeisterin."
    path = tmp_path / "latin.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", _project(sources))
        zf.writestr("sources/brief.txt", text.encode("cp1252"))
    bundle = read_qdpx(path)
    assert [a.text for a in bundle.articles] == [text]
    assert any("not UTF-8" in w for w in bundle.warnings)
