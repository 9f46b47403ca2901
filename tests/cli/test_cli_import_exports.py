"""`annotary import` on news exports: JSON per article, a progress bar only on a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

from cli_runner import run_cli

from annotary.cli.progress import ImportProgress

NEWS = Path(__file__).parents[1] / "formats" / "fixtures" / "news"


def test_import_json_prints_one_object_per_article_with_its_metadata(tmp_path: Path) -> None:
    project = str(tmp_path / "p.annotary")
    run = run_cli("--project", project, "import", str(NEWS / "nexis-harbour.txt"), "--json")
    assert run.code == 3  # some imported, one document failed
    items = json.loads(run.out)
    imported = [i for i in items if i["status"] == "imported"]
    assert len(imported) == 3 and len(items) == 4  # and the duplicate, named as such
    first = next(i for i in imported if i["author"] == "Maria Okafor")
    assert {k: first[k] for k in ("title", "outlet", "published", "section")} == {
        "title": "Council backs the harbour plan after a long night",
        "outlet": "The Riverton Ledger",
        "published": "2025-03-03",
        "section": "NATIONAL",
    }
    assert first["id"] and first["source_database"] == "Nexis"
    assert first["collections"] == ["nexis-harbour.txt"]
    assert "nexis-harbour.txt, document 4" in run.err and "date line" in run.err


def test_import_is_quiet_on_stderr_when_it_is_not_a_terminal(tmp_path: Path) -> None:
    project = str(tmp_path / "p.annotary")
    run = run_cli(
        "--project",
        project,
        "import",
        str(NEWS / "factiva-ferries.txt"),
        str(NEWS / "quays-article.docx"),
    )
    assert run.code == 3
    # Only the failed document is reported: no progress lines.
    assert run.err.strip().splitlines() == [
        line for line in run.err.strip().splitlines() if "document 6" in line
    ]
    assert "imported" in run.out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_is_drawn_only_on_a_terminal() -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with ImportProgress(stream) as bar:
            bar.files(0, 2, "nexis-harbour.txt")
            bar.reading("nexis-harbour.txt", 120, 0.5)
            bar.files(1, 2, "factiva-ferries.rtf")
            bar.files(2, 2, "")
    assert pipe.getvalue() == ""
    drawn = terminal.getvalue()
    assert "Importing" in drawn and "━" in drawn and "2/2" in drawn


def test_no_progress_bar_with_json_even_on_a_terminal() -> None:
    terminal = _Terminal()
    with ImportProgress(terminal, enabled=False) as bar:
        bar.files(0, 1, "a.txt")
    assert terminal.getvalue() == ""


def test_search_filters_by_database_and_section(tmp_path: Path) -> None:
    project = str(tmp_path / "p.annotary")
    run_cli("--project", project, "import", str(NEWS / "factiva-ferries.txt"))
    run_cli("--project", project, "import", str(NEWS / "nexis-harbour.txt"))
    found = run_cli("--project", project, "search", "plan", "--database", "Nexis", "--json")
    titles = {h["title"] for h in json.loads(found.out)}
    assert titles == {"Council backs the harbour plan after a long night"}
    found = run_cli("--project", project, "search", "plan", "--section", "Business", "--json")
    assert [h["title"] for h in json.loads(found.out)] == ["Harbour plan: what happens next"]


def test_import_json_of_only_unreadable_files_prints_an_empty_array_and_exits_1(
    tmp_path: Path,
) -> None:
    project = str(tmp_path / "p.annotary")
    broken = tmp_path / "minutes.pdf"
    broken.write_bytes(b"not a PDF at all")
    run = run_cli("--project", project, "import", str(broken), "--json")
    assert run.code == 1
    assert json.loads(run.out) == []  # a script still gets valid JSON
    assert run.err.count("\n") == 1 and "minutes.pdf" in run.err
    articles = run_cli("--project", project, "articles", "--json")
    assert json.loads(articles.out) == []
