"""A schema-3 project gains article notes, the memo and the corpus indexes at schema 4,
and the corpus questions work on its old records."""

from __future__ import annotations

import shutil
from pathlib import Path

from annotary.domain.analysis import AnnotationQuery
from annotary.services import analysis, notes
from annotary.services.project import open_project

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_schema_3_project_gets_notes_memo_and_indexes(tmp_path: Path) -> None:
    path = tmp_path / "old.annotary"
    shutil.copy(FIXTURES / "schema-v3.annotary", path)
    project = open_project(path)
    indexes = {
        r[0] for r in project.store.query("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {"annotations_facets", "articles_facets"} <= indexes
    (quote,) = analysis.rows(project, AnnotationQuery(kind="quote", speaker="li"))
    assert quote.text == "We are ready,"
    assert analysis.counts(project, "themes", "outlet").total == 1
    notes.set_article_note(project, quote.article_id, "from the old project")
    notes.set_memo(project, "memo")
    project.close()
    again = open_project(path)
    assert notes.article_note(again, quote.article_id) == "from the old project"
    assert notes.memo(again) == "memo"
    again.close()
