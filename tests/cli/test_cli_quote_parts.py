"""`annotary annotate --then`: a quote split around its attribution, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli

TEXT = (
    "Port to reopen\n\n"
    "“We are ready,” Minister Li said on Monday. “The ships can come back.” "
    "Critics said the plan was late. “The ships can come back” was on every front page."
)


def test_annotate_a_quote_in_two_parts_and_export_it(tmp_path: Path) -> None:
    source = tmp_path / "port.txt"
    source.write_text(TEXT, encoding="utf-8")
    project = str(tmp_path / "p.annotary")
    assert run_cli("--project", project, "import", str(source)).code == 0
    run = run_cli(
        "--project", project, "annotate", "Port to reopen", "--kind", "quote",
        "--text", "“We are ready,”", "--then", "“The ships can come back.”",
        "--speaker", "Li", "--json",
    )  # fmt: skip
    assert run.code == 0, run.err
    made = json.loads(run.out)
    assert [s["exact"] for s in made["segments"]] == [
        "“We are ready,”",
        "“The ships can come back.”",
    ]
    assert "Minister Li said" in made["exact"]  # the span; the parts leave the attribution out
    exported = json.loads(run_cli("--project", project, "export").out)
    (note,) = exported["annotations"]
    assert note["segments"] == made["segments"]

    missing = run_cli(
        "--project", project, "annotate", "Port to reopen", "--kind", "quote",
        "--text", "“We are ready,”", "--then", "“Nobody said this.”",
    )  # fmt: skip
    assert missing.code != 0 and "Nobody said this" in missing.err
    assert len(json.loads(run_cli("--project", project, "export").out)["annotations"]) == 1
