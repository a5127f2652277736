"""Run a rule on an example written in the notation of :mod:`sopcheck.checks.examples`, as
bpmnlint's RuleTester does: the places it fires, in the ``fires`` notation."""

from __future__ import annotations

from sopcheck.checks import RuleContext, RuleSpec
from sopcheck.checks.dinas_facts import facts_of
from sopcheck.checks.examples import read_example


def fired(spec: RuleSpec, example: str, ctx: RuleContext | None = None) -> list[str]:
    """Where ``spec`` fires on ``example``: sorted ``fires`` items ("L6", "P2 L3", "P1", "SOP",
    or for cross-document rules the document's path, with " P<n>" for a procedure)."""
    ctx = (ctx or RuleContext()).for_rule(spec)
    docs = read_example(example)
    out = []
    if spec.scope == "audit":
        facts = facts_of("dinas", docs)
        for hit in spec.func(facts, ctx):
            path = docs[hit.doc_id - 1][0]
            out.append(path if hit.procedure is None else f"{path} P{hit.procedure}")
        return sorted(out)
    (_, doc), = docs
    single = len(doc.procedures) == 1
    for hit in spec.func(doc, ctx):
        if hit.procedure is None:
            out.append("SOP")
        elif hit.step is None:
            out.append(f"P{hit.procedure}")
        else:
            out.append(f"L{hit.step}" if single else f"P{hit.procedure} L{hit.step}")
    return sorted(out)
