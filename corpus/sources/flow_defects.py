"""Flow defects planted one per procedure, each drawn in another arrow encoding (issue 15).

One SOP (the identitas of the clean LAKIP revision) with ten small procedures of the same kind
of work (a report drafted, checked, signed, filed). Eight each carry one defect of the flow as
a reviewer sees it on the page; two are clean and run over a page break through an off-page
connector pair, with a loop back. The arrows are drawn in every encoding the corpus uses:
floating DrawingML glued to the symbols (``a:stCxn``/``a:endCxn``), floating DrawingML lines,
``mc:AlternateContent`` with a VML fallback, legacy VML connectors, and group shapes holding a
symbol with its arrows. ``EXPECTED`` says which rules must fire where.
"""

from ._common import A4_LANDSCAPE, header, page
from .trenggalek_lakip_revisi import DOC as CLEAN

ROLES = ["Kepala Dinas", "Sekretaris Dinas", "Kasubbag Perencanaan", "Staf Perencanaan & Pelaporan"]
KD, SEK, KSP, STF = ROLES
COLS = ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"]
WIDTHS = [450, 3600, 1300, 1300, 1300, 1300, 1900, 800, 1900, 750]
HEADER = header([("No.", None), ("Kegiatan", None), ("Pelaksana", ROLES),
                 ("Mutu Baku", ["Kelengkapan", "Waktu", "Output"]), ("Keterangan", None)])
SYMBOL_ENCODING = {"glued": "drawingml-anchor", "drawingml": "drawingml-inline", "ac": "alternate-content",
                   "vml": "vml", "group": "drawingml-group"}


def _steps(style: str, rows: list[tuple]) -> list[dict]:
    """Steps from ``(no, kegiatan, role, symbol, kelengkapan, output)`` rows, drawn in the
    symbol encoding that goes with the arrow ``style``."""
    enc = SYMBOL_ENCODING[style]
    out = []
    for i, (no, keg, role, sym, kel, output) in enumerate(rows):
        text = "Mulai" if i == 0 and sym == "terminator" else ("Selesai" if sym == "terminator" else "")
        out.append({"no": no, "keg": keg, "role": role, "sym": sym, "enc": enc, "kel": kel, "waktu": "1 Jam",
                    "out": output, "ket": "", "text": text, "pos": ("column", "margin", "page")[i % 3]})
    return out


START = ("1", "Memerintahkan penyusunan laporan kinerja", KD, "terminator", "Surat edaran", "Disposisi")
DRAFT = ("2", "Menyusun konsep laporan kinerja", KSP, "process", "Disposisi", "Konsep laporan")
CHECK = ("3", "Memeriksa konsep laporan kinerja", SEK, "decision", "Konsep laporan", "Konsep laporan terperiksa")
SIGN = ("4", "Menandatangani laporan kinerja", KD, "process", "Konsep laporan terperiksa", "Laporan kinerja")
FILE = ("5", "Mengirimkan dan mengarsipkan laporan kinerja", STF, "terminator", "Laporan kinerja",
        "Tanda terima")


def _renumber(rows: list[tuple]) -> list[tuple]:
    return [(str(i), *row[1:]) for i, row in enumerate(rows, 1)]


def _proc(title: str, style: str, rows: list[tuple], flow: list[tuple], split: int = 0) -> dict:
    steps = _steps(style, _renumber(rows))
    parts = [steps[:split], steps[split:]] if split else [steps]
    return {"title": title, "nomor_sop": None, "pelaksana": ROLES, "arrows": style, "flow": flow,
            "tables": [{"widths": WIDTHS, "cols": COLS, "header": HEADER, "repeat_rows": 2, "steps": part}
                       for part in parts]}


PROCS = [
    _proc("SOP 1 PENYUSUNAN LAPORAN KINERJA TRIWULAN I", "glued",
          [START, DRAFT, CHECK, ("", "Mencatat konsep yang belum sesuai", STF, "process", "Konsep laporan",
                                 "Catatan perbaikan"), SIGN, FILE],
          [(1, 2, None), (2, 3, None), (3, 5, "Ya"), (3, 4, "Tidak"), (5, 6, None)]),
    _proc("SOP 2 PENYUSUNAN LAPORAN KINERJA TRIWULAN II", "vml",
          [START, DRAFT, CHECK, ("", "Menyiapkan lampiran laporan kinerja", STF, "process", "Data kinerja",
                                 "Lampiran laporan"), SIGN, FILE],
          [(1, 2, None), (2, 3, None), (3, 5, "Ya"), (3, 2, "Tidak"), (4, 5, None), (5, 6, None)]),
    _proc("SOP 3 PENYUSUNAN LAPORAN KINERJA TRIWULAN III", "ac",
          [START, DRAFT, ("", "Menyerahkan konsep laporan kinerja", KSP, "terminator", "Konsep laporan",
                          "Konsep laporan"), SIGN, FILE],
          [(1, 2, None), (2, 3, None), (3, 4, None), (4, 5, None)]),
    _proc("SOP 4 PENYUSUNAN LAPORAN KINERJA TRIWULAN IV", "group",
          [START, CHECK, SIGN, FILE],
          [(1, 2, None), (2, 3, "Ya"), (2, 1, "Tidak"), (3, 4, None)]),
    _proc("SOP 5 PENYUSUNAN LAPORAN KINERJA SEMESTER I", "drawingml",
          [START, DRAFT, CHECK, SIGN, FILE],
          [(1, 2, None), (2, 3, None), (3, 4, None), (4, 5, None)]),
    _proc("SOP 6 PENYUSUNAN LAPORAN KINERJA SEMESTER II", "glued",
          [START, DRAFT, ("", "Memeriksa konsep laporan kinerja", SEK, "process", "Konsep laporan",
                          "Konsep laporan terperiksa"), SIGN, FILE],
          [(1, 2, None), (2, 3, None), (3, 4, "Ya"), (3, 2, "Tidak"), (4, 5, None)]),
    _proc("SOP 7 PENYUSUNAN LAPORAN KINERJA TAHUNAN", "vml",
          [START, DRAFT, ("", "Memaraf konsep laporan kinerja", SEK, "process", "Konsep laporan",
                          "Konsep laporan berparaf"), SIGN, FILE],
          [(1, 2, None), (2, 3, None), (2, 4, None), (3, 4, None), (4, 5, None)]),
    _proc("SOP 8 PENYUSUNAN LAPORAN KINERJA BULANAN", "ac",
          [START, DRAFT, CHECK, ("", "Kepala Dinas menandatangani laporan kinerja", SEK, "process",
                                 "Konsep laporan terperiksa", "Laporan kinerja"), FILE],
          [(1, 2, None), (2, 3, None), (3, 4, "Ya"), (3, 2, "Tidak"), (4, 5, None)]),
    _proc("SOP 9 PENYUSUNAN LAPORAN KINERJA PERJANJIAN KINERJA", "glued",
          [START, DRAFT, CHECK, SIGN, FILE],
          [(1, 2, None), (2, 3, None), (3, 4, "Ya"), (3, 2, "Tidak"), (4, 5, None)], split=3),
    _proc("SOP 10 PENYUSUNAN LAPORAN KINERJA RENCANA AKSI", "ac",
          [START, DRAFT, CHECK, SIGN, FILE],
          [(1, 2, None), (2, 3, None), (3, 4, "Ya"), (3, 2, "Tidak"), (4, 5, None)], split=3),
]

EXPECTED = {
    1: {"flow-dead-end": ["4"]},
    2: {"flow-unreachable": ["4"]},
    3: {"terminator-mid-flow": ["3"]},
    4: {"flow-into-start": ["2"], "terminator-mid-flow": ["1"]},
    5: {"decision-branches": ["3"]},
    6: {"branch-label-on-process": ["3", "3"], "flow-order": ["3"]},
    7: {"flow-order": ["2"]},
    8: {"lane-mismatch": ["4"]},
    9: {},
    10: {},
}
"""Procedure (1-based) -> rule -> the steps it fires on: what each procedure plants."""

BODY = CLEAN["body"][: next(i for i, item in enumerate(CLEAN["body"]) if item["type"] == "pagebreak")]
for _p in PROCS:
    BODY.append({"type": "pagebreak"})
    BODY.append({"type": "para", "text": _p["title"], "bold": True, "align": "center", "keep_next": True,
                 "space_after": 120})
    for _i in range(len(_p["tables"])):
        if _i:
            BODY.append({"type": "pagebreak"})
        BODY.append({"type": "flow", "proc": _p, "part": _i})
BODY.append({"type": "para", "text": ""})

DOC = {
    "name": "flow-defects",
    "seed": "none: the LAKIP revision's identitas, ten small procedures (issue 15)",
    "title": "SOP Penyusunan Laporan Kinerja - cacat alur yang ditanam",
    "page": page(A4_LANDSCAPE),
    "body": BODY,
    "identity": CLEAN["identity"],
}
