"""Rules on the flowchart: SOP305 terminator-placement, SOP306 decision-not-drawn, SOP307
missing-flowchart, SOP308 symbols-not-found.

Both need the symbols the layout stage read from the file; they stay silent where symbols
are unknown (text renderings, text markers such as "√" instead of shapes).
Source: Permenpan RB 35/2012, simbol diagram alir SOP AP (kapsul, kotak, belah ketupat,
anak panah, segilima).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Procedure, SopDocument
from ._common import blank, has_content
from .base import Hit, RuleContext, iter_procedures, iter_steps, procedure_steps, rule
from .graph import checked_graph

_SHAPES = {"terminator", "process", "decision", "offpage", "connector"}


def _shapes_known(proc: Procedure) -> bool:
    """True when every row with content carries a drawn shape (not a marker, not unknown)."""
    rows = [s for s in proc.steps if has_content(s)]
    return bool(rows) and all(s.symbol in _SHAPES for s in rows)


@rule(
    name="terminator-placement", code="SOP305", severity="info", field="pelaksana",
    summary={"id": "Langkah pertama/terakhir bukan simbol terminator (kapsul)",
             "en": "The first/last step is not a terminator (capsule)"},
    message={"id": "Langkah {step}: {problem_id}",
             "en": "Step {step}: {problem_en}"},
    why={"id": "Diagram alir SOP AP dimulai dan diakhiri dengan simbol kapsul (mulai/selesai) agar awal dan "
               "akhir prosedur jelas.",
         "en": "An SOP AP flowchart starts and ends with a capsule (start/end) so the procedure's bounds "
               "are clear."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja | P |  | Format data | 2 hari | Data kinerja |
        | 3 | Menyusun draft laporan kinerja |  | T | Data kinerja | 2 hari | Draft laporan |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | T |  | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja | P |  | Format data | 2 hari | Data kinerja |
        | 3 | Menyusun draft laporan kinerja |  | T | Data kinerja | 2 hari | Draft laporan |
        """,
)
def terminator_placement(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on the first and on the last step of a procedure whose symbol is a shape other
    than a terminator, only when every row of the procedure has a known drawn shape.

    Where the procedure's arrows were read, the flow says where it starts and ends: the rule
    fires on the first step when the flow does not start at a capsule that arrows leave, and on
    the last step when it does not end at a capsule that arrows enter and none leaves (an arrow
    leaving the table ends on a capsule drawn below it); a capsule in the middle of the flow is
    terminator-mid-flow's. Source: Permenpan RB 35/2012 (simbol kapsul: mulai/selesai)."""
    for p, proc in iter_procedures(doc):
        if not _shapes_known(proc):
            continue
        rows = [at for at in procedure_steps(p, proc) if has_content(at.step)]
        ends = [(rows[0], "pertama", "first")]
        if len(rows) > 1:
            ends.append((rows[-1], "terakhir", "last"))
        g = checked_graph(doc, proc)
        if g is not None:
            # the flow starts at a capsule arrows leave, ends at one they enter and none leaves
            # (or leaves the table: the end capsule drawn below it)
            starts = g.start is not None and g.kind(g.start) == "terminator" and bool(g.out[g.start])
            ending = (g.end is not None and g.kind(g.end) == "terminator") or any(
                dst is None for n in g.nodes for _, dst in g.out[n])
            capsules = [n for n in g.nodes if g.kind(n) == "terminator"]
            left = any(g.out[n] for n in capsules)
            entered = any(g.inc[n] for n in capsules)
            why_start = (("tidak ada kapsul", "there is no capsule") if not capsules else
                         ("tidak ada panah yang keluar dari kapsul", "no arrow leaves a capsule") if not left else
                         ("alurnya dimulai di simbol lain", "it starts at another symbol"))
            why_end = (("tidak ada kapsul", "there is no capsule") if not capsules else
                       ("tidak ada panah yang masuk ke kapsul", "no arrow enters a capsule") if not entered else
                       ("setiap kapsul yang dimasuki panah juga ditinggalkan panah",
                        "every capsule an arrow enters is left by an arrow too"))
            graph_problems = ((f"alur tidak dimulai di kapsul (terminator): {why_start[0]}",
                               f"the flow does not start at a capsule (terminator): {why_start[1]}"),
                              (f"alur tidak berakhir di kapsul (terminator): {why_end[0]}",
                               f"the flow does not end at a capsule (terminator): {why_end[1]}"))
            for (at, _, _), ok, (text_id, text_en) in zip(ends, (starts, ending), graph_problems):
                if not ok:
                    yield at.hit(problem_id=text_id, problem_en=text_en)
            continue
        for at, pos_id, pos_en in ends:
            if at.step.symbol != "terminator":
                yield at.hit(problem_id=f"langkah {pos_id} digambar sebagai {at.step.symbol}, bukan terminator "
                                        "(kapsul)",
                             problem_en=f"the {pos_en} step is drawn as a {at.step.symbol}, not a terminator "
                                        "(capsule)")


_IF = r"\b(?:jika|apabila|bila|kalau|bilamana)\b"
_NEGATIVE = re.compile(_IF + r"\s+(?:sudah\s+|belum\s+)?(?:tidak|belum|tdk)\b", re.IGNORECASE)
_POSITIVE = re.compile(_IF + r"\s+(?!tidak\b|belum\b|tdk\b)(?:sudah\s+)?\w+", re.IGNORECASE)


@rule(
    name="decision-not-drawn", code="SOP306", severity="warning", field="pelaksana",
    summary={"id": "Kegiatan berisi percabangan tetapi digambar sebagai proses",
             "en": "The activity branches but is drawn as a process"},
    message={"id": "Langkah {step}: kegiatan memuat percabangan («jika ... jika tidak ...») tetapi simbolnya "
                   "{symbol}, bukan keputusan (belah ketupat)",
             "en": "Step {step}: the activity branches («jika ... jika tidak ...») but its symbol is a {symbol}, "
                   "not a decision (diamond)"},
    why={"id": "Pemeriksaan dengan dua kemungkinan (sesuai/tidak, lengkap/tidak) digambar sebagai belah "
               "ketupat dengan cabang Ya/Tidak agar alur pengembalian terlihat.",
         "en": "A check with two outcomes (sesuai/tidak, lengkap/tidak) is drawn as a diamond with Ya/Tidak "
               "branches so the return path is visible."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Memeriksa laporan; jika sesuai diteruskan, jika tidak dikembalikan |  | P | Laporan | 1 jam | Laporan |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Memeriksa laporan; jika sesuai diteruskan, jika tidak dikembalikan |  | D | Laporan | 1 jam | Laporan |
        """,
)
def decision_not_drawn(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when a kegiatan states both branches of a check ("jika sesuai ... jika tidak
    ...", "apabila tidak sesuai ... bila sudah sesuai ...") and the step's symbol is a
    process box. Where the procedure's arrows were read, it stays silent when an arrow from
    that box leads straight into a decision diamond (the check is drawn, as the next symbol).
    Source: Permenpan RB 35/2012 (simbol belah ketupat: keputusan)."""
    graphs = {p: checked_graph(doc, proc) for p, proc in iter_procedures(doc)}
    for at in iter_steps(doc):
        step = at.step
        if step.symbol != "process" or blank(step.kegiatan):
            continue
        if _NEGATIVE.search(step.kegiatan) and _POSITIVE.search(step.kegiatan):
            g = graphs[at.procedure]
            if g is not None and any(dst is not None and g.kind(dst) == "decision"
                                     for n in g.nodes if n[0] == at.position for _, dst in g.out[n]):
                continue
            yield at.hit(symbol=step.symbol)


@rule(
    name="missing-flowchart", code="SOP307", severity="warning", field="document",
    summary={"id": "Tidak ditemukan tabel diagram alir yang dapat dibaca",
             "en": "No readable flowchart table was found"},
    message={"id": "Identitas SOP ada, tetapi tidak ditemukan tabel diagram alir (No, Kegiatan, Pelaksana, "
                   "Mutu Baku) yang dapat dibaca; bila diagram alir berupa gambar atau hasil pindai, langkah-"
                   "langkahnya tidak dapat diperiksa: kirim DOCX atau PDF asli",
             "en": "The identitas is there but no readable flowchart table (No, Kegiatan, Pelaksana, Mutu Baku) "
                   "was found; if the flowchart is a picture or a scan its steps cannot be checked: submit the "
                   "DOCX or the original PDF"},
    why={"id": "SOP AP terdiri atas identitas dan diagram alir (Permenpan RB No. 35 Tahun 2012). Tanpa tabel "
               "diagram alir yang terbaca, tidak satu pun aturan langkah dapat berjalan, sehingga laporan tanpa "
               "temuan langkah akan menyesatkan.",
         "en": "An SOP AP is an identitas plus a flowchart (Permenpan RB No. 35/2012). With no readable "
               "flowchart table no step rule can run, so a report silent about steps would mislead."},
    fail="""
        Nama SOP: Pengukuran Kinerja
        Nomor SOP: 800/01/SOP/2024
        """,
    fires=["SOP"],
    passing="""
        Nama SOP: Pengukuran Kinerja
        Nomor SOP: 800/01/SOP/2024
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | T |  | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja |  | T | Format data | 2 hari | Data kinerja |
        """,
)
def missing_flowchart(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once for a document with an identitas block but no flowchart procedure (the
    table is missing, or drawn as a picture the readers cannot see into). Source: Permenpan
    RB 35/2012 (susunan SOP AP: identitas dan diagram alir)."""
    if doc.identity is not None and not doc.procedures:
        yield Hit()


@rule(
    name="symbols-not-found", code="SOP308", severity="warning", field="procedure",
    summary={"id": "Tidak ada simbol diagram alir yang terbaca di kolom pelaksana",
             "en": "No flowchart symbol could be read in the pelaksana columns"},
    message={"id": "Tidak ada simbol atau tanda yang terbaca di kolom pelaksana prosedur ini ({steps} langkah); "
                   "bila simbol berupa gambar, pelaksana setiap langkah tidak dapat diperiksa",
             "en": "No symbol or mark could be read in this procedure's pelaksana columns ({steps} steps); if "
                   "the symbols are a picture, no step's pelaksana can be checked"},
    why={"id": "Setiap langkah ditandai simbol di kolom pelaksananya. Bila tidak satu pun terbaca, "
               "`missing-pelaksana` diam (agar tidak melaporkan semua langkah), jadi kekosongan itu "
               "dilaporkan sekali di sini.",
         "en": "Every step carries a symbol in its pelaksana column. When none can be read, "
               "`missing-pelaksana` stays silent (rather than flag every step), so the gap is reported "
               "once here."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja |  |  | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja |  |  | Format data | 2 hari | Data kinerja |
        | 3 | Menyusun draft laporan kinerja |  |  | Data kinerja | 2 hari | Draft laporan |
        """,
    fires=["P1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | T |  | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja | P |  | Format data | 2 hari | Data kinerja |
        | 3 | Menyusun draft laporan kinerja |  | T | Data kinerja | 2 hari | Draft laporan |
        """,
)
def symbols_not_found(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once per procedure that has role columns and steps but not one step with a symbol
    or marker (the case `missing-pelaksana` leaves alone). Source: Permenpan RB 35/2012
    (diagram alir: simbol di kolom pelaksana)."""
    for p, proc in iter_procedures(doc):
        rows = [s for s in proc.steps if has_content(s)]
        if proc.pelaksana and rows and not any(s.symbol or s.pelaksana for s in proc.steps):
            yield Hit(procedure=p, params={"steps": len(rows)})
