"""A PDF copy with one annotation per finding, on the cell the finding is about.

Where a finding's place (:func:`sopcheck.write.anchors.place_of`) is a table cell whose
geometry the reader kept (:attr:`sopcheck.blocks.Table.xs`/``ys``, PDF points from the page's
top-left corner), the copy gets a **highlight** over that cell (``/Highlight``, coloured by
severity: red error, orange warning, blue info) holding the comment text; a viewer shows the
text on hovering or in its comments pane. Where there is no cell box (an identitas label
written as a line of text, a file-level finding, a table read from a scan) it gets a **sticky
note** (``/Text``) at the label's first words on its page, else at the top-left corner of the
page the place is on (page 1 when none). Notes at one point are set side by side. Every
annotation carries the comment text in ``/Contents``, the reviewer in ``/T`` and ``sopcheck``
in ``/Subj``, so a test or a script reads them back with pypdf.

Coordinates: the reader's page space (points from the displayed page's top-left, as pdfplumber
lays a page out, rotation applied) is turned back into the page's own user space
(:func:`user_point`), so a note sits on its cell on a page with ``/Rotate`` too.

The top edge of a row that begins a continuation page is not in ``ys`` (see
:class:`~sopcheck.blocks.Table`); it is found again on that page as the nearest horizontal
ruling line above the row's bottom edge across the cell (:func:`_ruled_top`).

The copy is the input's bytes followed by an incremental update holding the annotations
(pypdf's incremental writer), so an electronically signed SOP (the BPS SOPs carry a BSrE
signature) keeps a signature that still verifies. The input is only read; the copy goes to a
temporary file beside the output and is renamed into place, never over the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..blocks import Blocks, Paragraph, Table
from ..errors import UsageError
from ..layout.places import Place
from ..model import Finding
from .copies import write_copy

NOTE = 18.0
"""Side of a sticky note's icon (points)."""
COLOURS = {"error": "ff6b6b", "warning": "ffb020", "info": "7fb2ff"}
"""Highlight colour (RRGGBB) per severity."""
PAGE_MARGIN = 24.0
"""Where a note with no better place goes: this far in from the page's top-left corner (points)."""


@dataclass(frozen=True)
class Spot:
    """Where an annotation goes: ``page`` (1-based) and either ``box`` (a cell: ``(x0, top, x1,
    bottom)``) or ``point`` (``(x, top)`` for a sticky note), in the reader's page space (points
    from the displayed page's top-left)."""

    page: int
    box: Optional[tuple[float, float, float, float]] = None
    point: Optional[tuple[float, float]] = None


def cell_box(table: Table, row: int, col: int) -> Optional[tuple[int, tuple[float, float, float, float], bool]]:
    """The page and box of the cell covering 0-based grid ``(row, col)`` of ``table``, and
    whether its top edge is known (``False`` for a row that begins a continuation page).

    A merged cell's box runs over its columns and over its rows on the page where it begins.
    ``None`` when the table has no geometry (``xs``/``ys`` empty or not matching the grid) or
    no page for the row.
    """
    if len(table.xs) != table.n_cols + 1 or len(table.ys) != table.n_rows + 1:
        return None
    if not (0 <= row < table.n_rows and 0 <= col < table.n_cols):
        return None
    cell = table.grid()[row][col]
    r0, c0 = (cell.row, cell.col) if cell is not None else (row, col)
    rs, cs = (cell.row_span, cell.col_span) if cell is not None else (1, 1)
    page = table.page_of_row(r0)
    if page is None:
        return None
    r1 = r0
    while r1 + 1 < min(r0 + rs, table.n_rows) and table.page_of_row(r1 + 1) == page:
        r1 += 1
    c1 = min(c0 + cs, table.n_cols)
    top_known = r0 == 0 or table.page_of_row(r0 - 1) == page
    return page, (table.xs[c0], table.ys[r0], table.xs[c1], table.ys[r1 + 1]), top_known


def user_point(x: float, top: float, mediabox: tuple[float, float, float, float], rotate: int) -> tuple[float, float]:
    """A point of the displayed page (``x``, ``top`` in points from its top-left, the reader's
    space) in the page's user space (PDF coordinates, y up), for ``/Rotate`` 0, 90, 180, 270.

    pdfminer lays a rotated page out through a rotation matrix whose inverse this is.
    """
    x0, y0, x1, y1 = mediabox
    rotate %= 360
    height = x1 - x0 if rotate in (90, 270) else y1 - y0
    dx, dy = x, height - top  # device space: origin bottom-left of the displayed page
    if rotate == 90:
        return x1 - dy, dx + y0
    if rotate == 180:
        return x1 - dx, y1 - dy
    if rotate == 270:
        return dy + x0, y1 - dx
    return dx + x0, dy + y0


class _Pages:
    """The input laid out again with pdfplumber, lazily and one page at a time, for what the
    blocks do not keep: a continuation row's top edge, an identitas label's position."""

    def __init__(self, path: Path):
        self.path = path
        self._pdf = None

    def page(self, number: int):
        import pdfplumber

        if self._pdf is None:
            self._pdf = pdfplumber.open(str(self.path))
        if not 1 <= number <= len(self._pdf.pages):
            return None
        return self._pdf.pages[number - 1]

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _ruled_top(pages: _Pages, page: int, box: tuple[float, float, float, float]) -> float:
    """The top edge of a cell whose row begins a continuation page: the nearest horizontal
    line above its bottom edge that runs across most of its width; else one note's height
    above the bottom."""
    x0, _, x1, bottom = box
    fallback = max(bottom - 2 * NOTE, 0.0)
    try:
        pg = pages.page(page)
        edges = pg.horizontal_edges if pg is not None else []
    except Exception:  # the page was read once already; any trouble now only costs precision
        return fallback
    width = max(x1 - x0, 1.0)
    best = None
    for e in edges:
        y = e["top"]
        if y >= bottom - 2 or min(e["x1"], x1) - max(e["x0"], x0) < 0.6 * width:
            continue
        if best is None or y > best:
            best = y
    return best if best is not None else fallback


def _label_point(pages: _Pages, para: Paragraph) -> Optional[tuple[float, float]]:
    """Where the first words of ``para`` are printed on its page (``None`` when not found)."""
    words = para.text.split()[:4]
    if not words or para.page is None:
        return None
    pattern = r"\s*".join(re.escape(w) for w in words)
    try:
        pg = pages.page(para.page)
        hits = pg.search(pattern, regex=True, case=False) if pg is not None else []
    except Exception:
        return None
    if not hits:
        return None
    return hits[0]["x0"], hits[0]["top"]


def spot_of(place: Optional[Place], blocks: Blocks, pages: _Pages) -> Spot:
    """Where the annotation of a finding at ``place`` goes (see the module docstring)."""
    tables = {t.index: t for t in blocks.tables()}
    paragraphs = [b for b in blocks.items if isinstance(b, Paragraph)]
    if place is not None and place.table is not None and place.table in tables:
        table = tables[place.table]
        found = cell_box(table, place.row or 0, place.col or 0)
        if found is not None:
            page, box, top_known = found
            if not top_known:
                box = (box[0], _ruled_top(pages, page, box), box[2], box[3])
            return Spot(page=page, box=box)
        page = table.page_of_row(place.row or 0) or _first_page(table) or 1
        return Spot(page=page, point=(PAGE_MARGIN, PAGE_MARGIN))
    if place is not None and place.paragraph is not None and 0 <= place.paragraph < len(paragraphs):
        para = paragraphs[place.paragraph]
        point = _label_point(pages, para)
        return Spot(page=para.page or 1, point=point or (PAGE_MARGIN, PAGE_MARGIN))
    return Spot(page=1, point=(PAGE_MARGIN, PAGE_MARGIN))


def _first_page(table: Table) -> Optional[int]:
    return next((p for p in table.row_pages if p is not None), None)


def write_notes(path: str | Path, out: str | Path, notes: list[tuple[Finding, Optional[Place], str]],
                blocks: Blocks, author: str) -> int:
    """Write the copy of the PDF ``path`` to ``out`` with one annotation per ``(finding, place,
    text)`` of ``notes``; return the number written.

    :raises UsageError: ``out`` is the input, its folder cannot be written, or pypdf cannot
        open the file for writing.
    """
    from pypdf import PdfWriter

    path, out = Path(path), Path(out)
    try:
        writer = PdfWriter(str(path), incremental=True)
    except Exception as exc:
        raise UsageError(f"{path}: tidak dapat dibuka untuk ditulis sebagai PDF ({type(exc).__name__}: {exc})",
                         f"{path}: cannot be opened for writing as a PDF ({type(exc).__name__}: {exc})") from None
    pages = _Pages(path)
    stacked: dict[tuple[int, float, float], int] = {}
    count = 0
    try:
        for finding, place, text in notes:
            spot = spot_of(place, blocks, pages)
            number = min(max(spot.page, 1), len(writer.pages))
            page = writer.pages[number - 1]
            mediabox = tuple(float(v) for v in page.mediabox)
            rotate = int(page.get("/Rotate", 0) or 0)
            if spot.box is not None:
                annotation = _highlight(writer, spot.box, mediabox, rotate, finding.severity)
            else:
                key = (number, round(spot.point[0]), round(spot.point[1]))
                k = stacked.get(key, 0)
                stacked[key] = k + 1
                annotation = _sticky(spot.point[0] + k * (NOTE + 2), spot.point[1], mediabox, rotate, text)
            _describe(annotation, text, author)
            writer.add_annotation(number - 1, annotation)
            count += 1
    finally:
        pages.close()
    write_copy(out, path, writer.write)
    return count


def _rect(box: tuple[float, float, float, float], mediabox, rotate: int) -> tuple[float, float, float, float]:
    corners = [user_point(x, y, mediabox, rotate) for x in (box[0], box[2]) for y in (box[1], box[3])]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _highlight(writer, box, mediabox, rotate: int, severity: str):
    """A ``/Highlight`` over ``box`` with its own appearance: the cell tinted (multiply) and
    outlined in the severity's colour. Without one, viewers draw a highlight with round ends
    that turn a tall cell into an oval."""
    from pypdf.annotations import Highlight
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    x0, top, x1, bottom = box
    colour = COLOURS.get(severity, COLOURS["info"])
    # QuadPoints: top-left, top-right, bottom-left, bottom-right of the displayed box
    quad = [user_point(x, y, mediabox, rotate) for x, y in ((x0, top), (x1, top), (x0, bottom), (x1, bottom))]
    rect = _rect(box, mediabox, rotate)
    annotation = Highlight(rect=rect, quad_points=ArrayObject([FloatObject(round(v, 2)) for pt in quad for v in pt]),
                           highlight_color=colour, printing=True)
    annotation[NameObject("/AP")] = _appearance(writer, rect, colour)
    return annotation


def _appearance(writer, rect: tuple[float, float, float, float], colour: str):
    """``/AP`` of a highlight: a form XObject filling ``rect`` with ``colour`` at 35 % (multiply
    blend, so the text stays black) inside a 1 pt outline. A stream must be an indirect object:
    it is registered with the writer (``_add_object``, the call pypdf's own annotation and
    form code uses; pypdf has no public one)."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4))
    w, h = rect[2] - rect[0], rect[3] - rect[1]
    stream = DecodedStreamObject()
    stream.set_data((f"q /G0 gs {r:.3f} {g:.3f} {b:.3f} rg 0 0 {w:.2f} {h:.2f} re f Q "
                     f"q {r:.3f} {g:.3f} {b:.3f} RG 1 w 0.5 0.5 {max(w - 1, 0):.2f} {max(h - 1, 0):.2f} re S Q")
                    .encode("ascii"))
    state = DictionaryObject({NameObject("/Type"): NameObject("/ExtGState"), NameObject("/BM"): NameObject("/Multiply"),
                              NameObject("/ca"): FloatObject(0.35), NameObject("/CA"): FloatObject(1.0)})
    stream.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(round(w, 2)),
                                          FloatObject(round(h, 2))]),
        NameObject("/Resources"): DictionaryObject(
            {NameObject("/ExtGState"): DictionaryObject({NameObject("/G0"): state})}),
    })
    return DictionaryObject({NameObject("/N"): writer._add_object(stream)})


def _sticky(x: float, top: float, mediabox, rotate: int, text: str):
    from pypdf.annotations import Text
    from pypdf.constants import AnnotationFlag

    return Text(rect=_rect((x, top, x + NOTE, top + NOTE), mediabox, rotate), text=text, open=False,
                flags=AnnotationFlag.PRINT | AnnotationFlag.NO_ZOOM | AnnotationFlag.NO_ROTATE)


def _describe(annotation, text: str, author: str) -> None:
    from pypdf.generic import NameObject, TextStringObject

    annotation[NameObject("/Contents")] = TextStringObject(text)
    annotation[NameObject("/T")] = TextStringObject(author)
    annotation[NameObject("/Subj")] = TextStringObject("sopcheck")
