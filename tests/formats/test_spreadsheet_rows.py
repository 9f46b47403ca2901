"""Which rows a quote or passage sheet holds, and what each cell says."""

from __future__ import annotations

from test_w3c_samples import annotations, bundle, themes

from annotary.domain.models import Bundle, Theme
from annotary.formats.spreadsheet import (
    PASSAGE_COLUMNS,
    QUOTE_COLUMNS,
    passage_rows,
    quote_rows,
    theme_path,
)

TITLE = "Harbour strike enters its third day"


def test_quote_rows_are_the_quotes_with_speaker_and_article_details() -> None:
    rows = list(quote_rows(bundle()))
    quotes = [a for a in annotations().values() if a.kind == "quote"]
    assert [r["quote"] for r in rows] == [" … ".join(s.exact for s in a.segments) for a in quotes]
    assert "Tomas Wendt said" not in rows[3]["quote"]  # the attribution between two parts
    assert all(tuple(r) == QUOTE_COLUMNS for r in rows)
    first = rows[0]
    assert first == {
        "article": TITLE,
        "outlet": "Alder Evening Post",
        "date": "2024-03-06",
        "speaker": "Mara Oyelaran",
        "role": "chair",
        "affiliation": "Alder Dockers’ Union",
        "quote": "We will not load a single ship until the night-shift cuts are withdrawn",
        "quote_type": "direct",
        "themes": "Strikes; Labour",
        "note": 'Strong framing: "not a single ship", repeated by two outlets.',
        "coder": "Zoë Ng",
    }
    cjk = next(r for r in rows if r["quote"] == "影響は限定的だ")
    assert (cjk["speaker"], cjk["role"], cjk["coder"]) == ("", "", "佐藤")


def test_passage_rows_repeat_a_passage_once_per_theme_with_its_path() -> None:
    rows = list(passage_rows(bundle()))
    assert all(tuple(r) == PASSAGE_COLUMNS for r in rows)
    fuel = [r for r in rows if r["text"] == "fuel prices would rise by 12%"]
    assert [r["theme_path"] for r in fuel] == ["Economy > Prices, fuel", "Economy"]
    bare = [r for r in rows if r["text"].startswith("Dock workers")]
    assert [(r["theme_path"], r["note"], r["coder"]) for r in bare] == [("", "", "")]
    assert all(r["article"] == TITLE for r in rows)
    assert not any(r["text"] == "Mara Oyelaran" for r in rows)  # speaker marks are not passages


def test_theme_path_walks_up_the_codebook_and_survives_bad_data() -> None:
    tree = {t.id: t for t in themes()}
    tree["t-diesel"] = Theme("t-diesel", "Diesel", parent="t-prices")
    assert theme_path("t-diesel", tree) == "Economy > Prices, fuel > Diesel"
    assert theme_path("t-gone", tree) == "t-gone"
    loop = {"a": Theme("a", "A", parent="b"), "b": Theme("b", "B", parent="a")}
    assert theme_path("a", loop) == "B > A"


def test_rows_of_an_annotation_whose_records_are_missing_fall_back_to_ids() -> None:
    b = Bundle(annotations=[annotations()["quote"]])
    (row,) = quote_rows(b)
    assert row["article"] == annotations()["quote"].article
    assert row["speaker"] == annotations()["quote"].speaker
    assert row["themes"] == "t-strikes; t-labour"
