"""``sopcheck check FILE... --format html -o FILE.html``: the audit page's per-document view for
one or a few files, as one self-contained page (inline CSS, JS and SVG; no network).

Each SOP (a bundle gives one per SOP) is a section like a document of the audit report: its
identitas line, the findings table (filterable by severity and rule with the audit page's
script) and each procedure drawn as a swimlane (:mod:`sopcheck.audit.svg`, from the same
:func:`~sopcheck.audit.task.drawing_spec` as the audit). All document text is escaped, and the
page's Content-Security-Policy forbids any network access. :func:`document_sections` is the
markup of the documents alone, which ``sopcheck serve`` puts in its own page.
"""

from __future__ import annotations

import datetime as _dt
from html import escape
from typing import Iterable

from ..domain.i18n import t
from .html import CSS, JS
from .svg import ARROW_DEFS, procedure_svg
from .task import drawing_spec, flagged_steps, worst_severities


def _e(text) -> str:
    return escape("" if text is None else str(text), quote=True)


def document_sections(results: Iterable, lang: str = "id", start: int = 0) -> str:
    """The per-SOP sections (``<details class=doc open>``) of ``results``
    (:class:`~sopcheck.api.FileResult` values) as HTML; sections are numbered (``id="doc-N"``)
    from ``start + 1``, so sections rendered apart can share a page."""
    out: list[str] = []
    n = start
    for result in results:
        docs = list(result.documents) or [None]
        for doc in docs:
            n += 1
            if doc is None:
                own = list(result.findings)
            else:
                own = [f for f in result.findings if result.document_of(f) is doc
                       or (f.part is None and doc is result.documents[0])]
            out.append(_section(n, result.path, doc, own, lang))
    return "".join(out)


def _section(n: int, path: str, doc, findings: list, lang: str) -> str:
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = sum(1 for f in findings if f.severity == "warning")
    badges = ""
    if errors:
        badges += f"<span class=\"badge e\">{errors} {_e(t('error', lang))}</span>"
    if warnings:
        badges += f"<span class=\"badge w\">{warnings} {_e(t('warning', lang))}</span>"
    if not errors and not warnings:
        badges += f"<span class=\"badge ok\">{_e(t('no_findings', lang))}</span>"
    shown = path if doc is None or doc.part is None else f"{path} (SOP {doc.part.index}/{doc.part.count})"
    w = [f"<details class=doc open id=\"doc-{n}\" data-errors=\"{errors}\"><summary>{_e(shown)}{badges}</summary>"]
    ident = doc.identity if doc is not None else None
    if doc is not None:
        steps = sum(len(p.steps) for p in doc.procedures)
        meta = [f"{t('audit_instansi', lang)}: {(ident.instansi if ident else None) or '—'}",
                f"{t('audit_nomor_sop', lang)}: {(ident.nomor_sop if ident else None) or '—'}",
                f"{t('audit_nama_sop', lang)}: {(ident.nama_sop if ident else None) or '—'}",
                f"{len(doc.procedures)} {t('procedures', lang).lower()}, {steps} {t('steps', lang).lower()}"]
        w.append(f"<div class=meta>{' · '.join(_e(m) for m in meta)}</div>")
    w.append(f"<table class=findings><thead><tr><th>{_e(t('severity', lang))}</th><th>{_e(t('code', lang))}</th>"
             f"<th>{_e(t('rule', lang))}</th><th>P</th><th>{_e(t('step', lang))}</th>"
             f"<th>{_e(t('message', lang))}</th></tr></thead><tbody>")
    for f in findings:
        w.append(f"<tr class=f data-sev=\"{_e(f.severity)}\" data-rule=\"{_e(f.rule)}\">"
                 f"<td class=\"sev-{_e(f.severity)}\">{_e(t(f.severity, lang))}</td><td>{_e(f.code)}</td>"
                 f"<td>{_e(f.rule)}</td><td>{_e(f.procedure or '')}</td><td>{_e(f.step or '')}</td>"
                 f"<td>{_e(f.message)}</td></tr>")
    w.append("</tbody></table>")
    if doc is not None:
        worst, flagged = worst_severities(findings), flagged_steps(findings)
        for p, proc in enumerate(doc.procedures, 1):
            title = proc.title or (ident.nama_sop if ident else None) or "—"
            w.append(f"<div class=proc-title>{_e(t('procedure', lang))} {p}: {_e(title)}</div>")
            drawing = drawing_spec(p, proc, worst, flagged)
            if drawing.get("steps"):
                w.append(f"<div class=flowwrap>{procedure_svg(drawing, title, lang, t('no_lane', lang))}</div>")
            else:
                w.append(f"<div class=legend>{_e(t('no_drawing', lang))}</div>")
    w.append("</details>")
    return "".join(w)


def filters(results, lang: str = "id") -> str:
    """The severity/rule filter bar of the audit page, over the rules of ``results``."""
    return filter_bar(sorted({f.rule for r in results for f in r.findings}), lang)


def filter_bar(rules: list[str], lang: str = "id") -> str:
    """The severity/rule filter bar (``#filters``, driven by the audit page's script) offering
    the rule names ``rules``."""
    w = [f"<div id=\"filters\"><label>{_e(t('severity', lang))} <select id=\"f-sev\">"
         f"<option value=\"all\">{_e(t('all', lang))}</option>"]
    for sev in ("error", "warning", "info"):
        w.append(f"<option value=\"{sev}\">{_e(t(sev, lang))}</option>")
    w.append(f"</select></label><label>{_e(t('rule', lang))} <select id=\"f-rule\"><option value=\"all\">"
             f"{_e(t('all', lang))}</option>")
    for rule in rules:
        w.append(f"<option value=\"{_e(rule)}\">{_e(rule)}</option>")
    w.append(f"</select></label><span id=\"f-count\"></span> {_e(t('shown', lang))} "
             f"<button type=button id=\"f-open\">+</button> <button type=button id=\"f-close\">−</button>"
             f"<div class=legend>{_e(t('audit_legend', lang))}</div></div>")
    return "".join(w)


def check_page(results, lang: str = "id") -> str:
    """The whole self-contained page for ``results``."""
    results = list(results)
    names = ", ".join(r.path for r in results[:3]) + (" …" if len(results) > 3 else "")
    now = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    return ("<!DOCTYPE html>\n<html lang=\"" + ("en" if lang == "en" else "id") + "\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "script-src 'unsafe-inline'; img-src data:\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            f"<title>sopcheck — {_e(names)}</title><style>{CSS}</style></head><body>{ARROW_DEFS}"
            f"<header><h1>sopcheck</h1><p>{_e(names)} · {_e(t('generated', lang))}: {now}</p></header><main>"
            f"<h2>{_e(t('findings', lang))}</h2>{filters(results, lang)}{document_sections(results, lang)}</main>"
            f"<script>{JS}</script></body></html>\n")
