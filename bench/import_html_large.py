"""Time to read (import) large saved web pages: generated 0.5, 1, 2 and 5 MB pages.

The pages look like real news pages: a head full of meta tags, inline scripts
and styles, navigation, many article paragraphs with links and emphasis inside
deeply nested divs with long attribute lists, tables, asides and comments.

Run: .venv/bin/python bench/import_html_large.py [--sizes 0.5 1 2 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotary.formats.html_reader import read_html
from synthetic import english_paragraph

_ATTRS = (
    'class="c-article__body-text js-track-scroll u-spacing--lg" data-component="paragraph" '
    'data-analytics-id="{n}" data-track-label="body:{n}" aria-describedby="note-{n}" '
    'style="margin:0 0 1em 0;line-height:1.6" id="p-{n}"'
)


def _paragraph(rng: random.Random, n: int) -> str:
    words = english_paragraph(rng).split(" ")
    for i in rng.sample(range(len(words)), k=min(3, len(words))):
        words[i] = f'<a href="https://example.org/topic/{n}-{i}" rel="noopener">{words[i]}</a>'
    words[0] = f"<strong>{words[0]}</strong>"
    return f"<p {_ATTRS.format(n=n)}>{' '.join(words)}</p>"


def _nested(inner: str, depth: int, n: int) -> str:
    opening = "".join(
        f'<div class="wrap-{d} layout grid-col-{d % 12}" data-n="{n}">' for d in range(depth)
    )
    return opening + inner + "</div>" * depth


def _table(rng: random.Random, n: int) -> str:
    rows = "".join(
        "<tr>"
        + "".join(f"<td class='num cell-{c}'>{rng.randint(1, 9999)}</td>" for c in range(6))
        + "</tr>"
        for _ in range(12)
    )
    return f"<table class='data-table' id='t{n}'><caption>Figures {n}</caption>{rows}</table>"


def _script(n: int) -> str:
    body = ";".join(f"window.__d{n}_{i}={{a:{i},b:'<div>{i}</div>'}}" for i in range(40))
    return f"<script type='text/javascript'>{body}</script>"


def news_page(megabytes: float, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Port to reopen after repairs | Harbour Daily</title>"
        "<meta property='og:title' content='Port to reopen after repairs'>"
        "<meta name='author' content='Jane Reporter'>"
        "<meta property='article:published_time' content='2026-03-02T10:00:00Z'>"
        + "".join(f"<meta name='x-{i}' content='{'v' * 40}'>" for i in range(50))
        + "<style>"
        + "".join(f".c{i}{{color:#{i:06x}}}" for i in range(500))
        + "</style>"
        + _script(0)
        + "</head><body>"
        + "<nav>"
        + "".join(f"<a href='/s/{i}'>Section {i}</a>" for i in range(80))
        + "</nav>"
        + "<main><article><h1>Port to reopen after repairs</h1>"
    )
    parts = [head]
    size = len(head)
    n = 0
    while size < megabytes * 1_000_000:
        n += 1
        if n % 25 == 0:
            chunk = _table(rng, n) + _script(n) + "<!-- ad slot " + "x" * 200 + " -->"
        elif n % 10 == 0:
            chunk = _nested(_paragraph(rng, n), 30, n)
        elif n % 7 == 0:
            chunk = f"<aside><ul><li><a href='/r/{n}'>Related {n}</a></li></ul></aside>"
        else:
            chunk = _nested(_paragraph(rng, n), 3, n)
        parts.append(chunk)
        size += len(chunk)
    parts.append("</article></main><footer>© Harbour Daily</footer></body></html>")
    return "".join(parts).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=float, nargs="*", default=[0.5, 1, 2, 5])
    args = parser.parse_args()
    print(f"{'page MB':>8}{'seconds':>10}{'text chars':>12}")
    for mb in args.sizes:
        page = news_page(mb)
        t0 = time.perf_counter()
        doc = read_html(page, file_name="page.html")
        elapsed = time.perf_counter() - t0
        print(f"{len(page) / 1e6:>8.2f}{elapsed:>10.2f}{len(doc.text):>12}")


if __name__ == "__main__":
    main()
