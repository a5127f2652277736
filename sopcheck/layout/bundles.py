"""Split a file's blocks into SOPs: a "Buku SOP" holds several, one after another.

Offices publish one PDF (or DOCX) per bidang holding several SOP AP documents, each with its
own identitas block and flowchart table(s). A new SOP begins where a new identitas block
begins; :func:`split_sops` finds those places.

Conventions:

* Blocks are *flowchart* tables (a recognised flowchart header) and *other* blocks
  (paragraphs, identitas tables, headerless continuation tables, anything else). A run of
  consecutive other blocks is an *identitas run* when its lines carry labels of at least
  :data:`MIN_FIELDS` distinct identitas fields (``rules/identitas.yaml``: Nomor SOP, Tgl.
  Pembuatan, Nama SOP, Dasar Hukum ...): a signature block ("Disahkan oleh") or one stray label does not open an SOP.
* An identitas run starts a new SOP when a flowchart table comes before it (since the last
  split) and another comes after it, and it does not repeat the open SOP's identitas (a page
  header printing the same Nomor SOP and Nama SOP on every page is no new SOP).
* The new SOP starts at the run's first labelled block; the blocks of the run before it go with
  it too when they are on the same page (its heading: logo text, instansi, title), else they
  close the previous SOP (a page footer). Formats without pages (DOCX) give them to the new SOP.
* A file without such a run is one SOP: :func:`split_sops` returns its blocks unchanged.
"""

from __future__ import annotations

from typing import Optional

from ..blocks import Block, Paragraph, Table
from ..text import collapse, fold
from .headers import recognise_header
from .identity import build_identity, label_fields

MIN_FIELDS = 3
"""Distinct identitas fields an identitas run must label to open a new SOP."""


def split_sops(items: list[Block]) -> list[list[Block]]:
    """The blocks of each SOP of ``items``, in order (one list for a single-SOP file)."""
    kinds = [_kind(item) for item in items]
    cuts: list[int] = []
    start = 0  # first block of the open SOP
    seen_flow = False
    i = 0
    while i < len(items):
        if kinds[i] == "flow":
            seen_flow = True
            i += 1
            continue
        j = i
        while j < len(items) and kinds[j] != "flow":
            j += 1
        run = range(i, j)
        if seen_flow and j < len(items):
            cut = _opening(items, run)
            if cut is not None and not _repeats(_head(items, kinds, start), items[cut:j]):
                cuts.append(cut)
                start = cut
                seen_flow = False
        i = j
    bounds = [0, *cuts, len(items)]
    return [items[a:b] for a, b in zip(bounds, bounds[1:])]


def pages_of(items: list[Block]) -> Optional[tuple[int, int]]:
    """``(first, last)`` 1-based page of ``items``, ``None`` when no block knows its page."""
    pages: list[int] = []
    for item in items:
        if isinstance(item, Paragraph):
            if item.page is not None and collapse(item.text):
                pages.append(item.page)
        else:
            pages.extend(p for p in item.row_pages if p is not None)
    return (min(pages), max(pages)) if pages else None


def _kind(item: Block) -> str:
    if isinstance(item, Table):
        grid = item.grid()
        if recognise_header(item, grid) is not None:
            return "flow"
    return "other"


def _fields(item: Block) -> set[str]:
    if isinstance(item, Paragraph):
        return label_fields(item.text)
    found: set[str] = set()
    for cell in item.cells:
        found |= label_fields(cell.text)
    return found


def _opening(items: list[Block], run: range) -> Optional[int]:
    """The index where the SOP opened by identitas run ``run`` begins, ``None`` when ``run``
    is no identitas run (see the module docstring)."""
    fields: set[str] = set()
    first: Optional[int] = None
    for k in run:
        found = _fields(items[k])
        if found and first is None:
            first = k
        fields |= found
    if first is None or len(fields) < MIN_FIELDS:
        return None
    page = _page(items[first])
    cut = first
    while cut > run.start and isinstance(items[cut - 1], Paragraph):
        before = _page(items[cut - 1])
        if page is not None and before is not None and before != page:
            break
        cut -= 1
    return cut


def _page(item: Block) -> Optional[int]:
    if isinstance(item, Paragraph):
        return item.page
    return next((p for p in item.row_pages if p is not None), None)


def _head(items: list[Block], kinds: list[str], start: int) -> list[Block]:
    """The blocks of the SOP opened at ``start`` before its first flowchart table."""
    end = next((k for k in range(start, len(items)) if kinds[k] == "flow"), len(items))
    return items[start:end]


def _repeats(previous: list[Block], run: list[Block]) -> bool:
    """True when ``run`` names the same SOP as ``previous`` (the open SOP's identitas blocks):
    the same non-empty Nomor SOP and Nama SOP, a running page header rather than a new SOP."""
    old, new = build_identity(previous), build_identity(run)
    if old is None or new is None:
        return False
    same = [fold(getattr(old, key) or "") == fold(getattr(new, key) or "") for key in ("nomor_sop", "nama_sop")]
    return all(same) and bool(fold(new.nama_sop or "") or fold(new.nomor_sop or ""))
