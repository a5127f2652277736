"""Raster reader: page images (scans, phone photos, flowcharts pasted as pictures) ->
:class:`~sopcheck.blocks.Blocks`, the same blocks the PDF reader makes from a text layer.

One module per concern:

* :mod:`.prepare` - upright, deskewed, binarised working image;
* :mod:`.ruling` - ruling lines and table grids (through the vector reader's grid builder);
* :mod:`.symbols` - flowchart symbols as closed outlines, classified by geometry;
* :mod:`.lines` - text lines per cell and outside tables, from the ink;
* :mod:`.ocr` - the OCR engines (RapidOCR, Tesseract) behind one small interface;
* :mod:`.assemble` - one page image -> positioned table and paragraph blocks;
* :mod:`.images` - page images out of a PDF, with pixel counts checked before decoding.

Like every reader, it knows nothing of SOPs: the layout stage reads the blocks.
"""

from __future__ import annotations

from .assemble import PageRead, read_image
from .ocr import ENGINES, OcrUnavailable, get_engine

__all__ = ["ENGINES", "OcrUnavailable", "PageRead", "get_engine", "read_image"]
