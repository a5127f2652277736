"""What the cross-document rules see of one dinas: a few facts per document.

An audit keeps, for every document it checked, its Nomor SOP and title per procedure, its
instansi, the references it makes to other SOPs (Keterkaitan items, Keterangan cells that name
an SOP) and the pelaksana posts the roster does not know (:class:`RoleUse`).
:class:`DinasFacts` holds those facts for one dinas; the cross-document rules
(:mod:`sopcheck.checks.cross_document`) run over it and yield :class:`AuditHit` values naming
the document (and procedure or step) a finding belongs to.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

from ..domain.roles import local_posts
from ..domain.titles import is_keterangan_reference, is_keterkaitan_reference, nomor_key, short_key
from ..model import SopDocument
from ..text import shorten

UNTITLED = "(tanpa judul)"


@dataclass
class DocEntry:
    """One document of the dinas: one SOP (each SOP of a bundle is a document of its own,
    with the file's ``path`` and its 1-based ``part`` of ``parts``)."""

    id: int
    path: str
    instansi: Optional[str]
    nomor_sop: Optional[str]
    nama_sop: Optional[str]
    procedures: list[tuple[int, Optional[str], Optional[str]]] = field(default_factory=list)
    """``(index, title, nomor_sop)`` per procedure."""
    part: Optional[int] = None
    parts: Optional[int] = None


@dataclass
class Reference:
    """A related SOP a document names: ``kind`` is ``keterkaitan`` (an identitas item) or
    ``keterangan`` (a step's Keterangan cell, with its 1-based procedure, step and location).
    ``doc_id`` is the document's id among the facts of its dinas (0 until it has one)."""

    kind: str
    text: str
    procedure: Optional[int] = None
    step: Optional[int] = None
    page: Optional[int] = None
    table: Optional[int] = None
    row: Optional[int] = None
    doc_id: int = 0


@dataclass
class RoleUse:
    """A post the roster does not know, named by a pelaksana header of one document:
    ``post`` is the post (the header itself, or one post of a header naming several:
    :func:`~sopcheck.domain.roles.local_posts`), ``kind`` ``local`` or ``unknown``,
    ``message`` the document's `unknown-role` finding on ``header`` (``None`` when there is
    none). ``doc_id`` as for :class:`Reference`."""

    header: str
    post: str
    kind: str
    message: Optional[str] = None
    doc_id: int = 0


@dataclass
class DinasFacts:
    """Everything the cross-document rules know about one dinas."""

    dinas: str
    documents: list[DocEntry] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    roles: list[RoleUse] = field(default_factory=list)
    root: Optional[str] = None
    """The audit root: paths in messages are shown relative to it."""

    def show(self, path: str) -> str:
        """``path`` as shown in a message: relative to the audit root when inside it."""
        if self.root:
            try:
                rel = os.path.relpath(path, self.root)
            except ValueError:
                return path
            if not rel.startswith(".."):
                return rel
        return path

    def show_doc(self, doc: DocEntry) -> str:
        """``doc`` as named in a message: its path (see :meth:`show`), with "(SOP 2/5)" for one
        SOP of a bundle."""
        shown = self.show(doc.path)
        if doc.part is None:
            return shown
        return f"{shown} (SOP {doc.part}/{doc.parts})" if doc.parts else f"{shown} (SOP {doc.part})"

    def path_of(self, doc_id: int) -> str:
        for d in self.documents:
            if d.id == doc_id:
                return d.path
        return "?"


@dataclass
class AuditHit:
    """One place a cross-document rule fires: document ``doc_id`` (and optionally a
    procedure/step/location there) with the params of the rule's message."""

    doc_id: int
    procedure: Optional[int] = None
    step: Optional[int] = None
    page: Optional[int] = None
    table: Optional[int] = None
    row: Optional[int] = None
    params: dict[str, Any] = field(default_factory=dict)


def references_of(doc: SopDocument) -> Iterator[Reference]:
    """Each reference ``doc`` makes to another SOP: a Keterkaitan item naming an SOP, and a
    Keterangan cell naming one (once per distinct text and procedure; ``step`` is the step's
    number, else its 1-based position)."""
    if doc.identity is not None:
        for item in doc.identity.keterkaitan:
            if is_keterkaitan_reference(item):
                yield Reference("keterkaitan", item)
    for p, proc in enumerate(doc.procedures, 1):
        seen: set[str] = set()
        for i, step in enumerate(proc.steps, 1):
            text = step.keterangan
            if not text or not is_keterangan_reference(text) or text.casefold() in seen:
                continue
            seen.add(text.casefold())
            loc = step.location
            yield Reference("keterangan", text, p, step.number if step.number is not None else i,
                            loc.page, loc.table, loc.row)


def role_uses_of(doc: SopDocument, extra_roles: Iterable[Any] = (),
                 messages: Optional[dict[str, str]] = None) -> Iterator[RoleUse]:
    """Each post the roster (with the configuration's ``extra_roles``) does not know that a
    pelaksana header of ``doc`` names, once per header and post (headers in the order they first
    appear). ``messages`` maps a header to the document's `unknown-role` message about it."""
    seen: set[str] = set()
    for proc in doc.procedures:
        for header in proc.pelaksana:
            if header in seen:
                continue
            seen.add(header)
            for post, kind in local_posts(header, extra_roles):
                yield RoleUse(header, post, kind, (messages or {}).get(header))


def facts_of(dinas: str, documents: list[tuple[str, SopDocument]],
             extra_roles: Iterable[Any] = ()) -> DinasFacts:
    """The :class:`DinasFacts` of ``documents`` (``(path, model)`` pairs, one per SOP, ids
    from 1), as an audit builds them from what its workers send back."""
    facts = DinasFacts(dinas)
    for doc_id, (path, doc) in enumerate(documents, 1):
        ident = doc.identity
        facts.documents.append(DocEntry(
            doc_id, path, ident.instansi if ident else None, ident.nomor_sop if ident else None,
            ident.nama_sop if ident else None,
            [(p, proc.title, proc.nomor_sop) for p, proc in enumerate(doc.procedures, 1)],
            doc.part.index if doc.part else None, doc.part.count if doc.part else None))
        for ref in references_of(doc):
            ref.doc_id = doc_id
            facts.references.append(ref)
        for use in role_uses_of(doc, extra_roles):
            use.doc_id = doc_id
            facts.roles.append(use)
    return facts


def sop_entries(doc: DocEntry) -> list[tuple[Optional[int], str, Optional[str]]]:
    """``(procedure index or None, Nomor SOP, title)`` for each SOP the document holds: one per
    procedure (its own number, else the identitas number; its title, else Nama SOP), or the
    identitas alone when no procedure was found. Procedures of one document with the same
    number and title (an unmerged continuation) count once."""
    out: list[tuple[Optional[int], str, Optional[str]]] = []
    seen: set[tuple[str, str]] = set()
    for idx, title, nomor in doc.procedures:
        number = nomor or doc.nomor_sop
        name = title or doc.nama_sop
        key = (nomor_key(number), short_key(name))
        if key in seen:
            continue
        seen.add(key)
        out.append((idx, number or "", name))
    if not doc.procedures:
        out.append((None, doc.nomor_sop or "", doc.nama_sop))
    return out


def title_for_message(text: Optional[str], limit: int = 80) -> str:
    """A title on one line, cut to ``limit`` characters, or "(tanpa judul)" when empty."""
    return shorten(text, limit) or UNTITLED


def first_of(items: Iterator[str], total: int, limit: int = 3) -> str:
    """The first ``limit`` of lazily made ``items`` joined, with "+k" for the rest of ``total``:
    a group of a thousand copies costs three strings per finding, not a thousand."""
    shown = []
    for item in items:
        shown.append(item)
        if len(shown) == limit:
            break
    text = "; ".join(shown)
    return text + (f"; … (+{total - len(shown)})" if total > len(shown) else "")
