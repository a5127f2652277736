"""Flowcharts drawn as ONE drawing object, as offices draw them in Word: the LAKIP procedure of
the Trenggalek revision (corpus/trenggalek-lakip-revisi) three times, each flowchart one
floating object anchored in step 1's kegiatan cell, every symbol and arrow a child of it:

1. a group shape (``wpg:wgp``) whose children live in the group's own coordinate space, scaled
   by ``a:chOff``/``a:chExt`` (twice the EMU extent, offset 2000/1000);
2. a drawing canvas (``wpc:wpc``), children in EMU from the canvas corner, inside
   ``mc:AlternateContent`` with a VML ``v:group`` Fallback (as Word stores a canvas);
3. the group inside ``mc:AlternateContent`` with a VML ``v:group`` of the same symbols as its
   Fallback (one flowchart stored twice: read once).

Each symbol's centre sits in its step's row and its role's column, as if drawn alone. The text
is 8 pt (as in every corpus table): rows are 900 twips high. LibreOffice's PDF draws the children
shifted and stretched against the columns the DOCX places them in (its import of DrawingML
groups), so the PDF is not compared.
"""

from . import trenggalek_lakip_revisi as base
from ._common import A4_LANDSCAPE, page

KINDS = [("group", "GRUP"), ("canvas", "KANVAS"), ("alternate-group", "GRUP DENGAN CADANGAN VML")]


def _proc(kind: str, label: str) -> dict:
    steps = [{**s, "enc": kind} for s in base.STEPS]
    return {"title": f"{base.TITLE} ({label})", "nomor_sop": None, "pelaksana": base.ROLES,
            "tables": [{**base.PROC["tables"][0], "steps": steps, "repeat_rows": 2, "one_drawing": kind,
                        "row_h": 900}]}


PROCS = [_proc(kind, label) for kind, label in KINDS]

BODY = [item for item in base.DOC["body"] if item["type"] != "flow" and item.get("text") != base.TITLE]
while BODY and BODY[-1]["type"] in ("para", "pagebreak"):
    BODY.pop()

DOC = {
    "name": "drawn-flowcharts",
    "seed": "trenggalek-lakip-revisi's procedure drawn as one group / canvas (issue 12, item 5)",
    "title": "SOP Penyusunan LAKIP - flowchart drawn as one object",
    "page": page(A4_LANDSCAPE),
    "body": BODY + [
        item for proc in PROCS for item in (
            {"type": "pagebreak"},
            {"type": "para", "text": proc["title"], "bold": True, "align": "center", "keep_next": True,
             "space_after": 120},
            {"type": "flow", "proc": proc, "part": 0},
        )
    ],
    "identity": {**base.DOC["identity"], "unit": None},
}
