"""Baselines: record today's findings, then report only new ones.

A team adopting sopcheck on hundreds of legacy SOPs writes a baseline once
(``--write-baseline FILE``) and from then on passes ``--baseline FILE`` so only defects
introduced later fail the run. A finding's fingerprint must survive unrelated edits, so it
keys on what a reviewer would call "the same problem": the file, the rule, the procedure's
title and the step's kegiatan text — never on row, table or step numbers, which shift when a
row is inserted above. A finding in one SOP of a bundle (a file holding several SOPs) also
keys on that SOP: its Nama SOP, so inserting an SOP before it changes nothing. Identical keys
are counted, so a second occurrence of the same problem in the same step is still new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

from .errors import UsageError
from .model import Finding, SopDocument, Step
from .text import fold

BASELINE_VERSION = 1


def _step_of(doc: SopDocument, finding: Finding) -> tuple[Optional[str], Optional[Step]]:
    if finding.procedure is None or not (1 <= finding.procedure <= len(doc.procedures)):
        return None, None
    proc = doc.procedures[finding.procedure - 1]
    if finding.step is None:
        return proc.title, None
    loc = finding.location
    for position, step in enumerate(proc.steps, 1):
        same_place = loc.row is not None and step.location.row == loc.row and step.location.table == loc.table
        if same_place or (loc.row is None and (step.number == finding.step or
                                               (step.number is None and position == finding.step))):
            return proc.title, step
    return proc.title, None


def _path_key(path: str, root: Optional[Path] = None) -> str:
    """``path`` relative to ``root`` (both resolved) when it lies under it, else as given;
    forward slashes."""
    if root is not None:
        try:
            return Path(path).resolve().relative_to(root.resolve()).as_posix()
        except (ValueError, OSError):
            pass
    return Path(path).as_posix().lstrip("./")


def fingerprint(finding: Finding, doc: Optional[SopDocument], root: Optional[Path] = None) -> str:
    """A stable SHA-256 hex key for ``finding`` (see the module docstring).

    Step-level findings key on (path, rule, procedure title, kegiatan); procedure-level on
    (path, rule, title, message); file- and identitas-level on (path, rule, message). A finding
    of one SOP of a bundle (``finding.part`` set; ``doc`` is that SOP) adds the SOP's Nama SOP
    after the rule (its index when it has none). Step numbers and row positions never enter
    the key, except for a step with no kegiatan text.
    The path is taken relative to ``root`` (a baseline's folder) when the file lies under it,
    so the key does not depend on the working folder or on how the path was typed; else
    (and with no ``root``) it is the path as given.

    Messages depend on the report language, so the key takes the message in Bahasa Indonesia
    (``Finding.message_id``) whatever the report's language. A file that could not be read
    (``doc`` is ``None``) has one file-level finding, keyed on (path, rule) alone.
    """
    parts = [_path_key(finding.path, root), finding.rule]
    if finding.part is not None:
        name = doc.identity.nama_sop if doc is not None and doc.identity is not None else None
        parts.append(f"sop:{fold(name) or f'#{finding.part}'}")
    text = finding.message_id
    title, step = (None, None) if doc is None else _step_of(doc, finding)
    if step is not None:
        parts += [fold(title), fold(step.kegiatan) or f"#{finding.step}"]
    elif finding.procedure is not None:
        parts += [fold(title), text]
    elif doc is not None:
        parts.append(text)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def write_baseline(path: Path, results: Iterable) -> int:
    """Write every finding of ``results`` (``FileResult`` values) to ``path``; return the count.

    Files are keyed relative to ``path``'s folder (see :func:`fingerprint`).

    :raises UsageError: when ``path`` cannot be written.
    """
    entries = []
    for result in results:
        for finding in result.findings:
            key = fingerprint(finding, result.document_of(finding), path.parent)
            entries.append({"fingerprint": key,
                            "path": finding.path,
                            "rule": finding.rule, "message": finding.message})
    data = {"sopcheck_baseline": BASELINE_VERSION, "findings": entries}
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: baseline tidak dapat ditulis: {exc.strerror}",
                         f"{path}: the baseline cannot be written: {exc.strerror}") from exc
    return len(entries)


def load_baseline(path: Path) -> Counter:
    """Read a baseline written by :func:`write_baseline`: a multiset of fingerprints.

    :raises UsageError: when the file is missing or not a sopcheck baseline.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("sopcheck_baseline") != BASELINE_VERSION:
            raise ValueError("not a sopcheck baseline")
        return Counter(entry["fingerprint"] for entry in data["findings"])
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: baseline tidak ditemukan", f"{path}: baseline not found") from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UsageError(f"{path}: bukan berkas baseline sopcheck ({exc})",
                         f"{path}: not a sopcheck baseline ({exc})") from exc


def filter_new(results: Iterable, known: Counter, root: Optional[Path] = None) -> int:
    """Drop, in place, the findings of ``results`` already in the baseline ``known``; return
    how many were dropped.

    ``root`` is the baseline file's folder (files are keyed relative to it, as
    :func:`write_baseline` wrote them); ``None`` keys on the paths as given.
    """
    remaining = Counter(known)
    hidden = 0
    for result in results:
        kept = []
        for finding in result.findings:
            key = fingerprint(finding, result.document_of(finding), root)
            if remaining[key] > 0:
                remaining[key] -= 1
                hidden += 1
            else:
                kept.append(finding)
        result.findings = kept
    return hidden
