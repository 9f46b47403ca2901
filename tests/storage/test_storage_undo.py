"""Every change can be undone and redone, whatever it touched."""

from __future__ import annotations

from pathlib import Path

from annotary.services import annotating, codebook, history, speakers
from annotary.services import articles as article_service
from annotary.services.searching import search
from helpers import add_article, new_project


def test_undo_and_redo_of_a_new_annotation(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    made = annotating.create(project, article.id, "quote", 0, 8)
    assert [a.id for a in annotating.for_article(project, article.id)] == [made.value.id]
    redo = history.revert(project, made.undo)
    assert annotating.for_article(project, article.id) == []
    history.revert(project, redo.undo)
    assert annotating.get(project, made.value.id) == made.value


def test_undo_of_a_delete_restores_themes_speaker_and_note(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    theme = codebook.create(project, "Economy").value
    speaker = speakers.create(project, "Li Hongzhong", aliases=["Li"]).value
    made = annotating.create(
        project,
        article.id,
        "quote",
        0,
        20,
        speaker=speaker.id,
        themes=[theme.id],
        note="check wording",
    ).value
    deleted = annotating.delete(project, [made.id])
    assert annotating.for_article(project, article.id) == []
    history.revert(project, deleted.undo)
    assert annotating.get(project, made.id) == made


def test_undo_of_a_theme_merge(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    a = codebook.create(project, "Economy").value
    b = codebook.create(project, "Economics").value
    child = codebook.create(project, "Jobs", parent=b.id).value
    note = annotating.create(project, article.id, "passage", 0, 20, themes=[b.id]).value
    merged = codebook.merge(project, b.id, a.id)
    assert annotating.get(project, note.id).themes == (a.id,)
    assert {t.id for t in codebook.themes(project)} == {a.id, child.id}
    history.revert(project, merged.undo)
    assert annotating.get(project, note.id).themes == (b.id,)
    assert {t.id: t.parent for t in codebook.themes(project)}[child.id] == b.id


def test_undo_of_a_speaker_merge(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    li = speakers.create(project, "Li Hongzhong").value
    li2 = speakers.create(project, "the Party secretary of Tianjin").value
    quote = annotating.create(project, article.id, "quote", 0, 20, speaker=li2.id).value
    merged = speakers.merge(project, li2.id, li.id)
    assert annotating.get(project, quote.id).speaker == li.id
    assert speakers.find(project, "the party secretary of tianjin").id == li.id  # type: ignore[union-attr]
    history.revert(project, merged.undo)
    assert annotating.get(project, quote.id).speaker == li2.id
    assert speakers.find(project, "the Party secretary of Tianjin").id == li2.id  # type: ignore[union-attr]


def test_undo_of_an_article_delete_brings_back_its_search_entry(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    annotating.create(project, article.id, "quote", 0, 20)
    gone = article_service.delete(project, [article.id])
    assert search(project, "harbour") == []
    history.revert(project, gone.undo)
    assert [h.article for h in search(project, "harbour")] == [article.id]
    assert len(annotating.for_article(project, article.id)) == 1


def test_undo_of_a_title_edit_updates_search(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    edit = article_service.update_metadata(project, article.id, title="Shipping resumes")
    assert [h.article for h in search(project, "shipping")] == [article.id]
    history.revert(project, edit.undo)
    assert search(project, "shipping") == []
    assert article_service.get(project, article.id).title == "Port to reopen"
