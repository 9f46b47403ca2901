"""Members of zip-based documents (ODT, EPUB), read with limits and parsed safely."""

from __future__ import annotations

import io
import zipfile
import zlib

import lxml.etree

from annotary.domain.messages import message

MAX_MEMBER_BYTES = 60_000_000  # unpacked; a zip bomb stops here
MAX_TOTAL_BYTES = 250_000_000  # all members unpacked, as the package states them


class PackageError(ValueError):
    """The file is not a package (zip) document that can be read."""


def check_unpacked_size(package: zipfile.ZipFile) -> None:
    """Refuse a package that says it unpacks to more than MAX_TOTAL_BYTES."""
    total = sum(info.file_size for info in package.infolist())
    if total > MAX_TOTAL_BYTES:
        raise PackageError(
            message(
                "the file unpacks to {total} bytes (at most {limit} are read)",
                total=f"{total:,}",
                limit=f"{MAX_TOTAL_BYTES:,}",
            )
        )


class ZipPackage:
    """A zip-packaged document. ``kind`` names it with its article ("an EPUB book"): a
    message itself, so that it is translated too."""

    def __init__(self, data: bytes, kind: str) -> None:
        self.kind = kind
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as exc:
            raise PackageError(
                message("this is not {kind} (not a zip package)", kind=kind)
            ) from exc
        check_unpacked_size(self.zip)

    def has(self, name: str) -> bool:
        try:
            self.zip.getinfo(name)
        except KeyError:
            return False
        return True

    def read(self, name: str) -> bytes:
        try:
            info = self.zip.getinfo(name)
        except KeyError as exc:
            raise PackageError(message("{kind} without {name}", kind=self.kind, name=name)) from exc
        if info.file_size > MAX_MEMBER_BYTES:
            raise PackageError(self._too_large(name))
        try:
            with self.zip.open(info) as fh:
                data = fh.read(MAX_MEMBER_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
            raise PackageError(message("{name} in the file cannot be unpacked", name=name)) from exc
        if len(data) > MAX_MEMBER_BYTES:
            raise PackageError(self._too_large(name))
        return data

    def _too_large(self, name: str) -> str:
        return message("{name} in the file is too large to read", name=name)

    def xml(self, name: str) -> lxml.etree._Element:
        parser = lxml.etree.XMLParser(
            resolve_entities=False, no_network=True, huge_tree=False, recover=False
        )
        try:
            return lxml.etree.fromstring(self.read(name), parser=parser)
        except lxml.etree.XMLSyntaxError as exc:
            raise PackageError(
                message("{name} in the file is not well-formed XML", name=name)
            ) from exc
