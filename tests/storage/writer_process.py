"""A program that writes annotations to a project as fast as it can.

Run by the robustness tests as a separate process: it prints the id of each
annotation after its transaction committed, then is killed or left to finish.
Usage: python writer_process.py PROJECT ARTICLE_ID COUNT [CODER]
"""

from __future__ import annotations

import sys

from annotary.services import annotating
from annotary.services.project import open_project


def main() -> None:
    path, article_id, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    coder = sys.argv[4] if len(sys.argv) > 4 else "writer"
    project = open_project(path, coder=coder)
    text_len = len(annotating.article_store.get(project.store, article_id).text)
    for i in range(count):
        start = (i * 7) % (text_len - 12)
        made = annotating.create(project, article_id, "passage", start, start + 10, note=f"n{i}")
        sys.stdout.write(made.value.id + "\n")
        sys.stdout.flush()
    project.close()


if __name__ == "__main__":
    main()
