"""Errors a user can cause, as one line that names what went wrong and where.

The CLI turns any `WatcherError` into that line on stderr and an exit code; it never shows a
stack trace for them. Programming errors are not `WatcherError`s and keep their tracebacks.
"""

from __future__ import annotations


class WatcherError(Exception):
    """Base of every user-facing error. `exit_code` 1 = bad input or usage, 2 = cannot run."""

    exit_code = 1

    def __init__(self, message: str, *, where: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.line = line

    def __str__(self) -> str:
        if self.where and self.line:
            return f"{self.where}:{self.line}: {self.message}"
        if self.where:
            return f"{self.where}: {self.message}"
        return self.message


class BriefingError(WatcherError):
    """A briefing that cannot be read as one (no title, no watch items, not text)."""


class WatchlistError(WatcherError):
    """A watchlist YAML file that is malformed or invalid (file and line named)."""


class FeedError(WatcherError):
    """A feed URL that is invalid, a duplicate, unknown, or whose body is not a feed."""


class NotFound(WatcherError):
    """A question, feed or review item id that does not exist."""


class StoreUnavailable(WatcherError):
    """The database cannot be reached or migrated: nothing could run."""

    exit_code = 2
