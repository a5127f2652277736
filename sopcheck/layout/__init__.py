"""Layout stage: find the identitas block and the flowchart procedures in read blocks.

:func:`build_document` knows SOP tables and nothing of DOCX or PDF; every reader hands it the
same :class:`~sopcheck.blocks.Blocks`. One module per concern:

* :mod:`.headers` - recognise flowchart header rows, map columns to No / Kegiatan / roles /
  Mutu Baku / Keterangan;
* :mod:`.steps` - read data rows into steps (numbers, symbols and markers, Mutu Baku cells);
* :mod:`.procedures` - one procedure per table, continuation tables merged, titles and numbers;
* :mod:`.flow` - the arrows drawn over a procedure's tables as a graph between its symbols;
* :mod:`.identity` - the identitas fields from what precedes the first flowchart table;
* :mod:`.bundles` - a file holding several SOPs split where a new identitas block begins;
* :mod:`.formats` - SOPs of another format (Puskesmas) and unfilled templates, refused with one
  sentence;
* :mod:`.vocab` - fuzzy label matching over ``rules/headers.yaml`` and ``rules/identitas.yaml``.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Optional

from ..blocks import Blocks
from ..errors import NotAnSop, NoTextLayer
from ..model import DOCUMENT_FORMATS, Identity, Part, Procedure, SopDocument
from .bundles import pages_of, split_sops
from .formats import refuse_other_formats
from .identity import build_identity
from .procedures import build_procedures

__all__ = ["build_document", "build_documents"]

POINTS_PER_UNIT = {"docx": 1 / 12700}
"""Points per unit of the table coordinates each format uses (:class:`~sopcheck.blocks.Table`:
EMU for DOCX, points for PDF and raster pages)."""


def build_documents(blocks: Blocks) -> list[SopDocument]:
    """Turn read ``blocks`` into the normalized model: one :class:`SopDocument` per SOP.

    A file holding several SOPs (:func:`.bundles.split_sops`) gives one document per SOP, in
    order, each with its :class:`~sopcheck.model.Part`; a single-SOP file gives one document
    with ``part`` ``None``. Each SOP's identitas block is read from its items before its first
    flowchart table (all its items when there is none); one identity block may cover several
    procedures.

    :raises NotAnSop: when neither an identitas block nor a flowchart table is found, or the
        file is an SOP of another format or a template not filled in (:mod:`.formats`).
    :raises ValueError: when ``blocks.format`` is not a format of the model (a reader bug).
    """
    segments = split_sops(blocks.items)
    if len(segments) == 1:
        return [build_document(blocks)]
    _check_format(blocks)
    refuse_other_formats(blocks, has_flowchart=True)
    docs = []
    for index, items in enumerate(segments, 1):
        identity, procedures = _read_sop(items, blocks.format)
        part = Part(index=index, count=len(segments), pages=pages_of(items))
        ocr = [p for p in blocks.ocr_pages if part.pages and part.pages[0] <= p <= part.pages[1]]
        docs.append(SopDocument(source=blocks.source, format=blocks.format, part=part, identity=identity,
                                procedures=procedures, ocr_pages=ocr))
    return docs


def _read_sop(items, fmt: str) -> tuple[Optional[Identity], list[Procedure]]:
    procedures, first = build_procedures(items, unit=POINTS_PER_UNIT.get(fmt, 1.0))
    head = items if first is None else items[:first]
    return build_identity(head, require_label=not procedures), procedures


def build_document(blocks: Blocks) -> SopDocument:
    """Turn read ``blocks`` into one model, taking the whole file as one SOP (see
    :func:`build_documents`, which splits a bundle first).

    :raises NotAnSop: when neither an identitas block nor a flowchart table is found, or the
        file is an SOP of another format or a template not filled in (:mod:`.formats`).
    :raises NoTextLayer: no identitas and no flowchart in a file whose pages were read by OCR
        (a poor scan, or no SOP on it).
    :raises ValueError: when ``blocks.format`` is not a format of the model (a reader bug).
    """
    identity, procedures = _read_sop(blocks.items, blocks.format)
    refuse_other_formats(blocks, has_flowchart=bool(procedures))
    if identity is None and not procedures:
        name = PurePath(blocks.source).name or blocks.source  # as every file-level message: the name
        if blocks.ocr_pages:
            raise _scan_without_sop(name, blocks.ocr_pages)
        raise NotAnSop(
            f"{name}: bukan dokumen SOP AP - tidak ditemukan tabel identitas maupun "
            "tabel diagram alir (No, Kegiatan, Pelaksana, Mutu Baku). Periksa apakah berkas "
            "ini benar berkas SOP.",
            f"{name}: not an SOP AP document - no identitas table and no flowchart "
            "table (No, Kegiatan, Pelaksana, Mutu Baku) was found. Check that this is an SOP file.",
        )
    _check_format(blocks)
    return SopDocument(source=blocks.source, format=blocks.format, identity=identity, procedures=procedures,
                       ocr_pages=list(blocks.ocr_pages))


def _scan_without_sop(name: str, pages: list[int]) -> NoTextLayer:
    """``no-text-layer`` for a file whose pages were read by OCR and gave no SOP: the scan is
    too poor to read, or holds no SOP AP."""
    listed = ", ".join(str(p) for p in pages)
    return NoTextLayer(
        f"{name}: PDF hasil pindaian tanpa lapisan teks; OCR membaca halaman {listed} tetapi tidak menemukan "
        "tabel identitas maupun tabel diagram alir SOP AP. Pindai ulang dengan lebih jelas (200-300 dpi, lurus), "
        "atau kirimkan berkas DOCX aslinya.",
        f"{name}: a scanned PDF without a text layer; OCR read pages {listed} but found no identitas table and no "
        "SOP AP flowchart table. Scan it again more clearly (200-300 dpi, straight), or submit the original DOCX.")


def _check_format(blocks: Blocks) -> None:
    if blocks.format not in DOCUMENT_FORMATS:
        raise ValueError(f"{blocks.source}: a reader gave format {blocks.format!r}, which the model does not know "
                         f"(known: {', '.join(DOCUMENT_FORMATS)})")
