"""The human report: what a reviewer in the Bagian Organisasi reads at a glance.

:func:`render_check` prints, per file, a header (path; Nama SOP, Nomor SOP, how many
procedures and steps, the pages read by OCR when there are any) and a table of findings,
then one summary panel for the run. A bundle (a file holding several SOPs) prints its path,
then each SOP as a document of its own: a header ("SOP 2 dari 5", its pages, Nama SOP, Nomor
SOP, counts) and that SOP's findings.
:func:`render_parse` prints the identitas block and each procedure as a flowchart grid with
the step's symbol drawn in its role's column.

Everything read from a document goes in as :class:`rich.text.Text`, never as markup, so a
"[" in a cell cannot change the styling. Wide cells fold instead of being cut. Colour is the
caller's choice (``Console(no_color=True)``, ``force_terminal``); styles degrade to plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..domain.i18n import t, tn
from ..model import Finding, Identity, Procedure, SopDocument, Step
from .summary import sort_findings, summarize

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_ICON = {"error": "✖", "warning": "▲", "info": "●"}

GLYPHS = {
    "terminator": "⬭",
    "process": "▭",
    "decision": "◇",
    "offpage": "⬠",
    "connector": "○",
    "marker": "✓",
}
GLYPH_STYLE = {"terminator": "green", "decision": "yellow", "offpage": "magenta"}
UNKNOWN_GLYPH = "?"

KEGIATAN_MAX = 60
SCALAR_FIELDS = ("instansi", "nomor_sop", "nama_sop", "tanggal_pembuatan", "tanggal_revisi",
                 "tanggal_efektif", "disahkan_oleh")
LIST_FIELDS = ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan",
               "peringatan", "pencatatan_pendataan")


# ---------------------------------------------------------------------------------- check

COMPACT_BELOW = 100
"""Console width under which findings are laid out compactly (:func:`_findings_compact`)."""


def render_check(results: list["FileResult"], console: Console, lang: str = "id", quiet: bool = False) -> None:
    """Print the check report for ``results``: each file in the order given (each SOP of a
    bundle as a document of its own), then the summary.

    On a console narrower than :data:`COMPACT_BELOW` columns each finding takes a line for its
    severity, code, rule and location and the message wraps under it, instead of a table whose
    columns would fold words. ``quiet`` prints only the files with findings and no summary.
    """
    compact = console.width < COMPACT_BELOW
    for result in results:
        if quiet and not result.findings:
            continue
        if len(result.documents) > 1:
            _render_bundle(result, console, lang, compact)
            continue
        console.print(_file_header(result, lang))
        _print_findings(result.findings, console, lang, compact)
        console.print()
    if not quiet:
        console.print(_summary_panel(results, lang))


def _print_findings(findings: list[Finding], console: Console, lang: str, compact: bool = False) -> None:
    findings = sort_findings(findings)
    if findings:
        console.print(_findings_compact(findings, lang) if compact else _findings_table(findings, lang))
    else:
        console.print(Text(f"  ✓ {t('no_findings', lang)}", style="green"))


def _render_bundle(result: "FileResult", console: Console, lang: str, compact: bool = False) -> None:
    header = Text(result.path, style="bold underline", overflow="fold")
    console.print(Group(header, Padding(Text(t("bundle_note", lang, count=len(result.documents)), style="dim"),
                                        (0, 0, 0, 2))))
    whole_file = [f for f in result.findings if f.part is None]
    if whole_file:
        _print_findings(whole_file, console, lang, compact)
    for doc in result.documents:
        index = doc.part.index if doc.part is not None else None
        title = Text(part_label(doc, lang), style="bold")
        details = Text(" · ", style="dim").join(_doc_details(doc, lang))
        console.print(Padding(Group(title, details), (0, 0, 0, 2)))
        _print_findings([f for f in result.findings if f.part == index], console, lang, compact)
    console.print()


def part_label(doc: SopDocument, lang: str = "id") -> str:
    """"SOP 2 dari 5 · hlm 3–4" for one SOP of a bundle ("" for a single-SOP file)."""
    if doc.part is None:
        return ""
    label = t("sop_part", lang, index=doc.part.index, count=doc.part.count)
    if doc.part.pages is not None:
        first, last = doc.part.pages
        label += " · " + (t("page_single", lang, first=first) if first == last else
                          t("pages_range", lang, first=first, last=last))
    return label


def _file_header(result: "FileResult", lang: str) -> Group | Text:
    header = Text(result.path, style="bold underline", overflow="fold")
    doc = result.document
    if doc is None:
        return header
    return Group(header, Padding(Text(" · ", style="dim").join(_doc_details(doc, lang)), (0, 0, 0, 2)))


def _doc_details(doc: SopDocument, lang: str) -> list[Text]:
    """Nama SOP, Nomor SOP (where written) and the procedure and step counts of ``doc``."""
    details: list[Text] = []
    identity = doc.identity or Identity()
    for key in ("nama_sop", "nomor_sop"):
        value = getattr(identity, key)
        if value:
            details.append(Text.assemble((f"{t(key, lang)}: ", "dim"), value))
    steps = sum(len(p.steps) for p in doc.procedures)
    details.append(Text(f"{tn('procedure', len(doc.procedures), lang)}, {tn('step', steps, lang)}",
                        style="dim"))
    if doc.ocr_pages:  # a scan or a picture: the reviewer should know the text was recognised
        details.append(Text(f"{t('ocr_pages', lang)} {', '.join(str(p) for p in doc.ocr_pages)}", style="yellow"))
    return details


def location_label(finding: Finding, lang: str = "id") -> str:
    """"P2 · L5" (procedure, step; "S" for step in English), plus the page when known."""
    parts = []
    if finding.procedure is not None:
        parts.append(f"{t('procedure_abbr', lang)}{finding.procedure}")
    if finding.step is not None:
        parts.append(f"{t('step_abbr', lang)}{finding.step}")
    if finding.location.page is not None:
        parts.append(f"{t('page_abbr', lang)} {finding.location.page}")
    return " · ".join(parts) or "—"


def _findings_table(findings: list[Finding], lang: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False,
                  header_style="bold", padding=(0, 1))
    table.add_column(t("severity", lang), no_wrap=True)
    table.add_column(t("code", lang), no_wrap=True)
    table.add_column(t("rule", lang), overflow="fold")
    table.add_column(t("where", lang), overflow="fold")
    table.add_column(t("message", lang), overflow="fold", ratio=1)
    for f in findings:
        style = SEVERITY_STYLE.get(f.severity, "")
        table.add_row(
            Text(f"{SEVERITY_ICON.get(f.severity, '')} {t(f.severity, lang)}", style=style),
            Text(f.code, style=style),
            Text(f.rule),
            Text(location_label(f, lang), style="dim" if f.procedure is None else ""),
            Text(f.message, overflow="fold"),
        )
    return table


def _findings_compact(findings: list[Finding], lang: str) -> Group:
    """One block per finding: ``✖ galat SOP201 duplicate-step-number  P1 · L6`` on a line, the
    message wrapped under it, indented."""
    blocks = []
    for f in findings:
        style = SEVERITY_STYLE.get(f.severity, "")
        head = Text.assemble((f"{SEVERITY_ICON.get(f.severity, '')} {t(f.severity, lang)}", style), " ",
                             (f.code, style), " ", f.rule)
        where = location_label(f, lang)
        if where != "—":
            head.append(f"  {where}")
        blocks.append(Padding(head, (0, 0, 0, 2)))
        blocks.append(Padding(Text(f.message, overflow="fold"), (0, 0, 0, 4)))
    return Group(*blocks)


def summary_text(results: list["FileResult"], lang: str = "id") -> Text:
    """"3 berkas · 2 galat · 5 peringatan · 1 info", each count coloured when non-zero; with
    "· 7 SOP" after the files when a file of the run is a bundle (holds several SOPs)."""
    s = summarize(results)
    parts = [Text(tn("file", s.files, lang), style="bold")]
    if any(len(r.documents) > 1 for r in results):
        parts.append(Text(tn("sop", sum(max(1, len(r.documents)) for r in results), lang), style="bold"))
    parts += [
        Text(tn("error", s.errors, lang), style=SEVERITY_STYLE["error"] if s.errors else "dim"),
        Text(tn("warning", s.warnings, lang), style=SEVERITY_STYLE["warning"] if s.warnings else "dim"),
        Text(tn("info", s.infos, lang), style=SEVERITY_STYLE["info"] if s.infos else "dim"),
    ]
    return Text(" · ").join(parts)


def _summary_panel(results: list["FileResult"], lang: str) -> Panel:
    s = summarize(results)
    border = "red" if s.errors else "yellow" if s.warnings else "green"
    return Panel(summary_text(results, lang), title=Text(t("summary", lang), style="bold"),
                 title_align="left", border_style=border, expand=False)


# ---------------------------------------------------------------------------------- parse

def render_parse(doc: SopDocument, console: Console, lang: str = "id") -> None:
    """Print ``doc``: its identitas as a two-column table, then one grid per procedure (one SOP
    of a bundle names itself after the path: "SOP 2 dari 5 · hlm 3–4")."""
    ocr = f", {t('ocr_pages', lang)} {', '.join(str(p) for p in doc.ocr_pages)}" if doc.ocr_pages else ""
    console.print(Text.assemble((doc.source, "bold underline"), (f"  ({doc.format}{ocr})", "dim"),
                                (f"  {part_label(doc, lang)}" if doc.part is not None else "", "bold"),
                                overflow="fold"))
    console.print(_identity_table(doc.identity, lang))
    if not doc.procedures:
        console.print(Text(t("no_procedures", lang), style="yellow"))
        return
    for index, procedure in enumerate(doc.procedures, 1):
        console.print()
        console.print(_procedure_title(index, procedure, lang))
        if procedure.steps:
            console.print(_procedure_grid(procedure, lang, console.width))
        else:
            console.print(Text(f"  {t('no_steps', lang)}", style="yellow"))
    console.print(_legend(lang))


def _identity_table(identity: Optional[Identity], lang: str) -> Table:
    table = Table(title=Text(t("identity", lang), style="bold"), title_justify="left",
                  box=box.ROUNDED, show_header=False, padding=(0, 1))
    table.add_column(t("field", lang), style="bold", no_wrap=True)
    table.add_column(t("value", lang), overflow="fold", ratio=1)
    if identity is None:
        table.add_row(Text(t("identity", lang)), Text(t("absent", lang), style="dim"))
        return table
    for key in SCALAR_FIELDS:
        value = getattr(identity, key)
        if value is None:
            cell = Text(t("absent", lang), style="dim")
        elif value == "":
            cell = Text(t("empty", lang), style="yellow")
        else:
            cell = Text(value)
        table.add_row(Text(t(key, lang)), cell)
    for key in LIST_FIELDS:
        items = getattr(identity, key)
        if items:
            width = len(str(len(items)))
            cell = Text("\n").join(Text(f"{i:>{width}}. {item}") for i, item in enumerate(items, 1))
        else:
            cell = Text("—", style="dim")
        table.add_row(Text(t(key, lang)), cell)
    return table


def _procedure_title(index: int, procedure: Procedure, lang: str) -> Text:
    title = Text(f"{t('procedure', lang)} {index}", style="bold")
    if procedure.title:
        title.append(" · ")
        title.append(procedure.title, style="bold")
    if procedure.nomor_sop:
        title.append(f"  ({t('nomor_sop', lang)}: ", style="dim")
        title.append(procedure.nomor_sop, style="dim")
        title.append(")", style="dim")
    steps = len(procedure.steps)
    title.append(f"  {tn('step', steps, lang)}", style="dim")
    return title


def shorten(text: str, limit: int = KEGIATAN_MAX) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def format_minutes(minutes: float) -> str:
    """``10.0`` -> ``"10"``, ``7.5`` -> ``"7.5"``."""
    return str(int(minutes)) if float(minutes).is_integer() else f"{minutes:g}"


def _waktu_cell(step: Step, lang: str) -> Text:
    raw = step.waktu.raw
    cell = Text(raw)
    if step.waktu.minutes is not None:
        # raw text as written, then its working minutes on a line of their own
        sep = "\n" if raw else ""
        cell.append(f"{sep}= {format_minutes(step.waktu.minutes)} {t('minutes_abbr', lang)}", style="dim")
    elif raw:
        cell.append(" (?)", style="yellow")
    return cell


def _glyph(kind: Optional[str]) -> Text:
    if kind is None:
        return Text(UNKNOWN_GLYPH, style="red")
    return Text(GLYPHS[kind], style=GLYPH_STYLE.get(kind, "cyan"))


def _role_glyphs(step: Step, headers: list[str]) -> list[Text]:
    """One cell per role column of the grid: the kind drawn in that column, empty where the
    role is unmarked."""
    drawn = dict(zip(step.pelaksana, step.role_symbols))
    return [_glyph(drawn[role]) if role in drawn else Text("") for role in headers]


def _role_width(header: str) -> int:
    """A role column only holds a glyph: as wide as the header's longest word (so headers
    wrap between words, never inside one), at least 3, at most 12."""
    longest = max((len(word) for word in header.split()), default=1)
    return max(3, min(12, longest))


# Text columns after the role columns: label key, share of the free width.
TEXT_COLUMNS = (("kegiatan", 4), ("kelengkapan", 2), ("waktu", 2), ("output", 2), ("keterangan", 1))
KEGIATAN_MIN = 16
WAKTU_MIN = 9  # "= 480 mnt" on one line


def _grid_widths(width: int, fixed: list[int], headers: list[str]) -> Optional[list[int]]:
    """Widths for the text columns so the grid fills ``width`` exactly, each header whole and
    Kegiatan at least :data:`KEGIATAN_MIN`; ``None`` when the console is too narrow for that
    (rich then shrinks the columns itself, folding headers, rather than cropping the table)."""
    columns = len(fixed) + len(headers)
    free = width - (3 * columns + 1) - sum(fixed)  # padding 1+1 and one rule per column
    minimums = [max(KEGIATAN_MIN, len(headers[0]))] + [max(WAKTU_MIN, len(h)) for h in headers[1:]]
    extra = free - sum(minimums)
    if extra < 0:
        return None
    weights = [share for _, share in TEXT_COLUMNS]
    widths = [m + extra * w // sum(weights) for m, w in zip(minimums, weights)]
    widths[0] += free - sum(widths)
    return widths


def flow_lines(procedure: Procedure, lang: str = "id") -> list[list[str]]:
    """Per step, its outgoing arrows as read: ``"→ 3"``, ``"Ya → 5"``, ``"Tidak → 2"`` (the
    target's step number as written, else its position ``#n``; an arrow that leaves the table
    or ends on no symbol points at nothing)."""
    def name(position: int | None) -> str:
        if position is None or not 1 <= position <= len(procedure.steps):
            return f"({t('flow_out', lang)})"
        step = procedure.steps[position - 1]
        return str(step.number) if step.number is not None else (step.number_raw or f"#{position}")

    out: list[list[str]] = [[] for _ in procedure.steps]
    for arrow in procedure.flow:
        if 1 <= arrow.from_ <= len(procedure.steps):
            out[arrow.from_ - 1].append(f"{arrow.label + ' ' if arrow.label else ''}→ {name(arrow.to)}")
    return out


def _procedure_grid(procedure: Procedure, lang: str, width: int = 120) -> Table:
    numbers = [str(s.number) if s.number is not None else s.number_raw for s in procedure.steps]
    number_width = min(4, max([len(t("no", lang))] + [len(n) for n in numbers]))
    role_widths = [_role_width(role) for role in procedure.pelaksana]
    headers = [t(key, lang) for key, _ in TEXT_COLUMNS]
    arrows = flow_lines(procedure, lang) if procedure.flow else None
    flow_width = min(12, max([len(t("flow", lang))] + [len(x) for lines in arrows or [] for x in lines])) \
        if arrows else 0
    widths = _grid_widths(width, [number_width] + role_widths + ([flow_width] if arrows else []), headers)
    role_labels = list(procedure.pelaksana)
    caption = None
    if widths is None:  # narrow console: role columns numbered P1..Pn, names in the caption
        role_labels = [f"P{i}" for i in range(1, len(role_labels) + 1)]
        role_widths = [max(3, len(label)) for label in role_labels]
        widths = _grid_widths(width, [number_width] + role_widths + ([flow_width] if arrows else []), headers)
        caption = Text("  ·  ".join(f"{label} = {role}" for label, role in zip(role_labels, procedure.pelaksana)))

    table = Table(box=box.SQUARE, show_lines=True, header_style="bold", padding=(0, 1),
                  expand=widths is None, caption=caption, caption_justify="left")

    def text_column(i: int) -> None:
        if widths is None:
            table.add_column(headers[i], overflow="fold", ratio=TEXT_COLUMNS[i][1])
        else:
            table.add_column(headers[i], overflow="fold", width=widths[i])

    table.add_column(t("no", lang), justify="right", overflow="fold", width=number_width)
    text_column(0)
    for role, role_width in zip(role_labels, role_widths):
        table.add_column(Text(role), justify="center", overflow="fold",
                         width=role_width if widths is not None else None, max_width=role_width)
    if arrows:
        table.add_column(t("flow", lang), overflow="fold", width=flow_width if widths is not None else None,
                         max_width=flow_width, style="cyan")
    for i in range(1, len(headers)):
        text_column(i)
    for i, step in enumerate(procedure.steps):
        if step.number is not None:
            number = Text(str(step.number))
        else:
            number = Text(step.number_raw, style="yellow")
        roles = _role_glyphs(step, procedure.pelaksana)
        flow = [Text("\n".join(arrows[i]))] if arrows else []
        table.add_row(number, Text(shorten(step.kegiatan)), *roles, *flow, Text(step.kelengkapan),
                      _waktu_cell(step, lang), Text(step.output), Text(step.keterangan))
    return table


def _legend(lang: str) -> Text:
    items = [Text.assemble((glyph, GLYPH_STYLE.get(kind, "cyan")), f" {t(kind, lang)}")
             for kind, glyph in GLYPHS.items()]
    items.append(Text.assemble((UNKNOWN_GLYPH, "red"), f" {t('unknown_symbol', lang)}"))
    return Text.assemble((f"{t('legend', lang)}: ", "dim"), Text("   ").join(items))


__all__ = ["render_check", "render_parse", "location_label", "part_label", "summary_text", "shorten",
           "GLYPHS"]
