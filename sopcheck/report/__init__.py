"""Reporters: separate emitters over one list of :class:`~sopcheck.api.FileResult`.

Machine formats return text (no trailing newline; ``""`` when there is nothing to say for
the line-oriented ones) and are looked up by name in :data:`EMITTERS`; each is called as
``emit(results, lang="id")``. The human report prints to a :class:`rich.console.Console`:
:func:`render_check` for ``sopcheck check`` and :func:`render_parse` for ``sopcheck parse``.
"""

from __future__ import annotations

from typing import Callable

from . import concise, github, gitlab, json_report, junit, sarif
from .console import render_check, render_parse
from .summary import sort_findings, summarize

EMITTERS: dict[str, Callable[..., str]] = {
    "json": json_report.emit,
    "concise": concise.emit,
    "sarif": sarif.emit,
    "github": github.emit,
    "junit": junit.emit,
    "gitlab": gitlab.emit,
}

__all__ = ["EMITTERS", "render_check", "render_parse", "sort_findings", "summarize"]
