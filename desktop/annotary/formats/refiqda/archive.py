"""The inside of a .qdpx zip: finding project.qde and source files, whatever the dialect.

Tools differ in folder case (``sources/`` or ``Sources/``), in how they name a source
(``internal://<guid>.txt``, ``relative://...``, ``absolute://...``, with or without
extension) and in encodings (UTF-8 with or without BOM). This module hides that.

Reading is bounded whatever the zip's headers claim (they are never trusted:
sizes are counted on the bytes actually inflated). An archive is refused with
:class:`LimitExceeded`, before anything is imported, when it has more than
:data:`MAX_ENTRIES` entries, when one entry inflates to more than
:data:`MAX_ENTRY_BYTES`, when all that is read exceeds :data:`MAX_TOTAL_BYTES`,
or when an entry (or the whole) inflates more than :data:`MAX_RATIO` times its
compressed size once past :data:`RATIO_FLOOR_BYTES` (a "zip bomb": ordinary
text and XML compress 3 to 20 times).
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path
from types import TracebackType

from annotary.domain.errors import ImportFailed, InvalidInputError, LimitExceeded
from annotary.domain.messages import message
from annotary.formats.sizes import format_limit
from annotary.formats.text_decoding import decode_text

MAX_ENTRIES = 20_000
MAX_ENTRY_BYTES = 100_000_000  # twice the largest article file Annotary imports
MAX_TOTAL_BYTES = 1_000_000_000
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1_000_000
_CHUNK = 1 << 20
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
            raise InvalidInputError(message("{path}: no such file", path=str(path))) from exc
        except (zipfile.BadZipFile, OSError) as exc:
            raise InvalidInputError(
                message(
                    "{path}: not a REFI-QDA project (.qdpx): the file is not a valid zip "
                    "archive ({error})",
                    path=str(path),
                    error=str(exc),
                )
            ) from exc
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            self._zip.close()
            raise LimitExceeded(
                message(
                    "{path}: the archive has {count} entries (at most {limit}); "
                    "nothing was imported",
                    path=str(path),
                    count=f"{len(infos):,}",
                    limit=f"{MAX_ENTRIES:,}",
                )
            )
        self._size = max(Path(path).stat().st_size, 1)
        self._total = 0
        self._files = [i for i in infos if not i.is_dir()]
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

    def _refuse(self, info: zipfile.ZipInfo, what: str) -> LimitExceeded:
        return LimitExceeded(
            message(
                "{where}: {entry}: {what}; nothing was imported",
                where=self.where,
                entry=info.filename,
                what=what,
            )
        )

    def _check(self, info: zipfile.ZipInfo, got: int) -> None:
        if got > MAX_ENTRY_BYTES:
            limit = format_limit(MAX_ENTRY_BYTES)
            raise self._refuse(
                info,
                message("the entry inflates to more than {limit} (at most {limit})", limit=limit),
            )
        if self._total > MAX_TOTAL_BYTES:
            limit = format_limit(MAX_TOTAL_BYTES)
            raise self._refuse(
                info,
                message(
                    "the archive inflates to more than {limit} (at most {limit} in all)",
                    limit=limit,
                ),
            )
        if got > RATIO_FLOOR_BYTES and got > MAX_RATIO * max(info.compress_size, 1):
            raise self._refuse(
                info,
                message(
                    "the entry inflates more than {ratio} times its compressed size "
                    "({size} bytes to over {got}): a zip bomb?",
                    ratio=MAX_RATIO,
                    size=f"{info.compress_size:,}",
                    got=f"{got:,}",
                ),
            )
        if self._total > RATIO_FLOOR_BYTES and self._total > MAX_RATIO * self._size:
            raise self._refuse(
                info,
                message(
                    "the archive inflates more than {ratio} times its size "
                    "({size} bytes to over {got}): a zip bomb?",
                    ratio=MAX_RATIO,
                    size=f"{self._size:,}",
                    got=f"{self._total:,}",
                ),
            )

    def _read(self, info: zipfile.ZipInfo) -> bytes:
        """The entry's bytes, counted as they are inflated (headers are not trusted)."""
        parts: list[bytes] = []
        got = 0
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    got += len(chunk)
                    self._total += len(chunk)
                    self._check(info, got)
                    parts.append(chunk)
        except (zipfile.BadZipFile, zlib.error, OSError, NotImplementedError, RuntimeError) as exc:
            raise InvalidInputError(
                message(
                    "{where}: {entry} cannot be read from the archive ({error})",
                    where=self.where,
                    entry=info.filename,
                    error=str(exc),
                )
            ) from exc
        return b"".join(parts)

    def project_xml(self) -> tuple[str, bytes]:
        """The name and bytes of the project's .qde (``project.qde`` first, any case)."""
        qdes = [i for i in self._files if i.filename.lower().endswith(".qde")]
        if not qdes:
            raise InvalidInputError(
                message(
                    "{where}: not a REFI-QDA project (.qdpx): the archive holds no project.qde",
                    where=self.where,
                )
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
            return None, message("its text file {ref} is not in the archive", ref=repr(ref))
        data = self._read(info)  # LimitExceeded stops the whole import
        try:
            text, encoding = decode_text(data, source=info.filename)
        except (InvalidInputError, ImportFailed) as exc:
            return None, exc.message
        if encoding not in ("utf-8", "utf-8-sig"):
            return text, message("not UTF-8; read as {encoding}", encoding=encoding)
        return text, None
