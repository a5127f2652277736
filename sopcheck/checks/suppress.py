"""Inline suppression: what a DOCX author writes to silence a rule for one step.

A step's Keterangan cell, or a Word comment anchored anywhere in the step's row, may hold::

    sopcheck: abaikan output-input-mismatch
    sopcheck: abaikan SOP401, missing-duration
    sopcheck: ignore SOP4              (English; a code prefix: every SOP4xx rule)
    sopcheck: abaikan                  (no rule named: every rule, for this step)

(case and spaces around the colon do not matter; rules are names, codes, code prefixes or
``all``, separated by commas or spaces, up to the end of the line or a ``;``). The findings
of those rules on that step are dropped, as a ``# noqa`` comment does for a line of code;
findings about the procedure or the document as a whole are not step findings and stay. A
rule name that names no rule is ignored (the document is not the place for a usage error).
The runner (:func:`sopcheck.checks.base.run_rules`) applies it, so the library, the command
line and the audit all honour it; this module only reads the directives (it imports nothing
of the rule machinery, which imports it).
"""

from __future__ import annotations

import re
from typing import Iterable

from ..model import Step

DIRECTIVE = re.compile(r"sopcheck\s*:\s*(?:abaikan|ignore)\b([^\n;]*)", re.IGNORECASE)
EVERY_RULE = "*"


def directive_words(texts: Iterable[str]) -> list[str]:
    """The rule selectors the directives in ``texts`` name, as written (stray quotes and
    brackets trimmed); :data:`EVERY_RULE` for a bare directive; empty when there is none. The
    runner resolves them (:func:`sopcheck.checks.base.suppressed`)."""
    words: list[str] = []
    for text in texts:
        for match in DIRECTIVE.finditer(text or ""):
            found = [w.strip("«»\"'.()") for w in re.split(r"[,\s]+", match.group(1)) if w]
            words += [w for w in found if w] or [EVERY_RULE]
    return words


def may_hold_directive(step: Step) -> bool:
    """A cheap test: whether ``step``'s Keterangan or comments could hold a directive."""
    return "sopcheck" in step.keterangan.lower() or bool(step.comments)
