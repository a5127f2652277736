"""Finding the SOP files under the paths a user gives: the one folder walker, and the globs
configuration uses for paths.

``sopcheck check`` and ``sopcheck audit`` both walk folders with :func:`walk`: lazily, in
name order, recursing into subfolders in place (so the order is that of the sorted paths),
never following a symlinked folder (no loops). An entry with an SOP ending that is not a
regular file (a dangling symlink, a pipe) is yielded too, so the reader reports it as
``unreadable-file`` instead of it vanishing from the run.

What is skipped is decided by an ``excluded(path, is_dir)`` callback (the configuration's
``exclude`` / ``extend-exclude``, see :meth:`sopcheck.config.ConfigFinder.excluded`); without
one, :data:`DEFAULT_EXCLUDE` applies: hidden files and folders (``.git``) and Word lock files
(``~$*.docx``). An excluded folder is not entered at all.

Globs (:class:`Globs`) are gitignore patterns, as ruff's ``exclude`` and ``per-file-ignores``
are, matched with the ``pathspec`` library against the path relative to the configuration
file's folder: ``*`` never crosses a ``/``, ``**`` does (``arsip/**/*.docx`` matches
``arsip/x.docx`` and ``arsip/2019/x.docx``; ``arsip/*.docx`` only the first); a pattern without
a ``/`` matches a name at any depth (``*.pdf``, ``draft*``); a pattern ending in ``/`` names a
folder and everything under it; a leading ``/`` anchors to the configuration's folder.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

from .errors import UsageError

SOP_SUFFIXES = (".docx", ".pdf", ".doc", ".odt", ".rtf")
"""File endings picked up in a folder. ``.doc``, ``.odt`` and ``.rtf`` are not read, but are
picked up so that an SOP saved in one of those formats is reported (``unsupported-format``:
save it as .docx or PDF) instead of silently skipped."""

DEFAULT_EXCLUDE = (".*", "~$*")
"""What a walk skips unless the configuration's ``exclude`` replaces it: hidden files and
folders, Word's lock files."""

Excluded = Callable[[str, bool], bool]
"""``excluded(path, is_dir)``: whether the walker skips that entry."""


@lru_cache(maxsize=256)
def _compiled(pattern: str):
    import pathspec

    return pathspec.PathSpec.from_lines("gitignore", [pattern])


def check_glob(pattern: str) -> Optional[str]:
    """``None`` when ``pattern`` is a usable glob, else why not (for a configuration error)."""
    if not pattern.strip() or pattern.strip() == "!":
        return "pola kosong / empty pattern"
    try:
        _compiled(pattern.removeprefix("!"))
    except Exception as exc:  # pathspec raises its own error types for malformed patterns
        return str(exc)
    return None


class Globs:
    """A list of gitignore patterns (see the module docstring); a pattern starting with ``!``
    matches the paths its remainder does *not* match, as ruff's ``per-file-ignores`` reads it."""

    def __init__(self, patterns: Sequence[str]):
        self.patterns = tuple(patterns)

    def match(self, rel: str, is_dir: bool = False) -> bool:
        """Whether a path relative to the patterns' folder (``/``-separated) matches one of them."""
        return any(self.match_one(p, rel, is_dir) for p in self.patterns)

    @staticmethod
    def match_one(pattern: str, rel: str, is_dir: bool = False) -> bool:
        """Whether ``rel`` matches the one ``pattern``."""
        negated = pattern.startswith("!")
        spec = _compiled(pattern[1:] if negated else pattern)
        hit = spec.match_file(rel + "/" if is_dir else rel)
        return hit != negated


def default_excluded(path: str, is_dir: bool) -> bool:
    """The walk's exclusion without a configuration: :data:`DEFAULT_EXCLUDE` on the name."""
    return Globs(DEFAULT_EXCLUDE).match(os.path.basename(path), is_dir)


def walk(folder: str | os.PathLike, excluded: Optional[Excluded] = None) -> Iterator[str]:
    """Yield the path of every SOP file under ``folder`` (see the module docstring); an
    unreadable subfolder is skipped."""
    excluded = excluded or default_excluded
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                if not excluded(entry.path, True):
                    yield from walk(entry.path, excluded)
            elif (not entry.is_dir() and os.path.splitext(entry.name)[1].lower() in SOP_SUFFIXES
                  and not excluded(entry.path, False)):
                yield entry.path
        except OSError:
            continue


def iter_sop_files(paths: Sequence[str], excluded: Optional[Excluded] = None,
                   force_exclude: bool | Callable[[str], bool] = False) -> Iterator[tuple[Path, str]]:
    """Yield ``(path, path as given or found)`` for every SOP file under ``paths``: a file is
    taken as it is, whatever its ending (readers tell formats by content), unless
    ``force_exclude`` (a flag, or a test of the path) and ``excluded`` says so (as ruff's
    ``--force-exclude``, for pre-commit, which names files one by one); a folder is walked with
    :func:`walk`.

    :raises UsageError: when a path does not exist.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in walk(path, excluded):
                yield Path(found), found
        elif path.exists():
            forced = force_exclude(given) if callable(force_exclude) else force_exclude
            if forced and (excluded or default_excluded)(given, False):
                continue
            yield path, given
        else:
            raise UsageError(f"{given}: berkas atau folder tidak ditemukan", f"{given}: no such file or folder")


def iter_dinas_files(root: str | os.PathLike,
                     excluded: Optional[Excluded] = None) -> Iterator[tuple[str, Optional[str]]]:
    """Yield ``(path, dinas)`` for every SOP file under the audit ``root``: ``dinas`` is the
    file's first-level folder under ``root``, ``None`` for a file directly in ``root``."""
    root = os.fspath(root)
    for path in walk(root, excluded):
        parts = Path(os.path.relpath(path, root)).parts
        yield path, parts[0] if len(parts) > 1 else None
