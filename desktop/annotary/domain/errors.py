"""Errors a user can cause and be told about. Each message says what and why."""


class AnnotaryError(Exception):
    """Base of every error that is the user's input, not a bug."""


class NotFoundError(AnnotaryError):
    """A record named by the user does not exist."""


class InvalidInputError(AnnotaryError):
    """Input was read but is not acceptable (wrong value, bad format)."""


class ImportFailed(AnnotaryError):
    """A file or page could not be imported; ``source`` names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
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
    where = f"{name}: " if name else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(f"{where}the disk is full (or a size limit was reached)")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return AnnotaryError(f"{where}permission denied (read-only or not yours)")
    reason = exc.strerror or str(exc)
    return AnnotaryError(f"{where}{reason}")
