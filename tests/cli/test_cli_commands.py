"""The command line, run as a user runs it: a separate process, exit codes, JSON output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = """Title: Port to reopen
Outlet: Harbour Daily
Date: 2026-03-02

Minister Li Hongzhong said on Monday that the port would reopen.

“We are ready to welcome the ships again,” Li said. Critics said the plan was late.
"""


def annotary(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "desktop")}
    proc = subprocess.run(
        [sys.executable, "-m", "annotary", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "port.txt").write_text(SAMPLE, encoding="utf-8")
    return tmp_path


def test_import_list_search_annotate_export(workdir: Path) -> None:
    p = ["--project", "study.annotary"]
    imported = json.loads(annotary(*p, "import", "port.txt", "--json", cwd=workdir).stdout)
    assert [a["title"] for a in imported] == ["Port to reopen"]
    article_id = imported[0]["id"]

    again = json.loads(annotary(*p, "import", "port.txt", "--json", cwd=workdir).stdout)
    assert again[0]["id"] == article_id and again[0]["status"] == "duplicate"

    listed = json.loads(annotary(*p, "articles", "--json", cwd=workdir).stdout)
    assert [a["id"] for a in listed] == [article_id]

    hits = json.loads(annotary(*p, "search", "ships", "--json", cwd=workdir).stdout)
    assert hits[0]["article"] == article_id

    made = json.loads(
        annotary(
            *p,
            "annotate",
            article_id[:8],
            "--kind",
            "quote",
            "--text",
            "said",
            "--occurrence",
            "2",
            "--speaker",
            "Li Hongzhong",
            "--theme",
            "Ports",
            "--quote-type",
            "indirect",
            "--note",
            "check",
            "--json",
            cwd=workdir,
        ).stdout
    )
    text = listed and json.loads(annotary(*p, "export", cwd=workdir).stdout)["articles"][0]["text"]
    assert text[made["start"] : made["end"]] == "said"
    assert made["start"] == text.index("said", text.index("said") + 1)
    assert made["quote_type"] == "indirect" and made["note"] == "check"

    annotary(*p, "export", "-o", "out.json", cwd=workdir)
    doc = json.loads((workdir / "out.json").read_text(encoding="utf-8"))
    assert doc["speakers"][0]["name"] == "Li Hongzhong"
    assert doc["annotations"][0]["themes"] == [doc["themes"][0]["id"]]

    fresh = ["--project", "copy.annotary"]
    annotary(*fresh, "import-annotations", "out.json", cwd=workdir)
    copy = json.loads(annotary(*fresh, "export", cwd=workdir).stdout)
    assert copy["annotations"] == doc["annotations"]


def test_user_errors_exit_non_zero_with_one_line(workdir: Path) -> None:
    p = ["--project", "study.annotary"]
    annotary(*p, "import", "port.txt", cwd=workdir)
    cases = [
        ("annotate", "nope", "--kind", "quote", "--text", "x"),
        ("annotate", "Port to reopen", "--kind", "quote", "--text", "absent words"),
        ("import", "missing.txt"),
        ("import-annotations", "port.txt"),
        ("export", "--theme", "Unknown"),
    ]
    for case in cases:
        proc = annotary(*p, *case, cwd=workdir, check=False)
        assert proc.returncode != 0, case
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("annotary:"), (case, proc.stderr)


def test_not_a_project_is_refused_and_untouched(workdir: Path) -> None:
    before = (workdir / "port.txt").read_bytes()
    proc = annotary("--project", "port.txt", "articles", cwd=workdir, check=False)
    assert proc.returncode == 1
    assert "not an Annotary project" in proc.stderr
    assert (workdir / "port.txt").read_bytes() == before


def test_backups_are_listed_and_restored(workdir: Path) -> None:
    p = ["--project", "study.annotary"]
    annotary(*p, "import", "port.txt", cwd=workdir)
    annotary(*p, "backups", "--now", cwd=workdir)  # commands take none; this takes one
    listed = json.loads(annotary(*p, "backups", "--json", cwd=workdir).stdout)
    assert len(listed) == 1
    (workdir / "second.txt").write_text("Another article.\n\nWith text.", encoding="utf-8")
    annotary(*p, "import", "second.txt", cwd=workdir)
    assert len(json.loads(annotary(*p, "articles", "--json", cwd=workdir).stdout)) == 2
    annotary(*p, "backups", "--restore", listed[0]["name"], cwd=workdir)
    assert len(json.loads(annotary(*p, "articles", "--json", cwd=workdir).stdout)) == 1


def test_default_project_holds_the_samples(workdir: Path) -> None:
    listed = json.loads(annotary("articles", "--json", cwd=workdir).stdout)
    assert len(listed) >= 5
    assert any(a["language"] == "zh" for a in listed)
    assert all("Samples" in a["collections"] for a in listed)


def test_a_guessed_encoding_is_said_and_the_text_is_right(workdir: Path) -> None:
    """A UTF-8 file with one Windows-1252 paragraph: the text is right and the user is told."""
    utf8 = "Café society said “yes”.\n\n".encode()
    cp1252 = "The mayor said “no” to the café owners.\n".encode("cp1252")
    (workdir / "mixed.txt").write_bytes(utf8 + cp1252)
    p = ["--project", "study.annotary"]
    proc = annotary(*p, "import", "mixed.txt", "--json", cwd=workdir)
    article_id = json.loads(proc.stdout)[0]["id"]
    assert "annotary: note: mixed.txt" in proc.stderr and "Windows-1252" in proc.stderr
    exported = json.loads(annotary(*p, "export", "--article", article_id, cwd=workdir).stdout)
    article = exported["articles"][0]
    assert article["title"] == "Café society said “yes”."
    assert "The mayor said “no” to the café owners." in article["text"]
