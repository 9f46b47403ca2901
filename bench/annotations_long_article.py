"""Many annotations on a long article: accepting suggestions and replacing the text.

A 2 MB article (about 4,000 paragraphs); the services a user's action calls, end to
end, each in its one transaction:

* accept N suggestions at once (``Accept all``: one annotation each);
* undo the acceptance;
* (accepted again) replace the article's text by a slightly edited version (every
  annotation is re-anchored and keeps its stored paragraph right).

    PYTHONPATH=desktop .venv/bin/python bench/annotations_long_article.py [--count N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from window_fixture import big_text

RUNS = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="suggestions accepted")
    args = parser.parse_args()
    from annotary.formats.readers import read_pasted
    from annotary.services import articles, history, importing, suggesting
    from annotary.services.project import open_project
    from annotary.suggest.model import QuoteSuggestion

    text = big_text(2_000_000)
    timings: dict[str, list[float]] = {"accept": [], "undo accept": [], "replace text": []}
    for run in range(RUNS):
        folder = Path(tempfile.mkdtemp(prefix="annotary-long-"))
        project = open_project(folder / "long.annotary", coder="bench", backup_on_open=False)
        stored = importing.store_document(project, read_pasted(text, "Long article")).value
        article = stored if isinstance(stored, str) else stored.id
        step = len(text) // (args.count + 1)
        wanted = []
        for i in range(args.count):
            start = text.find(" ", i * step) + 1
            wanted.append(
                QuoteSuggestion(
                    start=start,
                    end=start + 40,
                    exact=text[start : start + 40],
                    quote_type="direct",
                    cue=None,
                    speaker=None,
                    speaker_mention=None,
                    speaker_role=None,
                    speaker_id=None,
                    confidence=0.9,
                    rule="bench",
                )
            )
        t0 = time.perf_counter()
        accepted = suggesting.accept(project, article, wanted)
        timings["accept"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        history.revert(project, accepted.undo)
        timings["undo accept"].append(time.perf_counter() - t0)
        suggesting.accept(project, article, wanted)
        edited = "A new first paragraph.\n\n" + text.replace("the", "teh", 50)
        t0 = time.perf_counter()
        articles.replace_text(project, article, edited)
        timings["replace text"].append(time.perf_counter() - t0)
        project.close()
        print(f"run {run + 1} done", file=sys.stderr)
    print(f"2 MB article, {args.count:,} suggestions accepted; median of {RUNS} runs")
    for name, values in timings.items():
        print(f"  {name:<14} {statistics.median(values):7.2f} s")


if __name__ == "__main__":
    main()
