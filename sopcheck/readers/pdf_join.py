"""Tables that continue on the next PDF page, joined back into one table.

A Word or LibreOffice export breaks a long flowchart table at the page end and (usually)
repeats its header rows on the next page. :func:`join_across_pages` appends such a
continuation to the table it continues, so rows count as in the source table.
"""

from __future__ import annotations

import re

from ..blocks import Blocks, Cell, Paragraph, Table

_FURNITURE = re.compile(r"^((halaman|hal\.?|page)\s*\d+(\s*(dari|of|/)\s*\d+)?|[-–\s]*\d+[-–\s]*)$", re.I)
COLUMN_MATCH = 2.0
"""Column lines of a table continued on the next page agree within this (points)."""


def furniture(block: object) -> bool:
    """A paragraph that is page furniture (a page number) or empty."""
    return isinstance(block, Paragraph) and (not block.text.strip() or bool(_FURNITURE.match(block.text.strip())))


def join_across_pages(blocks: Blocks, table: Table, columns: dict[int, list[float]]) -> bool:
    """Append ``table`` to the last table read when it continues it on the next page: that
    table ended its page (nothing but page furniture after it), ``table`` starts this page,
    and both have the same column lines. The continuation's first rows that repeat the
    table's first rows (a header repeated on every page) are dropped, so rows count as in
    the source table. Returns whether ``table`` was joined."""
    prev = None
    for block in reversed(blocks.items):
        if isinstance(block, Table):
            prev = block
            break
        if not furniture(block):
            return False
    if prev is None or not prev.row_pages or not table.row_pages:
        return False
    if table.row_pages[0] != prev.row_pages[-1] + 1 or table.n_cols != prev.n_cols:
        return False
    xa, xb = columns.get(id(prev)), columns.get(id(table))
    if not xa or not xb or len(xa) != len(xb) or any(abs(a - b) > COLUMN_MATCH for a, b in zip(xa, xb)):
        return False

    def row_key(t: Table, r: int) -> list:
        return sorted((c.col, c.col_span, " ".join(c.text.split())) for c in t.cells if c.row == r)

    drop = 0
    while drop < min(prev.n_rows, table.n_rows - 1) and row_key(prev, drop) == row_key(table, drop):
        drop += 1
    shift = prev.n_rows - drop
    for c in table.cells:
        end = c.row + c.row_span
        if end <= drop:
            continue
        row = max(c.row, drop)
        prev.cells.append(Cell(row=row + shift, col=c.col, row_span=end - row, col_span=c.col_span,
                               text=c.text, symbols=c.symbols))
    if prev.strokes or table.strokes:  # strokes keep their page apart once two pages share a table
        for st in prev.strokes:
            st.page = st.page if st.page is not None else (prev.row_pages[0] if prev.row_pages else None)
        for st in table.strokes:
            st.page = st.page if st.page is not None else table.row_pages[0]
        prev.strokes.extend(table.strokes)
    if len(prev.ys) == prev.n_rows + 1 and len(table.ys) == table.n_rows + 1:
        prev.ys.extend(table.ys[drop + 1:])  # the first kept row's top is the page break
    else:
        prev.ys = []
    prev.row_pages.extend(table.row_pages[drop:])
    prev.n_rows += table.n_rows - drop
    return True
