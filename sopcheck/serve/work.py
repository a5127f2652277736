"""The work ``sopcheck serve`` does for one uploaded file, in a worker process.

:func:`process_file` runs in a process of the server's pool (never in the web server's own
process, so a hostile file that costs memory or time costs a worker, not the server): it
checks the file under the server's configuration, writes the annotated copy and the review
sheet into the job's folder, and renders the file's part of the result page. The whole work
is bounded by ``timeout_per_file`` (:func:`sopcheck.guard.time_limit`); the server also kills
a worker that outlives that bound by :data:`GRACE` seconds (:mod:`sopcheck.serve.jobs`).

It returns a :class:`Outcome` (plain data, pickled back to the server); it never raises for
a bad file.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

GRACE = 15.0
"""Seconds a worker may run past the per-file time limit before the server kills it."""


@dataclass
class Outcome:
    """What became of one file.

    ``status``: ``done`` (checked; ``counts`` per severity, ``html`` its sections of the
    result page, and ``annotated``/``sheet`` the names of the files written beside the
    upload, ``None`` when not written) or ``failed`` (the file could not be read or a limit
    stopped it: ``message`` says why, in the page's language).
    """

    status: str
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    html: str = ""
    annotated: Optional[str] = None
    sheet: Optional[str] = None
    seconds: float = 0.0
    rules: list[str] = field(default_factory=list)
    """The rule names of the file's findings (the result page's rule filter)."""


def process_file(path: str, name: str, number: int, config, lang: str, author: str, timeout: float) -> Outcome:
    """Check the upload ``path`` (shown as ``name``; the ``number``-th file of its job) under
    ``config`` (a :class:`~sopcheck.config.Config`) and write its annotated copy and review
    sheet beside it (``NAME.reviu.docx``/``.pdf``, ``NAME.lembar-reviu.docx``)."""
    from ..api import check_configured
    from ..audit.page import document_sections
    from ..errors import ReadError, SopError
    from ..guard import time_limit
    from ..limits import DEFAULT_LIMITS
    from ..write.annotate import annotate
    from ..write.sheet import write_sheet

    started = time.monotonic()
    src = Path(path)
    stem = src.stem
    limits = config.limits_with(DEFAULT_LIMITS)
    try:
        with time_limit(timeout, name):
            result = check_configured(src, config, source=name, lang=lang, timeout_per_file=timeout)
            counts = {s: sum(1 for f in result.findings if f.severity == s) for s in ("error", "warning", "info")}
            if not result.documents:
                message = " ".join(f.message for f in result.findings) or name
                return Outcome(status="failed", message=message, counts=counts, seconds=time.monotonic() - started)
            out = Outcome(status="done", counts=counts, html=document_sections([result], lang, start=number * 1000),
                          rules=sorted({f.rule for f in result.findings}))
            notes: list[str] = []
            try:
                fmt = result.document.format
                annotate(src, src.with_name(f"{stem}.reviu.{fmt}"), result, author=author, lang=lang, limits=limits)
                out.annotated = f"{stem}.reviu.{fmt}"
            except SopError as exc:
                notes.append(exc.message(lang))
            try:
                write_sheet([result], src.with_name(f"{stem}.lembar-reviu.docx"), lang=lang,
                            template=config.review.get("template"), reviewer=author if author != "sopcheck" else "")
                out.sheet = f"{stem}.lembar-reviu.docx"
            except SopError as exc:
                notes.append(exc.message(lang))
            out.message = " ".join(notes)
    except ReadError as exc:  # the time limit, over the whole work
        return Outcome(status="failed", message=exc.message(lang), seconds=time.monotonic() - started)
    except Exception as exc:  # a bug costs this file, never the server
        if lang == "en":
            message = f"{name}: the file could not be processed ({type(exc).__name__}: {exc})."
        else:
            message = f"{name}: berkas tidak dapat diproses ({type(exc).__name__}: {exc})."
        return Outcome(status="failed", message=message, seconds=time.monotonic() - started)
    out.seconds = time.monotonic() - started
    return out
