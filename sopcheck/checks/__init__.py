"""The rule registry: every rule sopcheck knows, and running them over a model.

A rule is one small function decorated with :func:`sopcheck.checks.base.rule`, which records
its name, code, default severity, messages (Bahasa Indonesia and English), rationale and
PASS/FAIL examples beside it, so ``sopcheck rule NAME`` and the docs come from one place.
Rules see only the model (:mod:`sopcheck.model`), never files or output formats.
"""

from __future__ import annotations

from .base import REGISTRY, Hit, RuleContext, RuleSpec, all_rules, get_rule, run_rules

# Importing the rule modules registers their rules, in this order (the listing order).
from . import files, identitas, numbering, pelaksana, flowchart, mutu_baku, waktu  # noqa: E402,F401
from . import cross_document  # noqa: E402,F401  rules of scope "audit", run by `sopcheck audit`

__all__ = ["REGISTRY", "Hit", "RuleContext", "RuleSpec", "all_rules", "get_rule", "run_rules"]
