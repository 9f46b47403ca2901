"""Bad input: disks and locks (the storage layer's errors)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from bad_input.world import World, case

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
