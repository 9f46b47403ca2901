"""What every bad-input case works in: a World, the case registry, the shared sample text."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


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


TEXT = (
    "Minister Li Hongzhong said on Monday that the port would reopen. "
    "“We are ready to welcome the ships again,” Li said. "
    "The harbour authority said repairs were complete.\n\n"
    "港口管理局表示，港口将于周一重新开放。"
)
