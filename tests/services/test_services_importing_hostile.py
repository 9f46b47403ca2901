"""Folder imports meet odd names, links, pipes and huge files: each reported on its own."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from annotary.formats import file_finding
from annotary.services import articles as article_service
from annotary.services import importing
from helpers import new_project


@pytest.fixture
def project(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = new_project(tmp_path)
    yield p
    p.close()


def _sources(report: importing.ImportReport) -> dict[str, str]:
    return {Path(source).name: reason for source, reason in report.failures}


def test_names_that_are_not_utf8_import_and_show_safely(tmp_path: Path, project) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    bad = Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9 report.txt"))
    bad.write_text("Harbour news\n\nThe ferry runs again.", encoding="utf-8")
    binary = Path(os.fsdecode(os.fsencode(folder) + b"/\xff\xfe.txt"))
    binary.write_bytes(b"\x00\x01\x02" * 100)
    (folder / "z.txt").write_text("Last story\n\nWind.", encoding="utf-8")
    report = importing.import_files(project, [folder]).value
    assert sorted(a.title for a in report.imported) == ["Harbour news", "Last story"]
    assert len(report.failures) == 1
    source, reason = report.failures[0]
    assert source.endswith("\ufffd\ufffd.txt") and "binary" in reason
    for line in (*report.failures, *report.notes):
        "".join(line).encode("utf-8")  # printable and storable as it is


def test_a_title_from_an_undecodable_name_is_valid_text(tmp_path: Path, project) -> None:  # type: ignore[no-untyped-def]
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/r\xe9sum\xe9.txt"))
    path.write_text("one line only, no title paragraph here", encoding="utf-8")
    report = importing.import_files(project, [path]).value
    (article,) = report.imported
    assert article.title.encode("utf-8")
    stored = article_service.get(project, article.id)
    assert "\ufffd" in stored.title or stored.title.startswith("one line")


def test_links_pipes_and_loops_are_each_reported(tmp_path: Path, project) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Good story\n\nText.", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # reading it would wait for ever
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "sub" / "up").symlink_to(folder)  # a folder loop
    started = time.perf_counter()
    report = importing.import_files(project, [folder]).value
    assert time.perf_counter() - started < 5
    assert [a.title for a in report.imported] == ["Good story"]
    reasons = _sources(report)
    assert "named pipe" in reasons["pipe.txt"]
    assert "leads nowhere" in reasons["dangling.txt"]
    assert "loop" in reasons["loop1.txt"] and "loop" in reasons["loop2.txt"]
    assert "not followed" in reasons["up"]


def test_a_folder_that_cannot_be_listed_is_reported(
    tmp_path: Path,
    project,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Permissions do not stop root, so the refusal is simulated for one folder only.
    folder = tmp_path / "in"
    (folder / "secret").mkdir(parents=True)
    (folder / "secret" / "x.txt").write_text("Hidden\n\nText.", encoding="utf-8")
    (folder / "open.txt").write_text("Open story\n\nText.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path).name == "secret":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(file_finding.os, "scandir", scandir)
    report = importing.import_files(project, [folder]).value
    assert [a.title for a in report.imported] == ["Open story"]
    assert "cannot be read (permission denied)" in _sources(report)["secret"]


@pytest.mark.parametrize(
    ("size", "shown"),
    [(50_300_000, "50.3 MB"), (50_000_001, "50.000001 MB"), (50_049_999, "50.04 MB")],
)
def test_too_large_says_by_how_much(tmp_path: Path, project, size: int, shown: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(size)  # sparse: no disk used
    report = importing.import_files(project, [path]).value
    assert _sources(report)["huge.txt"] == f"the file is too large ({shown}; at most 50 MB)"


def test_a_guessed_encoding_is_in_the_report(tmp_path: Path, project) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gb.txt"
    path.write_bytes(
        ("港口新闻\n\n" + "市政府表示，新的公交线路将于明年开通。" * 5).encode("gb18030")
    )
    report = importing.import_files(project, [path]).value
    assert len(report.imported) == 1
    assert report.notes == [(str(path), "encoding guessed: GB18030")]
    assert "1 with notes" in report.summary()


def _big_page(path: Path) -> None:
    para = (
        "<div><div><p>The harbour board met and <a href='https://x.org'>talked</a>.</p></div></div>"
    )
    path.write_text(f"<html><body>{para * 40_000}</body></html>", encoding="utf-8")


def test_cancelling_stops_inside_one_large_file(tmp_path: Path, project) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "big.html"
    _big_page(page)
    asked = {"n": 0}

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > 1  # cancel as soon as the file is being read

    started = time.perf_counter()
    report = importing.import_files(project, [page], cancelled=cancelled).value
    assert time.perf_counter() - started < 3
    assert report.cancelled and report.imported == [] and report.failures == []
    assert article_service.summaries(project) == []


def test_cancelling_a_large_text_file(tmp_path: Path, project) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.txt"
    path.write_text("The harbour board met again.\n\n" * 600_000, encoding="utf-8")
    asked = {"n": 0}

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > 1

    report = importing.import_files(project, [path], cancelled=cancelled).value
    assert report.cancelled and report.imported == []


def test_folders_nested_deeper_than_python_recursion_are_walked(tmp_path: Path, project) -> None:  # type: ignore[no-untyped-def]
    levels = 1_200
    folder = tmp_path / "in"
    chain = [folder.joinpath(*["d"] * i) for i in range(levels + 1)]
    assert len(str(chain[-1])) > 2_000
    try:
        for step in chain:
            step.mkdir()
        (chain[-1] / "story.txt").write_text("Deep story\n\nFound at the bottom.")
        report = importing.import_files(project, [folder]).value
        assert [a.title for a in report.imported] == ["Deep story"]
    finally:
        # shutil.rmtree (and so pytest's own clean-up) recurses once per level.
        (chain[-1] / "story.txt").unlink(missing_ok=True)
        for step in reversed(chain):
            if step.exists():
                step.rmdir()
