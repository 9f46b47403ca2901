"""Core messages are English text that keeps what the window needs to translate it."""

from __future__ import annotations

import errno
import pickle

from annotary.domain.errors import DiskFull, ImportFailed, from_os_error
from annotary.domain.messages import Message, message


def test_a_message_reads_as_its_english_text() -> None:
    said = message("{source}: {reason}", source="notes.docx", reason="not a DOCX file")
    assert said == "notes.docx: not a DOCX file"
    assert f"failed: {said}" == "failed: notes.docx: not a DOCX file"
    assert said.template == "{source}: {reason}"
    assert said.values == {"source": "notes.docx", "reason": "not a DOCX file"}


def test_a_message_survives_the_trip_to_a_worker_process() -> None:
    inner = message("the disk is full (or a size limit was reached)")
    said = message("{source}: {reason}", source="a.txt", reason=inner)
    back = pickle.loads(pickle.dumps(said))
    assert isinstance(back, Message)
    assert back == said
    assert back.template == said.template
    assert isinstance(back.values["reason"], Message)


def test_an_error_keeps_its_message_and_its_text() -> None:
    exc = ImportFailed("report.pdf", message("the disk is full (or a size limit was reached)"))
    assert str(exc) == "report.pdf: the disk is full (or a size limit was reached)"
    assert isinstance(exc.message, Message)
    assert exc.message.template == "{source}: {reason}"
    assert exc.reason == "the disk is full (or a size limit was reached)"


def test_an_operating_system_failure_becomes_a_translatable_line() -> None:
    full = from_os_error(OSError(errno.ENOSPC, "No space left on device", "/data/p.annotary"))
    assert isinstance(full, DiskFull)
    assert str(full) == "/data/p.annotary: the disk is full (or a size limit was reached)"
    assert isinstance(full.message, Message)
    denied = from_os_error(OSError(errno.EACCES, "Permission denied"), "export.csv")
    assert str(denied) == "export.csv: permission denied (read-only or not yours)"
    other = from_os_error(OSError(errno.EIO, "Input/output error"))
    assert str(other) == "Input/output error"
