"""annotary export --format ..., import-qdpx and agreement, run as a user runs them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from test_cli_commands import SAMPLE, annotary


def test_every_export_format_and_qdpx_back(tmp_path: Path) -> None:
    (tmp_path / "port.txt").write_text(SAMPLE, encoding="utf-8")
    p = ["--project", "study.annotary"]
    article = json.loads(annotary(*p, "import", "port.txt", "--json", cwd=tmp_path).stdout)[0]
    annotary(
        *p,
        "annotate",
        article["id"],
        "--kind",
        "quote",
        "--text",
        "We are ready to welcome the ships again",
        "--speaker",
        "Li Hongzhong",
        "--theme",
        "Ports",
        cwd=tmp_path,
    )
    for fmt, name in (
        ("w3c", "out.jsonld"),
        ("qdpx", "out.qdpx"),
        ("qdc", "out.qdc"),
        ("csv", "out.csv"),
        ("xlsx", "out.xlsx"),
    ):
        annotary(*p, "export", "--format", fmt, "-o", name, cwd=tmp_path)
        assert (tmp_path / name).stat().st_size > 0, fmt
    assert zipfile.is_zipfile(tmp_path / "out.qdpx")
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    w3c = json.loads((tmp_path / "out.jsonld").read_text(encoding="utf-8"))
    assert w3c["total"] == 1
    plain = json.loads(annotary(*p, "export", "--format", "w3c", "--list", cwd=tmp_path).stdout)
    assert isinstance(plain, list) and plain[0]["type"] == "Annotation"
    passages = annotary(*p, "export", "--format", "csv", "--table", "passages", cwd=tmp_path)
    assert passages.stdout.splitlines()[0].lstrip("\ufeff").startswith("article,theme_path")

    q = ["--project", "copy.annotary"]
    report = json.loads(annotary(*q, "import-qdpx", "out.qdpx", "--json", cwd=tmp_path).stdout)
    assert report["added"]["annotations"] == 1
    exported = json.loads(annotary(*q, "export", cwd=tmp_path).stdout)
    assert exported["speakers"][0]["name"] == "Li Hongzhong"
    assert [t["name"] for t in exported["themes"]] == ["Ports"]

    proc = annotary(*p, "export", "--format", "qdpx", cwd=tmp_path, check=False)
    assert proc.returncode == 1 and "-o FILE" in proc.stderr


def test_agreement_between_two_coders(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "port.txt").write_text(SAMPLE, encoding="utf-8")
    for coder in ("amira", "bo"):
        monkeypatch.setenv("ANNOTARY_CODER", coder)
        p = ["--project", f"{coder}.annotary"]
        article = json.loads(annotary(*p, "import", "port.txt", "--json", cwd=tmp_path).stdout)[0]
        text = "We are ready to welcome the ships again" if coder == "amira" else "We are ready"
        annotary(
            *p,
            "annotate",
            article["id"],
            "--kind",
            "passage",
            "--text",
            text,
            "--theme",
            "Ports",
            cwd=tmp_path,
        )
    annotary("--project", "bo.annotary", "export", "-o", "bo.json", cwd=tmp_path)
    annotary("--project", "amira.annotary", "import-annotations", "bo.json", cwd=tmp_path)
    out = annotary(
        "--project",
        "amira.annotary",
        "agreement",
        "--coder",
        "amira",
        "--coder",
        "bo",
        "--json",
        "--csv",
        "a.csv",
        "--html",
        "a.html",
        cwd=tmp_path,
    ).stdout
    result = json.loads(out)
    ports = next(r for r in result["rows"] if r["label"] == "Theme: Ports")
    assert 0 < ports["percent"] < 1
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "<table" in (tmp_path / "a.html").read_text(encoding="utf-8")
    lone = annotary("--project", "bo.annotary", "agreement", cwd=tmp_path, check=False)
    assert lone.returncode == 1 and "two coders" in lone.stderr


def test_suggest_prints_json_and_accepts(tmp_path: Path) -> None:
    (tmp_path / "levee.md").write_text(
        "---\ntitle: Levees\nlanguage: en\n---\n\n"
        "Environment Minister Ingrid Halvorsen approved the plan on Thursday.\n\n"
        "“We are not going to wait for the river to decide for us,” Halvorsen said.\n",
        encoding="utf-8",
    )
    p = ["--project", "s.annotary"]
    article = json.loads(annotary(*p, "import", "levee.md", "--json", cwd=tmp_path).stdout)[0]
    found = json.loads(annotary(*p, "suggest", article["id"], "--json", cwd=tmp_path).stdout)
    assert found, "a direct quote is suggested"
    first = found[0]
    assert set(first) >= {
        "kind",
        "start",
        "end",
        "exact",
        "quote_type",
        "cue",
        "speaker",
        "speaker_mention",
        "confidence",
        "rule",
    }
    assert first["kind"] == "quote" and first["speaker"] == "Ingrid Halvorsen"
    assert first["cue"]["text"] == "said" and first["speaker_mention"]["text"] == "Halvorsen"
    assert 0 <= first["confidence"] <= 1
    annotary(*p, "suggest", article["id"], "--accept", cwd=tmp_path)
    doc = json.loads(annotary(*p, "export", cwd=tmp_path).stdout)
    assert [a["kind"] for a in doc["annotations"]] == ["quote"]
    assert doc["annotations"][0]["start"] == first["start"]
    assert json.loads(annotary(*p, "suggest", article["id"], "--json", cwd=tmp_path).stdout) == []


def test_raw_csv_for_r_and_pandas_and_taguette_codebook(tmp_path: Path) -> None:
    text = "The outlook is grim. -2% growth is expected this year, the bank said."
    (tmp_path / "bank.txt").write_text(text, encoding="utf-8")
    p = ["--project", "study.annotary"]
    article = json.loads(annotary(*p, "import", "bank.txt", "--json", cwd=tmp_path).stdout)[0]
    quote = "-2% growth is expected this year"
    annotary(
        *p,
        "annotate",
        article["id"],
        "--kind",
        "quote",
        "--text",
        quote,
        "--theme",
        "Economy",
        cwd=tmp_path,
    )
    guarded = annotary(*p, "export", "--format", "csv", cwd=tmp_path).stdout
    raw = annotary(*p, "export", "--format", "csv", "--raw", cwd=tmp_path).stdout
    assert f",'{quote}," in guarded
    assert f",{quote}," in raw and f"'{quote}" not in raw
    refused = annotary(*p, "export", "--format", "json", "--raw", cwd=tmp_path, check=False)
    assert refused.returncode != 0 and "--raw" in refused.stderr
    tags = annotary(*p, "export", "--format", "taguette", cwd=tmp_path).stdout
    assert tags.lstrip("\ufeff").splitlines() == ["tag,description", "Economy,"]
