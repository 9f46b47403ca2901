"""Writing and reading the Annotary JSON format gives back exactly what was written."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotary.domain.models import STATUSES, Annotation, Article, Bundle, Speaker, Status, Theme
from annotary.formats.annotary_json import FORMAT, VERSION, load_schema, read_json, write_json

DOCS = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"
STAMP = "2024-06-03T08:15:00.000Z"


def _article(text: str, **fields: object) -> Article:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(text=text, text_sha256=digest, **fields)  # type: ignore[arg-type]


def sample_bundle() -> Bundle:
    text = (
        "Die Bürgermeisterin sagte: „Wir bauen die Brücke bis 2026.“\n\n"
        "Der Verkehrsminister 李明 nannte den Plan „ehrgeizig“ 🚧."
    )
    article = _article(
        text,
        id="0b9f6c1e-3d5a-4c2b-9e8f-1a2b3c4d5e6f",
        title="Brücke soll 2026 fertig sein",
        outlet="Rheinischer Bote",
        author="J. Adler",
        published="2024-05-30",
        url="https://rheinischer-bote.example/lokal/bruecke",
        language="de",
        collections=("Infrastruktur", "Mai 2024"),
    )
    mayor = Speaker(
        id="7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        name="Katrin Vogt",
        role="Bürgermeisterin",
        affiliation="Stadt Rheinau",
        aliases=("Vogt", "die Bürgermeisterin"),
    )
    economy = Theme(id="1a1a1a1a-2b2b-4c3c-8d4d-5e5e5e5e5e5e", name="Verkehr", color="#e15759")
    bridge = Theme(
        id="2b2b2b2b-3c3c-4d4d-9e5e-6f6f6f6f6f6f",
        name="Brückenbau",
        parent=economy.id,
        description="Neubau und Sanierung von Brücken",
    )
    start = text.index("„Wir")
    end = text.index("“", start) + 1
    quote = Annotation(
        id="3c3c3c3c-4d4d-4e5e-af6f-707070707070",
        article=article.id,
        kind="quote",
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - 20) : start],
        suffix=text[end : end + 20],
        speaker=mayor.id,
        themes=(bridge.id,),
        note="Zusage mit Jahreszahl",
        quote_type="direct",
        coder="ja",
        created="2024-06-01T10:00:00.000Z",
        modified="2024-06-02T11:30:00.000Z",
    )
    return Bundle(
        articles=[article], speakers=[mayor], themes=[economy, bridge], annotations=[quote]
    )


def _write(bundle: Bundle, **kwargs: object) -> str:
    out = io.StringIO()
    write_json(bundle, out, **kwargs)  # type: ignore[arg-type]
    return out.getvalue()


def test_write_read_write_is_identical_apart_from_exported_at() -> None:
    first = _write(sample_bundle(), exported_at="2024-06-03T08:15:00Z")
    again = _write(read_json(io.StringIO(first)), exported_at="2025-01-01T00:00:00Z")
    assert first != again
    stamp = re.compile(r'"exported_at": "[^"]*"')
    assert stamp.sub("", first) == stamp.sub("", again)


def test_read_gives_back_the_records_written() -> None:
    bundle = sample_bundle()
    back = read_json(io.StringIO(_write(bundle)))
    assert back.articles == bundle.articles
    assert back.speakers == bundle.speakers
    assert back.annotations == bundle.annotations
    # Positions come from the order among siblings.
    assert [(t.name, t.position) for t in back.themes] == [("Verkehr", 0), ("Brückenbau", 0)]


def test_document_layout_top_level_keys_and_counts() -> None:
    out = io.StringIO()
    counts = write_json(sample_bundle(), out, exported_at=STAMP)
    document = json.loads(out.getvalue())
    assert counts == {"articles": 1, "speakers": 1, "themes": 2, "annotations": 1}
    assert list(document) == [
        "format", "version", "exported_at", "articles", "speakers", "themes", "annotations",
    ]  # fmt: skip
    assert (document["format"], document["version"], document["exported_at"]) == (
        FORMAT,
        VERSION,
        STAMP,
    )
    assert list(document["annotations"][0])[:5] == ["id", "article", "kind", "start", "end"]
    assert document["annotations"][0]["note"] == "Zusage mit Jahreszahl"
    assert document["speakers"][0]["aliases"] == ["Vogt", "die Bürgermeisterin"]


def test_nulls_are_written_as_null_with_their_keys() -> None:
    article = _article("Kurzer Text.", id="4d4d4d4d-5e5e-4f6f-8a7a-8b8b8b8b8b8b", title="Kurz")
    document = json.loads(_write(Bundle(articles=[article])))
    written = document["articles"][0]
    for key in ("outlet", "author", "published", "url", "language"):
        assert key in written and written[key] is None
    assert document["speakers"] == [] and document["annotations"] == []


@pytest.mark.parametrize("indent", [0, 1, 2, 4])
def test_output_is_exactly_the_standard_json_layout(indent: int) -> None:
    text = _write(sample_bundle(), exported_at=STAMP, indent=indent)
    assert text == json.dumps(json.loads(text), indent=indent, ensure_ascii=False) + "\n"


def test_non_ascii_is_written_as_itself() -> None:
    text = _write(sample_bundle())
    assert "李明" in text and "🚧" in text and "„Wir" in text
    assert "\\u" not in text


def test_default_exported_at_is_now_in_utc() -> None:
    document = json.loads(_write(sample_bundle()))
    written = datetime.fromisoformat(document["exported_at"].replace("Z", "+00:00"))
    assert written.tzinfo is not None and written.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert abs((datetime.now(UTC) - written).total_seconds()) < 60


def test_each_record_is_written_before_the_next_is_asked_for() -> None:
    bundle = sample_bundle()
    (quote,) = list(bundle.annotations)
    out = io.StringIO()
    ids = [f"5e5e5e5e-6f6f-4a7a-8b8b-{n:012d}" for n in range(5)]

    def lazily() -> Iterator[Annotation]:
        for index, annotation_id in enumerate(ids):
            if index:
                assert ids[index - 1] in out.getvalue(), "previous record not yet written"
            assert annotation_id not in out.getvalue()
            yield dataclasses.replace(quote, id=annotation_id)

    bundle.annotations = lazily()
    assert write_json(bundle, out)["annotations"] == 5
    assert [a.id for a in read_json(io.StringIO(out.getvalue())).annotations] == ids


def test_reads_bytes_files_with_and_without_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as fp:
        write_json(sample_bundle(), fp)
    with path.open("rb") as fp:
        plain = read_json(fp)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    with path.open("rb") as fp:
        marked = read_json(fp)
    assert plain.annotations == marked.annotations == sample_bundle().annotations


def test_reads_utf16_with_byte_order_mark() -> None:
    text = _write(sample_bundle())
    assert read_json(io.BytesIO(text.encode("utf-16"))).speakers == sample_bundle().speakers


def test_written_file_validates_against_the_shipped_schema() -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(_write(sample_bundle()))
    jsonschema.Draft202012Validator(schema).validate(document)


def test_the_example_in_the_format_documentation_is_a_valid_file() -> None:
    blocks = re.findall(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    examples = [block for block in blocks if '"format": "annotary"' in block]
    assert examples, "docs/json-format.md has no example document"
    bundle = read_json(io.StringIO(examples[0]))
    assert list(bundle.annotations)
    assert list(bundle.articles)


# --- random bundles -------------------------------------------------------------

_WORLD = '日本語中文한국어العربيةÄÖÜßéç😀🎉👩‍💻🇩🇪„“”«»‚‘’\n\t"\\/\u200b\u2028'
_texts = st.one_of(st.text(max_size=40), st.text(alphabet=_WORLD, max_size=40))
_names = st.one_of(st.text(min_size=1, max_size=20), st.text(alphabet=_WORLD, min_size=1))
_optional = st.none() | _texts
_stamps = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.isoformat(timespec="milliseconds").replace("+00:00", "Z"))


@st.composite
def bundles(draw: st.DrawFn) -> Bundle:
    ids = iter(draw(st.lists(st.uuids().map(str), min_size=30, max_size=30, unique=True)))
    articles = [
        _article(
            draw(st.text(alphabet=_WORLD + "abc ", min_size=1, max_size=80) | st.text(min_size=1)),
            id=next(ids),
            title=draw(_texts),
            outlet=draw(_optional),
            author=draw(_optional),
            published=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
            url=draw(st.none() | st.just("https://news.example/a?b=1#c")),
            language=draw(st.sampled_from([None, "en", "de", "pt-BR", "zh-Hans"])),
            collections=tuple(draw(st.lists(_names, max_size=3, unique=True))),
        )
        for _ in range(draw(st.integers(1, 3)))
    ]
    speakers = [
        Speaker(next(ids), draw(_names), draw(_optional), draw(_optional),
                tuple(draw(st.lists(_names, max_size=3, unique=True))))
        for _ in range(draw(st.integers(0, 3)))
    ]  # fmt: skip
    themes: list[Theme] = []
    siblings: dict[str | None, int] = {}
    for _ in range(draw(st.integers(0, 4))):
        parent = draw(st.sampled_from([None, *[t.id for t in themes]]))
        colour = draw(st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True))
        position = siblings.get(parent, 0)
        siblings[parent] = position + 1
        themes.append(Theme(next(ids), draw(_names), parent, colour, draw(_optional), position))
    annotations = []
    for _ in range(draw(st.integers(0, 5))):
        article = draw(st.sampled_from(articles))
        start = draw(st.integers(0, len(article.text) - 1))
        end = draw(st.integers(start + 1, len(article.text)))
        status: Status = draw(st.sampled_from(STATUSES))
        exact = article.text[start:end] if status == "anchored" else draw(_names)
        annotations.append(
            Annotation(
                id=next(ids),
                article=article.id,
                kind=draw(st.sampled_from(["quote", "speaker", "passage"])),
                start=start,
                end=end,
                exact=exact,
                prefix=draw(_texts),
                suffix=draw(_texts),
                speaker=draw(st.sampled_from([None, *[s.id for s in speakers]])),
                themes=tuple(draw(st.lists(st.sampled_from([t.id for t in themes]), unique=True)))
                if themes
                else (),
                note=draw(_optional),
                quote_type=draw(st.sampled_from([None, "direct", "indirect"])),
                coder=draw(_optional),
                created=draw(_stamps),
                modified=draw(_stamps),
                status=status,
            )
        )
    return Bundle(articles=articles, speakers=speakers, themes=themes, annotations=annotations)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bundles())
def test_random_bundles_round_trip_exactly(bundle: Bundle) -> None:
    text = _write(bundle, exported_at=STAMP)
    back = read_json(io.StringIO(text))
    assert back.articles == bundle.articles
    assert back.speakers == bundle.speakers
    assert back.themes == bundle.themes
    assert back.annotations == bundle.annotations
    assert back.warnings == []
    assert _write(back, exported_at=STAMP) == text
