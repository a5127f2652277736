"""A DOCX opened for writing a copy: the ``w:tc`` or paragraph behind a reader's place, and the
copy written next to (never over) the input.

Everything that writes reviewer files from a submitted DOCX goes through here (the annotated
copy; an edited copy such as ``--fix`` output): the file is opened with python-docx (which
keeps every part it does not touch: styles, headers, pictures, the drawings of the flowchart),
a place in the reader's numbering (:class:`sopcheck.layout.places.Place`: 1-based table index,
0-based grid row and column, or the ordinal of a non-blank body paragraph) is found with the
reader's own walk (:func:`sopcheck.readers.docx.body_elements`, :func:`table_grid`,
:func:`paragraph_text`), and :func:`save_copy` writes the result to a temporary file beside the
output and renames it into place, refusing to write over the input.

Open only files sopcheck has read without error first: that read enforces the size and
structure limits (:mod:`sopcheck.limits`); python-docx itself parses without entity expansion.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from lxml import etree

from ..errors import UsageError
from ..readers.docx import body_elements, paragraph_text, table_grid
from ..readers.ooxml import W_NS
from .copies import write_copy

_W_P, _W_TBL, _W_R, _W_TC = (f"{{{W_NS}}}{n}" for n in ("p", "tbl", "r", "tc"))


class DocxPlaces:
    """The body of one document (``w:body``) indexed the way the reader numbers it."""

    def __init__(self, body: etree._Element):
        self.tables: list[etree._Element] = []
        self.paragraphs: list[etree._Element] = []
        for el in body_elements(body):
            if el.tag == _W_TBL:
                self.tables.append(el)
            elif paragraph_text(el).strip():
                self.paragraphs.append(el)
        self._grids: dict[int, list[dict[int, etree._Element]]] = {}

    def grid(self, table: int) -> list[dict[int, etree._Element]]:
        """:func:`~sopcheck.readers.docx.table_grid` of 1-based table ``table`` ([] when none)."""
        if table not in self._grids:
            el = self.tables[table - 1] if 1 <= table <= len(self.tables) else None
            self._grids[table] = table_grid(el) if el is not None else []
        return self._grids[table]

    def cell(self, table: int, row: int, col: int) -> Optional[etree._Element]:
        """The ``w:tc`` where the cell covering 0-based grid ``(row, col)`` of ``table`` begins."""
        grid = self.grid(table)
        return grid[row].get(col) if 0 <= row < len(grid) else None

    def paragraph(self, ordinal: int) -> Optional[etree._Element]:
        """The 0-based ``ordinal``-th body paragraph with text (a reader's Paragraph block)."""
        return self.paragraphs[ordinal] if 0 <= ordinal < len(self.paragraphs) else None

    def element(self, place) -> Optional[etree._Element]:
        """The ``w:tc`` or ``w:p`` of a :class:`~sopcheck.layout.places.Place`."""
        if place is None:
            return None
        if place.table is not None:
            return self.cell(place.table, place.row or 0, place.col or 0)
        if place.paragraph is not None:
            return self.paragraph(place.paragraph)
        return None


def open_docx(path: str | Path):
    """``path`` opened with python-docx.

    :raises UsageError: a file python-docx cannot open as a Word document (a macro-enabled or
        template file, a damaged package), naming the file.
    """
    import docx

    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx raises ValueError, KeyError, PackageNotFoundError...
        raise UsageError(f"{path}: tidak dapat dibuka untuk ditulis sebagai dokumen Word ({type(exc).__name__}: "
                         f"{exc})", f"{path}: cannot be opened for writing as a Word document "
                                    f"({type(exc).__name__}: {exc})") from None


def places_of(document) -> DocxPlaces:
    """The :class:`DocxPlaces` of a python-docx ``Document``."""
    return DocxPlaces(document.element.body)


def runs_to_anchor(document, element: etree._Element) -> list:
    """python-docx ``Run`` objects spanning ``element`` (a ``w:tc`` or ``w:p``): its first and
    last run that are direct children of its paragraphs. A cell or paragraph with no run (an
    empty cell: the very thing a finding such as ``missing-output`` points at) gets one empty
    run, so a comment can be anchored there."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    paras = [element] if element.tag == _W_P else [p for p in element if p.tag == _W_P]
    if not paras:  # a w:tc must end with a w:p; tolerate one that does not
        paras = [etree.SubElement(element, _W_P)]
    runs = [(r, p) for p in paras for r in p if r.tag == _W_R]
    if not runs:
        para = Paragraph(paras[0], document.part)
        return [para.add_run("")]
    (first, fp), (last, lp) = runs[0], runs[-1]
    return [Run(first, Paragraph(fp, document.part)), Run(last, Paragraph(lp, document.part))]


_W_T = f"{{{W_NS}}}t"
_W_DEL = f"{{{W_NS}}}del"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_KEEP = tuple(f"{{{W_NS}}}{n}" for n in ("drawing", "pict", "object")) + (
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",)


def cell_text(element: etree._Element) -> str:
    """The visible text of a ``w:tc`` (or ``w:p``) as its ``w:t`` runs hold it, paragraphs
    joined by newlines; deleted text (``w:del``) left out."""
    return "".join(piece for piece, _ in _text_nodes(element))


def _text_nodes(element: etree._Element) -> list[tuple[str, Optional[etree._Element]]]:
    """``(text, w:t)`` pieces of ``element`` in order, a ``("\n", None)`` between paragraphs."""
    pieces: list[tuple[str, Optional[etree._Element]]] = []
    paras = [element] if element.tag == _W_P else list(element.iter(_W_P))
    for i, para in enumerate(paras):
        if i:
            pieces.append(("\n", None))
        for node in para.iter(_W_T):
            if any(anc.tag == _W_DEL for anc in node.iterancestors()):
                continue
            if node.getparent() is not None and node.getparent().getparent() is not None \
                    and _enclosing_p(node) is not para:
                continue  # a nested paragraph's text (a text box): its own paragraph reads it
            pieces.append((node.text or "", node))
    return pieces


def _enclosing_p(node: etree._Element) -> Optional[etree._Element]:
    for anc in node.iterancestors(_W_P):
        return anc
    return None


def replace_text(element: etree._Element, pattern: "re.Pattern[str]", new: str) -> bool:
    """Replace the first match of ``pattern`` in the text of ``element`` (a ``w:tc`` or ``w:p``,
    text as :func:`cell_text` gives it) by ``new``, keeping the runs and their formatting: the
    replacement goes into the run where the match starts, the matched characters leave the
    runs after it, and a paragraph left with no text and no drawing is removed (unless it is
    the cell's first). Returns whether something matched.
    """
    pieces = _text_nodes(element)
    text = "".join(piece for piece, _ in pieces)
    match = pattern.search(text)
    if match is None:
        return False
    start, end = match.span()
    pos = 0
    placed = False
    touched: list[etree._Element] = []
    for piece, node in pieces:
        lo, hi = pos, pos + len(piece)
        pos = hi
        if node is None or not (lo < end and hi > start):
            continue
        cut_lo, cut_hi = max(start, lo) - lo, min(end, hi) - lo
        node.text = piece[:cut_lo] + ("" if placed else new) + piece[cut_hi:]
        node.set(_XML_SPACE, "preserve")
        placed = True
        touched.append(node)
    if not placed:  # the match lies wholly on paragraph breaks
        return False
    for para in {_enclosing_p(n) for n in touched} - {None}:
        if para is element or cell_text(para).strip():
            continue
        parent = para.getparent()
        first = parent is not None and next(iter(parent.iter(_W_P)), None) is para
        if parent is not None and not first and not any(True for _ in para.iter(*_KEEP)):
            parent.remove(para)
    return True


def save_copy(document, out: str | Path, source: str | Path) -> None:
    """Write the python-docx ``document`` to ``out`` through
    :func:`sopcheck.write.copies.write_copy` (a temporary file renamed into place).

    :raises UsageError: ``out`` is the input ``source`` (an input is never written), or its
        folder cannot be written.
    """
    write_copy(out, source, document.save)
