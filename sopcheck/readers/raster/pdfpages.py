"""Picture regions of PDF pages, read by the raster reader.

The PDF reader reads a page's text layer and vector drawing; this module reads what those
cannot hold, and is called by it once per page (:func:`read_pictures`):

* a **scanned page** (images cover most of it, its text layer holds next to nothing): the
  whole page is rendered and read (orientation undone);
* a **picture flowchart** (a large image over part of an otherwise born-digital page, with
  no text of the layer on it): only the image's region is rendered and read, its tables and
  paragraphs replace nothing of the text layer, which keeps the rest of the page;
* **symbols pasted as one image over a vector table** (the table and its text are in the
  text layer, the image holds only the shapes and arrows): the image region is rendered and
  its symbols are placed into the text layer's table cells.

Pages are rendered by pdfium (``pypdfium2``, which pdfplumber installs) at :data:`DPI`.
Before anything is decoded, every image's declared pixel count (``/Width`` x ``/Height``)
and the rendered page's pixel count are checked against ``Limits.max_page_pixels``: an image
bomb (a few KB declaring a 100,000 x 100,000 image) is one ``resource-limit`` finding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ...blocks import Paragraph, Symbol, Table
from ...errors import ResourceLimit
from ...limits import Limits

DPI = 200
"""Resolution pages and picture regions are rendered at."""
PICTURE_SHARE = 0.08
"""An image covering at least this share of the page may be a picture flowchart (logos,
QR codes and signatures are smaller)."""
SCAN_SHARE = 0.5
"""Images covering at least this share of a page with (almost) no text make it a scan."""
PAPER_PT = (500.0, 1300.0)
"""Long side (points) of the paper an SOP is printed on: A4, F4, Letter, Legal (842-1008 pt)
with a margin. A scanned page outside this range states no real size (a phone photo saved
at 72 ppi is a page 30 inches wide), and its pixels are measured against
:data:`PAPER_LONG_IN` instead."""
PAPER_LONG_IN = 12.5
"""Long side (inches) assumed for such a page (between A4's 11.7 and F4's 13)."""
HOSTED = 0.6
"""An image lying this much (share of its area) inside a text-layer table holds that table's
symbols only: its text and ruling are the text layer's."""
SCAN_CHARS = 60
"""A page with images and fewer text-layer characters than this outside the pictures'
regions is read as a scan, whatever its footer says."""


@dataclass
class Region:
    """A part of a page read from pixels: ``bbox`` in page points (top-left origin),
    ``whole`` for a scanned page (read with orientation detection), ``chars`` the number of
    text-layer characters inside it."""

    bbox: tuple[float, float, float, float]
    whole: bool = False
    chars: int = 0


@dataclass
class PictureRead:
    """What the pictures of one page gave: items to add (top, block), the number of symbols
    placed into text-layer tables, whether OCR read the page, text lines and characters
    recognised, and the seconds spent."""

    items: list[tuple[float, object]] = field(default_factory=list)
    placed: int = 0
    ocr: bool = False
    n_lines: int = 0
    n_chars: int = 0
    seconds: float = 0.0
    ocr_seconds: float = 0.0


def check_image_sizes(name: str, page_no: int, images: list[dict], limits: Limits) -> None:
    """Refuse a page holding an image that declares more than ``limits.max_page_pixels``
    pixels, before any image is decoded.

    :raises ResourceLimit: naming the file, the page and the limit.
    """
    for im in images:
        try:
            w, h = (int(v) for v in im.get("srcsize") or (0, 0))
        except (TypeError, ValueError):
            continue
        if w * h > limits.max_page_pixels:
            n = limits.max_page_pixels
            raise ResourceLimit(
                f"{name}: gambar di halaman {page_no} berukuran {w} x {h} piksel, melebihi batas {n} piksel per "
                "halaman (bom gambar?). Pindai ulang dengan resolusi 200-300 dpi, atau naikkan max-page-pixels di "
                "bagian [limits] sopcheck.toml.",
                f"{name}: the image on page {page_no} is {w} x {h} pixels, beyond the limit of {n} pixels per page "
                "(an image bomb?). Scan again at 200-300 dpi, or raise max-page-pixels in the [limits] section of "
                "sopcheck.toml.")


def regions(width: float, height: float, images: list[dict], chars: list[dict]) -> list[Region]:
    """The regions of a page to read from pixels (module docstring), in page points.

    Large images (:data:`PICTURE_SHARE`) that touch are one region. A page is a scan when
    such images cover :data:`SCAN_SHARE` of it, or cover its tables' area while the text
    layer has fewer than :data:`SCAN_CHARS` characters outside them.
    """
    area = max(width * height, 1.0)
    boxes = [(max(0.0, im["x0"]), max(0.0, im["top"]), min(width, im["x1"]), min(height, im["bottom"]))
             for im in images]
    boxes = [b for b in boxes if (b[2] - b[0]) * (b[3] - b[1]) >= PICTURE_SHARE * area]
    merged: list[list[float]] = []
    for b in sorted(boxes, key=lambda b: (b[1], b[0])):
        for m in merged:
            if b[0] <= m[2] + 2 and m[0] <= b[2] + 2 and b[1] <= m[3] + 2 and m[1] <= b[3] + 2:
                m[:] = [min(m[0], b[0]), min(m[1], b[1]), max(m[2], b[2]), max(m[3], b[3])]
                break
        else:
            merged.append(list(b))
    if not merged:
        return []

    def inside(c: dict, r: list[float]) -> bool:
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return r[0] <= cx <= r[2] and r[1] <= cy <= r[3]

    ink = [c for c in chars if c.get("text", "").strip()]
    out = [Region(bbox=tuple(m), chars=sum(1 for c in ink if inside(c, m))) for m in merged]
    cover = sum((r.bbox[2] - r.bbox[0]) * (r.bbox[3] - r.bbox[1]) for r in out) / area
    outside = sum(1 for c in ink if not any(inside(c, list(r.bbox)) for r in out))
    if cover >= SCAN_SHARE and sum(r.chars for r in out) < SCAN_CHARS and outside < SCAN_CHARS:
        return [Region(bbox=(0.0, 0.0, width, height), whole=True, chars=len(ink))]
    return out


class Renderer:
    """Renders pages of one PDF file with pdfium, opened once (``close()`` when done)."""

    def __init__(self, path: Path):
        import pypdfium2 as pdfium

        self._doc = pdfium.PdfDocument(str(path))

    def close(self) -> None:
        try:
            self._doc.close()
        except Exception:
            pass

    def render(self, page_index: int, bbox: Optional[tuple[float, float, float, float]], max_pixels: int,
               dpi: float = DPI):
        """Page ``page_index`` (0-based), or its ``bbox`` (points, top-left origin), as a
        greyscale ``uint8`` array, with the points per pixel. The resolution is lowered so the
        rendered page stays within ``max_pixels``."""
        import numpy as np

        page = self._doc[page_index]
        try:
            w, h = page.get_size()
            scale = dpi / 72.0
            if w * h * scale * scale > max_pixels:
                scale = (max_pixels / max(w * h, 1.0)) ** 0.5
            crop = (0, 0, 0, 0)
            if bbox is not None:
                x0, top, x1, bottom = bbox
                crop = (max(0.0, x0), max(0.0, h - bottom), max(0.0, w - x1), max(0.0, top))  # left, bottom, right, top
            bitmap = page.render(scale=scale, grayscale=True, crop=crop)
            img = bitmap.to_numpy()
        finally:
            page.close()
        if img.ndim == 3:
            img = img[:, :, 0]
        return np.ascontiguousarray(img), 1.0 / scale


def read_pictures(renderer: Renderer, page_index: int, page_no: int, width: float, height: float,
                  images: list[dict], chars: list[dict], tables: list[Table], limits: Limits,
                  engine, word_break: Optional[str] = None) -> PictureRead:
    """Read the picture regions of one page (module docstring).

    :param tables: the text layer's tables on this page (with ``xs``/``ys``): symbols of an
        image drawn over one are placed into its cells.
    :param engine: the OCR engine (:func:`sopcheck.readers.raster.get_engine`).
    :param word_break: the PDF reader's mark for a word maybe broken at a line end.
    """
    import time

    import numpy as np

    from .assemble import read_image
    from .prepare import binarise, scale_to_working
    from .symbols import find_symbols

    out = PictureRead()
    started = time.perf_counter()
    for region in regions(width, height, images, chars):
        host = [t for t in tables if t.xs and t.ys
                and _shared(region.bbox, (t.xs[0], t.ys[0], t.xs[-1], t.ys[-1])) >= HOSTED]
        grey, pt = renderer.render(page_index, None if region.whole else region.bbox, limits.max_page_pixels)
        origin = (0.0, 0.0) if region.whole else (region.bbox[0], region.bbox[1])
        if host and not region.whole:
            # shapes pasted over a vector table: its symbols go into the table's cells
            grey, pt = scale_to_working(grey, pt)
            found = find_symbols(binarise(grey, 72.0 / pt), pt)
            for t in host:
                boxes, where = _cell_boxes(t, origin, pt)
                for s in found:
                    k = next((i for i, b in enumerate(boxes)
                              if b[0] <= s.centre[0] <= b[2] and b[1] <= s.centre[1] <= b[3]), None)
                    if k is None:
                        continue
                    cell = where[k]
                    box = (origin[0] + s.box[0] * pt, origin[1] + s.box[1] * pt,
                           origin[0] + s.box[2] * pt, origin[1] + s.box[3] * pt)
                    col = int(np.searchsorted(t.xs, (box[0] + box[2]) / 2, side="right")) - 1
                    cell.symbols.append(Symbol(kind=s.kind, encoding="raster", col=min(max(col, 0), t.n_cols - 1),
                                               box=box))
                    out.placed += 1
            continue
        paper = None
        if region.whole and not PAPER_PT[0] <= max(width, height) <= PAPER_PT[1]:
            paper = max(grey.shape) / PAPER_LONG_IN  # a photo stored at 72 ppi on a page inches wide
        page = read_image(grey, page_no, pt, engine, origin=origin, orient=region.whole, word_break=word_break,
                          px_per_in=paper)
        out.ocr = True
        out.n_lines += page.n_lines
        out.n_chars += page.n_chars
        out.ocr_seconds += page.ocr_seconds
        out.items.extend(page.items)
    out.seconds = time.perf_counter() - started
    return out


def _shared(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The share of box ``a``'s area that lies inside box ``b``."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    area = (a[2] - a[0]) * (a[3] - a[1])
    return max(0.0, w) * max(0.0, h) / area if area > 0 else 0.0


def _cell_boxes(t: Table, origin: tuple[float, float], pt: float):
    """Pixel boxes of the cells of ``t`` (one per grid position's owning cell, first seen)
    and the cells, for placing symbols found in a rendered region."""
    boxes, where = [], []
    for c in t.cells:
        if c.col + c.col_span >= len(t.xs) or c.row + c.row_span >= len(t.ys):
            continue
        x0, x1 = t.xs[c.col], t.xs[c.col + c.col_span]
        y0, y1 = t.ys[c.row], t.ys[c.row + c.row_span]
        boxes.append(((x0 - origin[0]) / pt, (y0 - origin[1]) / pt, (x1 - origin[0]) / pt, (y1 - origin[1]) / pt))
        where.append(c)
    return boxes, where


def text_paragraphs(items: list[tuple[float, object]]) -> int:
    """Characters of the paragraphs among ``items`` (for the caller's text-layer count)."""
    return sum(len(b.text) for _, b in items if isinstance(b, Paragraph))


class PictureReader:
    """The PDF reader's hook: reads the picture regions of each page of one file.

    Nothing is opened or loaded until a page has a picture region: the renderer and the OCR
    engine (``limits.ocr_engine``) are made on first use. With ``limits.ocr`` off, or when
    the engine cannot be loaded (``unavailable`` says why), pages are left to the text layer
    and a scan stays a ``no-text-layer`` finding.

    ``ocr_pages`` lists the 1-based pages read by OCR; ``ocr_seconds``/``seconds`` add up the
    time spent. ``word_break`` is the caller's mark for a word broken at a cell's line end.
    """

    def __init__(self, path: Path, limits: Limits, word_break: Optional[str] = None):
        self.word_break = word_break
        self.path = Path(path)
        self.limits = limits
        self.ocr_pages: list[int] = []
        self.unavailable: Optional[str] = None if limits.ocr else "off"
        self.seconds = 0.0
        self.ocr_seconds = 0.0
        self._renderer: Optional[Renderer] = None
        self._engine = None

    def read(self, page, page_no: int, items: list[tuple[float, object]]) -> PictureRead:
        """Read ``page`` (a pdfplumber page, still open)'s picture regions; ``items`` are the
        text layer's (top, block) items of the page, whose tables receive pasted symbols.

        :raises ResourceLimit: an image beyond ``limits.max_page_pixels``, or more pages to
            read by OCR than ``limits.max_ocr_pages``.
        """
        images = page.images
        check_image_sizes(self.path.name, page_no, images, self.limits)
        width, height = float(page.width), float(page.height)
        if self.unavailable or not regions(width, height, images, page.chars):
            return PictureRead()
        if self._engine is None:
            from .ocr import LazyEngine

            self._engine = LazyEngine(self.limits.ocr_engine, 1)  # loaded when a line is to be read
        if len(self.ocr_pages) >= self.limits.max_ocr_pages:
            n = self.limits.max_ocr_pages
            raise ResourceLimit(
                f"{self.path.name}: lebih dari {n} halaman berupa gambar (hasil pindai) harus dibaca dengan OCR (batas "
                f"{n}). Pisahkan dokumen per SOP, atau naikkan max-ocr-pages di bagian [limits] sopcheck.toml.",
                f"{self.path.name}: more than {n} pages are images (scans) to be read by OCR (limit {n}). Split the "
                "document per SOP, or raise max-ocr-pages in the [limits] section of sopcheck.toml.")
        if self._renderer is None:
            self._renderer = Renderer(self.path)
        from .ocr import OcrUnavailable

        tables = [b for _, b in items if isinstance(b, Table)]
        try:
            got = read_pictures(self._renderer, page.page_number - 1, page_no, width, height, images, page.chars,
                                tables, self.limits, self._engine, self.word_break)
        except OcrUnavailable as exc:
            self.unavailable = str(exc)
            return PictureRead()
        if got.ocr:
            self.ocr_pages.append(page_no)
        self.seconds += got.seconds
        self.ocr_seconds += got.ocr_seconds
        return got

    def close(self) -> None:
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None
