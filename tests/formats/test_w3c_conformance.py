"""Exported Web Annotations pass the official W3C test assertions (JSON Schema, draft-04).

The assets live in ../shared/specs/web-annotation; every test here skips, saying so, when
they are absent. Definitions are registered under their ``id`` so the assertions' relative
``$ref``s resolve; URI formats are checked (rfc3987 is installed).
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4
from test_w3c_samples import annotations, article, bundle, speakers, themes

from annotary.formats.w3c import annotation_to_w3c, write_w3c

# Optional ("should"/"may") assertions for features the export implements; they must pass.
IMPLEMENTED_OPTIONALS = {
    "3.1-bodyKeyFound.json",
    "3.3.1-annotationCreatedImplemented.json",
    "3.3.1-annotationModifiedImplemented.json",
    "3.3.1-annotationSingleCreatorImplemented.json",
    "3.3.5-annotationMotivationImplemented.json",
    "3.3.5-annotationSingleMotivationImplemented.json",
    "3.2.1-bodyFormat.json",
    "3.2.1-bodySingleFormat.json",
    "3.2.4-bodyETB.json",
    "3.2.4-bodyETBTypeTextualBody.json",
    "3.3.5-bodyPurpose.json",
    "4-bodySpecificResource.json",
    "4-targSpecificResource.json",
    "4.2.-selectorFound.json",
    "4.2.4-textQuoteSelector.json",
    "4.2.4-prefix.json",
    "4.2.4-suffix.json",
    "4.2.5-textPositionSelector.json",
    "3.3.1-annotationCreatorImplemented.json",
    "3.3.2-annotationCreatorAgentIdImplemented.json",
    "3.3.2-annotationCreatorAgentTypeImplemented.json",
    "3.3.2-annotationCreatorAgentNameImplemented.json",
    "3.3.2-annotationCreatorAgentSingleNameImplemented.json",
    "3.3.1-annotationGeneratorImplemented.json",
    "3.3.2-annotationGeneratorAgentIdImplemented.json",
    "3.3.2-annotationGeneratorAgentTypeImplemented.json",
    "3.3.2-annotationGeneratorAgentNameImplemented.json",
}


@cache
def _registry(specs: Path) -> Registry[Any]:
    resources = []
    for path in sorted((specs / "definitions").glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["id"], Resource.from_contents(contents, DRAFT4)))
    return Registry().with_resources(resources)


@cache
def _assertions(specs: Path, test_file: str) -> tuple[dict[str, Any], ...]:
    listing = json.loads((specs / "annotations" / test_file).read_text(encoding="utf-8"))
    return tuple(
        json.loads((specs / name).read_text(encoding="utf-8")) for name in listing["assertions"]
    )


def _passes(specs: Path, doc: object, schema: dict[str, Any]) -> bool:
    validator = Draft4Validator(
        schema, registry=_registry(specs), format_checker=Draft4Validator.FORMAT_CHECKER
    )
    return validator.is_valid(doc) == (schema.get("expectedResult", "valid") == "valid")


def _failures(specs: Path, doc: object, test_file: str) -> list[str]:
    return [s["id"] for s in _assertions(specs, test_file) if not _passes(specs, doc, s)]


def _definition(specs: Path, doc: object, ref: str) -> bool:
    validator = Draft4Validator(
        {"$ref": ref}, registry=_registry(specs), format_checker=Draft4Validator.FORMAT_CHECKER
    )
    return validator.is_valid(doc)


def _exported(name: str, url: str | None) -> dict[str, Any]:
    return annotation_to_w3c(
        annotations()[name],
        article(url),
        {s.id: s for s in speakers()},
        {t.id: t for t in themes()},
        "urn:annotary:",
    )


def test_uri_formats_are_really_checked() -> None:
    assert "uri" in Draft4Validator.FORMAT_CHECKER.checkers, "install rfc3987"
    assert not Draft4Validator.FORMAT_CHECKER.conforms("not a uri", "uri")


def test_harness_rejects_the_official_incorrect_samples(shared_specs: Path) -> None:
    incorrect = sorted((shared_specs / "web-annotation/tools/samples/incorrect").glob("*.json"))
    checked = 0
    for path in incorrect:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue  # some samples are deliberately not JSON
        checked += 1
        assert _failures(shared_specs / "web-annotation", doc, "annotationMusts.test"), path.name
    assert checked >= 20
    correct = json.loads(
        (shared_specs / "web-annotation/tools/samples/correct/anno41-example44.json").read_text()
    )
    assert _failures(shared_specs / "web-annotation", correct, "annotationMusts.test") == []


@pytest.mark.parametrize("url", ["https://news.example.org/port-alder/strike-day-3", None])
@pytest.mark.parametrize("name", sorted(annotations()))
def test_every_exported_annotation_passes_every_must(
    shared_specs: Path, name: str, url: str | None
) -> None:
    doc = _exported(name, url)
    assert _failures(shared_specs / "web-annotation", doc, "annotationMusts.test") == []


def test_a_non_uuid_id_and_an_http_base_still_make_valid_iris(shared_specs: Path) -> None:
    a = annotations()["indirect"]
    odd = replace(a, id="legacy 42/b")
    doc = annotation_to_w3c(odd, None, {}, {}, "https://lab.example.org/annotary/")
    assert doc["id"].startswith("https://lab.example.org/annotary/annotation:")
    assert _failures(shared_specs / "web-annotation", doc, "annotationMusts.test") == []


def test_implemented_optional_assertions_pass(shared_specs: Path) -> None:
    specs = shared_specs / "web-annotation"
    doc = _exported("quote", "https://news.example.org/port-alder/strike-day-3")
    failed = set(_failures(specs, doc, "annotationOptionals.test"))
    failed |= set(_failures(specs, doc, "annotationsAgentOptionals.test"))
    assert not (IMPLEMENTED_OPTIONALS & failed)
    # Only an orphaned annotation lacks positions.
    orphan = _exported("orphaned", None)
    assert "4.2.5-textPositionSelector.json" in _failures(specs, orphan, "annotationOptionals.test")


def _collection(page_size: int, count: int | None = None) -> dict[str, Any]:
    b = bundle()
    if count is not None:
        b.annotations = list(b.annotations)[:count]
    out = io.StringIO()
    write_w3c(b, out, page_size=page_size)
    result: dict[str, Any] = json.loads(out.getvalue())
    return result


@pytest.mark.parametrize("page_size", [3, 100])
def test_collection_and_pages_pass_the_collection_definitions(
    shared_specs: Path, page_size: int
) -> None:
    specs = shared_specs / "web-annotation"
    doc = _collection(page_size)
    # The collection carries the context; the pages embedded in it inherit it.
    assert _definition(specs, doc["@context"], "collections.json#/definitions/contextValueFound")
    for name in (
        "annotationCollectionTypeValueFound",
        "labelFound",
        "totalFound",
        "firstFound",
        "firstRequiredIfTotalMoreThanZero",
        "lastValidIfPresent",
    ):
        assert _definition(specs, doc, f"collections.json#/definitions/{name}"), name
    assert _definition(specs, doc, "id.json#/definitions/idValueFound")
    pages = [doc["first"], *doc.get("@included", [])]
    for page in pages:
        for name in (
            "annotationPageTypeValueFound",
            "partOfFound",
            "startIndexFound",
            "nextValidIfPresent",
            "prevValidIfPresent",
            "itemsFound",
        ):
            assert _definition(specs, page, f"collections.json#/definitions/{name}"), name
        for item in page["items"]:
            assert _failures(specs, item, "annotationMusts.test") == []


def test_an_empty_collection_is_valid_without_a_first_page(shared_specs: Path) -> None:
    specs = shared_specs / "web-annotation"
    doc = _collection(10, count=0)
    assert doc["total"] == 0 and "first" not in doc
    assert _definition(specs, doc, "collections.json#/definitions/firstRequiredIfTotalMoreThanZero")
    assert _definition(specs, doc, "collections.json#/definitions/totalFound")


def test_collection_definitions_reject_what_the_model_forbids(shared_specs: Path) -> None:
    specs = shared_specs / "web-annotation"
    inline_next = {"type": "AnnotationPage", "next": {"id": "urn:annotary:collection:page:2"}}
    assert not _definition(specs, inline_next, "collections.json#/definitions/nextValidIfPresent")
    no_first = {"type": "AnnotationCollection", "total": 3}
    ref = "collections.json#/definitions/firstRequiredIfTotalMoreThanZero"
    assert not _definition(specs, no_first, ref)
