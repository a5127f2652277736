"""The review sheet (*lembar hasil reviu*): what a Bagian Organisasi reviewer sends back to the
dinas with a submitted SOP.

``sopcheck check FILE --format docx -o lembar-reviu.docx`` (and ``--format pdf``, converted by
LibreOffice when it is installed). One sheet per SOP (a bundle gives one per SOP, each on its
own page): the SOP's identitas, a summary, the findings grouped by section (Identitas, then
Prosedur n, then Prosedur n langkah m) in the report language with what to change, the
swimlane picture of each procedure as sopcheck read it (:mod:`sopcheck.audit.picture`, the
same drawing as the HTML pages), and the reviewer's name, NIP and date.

The sheet is rendered with **docxtpl** from a Word template (``templates/lembar-reviu.docx``,
built by :mod:`sopcheck.write.sheet_template`): docxtpl keeps the layout in an ordinary DOCX
that an office edits in Word (its own kop surat, logo, wording, signature block) and points
to with ``[review] template`` or ``--template``, without touching code; python-docx alone would
put the layout in code. Document text is escaped (``autoescape``): it is untrusted.
"""

from __future__ import annotations

import datetime as _dt
import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ..checks import get_rule
from ..domain.i18n import t
from ..model import Finding, SopDocument, severity_rank
from .sheet_template import (
    BODY_PT,
    HEADING_PT,
    LEGEND_PT,
    LINE,
    PICTURE_TITLE_PT,
    SIDE_MM,
    SPACE_AFTER_PT,
    TEMPLATE,
    TOP_BOTTOM_MM,
)
from .sheet_template import PAGE_MM as _PAPER_MM

LINE_EM = 1.15
"""Height of a single-spaced line of Arial (Liberation Sans in LibreOffice), in ems."""
RESERVED_PT = ((HEADING_PT * LINE + SPACE_AFTER_PT) + (2 * LEGEND_PT * LINE + SPACE_AFTER_PT)
               + (PICTURE_TITLE_PT * LINE + SPACE_AFTER_PT) + (SPACE_AFTER_PT + 0.25 * BODY_PT) + 3.0)
"""What shares a page with the first picture (points): the flowchart heading (one line) and its
legend (two lines) at the exact line height :data:`~sopcheck.write.sheet_template.LINE`, the
picture's title (one line, :func:`one_line`, at the head of the picture's own paragraph), that
paragraph's space after and the descent under an inline picture, and 3 pt for rounding: about
20 mm. Measured in LibreOffice on probolinggo's turned picture: 2.8 mm to spare at the page foot."""
PAGE_MM = (_PAPER_MM[0] - 2 * SIDE_MM, _PAPER_MM[1] - 2 * TOP_BOTTOM_MM - RESERVED_PT * 25.4 / 72)
"""Room for a swimlane picture on the shipped sheet (mm): the A4 text width (170 mm) and the text
height (261 mm: the header and footer lie in the margins) less :data:`RESERVED_PT`, about 241 mm.
Heading, legend, title and picture then always fit one page, kept together (before, a 245 mm
picture did not fit under a heading, legend and two-line title: the heading stood alone on a page
and the picture went to the next). An office template gets its own room: :func:`picture_room`."""
MIN_POINTS = 8.0
"""Smallest printed text size (points) a picture is kept upright for."""
NATURAL = 1.15
"""A picture's natural size: 96 dpi, 15 % larger (never printed larger than that)."""
PICTURE_SCALE = 2.0
"""Pixels per scene pixel of the pictures (2: sharp in print)."""
_IDENTITY = ("instansi", "nomor_sop", "nama_sop", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif",
             "disahkan_oleh")


def _words(lang: str) -> dict[str, str]:
    keys = ("sheet_title", "sheet_identity", "sheet_result", "no", "sheet_where", "sheet_finding", "severity",
            "sheet_flowchart", "audit_legend", "sheet_closing", "sheet_place_date", "sheet_reviewer", "sheet_nip",
            "sheet_footer")
    words = {k.removeprefix("sheet_"): t(k, lang) for k in keys}
    words["legend"] = words.pop("audit_legend")
    return words


def _where(finding: Finding, doc: Optional[SopDocument], lang: str) -> tuple[tuple, str]:
    """``(sort key, section title)`` of a finding: Identitas, Prosedur n, Prosedur n langkah m."""
    if finding.procedure is None:
        if doc is None:
            return (0, 0, 0), t("sheet_file", lang)
        return (1, 0, 0), t("identity", lang)
    p = finding.procedure
    title = f"{t('procedure', lang)} {p}"
    if doc is not None and 1 <= p <= len(doc.procedures) and doc.procedures[p - 1].title:
        title += f": {doc.procedures[p - 1].title}"
    if finding.step is None:
        return (2, p, 0), title
    position = 0
    if doc is not None and finding.location.row is not None and 1 <= p <= len(doc.procedures):
        for i, step in enumerate(doc.procedures[p - 1].steps, 1):
            if step.location.table == finding.location.table and step.location.row == finding.location.row:
                position = i
                break
    return (2, p, position or finding.step), f"{t('procedure', lang)} {p}, {t('step', lang).lower()} {finding.step}"


def sop_context(doc: Optional[SopDocument], findings: list[Finding], source: str, lang: str, tpl,
                last: bool) -> dict[str, Any]:
    """One SOP's part of the sheet: identitas rows, summary, sections, pictures."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    from ..audit.task import drawing_spec, flagged_steps, worst_severities

    ident = doc.identity if doc is not None else None
    rows = [{"label": t("path", lang), "value": source}]
    for key in _IDENTITY:
        value = getattr(ident, key) if ident is not None else None
        rows.append({"label": t(key, lang), "value": value if value else t("empty" if value == "" else "absent", lang)})
    if doc is not None and doc.part is not None:
        rows.insert(1, {"label": t("sheet_part", lang), "value": f"{doc.part.index} / {doc.part.count}"})
    groups: dict[str, tuple[tuple, list]] = {}
    for f in findings:
        key, title = _where(f, doc, lang)
        groups.setdefault(title, (key, []))[1].append(f)
    sections, n = [], 0
    for title, (_key, items) in sorted(groups.items(), key=lambda kv: kv[1][0]):
        rows_ = []
        for f in sorted(items, key=lambda f: -severity_rank(f.severity)):
            n += 1
            spec = get_rule(f.rule)
            what = spec.summary.get(lang) or spec.summary["id"] if spec else f.rule
            rows_.append({"no": n, "where": _short_where(f, lang), "message": f.message, "kind": what,
                          "severity": t(f.severity, lang), "code": f.code})
        sections.append({"title": title, "findings": rows_})
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    if findings:
        summary = t("sheet_summary", lang, n=len(findings), errors=counts["error"], warnings=counts["warning"],
                    infos=counts["info"])
    else:
        summary = t("sheet_clean", lang)
    procedures = []
    room = picture_room(tpl.docx) if tpl is not None else PAGE_MM
    if doc is not None:
        worst, flagged = worst_severities(findings), flagged_steps(findings)
        for p, proc in enumerate(doc.procedures, 1):
            if not proc.steps:
                continue
            name = proc.title or (ident.nama_sop if ident is not None else None) or "—"
            parts = sheet_pictures(drawing_spec(p, proc, worst, flagged), proc.title or "", t("no_lane", lang),
                                   page_mm=room)
            for k, picture in enumerate(parts, 1):
                notes = ([f"{k}/{len(parts)}"] if len(parts) > 1 else []) + (
                    [t("sheet_turned", lang)] if picture.turned else [])
                head = f"{t('procedure', lang)} {p}" + (f" ({', '.join(notes)})" if notes else "")
                title = one_line(f"{head}: {name}", room[0], PICTURE_TITLE_PT)
                procedures.append({"title": title,
                                   "picture": InlineImage(tpl, io.BytesIO(picture.png), width=Mm(picture.width_mm))})
    subtitle = (ident.nama_sop if ident is not None and ident.nama_sop else Path(source).name)
    return {"identity": rows, "summary": summary, "sections": sections, "procedures": procedures,
            "subtitle": subtitle, "last": last}


def _short_where(f: Finding, lang: str) -> str:
    if f.step is not None:
        return f"{t('step', lang)} {f.step}"
    if f.field == "identitas" and f.field_key:
        return t(f.field_key, lang)
    if f.field == "role-header" and f.field_key:
        return f"{t('sheet_role_header', lang)} «{f.field_key}»"
    return "—"


def picture_room(document) -> tuple[float, float]:
    """Room for a picture (mm: width, height) on the first page layout of a template (a
    python-docx document): its text width, and its text height less :data:`RESERVED_PT`. A
    header or footer that runs past its margin (an office's kop surat) pushes the text area
    in, as Word and LibreOffice do: estimated from its lines (:data:`LINE_EM`) and pictures.
    The shipped template gives :data:`PAGE_MM`; a template without a readable page size too."""
    try:
        sect = document.sections[0]
        mm = 1 / 36000  # EMU
        width = (sect.page_width - sect.left_margin - sect.right_margin) * mm
        top = max(sect.top_margin * mm, (sect.header_distance or 0) * mm + _block_mm(sect.header))
        bottom = max(sect.bottom_margin * mm, (sect.footer_distance or 0) * mm + _block_mm(sect.footer))
        height = sect.page_height * mm - top - bottom - RESERVED_PT * 25.4 / 72
    except (AttributeError, IndexError, TypeError):
        return PAGE_MM
    if width < 50 or height < 50:
        return PAGE_MM
    return (round(width, 1), round(height, 1))


def _block_mm(part) -> float:
    """Rough height (mm) of a header or footer: each paragraph one line of its largest text, plus
    its pictures; 0 when it is empty or not there."""
    try:
        if part.is_linked_to_previous:
            return 0.0
        paragraphs = part.paragraphs + [p for tb in part.tables for row in tb.rows for c in row.cells
                                        for p in c.paragraphs]
    except Exception:  # noqa: BLE001 - an odd header is not a reason to fail the sheet
        return 0.0
    total = 0.0
    for paragraph in paragraphs:
        sizes = [r.font.size.pt for r in paragraph.runs if r.font.size is not None] or [BODY_PT]
        total += (max(sizes) * LINE_EM + SPACE_AFTER_PT) * 25.4 / 72
        for extent in paragraph._p.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
                                        "extent"):
            total += int(extent.get("cy", 0)) / 36000
    return total


def one_line(text: str, width_mm: float, size_pt: float) -> str:
    """``text`` cut with "…" to fit one line ``width_mm`` wide in bold Arial of ``size_pt`` (with
    3 % to spare), so a picture's title takes the one line :data:`RESERVED_PT` leaves it.
    Measured in Liberation Sans Bold (Arial's widths, LibreOffice's stand-in for it), else in
    DejaVu Sans Bold (wider), else at 0.7 em a character: the cut errs on the safe side."""
    from PIL import ImageFont

    px = 100.0  # measuring size: widths scale with the size
    font = None
    for name in ("LiberationSans-Bold.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
                 "DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
        try:
            font = ImageFont.truetype(name, int(px))
            break
        except OSError:
            continue
    width_mm *= 0.97

    def mm(s: str) -> float:
        em = font.getlength(s) / px if font is not None else 0.7 * len(s)
        return em * size_pt * 25.4 / 72

    if mm(text) <= width_mm:
        return text
    cut = len(text)
    while cut > 1 and mm(text[:cut].rstrip() + "…") > width_mm:
        cut -= 1
    return text[:cut].rstrip() + "…"


@dataclass
class Picture:
    """One picture of a procedure on the sheet: PNG bytes, its printed width (mm), and whether
    it is turned a quarter (the flowchart's top at the page's left edge: read with the page
    turned clockwise)."""

    png: bytes
    width_mm: float
    turned: bool = False


def text_points(mm_per_px: float) -> float:
    """Printed size (points) of the print pictures' text when one scene pixel prints
    ``mm_per_px`` millimetres wide."""
    from ..audit.picture import PRINT_TEXT_PX

    return PRINT_TEXT_PX * mm_per_px / (25.4 / 72)


def sheet_pictures(drawing, title: str = "", no_lane: str = "",
                   page_mm: tuple[float, float] = PAGE_MM) -> list[Picture]:
    """A procedure's swimlane as pictures that print legibly on the A4 sheet.

    Painted for paper (:func:`sopcheck.audit.picture.scene_png` ``for_print``), at most at its
    natural size (96 dpi, +15 %). Upright when its text then prints at :data:`MIN_POINTS` or
    more within the text width (``page_mm``: width, height; :data:`PAGE_MM` on the shipped
    template); else turned a quarter when that prints it
    larger (a flowchart is wider than tall: turned, it has the page's height). A procedure
    too long for one page is cut between rows into pictures that each fit a page, the lane
    header repeated on each. ``[]`` when there is nothing to draw.
    """
    from PIL import Image

    from ..audit.picture import scene_png
    from ..audit.svg import HEAD_H, ROW_H, procedure_scene

    scene = procedure_scene(drawing, title, no_lane)
    if scene is None:
        return []
    page_w, page_h = page_mm
    natural = scene.width / 96 * 25.4 * NATURAL
    upright = min(page_w, natural) / scene.width  # mm per scene pixel
    turned_scale = min(page_h, natural) / scene.width
    turned = text_points(upright) < MIN_POINTS and turned_scale > upright
    mm_px = turned_scale if turned else upright
    room = (page_w if turned else page_h) / mm_px  # scene pixels of height one picture may take
    n_rows = max(1, round((scene.height - HEAD_H) / ROW_H))
    count = -(-n_rows // max(1, int((room - HEAD_H) // ROW_H)))  # pictures needed
    per_picture = -(-n_rows // count)  # rows shared evenly among them
    with Image.open(io.BytesIO(scene_png(scene, scale=PICTURE_SCALE, for_print=True))) as whole:
        whole.load()
    k = PICTURE_SCALE
    out = []
    for first in range(0, n_rows, per_picture):
        last = min(first + per_picture, n_rows)
        top, bottom = HEAD_H + ROW_H * first, (HEAD_H + ROW_H * last if last < n_rows else scene.height)
        band = Image.new("RGB", (whole.width, round(k * (HEAD_H + bottom - top))), "white")
        band.paste(whole.crop((0, 0, whole.width, round(k * HEAD_H))), (0, 0))
        band.paste(whole.crop((0, round(k * top), whole.width, round(k * bottom))), (0, round(k * HEAD_H)))
        width_mm = scene.width * mm_px
        if turned:
            band = band.rotate(90, expand=True)
            width_mm = (HEAD_H + bottom - top) * mm_px
        buf = io.BytesIO()
        band.save(buf, format="PNG", optimize=True)
        out.append(Picture(png=buf.getvalue(), width_mm=width_mm, turned=turned))
    return out


def write_sheet(results, out: str | Path, lang: str = "id", template: Optional[str | Path] = None,
                reviewer: str = "", reviewer_nip: str = "", office: str = "", date: Optional[str] = None) -> int:
    """Write the review sheet of ``results`` (:class:`~sopcheck.api.FileResult` values) to the
    DOCX ``out``: one sheet per SOP. Returns the number of sheets.

    :raises UsageError: the template cannot be read or rendered.
    """
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    from ..errors import UsageError

    tpl_path = Path(template) if template else TEMPLATE
    try:
        tpl = DocxTemplate(str(tpl_path))
        tpl.init_docx()
    except Exception as exc:
        raise UsageError(f"{tpl_path}: templat lembar reviu tidak dapat dibaca ({type(exc).__name__}: {exc})",
                         f"{tpl_path}: the review sheet template cannot be read ({type(exc).__name__}: {exc})") \
            from None
    parts: list[tuple[Optional[SopDocument], list[Finding], str]] = []
    for result in results:
        if not result.documents:
            parts.append((None, list(result.findings), result.path))
            continue
        for doc in result.documents:
            own = [f for f in result.findings if result.document_of(f) is doc
                   or (f.part is None and doc is result.documents[0])]
            parts.append((doc, own, result.path))
    sops = [sop_context(doc, found, src, lang, tpl, k == len(parts) - 1) for k, (doc, found, src) in enumerate(parts)]
    context = {"office": office or t("sheet_office", lang), "L": _words(lang), "sops": sops,
               "reviewer": reviewer or "........................................",
               "reviewer_nip": reviewer_nip or "..............................",
               "date": date or _dt.date.today().strftime("%d-%m-%Y")}
    try:
        tpl.render(context, autoescape=True)
    except TemplateError as exc:
        raise UsageError(f"{tpl_path}: templat lembar reviu tidak sah: {exc}",
                         f"{tpl_path}: the review sheet template is invalid: {exc}") from None
    from .docx_cells import save_copy

    save_copy(tpl, out, tpl_path)
    return len(sops)


def soffice() -> Optional[str]:
    """The LibreOffice command (``soffice``), or ``None`` when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx_path: str | Path, pdf_out: str | Path, timeout: float = 120) -> None:
    """Convert ``docx_path`` to ``pdf_out`` with LibreOffice headless, in a temporary folder
    (its own user profile too) removed afterwards.

    :raises UsageError: LibreOffice is not installed, or the conversion failed or timed out.
    """
    from ..errors import UsageError

    cmd = soffice()
    if cmd is None:
        raise UsageError("LibreOffice (soffice) tidak terpasang: gunakan --format docx",
                         "LibreOffice (soffice) is not installed: use --format docx")
    with tempfile.TemporaryDirectory(prefix="sopcheck-pdf-") as tmp:
        src = Path(tmp) / "lembar.docx"
        shutil.copyfile(docx_path, src)
        try:
            run = subprocess.run([cmd, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                                  "pdf", "--outdir", tmp, str(src)], capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise UsageError(f"LibreOffice: konversi ke PDF melewati {timeout:g} dtk",
                             f"LibreOffice: conversion to PDF took over {timeout:g} s") from None
        made = Path(tmp) / "lembar.pdf"
        if run.returncode != 0 or not made.exists():
            detail = (run.stderr or run.stdout).strip()[:300]
            raise UsageError(f"LibreOffice: konversi ke PDF gagal: {detail}",
                             f"LibreOffice: conversion to PDF failed: {detail}")
        shutil.move(str(made), str(pdf_out))


def write_sheet_pdf(results, out: str | Path, **kwargs) -> int:
    """:func:`write_sheet`, then converted to the PDF ``out`` by LibreOffice."""
    with tempfile.TemporaryDirectory(prefix="sopcheck-sheet-") as tmp:
        docx_path = Path(tmp) / "lembar.docx"
        n = write_sheet(results, docx_path, **kwargs)
        docx_to_pdf(docx_path, out)
    return n
