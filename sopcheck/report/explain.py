"""``sopcheck rules`` and ``sopcheck rule NAME``: rule documentation from the registry.

Everything shown comes from the rule's own :class:`~sopcheck.checks.base.RuleSpec` (summary,
rationale, FAIL/PASS examples, docstring), so the explanation cannot drift from the code.
"""

from __future__ import annotations

import json
import re
from typing import Sequence

from ..checks.base import RuleSpec
from ..domain.i18n import t

_RENAMED = {"severity": "rule_severity", "summary": "rule_summary", "document": "scope_document",
            "file": "scope_file", "audit": "scope_audit"}


def _w(key: str, lang: str) -> str:
    """The word for ``key`` in the rule pages (some keys are worded apart from the report's)."""
    return t(_RENAMED.get(key, key), lang)


_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``|`([^`]+)`")
_INTERNAL = re.compile(r"\s*\((?:[^()]*\b(?:seed|issue|tests?/)\s*[^()]*)\)", re.IGNORECASE)


def plain_doc(doc: str) -> str:
    """A rule docstring as plain text for a reader: Sphinx roles (``:func:`x```) and literal
    backticks dropped, internal notes in parentheses (seed documents, issue numbers, test
    files) removed, lines joined into paragraphs."""
    text = _ROLE.sub(lambda m: m.group(1).rsplit(".", 1)[-1], doc)
    text = _LITERAL.sub(lambda m: m.group(1) or m.group(2), text)
    text = _INTERNAL.sub("", text)
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def options_line(spec: RuleSpec, lang: str = "id") -> str:
    """"min_similarity = 70" for each option of ``spec``, and the table that sets them ("" when
    the rule has none)."""
    if not spec.options:
        return ""
    values = ", ".join(f"{key} = {value}" for key, value in spec.options.items())
    where = f"[thresholds.{spec.name}]"
    return (f"{values} (set in {where} of sopcheck.toml)" if lang == "en"
            else f"{values} (atur di {where} pada sopcheck.toml)")


def rule_dict(spec: RuleSpec, lang: str = "id", detail: bool = True) -> dict:
    """A JSON-ready description of ``spec`` in ``lang``; ``detail`` adds rationale, examples
    and the rule's docstring."""
    out = {"code": spec.code, "name": spec.name, "severity": spec.severity, "scope": spec.scope,
           "summary": spec.summary.get(lang) or spec.summary["id"]}
    if detail:
        out.update({"why": spec.why.get(lang) or spec.why["id"], "fail": spec.fail, "fires": list(spec.fires),
                    "pass": spec.passing, "options": dict(spec.options),
                    "doc": plain_doc(spec.doc)})
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
             "", escape(plain_doc(spec.summary.get(lang) or spec.summary["id"])), "",
             f"[bold]{_w('why', lang)}[/]", escape(plain_doc(spec.why.get(lang) or spec.why["id"]))]
    if spec.fail:
        lines += ["", f"[bold red]{_w('fail', lang)}[/]", escape(spec.fail)]
        if spec.fires:
            lines.append(f"→ {_w('fires', lang)}: {escape(', '.join(spec.fires))}")
    if spec.passing:
        lines += ["", f"[bold green]{_w('pass', lang)}[/]", escape(spec.passing)]
    if spec.options:
        lines += ["", f"[bold]{_w('options', lang)}[/]", escape(options_line(spec, lang))]
    if spec.doc and lang == "en":
        lines += ["", f"[bold]{_w('details', lang)}[/]", escape(plain_doc(spec.doc))]
    elif spec.doc:  # the technical notes are written in English: say where to read them
        lines += ["", f"[dim]{escape(t('details_en', lang, name=spec.name))}[/]"]
    console.print(Panel("\n".join(lines), expand=False))


def to_markdown(specs: Sequence[RuleSpec], lang: str = "en") -> str:
    """``specs`` as the README's rule table (Markdown): code, name, severity, scope, summary.
    A test compares the README with this, so the table cannot drift from the registry."""
    rows = ["| code | rule | severity | scope | what it flags |", "| --- | --- | --- | --- | --- |"]
    for spec in specs:
        summary = spec.summary.get(lang) or spec.summary["id"]
        rows.append(f"| {spec.code} | `{spec.name}` | {spec.severity} | {spec.scope} | {summary} |")
    return "\n".join(rows)
