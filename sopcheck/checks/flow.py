"""Rules on the flowchart as a graph (the arrows between the symbols): SOP700 arrows-not-found,
SOP701 flow-dead-end, SOP702 flow-unreachable, SOP703 terminator-mid-flow, SOP704
flow-into-start, SOP705 decision-branches, SOP706 branch-label-on-process, SOP707 flow-order,
SOP708 lane-mismatch.

The graph rules run on a procedure only when its arrows were read (``Procedure.flow``); a
document where no arrow could be read gets one ``arrows-not-found`` note instead, never a
finding per symbol; so does a procedure on a scanned page, whose arrows are traced in pixels
and shown but not checked. They follow the checks process-diagram linters make (bpmnlint's
``no-disconnected``, ``start-event-required``, ``end-event-required``, ``conditional-flows``,
``label-required``) in the terms of SOP AP: one flow from the start capsule (kapsul "Mulai")
through the kotak and belah ketupat to the end capsule, decisions answered Ya/Tidak.
Source: Permenpan RB 35/2012, simbol diagram alir SOP AP (kapsul, kotak, belah ketupat,
anak panah, segilima).
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from ..domain.roles import leading_role, resolve_role
from ..model import SopDocument
from ..text import fold
from ._common import blank, procedure_location
from .base import Hit, RuleContext, StepAt, iter_procedures, rule
from .graph import NOT_NODES, FlowGraph, Node, answer, checked_graph, flow_graph, read_from_pixels

_FLOW_RULES = "flow-dead-end, flow-unreachable, terminator-mid-flow, flow-into-start, decision-branches, " \
              "branch-label-on-process, flow-order"


def _graphs(doc: SopDocument) -> Iterator[tuple[int, FlowGraph]]:
    for p, proc in iter_procedures(doc):
        g = checked_graph(doc, proc)
        if g is not None:
            yield p, g


def _hit(p: int, g: FlowGraph, node: Node, **params) -> Hit:
    pos = node[0]
    return StepAt(p, g.proc, pos, g.proc.steps[pos - 1]).hit(**g.describe(node), **params)


def _drawn(doc: SopDocument) -> bool:
    return any(s.kind not in ("marker",) for proc in doc.procedures for step in proc.steps for s in step.symbols)


@rule(
    name="arrows-not-found", code="SOP700", severity="info", field="procedure",
    summary={"id": "Tidak ada anak panah yang terbaca pada diagram alir",
             "en": "No arrow could be read in the flowchart"},
    message={"id": "Tidak ada anak panah yang terbaca pada diagram alir{where_id}; aturan alur ("
                   + _FLOW_RULES + ") tidak dijalankan",
             "en": "No arrow could be read in the flowchart{where_en}; the flow rules (" + _FLOW_RULES
                   + ") were not run"},
    why={"id": "Anak panah menunjukkan urutan dan percabangan kegiatan. Bila tidak ada yang terbaca (tidak "
               "digambar, atau digambar sebagai gambar), sopcheck tidak dapat memeriksa alurnya dan "
               "mengatakannya sekali, alih-alih melaporkan setiap simbol sebagai tidak terhubung.",
         "en": "Arrows give the order and the branches of the activities. When none can be read (not drawn, "
               "or drawn as a picture) sopcheck cannot check the flow and says so once, rather than "
               "report every symbol as disconnected."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | T |  | Surat | 1 hari | Format data |
        | 2 | Menandatangani format data kinerja |  | T | Format data | 1 jam | Format data |
        """,
    fires=["SOP"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | T |  | Surat | 1 hari | Format data |
        | 2 | Menandatangani format data kinerja |  | T | Format data | 1 jam | Format data |
        Alur: 1 -> 2
        """,
)
def arrows_not_found(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once for a document whose flowchart draws symbols but where no arrow was read in
    any procedure; where some procedures have arrows, once for each procedure without any, and
    once for each procedure where more than a third of the symbols have no arrow in or out (the
    arrows were read only in part; the flow rules leave it alone), and once for each procedure
    on a scanned page (arrows traced in the image are shown, not checked). Source: Permenpan RB
    35/2012 (simbol anak panah)."""
    if not _drawn(doc):
        return
    with_flow = [bool(proc.flow) for proc in doc.procedures]
    if not any(with_flow):
        yield Hit(params={"where_id": "", "where_en": ""}).on("document")
        return
    for p, proc in iter_procedures(doc):
        if not proc.flow and any(s.kind != "marker" for step in proc.steps for s in step.symbols):
            yield Hit(procedure=p, location=procedure_location(proc),
                      params={"where_id": " prosedur ini", "where_en": " of this procedure"})
        elif proc.flow and read_from_pixels(doc, proc):
            yield Hit(procedure=p, location=procedure_location(proc),
                      params={"where_id": " prosedur ini dengan pasti (halaman pindaian: panah dibaca dari gambar, "
                                          "ditampilkan tetapi tidak diperiksa)",
                              "where_en": " of this procedure with certainty (a scanned page: arrows traced in the "
                                          "image are shown but not checked)"})
        elif proc.flow and flow_graph(proc) is None:
            yield Hit(procedure=p, location=procedure_location(proc),
                      params={"where_id": " prosedur ini selain sebagian (panah lain digambar sebagai gambar?)",
                              "where_en": " of this procedure but a few (the others drawn as a picture?)"})


@rule(
    name="flow-dead-end", code="SOP701", severity="warning", field="pelaksana",
    summary={"id": "Simbol tanpa panah keluar (alur berhenti sebelum terminator akhir)",
             "en": "A symbol has no outgoing arrow (the flow stops before the end terminator)"},
    message={"id": "Langkah {step}: {kind_id} di kolom «{column}» tidak punya panah keluar; alur berhenti di sini, "
                   "sebelum terminator akhir",
             "en": "Step {step}: the {kind_en} in column «{column}» has no outgoing arrow; the flow stops here, "
                   "before the end terminator"},
    why={"id": "Setiap kegiatan menyerahkan hasilnya ke kegiatan berikutnya; simbol tanpa panah keluar berarti "
               "alur terputus (bpmnlint: no-disconnected, end-event-required). Hanya terminator akhir "
               "(kapsul Selesai) yang tidak punya panah keluar.",
         "en": "Every activity hands its result on to the next; a symbol without an outgoing arrow means the "
               "flow breaks off (bpmnlint: no-disconnected, end-event-required). Only the end terminator "
               "(the Selesai capsule) has no outgoing arrow."},
    fail="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Menyiapkan lampiran | P |  | Data | 1 hari | Lampiran |
        | 4 | Menandatangani laporan |  | P | Draft | 1 jam | Laporan |
        | 5 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 2 -> 4, 4 -> 5
        """,
    fires=["L3"],
    passing="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Menyiapkan lampiran | P |  | Data | 1 hari | Lampiran |
        | 4 | Menandatangani laporan |  | P | Draft | 1 jam | Laporan |
        | 5 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -> 4, 4 -> 5
        """,
)
def flow_dead_end(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on each symbol (capsule, box, diamond) other than the last capsule that no arrow
    leaves. Connectors are not symbols of the flow (the arrows run through them). Source:
    Permenpan RB 35/2012 (anak panah: urutan kegiatan)."""
    for p, g in _graphs(doc):
        for n in g.nodes:
            if n != g.end and not g.out[n]:
                yield _hit(p, g, n)


@rule(
    name="flow-unreachable", code="SOP702", severity="warning", field="pelaksana",
    summary={"id": "Simbol tanpa panah masuk (tidak tercapai dari terminator awal)",
             "en": "A symbol has no incoming arrow (it cannot be reached from the start)"},
    message={"id": "Langkah {step}: tidak ada panah yang masuk ke {kind_id} di kolom «{column}»; langkah ini tidak "
                   "tercapai dari terminator awal",
             "en": "Step {step}: no arrow enters the {kind_en} in column «{column}»; the step cannot be reached "
                   "from the start terminator"},
    why={"id": "Alur SOP AP dimulai di satu terminator (kapsul Mulai); kegiatan yang tidak dimasuki panah tidak "
               "jelas kapan dan setelah apa dikerjakan (bpmnlint: no-disconnected, start-event-required).",
         "en": "An SOP AP flow begins at one terminator (the Mulai capsule); an activity no arrow enters has "
               "no clear time or predecessor (bpmnlint: no-disconnected, start-event-required)."},
    fail="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Menyiapkan lampiran | P |  | Data | 1 hari | Lampiran |
        | 4 | Menandatangani laporan |  | P | Draft | 1 jam | Laporan |
        | 5 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 4, 3 -> 4, 4 -> 5
        """,
    fires=["L3"],
    passing="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Menyiapkan lampiran | P |  | Data | 1 hari | Lampiran |
        | 4 | Menandatangani laporan |  | P | Draft | 1 jam | Laporan |
        | 5 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -> 4, 4 -> 5
        """,
)
def flow_unreachable(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on each symbol other than the first capsule that no arrow enters. Source:
    Permenpan RB 35/2012 (anak panah: urutan kegiatan)."""
    for p, g in _graphs(doc):
        for n in g.nodes:
            if n != g.start and not g.inc[n]:
                yield _hit(p, g, n)


@rule(
    name="terminator-mid-flow", code="SOP703", severity="warning", field="pelaksana",
    summary={"id": "Terminator (kapsul) di tengah alur",
             "en": "A terminator (capsule) in the middle of the flow"},
    message={"id": "Langkah {step}: kapsul (terminator) di kolom «{column}» {problem_id}",
             "en": "Step {step}: the capsule (terminator) in column «{column}» {problem_en}"},
    why={"id": "Kapsul hanya menandai awal (Mulai) dan akhir (Selesai) prosedur. Kapsul yang dimasuki sekaligus "
               "ditinggalkan panah, atau yang berada di antara langkah, membuat batas prosedur kabur: gambarlah "
               "kegiatan itu sebagai kotak proses.",
         "en": "A capsule only marks the start (Mulai) and the end (Selesai) of a procedure. A capsule that "
               "arrows both enter and leave, or that stands between the steps, blurs where the procedure "
               "begins and ends: draw that activity as a process box."},
    fail="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | T |  | Data | 1 hari | Draft |
        | 3 | Menandatangani laporan |  | P | Draft | 1 jam | Laporan |
        | 4 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -> 4
        """,
    fires=["L2"],
    passing="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Menandatangani laporan |  | P | Draft | 1 jam | Laporan |
        | 4 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -> 4
        """,
)
def terminator_mid_flow(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on a capsule that arrows both enter and leave, and on a capsule that is neither
    the first nor the last capsule of the procedure. Source: Permenpan RB 35/2012 (simbol
    kapsul: mulai/selesai)."""
    for p, g in _graphs(doc):
        for n in g.nodes:
            if g.kind(n) != "terminator":
                continue
            if g.inc[n] and g.out[n]:
                yield _hit(p, g, n, problem_id="dimasuki dan ditinggalkan panah; kapsul hanya untuk mulai atau "
                                               "selesai",
                           problem_en="is both entered and left by arrows; a capsule only starts or ends the flow")
            elif n not in (g.start, g.end):
                first = g.label_of(g.start[0]) if g.start else "?"
                last = g.label_of(g.end[0]) if g.end else "?"
                yield _hit(p, g, n, problem_id=f"bukan awal maupun akhir alur (kapsul awal di langkah {first}, "
                                               f"akhir di langkah {last})",
                           problem_en=f"is neither the start nor the end of the flow (start capsule in step {first}, "
                                      f"end in step {last})")


@rule(
    name="flow-into-start", code="SOP704", severity="warning", field="pelaksana",
    summary={"id": "Panah masuk ke terminator awal (Mulai)", "en": "An arrow enters the start terminator"},
    message={"id": "Langkah {step}: panah dari {kind_id} di kolom «{column}» masuk ke terminator awal (langkah "
                   "{target}); alur balik menuju kegiatan yang diulang, bukan ke Mulai",
             "en": "Step {step}: an arrow from the {kind_en} in column «{column}» enters the start terminator "
                   "(step {target}); a flow going back leads to the activity repeated, not to the start"},
    why={"id": "Kapsul Mulai adalah awal prosedur, bukan kegiatan: alur yang dikembalikan (berkas tidak lengkap, "
               "konsep ditolak) kembali ke kegiatan yang mengerjakannya lagi.",
         "en": "The Mulai capsule is the start of the procedure, not an activity: a flow sent back (files "
               "incomplete, a draft refused) returns to the activity that does the work again."},
    fail="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menerima berkas permohonan | T |  | Berkas | 10 menit | Berkas |
        | 2 | Memeriksa kelengkapan berkas |  | D | Berkas | 30 menit | Berkas |
        | 3 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -Ya-> 3, 2 -Tidak-> 1
        """,
    fires=["L2"],
    passing="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menerima berkas permohonan | P |  | Berkas | 10 menit | Berkas |
        | 3 | Memeriksa kelengkapan berkas |  | D | Berkas | 30 menit | Berkas |
        | 4 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -Ya-> 4, 3 -Tidak-> 2
        """,
)
def flow_into_start(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on each arrow whose target is the first capsule, at the arrow's source step.
    Source: Permenpan RB 35/2012 (simbol kapsul: mulai)."""
    for p, g in _graphs(doc):
        if g.start is None or g.kind(g.start) != "terminator":
            continue
        for _, src in g.inc[g.start]:
            yield _hit(p, g, src, target=g.label_of(g.start[0]))


@rule(
    name="decision-branches", code="SOP705", severity="warning", field="pelaksana",
    summary={"id": "Keputusan tanpa dua cabang berlabel Ya/Tidak",
             "en": "A decision without two branches labelled Ya/Tidak"},
    message={"id": "Langkah {step}: belah ketupat (keputusan) di kolom «{column}» {problem_id}",
             "en": "Step {step}: the decision diamond in column «{column}» {problem_en}"},
    why={"id": "Keputusan menjawab satu pertanyaan dengan dua kemungkinan; setiap cabang diberi label jawaban "
               "(Ya/Tidak, Lengkap/Tidak) agar pembaca tahu ke mana alur berlanjut (bpmnlint: "
               "conditional-flows, label-required).",
         "en": "A decision answers one question two ways; each branch is labelled with its answer (Ya/Tidak, "
               "Lengkap/Tidak) so the reader knows where the flow goes on (bpmnlint: conditional-flows, "
               "label-required)."},
    fail="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Memeriksa draft laporan |  | D | Draft | 1 jam | Draft |
        | 4 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -> 4, 3 -> 2
        """,
    fires=["L3"],
    passing="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Memeriksa draft laporan |  | D | Draft | 1 jam | Draft |
        | 4 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -Ya-> 4, 3 -Tidak-> 2
        """,
)
def decision_branches(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on a diamond with fewer than two outgoing arrows, and on one whose branches do not
    carry one yes answer and one no answer (rules/flow.yaml, branch_labels: Ya/Tidak, Y/T,
    Lengkap/Tidak lengkap, Sesuai/Tidak sesuai...). Source: Permenpan RB 35/2012 (simbol belah
    ketupat: keputusan dengan jawaban ya/tidak)."""
    for p, g in _graphs(doc):
        for n in g.nodes:
            if g.kind(n) != "decision":
                continue
            out = g.out[n]
            if len(out) < 2:
                yield _hit(p, g, n, problem_id=f"hanya punya {len(out)} panah keluar; keputusan perlu dua cabang "
                                               "(Ya dan Tidak)",
                           problem_en=f"has only {len(out)} outgoing arrow(s); a decision needs two branches "
                                      "(Ya and Tidak)")
                continue
            answers = [answer(a.label) for a, _ in out]
            if "yes" in answers and "no" in answers and None not in answers:
                continue
            shown = ", ".join(f"«{a.label}»" if a.label else "tanpa label" for a, _ in out)
            shown_en = ", ".join(f"«{a.label}»" if a.label else "no label" for a, _ in out)
            yield _hit(p, g, n, problem_id=f"tidak bercabang Ya dan Tidak (label cabang: {shown})",
                       problem_en=f"does not branch into Ya and Tidak (branch labels: {shown_en})")


@rule(
    name="branch-label-on-process", code="SOP706", severity="warning", field="pelaksana",
    summary={"id": "Label Ya/Tidak pada panah yang keluar dari kotak proses",
             "en": "A Ya/Tidak label on an arrow leaving a process box"},
    message={"id": "Langkah {step}: panah berlabel «{label}» keluar dari kotak proses di kolom «{column}»; "
                   "jawaban Ya/Tidak keluar dari belah ketupat (keputusan)",
             "en": "Step {step}: an arrow labelled «{label}» leaves the process box in column «{column}»; "
                   "Ya/Tidak answers leave a decision diamond"},
    why={"id": "Label Ya/Tidak menjawab pertanyaan sebuah keputusan. Bila keluar dari kotak proses, "
               "pemeriksaannya tidak digambar sebagai keputusan: gambar kotak itu sebagai belah ketupat.",
         "en": "A Ya/Tidak label answers a decision's question. Leaving a process box, it means the check was "
               "not drawn as a decision: draw that box as a diamond."},
    fail="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Memeriksa draft laporan |  | P | Draft | 1 jam | Draft |
        | 4 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -Ya-> 4, 3 -Tidak-> 2
        """,
    fires=["L3", "L3"],
    passing="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Memeriksa draft laporan |  | D | Draft | 1 jam | Draft |
        | 4 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -Ya-> 4, 3 -Tidak-> 2
        """,
)
def branch_label_on_process(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on each arrow labelled with a yes or no answer (rules/flow.yaml) that leaves a
    process box. Source: Permenpan RB 35/2012 (simbol belah ketupat: keputusan)."""
    for p, g in _graphs(doc):
        for n in g.nodes:
            if g.kind(n) != "process":
                continue
            for arrow, _ in g.out[n]:
                if answer(arrow.label):
                    yield _hit(p, g, n, label=arrow.label)


@rule(
    name="flow-order", code="SOP707", severity="warning", field="pelaksana",
    summary={"id": "Panah melompati langkah atau kembali tanpa melalui keputusan",
             "en": "An arrow skips steps or goes back without passing through a decision"},
    message={"id": "Langkah {step}: panah dari {kind_id} di kolom «{column}» {problem_id} tanpa melalui keputusan",
             "en": "Step {step}: an arrow from the {kind_en} in column «{column}» {problem_en} without passing "
                   "through a decision"},
    why={"id": "Langkah SOP AP dikerjakan berurutan dari atas ke bawah; alur hanya melompat maju atau kembali ke "
               "langkah sebelumnya pada cabang sebuah keputusan. Panah lain yang melompat membuat urutan "
               "nomor langkah tidak sesuai dengan urutan kerja.",
         "en": "SOP AP steps are done in order from top to bottom; the flow jumps ahead or back only on a "
               "decision's branch. Any other jumping arrow makes the step numbers disagree with the order of "
               "work."},
    fail="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Memaraf draft laporan | P |  | Draft | 1 jam | Draft |
        | 4 | Menandatangani laporan |  | P | Draft | 1 jam | Laporan |
        | 5 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 2 -> 4, 3 -> 4, 4 -> 5
        """,
    fires=["L2"],
    passing="""
        | No | Kegiatan | Staf | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Mulai | T |  | - | - | - |
        | 2 | Menyusun draft laporan | P |  | Data | 1 hari | Draft |
        | 3 | Memeriksa draft laporan |  | D | Draft | 1 jam | Draft |
        | 4 | Menandatangani laporan |  | P | Draft | 1 jam | Laporan |
        | 5 | Selesai |  | T | - | - | - |
        Alur: 1 -> 2, 2 -> 3, 3 -Ya-> 4, 3 -Tidak-> 2, 4 -> 5
        """,
)
def flow_order(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on each arrow leaving a symbol other than a diamond that goes back to an earlier
    step (but not into the end capsule, which may be drawn beside an earlier row), or forward
    past a step that draws a symbol of the flow. Arrows between two symbols of one row are in
    order. Source: Permenpan RB 35/2012 (urutan langkah)."""
    for p, g in _graphs(doc):
        for n in g.nodes:
            if g.kind(n) == "decision":
                continue
            for _, dst in g.out[n]:
                if dst is None:
                    continue
                target = g.label_of(dst[0])
                if dst[0] < n[0] and dst != g.end:  # the end capsule may be drawn beside an earlier row
                    yield _hit(p, g, n, problem_id=f"kembali ke langkah {target}",
                               problem_en=f"goes back to step {target}")
                    continue
                skipped = [pos for pos in range(n[0] + 1, dst[0])
                           if any(s.kind not in NOT_NODES for s in g.proc.steps[pos - 1].symbols)]
                if skipped:
                    names = ", ".join(g.label_of(pos) for pos in skipped)
                    yield _hit(p, g, n, problem_id=f"melompati langkah {names} ke langkah {target}",
                               problem_en=f"skips step(s) {names} to step {target}")


_ACTIVE_VERB = re.compile(r"^(?:me|ber|di)[a-z]{3,}$")
_BY = re.compile(r"\boleh\s+(.+)$", re.IGNORECASE)
_PASSIVE = re.compile(r"^di[a-z]{3,}$")


def _lanes_named(text: str, lanes: list[str], ctx: RuleContext) -> tuple[Optional[str], set[int]]:
    """The performer a kegiatan names as its subject ("Kasubbag Program menyusun ...") or agent
    ("... diperiksa oleh Sekretaris"), and the indices of the procedure's role columns that are
    that performer; ``(None, set())`` when it names none of them."""
    words = re.findall(r"[^\W_]+", text)
    folded = [fold(w) for w in words]
    candidates: list[tuple[str, int]] = []  # (phrase, whether a verb must follow it)
    if len(folded) > 1:
        candidates.append((text, 1))
    m = _BY.search(text)
    if m and folded and _PASSIVE.match(folded[0]):  # "Diperiksa oleh Sekretaris"
        by = re.findall(r"[^\W_]+", m.group(1))
        candidates.append((" ".join(by[:6]), 0))
    for phrase, need_verb in candidates:
        pw = [fold(w) for w in re.findall(r"[^\W_]+", phrase)]
        best: tuple[int, set[int]] = (0, set())
        for i, lane in enumerate(lanes):
            lw = fold(lane).split()
            if lw and pw[:len(lw)] == lw and len(lw) >= best[0]:
                best = (len(lw), best[1] | {i} if len(lw) == best[0] else {i})
        taken, named = best
        if not named:
            lead = leading_role(phrase, ctx.extra_roles)
            if lead is None:
                continue
            match, taken = lead
            unit = " ".join(pw[taken:taken + 2])
            roles = [resolve_role(lane, ctx.extra_roles) for lane in lanes]
            same = {i for i, r in enumerate(roles) if r.canonical == match.canonical}
            if len(same) > 1:  # several units of that role: the one whose unit follows
                same = {i for i in same if fold(roles[i].unit or "") and unit.startswith(fold(roles[i].unit or "")[:4])}
            named = same
        if not named:
            continue
        if need_verb and not any(_ACTIVE_VERB.match(w) for w in pw[taken:taken + 4]):
            continue
        shown = re.findall(r"[^\W_]+", phrase)[:taken]
        return " ".join(shown), named
    return None, set()


@rule(
    name="lane-mismatch", code="SOP708", severity="warning", field="pelaksana",
    summary={"id": "Simbol di kolom pelaksana lain dari yang disebut kegiatan",
             "en": "The symbol stands in another role's column than the performer the activity names"},
    message={"id": "Langkah {step}: kegiatan menyebut pelaksana «{named}», tetapi simbolnya di kolom «{columns}»",
             "en": "Step {step}: the activity names the performer «{named}», but its symbol is in column "
                   "«{columns}»"},
    why={"id": "Kolom tempat simbol berada menunjukkan siapa yang mengerjakan kegiatan. Bila uraian kegiatan "
               "menyebut pelaksana lain yang juga punya kolom, salah satunya keliru dan tanggung jawabnya tidak "
               "jelas.",
         "en": "The column holding the symbol says who does the activity. When the activity text names another "
               "performer that has a column of its own, one of the two is wrong and accountability is unclear."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Kepala Dinas menandatangani laporan kinerja | P |  | Draft laporan | 1 jam | Laporan |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Kepala Dinas menandatangani laporan kinerja |  | P | Draft laporan | 1 jam | Laporan |
        """,
)
def lane_mismatch(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when the kegiatan names its performer, as the subject before an active verb
    ("Kasubbag Program menyusun ...") or after "oleh" ("... diparaf oleh Sekretaris"), that
    performer has a role column of its own (matched by its header, or through the roster:
    "Kadis" is the Kepala Dinas column), and none of the step's symbols stands in that column.
    Source: Permenpan RB 35/2012 (simbol di kolom pelaksana)."""
    for p, proc in iter_procedures(doc):
        lanes = list(proc.pelaksana)
        for pos, step in enumerate(proc.steps, 1):
            drawn = [s for s in step.symbols if s.kind not in NOT_NODES]
            if not drawn or blank(step.kegiatan):
                continue
            named, idx = _lanes_named(step.kegiatan, lanes, ctx)
            if not idx:
                continue
            columns = {s.column for s in drawn}
            if columns & {lanes[i] for i in idx}:
                continue
            yield StepAt(p, proc, pos, step).hit(named=named, columns="», «".join(sorted(columns)))
