"""Importing many files: progress, cancelling, bad files, duplicates, encodings."""

from __future__ import annotations

from pathlib import Path

from annotary.formats.readers import sample_paths
from annotary.services import articles as article_service
from annotary.services import importing
from helpers import new_project


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("First story\n\nThe mayor spoke.", encoding="utf-8")
    (folder / "b.txt").write_bytes("第二篇\n\n市长表示，公交将恢复。".encode("gb18030"))
    (folder / "c.md").write_text("# Third story\n\nRain *again*.", encoding="utf-8")
    (folder / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "d.txt").write_text("Fourth story\n\nWind.", encoding="utf-8-sig")
    return folder


def test_one_bad_file_is_reported_and_the_others_imported(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    seen: list[tuple[int, int, str]] = []
    outcome = importing.import_files(
        project, [_folder(tmp_path)], progress=lambda d, t, n: seen.append((d, t, n))
    )
    report = outcome.value
    assert sorted(a.title for a in report.imported) == [
        "First story",
        "Fourth story",
        "Third story",
        "第二篇",
    ]
    assert len(report.failures) == 1
    source, reason = report.failures[0]
    assert source.endswith("broken.html") and reason
    assert seen[0] == (0, 5, seen[0][2]) and seen[-1] == (5, 5, "")
    assert [d for d, _, _ in seen] == [0, 1, 2, 3, 4, 5]
    chinese = next(a for a in report.imported if a.title == "第二篇")
    assert article_service.get(project, chinese.id).text == "市长表示，公交将恢复。"


def test_the_same_content_is_not_imported_twice(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    folder = _folder(tmp_path)
    importing.import_files(project, [folder])
    again = importing.import_files(project, [folder]).value
    assert again.imported == [] and len(again.duplicates) == 4
    assert len(article_service.summaries(project)) == 4


def test_cancelling_keeps_what_was_imported(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    stop = {"now": False}

    def progress(done: int, total: int, name: str) -> None:
        stop["now"] = done >= 2  # the user cancels while the third file is read

    report = importing.import_files(
        project, [_folder(tmp_path)], progress=progress, cancelled=lambda: stop["now"]
    ).value
    assert report.cancelled and len(report.imported) == 2
    assert len(article_service.summaries(project)) == 2


def test_an_import_is_one_undo_step(tmp_path: Path) -> None:
    from annotary.services import history

    project = new_project(tmp_path)
    outcome = importing.import_files(project, [_folder(tmp_path)])
    history.revert(project, outcome.undo)
    assert article_service.summaries(project) == []


def test_every_sample_imports_with_its_metadata(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    report = importing.import_files(project, sample_paths()).value
    assert not report.failures and len(report.imported) == len(sample_paths()) >= 5
    for a in report.imported:
        assert a.title and a.outlet and a.published and a.language in ("en", "zh")


def test_a_file_without_any_readable_text_is_refused(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    bad = tmp_path / "mangled.html"
    bad.write_bytes(b"\xff\xfe\x00\x00abc")
    report = importing.import_files(project, [bad]).value
    assert report.imported == [] and "no readable text" in report.failures[0][1]
