"""What a W3C export says about each annotation, and how the file is laid out."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from test_w3c_samples import (
    ARTICLE_ID,
    HARBOUR_MASTER_ID,
    SPEAKER_ID,
    TEXT,
    annotations,
    article,
    bundle,
    speakers,
    themes,
)

from annotary.domain.models import Annotation, Bundle
from annotary.formats.w3c import annotation_to_w3c, record_iri, write_w3c

URL = "https://news.example.org/port-alder/strike-day-3"


def export(name: str, url: str | None = URL) -> dict[str, Any]:
    return annotation_to_w3c(
        annotations()[name],
        article(url),
        {s.id: s for s in speakers()},
        {t.id: t for t in themes()},
        "urn:annotary:",
    )


def bodies(doc: dict[str, Any], purpose: str, type_: str = "TextualBody") -> list[Any]:
    found = [b for b in doc["body"] if b["purpose"] == purpose and b["type"] == type_]
    return [b["value"] if type_ == "TextualBody" else b["source"] for b in found]


def selectors(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["type"]: s for s in doc["target"]["selector"]}


def test_target_is_the_article_url_or_its_uuid_urn() -> None:
    assert export("quote")["target"]["source"] == URL
    assert export("quote", url=None)["target"]["source"] == f"urn:uuid:{ARTICLE_ID}"


def test_selectors_carry_quote_context_and_code_point_offsets() -> None:
    for name in ("quote", "cjk", "emoji"):
        a = annotations()[name]
        sel = selectors(export(name))
        quote = sel["TextQuoteSelector"]
        assert (quote["exact"], quote["prefix"], quote["suffix"]) == (a.exact, a.prefix, a.suffix)
        pos = sel["TextPositionSelector"]
        assert TEXT[pos["start"] : pos["end"]] == a.exact


def test_an_orphaned_annotation_keeps_its_quote_but_no_stale_positions() -> None:
    sel = selectors(export("orphaned"))
    assert set(sel) == {"TextQuoteSelector"}
    assert sel["TextQuoteSelector"]["exact"] == "Nobody asked the crane operators"


def test_quote_bodies_name_speaker_themes_note_and_classification() -> None:
    doc = export("quote")
    assert doc["id"] == "urn:uuid:5d0f2a9c-1b7e-4f3d-9c6a-0e4b8d2f7a15"
    assert doc["motivation"] == "classifying"
    assert bodies(doc, "classifying") == ["quote", "direct"]
    assert bodies(doc, "identifying") == ["Mara Oyelaran"]
    assert bodies(doc, "identifying", "SpecificResource") == [
        {"id": f"urn:uuid:{SPEAKER_ID}", "type": "Person", "name": "Mara Oyelaran"}
    ]
    assert bodies(doc, "tagging") == ["Strikes", "Labour"]
    assert [s["id"] for s in bodies(doc, "tagging", "SpecificResource")] == [
        "urn:annotary:theme:t-strikes",
        "urn:annotary:theme:t-labour",
    ]
    assert bodies(doc, "commenting") == [annotations()["quote"].note]
    creator = {"id": "urn:annotary:coder:Zo%C3%AB%20Ng", "type": "Person", "name": "Zoë Ng"}
    assert doc["creator"] == creator
    assert doc["created"] == "2024-03-07T09:15:02.120Z"
    assert doc["modified"] == "2024-03-07T10:01:44.009Z"


def test_motivation_follows_the_kind() -> None:
    assert export("speaker")["motivation"] == "identifying"
    assert export("passage")["motivation"] == "tagging"
    assert export("bare_passage")["motivation"] == "highlighting"
    assert bodies(export("speaker"), "classifying") == ["speaker"]


def test_missing_optional_fields_are_left_out_not_emptied() -> None:
    doc = export("bare_passage")
    assert "creator" not in doc and "created" not in doc and "modified" not in doc
    assert bodies(doc, "classifying") == ["passage"]
    assert [b["purpose"] for b in doc["body"]] == ["classifying"]


def test_a_malformed_or_zoneless_time_is_left_out() -> None:
    a = replace(annotations()["quote"], created="07/03/2024", modified="2024-03-07T10:01:44")
    doc = annotation_to_w3c(a, None, {}, {}, "urn:annotary:")
    assert "created" not in doc and "modified" not in doc


def test_a_speaker_or_theme_missing_from_the_maps_is_still_linked_by_iri() -> None:
    doc = annotation_to_w3c(annotations()["indirect"], None, {}, {}, "urn:annotary:")
    assert bodies(doc, "identifying") == []
    assert bodies(doc, "identifying", "SpecificResource") == [
        {"id": record_iri(HARBOUR_MASTER_ID, "speaker"), "type": "Person"}
    ]
    assert record_iri(HARBOUR_MASTER_ID, "speaker") == "urn:annotary:speaker:hm-17"


def _write(b: Bundle, **kwargs: Any) -> tuple[int, Any]:
    out = io.StringIO()
    count = write_w3c(b, out, **kwargs)
    return count, json.loads(out.getvalue())


def test_plain_list_form_is_a_json_array_in_order_with_text_intact() -> None:
    out = io.StringIO()
    count = write_w3c(bundle(), out, collection=False)
    assert "影響は限定的だ" in out.getvalue() and "😬" in out.getvalue()  # not \\u-escaped
    docs = json.loads(out.getvalue())
    assert count == len(docs) == len(annotations())
    assert [d["id"] for d in docs] == [record_iri(a.id, "x") for a in annotations().values()]
    assert all(d["@context"] == "http://www.w3.org/ns/anno.jsonld" for d in docs)
    assert _write(Bundle(), collection=False) == (0, [])


@pytest.mark.parametrize("page_size", [1, 3, 8, 100])
def test_collection_pages_partition_the_annotations_in_order(page_size: int) -> None:
    count, doc = _write(bundle(), page_size=page_size)
    n = len(annotations())
    assert count == doc["total"] == n
    pages = [doc["first"], *doc.get("@included", [])]
    assert len(pages) == -(-n // page_size)
    ids = [item["id"] for page in pages for item in page["items"]]
    assert ids == [record_iri(a.id, "x") for a in annotations().values()]
    for index, page in enumerate(pages):
        assert page["type"] == "AnnotationPage" and page["partOf"] == doc["id"]
        assert page["startIndex"] == index * page_size
        assert page.get("next") == (pages[index + 1]["id"] if index + 1 < len(pages) else None)
        assert page.get("prev") == (pages[index - 1]["id"] if index else None)
    assert doc["last"] == pages[-1]["id"]
    assert len({p["id"] for p in pages}) == len(pages)


def test_collection_is_streamed_page_by_page() -> None:
    out = io.StringIO()
    template = annotations()["quote"]

    def many() -> Iterator[Annotation]:
        for i in range(1000):
            if i == 500:
                # Half-way through, the first pages must already be in the file.
                assert out.getvalue().count('"type": "AnnotationPage"') >= 3
            yield replace(template, id=f"a{i}")

    b = Bundle(articles=[article()], speakers=speakers(), themes=themes(), annotations=many())
    assert write_w3c(b, out, page_size=100) == 1000
    doc = json.loads(out.getvalue())
    assert doc["total"] == 1000 and len(doc["@included"]) == 9


def test_page_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        write_w3c(bundle(), io.StringIO(), page_size=0)
