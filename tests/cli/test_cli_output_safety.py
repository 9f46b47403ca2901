"""What the command line prints is safe for a terminal, and its arguments are checked."""

from __future__ import annotations

import json
import os
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from cli_runner import assert_one_line_error, run_cli, table_rows

from annotary.cli import commands_articles
from annotary.cli.output import clean
from helpers import add_article, new_project

HOSTILE = "Port\x1b[2J\x1b]0;owned\x07 news\r\n\u202egnp.exe \x9b31m"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain title", "plain title"),
        ("港口将于周一重新开放 — Café ✓ 👩\u200d🔬", "港口将于周一重新开放 — Café ✓ 👩\u200d🔬"),
        ("a\tb\nc\r\nd", "a b c  d"),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("bell\x07 del\x7f c1\x9b", "bell\\x07 del\\x7f c1\\x9b"),
        ("\u202eevil\u202c \u2066x\u2069", "\\u202eevil\\u202c \\u2066x\\u2069"),
        ("name\udcff\udc80.txt", "name\\xff\\x80.txt"),
        ("lone \ud800 high", "lone \ufffd high"),
        ("wide\u3000space\xa0nbsp", "wide\u3000space\xa0nbsp"),
    ],
    ids=[
        "plain",
        "cjk-emoji",
        "breaks",
        "csi",
        "c0-c1",
        "bidi",
        "surrogateescape",
        "lone",
        "spaces",
    ],
)
def test_clean(raw: str, shown: str) -> None:
    assert clean(raw) == shown
    assert not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in clean(raw))


def _hostile_project(tmp_path: Path) -> Path:
    project = new_project(tmp_path)
    add_article(project, title=HOSTILE, outlet="Daily\x1b[5m Blink")
    project.close()
    return tmp_path / "test.annotary"


@pytest.mark.parametrize("command", [["articles"], ["search", "ships"]], ids=["articles", "search"])
def test_escape_sequences_are_not_printed(tmp_path: Path, command: list[str]) -> None:
    path = _hostile_project(tmp_path)
    run = run_cli("--project", str(path), *command)
    assert run.code == 0, run.err
    assert "\x1b" not in run.out and "\x07" not in run.out and "\u202e" not in run.out
    assert "\x9b" not in run.out and "\r" not in run.out
    assert "Port\\x1b[2J" in run.out
    listed = json.loads(run_cli("--project", str(path), *command, "--json").out)
    assert listed[0]["title"] == HOSTILE  # --json stays exact


def test_import_prints_a_hostile_title_cleanly(tmp_path: Path) -> None:
    source = tmp_path / "story.md"
    source.write_text("# Title \x1b]8;;http://x\x07link\n\nBody text here.\n", encoding="utf-8")
    run = run_cli("--project", str(tmp_path / "p.annotary"), "import", str(source))
    assert run.code == 0, run.err
    assert "\x1b" not in run.out and "\x07" not in run.out


def test_a_file_name_with_undecodable_bytes_is_printed(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9-export.json")  # Latin-1 bytes: a surrogate escape in Python
    run = run_cli("--project", str(tmp_path / "p.annotary"), "export", "-o", str(tmp_path / name))
    assert run.code == 0, run.err
    assert "caf\\xe9-export.json" in run.out
    missing = run_cli(
        "--project", str(tmp_path / "p.annotary"), "import", str(tmp_path / name) + "x"
    )
    assert_one_line_error(missing)
    assert "caf\\xe9-export.jsonx" in missing.err


@pytest.mark.parametrize(
    "argv",
    [
        ["suggest", "x", "--min-confidence", "nan"],
        ["suggest", "x", "--min-confidence", "inf"],
        ["suggest", "x", "--min-confidence", "5"],
        ["suggest", "x", "--min-confidence", "-1"],
        ["suggest", "x", "--min-confidence", "0x1p-2"],
        ["search", "port", "--limit", "0"],
        ["search", "port", "--limit", "-5"],
        ["search", "port", "--limit", "9" * 400],
        ["search", "port", "--limit", "1.5"],
        ["annotate", "x", "--kind", "quote", "--text", "port", "--occurrence", "0"],
        ["annotate", "x", "--kind", "quote", "--text", "port", "--occurrence", "nan"],
        ["export", "--format", "docx"],
        ["no-such-command"],
    ],
    ids=lambda argv: "-".join(a[:12] for a in argv[:1] + argv[-2:]),
)
def test_bad_arguments_are_one_line(tmp_path: Path, argv: list[str]) -> None:
    path = _hostile_project(tmp_path)
    before = table_rows(path)
    run = run_cli("--project", str(path), *argv)
    assert_one_line_error(run)
    assert run.code == 2
    assert table_rows(path) == before


def test_confidence_bounds_are_accepted(tmp_path: Path) -> None:
    path = _hostile_project(tmp_path)
    article = json.loads(run_cli("--project", str(path), "articles", "--json").out)[0]["id"]
    for value in ("0", "1", "0.5"):
        run = run_cli("--project", str(path), "suggest", article, "--min-confidence", value)
        assert run.code == 0, run.err


def test_an_unexpected_failure_is_one_line_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _hostile_project(tmp_path)

    def broken(*_: object) -> int:
        raise RuntimeError("something\nnobody expected")

    monkeypatch.setattr(commands_articles, "run_articles", broken)
    run = run_cli("--project", str(path), "articles")
    assert_one_line_error(run)
    assert "internal error: RuntimeError: something nobody expected" in run.err
    log = Path(run.err.rsplit("details in ", 1)[1].strip())
    assert log.is_file() and log.is_relative_to(Path(os.environ["ANNOTARY_DATA_DIR"]))
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_a_database_failure_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _hostile_project(tmp_path)

    def broken(*_: object) -> int:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(commands_articles, "run_articles", broken)
    run = run_cli("--project", str(path), "articles")
    assert_one_line_error(run)
    assert "database disk image is malformed" in run.err and "internal" not in run.err
