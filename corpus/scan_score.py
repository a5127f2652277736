"""How well a scan was read: the parse of a scanned corpus PDF against the expected parse of
its DOCX twin (``corpus/expected/<name>.parse.json``), in the figures issue 13's Done-when
names.

Steps are paired by position within each procedure (procedures by position). Per pair:

* ``numbers``: the step number is the expected one;
* ``pelaksana``: the role header(s) holding the step's symbol are the expected ones, each
  header compared with whitespace removed and case folded (a header read "Kasubag
  Perencanaan dan Pelaporan" is the same role as printed);
* ``kegiatan``: rapidfuzz ``ratio`` of the two kegiatan texts is at least 90;
* ``waktu``: the duration in minutes is the expected one (both ``None`` counts as equal).

``steps`` counts the steps found against the steps expected (a step missing or extra makes
the pairing stop for that procedure); ``nomor``/``nama`` whether the identitas Nomor SOP and
Nama SOP match (whitespace removed, rapidfuzz ratio >= 95 for the title).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Score:
    """Counts for one or more scans (add them with ``+``)."""

    expected: int = 0
    found: int = 0
    numbers: int = 0
    pelaksana: int = 0
    kegiatan: int = 0
    waktu: int = 0
    documents: int = 0
    nomor: int = 0
    nama: int = 0
    misses: list[str] = field(default_factory=list)

    def __add__(self, other: "Score") -> "Score":
        return Score(*(getattr(self, f) + getattr(other, f) for f in
                       ("expected", "found", "numbers", "pelaksana", "kegiatan", "waktu", "documents", "nomor",
                        "nama", "misses")))

    def share(self, name: str) -> float:
        """A count as a share of the expected steps (``nomor``/``nama``: of the documents)."""
        whole = self.documents if name in ("nomor", "nama") else self.expected
        return getattr(self, name) / whole if whole else 1.0


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def expected_parse(name: str) -> dict:
    """The expected parse of corpus document ``name`` (its DOCX)."""
    return json.loads((HERE / "expected" / f"{name}.parse.json").read_text(encoding="utf-8"))


def score(got: dict, name: str) -> Score:
    """Score a parse (contract JSON shape, as ``SopDocument.model_dump(mode="json")``) of a scan
    of corpus document ``name``."""
    from rapidfuzz import fuzz

    want = expected_parse(name)
    s = Score(documents=1)
    gi, wi = got.get("identity") or {}, want.get("identity") or {}
    s.nomor = int(_key(gi.get("nomor_sop") or "") == _key(wi.get("nomor_sop") or ""))
    s.nama = int(fuzz.ratio(_key(gi.get("nama_sop") or ""), _key(wi.get("nama_sop") or "")) >= 95)
    if not s.nomor:
        s.misses.append(f"{name}: Nomor SOP {gi.get('nomor_sop')!r}")
    if not s.nama:
        s.misses.append(f"{name}: Nama SOP {gi.get('nama_sop')!r}")
    procs = got.get("procedures") or []
    for pi, wp in enumerate(want["procedures"]):
        s.expected += len(wp["steps"])
        gp = procs[pi] if pi < len(procs) else {"steps": []}
        s.found += min(len(gp["steps"]), len(wp["steps"]))
        if len(gp["steps"]) != len(wp["steps"]):
            s.misses.append(f"{name} P{pi + 1}: {len(gp['steps'])} steps, expected {len(wp['steps'])}")
        for k, (a, b) in enumerate(zip(gp["steps"], wp["steps"]), start=1):
            where = f"{name} P{pi + 1} step {k}"
            if a["number"] == b["number"]:
                s.numbers += 1
            else:
                s.misses.append(f"{where}: number {a['number_raw']!r}")
            if [_key(p) for p in a["pelaksana"]] == [_key(p) for p in b["pelaksana"]]:
                s.pelaksana += 1
            else:
                s.misses.append(f"{where}: pelaksana {a['pelaksana']} expected {b['pelaksana']}")
            if fuzz.ratio(a["kegiatan"], b["kegiatan"]) >= 90:
                s.kegiatan += 1
            else:
                s.misses.append(f"{where}: kegiatan {a['kegiatan'][:60]!r}")
            if a["waktu"]["minutes"] == b["waktu"]["minutes"]:
                s.waktu += 1
            else:
                s.misses.append(f"{where}: waktu {a['waktu']['raw']!r}")
    return s


THRESHOLDS = {"found": 1.0, "numbers": 0.98, "pelaksana": 0.95, "kegiatan": 0.90, "waktu": 0.90, "nomor": 0.95,
              "nama": 0.95}
"""The Done-when shares (issue 13)."""
