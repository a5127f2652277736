"""``sopcheck check --fix``: mend what is safe to mend, in a copy of a DOCX.

Three kinds of findings have one right answer that needs no judgement, and only those are
fixed (everything else stays a finding for the author):

* numbering (``duplicate-step-number``, ``step-sequence-gap``): the numbered steps of a
  procedure are renumbered 1, 2, 3, ... in reading order, keeping what is written around the
  digits ("6." stays "7."). A procedure holding an unnumbered step is left alone: whether
  that row is a step of its own or the rest of the one above is a question for the author;
* role names (``role-name-variant`` for a misspelling or non-standard spelling of a roster
  role): the pelaksana header is written as the roster's canonical name ("Kasubag Program"
  -> "Kepala Sub Bagian Program"), in every table of the procedure. The head of another kind
  of office ("Kepala Badan" in a dinas) is a question of content and is not changed;
* spelled-out numbers (``duration-words-mismatch``): where the duration is written (the Waktu
  cell, or the Kelengkapan or Output cell it slid into), the words are rewritten to say the
  digits ("15 (Lima) Menit" -> "15 (Lima Belas) Menit"), keeping their capitalisation; the
  change is made only when the result parses back to agreeing numbers. The column is not
  moved: that is ``duration-in-wrong-column``'s, and the author's.

Text that refers to a step by its number ("kembali ke langkah 3") is not rewritten.

:func:`plan` lists the edits as :class:`Edit` values (a cell of the reader's numbering, the
text before and after); :func:`write_fixed` applies them with the DOCX-cell machinery of
:mod:`sopcheck.write.docx_cells` (runs and formatting kept, the copy written beside, never
over, the input); :func:`diff` shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ..layout.places import Place, Places
from ..model import Finding, SopDocument

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult

FIXABLE = ("duplicate-step-number", "step-sequence-gap", "role-name-variant", "duration-words-mismatch")
"""The rules whose findings ``--fix`` may mend."""


@dataclass(frozen=True)
class Edit:
    """One cell to change: ``place`` (reader numbering), the ``old`` text to find in it (a
    regular expression over the cell text) and what it becomes, for the finding of ``rule``;
    ``before``/``after`` are the cell's text as read and as it will read."""

    rule: str
    place: Place
    pattern: str
    new: str
    before: str
    after: str
    what: str  # "no", "pelaksana", "waktu": the column, for the diff


def _loose(text: str) -> str:
    """A pattern matching ``text`` with any run of whitespace where it has one."""
    return r"\s+".join(re.escape(word) for word in text.split())


def _renumber(doc: SopDocument, findings: list[Finding], places: Places) -> list[Edit]:
    flagged = {f.procedure for f in findings if f.rule in ("duplicate-step-number", "step-sequence-gap")}
    edits = []
    for p, proc in enumerate(doc.procedures, 1):
        if p not in flagged or any(step.number is None for step in proc.steps):
            continue
        for expected, step in enumerate(proc.steps, 1):
            if step.number == expected:
                continue
            digits = re.search(r"\d+", step.number_raw)
            place = places.step_cell(step.location.table, step.location.row - 1, "number")
            if digits is None or place is None:
                continue
            rule = "duplicate-step-number" if any(
                s.number == step.number for s in proc.steps[:expected - 1]) else "step-sequence-gap"
            after = step.number_raw[:digits.start()] + str(expected) + step.number_raw[digits.end():]
            edits.append(Edit(rule, place, r"(?<!\d)" + re.escape(digits.group()) + r"(?!\d)", str(expected),
                              step.number_raw, after, "no"))
    return edits


def _role_names(doc: SopDocument, findings: list[Finding], places: Places, extra_roles) -> list[Edit]:
    from ..domain.roles import resolve_role

    edits, done = [], set()
    for f in findings:
        if f.rule != "role-name-variant" or f.procedure is None or not f.field_key:
            continue
        header = f.field_key
        match = resolve_role(header, extra_roles)
        if match.kind != "variant" or not match.suggestion or match.suggestion == header:
            continue
        proc = doc.procedures[f.procedure - 1]
        for table in dict.fromkeys(step.location.table for step in proc.steps):
            place = places.role_header(header, [table])
            if place is None or (place, header) in done:
                continue
            done.add((place, header))
            edits.append(Edit("role-name-variant", place, _loose(header), match.suggestion, header,
                              match.suggestion, "pelaksana"))
    return edits


_DIGITS_WORDS = re.compile(r"(?P<digits>\d+)\s*\(\s*(?P<words>[^()\d]+?)\s*\)")
"""Digits then the words in brackets, "15 (Lima) Menit": the form mended."""


def _styled(words: str, like: str) -> str:
    """``words`` written in the capitalisation of ``like`` (UPPER, Title or lower)."""
    if like.isupper():
        return words.upper()
    if like[:1].isupper():
        return " ".join(w.capitalize() for w in words.split())
    return words


def _words_edit(raw: str, what: str, step, places: Places) -> Optional[Edit]:
    """The edit writing the words of ``raw`` (the text of the step's ``what`` cell) as its
    digits say, when ``raw`` holds "digits (words)" that disagree and the result parses back
    to agreeing numbers; else ``None``."""
    from ..domain.durations import number_in_words, parse_duration

    for m in _DIGITS_WORDS.finditer(raw or ""):
        tail = raw[m.start():]
        parsed = parse_duration(tail)
        if parsed is None or not parsed.words_mismatch or int(m.group("digits")) != parsed.digits:
            continue
        words = m.group("words")
        try:
            new_words = _styled(number_in_words(int(m.group("digits"))), words)
        except ValueError:
            return None
        start, end = m.span("words")
        after = raw[:start] + new_words + raw[end:]
        check = parse_duration(after[m.start():])
        if check is None or check.words_mismatch or check.minutes != parsed.minutes:
            return None
        place = places.step_cell(step.location.table, step.location.row - 1, what)
        if place is None:
            return None
        return Edit("duration-words-mismatch", place, r"(?<=\()\s*" + _loose(words) + r"\s*(?=\))", new_words,
                    raw, after, what)
    return None


def _number_words(doc: SopDocument, findings: list[Finding], places: Places) -> list[Edit]:
    edits = []
    for f in findings:
        if f.rule != "duration-words-mismatch" or f.procedure is None or f.location.row is None:
            continue
        proc = doc.procedures[f.procedure - 1]
        step = next((s for s in proc.steps if s.location.table == f.location.table
                     and s.location.row == f.location.row), None)
        if step is None:
            continue
        for what, raw in (("waktu", step.waktu.raw), ("kelengkapan", step.kelengkapan), ("output", step.output)):
            edit = _words_edit(raw, what, step, places)
            if edit is not None:
                edits.append(edit)
                break
    return edits


def plan(result: "FileResult", places: Places, extra_roles=()) -> list[Edit]:
    """The edits that mend ``result``'s fixable findings (each SOP of a bundle with its own
    findings), in document order."""
    edits: list[Edit] = []
    for doc in result.documents:
        part = doc.part.index if doc.part is not None else None
        own = [f for f in result.findings if f.part == part]
        edits += _renumber(doc, own, places)
        edits += _role_names(doc, own, places, list(extra_roles))
        edits += _number_words(doc, own, places)
    return sorted(edits, key=lambda e: (e.place.table or 0, e.place.row or 0, e.place.col or 0))


def write_fixed(source: str | Path, out: str | Path, edits: list[Edit]) -> int:
    """Write a copy of the DOCX ``source`` with ``edits`` applied to ``out`` (never over the
    input); return how many were applied (an edit whose cell no longer reads as expected is
    skipped).

    :raises UsageError: ``out`` is the input, or cannot be written.
    """
    from .docx_cells import open_docx, places_of, replace_text, save_copy

    document = open_docx(source)
    cells = places_of(document)
    applied = 0
    for edit in edits:
        element = cells.element(edit.place)
        if element is not None and replace_text(element, re.compile(edit.pattern), edit.new):
            applied += 1
    save_copy(document, out, source)
    return applied


def diff(path: str, edits: list[Edit], lang: str = "id") -> str:
    """The edits as a unified-diff-like text: a ``---``/``+++`` header for the file, then per
    cell an ``@@ table T, row R, column C (rule) @@`` line, ``-`` the text before and ``+`` after."""
    if not edits:
        return ""
    words = {"id": ("tabel", "baris", "kolom", "diperbaiki"), "en": ("table", "row", "column", "fixed")}
    table_w, row_w, col_w, fixed_w = words["en" if lang == "en" else "id"]
    lines = [f"--- {path}", f"+++ {path} ({fixed_w})"]
    for e in edits:
        lines.append(f"@@ {table_w} {e.place.table}, {row_w} {(e.place.row or 0) + 1}, {col_w} {e.what} "
                     f"({e.rule}) @@")
        lines.append(f"-{e.before}")
        lines.append(f"+{e.after}")
    return "\n".join(lines)
