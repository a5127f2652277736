"""Readers: turn a file into :class:`~sopcheck.blocks.Blocks`, one module per format.

:func:`read` sniffs the file's content (not its name) and dispatches to the DOCX or PDF
reader; anything else raises a :class:`~sopcheck.errors.ReadError` naming the file.
"""

from __future__ import annotations

from pathlib import Path

from ..blocks import Blocks
from ..limits import DEFAULT_LIMITS, Limits


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> Blocks:
    """Read ``path`` into blocks.

    :raises ReadError: unreadable, unsupported, encrypted or over-limit files.
    """
    from .sniff import detect

    kind = detect(path, limits)
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(path, limits)
    from .docx import read_docx

    return read_docx(path, limits)
