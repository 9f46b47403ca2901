"""Readers that turn article files, pasted text and web pages into documents.

Everything here takes bytes or text and returns
:class:`annotary.formats.document.ImportedDocument`; nothing here knows about the
project database. :mod:`annotary.formats.readers` is the entry point: it
dispatches files by suffix and re-exports the public readers.
"""
