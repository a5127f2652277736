"""Resource limits that keep one hostile or runaway file from stopping a batch.

Every reader honours these; exceeding one raises :class:`sopcheck.errors.ResourceLimit`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Bounds on the work spent on one file.

    * ``max_file_bytes``: size of the input file on disk (bytes).
    * ``max_unzipped_bytes``: total declared uncompressed size of a DOCX's parts (bytes).
    * ``max_zip_ratio``: uncompressed/compressed ratio of any one part (zip bomb guard).
    * ``max_zip_entries``: number of parts in a DOCX.
    * ``max_pages``: pages of a PDF.
    * ``max_page_stream_bytes``: decompressed size of one PDF page's content streams (bytes;
      a "stream bomb" inflates a small file to gigabytes).
    * ``max_page_objects``: characters, lines, rectangles, curves and images pdfminer lays out
      on one PDF page (a "glyph bomb": a few KB that draw a million characters, e.g. one
      form XObject drawn a thousand times, would cost gigabytes). Real SOP pages hold 1,000
      to 5,000 (the corpus).
    * ``max_table_rows``: rows of all tables of one document together.
    * ``timeout_per_file``: wall-clock seconds for parse + check of one file in ``check``
      and ``audit`` (0 disables it); OCR of scanned pages counts within it.
    * ``max_page_pixels``: pixels of one image on a PDF page, as declared before decoding
      (an "image bomb" declares a 100,000 x 100,000 image in a few KB), and of a page
      rendered for OCR (a larger page is rendered at a lower resolution).
    * ``max_ocr_pages``: pages of one file read by OCR (about 3 s each on one core: 15 pages fit
      the default minute per file; a longer scan is refused at once rather than cut off by it).
    * ``ocr``: read scanned pages and pictures of flowcharts by OCR (``False``: such a page
      is a ``no-text-layer`` finding, as ``--no-ocr`` makes it).
    * ``ocr_engine``: ``"rapidocr"`` (installed with sopcheck) or ``"tesseract"`` (the
      operating system's ``tesseract`` program with its ``ind`` model).
      and ``audit`` (0 disables it); in ``serve``, for each file's whole work (check,
      annotated copy, review sheet) in the worker process.
    * ``max_upload_bytes``: ``sopcheck serve``: the body of one upload request, all its files
      together (bytes; a larger request is refused before any file is processed).
    * ``max_upload_files``: ``sopcheck serve``: files in one upload request.
    """

    max_file_bytes: int = 200 * 1024 * 1024
    max_unzipped_bytes: int = 300 * 1024 * 1024
    max_zip_ratio: float = 200.0
    max_zip_entries: int = 5000
    max_pages: int = 300
    max_page_stream_bytes: int = 32 * 1024 * 1024
    max_page_objects: int = 100_000
    max_table_rows: int = 5000
    timeout_per_file: float = 60.0
    max_page_pixels: int = 40_000_000
    max_ocr_pages: int = 15
    ocr: bool = True
    ocr_engine: str = "rapidocr"
    max_upload_bytes: int = 100 * 1024 * 1024
    max_upload_files: int = 50


DEFAULT_LIMITS = Limits()
