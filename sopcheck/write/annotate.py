"""``sopcheck annotate``: the submitted SOP back to its author with the findings on it.

* DOCX: a copy with one Word comment per finding, anchored on the cell or paragraph the
  finding is about (:mod:`sopcheck.write.anchors`), written with python-docx (>= 1.2 reads and
  writes comments) through :mod:`sopcheck.write.docx_cells`.
* PDF: a copy with one annotation per finding (a highlight over the cell, or a sticky note
  where there is no cell box), written with pypdf through :mod:`sopcheck.write.pdf_notes`.

The comment reads ``[galat] SOP402 missing-output: Langkah 3: sel Output kosong`` in the report
language, authored by ``author`` ("sopcheck" unless the reviewer gives a name). The input is
only read; the copy goes to ``out`` (never the input itself).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..api import FileResult, read_blocks
from ..domain.i18n import t
from ..layout.places import Places, find_places
from ..limits import DEFAULT_LIMITS, Limits
from ..model import Finding
from .anchors import place_of

DEFAULT_AUTHOR = "sopcheck"


def comment_text(finding: Finding, lang: str = "id") -> str:
    """What a comment (or PDF note) on ``finding`` says."""
    return f"[{t(finding.severity, lang)}] {finding.code} {finding.rule}: {finding.message}"


def initials(author: str) -> str:
    """Word's initials of ``author`` ("Siti Rahma" -> "SR"; "sopcheck" -> "SC")."""
    words = [w for w in author.replace(".", " ").split() if w[:1].isalpha()]
    if len(words) >= 2:
        return "".join(w[0] for w in words[:3]).upper()
    return (author[:2] if author else "SC").upper()


def findings_of(result: FileResult) -> list[Finding]:
    """The findings an annotated copy carries: every finding of a readable file."""
    return list(result.findings)


def places_for(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Places:
    """The :class:`~sopcheck.layout.places.Places` of ``path``, read again with the reader.

    :raises ReadError: when the file cannot be read (it was read once by the check already).
    """
    return find_places(read_blocks(path, limits=limits))


def annotate_docx(path: str | Path, out: str | Path, result: FileResult, places: Places,
                  author: str = DEFAULT_AUTHOR, lang: str = "id") -> int:
    """Write the commented copy of the DOCX ``path`` to ``out``; return the number of comments.

    :raises UsageError: python-docx cannot open the file, or ``out`` is the input.
    """
    from .docx_cells import open_docx, places_of, runs_to_anchor, save_copy

    document = open_docx(path)
    docx_places = places_of(document)
    fallback = docx_places.paragraph(0)
    count = 0
    for finding in findings_of(result):
        place = place_of(finding, _document(result, finding), places)
        element = docx_places.element(place)
        if element is None:
            element = fallback if fallback is not None else _first_cell(docx_places)
        if element is None:
            element = document.add_paragraph().p
        runs = runs_to_anchor(document, element)
        document.add_comment(runs, text=comment_text(finding, lang), author=author, initials=initials(author))
        count += 1
    save_copy(document, out, path)
    return count


def annotate_pdf(path: str | Path, out: str | Path, result: FileResult, places: Places, blocks,
                 author: str = DEFAULT_AUTHOR, lang: str = "id") -> int:
    """Write the annotated copy of the PDF ``path`` (read as ``blocks``) to ``out``; return
    the number of annotations (one per finding).

    :raises UsageError: pypdf cannot open the file, or ``out`` is the input.
    """
    from .pdf_notes import write_notes

    notes = [(f, place_of(f, _document(result, f), places), comment_text(f, lang)) for f in findings_of(result)]
    return write_notes(path, out, notes, blocks, author)


def _first_cell(docx_places):
    return docx_places.cell(1, 0, 0) if docx_places.tables else None


def _document(result: FileResult, finding: Finding):
    of = getattr(result, "document_of", None)
    return of(finding) if of is not None else result.document


def annotate(path: str | Path, out: str | Path, result: FileResult, author: str = DEFAULT_AUTHOR,
             lang: str = "id", limits: Limits = DEFAULT_LIMITS) -> int:
    """Write the annotated copy of ``path`` (DOCX or PDF, as read) to ``out``; return the
    number of comments or notes written.

    :raises UsageError: the output's kind does not match the input's, the file cannot be
        opened for writing, or ``out`` is the input.
    :raises ReadError: the file cannot be read.
    """
    from ..errors import UsageError

    doc = result.document
    blocks = read_blocks(path, limits=limits)
    # a file read but holding no SOP (another format, a template) has no model: its blocks say
    fmt: Optional[str] = doc.format if doc is not None else blocks.format
    suffix = Path(out).suffix.lower()
    if fmt is not None and suffix != f".{fmt}":
        raise UsageError(f"{out}: salinan beranotasi dari berkas {fmt.upper()} harus bernama *.{fmt}",
                         f"{out}: the annotated copy of a {fmt.upper()} file must be named *.{fmt}")
    places = find_places(blocks)
    if fmt == "pdf":
        return annotate_pdf(path, out, result, places, blocks, author=author, lang=lang)
    if fmt != "docx":
        raise UsageError(f"{path}: salinan beranotasi dibuat dari berkas DOCX atau PDF",
                         f"{path}: annotated copies are made of DOCX and PDF files")
    return annotate_docx(path, out, result, places, author=author, lang=lang)
