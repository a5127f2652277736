"""``--html FILE``: one self-contained page (inline CSS, JS and SVG; no network) to hand over.

Contents: the per-dinas table, each instansi's own roster (posts several of its SOPs use that
the roster does not know, with the ``[[roles]]`` snippet to confirm), findings per rule, the
worst documents, then per dinas every document (collapsed) with its findings table — filterable
by severity and rule with plain JS — and each procedure drawn as a swimlane flowchart
(:mod:`sopcheck.audit.svg`), so a reviewer sees what sopcheck understood. Written as a stream
from the store, one document at a time. All document text is escaped (it is untrusted); the
page carries a Content-Security-Policy that forbids any network access.
"""

from __future__ import annotations

import datetime as _dt
from html import escape
from typing import TYPE_CHECKING, TextIO

from ..domain.i18n import t
from .store import dinas_label
from .svg import ARROW_DEFS, procedure_svg

if TYPE_CHECKING:  # pragma: no cover
    from .engine import AuditRun

CSS = """
:root{--err:#c62828;--warn:#b7791f;--info:#2b6cb0;--line:#cfd6e0;--bg:#f6f8fb}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2430;background:#fff}
header{background:#1f3a5f;color:#fff;padding:16px 24px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;opacity:.85}
main{padding:16px 24px;max-width:1600px}
h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
table{border-collapse:collapse;margin:6px 0 12px;background:#fff}
th,td{border:1px solid var(--line);padding:4px 8px;vertical-align:top;text-align:left}
th{background:#e9eef5;font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:700;background:var(--bg)}
.sev-error{color:var(--err);font-weight:600}.sev-warning{color:var(--warn);font-weight:600}.sev-info{color:var(--info)}
#filters{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid var(--line);z-index:2}
#filters label{margin-right:16px}
details.doc{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:0 10px;background:#fff}
details.doc>summary{cursor:pointer;padding:6px 0;font-weight:600}
details.doc .meta{color:#556;font-size:12px;margin:2px 0 6px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;margin-left:6px;font-size:12px;color:#fff}
.badge.e{background:var(--err)}.badge.w{background:var(--warn)}.badge.ok{background:#2f855a}
.hidden{display:none!important}
.flowwrap{overflow-x:auto;margin:4px 0 14px}
.proc-title{font-weight:600;margin:10px 0 2px}
svg.flow{background:#fff;font:11px system-ui,sans-serif}
svg.flow .head{fill:#e9eef5}
svg.flow .row{fill:#fff;stroke:#e3e8ef}
svg.flow .row.err{fill:#fde8e8}svg.flow .row.warn{fill:#fff6dd}
svg.flow .grid{stroke:#cfd6e0}
svg.flow .ht{font-weight:600;fill:#1d2430}
svg.flow .no{fill:#1d2430}svg.flow .kg{fill:#27303d}
svg.flow .sym{fill:#fff;stroke:#1f3a5f;stroke-width:1.6}
svg.flow .sym.err{stroke:var(--err);stroke-width:2.4}svg.flow .sym.warn{stroke:var(--warn);stroke-width:2.2}
svg.flow .sym.unknown{stroke-dasharray:4 3}
svg.flow .sym.mark{fill:#e6f4ea}
svg.flow .tick{fill:none;stroke:#2f855a;stroke-width:2.2}
svg.flow .arrow{fill:none;stroke:#334;stroke-width:1.3}
svg.flow .arrow.flag{stroke:var(--err);stroke-width:2.2}
svg.flow .al{font-size:10px;fill:#334}
.legend{color:#556;font-size:12px}
pre.snippet{margin:0;font:12px/1.4 ui-monospace,Consolas,monospace;background:var(--bg);padding:4px 6px}
footer{color:#778;font-size:12px;padding:16px 24px}
@media print{
  body{background:#fff;font-size:11px}
  header{background:none;color:#000;border-bottom:2px solid #000}
  #filters,.noprint{display:none!important}
  details.doc{border:none;border-top:1px solid #999;border-radius:0;break-inside:auto}
  details.doc>summary{list-style:none}
  details.doc>summary::-webkit-details-marker{display:none}
  tr{break-inside:avoid}
  .flowwrap{overflow:visible}
  svg.flow{max-width:100%;height:auto}
  main{max-width:none;padding:0}
}
"""

JS = """
(function(){
  var sev=document.getElementById('f-sev'), rule=document.getElementById('f-rule'),
      count=document.getElementById('f-count');
  function apply(){
    var s=sev.value, r=rule.value, shown=0;
    var rows=document.querySelectorAll('tr.f');
    for(var i=0;i<rows.length;i++){
      var row=rows[i], ok=(s==='all'||row.getAttribute('data-sev')===s)&&(r==='all'||row.getAttribute('data-rule')===r);
      row.classList.toggle('hidden',!ok); if(ok){shown++;}
    }
    var docs=document.querySelectorAll('details.doc');
    for(var j=0;j<docs.length;j++){
      var d=docs[j], any=d.querySelector('tr.f:not(.hidden)')!==null;
      d.classList.toggle('hidden', (s!=='all'||r!=='all') && !any);
    }
    count.textContent=shown+' / '+rows.length;
  }
  sev.addEventListener('change',apply); rule.addEventListener('change',apply);
  document.getElementById('f-open').addEventListener('click',function(){
    var docs=document.querySelectorAll('details.doc:not(.hidden)');
    for(var i=0;i<docs.length;i++){docs[i].open=true;}
  });
  document.getElementById('f-close').addEventListener('click',function(){
    var docs=document.querySelectorAll('details.doc');
    for(var i=0;i<docs.length;i++){docs[i].open=false;}
  });
  // Printing shows every document's findings: a closed <details> prints as its summary line
  // only, so all are opened for the print and put back as they were after it.
  var closedForPrint=[];
  window.addEventListener('beforeprint',function(){
    closedForPrint=[];
    var docs=document.querySelectorAll('details.doc:not(.hidden)');
    for(var i=0;i<docs.length;i++){if(!docs[i].open){docs[i].open=true;closedForPrint.push(docs[i]);}}
  });
  window.addEventListener('afterprint',function(){
    for(var i=0;i<closedForPrint.length;i++){closedForPrint[i].open=false;}
    closedForPrint=[];
  });
  apply();
  document.body.setAttribute('data-ready','1');
})();
"""


def _e(text) -> str:
    return escape("" if text is None else str(text), quote=True)


def _pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def write_html(run: "AuditRun", path: str, lang: str = "id", worst: int = 10) -> None:
    """Write the report page to ``path``."""
    with open(path, "w", encoding="utf-8") as fh:
        _write(run, fh, lang, worst)


def _write(run: "AuditRun", out: TextIO, lang: str, worst: int) -> None:
    store = run.store
    w = out.write
    title = f"{t('title', lang)} — {run.root}"
    w("<!DOCTYPE html>\n<html lang=\"" + ("en" if lang == "en" else "id") + "\"><head><meta charset=\"utf-8\">")
    w("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src 'unsafe-inline'; img-src data:\">")
    w("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
    w(f"<title>{_e(title)}</title><style>{CSS}</style></head><body>")
    w(ARROW_DEFS)
    total = store.totals()
    now = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    w(f"<header><h1>{_e(t('title', lang))}</h1><p>{_e(t('root', lang))}: {_e(run.root)} · "
      f"{_e(t('generated', lang))}: {now} · {total.documents} {_e(t('documents', lang).lower())} · "
      f"{total.errors} {_e(t('errors', lang).lower())} · {total.warnings} {_e(t('warnings', lang).lower())}"
      f"</p></header><main>")
    if run.interrupted:
        w(f"<p class=\"sev-warning\">{_e(t('interrupted', lang, done=run.done, total=run.total))}</p>")

    # per-dinas table
    w(f"<h2>{_e(t('audit_summary', lang))}</h2><table id=\"dinas-table\"><thead><tr>")
    for key in ("dinas", "documents", "procedures", "steps", "errors", "warnings", "clean", "top_rules"):
        w(f"<th>{_e(t(key, lang))}</th>")
    w("</tr></thead><tbody>")
    for s in store.dinas_summaries():
        rules = ", ".join(f"{r} ({n})" for r, n in s.top_rules)
        w(f"<tr><td><a href=\"#{_anchor(s.dinas)}\">{_e(dinas_label(s.dinas, lang))}</a></td>"
          f"<td class=n>{s.documents}</td><td class=n>{s.procedures}</td><td class=n>{s.steps}</td>"
          f"<td class=\"n sev-error\">{s.errors}</td><td class=\"n sev-warning\">{s.warnings}</td>"
          f"<td class=n>{_pct(s.clean_share)}</td><td>{_e(rules)}</td></tr>")
    rules = ", ".join(f"{r} ({n})" for r, n in total.top_rules)
    w(f"<tr class=total><td>{_e(t('total', lang))}</td><td class=n>{total.documents}</td><td class=n>"
      f"{total.procedures}</td><td class=n>{total.steps}</td><td class=n>{total.errors}</td><td class=n>"
      f"{total.warnings}</td><td class=n>{_pct(total.clean_share)}</td><td>{_e(rules)}</td></tr>")
    w("</tbody></table>")
    _write_local_roles(run, w, lang)

    # findings per rule
    counts = store.rule_counts()
    w(f"<h2>{_e(t('rules_seen', lang))}</h2><table id=\"rule-table\"><thead><tr><th>{_e(t('code', lang))}</th>"
      f"<th>{_e(t('rule', lang))}</th><th>{_e(t('severity', lang))}</th><th>{_e(t('count', lang))}</th>"
      f"</tr></thead><tbody>")
    for rule, code, severity, n in counts:
        w(f"<tr><td>{_e(code)}</td><td>{_e(rule)}</td><td class=\"sev-{_e(severity)}\">{_e(t(severity, lang))}"
          f"</td><td class=n>{n}</td></tr>")
    w("</tbody></table>")

    # worst documents
    rows = store.worst_documents(worst)
    if rows:
        w(f"<h2>{_e(t('worst', lang))}</h2><table id=\"worst-table\"><thead><tr><th>{_e(t('path', lang))}</th>"
          f"<th>{_e(t('dinas', lang))}</th><th>{_e(t('errors', lang))}</th><th>{_e(t('warnings', lang))}</th>"
          f"</tr></thead><tbody>")
        for r in rows:
            w(f"<tr><td><a href=\"#doc-{r.id}\">{_e(r.label(run.show(r.path)))}</a></td>"
              f"<td>{_e(dinas_label(r.dinas, lang))}</td>"
              f"<td class=\"n sev-error\">{r.errors}</td><td class=\"n sev-warning\">{r.warnings}</td></tr>")
        w("</tbody></table>")

    # filters
    w(f"<h2>{_e(t('findings', lang))}</h2><div id=\"filters\"><label>{_e(t('severity', lang))} "
      f"<select id=\"f-sev\"><option value=\"all\">{_e(t('all', lang))}</option>")
    for sev in ("error", "warning", "info"):
        w(f"<option value=\"{sev}\">{_e(t(sev, lang))}</option>")
    w(f"</select></label><label>{_e(t('rule', lang))} <select id=\"f-rule\"><option value=\"all\">"
      f"{_e(t('all', lang))}</option>")
    for rule in store.rules_used():
        w(f"<option value=\"{_e(rule)}\">{_e(rule)}</option>")
    w(f"</select></label><span id=\"f-count\"></span> {_e(t('shown', lang))} "
      f"<button type=button id=\"f-open\">+</button> <button type=button id=\"f-close\">−</button>"
      f"<div class=legend>{_e(t('audit_legend', lang))}</div></div>")

    # documents, per dinas
    current = None
    for doc in store.documents():
        if doc.dinas != current:
            if current is not None:
                w("</section>")
            current = doc.dinas
            w(f"<section class=dinas id=\"{_anchor(current)}\"><h2>{_e(dinas_label(current, lang))}</h2>")
        _write_document(store, doc, w, lang, doc.label(run.show(doc.path)))
    if current is not None:
        w("</section>")
    w("</main>")
    rate = (run.done / run.check_seconds) if run.check_seconds else 0.0
    timing = t("timing", lang, done=run.done, secs=run.check_seconds, rate=rate, jobs=run.jobs, cross=run.cross_seconds)
    w(f"<footer>sopcheck audit · {_e(timing)}</footer>")
    w(f"<script>{JS}</script></body></html>\n")


def _write_local_roles(run: "AuditRun", w, lang: str) -> None:
    """The "Peran lokal per instansi" section: one row per post of an instansi's own roster,
    with the documents using it (linked) and the ``[[roles]]`` snippet."""
    from .store import doc_label, written_as

    roles = run.store.local_roles()
    w(f"<h2>{_e(t('local_roles', lang))}</h2><section id=\"local-roles\"><p class=legend>"
      f"{_e(t('local_roles_intro', lang))}</p>")
    if not roles:
        w(f"<p>{_e(t('local_roles_none', lang))}</p></section>")
        return
    w("<table id=\"local-roles-table\"><thead><tr>")
    for key in ("dinas", "local_role", "local_aliases", "local_sops", "local_used_in", "local_snippet"):
        w(f"<th>{_e(t(key, lang))}</th>")
    w("</tr></thead><tbody>")
    for role in roles:
        used = "<br>".join(f"<a href=\"#doc-{doc_id}\">{_e(doc_label(run.show(path), part, parts))}</a>"
                           f"{_e(written_as(role.name, headers))}"
                           for doc_id, path, part, parts, headers in role.documents)
        w(f"<tr class=local-role><td>{_e(dinas_label(role.dinas, lang))}</td><td>{_e(role.name)}</td>"
          f"<td>{_e(', '.join(role.aliases))}</td><td class=n>{role.sops}</td><td>{used}</td>"
          f"<td><pre class=snippet>{_e(role.snippet)}</pre></td></tr>")
    w("</tbody></table></section>")


def _anchor(dinas: str) -> str:
    import hashlib

    return "dinas-" + hashlib.sha1(dinas.encode("utf-8")).hexdigest()[:10]


def _write_document(store, doc, w, lang: str, shown: str) -> None:
    badges = ""
    if doc.errors:
        badges += f"<span class=\"badge e\">{doc.errors} {_e(t('error', lang))}</span>"
    if doc.warnings:
        badges += f"<span class=\"badge w\">{doc.warnings} {_e(t('warning', lang))}</span>"
    if not doc.errors and not doc.warnings:
        badges += f"<span class=\"badge ok\">{_e(t('no_findings', lang))}</span>"
    w(f"<details class=doc id=\"doc-{doc.id}\" data-errors=\"{doc.errors}\"><summary>{_e(shown)}{badges}</summary>")
    meta = [f"{t('audit_instansi', lang)}: {doc.instansi or '—'}",
            f"{t('audit_nomor_sop', lang)}: {doc.nomor_sop or '—'}",
            f"{t('audit_nama_sop', lang)}: {doc.nama_sop or '—'}",
            f"{doc.n_procedures} {t('procedures', lang).lower()}, {doc.n_steps} {t('steps', lang).lower()}"]
    w(f"<div class=meta>{' · '.join(_e(m) for m in meta)}</div>")
    w(f"<table class=findings><thead><tr><th>{_e(t('severity', lang))}</th><th>{_e(t('code', lang))}</th>"
      f"<th>{_e(t('rule', lang))}</th><th>P</th><th>{_e(t('step', lang))}</th><th>{_e(t('message', lang))}</th>"
      f"</tr></thead><tbody>")
    for f in store.findings(doc.id):
        w(f"<tr class=f data-sev=\"{_e(f.severity)}\" data-rule=\"{_e(f.rule)}\"><td class=\"sev-{_e(f.severity)}\">"
          f"{_e(t(f.severity, lang))}</td><td>{_e(f.code)}</td><td>{_e(f.rule)}</td><td>{_e(f.procedure or '')}</td>"
          f"<td>{_e(f.step or '')}</td><td>{_e(f.message)}</td></tr>")
    w("</tbody></table>")
    for idx, title, nomor, _n_steps, drawing in store.procedures(doc.id):
        label = f"{t('procedure', lang)} {idx}: {title or doc.nama_sop or '—'}"
        if nomor:
            label += f" ({nomor})"
        w(f"<div class=proc-title>{_e(label)}</div>")
        if drawing and drawing.get("steps"):
            w(f"<div class=flowwrap>{procedure_svg(drawing, title or '', lang, t('no_lane', lang))}</div>")
        else:
            w(f"<div class=legend>{_e(t('no_drawing', lang))}</div>")
    w("</details>")
