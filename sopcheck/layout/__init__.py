"""Layout stage: find the identitas block and the flowchart procedures in read blocks.

:func:`build_document` knows SOP tables and nothing of DOCX or PDF; every reader hands it the
same :class:`~sopcheck.blocks.Blocks`. One module per concern:

* :mod:`.headers` - recognise flowchart header rows, map columns to No / Kegiatan / roles /
  Mutu Baku / Keterangan;
* :mod:`.steps` - read data rows into steps (numbers, symbols and markers, Mutu Baku cells);
* :mod:`.procedures` - one procedure per table, continuation tables merged, titles and numbers;
* :mod:`.identity` - the identitas fields from what precedes the first flowchart table;
* :mod:`.vocab` - fuzzy label matching over ``rules/headers.yaml`` and ``rules/identitas.yaml``.
"""

from __future__ import annotations

from pathlib import PurePath

from ..blocks import Blocks
from ..errors import NotAnSop
from ..model import DOCUMENT_FORMATS, SopDocument
from .identity import build_identity
from .procedures import build_procedures

__all__ = ["build_document"]


def build_document(blocks: Blocks) -> SopDocument:
    """Turn read ``blocks`` into the normalized model.

    The identitas block is read from the items before the first flowchart table (all items
    when there is none); one identity block may cover several procedures.

    :raises NotAnSop: when neither an identitas block nor a flowchart table is found.
    :raises ValueError: when ``blocks.format`` is not a format of the model (a reader bug).
    """
    procedures, first = build_procedures(blocks.items)
    head = blocks.items if first is None else blocks.items[:first]
    identity = build_identity(head, require_label=not procedures)
    if identity is None and not procedures:
        name = PurePath(blocks.source).name or blocks.source  # as every file-level message: the name
        raise NotAnSop(
            f"{name}: bukan dokumen SOP AP - tidak ditemukan tabel identitas maupun "
            "tabel diagram alir (No, Kegiatan, Pelaksana, Mutu Baku). Periksa apakah berkas "
            "ini benar berkas SOP.",
            f"{name}: not an SOP AP document - no identitas table and no flowchart "
            "table (No, Kegiatan, Pelaksana, Mutu Baku) was found. Check that this is an SOP file.",
        )
    if blocks.format not in DOCUMENT_FORMATS:
        raise ValueError(f"{blocks.source}: a reader gave format {blocks.format!r}, which the model does not know "
                         f"(known: {', '.join(DOCUMENT_FORMATS)})")
    return SopDocument(source=blocks.source, format=blocks.format, identity=identity, procedures=procedures)
