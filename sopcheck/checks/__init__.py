"""The rule registry: every rule sopcheck knows, and running them over a model.

A rule is one small function decorated with :func:`sopcheck.checks.base.rule`, which records
its name, code, default severity, messages (Bahasa Indonesia and English), rationale and
PASS/FAIL examples beside it, so ``sopcheck rule NAME`` and the docs come from one place.
Rules see only the model (:mod:`sopcheck.model`), never files or output formats.
"""

from __future__ import annotations

# Importing the rule modules registers their rules (listed and run in the order of their codes).
from . import (  # noqa: F401
    cross_document,  # rules of scope "audit", run by `sopcheck audit`
    files,
    flow,
    flowchart,
    identitas,
    mutu_baku,
    numbering,
    pelaksana,
    waktu,
)
from .base import REGISTRY, Hit, RuleContext, RuleSpec, all_rules, get_rule, run_rules, select_rules

__all__ = ["REGISTRY", "Hit", "RuleContext", "RuleSpec", "all_rules", "get_rule", "run_rules", "select_rules"]
