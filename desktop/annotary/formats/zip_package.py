"""Members of zip-based documents (ODT, EPUB), read with limits and parsed safely."""

from __future__ import annotations

import io
import zipfile

import lxml.etree

MAX_MEMBER_BYTES = 60_000_000  # unpacked; a zip bomb stops here


class PackageError(ValueError):
    """The file is not a package (zip) document that can be read."""


class ZipPackage:
    def __init__(self, data: bytes, kind: str) -> None:
        self.kind = kind
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as exc:
            raise PackageError(f"this is not {kind} (not a zip package)") from exc

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
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
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
