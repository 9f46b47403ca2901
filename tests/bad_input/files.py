"""Bad input: files to import."""

from __future__ import annotations

import os

from bad_input.world import World, case

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
    return w.p("import", str(w.file("report.pages", b"PK\x03\x04")))


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
