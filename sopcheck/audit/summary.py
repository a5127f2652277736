"""The audit's console summary: per dinas, then the worst documents, the local roles per
instansi, then the run's timing."""

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


COMPACT_BELOW = 100
"""Console width under which the tables are printed as indented blocks (no folded words)."""


def render_summary(run: AuditRun, console: Console, lang: str = "id", worst: int = 10) -> None:
    """Print the per-dinas table (documents, procedures, steps, errors, warnings, share of
    documents with no error, top three rules) and the ``worst`` documents with most errors.
    Narrower than :data:`COMPACT_BELOW` columns, each dinas and document is a short block of
    wrapped lines instead of a table row."""
    if run.interrupted:
        console.print(Text(t("interrupted", lang, done=run.done, total=run.total), style="bold yellow"))
    if console.width < COMPACT_BELOW:
        _render_compact(run, console, lang, worst)
    else:
        _render_tables(run, console, lang, worst)
    _render_local_roles(run, console, lang)
    secs = run.check_seconds
    console.print(t("timing", lang, done=run.done, secs=secs, rate=run.done / secs if secs > 0 else 0.0,
                    jobs=run.jobs, cross=run.cross_seconds), style="dim")


def _render_local_roles(run: AuditRun, console: Console, lang: str) -> None:
    """The local roles per instansi, one line per dinas ("bps: CA (3 SOP), CC (3 SOP)"), when
    there are any; the snippets are in the report files."""
    roles = run.store.local_roles()
    if not roles:
        return
    console.print()
    console.print(Text(t("local_roles", lang), style="bold"))
    by_dinas: dict[str, list[str]] = {}
    for role in roles:
        by_dinas.setdefault(role.dinas, []).append(f"{role.name} ({role.sops} SOP)")
    for dinas, names in by_dinas.items():
        console.print(Text.assemble("  ", (dinas_label(dinas, lang), "bold"), ": ", ", ".join(names)))
    console.print(Text("  " + t("local_roles_console", lang, count=len(roles)), style="dim"))


def _counts(s, lang: str) -> Text:
    """"8 Dokumen · 20 Prosedur · … · 17% Tanpa galat" for one summary row."""
    parts = [Text(f"{n} {t(key, lang)}", style=style) for n, key, style in (
        (s.documents, "documents", ""), (s.procedures, "procedures", ""), (s.steps, "steps", ""),
        (s.errors, "errors", "red" if s.errors else ""), (s.warnings, "warnings", "yellow" if s.warnings else ""))]
    parts.append(Text(f"{_pct(s.clean_share)} {t('clean', lang)}"))
    return Text(" · ").join(parts)


def _render_compact(run: AuditRun, console: Console, lang: str, worst: int) -> None:
    from rich.padding import Padding

    store = run.store
    console.print(Text(t("audit_summary", lang), style="bold"))
    rows = [(dinas_label(s.dinas, lang), s, "") for s in store.dinas_summaries()]
    rows.append((t("total", lang), store.totals(), "bold"))
    for label, s, style in rows:
        console.print(Padding(Text(label, style=style or "bold"), (0, 0, 0, 2)))
        console.print(Padding(_counts(s, lang), (0, 0, 0, 4)))
        if s.top_rules:
            console.print(Padding(Text(f"{t('top_rules', lang)}: {_rules(s.top_rules)}", style="dim"),
                                  (0, 0, 0, 4)))
    docs = store.worst_documents(worst)
    if docs:
        console.print()
        console.print(Text(t("worst", lang), style="bold"))
        for r in docs:
            console.print(Padding(Text(run.show(r.path), overflow="fold"), (0, 0, 0, 2)))
            console.print(Padding(Text.assemble(dinas_label(r.dinas, lang), " · ",
                                                (f"{r.errors} {t('errors', lang)}", "red" if r.errors else ""),
                                                " · ", f"{r.warnings} {t('warnings', lang)}"), (0, 0, 0, 4)))


def _render_tables(run: AuditRun, console: Console, lang: str, worst: int) -> None:
    store = run.store
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
