"""The errors diffnews raises. The CLI turns each into one line on stderr and exit status 2."""

from __future__ import annotations

__all__ = ["ConfigError", "DiffnewsError", "InputError"]


class DiffnewsError(Exception):
    """Base class. Its message is complete: it says what went wrong and what to do next."""


class InputError(DiffnewsError):
    """An input could not be read as text: missing, a directory, empty, binary, wrong encoding."""


class ConfigError(DiffnewsError):
    """A threshold or option has a value diffnews cannot use."""
