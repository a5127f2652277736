"""How well sopcheck reads the arrows of the real PDFs, against the by-eye labels of
:mod:`real_arrows_by_eye` (no test here: :mod:`test_real_arrow_recovery` asserts the figures and
``bench/real_arrows.py`` prints them).

A by-eye procedure is matched to a parsed one by its pages (the parsed procedure whose steps lie
on exactly the pages the labels name), so the comparison holds whether a bundle is read as one
SOP or split into its SOPs. Rows are matched by their step number as printed, in order; a symbol
``"<step>:<shape><role>"`` is the parsed symbol of that shape in the column of that role header.

Counts per procedure, each over the arrows the labels are certain of (``uncertain`` left out):

* ``found``: by-eye arrows read with the same source and target symbols (an arrow into an
  off-page connector, whose target is the step it continues to, counts at the connector's row;
  a shape that is none of the SOP AP symbols is passed through: ``A > X > B`` is ``A > B``);
* ``labels`` / ``labels_right``: by-eye arrows labelled Ya/Tidak/Y/T, and those read with that
  label on the right arrow; ``stray_labels``: arrows read with a label the eye did not see there;
* ``read`` / ``spurious``: arrows sopcheck read, and those matching no by-eye arrow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from real_arrows_by_eye import FLOWS, LABELLED, edges, real_path

from sopcheck.api import parse_file
from sopcheck.model import Procedure, SopDocument
from sopcheck.text import fold

SHAPE = {"T": "terminator", "P": "process", "D": "decision", "O": "offpage", "X": None}
YES_NO = {"ya", "tidak", "y", "t"}


@dataclass
class Recovery:
    key: str
    found: int = 0
    expected: int = 0
    labels: int = 0
    labels_right: int = 0
    read: int = 0
    spurious: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    wrong_labels: list[str] = field(default_factory=list)
    stray_labels: list[str] = field(default_factory=list)
    matched: bool = True


@lru_cache(maxsize=None)
def parsed(path: str) -> tuple[SopDocument, ...]:
    docs = parse_file(path)
    return tuple(docs) if isinstance(docs, list) else (docs,)


def procedure_for(key: str) -> Optional[Procedure]:
    """The parsed procedure whose steps lie on the pages the labels of ``key`` name."""
    pages = set(FLOWS[key].pages)
    best, score = None, 0.0
    for doc in parsed(str(real_path(key))):
        for proc in doc.procedures:
            on = {s.location.page for s in proc.steps}
            if not on:
                continue
            jac = len(on & pages) / len(on | pages)
            if jac > score:
                best, score = proc, jac
    return best if score >= 0.5 else None


def _rows(key: str, proc: Procedure) -> dict[str, int]:
    """By-eye step key ("4", "4b", "u") -> parsed 1-based position, matched in order."""
    out: dict[str, int] = {}
    rows = FLOWS[key].rows
    if len(rows) == len(proc.steps):
        return {str(step): i for i, (step, _) in enumerate(rows, 1)}
    pos = 0
    for step, _ in rows:
        want = str(step).rstrip("b")
        for j in range(pos, len(proc.steps)):
            s = proc.steps[j]
            if (want == "u" and s.number is None) or s.number_raw.strip(" .") == want:
                out[str(step)] = j + 1
                pos = j + 1
                break
    return out


def _symbol_index(key: str, proc: Procedure, rows: dict[str, int], ref: str) -> Optional[tuple[int, int]]:
    step, mark = ref.split(":")
    pos = rows.get(step)
    if pos is None:
        return None
    kind, role = SHAPE[mark[0]], int(mark[1:])
    header = fold(FLOWS[key].headers[role - 1])
    symbols = proc.steps[pos - 1].symbols
    cols = [i for i, s in enumerate(symbols) if fold(s.column) == header or header.startswith(fold(s.column))]
    for i in cols:
        if kind is None or symbols[i].kind == kind:
            return pos, i
    return (pos, cols[0]) if cols else (pos, -1)


def _through_others(found: list) -> list:
    """The by-eye arrows with every shape that is none of the SOP AP symbols (``X``: Word's
    document shape) passed through: ``A > X`` and ``X > B`` are ``A > B``, as sopcheck reads
    them (the model has no such symbol)."""
    def is_x(ref):
        return ref is not None and ref.split(":")[1][0] == "X"

    edges_ = list(found)
    while any(is_x(e.source) or is_x(e.target) for e in edges_):
        x = next(e.target if is_x(e.target) else e.source for e in edges_ if is_x(e.source) or is_x(e.target))
        ins = [e for e in edges_ if e.target == x]
        outs = [e for e in edges_ if e.source == x]
        rest = [e for e in edges_ if e.target != x and e.source != x]
        rest += [i._replace(target=o.target, label=i.label or o.label, via=i.via or o.via)
                 for i in ins for o in outs if i.source != o.target]
        edges_ = rest
    return edges_


def recovery(key: str) -> Recovery:
    """Compare sopcheck's arrows of the procedure ``key`` with the by-eye labels."""
    r = Recovery(key)
    proc = procedure_for(key)
    flow = FLOWS[key]
    expected = _through_others([e for e in edges(key) if (e.source, e.target) not in flow.uncertain])
    r.expected = len(expected)
    r.labels = sum(1 for e in expected if e.label and fold(e.label) in YES_NO)
    if proc is None:
        r.matched = False
        r.missing = [f"{e.source}>{e.target}" for e in expected]
        return r
    rows = _rows(key, proc)
    got = {}
    for a in proc.flow:
        got.setdefault((a.from_, a.source, a.to, a.target), a)
    r.read = len(got)
    used = set()
    uncertain = {(_symbol_index(key, proc, rows, s), _symbol_index(key, proc, rows, t)) for s, t in flow.uncertain}
    for e in expected:
        src = _symbol_index(key, proc, rows, e.source)
        dst = _symbol_index(key, proc, rows, e.target) if e.target else None
        hit = None
        for k, a in got.items():
            if k in used or src is None or (a.from_, a.source) != src:
                continue
            if e.target is None:
                ok = a.to is None
            elif e.target.split(":")[1][0] == "O":  # into a connector: the step it continues to
                ok = dst is not None and a.to == dst[0]
            else:
                ok = dst is not None and (a.to, a.target) == dst
            if ok:
                hit = k
                break
        if hit is None:
            r.missing.append(f"{e.source}>{e.target}")
            continue
        used.add(hit)
        r.found += 1
        if e.label and fold(e.label) in YES_NO:
            if got[hit].label and fold(got[hit].label) == fold(e.label):
                r.labels_right += 1
            else:
                r.wrong_labels.append(f"{e.source}>{e.target} {e.label}: read {got[hit].label!r}")
        elif got[hit].label and fold(got[hit].label) != fold(e.label or ""):
            r.stray_labels.append(f"{e.source}>{e.target} {e.label}: read {got[hit].label!r}")
    for k, a in got.items():
        if k in used:
            continue
        if ((a.from_, a.source), (a.to, a.target) if a.to else None) in uncertain:
            continue
        r.spurious += 1
        r.extra.append(f"{a.from_}.{a.source}>{a.to}.{a.target} {a.label or ''}".strip())
    return r


def all_recoveries() -> list[Recovery]:
    return [recovery(k) for k in LABELLED]


def totals(results: list[Recovery]) -> dict[str, float]:
    found = sum(r.found for r in results)
    expected = sum(r.expected for r in results)
    labels = sum(r.labels for r in results)
    right = sum(r.labels_right for r in results)
    read = sum(r.read for r in results)
    spurious = sum(r.spurious for r in results)
    return {
        "found": found, "expected": expected, "edges": found / expected if expected else 1.0,
        "labels": labels, "labels_right": right, "label_share": right / labels if labels else 1.0,
        "read": read, "spurious": spurious, "spurious_share": spurious / read if read else 0.0,
    }
