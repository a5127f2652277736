"""Documents that are SOPs but not SOP AP, and templates not filled in yet.

A user who checks a Puskesmas SOP (the primary-care accreditation format: Pengertian, Tujuan,
Kebijakan, Referensi, Prosedur, Diagram Alir, Daftar Tilik) or an SOP template full of
``{{placeholders}}`` wants one clear sentence, not a finding per identitas field it lacks.
:func:`refuse_other_formats` raises that sentence as a :class:`~sopcheck.errors.NotAnSop`.

Conventions (data in ``rules/formats.yaml``):

* Another format: no SOP AP flowchart table, and at least ``min_sections`` of the format's
  section labels each stand alone as a table cell or a line (folded; numbering and a trailing
  ":" ignored).
* A template: at least ``min_distinct`` different ``{{ ... }}`` placeholders, or any
  ``{% ... %}`` block tag, anywhere in the text. A filled-in SOP has neither.
* The message names what the document is (the format, the placeholders found) and that
  sopcheck checks SOP AP; a template in another format says both.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePath
from typing import Iterator, Optional

from .. import ruledata
from ..blocks import Blocks, Paragraph
from ..errors import NotAnSop
from ..text import fold

_NUMBERING = re.compile(r"^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*", re.I)


@lru_cache(maxsize=1)
def _settings() -> dict:
    return ruledata.load("formats")


def _lines(blocks: Blocks) -> Iterator[str]:
    """Every cell's text and every line of the file, cells also whole (a label wrapped over
    two lines: "Hal - hal yang / Yang harus diperhatikan")."""
    for item in blocks.items:
        texts = [item.text] if isinstance(item, Paragraph) else [c.text for c in item.cells]
        for text in texts:
            yield text or ""
            yield from (text or "").split("\n")


def other_format(blocks: Blocks) -> Optional[dict]:
    """The entry of ``rules/formats.yaml`` ``other_formats`` that ``blocks`` is laid out in,
    or ``None`` (the caller knows there is no flowchart table)."""
    labels = {fold(_NUMBERING.sub("", line).rstrip(" :")) for line in _lines(blocks)}
    for entry in _settings().get("other_formats", []):
        found = {fold(s) for s in entry["sections"]} & labels
        if len(found) >= entry.get("min_sections", 4):
            return entry
    return None


def placeholders(blocks: Blocks) -> list[str]:
    """The distinct template placeholders of ``blocks`` in order of appearance, when there
    are enough to call it a template (see the module docstring), else ``[]``."""
    cfg = _settings().get("placeholders", {})
    variable, block = re.compile(cfg["variable"]), re.compile(cfg["block"])
    seen: dict[str, None] = {}
    tags = False
    for item in blocks.items:
        texts = [item.text] if isinstance(item, Paragraph) else [c.text for c in item.cells]
        for text in texts:
            for m in variable.finditer(text or ""):
                seen.setdefault(re.sub(r"\s+", "", m.group()), None)
            for m in block.finditer(text or ""):
                tags = True
                seen.setdefault(" ".join(m.group().split()), None)
    if tags or len(seen) >= cfg.get("min_distinct", 2):
        return list(seen)
    return []


def refuse_other_formats(blocks: Blocks, has_flowchart: bool) -> None:
    """Raise :class:`NotAnSop` naming what ``blocks`` is when it is an SOP of another format
    (only without an SOP AP flowchart table) or a template not filled in; else return.

    :raises NotAnSop: see the module docstring.
    """
    fmt = None if has_flowchart else other_format(blocks)
    marks = placeholders(blocks)
    if fmt is None and not marks:
        return
    name = PurePath(blocks.source).name or blocks.source
    shown = ", ".join(marks[:_settings().get("placeholders", {}).get("shown", 3)])
    more = "" if len(marks) <= 3 else ", …"
    parts_id, parts_en = [], []
    if fmt is not None:
        parts_id.append(f"dokumen ini {fmt['name']['id']} ({fmt['shown']}), bukan SOP AP; sopcheck memeriksa SOP "
                        "AP menurut Permenpan RB No. 35 Tahun 2012 (identitas SOP dan diagram alir No, Kegiatan, "
                        "Pelaksana, Mutu Baku)")
        parts_en.append(f"this document is a {fmt['name']['en']} ({fmt['shown']}), not an SOP AP; sopcheck checks "
                        "SOP AP as set out in Permenpan RB No. 35/2012 (an identitas block and a flowchart table No, "
                        "Kegiatan, Pelaksana, Mutu Baku)")
    if marks:
        parts_id.append(f"berkas ini templat yang belum diisi: isiannya masih penanda ({shown}{more}); isi templat "
                        "lalu periksa dokumen hasilnya")
        parts_en.append(f"the file is a template not filled in yet: its fields are still placeholders "
                        f"({shown}{more}); fill it in and check the resulting document")
    raise NotAnSop(f"{name}: " + "; ".join(parts_id) + ".", f"{name}: " + "; ".join(parts_en) + ".")
