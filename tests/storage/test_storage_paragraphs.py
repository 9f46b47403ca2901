"""Each annotation's stored paragraph and the free-text index stay right on every write.

The paragraph is the number of blank lines ("\\n\\n") before the annotation's start,
counted here in Python from the article's text; the free-text index must find
exactly what a plain substring search of the annotations' texts and notes finds.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from duplicate_texts import WIRE, WIRE_EDITED

from annotary.domain.analysis import AnnotationQuery
from annotary.services import analysis, annotating, duplicates, history
from annotary.services import articles as article_service
from annotary.services.project import Project, open_project
from helpers import add_article, new_project

FIXTURES = Path(__file__).parent / "fixtures"

TEXT = (
    "The harbour council met on Monday.\n\n"
    "“We will open the ferry terminal in May,” the mayor said.\n\n"
    "Critics said the Deich plan was late.\n\n"
    "港口委员会周一开会。“渡轮码头五月开放，”市长说。"
)


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def check_paragraphs(project: Project) -> int:
    """Every annotation's stored paragraph against its article's text; how many."""
    rows = project.store.query(
        "SELECT an.paragraph, an.start_offset, a.text FROM annotations an "
        "JOIN articles a ON a.id = an.article_id"
    )
    for paragraph, start, text in rows:
        assert paragraph == text[:start].count("\n\n")
    return len(rows)


def test_the_paragraph_follows_creation_edits_segments_and_undo(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT)
    quote = annotating.create(project, article.id, "quote", *span(TEXT, "“We will")).value
    passage = annotating.create(project, article.id, "passage", *span(TEXT, "Critics")).value
    zh = annotating.create(project, article.id, "quote", *span(TEXT, "“渡轮")).value
    assert check_paragraphs(project) == 3
    stored = {r[0]: r[1] for r in project.store.query("SELECT id, paragraph FROM annotations")}
    assert (stored[quote.id], stored[passage.id], stored[zh.id]) == (1, 2, 3)

    moved = annotating.update(project, passage.id, start=0, end=len("The harbour"))
    check_paragraphs(project)
    history.revert(project, moved.undo)
    check_paragraphs(project)
    # a part added before the quote moves its start into the first paragraph
    annotating.add_segment(project, quote.id, *span(TEXT, "The harbour council"))
    assert annotating.get(project, quote.id).start == 0
    check_paragraphs(project)
    deleted = annotating.delete(project, [quote.id, zh.id])
    history.revert(project, deleted.undo)
    assert check_paragraphs(project) == 3
    project.close()


def test_the_paragraph_follows_a_new_text_and_a_merge(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT)
    annotating.create_segments(
        project, article.id, "quote", [span(TEXT, "“We will"), span(TEXT, "Critics said")]
    )
    annotating.create(project, article.id, "passage", *span(TEXT, "港口委员会"))
    edited = "BREAKING\n\nNEWS\n\n" + TEXT.replace("met on Monday.\n\n", "met.\n\nOn Monday.\n\n")
    report = article_service.replace_text(project, article.id, edited).value
    assert report.orphaned == 0
    assert check_paragraphs(project) == 2
    assert sorted(r[0] for r in project.store.query("SELECT paragraph FROM annotations")) == [4, 6]

    first = add_article(project, WIRE, "Council votes to close ferry terminal", outlet="Ledger")
    second = add_article(project, WIRE_EDITED, "Ferry terminal to close", outlet="Courier")
    for words in ("2,400 passengers each day", "furious"):
        annotating.create(project, second.id, "passage", *span(WIRE_EDITED, words))
    group = duplicates.group_of_article(project, first.id)
    assert group is not None
    merged = duplicates.merge(project, group.id, into=first.id)
    assert check_paragraphs(project) == 4
    history.revert(project, merged.undo)
    assert check_paragraphs(project) == 4
    project.close()


def test_a_schema_3_project_gets_its_paragraphs_and_text_index(tmp_path: Path) -> None:
    path = tmp_path / "old.annotary"
    shutil.copy(FIXTURES / "schema-v3.annotary", path)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
        sample = conn.execute("SELECT exact FROM annotations ORDER BY id LIMIT 1").fetchone()
    project = open_project(path, coder="amira")
    assert check_paragraphs(project) == before > 0
    words = sample[0][:12]
    found = analysis.count(project, AnnotationQuery(text=words))
    assert found >= 1
    assert found == len(_plain_search(project, words))
    project.close()


def _plain_search(project: Project, words: str) -> set[str]:
    """The annotations a substring search (ASCII case folded, like SQLite's LIKE) finds
    in the texts, notes, article titles and speaker names, computed in Python."""
    folded = words.lower() if words.isascii() else words
    out = set()
    for an_id, exact, note, title, name in project.store.query(
        "SELECT an.id, an.exact, an.note, a.title, s.name FROM annotations an "
        "JOIN articles a ON a.id = an.article_id LEFT JOIN speakers s ON s.id = an.speaker_id"
    ):
        fields = [exact, note or "", title, name or ""]
        if any(folded in (f.lower() if words.isascii() else f) for f in fields):
            out.add(an_id)
    return out


def test_free_text_finds_what_a_plain_search_finds_after_edits(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT, title="Harbour council")
    quote = annotating.create(project, article.id, "quote", *span(TEXT, "“We will")).value
    annotating.create(project, article.id, "passage", *span(TEXT, "Critics said the Deich"))
    zh = annotating.create(project, article.id, "quote", *span(TEXT, "“渡轮码头")).value
    annotating.update(project, quote.id, note="Check the TERMINAL date 100% — ask her")
    annotating.update(project, zh.id, note="码头 note")
    removed = annotating.delete(project, [quote.id])
    history.revert(project, removed.undo)
    for words in (
        "ferry", "FERRY TERMINAL", "terminal date 100%", "deich", "渡轮码", "码头", "渡",
        "harbour council", "no such words", "100%", "_x_", 'say "hi"',
    ):  # fmt: skip
        found = {r.id for r in analysis.rows(project, AnnotationQuery(text=words))}
        assert found == _plain_search(project, words), words
        assert analysis.count(project, AnnotationQuery(text=words)) == len(found)
    annotating.update(project, quote.id, note=None)
    assert {r.id for r in analysis.rows(project, AnnotationQuery(text="TERMINAL date"))} == set()
    project.close()


def test_undoing_a_metadata_edit_of_an_annotated_article_is_not_a_conflict(
    tmp_path: Path,
) -> None:
    # Undo writes every column of the row back, the text included: the paragraph
    # triggers must not take that for a new text and rewrite the annotations, which
    # made the undo look like another program's change and refused it.
    project = new_project(tmp_path)
    text = "First paragraph about the ferry.\n\nSecond paragraph: the quay reopens."
    article = add_article(project, text)
    start, end = span(text, "the quay reopens")
    annotating.create(project, article.id, "passage", start, end)
    edit = article_service.update_metadata(project, article.id, published="2024-03-14")
    history.revert(project, edit.undo)
    assert article_service.get(project, article.id).published is None
    assert check_paragraphs(project) == 1
