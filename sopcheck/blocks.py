"""Positioned blocks: what a reader hands to the format-independent layout stage.

A reader (DOCX, PDF) turns a file into a :class:`Blocks` value: the body in reading order as
:class:`Paragraph` and :class:`Table` items. A table is a grid of :class:`Cell` values with
row/column spans resolved; every cell carries its text and the flowchart :class:`Symbol`
values the reader placed in it (shapes drawn in the cell, and floating shapes placed there by
their position against the table's column and row geometry).

The layout stage (:mod:`sopcheck.layout`) knows SOP tables but nothing of DOCX or PDF; readers
know their format but nothing of SOP tables. This module is the whole interface between them.

Conventions every reader keeps:

* Grid rows and columns are 0-based; a merged cell appears **once**, at its top-left
  position, with ``row_span``/``col_span`` >= 1. Positions not covered by any cell are empty.
* ``Cell.text`` is the cell's text with one ``"\\n"`` between paragraphs/lines; text drawn
  *inside* a shape (e.g. "MULAI" in a terminator) is in ``Symbol.text``, not in the cell.
* Arrows, connector lines, table ruling and shading are never symbols.
* Text markers (√, V, X, ●) are left as cell text: the layout stage decides, knowing which
  columns are role columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional, Union

SymbolEncoding = Literal[
    "drawingml-inline",  # wp:inline shape in the cell's paragraph
    "drawingml-anchor",  # wp:anchor floating shape
    "drawingml-group",  # a shape inside wpg:wgp (inline or anchored group)
    "vml",  # legacy w:pict / v:shape, v:rect, v:roundrect, v:oval
    "text-marker",  # a mark character written in the cell (set by the layout stage)
    "pdf-vector",  # a closed vector path on a PDF page
    "raster",  # a closed contour found in a page image (scan, picture flowchart)
]

Box = tuple[float, float, float, float]
"""``(x0, top, x1, bottom)`` in the coordinate space of the table it belongs to (see
:class:`Table`)."""


@dataclass
class Symbol:
    """One flowchart symbol found in a cell.

    ``kind`` is one of the SOP AP symbols: ``terminator`` (kapsul), ``process`` (kotak),
    ``decision`` (belah ketupat), ``connector`` (on-page circle), ``offpage`` (segilima), or
    ``marker``. ``encoding`` says how the file drew it; ``text`` is text inside the shape.
    ``col`` is the 0-based grid column holding the symbol's centre where the reader knows
    the geometry (PDF paths, DOCX floating shapes), so a symbol in a cell merged across
    several columns still names its column; ``None`` means the cell's own first column.
    """

    kind: str
    encoding: str
    text: str = ""
    col: Optional[int] = None
    box: Optional[Box] = None
    """The symbol's bounding box in the table's coordinate space, where the reader knows it."""


@dataclass
class Stroke:
    """A line drawn over a table that is not part of its ruling: an arrow, a connector line.

    ``points`` is the polyline (at least two points) in the table's coordinate space, in
    drawing order; ``head_end``/``head_start`` say whether an arrowhead sits at the last/first
    point. ``label`` is text printed beside the stroke ("Ya", "Tidak") where the reader
    attached one. Readers that do not read arrows leave :attr:`Table.strokes` empty.
    """

    points: list[tuple[float, float]]
    head_end: bool = False
    head_start: bool = False
    label: str = ""
    page: Optional[int] = None
    """The 1-based page the stroke is drawn on, for a table continued over several pages
    (whose ``ys`` hold each page's own y values); ``None`` when the table lies on one page
    (``row_pages`` tells it) or has no pages (DOCX)."""
    glued: tuple[Optional["Symbol"], Optional["Symbol"]] = (None, None)
    """The symbols the file says the first and the last point are glued to (a DOCX connector's
    ``a:stCxn``/``a:endCxn``): the very :class:`Symbol` objects placed in the table's cells;
    ``None`` where the file does not say (the layout stage then joins that end by geometry)."""


@dataclass
class Cell:
    """One (possibly merged) table cell at 0-based grid position ``row``, ``col``."""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    text: str = ""
    symbols: list[Symbol] = field(default_factory=list)
    confidence: Optional[float] = None
    """OCR confidence of ``text`` in 0..1 for a cell read from an image; ``None`` for text
    read from a text layer or XML (certain)."""
    comments: list[str] = field(default_factory=list)
    """The text of each reviewer comment anchored in the cell (a Word comment), in order."""


@dataclass
class Table:
    """A table as a grid of ``n_rows`` x ``n_cols`` positions.

    ``index`` is the table's 1-based position among all tables of the document.
    ``row_pages`` gives the 1-based page of each grid row (``None`` entries for formats
    without fixed pages, such as DOCX).

    Geometry, where the reader knows it (empty lists otherwise): ``xs`` holds the
    ``n_cols + 1`` column edges and ``ys`` the ``n_rows + 1`` row edges, in the table's
    coordinate space: PDF points from the page's top-left corner for PDF and raster pages
    (pixels x 72 / dpi), EMU from the table's top-left corner for DOCX. A table continued
    over several pages keeps each page's own y values in ``ys`` (``row_pages`` tells the
    page; the top edge of a row that begins a page is not kept: ``ys[r]`` is then the last
    edge of the page before). ``strokes`` are the arrows and connector lines drawn over the table.
    """

    index: int
    n_rows: int
    n_cols: int
    cells: list[Cell] = field(default_factory=list)
    row_pages: list[Optional[int]] = field(default_factory=list)
    xs: list[float] = field(default_factory=list)
    ys: list[float] = field(default_factory=list)
    strokes: list[Stroke] = field(default_factory=list)

    def grid(self) -> list[list[Optional[Cell]]]:
        """Return ``n_rows`` lists of ``n_cols`` entries: the cell covering each position,
        or ``None`` where no cell does."""
        out: list[list[Optional[Cell]]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                    out[r][c] = cell
        return out

    def page_of_row(self, row: int) -> Optional[int]:
        """The 1-based page of 0-based grid ``row``, or ``None`` when unknown."""
        if 0 <= row < len(self.row_pages):
            return self.row_pages[row]
        return None


@dataclass
class Paragraph:
    """A body paragraph (or a PDF text line group) outside any table.

    ``heading`` is true for heading styles or visibly emphasised title lines (bold/large);
    ``page`` is the 1-based page where known.
    """

    text: str
    page: Optional[int] = None
    heading: bool = False
    bold: bool = False


Block = Union[Paragraph, Table]


@dataclass
class Blocks:
    """A whole file as read: ``items`` in reading order. ``format`` is ``"docx"`` or
    ``"pdf"``; ``pages`` is the page count where the format has pages; ``ocr_pages`` lists
    the 1-based pages whose text and symbols were read from an image (OCR) rather than from
    a text layer or XML."""

    source: str
    format: str
    items: list[Block] = field(default_factory=list)
    pages: Optional[int] = None
    ocr_pages: list[int] = field(default_factory=list)

    def tables(self) -> list[Table]:
        """The tables among ``items``, in order."""
        return [b for b in self.items if isinstance(b, Table)]
