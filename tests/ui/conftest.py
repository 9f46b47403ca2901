"""Qt test configuration for the reader tests: offscreen platform, pytest-qt's qtbot."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
if str(_DESKTOP) not in sys.path:
    sys.path.insert(0, str(_DESKTOP))


@pytest.fixture
def reader(qtbot):  # type: ignore[no-untyped-def]
    """A shown ReaderView, 900x700, light theme."""
    from annotary.ui.reader.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def make_article():  # type: ignore[no-untyped-def]
    """Builds an Article from a canonical text (and optional metadata)."""
    import hashlib

    from annotary.domain.models import Article

    def make(text: str, title: str = "A test article", language: str | None = "en", **kw):  # type: ignore[no-untyped-def]
        return Article(
            id="a1",
            title=title,
            text=text,
            text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            outlet=kw.get("outlet", "Northline Wire"),
            author=kw.get("author", "Petra Lindqvist"),
            published=kw.get("published", "2024-03-14"),
            language=language,
        )

    return make
