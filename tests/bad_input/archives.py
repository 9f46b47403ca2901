"""Bad input: refi-qda archives."""

from __future__ import annotations

import zipfile
from pathlib import Path

from bad_input.world import World, case

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
