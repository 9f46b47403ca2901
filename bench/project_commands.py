"""A short command on a large project costs no more than on an empty one.

Builds a ~40 MB project of synthetic articles and an almost empty one, then times the
real command ``python -m annotary --project P annotate ARTICLE --kind passage --text W``
as whole processes: on the large project with a periodic backup due (changed since
the newest backup, which is old) and not due, and on the small project. Prints the
medians and the difference to the small project (target: at most 0.3 s).

    PYTHONPATH=desktop .venv/bin/python bench/project_commands.py [--runs 7] [--mb 40]
        [--code OTHER/desktop]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotary.formats.document import ImportedDocument
from annotary.services import backups as backup_service
from annotary.services.importing import store_document
from annotary.services.project import open_project
from annotary.storage import backups
from synthetic import OUTLETS, article_text

TARGET_S = 0.3


def build(path: Path, megabytes: float) -> str:
    """A project of synthetic articles of about ``megabytes``; returns an article id."""
    rng = random.Random(11)
    project = open_project(path, coder="bench")
    first = ""
    i = 0
    while i == 0 or path.stat().st_size + _wal_size(path) < megabytes * 1_000_000:
        with project.store.write():
            for _ in range(100 if megabytes > 1 else 1):
                text = article_text(rng, chinese=i % 4 == 3, paragraphs=12)
                doc = ImportedDocument(
                    title=f"Article {i}",
                    text=text,
                    source=text.encode("utf-8"),
                    source_format="pasted",
                    outlet=OUTLETS[i % len(OUTLETS)],
                )
                article = store_document(project, doc).value
                first = first or str(getattr(article, "id", ""))
                i += 1
        project.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if megabytes <= 1:
            break
    project.close()
    return first


def _wal_size(path: Path) -> int:
    try:
        return os.stat(str(path) + "-wal").st_size
    except OSError:
        return 0


def _words(path: Path, article_id: str) -> list[str]:
    project = open_project(path)
    row = project.store.query("SELECT text FROM articles WHERE id = ?", (article_id,))[0]
    project.close()
    seen: dict[str, None] = {}
    for word in re.findall(r"[a-z]{5,}", row["text"]):
        seen.setdefault(word, None)
    return list(seen)


def time_annotate(path: Path, article_id: str, word: str, env: dict[str, str]) -> float:
    command = [sys.executable, "-m", "annotary", "--project", str(path), "annotate", article_id]
    start = time.perf_counter()
    done = subprocess.run(
        [*command, "--kind", "passage", "--text", word],
        capture_output=True,
        text=True,
        env=env,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"annotate failed: {done.stderr.strip()}")
    return elapsed


def _age_backups(path: Path) -> None:
    """Make every backup look two hours old, so a periodic one is due once changed."""
    old = time.time() - 7200
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(old))
    for item in backups.list_backups(path):
        renamed = re.sub(r"-\d{8}-\d{6}(-\d+)?-r", f"-{stamp}\\1-r", item.name, count=1)
        item.path.rename(item.path.with_name(renamed))


def prepare(path: Path, due: bool | None) -> None:
    """Before a timed run: a recent backup of the current state (not due), or a backup two
    hours old and a change since (due); None: no backups at all."""
    if due is None:
        return
    backup_service.backup_now(path)
    if due:
        _age_backups(path)
        project = open_project(path, coder="bench")
        with project.store.write():
            project.store.set_meta("bench-change", str(time.time_ns()))
        project.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--mb", type=float, default=40.0)
    parser.add_argument(
        "--code", type=Path, help="time the command from this desktop/ folder (e.g. an older one)"
    )
    args = parser.parse_args()
    env = dict(os.environ)
    if args.code:
        env["PYTHONPATH"] = str(args.code.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.annotary", Path(tmp) / "small.annotary"
        t0 = time.perf_counter()
        big_id = build(big, args.mb)
        small_id = build(small, 0)
        print(
            f"built {big.stat().st_size / 1e6:.1f} MB and {small.stat().st_size / 1e6:.2f} MB "
            f"projects in {time.perf_counter() - t0:.0f} s"
        )
        big_words, small_words = _words(big, big_id), _words(small, small_id)
        time_annotate(small, small_id, small_words[-1], env)  # warm the caches once
        variants = {
            "empty project": (small, small_id, small_words, None),
            f"{args.mb:.0f} MB, backup not due": (big, big_id, big_words, False),
            f"{args.mb:.0f} MB, backup due": (big, big_id, big_words[args.runs :], True),
        }
        results: dict[str, list[float]] = {name: [] for name in variants}
        for n in range(args.runs):  # interleaved, so that load from elsewhere hits all alike
            for name, (path, article_id, words, due) in variants.items():
                prepare(path, due)
                results[name].append(time_annotate(path, article_id, words[n], env))
        copies = [b for b in backups.list_backups(big) if b.reason != "manual"]
    base = statistics.median(results["empty project"])
    print(f"annotate, whole process, median of {args.runs} runs:")
    worst = 0.0
    for name, times in results.items():
        med = statistics.median(times)
        worst = max(worst, med - base)
        print(f"  {name:<26} {med:6.3f} s   (+{med - base:.3f} s)")
    print(f"backups taken by the command: {len(copies)}")
    verdict = "ok" if worst <= TARGET_S else "OVER TARGET"
    print(f"largest difference {worst:.3f} s, target <= {TARGET_S} s: {verdict}")


if __name__ == "__main__":
    main()
