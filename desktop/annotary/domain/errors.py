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
