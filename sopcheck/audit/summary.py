"""The audit's console summary: per dinas, then the worst documents, then the run's timing."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..domain.i18n import t
from .engine import AuditRun
from .store import dinas_label


def _pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def _rules(top: list[tuple[str, int]]) -> str:
    return ", ".join(f"{rule} ({n})" for rule, n in top)


def render_summary(run: AuditRun, console: Console, lang: str = "id", worst: int = 10) -> None:
    """Print the per-dinas table (documents, procedures, steps, errors, warnings, share of
    documents with no error, top three rules) and the ``worst`` documents with most errors."""
    store = run.store
    if run.interrupted:
        console.print(Text(t("interrupted", lang, done=run.done, total=run.total), style="bold yellow"))
    table = Table(title=t("audit_summary", lang), title_justify="left", show_lines=False)
    table.add_column(t("dinas", lang), overflow="fold")
    for key in ("documents", "procedures", "steps", "errors", "warnings", "clean"):
        table.add_column(t(key, lang), justify="right")
    table.add_column(t("top_rules", lang), overflow="fold")
    for s in store.dinas_summaries():
        table.add_row(dinas_label(s.dinas, lang), str(s.documents), str(s.procedures), str(s.steps),
                      Text(str(s.errors), style="red" if s.errors else ""),
                      Text(str(s.warnings), style="yellow" if s.warnings else ""),
                      _pct(s.clean_share), _rules(s.top_rules))
    total = store.totals()
    table.add_section()
    table.add_row(Text(t("total", lang), style="bold"), str(total.documents), str(total.procedures),
                  str(total.steps), str(total.errors), str(total.warnings), _pct(total.clean_share),
                  _rules(total.top_rules), style="bold")
    console.print(table)
    rows = store.worst_documents(worst)
    if rows:
        wt = Table(title=t("worst", lang), title_justify="left")
        wt.add_column(t("path", lang), overflow="fold")
        wt.add_column(t("dinas", lang), overflow="fold")
        wt.add_column(t("errors", lang), justify="right")
        wt.add_column(t("warnings", lang), justify="right")
        for r in rows:
            wt.add_row(r.label(run.show(r.path)), dinas_label(r.dinas, lang), str(r.errors), str(r.warnings))
        console.print(wt)
    secs = run.check_seconds
    console.print(t("timing", lang, done=run.done, secs=secs, rate=run.done / secs if secs > 0 else 0.0,
                    jobs=run.jobs, cross=run.cross_seconds), style="dim")
