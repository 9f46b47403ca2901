"""A table for the clipboard: tab-separated text and an HTML table, so a spreadsheet or
a word processor pastes rows and columns, and a plain editor pastes readable lines."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication


def tab_separated(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """One line per row; a tab or line break inside a cell becomes a space."""
    lines = ["\t".join(_flat(c) for c in headers)]
    lines += ["\t".join(_flat(c) for c in row) for row in rows]
    return "\n".join(lines) + "\n"


def html_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        '<html><head><meta charset="utf-8"></head><body>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


def table_mime(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QMimeData:
    mime = QMimeData()
    mime.setText(tab_separated(headers, rows))
    mime.setHtml(html_table(headers, rows))
    return mime


def copy_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    QGuiApplication.clipboard().setMimeData(table_mime(headers, rows))


def _flat(cell: str) -> str:
    return " ".join(cell.replace("\t", " ").splitlines())
