"""Readers: turn a file into :class:`~sopcheck.blocks.Blocks`, one module per format.

:func:`read` sniffs the file's content (not its name, :func:`.sniff.detect`) and calls the
reader the reader table (:data:`.table.READERS`) names for that format; anything no reader
claims raises a :class:`~sopcheck.errors.ReadError` naming the file. Readers know their
format and nothing of SOPs: they import none of layout, checks, report, audit or cli.
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
    from .table import entry_for

    return entry_for(detect(path, limits)).reader()(path, limits)
