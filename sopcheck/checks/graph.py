"""A procedure's flowchart as a graph between its symbols, for the flow rules (no rules here).

Nodes are the symbols drawn in the steps' rows (:attr:`~sopcheck.model.Step.symbols`), named
``(position, index)``: the step's 1-based position and the symbol's index in its row. Off-page
and on-page connectors and text markers are not nodes (the layout stage already continued the
arrows through connector pairs). Edges are the procedure's arrows
(:attr:`~sopcheck.model.Procedure.flow`). The end is the last capsule in row order that no
arrow leaves, the start the first capsule that no arrow enters (see :func:`flow_graph`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .. import ruledata
from ..model import Arrow, Procedure, SopDocument, Step
from ..text import fold

Node = tuple[int, int]
NOT_NODES = ("offpage", "connector", "marker")

KIND_NAMES = {
    "terminator": ("kapsul (terminator)", "capsule (terminator)"),
    "process": ("kotak proses", "process box"),
    "decision": ("belah ketupat (keputusan)", "decision diamond"),
    "offpage": ("konektor antarhalaman (segilima)", "off-page connector (pentagon)"),
    "connector": ("konektor (lingkaran)", "connector (circle)"),
    "marker": ("tanda", "mark"),
}


@dataclass
class FlowGraph:
    """The graph of one procedure: ``nodes`` in row order, the arrows leaving (``out``) and
    entering (``inc``) each, the ``start`` and ``end`` capsules (``None`` when it draws none)."""

    proc: Procedure
    nodes: list[Node] = field(default_factory=list)
    out: dict[Node, list[tuple[Arrow, Optional[Node]]]] = field(default_factory=dict)
    inc: dict[Node, list[tuple[Arrow, Node]]] = field(default_factory=dict)
    start: Optional[Node] = None
    end: Optional[Node] = None

    def step(self, node: Node) -> Step:
        return self.proc.steps[node[0] - 1]

    def kind(self, node: Node) -> str:
        return self.step(node).symbols[node[1]].kind

    def column(self, node: Node) -> str:
        return self.step(node).symbols[node[1]].column

    def describe(self, node: Node) -> dict[str, str]:
        """Message params naming a node: ``kind_id``, ``kind_en``, ``column``."""
        kind_id, kind_en = KIND_NAMES.get(self.kind(node), (self.kind(node), self.kind(node)))
        return {"kind_id": kind_id, "kind_en": kind_en, "column": self.column(node) or "?"}

    def label_of(self, position: Optional[int]) -> str:
        """How a message names the step at ``position``: its number as written, else its
        position."""
        if position is None:
            return "?"
        step = self.proc.steps[position - 1]
        return str(step.number) if step.number is not None else (step.number_raw or str(position))


def _end(step: Step, index: Optional[int]) -> Optional[int]:
    """The symbol index an arrow end names; where the model does not say (read back from
    JSON), the row's principal symbol."""
    if index is not None and 0 <= index < len(step.symbols):
        return index
    real = [i for i, s in enumerate(step.symbols) if s.kind not in NOT_NODES]
    principal = [i for i in real if step.symbols[i].kind == step.symbol]
    found = principal or real
    return found[0] if found else None


PARTIAL = 1 / 3
"""A procedure where more than this share of the symbols has no arrow at all was not read
whole (arrows drawn as pictures beside vector symbols): the graph rules leave it alone."""


def flow_graph(proc: Procedure, complete: bool = True) -> Optional[FlowGraph]:
    """The graph of ``proc``, or ``None`` when no arrow of it was read (with ``complete``: also
    when its arrows were read only in part, see :data:`PARTIAL` and :func:`partly_read`)."""
    if not proc.flow:
        return None
    g = FlowGraph(proc)
    for pos, step in enumerate(proc.steps, 1):
        for idx, sym in enumerate(step.symbols):
            if sym.kind not in NOT_NODES:
                g.nodes.append((pos, idx))
    known = set(g.nodes)
    for n in g.nodes:
        g.out[n], g.inc[n] = [], []
    for arrow in proc.flow:
        if not 1 <= arrow.from_ <= len(proc.steps):
            continue
        s_idx = _end(proc.steps[arrow.from_ - 1], arrow.source)
        src = (arrow.from_, s_idx) if s_idx is not None else None
        if src not in known:
            continue
        dst = None
        if arrow.to is not None and 1 <= arrow.to <= len(proc.steps):
            t_idx = _end(proc.steps[arrow.to - 1], arrow.target)
            dst = (arrow.to, t_idx) if t_idx is not None and (arrow.to, t_idx) in known else None
        g.out[src].append((arrow, dst))
        if dst is not None:
            g.inc[dst].append((arrow, src))
    capsules = [n for n in g.nodes if g.kind(n) == "terminator"]
    if capsules:
        # the end: the last capsule no arrow leaves (none: the flow ends at no capsule); the
        # start: the first capsule no arrow enters (a flow drawn right to left in one row starts
        # at its rightmost capsule), else the first capsule, unless that is the end
        g.end = next((n for n in reversed(capsules) if not g.out[n]), None)
        g.start = next((n for n in capsules if not g.inc[n] and n != g.end), None)
        if g.start is None and capsules[0] != g.end:
            g.start = capsules[0]
    # no capsule starts (ends) the flow: the symbol it starts (ends) at stands in for it, and
    # terminator-placement says the capsule is missing
    if g.start is None:
        g.start = next((n for n in g.nodes if not g.inc[n] and g.out[n]), None)
    if g.end is None:
        g.end = next((n for n in reversed(g.nodes) if not g.out[n] and g.inc[n]), None)
    if complete and partly_read(g):
        return None
    return g


def read_from_pixels(doc: SopDocument, proc: Procedure) -> bool:
    """Whether ``proc`` stands on a page read from an image (``doc.ocr_pages``: a scan, a
    flowchart pasted as a picture). Arrows traced in pixels are shown (``sopcheck parse``, the
    swimlanes) but not checked: on the real scans measured, a thin arrow broken by the scanner or
    lost under a stamp read as a dead end, and labels are too small to read; a reviewer would
    not agree with the findings they give."""
    pages = set(doc.ocr_pages)
    return bool(pages) and any(step.location.page in pages for step in proc.steps)


def checked_graph(doc: SopDocument, proc: Procedure) -> Optional[FlowGraph]:
    """The graph the flow rules check for ``proc`` of ``doc``: :func:`flow_graph` (complete),
    ``None`` for a procedure read from pixels (:func:`read_from_pixels`)."""
    return None if read_from_pixels(doc, proc) else flow_graph(proc, complete=True)


def partly_read(g: FlowGraph) -> bool:
    """Whether more than :data:`PARTIAL` of the graph's symbols have no arrow in or out."""
    alone = [n for n in g.nodes if not g.out[n] and not g.inc[n]]
    return bool(g.nodes) and len(alone) > PARTIAL * len(g.nodes)


@lru_cache(maxsize=1)
def _labels() -> tuple[frozenset[str], frozenset[str]]:
    data = ruledata.load("flow").get("branch_labels", {})
    return frozenset(fold(x) for x in data.get("ya", [])), frozenset(fold(x) for x in data.get("tidak", []))


def answer(label: Optional[str]) -> Optional[str]:
    """``"yes"`` or ``"no"`` for a branch label that answers a decision (rules/flow.yaml), else
    ``None``: "Ya", "Y", "Lengkap" are yes; "Tidak", "T", "Tidak lengkap" are no."""
    if not label:
        return None
    text = fold(label)
    yes, no = _labels()
    first = text.split()[0] if text.split() else ""
    if text in no or (first in no and len(first) > 1):
        return "no"
    if text in yes:
        return "yes"
    return None
