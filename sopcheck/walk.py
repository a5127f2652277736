"""Finding the SOP files under the paths a user gives: the one folder walker.

``sopcheck check`` and ``sopcheck audit`` both walk folders with :func:`walk`: lazily, in
name order, recursing into subfolders in place (so the order is that of the sorted paths),
skipping hidden files and folders (``.git``) and Word lock files (``~$*.docx``), never
following a symlinked folder (no loops). An entry with an SOP ending that is not a regular
file (a dangling symlink, a pipe) is yielded too, so the reader reports it as
``unreadable-file`` instead of it vanishing from the run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator, Optional, Sequence

from .errors import UsageError

SOP_SUFFIXES = (".docx", ".pdf", ".doc")
"""File endings picked up in a folder (.doc is included so a legacy Word file in an SOP folder
is reported as unsupported instead of silently skipped)."""


def walk(folder: str | os.PathLike) -> Iterator[str]:
    """Yield the path of every SOP file under ``folder`` (see the module docstring); an
    unreadable subfolder is skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith((".", "~$")):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from walk(entry.path)
            elif not entry.is_dir() and os.path.splitext(entry.name)[1].lower() in SOP_SUFFIXES:
                yield entry.path
        except OSError:
            continue


def iter_sop_files(paths: Sequence[str]) -> Iterator[tuple[Path, str]]:
    """Yield ``(path, path as given or found)`` for every SOP file under ``paths``: a file is
    taken as it is, whatever its ending (readers tell formats by content); a folder is walked
    with :func:`walk`.

    :raises UsageError: when a path does not exist.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in walk(path):
                yield Path(found), found
        elif path.exists():
            yield path, given
        else:
            raise UsageError(f"{given}: berkas atau folder tidak ditemukan / no such file or folder")


def iter_dinas_files(root: str | os.PathLike) -> Iterator[tuple[str, Optional[str]]]:
    """Yield ``(path, dinas)`` for every SOP file under the audit ``root``: ``dinas`` is the
    file's first-level folder under ``root``, ``None`` for a file directly in ``root``."""
    root = os.fspath(root)
    for path in walk(root):
        parts = Path(os.path.relpath(path, root)).parts
        yield path, parts[0] if len(parts) > 1 else None
