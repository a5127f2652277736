"""``sopcheck rules`` and ``sopcheck rule NAME``: rule documentation from the registry.

Everything shown comes from the rule's own :class:`~sopcheck.checks.base.RuleSpec` (summary,
rationale, FAIL/PASS examples, docstring), so the explanation cannot drift from the code.
"""

from __future__ import annotations

import json
from typing import Sequence

from ..checks.base import RuleSpec
from ..domain.i18n import t

_RENAMED = {"severity": "rule_severity", "summary": "rule_summary", "document": "scope_document",
            "file": "scope_file", "audit": "scope_audit"}


def _w(key: str, lang: str) -> str:
    """The word for ``key`` in the rule pages (some keys are worded apart from the report's)."""
    return t(_RENAMED.get(key, key), lang)


def rule_dict(spec: RuleSpec, lang: str = "id", detail: bool = True) -> dict:
    """A JSON-ready description of ``spec`` in ``lang``; ``detail`` adds rationale, examples
    and the rule's docstring."""
    out = {"code": spec.code, "name": spec.name, "severity": spec.severity, "scope": spec.scope,
           "summary": spec.summary.get(lang) or spec.summary["id"]}
    if detail:
        out.update({"why": spec.why.get(lang) or spec.why["id"], "fail": spec.fail, "fires": list(spec.fires),
                    "pass": spec.passing,
                    "doc": spec.doc})
    return out


def to_json(specs: Sequence[RuleSpec], lang: str = "id", detail: bool = False) -> str:
    """``specs`` as JSON: a list for ``sopcheck rules``, one object for ``sopcheck rule``."""
    items = [rule_dict(s, lang, detail=detail) for s in specs]
    return json.dumps(items[0] if detail and len(items) == 1 else items, ensure_ascii=False, indent=2)


def render_rules(specs: Sequence[RuleSpec], console, lang: str = "id") -> None:
    """Print every rule as one table row: code, name, severity, one-line summary."""
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for key in ("code", "rule", "severity", "summary"):
        table.add_column(_w(key, lang))
    colours = {"error": "red", "warning": "yellow", "info": "cyan"}
    for spec in specs:
        table.add_row(spec.code, spec.name,
                      f"[{colours[spec.severity]}]{_w(spec.severity, lang)}[/]",
                      spec.summary.get(lang) or spec.summary["id"])
    console.print(table)


def render_rule(spec: RuleSpec, console, lang: str = "id") -> None:
    """Print one rule's full explanation: summary, why (regulation or convention), examples."""
    from rich.markup import escape
    from rich.panel import Panel

    lines = [f"[bold]{spec.code} {spec.name}[/] — {_w(spec.severity, lang)} · {_w(spec.scope, lang)}",
             "", escape(spec.summary.get(lang) or spec.summary["id"]), "",
             f"[bold]{_w('why', lang)}[/]", escape(spec.why.get(lang) or spec.why["id"])]
    if spec.fail:
        lines += ["", f"[bold red]{_w('fail', lang)}[/]", escape(spec.fail)]
        if spec.fires:
            lines.append(f"→ {_w('fires', lang)}: {escape(', '.join(spec.fires))}")
    if spec.passing:
        lines += ["", f"[bold green]{_w('pass', lang)}[/]", escape(spec.passing)]
    if spec.doc:
        lines += ["", f"[bold]{_w('details', lang)}[/]", escape(spec.doc)]
    console.print(Panel("\n".join(lines), expand=False))


def to_markdown(specs: Sequence[RuleSpec], lang: str = "en") -> str:
    """``specs`` as the README's rule table (Markdown): code, name, severity, scope, summary.
    A test compares the README with this, so the table cannot drift from the registry."""
    rows = ["| code | rule | severity | scope | what it flags |", "| --- | --- | --- | --- | --- |"]
    for spec in specs:
        summary = spec.summary.get(lang) or spec.summary["id"]
        rows.append(f"| {spec.code} | `{spec.name}` | {spec.severity} | {spec.scope} | {summary} |")
    return "\n".join(rows)
