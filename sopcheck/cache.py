"""Parse cache: the model of a file, keyed by the file's content hash.

Re-checking an unchanged SOP repository should be near-instant, so ``sopcheck check`` keeps
each parsed :class:`~sopcheck.model.SopDocument` in ``.sopcheck_cache/`` (in the current
directory) under ``sha256(file bytes)``. The key also holds sopcheck's version and the
fingerprint of the rule data (header vocabulary and labels change what the layout stage
finds), so an upgrade or an edited ``rules/`` file invalidates it. Only successful parses
are cached; rules always run anew (they depend on configuration). Nothing is ever written
next to the user's files; the input is only read.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .model import SopDocument

CACHE_DIR = ".sopcheck_cache"


@lru_cache(maxsize=1)
def _salt() -> str:
    from . import __version__
    from .ruledata import fingerprint

    return f"{__version__}:{fingerprint()}"


def content_key(path: Path) -> str:
    """SHA-256 hex of the file's bytes plus sopcheck's version and rule data fingerprint."""
    digest = hashlib.sha256(_salt().encode())
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class ParseCache:
    """A folder of ``<key>.json`` parse results. Errors reading or writing the cache are
    ignored (a cache must never fail a run)."""

    def __init__(self, root: Path | str = CACHE_DIR):
        self.root = Path(root)

    def get(self, key: str, source: str) -> Optional[SopDocument]:
        """The cached model for ``key`` with its ``source`` set to ``source``, or ``None``."""
        try:
            data = (self.root / f"{key}.json").read_text(encoding="utf-8")
            doc = SopDocument.model_validate_json(data)
        except (OSError, ValueError):
            return None
        doc.source = source
        return doc

    def put(self, key: str, doc: SopDocument) -> None:
        """Store ``doc`` under ``key`` atomically (write to a temp file, then rename)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            gitignore = self.root / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n", encoding="utf-8")
            fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(doc.model_dump_json())
            os.replace(tmp, self.root / f"{key}.json")
        except OSError:
            pass
