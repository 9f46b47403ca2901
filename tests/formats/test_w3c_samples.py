"""Sample records shared by the W3C and spreadsheet tests, and checks that they are sound.

The article is fictional; it mixes a curly-quoted statement, a Japanese passage and an
emoji so that offsets in code points differ from UTF-16 and UTF-8 offsets.
"""

from __future__ import annotations

from annotary.domain.models import Annotation, Article, Bundle, Segment, Speaker, Theme

TEXT = (
    "Harbour strike enters its third day\n\n"
    "Dock workers in Port Alder kept the cranes idle on Wednesday. "
    "“We will not load a single ship until the night-shift cuts are withdrawn,” "
    "said Mara Oyelaran, who chairs the Alder Dockers’ Union.\n\n"
    "Harbour master Tomas Wendt said the port authority was “ready to talk, "
    "but not under pressure, and not in the press.”\n\n"
    "東京の港湾関係者は「影響は限定的だ」と述べた。 "
    "Traders reacted with 😬 and 📉 on social media, "
    "while a =SUM(A1:A9) style rumour spread that fuel prices would rise by 12%."
)

ARTICLE_ID = "7c1d6a0e-52a4-4c55-9a8e-2f0a9d3b6e11"
SPEAKER_ID = "0b8f3f52-9f4e-4a37-8d0c-5b7c2d1e9a40"
HARBOUR_MASTER_ID = "hm-17"  # not a UUID: ids from older projects may look like this
LABOUR, STRIKES, ECONOMY, PRICES = "t-labour", "t-strikes", "t-economy", "t-prices"


def anchor(text: str, exact: str, occurrence: int = 0, context: int = 32) -> dict[str, object]:
    """start/end/exact/prefix/suffix for ``exact`` in ``text`` (code points)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(exact, start + 1)
    end = start + len(exact)
    return {
        "start": start,
        "end": end,
        "exact": exact,
        "prefix": text[max(0, start - context) : start],
        "suffix": text[end : end + context],
    }


def split(text: str, *parts: str) -> dict[str, object]:
    """The fields of an annotation in several segments, one per part (in text order)."""
    segments = tuple(Segment(**anchor(text, part)) for part in parts)  # type: ignore[arg-type]
    start, end = segments[0].start, segments[-1].end
    return {
        "start": start,
        "end": end,
        "exact": text[start:end],
        "prefix": segments[0].prefix,
        "suffix": segments[-1].suffix,
        "segments": segments,
    }


def article(url: str | None = "https://news.example.org/port-alder/strike-day-3") -> Article:
    return Article(
        id=ARTICLE_ID,
        title="Harbour strike enters its third day",
        text=TEXT,
        text_sha256="0" * 64,
        outlet="Alder Evening Post",
        published="2024-03-06",
        url=url,
        language="en",
    )


def speakers() -> list[Speaker]:
    return [
        Speaker(SPEAKER_ID, "Mara Oyelaran", "chair", "Alder Dockers’ Union", ("M. Oyelaran",)),
        Speaker(HARBOUR_MASTER_ID, "Tomas Wendt", "harbour master", "Port Authority, Alder"),
    ]


def themes() -> list[Theme]:
    return [
        Theme(LABOUR, "Labour"),
        Theme(STRIKES, "Strikes", parent=LABOUR),
        Theme(ECONOMY, "Economy"),
        Theme(PRICES, "Prices, fuel", parent=ECONOMY),
    ]


def annotations() -> dict[str, Annotation]:
    """Named annotations of every kind the exporters must handle."""
    stamp = {"created": "2024-03-07T09:15:02.120Z", "modified": "2024-03-07T10:01:44.009Z"}
    return {
        "quote": Annotation(
            id="5d0f2a9c-1b7e-4f3d-9c6a-0e4b8d2f7a15",
            article=ARTICLE_ID,
            kind="quote",
            speaker=SPEAKER_ID,
            themes=(STRIKES, LABOUR),
            note='Strong framing: "not a single ship", repeated by two outlets.',
            quote_type="direct",
            coder="Zoë Ng",
            **anchor(
                TEXT, "We will not load a single ship until the night-shift cuts are withdrawn"
            ),
            **stamp,
        ),
        "indirect": Annotation(
            id="a9e1c3d7-4b2f-4e8a-b6d0-3c5f7e9a1b24",
            article=ARTICLE_ID,
            kind="quote",
            speaker=HARBOUR_MASTER_ID,
            themes=(LABOUR,),
            quote_type="indirect",
            coder="jd",
            **anchor(TEXT, "the port authority was “ready to talk"),
            **stamp,
        ),
        "speaker": Annotation(
            id="e2b4d6f8-0a1c-4e3b-8d5f-7a9c1e3b5d60",
            article=ARTICLE_ID,
            kind="speaker",
            speaker=SPEAKER_ID,
            coder="jd",
            **anchor(TEXT, "Mara Oyelaran"),
            **stamp,
        ),
        "passage": Annotation(
            id="c4e6a8b0-2d4f-4a6c-8e0a-1b3d5f7a9c82",
            article=ARTICLE_ID,
            kind="passage",
            themes=(PRICES, ECONOMY),
            coder="jd",
            **anchor(TEXT, "fuel prices would rise by 12%"),
            **stamp,
        ),
        "bare_passage": Annotation(
            id="f1a3c5e7-9b2d-4f6a-8c0e-2d4f6a8c0e13",
            article=ARTICLE_ID,
            kind="passage",
            **anchor(TEXT, "Dock workers in Port Alder kept the cranes idle"),
        ),
        "cjk": Annotation(
            id="b7d9f1a3-5c7e-4a9b-8d1f-3e5a7c9b1d35",
            article=ARTICLE_ID,
            kind="quote",
            quote_type="direct",
            themes=(ECONOMY,),
            note="Japanese source; emoji reactions follow 😬📉",
            coder="佐藤",
            **anchor(TEXT, "影響は限定的だ"),
            **stamp,
        ),
        "emoji": Annotation(
            id="d8f0b2c4-6e8a-4c0d-9f2b-4a6c8e0b2d46",
            article=ARTICLE_ID,
            kind="passage",
            themes=(ECONOMY,),
            note="-- reactions, not sources",
            coder="jd",
            **anchor(TEXT, "Traders reacted with 😬 and 📉"),
            **stamp,
        ),
        "split": Annotation(
            id="3f5a7c9e-1b3d-4f5a-9c7e-1a3c5e7a9c68",
            article=ARTICLE_ID,
            kind="quote",
            speaker=HARBOUR_MASTER_ID,
            themes=(LABOUR,),
            quote_type="direct",
            coder="jd",
            **split(TEXT, "“ready to talk,", "and not in the press.”"),
            **stamp,
        ),
        "orphaned": Annotation(
            id="9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c57",
            article=ARTICLE_ID,
            kind="quote",
            speaker=SPEAKER_ID,
            quote_type="direct",
            start=0,
            end=0,
            exact="Nobody asked the crane operators",
            prefix="the strike, ",
            suffix=", she added.",
            status="orphaned",
            coder="jd",
            **stamp,
        ),
    }


def bundle(url: str | None = "https://news.example.org/port-alder/strike-day-3") -> Bundle:
    return Bundle(
        articles=[article(url)],
        speakers=speakers(),
        themes=themes(),
        annotations=list(annotations().values()),
    )


def test_samples_anchor_on_the_article_text_in_code_points() -> None:
    for name, a in annotations().items():
        if a.status == "anchored":
            assert TEXT[a.start : a.end] == a.exact, name
            assert all(TEXT[s.start : s.end] == s.exact for s in a.segments), name
            assert TEXT[: a.start].endswith(a.prefix), name
            assert TEXT[a.end :].startswith(a.suffix), name
    emoji = annotations()["emoji"]
    # The samples only test offsets if code points and UTF-16 units differ over them.
    assert len(TEXT[: emoji.end].encode("utf-16-le")) // 2 > emoji.end


def test_samples_cover_every_kind_and_status() -> None:
    found = {(a.kind, a.status) for a in annotations().values()}
    assert {("quote", "anchored"), ("speaker", "anchored"), ("passage", "anchored")} <= found
    assert ("quote", "orphaned") in found
