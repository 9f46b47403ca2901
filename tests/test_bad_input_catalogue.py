"""The catalogue of bad input: each kind is refused in one line, and the project is unchanged.

Every case prepares its input in a fresh folder beside a copy of a small project
(one article, annotated with a speaker and a theme), runs the real command line
and checks: a non-zero exit, exactly one line on stderr starting
``annotary: error:`` with no traceback, and the same project as before (the
rows of every table; for a project file that is not one, its bytes).

Most cases run in this process for speed; those marked ``subprocess`` run
``python -m annotary`` to prove that no traceback reaches a real terminal.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hostile_servers as hs
import pytest
from cli_runner import Run, assert_one_line_error, run_cli, table_rows

from annotary.services import annotating
from helpers import add_article, new_project

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"


@dataclass(frozen=True)
class World:
    """The folder a case works in, the project it may change, and valid exports of it."""

    work: Path
    project: Path
    article: str
    export: dict[str, Any]
    qdpx: Path
    url: str = ""  # the misbehaving local server of a network case

    def p(self, *argv: str, project: Path | None = None) -> list[str]:
        return ["--project", str(project or self.project), *argv]

    def file(self, name: str, content: bytes | str) -> Path:
        path = self.work / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    def json_file(self, document: Any, name: str = "bad.json") -> Path:
        return self.file(name, json.dumps(document))


Prepare = Callable[[World], "list[str] | tuple[list[str], Path]"]


@dataclass(frozen=True)
class Case:
    id: str
    prepare: Prepare
    subprocess: bool = False
    server: str = ""  # a behaviour in hostile_servers, served on 127.0.0.1 for the case
    says: str = ""  # a regular expression the error line must match


CASES: list[Case] = []


def case(id: str, *, subprocess: bool = False, says: str = "") -> Callable[[Prepare], Prepare]:
    def register(prepare: Prepare) -> Prepare:
        CASES.append(Case(id, prepare, subprocess, says=says))
        return prepare

    return register


# -- the world ---------------------------------------------------------------------------

TEXT = (
    "Minister Li Hongzhong said on Monday that the port would reopen. "
    "“We are ready to welcome the ships again,” Li said. "
    "The harbour authority said repairs were complete.\n\n"
    "港口管理局表示，港口将于周一重新开放。"
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Path]:
    folder = tmp_path_factory.mktemp("template")
    project = new_project(folder, "study.annotary")
    article = add_article(project, text=TEXT, title="Port to reopen", outlet="Harbour Daily")
    annotating.annotate_text(
        project,
        article.id,
        "quote",
        "We are ready to welcome the ships again",
        speaker_name="Li Hongzhong",
        theme_names=["Ports"],
    )
    project.close()
    path = folder / "study.annotary"
    exported = run_cli("--project", str(path), "export")
    assert exported.code == 0, exported.err
    qdpx = folder / "study.qdpx"
    made = run_cli("--project", str(path), "export", "--format", "qdpx", "-o", str(qdpx))
    assert made.code == 0, made.err
    return path, json.loads(exported.out), qdpx


@pytest.fixture
def world(tmp_path: Path, template: tuple[Path, dict[str, Any], Path]) -> World:
    source, export, qdpx = template
    project = tmp_path / "study.annotary"
    shutil.copyfile(source, project)
    work = tmp_path / "in"
    work.mkdir()
    shutil.copyfile(qdpx, work / "valid.qdpx")
    return World(work, project, export["articles"][0]["id"], export, work / "valid.qdpx")


def _state(path: Path) -> object:
    """What must not change: a project's rows, or the bytes of a file that is not one."""
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    if not path.exists():
        return None
    try:
        return table_rows(path)
    except sqlite3.Error:
        return hashlib.sha256(path.read_bytes()).hexdigest()


def _subprocess(argv: list[str], cwd: Path) -> Run:
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    proc = subprocess.run(
        [sys.executable, "-m", "annotary", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


# -- files to import ---------------------------------------------------------------------


@case("file-missing", subprocess=True)
def _(w: World) -> list[str]:
    return w.p("import", str(w.work / "no-such-file.txt"))


@case("file-empty")
def _(w: World) -> list[str]:
    return w.p("import", str(w.file("empty.txt", b"")))


@case("file-only-whitespace")
def _(w: World) -> list[str]:
    return w.p("import", str(w.file("blank.md", "   \n\n\t \n")))


@case("file-binary-garbage")
def _(w: World) -> list[str]:
    return w.p("import", str(w.file("garbage.txt", bytes(range(256)) * 64)))


@case("file-unsupported-kind")
def _(w: World) -> list[str]:
    return w.p("import", str(w.file("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")))


@case("file-html-without-text")
def _(w: World) -> list[str]:
    html = "<html><head><script>var a = 1;</script></head><body><br></body></html>"
    return w.p("import", str(w.file("empty.html", html)))


@case("file-symlink-loop")
def _(w: World) -> list[str]:
    loop = w.work / "loop.txt"
    loop.symlink_to(loop)
    return w.p("import", str(loop))


@case("file-name-not-utf8")
def _(w: World) -> list[str]:
    name = os.fsdecode(b"caf\xe9-\xff.txt")
    return w.p("import", str(w.file(name, b"\x00\x01\x02\x03" * 100)))


@case("file-no-paths-given")
def _(w: World) -> list[str]:
    return w.p("import")


# -- JSON to import ----------------------------------------------------------------------


def _with(w: World, change: Callable[[dict[str, Any]], None]) -> list[str]:
    document = json.loads(json.dumps(w.export))
    change(document)
    return w.p("import-annotations", str(w.json_file(document)))


def _note(document: dict[str, Any]) -> dict[str, Any]:
    note: dict[str, Any] = document["annotations"][0]
    return note


@case("json-missing-file")
def _(w: World) -> list[str]:
    return w.p("import-annotations", str(w.work / "absent.json"))


@case("json-a-folder")
def _(w: World) -> list[str]:
    (w.work / "folder.json").mkdir()
    return w.p("import-annotations", str(w.work / "folder.json"))


@case("json-empty")
def _(w: World) -> list[str]:
    return w.p("import-annotations", str(w.file("empty.json", b"")))


@case("json-not-json", subprocess=True)
def _(w: World) -> list[str]:
    return w.p("import-annotations", str(w.file("notes.json", "this is not {json")))


@case("json-top-level-array")
def _(w: World) -> list[str]:
    return w.p("import-annotations", str(w.json_file([w.export])))


@case("json-wrong-format")
def _(w: World) -> list[str]:
    return _with(w, lambda d: d.update(format="hypothesis"))


@case("json-newer-version")
def _(w: World) -> list[str]:
    return _with(w, lambda d: d.update(version=99))


@case("json-missing-key")
def _(w: World) -> list[str]:
    return _with(w, lambda d: _note(d).pop("exact"))


@case("json-nested-100000-deep", subprocess=True, says=r"nested too deeply")
def _(w: World) -> list[str]:
    text = json.dumps(w.export)
    deep = text[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    return w.p("import-annotations", str(w.file("deep.json", deep)))


@case("json-offset-thousands-of-digits")
def _(w: World) -> list[str]:
    document = {**w.export, "articles": []}
    text = json.dumps(document).replace('"end": ', '"end": ' + "7" * 5000 + ', "was": ', 1)
    return w.p("import-annotations", str(w.file("digits.json", text)))


@case("json-offset-2^63", says=r"at most 2,147,483,647")
def _(w: World) -> list[str]:
    def change(d: dict[str, Any]) -> None:
        d["articles"] = []
        _note(d).update(start=2**63 - 5, end=2**63)

    return _with(w, change)


@case("json-offset-negative")
def _(w: World) -> list[str]:
    return _with(w, lambda d: _note(d).update(start=-3))


@case("json-offset-float")
def _(w: World) -> list[str]:
    return _with(w, lambda d: _note(d).update(start=1.5))


@case("json-speaker-id-as-theme", says=r"themes\[0\]: no theme")
def _(w: World) -> list[str]:
    def change(d: dict[str, Any]) -> None:
        note = _note(d)
        note.update(themes=[note["speaker"]])
        d.update(themes=[], speakers=[], articles=[])

    return _with(w, change)


@case("json-theme-id-as-speaker", says=r"speaker: no speaker")
def _(w: World) -> list[str]:
    def change(d: dict[str, Any]) -> None:
        note = _note(d)
        note.update(speaker=note["themes"][0], themes=[])
        d.update(themes=[], speakers=[], articles=[])

    return _with(w, change)


@case("json-unknown-article")
def _(w: World) -> list[str]:
    def change(d: dict[str, Any]) -> None:
        _note(d).update(article="2f1e0d9c-8b7a-4c6d-9e5f-a4b3c2d1e0f9")
        d.update(articles=[])

    return _with(w, change)


@case("json-duplicate-ids")
def _(w: World) -> list[str]:
    return _with(w, lambda d: d["annotations"].append(dict(_note(d))))


@case("json-digest-mismatch")
def _(w: World) -> list[str]:
    return _with(w, lambda d: d["articles"][0].update(text=d["articles"][0]["text"] + "!"))


@case("json-start-after-end")
def _(w: World) -> list[str]:
    return _with(w, lambda d: _note(d).update(start=_note(d)["end"] + 1))


@case("json-exact-not-the-text")
def _(w: World) -> list[str]:
    return _with(w, lambda d: _note(d).update(exact="words that are elsewhere"))


@case("json-theme-cycle")
def _(w: World) -> list[str]:
    def change(d: dict[str, Any]) -> None:
        first = d["themes"][0]
        second = {**first, "id": "7c6b5a49-3827-4165-8f4e-3d2c1b0a9f8e", "name": "Ships"}
        first["parent"], second["parent"] = second["id"], first["id"]
        d["themes"].append(second)

    return _with(w, change)


@case("json-nan")
def _(w: World) -> list[str]:
    text = json.dumps(w.export).replace('"start": ', '"start": NaN, "was": ', 1)
    return w.p("import-annotations", str(w.file("nan.json", text)))


@case("json-duplicate-key")
def _(w: World) -> list[str]:
    text = json.dumps(w.export).replace('"start": ', '"start": 1, "start": ', 1)
    return w.p("import-annotations", str(w.file("dupkey.json", text)))


@case("json-invalid-utf8")
def _(w: World) -> list[str]:
    raw = json.dumps(w.export, ensure_ascii=False).encode().replace(b"Port", b"P\xffrt", 1)
    return w.p("import-annotations", str(w.file("latin.json", raw)))


@case("json-lone-surrogate")
def _(w: World) -> list[str]:
    return _with(w, lambda d: _note(d).update(note="half a pair \ud800 here"))


@case("json-bad-timestamp")
def _(w: World) -> list[str]:
    return _with(w, lambda d: _note(d).update(created="2024-02-30T25:61:00Z"))


@case("json-control-characters-in-error")
def _(w: World) -> list[str]:
    return _with(w, lambda d: d.update(format="\x1b[2J\x1b]0;owned\x07\nsecond line"))


# -- archives ----------------------------------------------------------------------------


def _qdpx(w: World, entries: dict[str, bytes], name: str = "bad.qdpx") -> Path:
    path = w.work / name
    with zipfile.ZipFile(path, "w") as zf:
        for entry, data in entries.items():
            zf.writestr(entry, data)
    return path


def _project_xml(w: World) -> bytes:
    with zipfile.ZipFile(w.qdpx) as zf:
        return zf.read("project.qde")


def _with_xml(w: World, xml: bytes, suffix: str = ".qdpx") -> list[str]:
    if suffix == ".qdc":
        return w.p("import-qdpx", str(w.file("bad.qdc", xml)))
    return w.p("import-qdpx", str(_qdpx(w, {"project.qde": xml})))


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Project [
 <!ENTITY a "lollollollollollollollollollol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&i;" origin="&i;"><CodeBook><Codes>
<Code guid="0e7b1c52-3f9a-4d7e-b2c1-5a6f7e8d9c0b" name="&i;" isCodable="true"/>
</Codes></CodeBook></Project>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="&secret;"><CodeBook><Codes>
<Code guid="0e7b1c52-3f9a-4d7e-b2c1-5a6f7e8d9c0b" name="&secret;" isCodable="true"/>
</Codes></CodeBook><Sources/></Project>"""


@case("qdpx-missing")
def _(w: World) -> list[str]:
    return w.p("import-qdpx", str(w.work / "absent.qdpx"))


@case("qdpx-not-a-zip", subprocess=True)
def _(w: World) -> list[str]:
    return w.p("import-qdpx", str(w.file("fake.qdpx", "just some text, not a zip")))


@case("qdpx-no-project-qde")
def _(w: World) -> list[str]:
    return w.p("import-qdpx", str(_qdpx(w, {"readme.txt": b"hello"})))


@case("qdpx-truncated")
def _(w: World) -> list[str]:
    data = w.qdpx.read_bytes()
    return w.p("import-qdpx", str(w.file("cut.qdpx", data[: len(data) // 2])))


@case("qdpx-malformed-xml")
def _(w: World) -> list[str]:
    return _with_xml(w, b"<Project><CodeBook><Codes></CodeBook>")


@case("qdpx-empty-xml")
def _(w: World) -> list[str]:
    return _with_xml(w, b"")


@case("qdpx-not-a-project-root")
def _(w: World) -> list[str]:
    return _with_xml(w, b'<?xml version="1.0"?><html><body>hello</body></html>')


@case("qdpx-billion-laughs")
def _(w: World) -> list[str]:
    return _with_xml(w, LAUGHS)


@case("qdpx-external-entity")
def _(w: World) -> list[str]:
    return _with_xml(w, XXE)


@case("qdpx-absolute-entry-path")
def _(w: World) -> list[str]:
    xml = _project_xml(w)
    return w.p("import-qdpx", str(_qdpx(w, {"/etc/project.qde": xml})))


@case("qdpx-dotdot-entry-path")
def _(w: World) -> list[str]:
    xml = _project_xml(w)
    return w.p("import-qdpx", str(_qdpx(w, {"../../project.qde": xml})))


@case("qdpx-zip-bomb")
def _(w: World) -> list[str]:
    """A valid project.qde inflated by a 150 MB comment: a few hundred KB in the zip."""
    xml = _project_xml(w)
    at = xml.index(b">", xml.index(b"<Project")) + 1
    path = w.work / "bomb.qdpx"
    with zipfile.ZipFile(w.qdpx) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            if info.filename != "project.qde":
                zf.writestr(info, source.read(info))
        with zf.open("project.qde", "w", force_zip64=True) as entry:
            entry.write(xml[:at] + b"<!--")
            block = b"a" * (1 << 20)
            for _ in range(150):
                entry.write(block)
            entry.write(b"-->" + xml[at:])
    return w.p("import-qdpx", str(path))


@case("qdc-not-xml")
def _(w: World) -> list[str]:
    return _with_xml(w, b"\x89PNG\r\n\x1a\n not a codebook", ".qdc")


@case("qdc-malformed-xml")
def _(w: World) -> list[str]:
    return _with_xml(w, b'<?xml version="1.0"?><CodeBook><Codes><Code name="a">', ".qdc")


@case("qdc-billion-laughs")
def _(w: World) -> list[str]:
    return _with_xml(w, LAUGHS.replace(b"Project", b"CodeBook"), ".qdc")


# -- project files -----------------------------------------------------------------------


def _other_project(w: World, content: bytes | None = None, name: str = "other.annotary") -> Path:
    path = w.work / name
    if content is not None:
        path.write_bytes(content)
    return path


@case("project-emptied-beside-its-backups", says="empty")
def _(w: World) -> tuple[list[str], Path]:
    """A project truncated to 0 bytes is a lost project, not a new one, when it has backups."""
    path = _other_project(w, w.project.read_bytes())
    backed_up = run_cli("--project", str(path), "backups", "--now")
    assert backed_up.code == 0, backed_up.err
    path.write_bytes(b"")
    return w.p("articles", project=path), path


@case("project-not-sqlite", subprocess=True)
def _(w: World) -> tuple[list[str], Path]:
    path = _other_project(w, b"Minister said the port would reopen.\n" * 100)
    return w.p("articles", project=path), path


@case("project-foreign-sqlite")
def _(w: World) -> tuple[list[str], Path]:
    path = _other_project(w)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places(url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    return w.p("import", str(w.file("a.txt", TEXT)), project=path), path


@case("project-truncated")
def _(w: World) -> tuple[list[str], Path]:
    path = _other_project(w, w.project.read_bytes()[:8192])
    return w.p("articles", project=path), path


@case("project-newer-schema")
def _(w: World) -> tuple[list[str], Path]:
    path = _other_project(w, w.project.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    return w.p("articles", project=path), path


@case("project-is-a-folder")
def _(w: World) -> tuple[list[str], Path]:
    path = w.work / "folder.annotary"
    path.mkdir()
    return w.p("articles", project=path), path


# -- arguments ---------------------------------------------------------------------------


@case("arg-unknown-article")
def _(w: World) -> list[str]:
    return w.p("annotate", "no-such-article", "--kind", "quote", "--text", "port")


@case("arg-ambiguous-title")
def _(w: World) -> list[str]:
    from annotary.services.project import open_project

    project = open_project(w.project)
    add_article(project, text="Another story about the port.", title="Port to reopen")
    project.close()
    return w.p("annotate", "Port to reopen", "--kind", "quote", "--text", "port")


@case("arg-bad-date")
def _(w: World) -> list[str]:
    return w.p("search", "port", "--from", "2024-13-45")


@case("arg-date-not-a-date")
def _(w: World) -> list[str]:
    return w.p("search", "port", "--to", "yesterday")


@case("arg-confidence-nan", subprocess=True)
def _(w: World) -> list[str]:
    return w.p("suggest", w.article, "--min-confidence", "nan")


@case("arg-confidence-inf")
def _(w: World) -> list[str]:
    return w.p("suggest", w.article, "--min-confidence", "inf")


@case("arg-confidence-negative")
def _(w: World) -> list[str]:
    return w.p("suggest", w.article, "--min-confidence", "-1")


@case("arg-confidence-above-one")
def _(w: World) -> list[str]:
    return w.p("suggest", w.article, "--min-confidence", "5", "--accept")


@case("arg-limit-negative")
def _(w: World) -> list[str]:
    return w.p("search", "port", "--limit", "-1")


@case("arg-limit-huge")
def _(w: World) -> list[str]:
    return w.p("search", "port", "--limit", "9" * 5000)


@case("arg-empty-text")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "quote", "--text", "")


@case("arg-text-not-in-article")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "quote", "--text", "words nobody wrote")


@case("arg-occurrence-out-of-range")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "quote", "--text", "port", "--occurrence", "99")


@case("arg-occurrence-zero")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "quote", "--text", "port", "--occurrence", "0")


@case("arg-unknown-format")
def _(w: World) -> list[str]:
    return w.p("export", "--format", "docx")


@case("arg-unknown-kind")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "headline", "--text", "port")


@case("arg-export-unknown-article")
def _(w: World) -> list[str]:
    return w.p("export", "--article", "ffffffff")


@case("arg-export-unknown-theme")
def _(w: World) -> list[str]:
    return w.p("export", "--theme", "No such theme")


@case("arg-export-binary-to-stdout")
def _(w: World) -> list[str]:
    return w.p("export", "--format", "xlsx")


@case("arg-export-into-missing-folder")
def _(w: World) -> list[str]:
    return w.p("export", "-o", str(w.work / "missing" / "out.json"))


@case("arg-export-onto-a-folder")
def _(w: World) -> list[str]:
    return w.p("export", "-o", str(w.work))


@case("arg-export-onto-the-project")
def _(w: World) -> list[str]:
    return w.p("export", "-o", str(w.project))


@case("arg-import-onto-the-project")
def _(w: World) -> list[str]:
    return w.p("import", str(w.project))


@case("arg-import-annotations-from-the-project", says="belongs to the open project")
def _(w: World) -> list[str]:
    return w.p("import-annotations", str(w.project))


@case("arg-import-qdpx-from-the-project", says="belongs to the open project")
def _(w: World) -> list[str]:
    return w.p("import-qdpx", str(w.project))


@case("arg-agreement-unknown-theme")
def _(w: World) -> list[str]:
    return w.p("agreement", "--theme", "No such theme")


@case("arg-unknown-command")
def _(w: World) -> list[str]:
    return w.p("frobnicate")


@case("arg-restore-unknown-backup")
def _(w: World) -> list[str]:
    return w.p("backups", "--restore", "no-such-backup")


@case("arg-file-name-with-nul")
def _(w: World) -> list[str]:
    return w.p("export", "-o", "out\x00.json")


@case("arg-project-name-with-nul")
def _(w: World) -> tuple[list[str], Path]:
    return ["--project", f"{w.project}\x00", "articles"], w.project


@case("arg-timeout-nan")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "http://127.0.0.1:9/", "--timeout", "nan")


# -- network answers ---------------------------------------------------------------------


for _name in (
    "broken_status",
    "not_http",
    "huge_header",
    "many_headers",
    "bad_chunks",
    "truncated_chunks",
    "drip_body",
    "drip_headers",
    "silent",
    "hang_up",
    "huge_length",
    "redirect_loop",
    "binary_page",
    "not_found",
):
    CASES.append(
        Case(
            f"net-{_name.replace('_', '-')}",
            lambda w: w.p("import", "--url", w.url, "--timeout", "1.5"),
            subprocess=_name == "drip_body",
            server=_name,
            says="within 1.5 seconds" if _name.startswith(("drip", "silent")) else "",
        )
    )


@case("net-nothing-listening")
def _(w: World) -> list[str]:
    return w.p("import", "--url", hs.closed_port())


@case("net-invalid-ipv6-address")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "http://[::1/story")


@case("net-port-out-of-range")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "http://127.0.0.1:99999/story")


@case("net-control-characters-in-address")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "http://127.0.0.1:9/\x1b[2J\x00")


@case("net-file-scheme")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "file:///etc/passwd")


# -- disks and locks (the storage layer's errors) ----------------------------------------


@case("disk-full-on-export", says=r"disk is full")
def _(w: World) -> list[str]:
    return ["--fsize-limit", *w.p("export", "-o", str(w.work / "big.json"))]


@case("disk-full-on-import", says=r"nothing was changed")
def _(w: World) -> list[str]:
    return ["--fsize-limit", *w.p("import-annotations", str(w.json_file(_bigger(w))))]


def _bigger(w: World) -> dict[str, Any]:
    document = json.loads(json.dumps(w.export))
    article = document["articles"][0]
    text = article["text"] + "\n\n" + "More words about the port. " * 4000
    article.update(
        id="5d4c3b2a-1908-4f7e-8d6c-5b4a39281706",
        text=text,
        text_sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    document["annotations"] = []
    return document


@case("project-read-only", says=r"read-only")
def _(w: World) -> list[str]:
    return ["--read-only", *w.p("import", str(w.file("a.txt", "A story.\n\nThe port reopened.")))]


@case("project-busy", says=r"busy")
def _(w: World) -> list[str]:
    return ["--hold-lock", *w.p("annotate", w.article, "--kind", "passage", "--text", "port")]


# -- running them ------------------------------------------------------------------------


def _hold_lock(project: Path) -> Callable[[], None]:
    """Another program writing the project: an exclusive lock, held until released."""
    conn = sqlite3.connect(project, timeout=1, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")

    def release() -> None:
        conn.rollback()
        conn.close()

    return release


def _read_only(project: Path) -> Callable[[], None]:
    """The project file cannot be written: its mode, and for root (whom modes do not
    bind) the immutable attribute where the file system has one."""
    project.chmod(0o444)
    immutable = os.geteuid() == 0 and shutil.which("chattr") is not None
    if immutable:
        immutable = subprocess.run(["chattr", "+i", str(project)], check=False).returncode == 0

    def release() -> None:
        if immutable:
            subprocess.run(["chattr", "-i", str(project)], check=True)
        project.chmod(0o644)

    return release


def _run_with_file_size_limit(argv: list[str], cwd: Path) -> Run:
    """The command in a process that may not write past 1 KiB into a file (EFBIG)."""
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))\n"
        "from annotary.cli.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    proc = subprocess.run(
        [sys.executable, "-c", script, *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.mark.parametrize("bad", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_one_line_and_changes_nothing(
    bad: Case, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(world.work)
    with contextlib.ExitStack() as stack:
        if bad.server:
            url = stack.enter_context(hs.serve(getattr(hs, bad.server)))
            world = dataclasses.replace(world, url=url)
        _check(bad, world)


def _check(bad: Case, world: World) -> None:
    prepared = bad.prepare(world)
    argv, watched = prepared if isinstance(prepared, tuple) else (prepared, world.project)
    before = _state(watched)
    release: Callable[[], None] | None = None
    try:
        if argv[0] == "--fsize-limit":
            run = _run_with_file_size_limit(argv[1:], world.work)
        else:
            if argv[0] == "--hold-lock":
                argv = argv[1:]
                release = _hold_lock(world.project)
            elif argv[0] == "--read-only":
                argv = argv[1:]
                release = _read_only(world.project)
            run = _subprocess(argv, world.work) if bad.subprocess else run_cli(*argv)
    finally:
        if release is not None:
            release()
    assert_one_line_error(run)
    assert re.search(bad.says, run.err), run.err
    assert _state(watched) == before, "the project changed"
    assert not [p for p in world.project.parent.iterdir() if ".annotary-tmp-" in p.name]


def test_the_catalogue_is_large_and_named() -> None:
    assert len(CASES) >= 60
    assert len({c.id for c in CASES}) == len(CASES)
    assert sum(c.subprocess for c in CASES) >= 5
