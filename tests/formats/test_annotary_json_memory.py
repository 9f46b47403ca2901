"""A large project exports in constant memory and the file reads back."""

from __future__ import annotations

import hashlib
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from annotary.domain.models import Annotation, Article, Bundle
from annotary.formats.annotary_json import read_json, write_json

COUNT = 100_000
PARAGRAPH = (
    "Die Landrätin kündigte am Montag an, das Krankenhaus in Westerholt bleibe geöffnet. "
    "„Wir lassen die Menschen hier nicht allein“, sagte sie vor dem Kreistag. "
    "Der Verband der Kassen sprach von einer teuren Entscheidung; 市民 🏥 begrüßten sie.\n\n"
)
TEXT = PARAGRAPH * 40
ARTICLE = Article(
    id="9a9a9a9a-0b0b-4c1c-8d2d-3e3e3e3e3e3e",
    title="Krankenhaus bleibt offen",
    text=TEXT,
    text_sha256=hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
    outlet="Westerholter Zeitung",
    language="de",
)


def synthetic_annotations(count: int) -> Iterator[Annotation]:
    """Annotations made on the fly, none kept: only the writer could hold them."""
    for n in range(count):
        start = (n * 37) % (len(TEXT) - 60)
        end = start + 20 + n % 40
        yield Annotation(
            id=f"00000000-0000-4000-8000-{n:012d}",
            article=ARTICLE.id,
            kind=("quote", "speaker", "passage")[n % 3],
            start=start,
            end=end,
            exact=TEXT[start:end],
            prefix=TEXT[max(0, start - 32) : start],
            suffix=TEXT[end : end + 32],
            note=None if n % 5 else f"Notiz {n}",
            quote_type="direct" if n % 3 == 0 else None,
            coder="lk",
            created="2024-04-08T07:00:00.000Z",
            modified="2024-04-08T07:00:00.000Z",
        )


def test_writing_100000_annotations_from_a_generator_keeps_memory_flat(tmp_path: Path) -> None:
    path = tmp_path / "large.json"
    bundle = Bundle(articles=iter([ARTICLE]), annotations=synthetic_annotations(COUNT))
    tracemalloc.start()
    try:
        with path.open("w", encoding="utf-8") as fp:
            counts = write_json(bundle, fp, exported_at="2024-04-08T08:00:00Z")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = path.stat().st_size
    assert counts["annotations"] == COUNT
    assert size > 30 * 2**20  # the file itself is large ...
    assert peak < 10 * 2**20, f"peak {peak / 2**20:.1f} MiB for a {size / 2**20:.0f} MiB file"

    with path.open("rb") as fp:
        back = read_json(fp)
    annotations = list(back.annotations)
    assert len(annotations) == COUNT
    assert annotations[0] == next(synthetic_annotations(1))
    assert annotations[-1].id == f"00000000-0000-4000-8000-{COUNT - 1:012d}"
    assert list(back.articles) == [ARTICLE]
