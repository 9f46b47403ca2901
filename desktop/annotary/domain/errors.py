"""Errors a user can cause and be told about. Each message says what and why."""

from annotary.domain.messages import message, message_of


class AnnotaryError(Exception):
    """Base of every error that is the user's input, not a bug."""

    @property
    def message(self) -> str:
        """What the user is told: the message as made (a :class:`Message` keeps its
        template, so the window can show it translated), else the error's text."""
        return message_of(self)


class NotFoundError(AnnotaryError):
    """A record named by the user does not exist."""


class InvalidInputError(AnnotaryError):
    """Input was read but is not acceptable (wrong value, bad format)."""


class ImportFailed(AnnotaryError):
    """A file or page could not be imported; ``source`` names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(message("{source}: {reason}", source=source, reason=reason))
        self.source = source
        self.reason = reason


class ProjectError(AnnotaryError):
    """The project file cannot be opened or used (not a project, corrupt, newer)."""


class ProjectBusy(ProjectError):
    """Another program holds the project's write lock for longer than we wait."""


class ProjectReadOnly(ProjectError):
    """The project file (or its folder) cannot be written; reading still works."""


class UndoConflict(AnnotaryError):
    """Undo or redo refused: another program changed the same records since; nothing changed."""


class DiskFull(AnnotaryError):
    """The disk (or a quota, or a file-size limit) refused the write; nothing was changed."""


class LimitExceeded(InvalidInputError):
    """Input beyond one of Annotary's stated limits (size, depth, count, time)."""


def from_os_error(exc: OSError, what: str = "") -> AnnotaryError:
    """A one-line user error for an operating-system failure (disk full, permission, …)."""
    import errno

    name = exc.filename if isinstance(exc.filename, str) else what
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    reason: str
    if full:
        reason = message("the disk is full (or a size limit was reached)")
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        reason = message("permission denied (read-only or not yours)")
    else:
        reason = exc.strerror or str(exc)
    said = message("{source}: {reason}", source=name, reason=reason) if name else reason
    return DiskFull(said) if full else AnnotaryError(said)
