"""Bad input: annotation json to import."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from bad_input.world import World, case

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
