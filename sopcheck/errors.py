"""Errors raised for files sopcheck cannot read as an SOP.

Each error carries the file-level rule it becomes in a report (``unreadable-file``,
``unsupported-format``, ``encrypted-file``, ``not-an-sop``, ``no-text-layer``,
``resource-limit``) and a message in Bahasa Indonesia and English that says what is wrong
and what to do. The CLI turns one into one error finding for that file; the batch goes on.
"""

from __future__ import annotations


class SopError(Exception):
    """Base of sopcheck's own errors."""


class UsageError(SopError):
    """A bad flag, bad configuration or missing path (exit status 2).

    :param message_id: what is wrong (and what to do), in Bahasa Indonesia.
    :param message_en: the same in English (default: ``message_id``).

    The command line prints the one of ``--lang`` (:meth:`message`); ``str()`` is the Indonesian.
    """

    def __init__(self, message_id: str, message_en: str | None = None):
        super().__init__(message_id)
        self.message_id = message_id
        self.message_en = message_en or message_id

    def message(self, lang: str = "id") -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``)."""
        return self.message_en if lang == "en" else self.message_id


class ReadError(SopError):
    """A file that exists but cannot be read as an SOP.

    :param rule: the file-level rule name the finding will carry.
    :param message_id: message in Bahasa Indonesia (what is wrong, what to do).
    :param message_en: the same in English.
    """

    rule = "unreadable-file"

    def __init__(self, message_id: str, message_en: str | None = None, *, rule: str | None = None):
        super().__init__(message_en or message_id)
        self.message_id = message_id
        self.message_en = message_en or message_id
        if rule:
            self.rule = rule

    def message(self, lang: str = "id") -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``)."""
        return self.message_en if lang == "en" else self.message_id


class UnreadableFile(ReadError):
    """Corrupt, truncated or malformed file (``unreadable-file``)."""

    rule = "unreadable-file"


class UnsupportedFormat(ReadError):
    """A format sopcheck does not read: legacy .doc, HTML or images renamed, ...
    (``unsupported-format``)."""

    rule = "unsupported-format"


class EncryptedFile(ReadError):
    """Password-protected DOCX or PDF (``encrypted-file``)."""

    rule = "encrypted-file"


class NotAnSop(ReadError):
    """A readable document with no identitas block and no flowchart table (``not-an-sop``)."""

    rule = "not-an-sop"


class NoTextLayer(ReadError):
    """A scanned PDF with no text layer (``no-text-layer``)."""

    rule = "no-text-layer"


class ResourceLimit(ReadError):
    """A file beyond a configured size limit: zip bomb, too many pages or rows
    (``resource-limit``)."""

    rule = "resource-limit"
