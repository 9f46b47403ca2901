"""Import of 1,000 article files (Markdown, text and HTML): median time per run;
with --exports, news-database exports and a long PDF: time and peak memory.

Run: .venv/bin/python bench/import_articles.py [--files 1000]
     .venv/bin/python bench/import_articles.py --exports [--runs 3]

--exports measures, each in a fresh process (so that peak memory is its own):
  nexis    a 1,000-document Nexis text export
  factiva  a 1,000-document Factiva RTF export
  pdf      a 300-page PDF
  corpus   10,000 articles from 20 export files (10 Nexis text, 10 Factiva RTF)
Targets (2 cores): corpus <= 60 s, peak memory <= 300 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
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


SCENARIOS = ("nexis", "factiva", "pdf", "corpus")


def write_scenario(name: str, folder: Path) -> int:
    """Write the files of a scenario; the number of articles they hold."""
    from import_exports import factiva_rtf, long_pdf, nexis_text

    if name == "nexis":
        nexis_text(folder / "nexis.txt", 1000)
        return 1000
    if name == "factiva":
        factiva_rtf(folder / "factiva.rtf", 1000)
        return 1000
    if name == "pdf":
        long_pdf(folder / "long.pdf", 300)
        return 1
    for i in range(10):
        nexis_text(folder / f"nexis-{i:02d}.txt", 500, seed=100 + i)
        factiva_rtf(folder / f"factiva-{i:02d}.rtf", 500, seed=200 + i)
    return 10_000


def run_scenario(name: str) -> None:
    """One measurement in this process: prints seconds, articles and peak MB."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        expected = write_scenario(name, folder)
        project = open_project(Path(tmp) / "p.annotary", coder="bench")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        report = import_files(project, [folder]).value
        seconds = time.perf_counter() - t0
        project.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert len(report.imported) == expected, report.summary()
        print(f"{seconds:.3f} {len(report.imported)} {peak:.0f} {before / 1024:.0f}")


def exports(runs: int) -> None:
    for name in SCENARIOS:
        times, peaks = [], []
        count = 0
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, __file__, "--scenario", name],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            times.append(float(out[0]))
            count = int(out[1])
            peaks.append(float(out[2]))
        med = statistics.median(times)
        print(
            f"{name:8s} {count:6d} articles: median {med:.1f} s "
            f"({med / count * 1000:.2f} ms per article; runs "
            f"{', '.join(f'{t:.1f}' for t in times)}), peak memory {max(peaks):.0f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--exports", action="store_true", help="news exports and a long PDF")
    parser.add_argument("--scenario", choices=SCENARIOS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scenario:
        run_scenario(args.scenario)
        return
    if args.exports:
        exports(args.runs)
        return
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
