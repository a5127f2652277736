"""PDF reader: a PDF with a text layer → :class:`~sopcheck.blocks.Blocks`.

Each page is read once through pdfplumber (``chars``, ``rects``, ``lines``, ``curves``,
``images``); everything after that is plain geometry in PDF points with the origin at the
page's top-left corner (pdfplumber's ``x0``/``x1``/``top``/``bottom``):

* tables come from the page's ruling (:mod:`sopcheck.readers.pdf_grid`), merged cells as
  row/column spans, one :class:`~sopcheck.blocks.Table` per table per page (a table
  continued on the next page is the next Table block; the layout stage joins them);
* flowchart symbols come from closed vector shapes (:mod:`sopcheck.readers.pdf_symbols`),
  each placed by its centre into the cell containing it; text drawn inside a symbol is the
  symbol's text, not the cell's;
* text outside tables becomes one :class:`~sopcheck.blocks.Paragraph` per line, marked
  ``heading`` when bold or visibly larger than the page's body text;
* items are ordered by their top edge on each page, pages in order.

Files that cannot be read raise a :class:`~sopcheck.errors.ReadError` naming the file with
a message in Bahasa Indonesia and English: encrypted (:class:`EncryptedFile`), corrupt or
truncated or without pages (:class:`UnreadableFile`), too many pages or table rows
(:class:`ResourceLimit`), scanned without a text layer (:class:`NoTextLayer`).
"""

from __future__ import annotations

from pathlib import Path

from ..blocks import Blocks, Paragraph, Table
from ..errors import EncryptedFile, NoTextLayer, ReadError, ResourceLimit, UnreadableFile
from ..limits import DEFAULT_LIMITS, Limits
from .pdf_bounds import check_content_size, layout_bounded, page_count
from .pdf_join import furniture, join_across_pages
from .pdf_page import read_page
from .pdf_text import BREAK, resolve_breaks, vocabulary
from .raster.pdfpages import PictureReader

_ENCRYPTION_ERRORS = {
    "PDFPasswordIncorrect",
    "PDFEncryptionError",
    "PDFEncryptionWarning",
    "PDFEncryptionNotSupported",
}

# ---------------------------------------------------------------------------------------
# errors


def _unreadable(path: Path, detail: str) -> UnreadableFile:
    return UnreadableFile(
        f"{path.name}: berkas PDF rusak atau tidak lengkap dan tidak dapat dibaca ({detail}). "
        "Ekspor ulang PDF dari dokumen aslinya, atau kirimkan berkas DOCX-nya.",
        f"{path.name}: the PDF is corrupt or truncated and cannot be read ({detail}). "
        "Export the PDF again from the original document, or submit the DOCX.",
    )


def _encrypted(path: Path) -> EncryptedFile:
    return EncryptedFile(
        f"{path.name}: PDF dilindungi kata sandi (terenkripsi) sehingga isinya tidak dapat "
        "dibaca. Simpan ulang PDF tanpa kata sandi, atau kirimkan berkas DOCX-nya.",
        f"{path.name}: the PDF is password-protected (encrypted), so its content cannot be "
        "read. Save the PDF again without a password, or submit the DOCX.",
    )


def _no_text(path: Path, detail_id: str, detail_en: str) -> NoTextLayer:
    return NoTextLayer(
        f"{path.name}: PDF hasil pindaian tanpa lapisan teks ({detail_id}), sehingga isi SOP "
        "tidak dapat diperiksa. Jalankan OCR pada PDF (misalnya ocrmypdf), atau kirimkan "
        "berkas DOCX aslinya.",
        f"{path.name}: a scanned PDF without a text layer ({detail_en}), so the SOP cannot be "
        "checked. Run OCR on the PDF (e.g. ocrmypdf), or submit the original DOCX.",
    )


def _no_ocr_reason(pictures: PictureReader) -> tuple[str, str]:
    """Why the page images were not read (Indonesian, English), to append to the
    ``no-text-layer`` detail."""
    if pictures.unavailable == "off":
        return ("; OCR dimatikan (--no-ocr / [limits] ocr = false)",
                "; OCR is switched off (--no-ocr / [limits] ocr = false)")
    if pictures.unavailable:
        return (f"; mesin OCR tidak tersedia: {pictures.unavailable}"[:200],
                f"; the OCR engine is not available: {pictures.unavailable}"[:200])
    if pictures.ocr_pages:
        return ("; OCR tidak menemukan teks yang terbaca (gambar halaman kosong atau rusak)",
                "; OCR found no legible text (the page images are blank or damaged)")
    return "", ""


def _map_open_error(path: Path, exc: BaseException) -> ReadError:
    cause: BaseException = exc
    while cause.args and isinstance(cause.args[0], BaseException):
        cause = cause.args[0]
    chain = {type(c).__name__ for c in (exc, cause)}
    if chain & _ENCRYPTION_ERRORS or "password" in str(cause).lower():
        return _encrypted(path)
    detail = f"{type(cause).__name__}: {cause}".strip().rstrip(":")
    return _unreadable(path, detail[:200])


def _finish_breaks(blocks: Blocks) -> None:
    """Resolve the :data:`BREAK` marks of every cell against the document's words."""
    cells = [c for t in blocks.tables() for c in t.cells]
    if not any(BREAK in c.text for c in cells):
        return
    texts = [c.text for c in cells] + [p.text for p in blocks.items if isinstance(p, Paragraph)]
    vocab = vocabulary(texts)
    for c in cells:
        c.text = resolve_breaks(c.text, vocab)


def read_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> Blocks:
    """Read the PDF at ``path`` into blocks.

    :raises EncryptedFile: password-protected PDF.
    :raises UnreadableFile: corrupt, truncated, no pages.
    :raises ResourceLimit: more than ``limits.max_pages`` pages, ``limits.max_table_rows``
        table rows, a page whose content inflates beyond ``limits.max_page_stream_bytes`` or
        lays out more than ``limits.max_page_objects`` objects.
    :raises NoTextLayer: a scanned PDF (pages with images but no text) when OCR is off
        (``limits.ocr``) or unavailable, or reads nothing.

    Pages that are scans, and pictures of flowcharts on born-digital pages, are read by the
    raster reader (:class:`~sopcheck.readers.raster.pdfpages.PictureReader`); their pages
    are listed in ``Blocks.ocr_pages``.
    """
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, str(exc)) from None
    if size > limits.max_file_bytes:
        raise ResourceLimit(
            f"{path.name}: ukuran berkas {size} byte melebihi batas {limits.max_file_bytes} byte. Kecilkan "
            "berkas (mis. kompres gambar) atau naikkan max-file-mb di bagian [limits] sopcheck.toml.",
            f"{path.name}: file size {size} bytes exceeds the limit of {limits.max_file_bytes} bytes. Make the "
            "file smaller (e.g. compress images) or raise max-file-mb in the [limits] section of sopcheck.toml.",
        )
    if size == 0:
        raise _unreadable(path, "berkas kosong / empty file")
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        raise _map_open_error(path, exc) from None
    except Exception as exc:  # pdfminer raises many kinds on broken files
        raise _map_open_error(path, exc) from None

    pictures: PictureReader | None = None
    try:
        try:
            n_pages = page_count(pdf, limits)
        except Exception as exc:
            raise _map_open_error(path, exc) from None
        if n_pages == 0:
            raise UnreadableFile(
                f"{path.name}: PDF tidak memiliki halaman. Ekspor ulang PDF dari dokumen aslinya.",
                f"{path.name}: the PDF has no pages. Export the PDF again from the original document.",
            )
        if n_pages > limits.max_pages:
            # the page tree's own count when it states one; counting by walking stops at the limit
            exact = n_pages > limits.max_pages + 1
            many_id = f"{n_pages} halaman" if exact else f"lebih dari {limits.max_pages} halaman"
            many_en = f"{n_pages} pages" if exact else f"more than {limits.max_pages} pages"
            raise ResourceLimit(
                f"{path.name}: PDF memiliki {many_id} (batas {limits.max_pages}). Pisahkan dokumen per SOP, "
                "atau naikkan batas max-pages di bagian [limits] sopcheck.toml.",
                f"{path.name}: the PDF has {many_en} (limit {limits.max_pages}). Split the document per SOP, "
                "or raise max-pages in the [limits] section of sopcheck.toml.",
            )
        try:
            pages = pdf.pages
        except Exception as exc:
            raise _map_open_error(path, exc) from None

        blocks = Blocks(source=str(path), format="pdf", pages=len(pages))
        total_chars = 0
        total_tables = 0
        all_images = True
        table_index = 0
        total_rows = 0
        columns: dict[int, list[float]] = {}
        pictures = PictureReader(path, limits, BREAK)  # scans, pictures of flowcharts: the raster reader
        for page_no, page in enumerate(pages, start=1):
            check_content_size(path, page, page_no, limits)
            layout_bounded(path, page, page_no, limits)
            try:
                items, n_chars, n_tables, cover = read_page(page, page_no, columns)
                read = pictures.read(page, page_no, items)
                if read.items:
                    items = sorted(items + read.items, key=lambda it: it[0])
                    n_chars += read.n_chars
                    n_tables += sum(isinstance(b, Table) for _, b in read.items)
            except ReadError:
                raise
            except Exception as exc:
                raise _unreadable(path, f"halaman/page {page_no}: {type(exc).__name__}: {exc}"[:200]) from None
            finally:
                try:
                    page.close()
                except Exception:
                    pass
            total_chars += n_chars
            total_tables += n_tables
            all_images = all_images and cover >= 0.5
            for k, (_, block) in enumerate(items):
                if isinstance(block, Table):
                    if all(furniture(b) for _, b in items[:k]) and join_across_pages(blocks, block, columns):
                        continue
                    table_index += 1
                    block.index = table_index
                    total_rows += block.n_rows
                    if total_rows > limits.max_table_rows:
                        raise ResourceLimit(
                            f"{path.name}: tabel berisi lebih dari {limits.max_table_rows} baris. Pisahkan "
                            "dokumen per SOP, atau naikkan max-table-rows di bagian [limits] sopcheck.toml.",
                            f"{path.name}: the tables hold more than {limits.max_table_rows} rows. Split the "
                            "document per SOP, or raise max-table-rows in the [limits] section of sopcheck.toml.",
                        )
                blocks.items.append(block)
        pictures.close()
        _finish_breaks(blocks)
        blocks.ocr_pages = list(pictures.ocr_pages)
        why_id, why_en = _no_ocr_reason(pictures)
        if total_chars == 0 and all_images:
            raise _no_text(path, "tidak ada karakter teks, hanya gambar" + why_id,
                           "no text characters, only images" + why_en)
        if total_chars < 60 * len(pages) and total_tables == 0 and all_images:
            raise _no_text(
                path,
                f"hanya {total_chars} karakter teks di atas gambar halaman" + why_id,
                f"only {total_chars} text characters over full-page images" + why_en,
            )
        return blocks
    finally:
        if pictures is not None:
            pictures.close()
        try:
            pdf.close()
        except Exception:
            pass
