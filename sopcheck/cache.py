"""Parse cache: the model of a file, keyed by the file's content hash.

Re-checking an unchanged SOP repository should be near-instant, so ``sopcheck check`` keeps
each file's parsed :class:`~sopcheck.model.SopDocument` values (one per SOP) in ``.sopcheck_cache/`` (in the current
directory) under ``sha256(file bytes)``. The key also holds sopcheck's version and the
fingerprint of the rule data (header vocabulary and labels change what the layout stage
finds), so an upgrade or an edited ``rules/`` file invalidates it, and the size limits the
parse ran under (a file parsed under loose ``[limits]`` must still fail a stricter run; the
time limit is left out, a cached parse costs no time). Only successful parses are cached;
rules always run anew (they depend on configuration). Nothing is ever written next to the
user's files; the input is only read.

An entry is ``{"documents": [{"role_symbols": [[[kind, ...] per step] per procedure],
"comments": [[[text, ...] per step] per procedure], "ocr_confidence": [[{field: confidence} per step]
per procedure], "arrows": [[[source, target, via] per arrow] per procedure], "document": {...}} per
SOP]}``: each model's JSON (the contract's parse shape), each step's per-column kinds
(:attr:`~sopcheck.model.Step.role_symbols`), its comments (:attr:`~sopcheck.model.Step.comments`)
and the OCR confidence of its fields (:attr:`~sopcheck.model.Step.ocr_confidence`), and each
arrow's symbol ends (:meth:`~sopcheck.model.Arrow.extras`), which that shape does not hold, so a
cached model equals a fresh parse. The salt holds :data:`CACHE_FORMAT`, so entries of an older
layout are not read.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .limits import DEFAULT_LIMITS, Limits
from .model import SopDocument

CACHE_DIR = ".sopcheck_cache"
CACHE_FORMAT = 4
"""The entry layout: raised whenever it changes, so entries of an older layout are not read
(2: each step's comments kept; 3: each arrow's symbol ends kept)."""


@lru_cache(maxsize=1)
def _salt() -> str:
    from . import __version__
    from .ruledata import fingerprint

    return f"{__version__}:{CACHE_FORMAT}:{fingerprint()}"


def content_key(path: Path, limits: Optional[Limits] = None) -> str:
    """SHA-256 hex of the file's bytes plus sopcheck's version, the rule data fingerprint and
    ``limits`` (every field but ``timeout_per_file``; default :data:`~sopcheck.limits.DEFAULT_LIMITS`).

    :raises OSError: when the file cannot be read.
    """
    limits = limits or DEFAULT_LIMITS
    sizes = {k: v for k, v in sorted(asdict(limits).items()) if k != "timeout_per_file"}
    digest = hashlib.sha256(f"{_salt()}:{json.dumps(sizes)}".encode())
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class ParseCache:
    """A folder of ``<key>.json`` parse results. Errors reading or writing the cache are
    ignored (a cache must never fail a run)."""

    def __init__(self, root: Path | str = CACHE_DIR):
        self.root = Path(root)

    def get(self, key: str, source: str) -> Optional[list[SopDocument]]:
        """The cached models (one per SOP) for ``key`` with their ``source`` set to ``source``,
        or ``None``."""
        try:
            data = json.loads((self.root / f"{key}.json").read_text(encoding="utf-8"))
            docs = []
            for entry in data["documents"]:
                doc = SopDocument.model_validate(entry["document"])
                for proc, kinds, notes, arrows in zip(doc.procedures, entry["role_symbols"], entry["comments"],
                                                      entry["arrows"], strict=True):
                    for step, step_kinds, step_notes in zip(proc.steps, kinds, notes, strict=True):
                        step.role_symbols = step_kinds
                        step.comments = step_notes
                    for arrow, extras in zip(proc.flow, arrows, strict=True):
                        arrow.set_extras(extras)
                for proc, confs in zip(doc.procedures, entry.get("ocr_confidence") or [], strict=True):
                    for step, conf in zip(proc.steps, confs, strict=True):
                        step.ocr_confidence = conf
                doc.source = source
                docs.append(doc)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return docs or None

    def put(self, key: str, docs: list[SopDocument]) -> None:
        """Store ``docs`` (a file's SOPs) under ``key`` atomically (write to a temp file, then
        rename)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            gitignore = self.root / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n", encoding="utf-8")
            fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
            entries = []
            for doc in docs:
                kinds = [[step.role_symbols for step in proc.steps] for proc in doc.procedures]
                notes = [[step.comments for step in proc.steps] for proc in doc.procedures]
                confs = [[step.ocr_confidence for step in proc.steps] for proc in doc.procedures]
                arrows = [[arrow.extras() for arrow in proc.flow] for proc in doc.procedures]
                entries.append(f'{{"role_symbols": {json.dumps(kinds)}, "comments": {json.dumps(notes)}, '
                               f'"ocr_confidence": {json.dumps(confs)}, "arrows": {json.dumps(arrows)}, '
                               f'"document": {doc.model_dump_json()}}}')
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(f'{{"documents": [{", ".join(entries)}]}}')
            os.replace(tmp, self.root / f"{key}.json")
        except OSError:
            pass
