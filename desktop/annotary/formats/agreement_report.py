"""The agreement table as a CSV file or a self-contained HTML page.

Numbers: ``percent`` is a percentage (0-100, two decimals), ``kappa`` and
``alpha`` have four decimals; an undefined value is an empty CSV cell and
"n/a" in HTML.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from typing import IO, cast

from annotary.domain.agreement import AgreementRow

CSV_HEADER = ("label", "coders", "units", "percent", "kappa", "alpha")
CODER_SEPARATOR = "; "
# Cells starting with these are run as formulas by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Krippendorff's guidance: rely on alpha >= .800, draw tentative conclusions
# from .667 to .800, discard data below .667.
RELIABLE = 0.800
TENTATIVE = 0.667


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.2f}"


def _coefficient(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _text_cell(text: str) -> str:
    """Text a spreadsheet will show as text, never run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_rows(rows: Sequence[AgreementRow]) -> list[list[str]]:
    """The header and one list of cells per row, as :func:`write_csv` writes them."""
    table = [list(CSV_HEADER)]
    for row in rows:
        table.append(
            [
                _text_cell(row.label),
                _text_cell(CODER_SEPARATOR.join(row.coders)),
                str(row.units),
                _percent(row.percent),
                _coefficient(row.kappa),
                _coefficient(row.alpha),
            ]
        )
    return table


def write_csv(rows: Sequence[AgreementRow], fp: IO[str] | IO[bytes]) -> None:
    """Write ``rows`` as CSV, UTF-8 with a byte order mark, to a text or binary file.

    A text file should be opened with ``newline=""`` and UTF-8 (not
    ``utf-8-sig``: the mark is written here).
    """
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(csv_rows(rows))
    text = "\ufeff" + buffer.getvalue()
    if isinstance(fp, io.TextIOBase):
        cast(IO[str], fp).write(text)
    else:
        cast(IO[bytes], fp).write(text.encode("utf-8"))


def _grade(alpha: float | None) -> str:
    if alpha is None:
        return "undefined"
    if alpha >= RELIABLE:
        return "reliable"
    if alpha >= TENTATIVE:
        return "tentative"
    return "unreliable"


def _html_number(text: str) -> str:
    return text if text else '<span class="na" title="undefined for these data">n/a</span>'


_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem;
       color: #1d1d1f; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 1rem; }
table { border-collapse: collapse; min-width: 40rem; }
caption { text-align: left; padding: 0 0 .5rem; color: #555; }
th, td { padding: .4rem .8rem; border-bottom: 1px solid #ddd; }
th { text-align: left; background: #f4f4f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.reliable td.alpha { background: #e3f4e1; }
tr.tentative td.alpha { background: #fdf3d7; }
tr.unreliable td.alpha { background: #fbe1e0; }
.na { color: #888; }
.legend { margin-top: 1rem; color: #555; font-size: .9rem; }
"""


def render_html(rows: Sequence[AgreementRow], title: str) -> str:
    """A complete HTML page with the agreement table; no remote resources, text escaped."""
    esc = html.escape
    body = []
    for row in rows:
        body.append(
            f'<tr class="{_grade(row.alpha)}">'
            f"<td>{esc(row.label)}</td>"
            f"<td>{esc(', '.join(row.coders))}</td>"
            f'<td class="num">{row.units:,}</td>'
            f'<td class="num">{_html_number(_percent(row.percent))}</td>'
            f'<td class="num">{_html_number(_coefficient(row.kappa))}</td>'
            f'<td class="num alpha">{_html_number(_coefficient(row.alpha))}</td>'
            "</tr>"
        )
    rows_html = "\n".join(body) or '<tr><td colspan="6">No categories compared.</td></tr>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{esc(title)}</h1>
<table>
<caption>Inter-coder agreement. Units are characters for spans and matched quotes
for speaker attribution.</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Coders</th>
<th scope="col" class="num">Units</th><th scope="col" class="num">Agreement %</th>
<th scope="col" class="num">Cohen's &kappa;</th>
<th scope="col" class="num">Krippendorff's &alpha;</th></tr></thead>
<tbody>
{rows_html}
</tbody>
</table>
<p class="legend">&alpha; &ge; {RELIABLE:.3f}: reliable; {TENTATIVE:.3f} to {RELIABLE:.3f}:
tentative conclusions only; below {TENTATIVE:.3f}: unreliable. With more than two coders
&kappa; is the mean of the pairwise Cohen's kappas. n/a: undefined for these data
(for example, no variation).</p>
</body>
</html>
"""
