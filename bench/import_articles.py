"""Import of 1,000 article files (Markdown, text and HTML): median time per run.

Run: .venv/bin/python bench/import_articles.py [--files 1000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotary.services.importing import import_files
from annotary.services.project import open_project
from synthetic import OUTLETS, article_text


def write_files(folder: Path, n: int) -> None:
    rng = random.Random(5)
    for i in range(n):
        chinese = i % 4 == 0
        text = article_text(rng, chinese, paragraphs=10)
        kind = i % 3
        if kind == 0:
            (folder / f"a{i:04d}.md").write_text(
                f"---\ntitle: Article {i}\noutlet: {OUTLETS[i % 5]}\n"
                f"date: 2026-03-{1 + i % 28:02d}\n---\n\n" + text,
                encoding="utf-8",
            )
        elif kind == 1:
            (folder / f"a{i:04d}.txt").write_text(f"Article {i}\n\n{text}", encoding="utf-8")
        else:
            body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            (folder / f"a{i:04d}.html").write_text(
                f"<html><head><title>Article {i}</title><meta property='og:site_name' "
                f"content='{OUTLETS[i % 5]}'></head><body><article><h1>Article {i}</h1>{body}"
                "</article></body></html>",
                encoding="utf-8",
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        write_files(folder, args.files)
        times = []
        for run in range(args.runs):
            project = open_project(Path(tmp) / f"p{run}.annotary", coder="bench")
            t0 = time.perf_counter()
            report = import_files(project, [folder]).value
            times.append(time.perf_counter() - t0)
            assert len(report.imported) == args.files, report.summary()
            project.close()
        med = statistics.median(times)
        print(
            f"imported {args.files} files: median {med:.1f} s "
            f"({med / args.files * 1000:.1f} ms per file; "
            f"runs {', '.join(f'{t:.1f}' for t in times)})"
        )


if __name__ == "__main__":
    main()
