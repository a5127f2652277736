"""Page and table geometry of a DOCX, and placing a floating shape into a table grid cell.

Word does not store where a table ends up on the page; it stores the page margins
(``w:sectPr``), the table's column grid (``w:tblGrid``, twips) and indent, and each floating
shape's offset from a reference frame (page, margin, column/cell, character). A floating shape
anchored in a table cell goes to the grid cell at the anchor's row and the column holding the
centre of the shape's horizontal extent.

All lengths here are EMU measured from the **left edge of the page** (x) or from the top of
the anchor paragraph (y). 1 twip = 635 EMU, 1 pt = 12700 EMU, 1 inch = 914400 EMU.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from .docx_shapes import Anchor

EMU_PER_TWIP = 635
DEFAULT_MARGIN_TWIPS = 1440
DEFAULT_PAGE_WIDTH_TWIPS = 11906  # A4
#: Approximate height of one text line (EMU), used for rows sized "atLeast" by their content,
#: for text of :data:`BASE_POINTS` (scaled for other sizes).
LINE_EMU = 14 * 12700
BASE_POINTS = 11.0
#: Approximate width of one character (EMU) for estimating wrapped lines.
CHAR_EMU = int(5.5 * 12700)
#: How far past a row boundary (EMU) a shape's centre must be to move it to the next row.
ROW_TOLERANCE_EMU = 2 * 12700


@dataclass
class PageGeom:
    """One section's page: ``width``, ``left``/``right`` margins (all EMU)."""

    width: float = DEFAULT_PAGE_WIDTH_TWIPS * EMU_PER_TWIP
    left: float = DEFAULT_MARGIN_TWIPS * EMU_PER_TWIP
    right: float = DEFAULT_MARGIN_TWIPS * EMU_PER_TWIP

    @property
    def text_right(self) -> float:
        """x of the right margin (EMU from the page's left edge)."""
        return self.width - self.right


@dataclass
class TableGeom:
    """A table's horizontal geometry and known row heights.

    ``col_x``: ``n_cols + 1`` boundaries, EMU from the page's left edge (``col_x[c]`` is the
    left edge of grid column ``c``). ``row_h``: per grid row, EMU or ``None`` when unknown
    (no ``w:trHeight``); for ``atLeast`` rows the estimate from content may be larger.
    """

    col_x: list[float]
    row_h: list[Optional[float]] = field(default_factory=list)

    @property
    def left(self) -> float:
        return self.col_x[0]

    @property
    def right(self) -> float:
        return self.col_x[-1]


def table_left(page: PageGeom, indent: float, width: float, jc: Optional[str]) -> float:
    """x (EMU) of a table's left edge: left margin + ``w:tblInd`` (EMU), or centred /
    right-aligned in the text column for ``w:jc`` center/right (``width``: table width, EMU)."""
    if jc in ("center",):
        return page.left + max(0.0, (page.text_right - page.left - width) / 2)
    if jc in ("right", "end"):
        return page.text_right - width
    return page.left + indent


def column_bounds(left: float, widths_twips: list[float]) -> list[float]:
    """Column boundaries (EMU from the page edge) from a table's left edge (EMU) and its
    ``w:gridCol/@w:w`` widths (twips)."""
    xs = [left]
    for w in widths_twips:
        xs.append(xs[-1] + max(0.0, w) * EMU_PER_TWIP)
    return xs


def frame_h(anchor: Anchor, page: PageGeom, cell_left: Optional[float],
            cell_right: Optional[float]) -> tuple[float, float]:
    """The horizontal reference frame ``(left, right)`` (EMU from the page edge) of a floating
    shape's ``relativeFrom``: ``page``; ``margin``; ``column`` (the anchor cell's text area
    when ``layoutInCell`` and anchored in a table, else the text column = margins);
    ``character`` (approximated by the anchor cell's text area left edge, i.e. as if the anchor
    run opened the paragraph; else the margin); ``leftMargin`` / ``insideMargin`` (page edge to
    left margin); ``rightMargin`` / ``outsideMargin``.

    ``cell_left``/``cell_right``: the anchor cell's text area (cell edges inside the cell
    margins, EMU from the page edge), ``None`` outside tables."""
    rel = anchor.h_rel
    in_table = cell_left is not None and cell_right is not None
    if rel == "page":
        return 0.0, page.width
    if rel in ("leftMargin", "insideMargin"):
        return 0.0, page.left
    if rel in ("rightMargin", "outsideMargin"):
        return page.text_right, page.width
    if rel == "column" and anchor.in_cell and in_table:
        return cell_left, cell_right  # type: ignore[return-value]
    if rel == "character" and in_table:
        return cell_left, cell_right  # type: ignore[return-value]
    return page.left, page.text_right


def object_left(anchor: Anchor, frame: tuple[float, float]) -> float:
    """x (EMU from the page edge) of a floating object's left edge in ``frame``: frame left +
    ``posOffset``, or ``wp:align`` left/center/right (inside = left, outside = right), or a
    percentage of the frame width."""
    fl, fr = frame
    if anchor.h_align:
        al = anchor.h_align.lower()
        if al in ("right", "outside"):
            return fr - anchor.width
        if al == "center":
            return (fl + fr - anchor.width) / 2
        return fl
    if anchor.h_pct is not None:
        return fl + anchor.h_pct * (fr - fl)
    return fl + (anchor.h_off or 0.0)


def column_at(geom: TableGeom, x: float) -> int:
    """The 0-based grid column whose x-range holds ``x`` (EMU); clamped to the first/last
    column when ``x`` falls outside the table."""
    n = len(geom.col_x) - 1
    if n <= 0:
        return 0
    c = bisect.bisect_right(geom.col_x, x) - 1
    return min(max(c, 0), n - 1)


def row_shift(geom: TableGeom, row: int, centre_y: float) -> int:
    """The grid row holding a shape whose centre is ``centre_y`` EMU below the top of anchor
    ``row`` (positionV relative to paragraph/line). Moves down (or up, for negative offsets)
    only across rows whose height is known and only when the centre is clearly past the
    boundary (:data:`ROW_TOLERANCE_EMU`); stops at the first row of unknown height."""
    n = len(geom.row_h)
    y = centre_y
    while 0 <= row < n - 1:
        h = geom.row_h[row]
        if h is None or y <= h + ROW_TOLERANCE_EMU:
            break
        y -= h
        row += 1
    while 0 < row < n and y < -ROW_TOLERANCE_EMU:
        h = geom.row_h[row - 1]
        if h is None:
            break
        y += h
        row -= 1
    return row


ROW_CHAR_EMU = int(4.5 * 12700)
"""Width of one character (EMU) when estimating a row's height from its text (SOP tables are
set in 8 to 10 pt)."""
ROW_LINE_EMU = 10 * 12700
"""Height of one line (EMU) when estimating a row's height from its text."""


def estimate_height(text: str, width: float) -> float:
    """The height (EMU) a cell ``width`` EMU wide needs for ``text`` (one line per paragraph,
    wrapped at :data:`ROW_CHAR_EMU` per character, :data:`ROW_LINE_EMU` per line): a lower
    estimate, for rows whose ``w:trHeight`` is smaller than their text."""
    per_line = max(1, int(max(width, ROW_CHAR_EMU * 4) // ROW_CHAR_EMU))
    lines = sum(max(1, -(-len(s) // per_line)) for s in text.split("\n")) if text.strip() else 0
    return lines * ROW_LINE_EMU


def centre_x(anchor: Anchor, fx: float, page: PageGeom, cell_left: Optional[float],
             cell_right: Optional[float]) -> float:
    """x (EMU from the page edge) of the centre of a symbol at fraction ``fx`` of a floating
    object's width."""
    left = object_left(anchor, frame_h(anchor, page, cell_left, cell_right))
    return left + fx * anchor.width


def centre_y(anchor: Anchor, fy: float) -> Optional[float]:
    """y (EMU below the anchor paragraph's top) of a symbol's centre, or ``None`` when the
    object is positioned against another vertical frame (page, margin) or aligned."""
    if anchor.v_rel not in ("paragraph", "line") or anchor.v_off is None:
        return None
    return anchor.v_off + fy * anchor.height
