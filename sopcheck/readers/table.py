"""The reader table: which reader reads which format, and how a file's content says so.

Each :class:`ReaderEntry` names a format (the ``format`` of the parsed model), the
signatures that identify it (magic bytes at the start of the file, or for an OOXML zip the
main part and its content type) and the module and function that read it into
:class:`~sopcheck.blocks.Blocks`. :func:`sopcheck.readers.sniff.detect` picks the entry from
the file's content; :func:`sopcheck.readers.read` calls its reader. A file no entry claims is
refused (``unsupported-format`` or ``unreadable-file``), never read by a default.

Adding a format is one new reader module and one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Callable


@dataclass(frozen=True)
class ReaderEntry:
    """One format sopcheck reads.

    ``magic``: byte strings the file starts with (``magic_anywhere``: found anywhere in the
    first 1024 bytes, as PDF allows leading junk). ``ooxml_part`` and ``content_types``: for a
    zip-based Office format, the main part's name and fragments of its content type in
    ``[Content_Types].xml``. ``module``/``function``: the reader, ``function(path, limits) ->
    Blocks``, imported when first used (so start-up stays fast).
    """

    format: str
    module: str
    function: str
    magic: tuple[bytes, ...] = ()
    magic_anywhere: bool = False
    ooxml_part: str = ""
    content_types: tuple[bytes, ...] = ()

    def reader(self) -> Callable:
        """The read function of this format."""
        return getattr(import_module(f"{__package__}.{self.module}"), self.function)

    def claims_head(self, head: bytes) -> bool:
        """True when the first bytes of a file carry one of this format's magic signatures."""
        if self.magic_anywhere:
            return any(m in head for m in self.magic)
        return head.startswith(self.magic) if self.magic else False


READERS: tuple[ReaderEntry, ...] = (
    ReaderEntry("pdf", module="pdf", function="read_pdf", magic=(b"%PDF-",), magic_anywhere=True),
    ReaderEntry("docx", module="docx", function="read_docx", ooxml_part="word/document.xml",
                content_types=(b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")),
)
"""Every format sopcheck reads, in the order their signatures are tried."""


def entry_for(fmt: str) -> ReaderEntry:
    """The entry of format ``fmt``.

    :raises KeyError: no reader reads ``fmt``.
    """
    for entry in READERS:
        if entry.format == fmt:
            return entry
    raise KeyError(fmt)
