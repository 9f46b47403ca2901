"""The inside of a .qdpx zip: finding project.qde and source files, whatever the dialect.

Tools differ in folder case (``sources/`` or ``Sources/``), in how they name a source
(``internal://<guid>.txt``, ``relative://...``, ``absolute://...``, with or without
extension) and in encodings (UTF-8 with or without BOM). This module hides that.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path
from types import TracebackType

from annotary.domain.errors import ImportFailed, InvalidInputError
from annotary.formats.text_decoding import decode_text

MAX_TEXT_BYTES = 256 * 1024 * 1024  # a plain-text source larger than this is not an article
_SCHEMES = ("internal://", "relative://", "absolute://", "file://")


def _strip_scheme(ref: str) -> str:
    ref = ref.strip().replace("\\", "/")
    lowered = ref.lower()
    for scheme in _SCHEMES:
        if lowered.startswith(scheme):
            return ref[len(scheme) :].lstrip("/")
    return ref.lstrip("/")


class QdpxArchive:
    """A .qdpx opened for reading. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.where = str(path)
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError as exc:
            raise InvalidInputError(f"{path}: no such file") from exc
        except (zipfile.BadZipFile, OSError) as exc:
            raise InvalidInputError(
                f"{path}: not a REFI-QDA project (.qdpx): the file is not a valid zip archive "
                f"({exc})"
            ) from exc
        self._files = [i for i in self._zip.infolist() if not i.is_dir()]
        self._by_path = {i.filename.replace("\\", "/").lower(): i for i in self._files}

    def __enter__(self) -> QdpxArchive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._zip.close()

    def _read(self, info: zipfile.ZipInfo) -> bytes:
        try:
            return self._zip.read(info)
        except (zipfile.BadZipFile, zlib.error, OSError, NotImplementedError, RuntimeError) as exc:
            raise InvalidInputError(
                f"{self.where}: {info.filename} cannot be read from the archive ({exc})"
            ) from exc

    def project_xml(self) -> tuple[str, bytes]:
        """The name and bytes of the project's .qde (``project.qde`` first, any case)."""
        qdes = [i for i in self._files if i.filename.lower().endswith(".qde")]
        if not qdes:
            raise InvalidInputError(
                f"{self.where}: not a REFI-QDA project (.qdpx): the archive holds no project.qde"
            )
        qdes.sort(
            key=lambda i: (
                posixpath.basename(i.filename).lower() != "project.qde",
                i.filename.count("/"),
                i.filename,
            )
        )
        return qdes[0].filename, self._read(qdes[0])

    def find(self, ref: str) -> zipfile.ZipInfo | None:
        """The archive entry a source path refers to, tolerating each tool's dialect."""
        rel = _strip_scheme(ref)
        if not rel:
            return None
        lowered = rel.lower()
        base = posixpath.basename(lowered)
        for candidate in (f"sources/{lowered}", lowered, f"sources/{base}"):
            if candidate in self._by_path:
                return self._by_path[candidate]
        same_base = [i for p, i in self._by_path.items() if posixpath.basename(p) == base]
        if same_base:
            return same_base[0]
        # Files stored without their extension, or referenced without it.
        stem = posixpath.splitext(base)[0]
        ext = posixpath.splitext(base)[1]
        if ext not in ("", ".txt"):
            return None
        for path, info in self._by_path.items():
            name = posixpath.basename(path)
            if name == stem or (not ext and name == f"{stem}.txt"):
                return info
        return None

    def read_text(self, ref: str) -> tuple[str | None, str | None]:
        """(text, note): the decoded text of the source ``ref`` refers to, or (None, why)."""
        info = self.find(ref)
        if info is None:
            return None, f"its text file {ref!r} is not in the archive"
        if info.file_size > MAX_TEXT_BYTES:
            return None, f"its text file {info.filename} is too large ({info.file_size} bytes)"
        try:
            text, encoding = decode_text(self._read(info), source=info.filename)
        except (InvalidInputError, ImportFailed) as exc:
            return None, str(exc)
        if encoding not in ("utf-8", "utf-8-sig"):
            return text, f"not UTF-8; read as {encoding}"
        return text, None
