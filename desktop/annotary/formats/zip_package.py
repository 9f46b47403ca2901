"""Members of zip-based documents (ODT, EPUB), read with limits and parsed safely."""

from __future__ import annotations

import io
import zipfile
import zlib

import lxml.etree

MAX_MEMBER_BYTES = 60_000_000  # unpacked; a zip bomb stops here
MAX_TOTAL_BYTES = 250_000_000  # all members unpacked, as the package states them


class PackageError(ValueError):
    """The file is not a package (zip) document that can be read."""


def check_unpacked_size(package: zipfile.ZipFile, kind: str) -> None:
    """Refuse a package that says it unpacks to more than MAX_TOTAL_BYTES."""
    total = sum(info.file_size for info in package.infolist())
    if total > MAX_TOTAL_BYTES:
        raise PackageError(
            f"this {kind} unpacks to {total:,} bytes (at most {MAX_TOTAL_BYTES:,} are read)"
        )


class ZipPackage:
    def __init__(self, data: bytes, kind: str) -> None:
        self.kind = kind
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as exc:
            raise PackageError(f"this is not {kind} (not a zip package)") from exc
        check_unpacked_size(self.zip, kind)

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
            raise PackageError(f"{self.kind} without {name}") from exc
        if info.file_size > MAX_MEMBER_BYTES:
            raise PackageError(f"{name} in the {self.kind} is too large to read")
        try:
            with self.zip.open(info) as fh:
                data = fh.read(MAX_MEMBER_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
            raise PackageError(f"{name} in the {self.kind} cannot be unpacked") from exc
        if len(data) > MAX_MEMBER_BYTES:
            raise PackageError(f"{name} in the {self.kind} is too large to read")
        return data

    def xml(self, name: str) -> lxml.etree._Element:
        parser = lxml.etree.XMLParser(
            resolve_entities=False, no_network=True, huge_tree=False, recover=False
        )
        try:
            return lxml.etree.fromstring(self.read(name), parser=parser)
        except lxml.etree.XMLSyntaxError as exc:
            raise PackageError(f"{name} in the {self.kind} is not well-formed XML") from exc
