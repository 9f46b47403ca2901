"""Article notes and the project memo in a .qdpx: valid notes, and back exactly."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

from test_refiqda_helpers import A1, assert_valid, qde_of, sample_bundle, schema

from annotary.formats.refiqda import read_qdpx, write_qdpx
from annotary.formats.refiqda.common import PROJECT_NS

NS = {"q": PROJECT_NS}
MEMO = "  Who speaks about the ferry?\n\nSecond paragraph, 渡轮 and an emoji 🚢 \n"
NOTE = "Compare with the night-bus story.\nCheck the council minutes."


def _noted(tmp_path: Path) -> Path:
    path = tmp_path / "noted.qdpx"
    bundle = replace(sample_bundle(), notes={A1: NOTE}, memo=MEMO)
    assert write_qdpx(bundle, path, project_name="Ferry coverage") == []
    return path


def test_memo_and_article_note_are_notes_valid_against_project_xsd(
    tmp_path: Path, shared_specs: Path
) -> None:
    path = _noted(tmp_path)
    root = qde_of(path)
    assert_valid(schema(shared_specs, "Project.xsd"), root)
    notes = {n.get("name"): n for n in root.iterfind("q:Notes/q:Note", NS)}
    assert set(notes) == {"Project memo", "Note on Port city council backs night-time ferry plan"}
    memo = notes["Project memo"]
    assert memo.findtext("q:PlainTextContent", namespaces=NS) == MEMO
    (project_ref,) = root.iterfind("q:NoteRef", NS)
    assert project_ref.get("targetGUID") == memo.get("guid")
    source = root.find(f"q:Sources/q:TextSource[@guid='{A1}']", NS)
    assert source is not None
    (ref,) = source.iterfind("q:NoteRef", NS)
    note = next(n for n in notes.values() if n.get("guid") == ref.get("targetGUID"))
    assert note.findtext("q:PlainTextContent", namespaces=NS) == NOTE


def test_own_export_gives_back_memo_and_notes_exactly(tmp_path: Path) -> None:
    bundle = read_qdpx(_noted(tmp_path))
    assert bundle.memo == MEMO
    assert bundle.notes == {A1: NOTE}
    assert not any("note" in w for w in bundle.warnings), bundle.warnings
    assert [a.title for a in bundle.articles] == [a.title for a in sample_bundle().articles]


def test_without_notes_no_notes_element_is_written(tmp_path: Path) -> None:
    path = tmp_path / "plain.qdpx"
    write_qdpx(sample_bundle(), path, project_name="Ferry coverage")
    root = qde_of(path)
    assert root.find("q:Notes", NS) is None and root.find("q:NoteRef", NS) is None
    with zipfile.ZipFile(path) as zf:
        assert all(not n.startswith("notes") for n in zf.namelist())
    again = read_qdpx(path)
    assert (again.memo, again.notes) == ("", {})
