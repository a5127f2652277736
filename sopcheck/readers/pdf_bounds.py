"""Bounds on the work one PDF may cost: pages counted without walking a hostile page tree,
page content streams measured before they are inflated, objects counted while a page is laid
out. Each raises :class:`~sopcheck.errors.ResourceLimit` naming the page and the limit.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import ResourceLimit
from ..limits import Limits


def page_count(pdf, limits: Limits) -> int:
    """Pages of the document, from the page tree's /Count when it is sane, else by walking
    the tree up to ``limits.max_pages + 1`` pages."""
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    count = None
    try:
        pages = resolve1(pdf.doc.catalog.get("Pages"))
        count = int(resolve1(pages.get("Count")))
    except Exception:
        count = None
    if count is not None and count > limits.max_pages:
        return count
    n = 0
    for _ in PDFPage.create_pages(pdf.doc):
        n += 1
        if n > limits.max_pages:
            break
    return n


def check_content_size(path: Path, page, page_no: int, limits: Limits) -> None:
    """Refuse a page whose Flate-compressed content streams inflate beyond
    ``limits.max_page_stream_bytes`` (bytes), before pdfminer inflates them whole.

    :raises ResourceLimit: naming the page and the limit.
    """
    import zlib

    from pdfminer.pdftypes import resolve1

    try:
        contents = resolve1(page.page_obj.attrs.get("Contents"))
        streams = contents if isinstance(contents, list) else [contents]
    except Exception:
        return  # a broken reference is the page reader's to report
    budget = limits.max_page_stream_bytes
    for ref in streams:
        try:
            stream = resolve1(ref)
            raw = getattr(stream, "rawdata", None)
            filters = [f[0] if isinstance(f, tuple) else f for f in stream.get_filters()] if raw is not None else []
            filters = [str(getattr(f, "name", f)) for f in filters]  # (filter, params) pairs -> names
        except Exception:
            continue
        if raw is None or not filters or filters[0] not in ("FlateDecode", "Fl"):
            continue
        inflater = zlib.decompressobj()
        try:
            budget -= len(inflater.decompress(raw, budget + 1))
        except zlib.error:
            continue  # pdfminer reports or tolerates broken streams itself
        if budget < 0 or inflater.unconsumed_tail:
            mib = limits.max_page_stream_bytes // (1024 * 1024)
            raise ResourceLimit(
                f"{path.name}: isi halaman {page_no} mengembang melebihi {mib} MiB (bom aliran PDF). Ekspor "
                "ulang PDF dari dokumen aslinya.",
                f"{path.name}: page {page_no}'s content inflates beyond {mib} MiB (a PDF stream bomb). Export "
                "the PDF again from the original document.")


INVISIBLE_RENDER_MODES = (3, 7)
"""PDF text render modes that paint nothing (3: invisible; 7: add to the clipping path only):
the text of an OCR layer laid over a picture, or words hidden on purpose. The page does not
show them, so they are not read."""


class _TooManyObjects(Exception):
    """Raised inside pdfminer's interpreter when a page lays out too many objects."""


@lru_cache(maxsize=1)
def _bounded_device_class():
    """pdfplumber's page aggregator, counting what it lays out (built once, on first use)."""
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class BoundedAggregator(PDFPageAggregatorWithMarkedContent):
        limit = 0
        count = 0

        def _tick(self) -> None:
            self.count += 1
            if self.count > self.limit:
                raise _TooManyObjects()

        def render_char(self, *args, **kwargs):  # type: ignore[override]
            self._tick()
            return super().render_char(*args, **kwargs)

        def render_string(self, textstate, *args, **kwargs):  # type: ignore[override]
            if getattr(textstate, "render", 0) not in INVISIBLE_RENDER_MODES:
                return super().render_string(textstate, *args, **kwargs)
            laid = self.cur_item._objs
            before = len(laid)
            super().render_string(textstate, *args, **kwargs)  # advances the text position
            del laid[before:]
            return None

        def render_image(self, *args, **kwargs):  # type: ignore[override]
            self._tick()
            return super().render_image(*args, **kwargs)

        def paint_path(self, *args, **kwargs):  # type: ignore[override]
            self._tick()
            return super().paint_path(*args, **kwargs)

    return BoundedAggregator


def layout_bounded(path: Path, page, page_no: int, limits: Limits) -> None:
    """Lay ``page`` out as pdfplumber's ``Page.layout`` does, counting characters, paths and
    images, and keep the result on the page (pdfplumber's ``_layout`` cache) so it is not laid
    out twice. Stops as soon as the count passes ``limits.max_page_objects`` (0: no limit),
    before the objects cost more memory. Text drawn in an invisible render mode
    (:data:`INVISIBLE_RENDER_MODES`) is left out of the layout.

    A page pdfminer cannot interpret is left alone: reading it reports the error as before.

    :raises ResourceLimit: naming the page and the limit.
    """
    from pdfminer.pdfinterp import PDFPageInterpreter

    if hasattr(page, "_layout"):
        return
    try:
        device = _bounded_device_class()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
        device.limit = limits.max_page_objects if limits.max_page_objects > 0 else float("inf")
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except _TooManyObjects:
        n = limits.max_page_objects
        raise ResourceLimit(
            f"{path.name}: halaman {page_no} memuat lebih dari {n} objek (huruf, garis, gambar); halaman SOP "
            "biasa memuat beberapa ribu. Ekspor ulang PDF dari dokumen aslinya, atau kirimkan berkas DOCX-nya.",
            f"{path.name}: page {page_no} holds more than {n} objects (characters, lines, images); an SOP page "
            "holds a few thousand. Export the PDF again from the original document, or submit the DOCX.",
        ) from None
    except Exception:
        return  # pdfplumber lays the page out again and the page reader reports the error
    page._layout = device.get_result()
