"""JSON export of 100,000 annotations: time and peak memory (median of runs).

Run: .venv/bin/python bench/export_json.py [--annotations 100000]
Peak memory is the process's peak resident set size growth during the export,
measured in a fresh child process per run.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotary.domain.anchoring import make_anchor
from annotary.domain.models import Annotation, new_id, now_iso
from annotary.formats.document import ImportedDocument
from annotary.services import codebook, importing, speakers
from annotary.services.project import open_project
from annotary.storage import annotations as annotation_store
from synthetic import article_text


def build(path: Path, total: int) -> None:
    rng = random.Random(3)
    project = open_project(path, coder="bench")
    themes = [codebook.create(project, f"Theme {i}").value.id for i in range(20)]
    people = [speakers.create(project, f"Speaker {i}").value.id for i in range(50)]
    per_article = 200
    stamp = now_iso()
    with project.store.write():
        for i in range(total // per_article):
            text = article_text(rng, chinese=i % 4 == 0, paragraphs=30)
            doc = ImportedDocument(
                title=f"Article {i}", text=text, source=b"", source_format="pasted"
            )
            article = importing.store_document(project, doc).value
            assert not isinstance(article, str)
            for _ in range(per_article):
                start = rng.randrange(0, len(text) - 80)
                anchor = make_anchor(text, start, start + rng.randint(10, 80))
                annotation_store.insert(
                    project.store,
                    Annotation(
                        id=new_id(),
                        article=article.id,
                        kind=rng.choice(("quote", "passage")),
                        start=anchor.start,
                        end=anchor.end,
                        exact=anchor.exact,
                        prefix=anchor.prefix,
                        suffix=anchor.suffix,
                        speaker=rng.choice(people),
                        themes=tuple(rng.sample(themes, 2)),
                        note="a note",
                        coder="bench",
                        created=stamp,
                        modified=stamp,
                    ),
                )
    project.close()


def _high_water_mb() -> float:
    """Peak resident memory of this process (VmHWM; unlike ru_maxrss, not inherited
    from the parent across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(path: str, out: str) -> None:
    from annotary.services.exporting import export_json

    project = open_project(path, coder="bench", backup_on_open=False)
    before = _high_water_mb()
    t0 = time.perf_counter()
    with open(out, "w", encoding="utf-8") as fh:
        counts = export_json(project, fh)
    elapsed = time.perf_counter() - t0
    peak = _high_water_mb()
    print(f"{elapsed:.3f} {peak - before:.1f} {peak:.1f} {counts['annotations']}")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.annotary"
        t0 = time.perf_counter()
        build(path, args.annotations)
        print(f"built {args.annotations} annotations in {time.perf_counter() - t0:.1f} s")
        times, growth, peaks = [], [], []
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path), str(Path(tmp) / "out.json")],
                capture_output=True,
                text=True,
                check=True,
                env=os.environ,
            ).stdout.split()
            times.append(float(out[0]))
            growth.append(float(out[1]))
            peaks.append(float(out[2]))
            n = int(out[3])
        size = (Path(tmp) / "out.json").stat().st_size / 1e6
        print(f"exported {n} annotations ({size:.0f} MB of JSON)")
        print(
            f"time: median {statistics.median(times):.2f} s "
            f"(runs: {', '.join(f'{t:.2f}' for t in times)})"
        )
        print(
            f"memory: median growth {statistics.median(growth):.0f} MB during export, "
            f"median peak RSS {statistics.median(peaks):.0f} MB (whole process)"
        )


if __name__ == "__main__":
    main()
