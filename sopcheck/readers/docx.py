"""DOCX reader: ``word/document.xml`` -> :class:`~sopcheck.blocks.Blocks`.

Reads the main part with :mod:`zipfile` and :func:`~sopcheck.readers.safexml.parse_xml`
(no entities, no network) and walks the body once, in document order:

* ``w:p`` -> :class:`Paragraph` (``heading`` for heading/title styles or all-bold text);
* ``w:tbl`` -> :class:`Table` with ``w:gridSpan``, ``w:vMerge``, ``w:hMerge``,
  ``w:gridBefore``/``w:gridAfter`` resolved into the grid; nested tables add their text and
  symbols to the enclosing cell;
* ``w:sdt``, ``w:customXml``, ``w:smartTag``, ``w:hyperlink``, ``w:ins`` are descended into;
  ``w:del`` (deleted text) and ``mc:Fallback`` are skipped;
* shapes (:mod:`sopcheck.readers.docx_shapes`) become :class:`Symbol` values of the cell whose
  paragraph holds them (inline) or of the cell their centre falls in (floating, see
  :mod:`sopcheck.readers.docx_geometry`). Text inside shapes is ``Symbol.text`` only.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Optional

from lxml import etree

from ..blocks import Blocks, Cell, Paragraph, Stroke, Symbol, Table
from ..errors import ReadError, ResourceLimit, UnreadableFile, UnsupportedFormat
from ..limits import DEFAULT_LIMITS, Limits
from . import docx_geometry as geo
from .docx_shapes import Drawing, drawings_in, shapetype_map
from .ooxml import MC_AC, MC_CHOICE, MC_NS, W_DRAWING, W_NS, W_OBJECT, W_PICT, q
from .safexml import parse_xml

_OFFICE_DOC_REL = re.compile(r"/officeDocument$")


def _w(name: str) -> str:
    return q(W_NS, name)


W_BODY, W_P, W_TBL, W_TR, W_TC, W_R = _w("body"), _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r")
W_PPR, W_RPR, W_TCPR, W_TRPR, W_TBLPR = _w("pPr"), _w("rPr"), _w("tcPr"), _w("trPr"), _w("tblPr")
W_T, W_TAB, W_PTAB, W_BR, W_CR = _w("t"), _w("tab"), _w("ptab"), _w("br"), _w("cr")
W_SYM, W_NBH, W_SOFTH = _w("sym"), _w("noBreakHyphen"), _w("softHyphen")
W_SDT, W_SDTCONTENT, W_SECTPR = _w("sdt"), _w("sdtContent"), _w("sectPr")
W_B, W_RSTYLE, W_PSTYLE, W_RFONTS, W_OUTLINE = _w("b"), _w("rStyle"), _w("pStyle"), _w("rFonts"), _w("outlineLvl")
W_VANISH, W_SPECVANISH, W_COLOR, W_SHD = _w("vanish"), _w("specVanish"), _w("color"), _w("shd")
W_SZ = _w("sz")
W_GRIDSPAN, W_VMERGE, W_HMERGE = _w("gridSpan"), _w("vMerge"), _w("hMerge")
W_GRIDBEFORE, W_GRIDAFTER, W_TRHEIGHT, W_DEL = _w("gridBefore"), _w("gridAfter"), _w("trHeight"), _w("del")
W_TBLGRID, W_GRIDCOL, W_TBLIND, W_JC, W_TBLW = _w("tblGrid"), _w("gridCol"), _w("tblInd"), _w("jc"), _w("tblW")
W_PGSZ, W_PGMAR = _w("pgSz"), _w("pgMar")
W_VAL, W_TYPE, W_WATTR = _w("val"), _w("type"), _w("w")
W_COMMENT, W_COMMENT_START, W_COMMENT_REF, W_ID = (_w("comment"), _w("commentRangeStart"), _w("commentReference"),
                                                    _w("id"))

#: Elements whose children are read as if they stood in the parent (paragraph or block level).
_TRANSPARENT = {_w(n) for n in ("hyperlink", "ins", "smartTag", "customXml", "fldSimple", "moveTo",
                                "sdtContent", "dir", "bdo")}
_SHAPE_TAGS = {W_DRAWING, W_PICT, W_OBJECT, MC_AC}
_FALSE = {"0", "false", "off", "none"}
#: Largest grid width accepted; wider rows are clamped (Word itself allows 63 columns).
MAX_COLS = 256
MAX_SPAN = 64
_HEADING_NAME = re.compile(r"^(heading\s*\d*|title|subtitle|judul\s*\d*|sub\s*judul)$", re.I)
_HEADING_ID = re.compile(r"^(heading\d*|title|subtitle|judul\d*|berschrift\d*|titre\d*|kop\d*)$", re.I)
#: Symbol-font check marks written as w:sym or as Wingdings/Symbol text (private-use or Latin-1).
_SYM_FONT_CHARS = {
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0x6C: "●", 0xA8: "□", 0x6E: "■"},
    "wingdings 2": {0x50: "✓", 0x4F: "✗", 0x52: "☑", 0x98: "●"},
    "symbol": {0xD6: "√", 0xB7: "•"},
}


def _err_open(path: Path, what_id: str, what_en: str) -> UnreadableFile:
    name = path.name
    return UnreadableFile(
        f"{name}: {what_id}. Buka berkas di Microsoft Word atau LibreOffice lalu simpan ulang sebagai .docx.",
        f"{name}: {what_en}. Open the file in Microsoft Word or LibreOffice and save it again as .docx.")


def read_docx(path: Path, limits: Limits = DEFAULT_LIMITS) -> Blocks:
    """Read the DOCX at ``path`` into blocks (paragraphs and tables in body order).

    Tables carry ``row_pages`` of ``None`` (DOCX has no fixed pages); ``Blocks.pages`` is None.

    :raises UnreadableFile: not a zip, a damaged part, no main document part, malformed XML.
    :raises ResourceLimit: a part beyond ``limits.max_unzipped_bytes`` bytes or
        :func:`max_xml_tags` tags, or more table rows than ``limits.max_table_rows``.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            main = _main_part(zf)
            if main is None:
                raise _err_open(path, "tidak memuat bagian dokumen utama (word/document.xml); ini bukan dokumen "
                                      "Word yang utuh",
                                "has no main document part (word/document.xml); it is not a complete Word document")
            doc_xml = _read_part(zf, main, path, limits)
            styles_name = str(PurePosixPath(main).parent / "styles.xml")
            styles_xml = _read_part(zf, styles_name, path, limits) if styles_name in zf.NameToInfo else None
            comments_name = str(PurePosixPath(main).parent / "comments.xml")
            comments_xml = (_read_part(zf, comments_name, path, limits)
                            if comments_name in zf.NameToInfo and b"commentReference" in doc_xml else None)
            settings_name = str(PurePosixPath(main).parent / "settings.xml")
            settings_xml = _read_part(zf, settings_name, path, limits) if settings_name in zf.NameToInfo else b""
    except ReadError:
        raise
    except zipfile.BadZipFile as exc:
        raise _err_open(path, f"arsip ZIP rusak ({exc})", f"damaged ZIP archive ({exc})") from exc
    except (zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise _err_open(path, f"bagian ZIP tidak dapat dibaca ({exc})", f"a ZIP member cannot be read ({exc})") from exc
    except OSError as exc:
        raise _err_open(path, f"berkas tidak dapat dibaca ({exc})", f"the file cannot be read ({exc})") from exc

    root = parse_xml(doc_xml, f"{path.name}: {main}")
    styles = _Styles(_parse_styles(styles_xml, root, f"{path.name}: {styles_name}") if styles_xml else None)
    if root.tag != _w("document"):
        raise UnsupportedFormat(
            f"{path.name}: bagian utama {main} bukan dokumen Word (WordprocessingML); "
            "simpan SOP sebagai dokumen Word .docx atau PDF.",
            f"{path.name}: the main part {main} is not a Word document (WordprocessingML); "
            "save the SOP as a Word .docx document or a PDF.")
    body = root.find(W_BODY)
    if body is None:
        raise _err_open(path, f"{main} tidak memuat w:body", f"{main} has no w:body")
    symfont = _symbol_font_runs(root) if (b"Wingdings" in doc_xml or b'"Symbol"' in doc_xml) else {}
    shapetypes = shapetype_map(root) if b"<v:shapetype" in doc_xml else {}
    reader = _BodyReader(styles, limits, path.name, shapetypes, symfont)
    if comments_xml:
        reader.comments = _comment_texts(parse_xml(comments_xml, f"{path.name}: {comments_name}"))
    reader.legacy_tables = _compat_mode(settings_xml) < 15
    items = reader.read(body)
    return Blocks(source=str(path), format="docx", items=items, pages=None)


_XP_NS = {"w": W_NS, "mc": MC_NS}
#: Elements that make a cell need the structural walk (shapes, alternatives, deletions).
_COMPLEX_TAGS = (W_DRAWING, W_PICT, W_OBJECT, MC_AC, _w("del"), _w("moveFrom"), _w("txbxContent"), W_VANISH,
                 W_SPECVANISH, W_COLOR)
#: What a plain cell's text comes from (paragraph starts, nested rows, run content).
_SIMPLE_TAGS = (W_P, W_TR, W_T, W_TAB, W_PTAB, W_BR, W_CR, W_NBH, W_SYM)
_COMPLEX_SET = frozenset(_COMPLEX_TAGS)
_TEXT_OR_COMPLEX_TAGS = _SIMPLE_TAGS + _COMPLEX_TAGS
#: Runs in a symbol font (check marks written as Wingdings/Symbol characters).
_SYMFONT_XP = etree.XPath(
    "//w:r[w:rPr/w:rFonts[starts-with(@w:ascii, 'Wingdings') or @w:ascii = 'Symbol'"
    " or starts-with(@w:hAnsi, 'Wingdings') or @w:hAnsi = 'Symbol']]", namespaces=_XP_NS)


def _symbol_font_text(text: str, font: str) -> str:
    """Text written in a symbol font (``font`` lower-case), check marks mapped to Unicode."""
    table = _SYM_FONT_CHARS.get(font)
    if not table:
        return text
    return "".join(table.get(ord(c) & 0xFF if ord(c) >= 0xF000 else ord(c), c) for c in text)


_STYLE_ID = re.compile(rb'\bw:styleId="([^"]*)"')
_BASED_ON = re.compile(rb'<w:basedOn\s+w:val="([^"]*)"')
_STYLES_ROOT = re.compile(rb'<w:styles\b[^>]*>')
_DOC_DEFAULTS = re.compile(rb'<w:docDefaults\b.*?</w:docDefaults>', re.S)


def _parse_styles(data: bytes, document: etree._Element, what: str) -> etree._Element:
    """Parse ``styles.xml`` keeping only what the document needs: the styles it names
    (``w:pStyle``/``w:rStyle``), the default paragraph style, their ``w:basedOn`` chains and
    ``w:docDefaults``.

    Word templates carry hundreds of style definitions (300+ KB); building a tree of all of them
    would cost more than reading the document itself. Style elements never nest, so they are
    cut out of the bytes and the reduced part is parsed with :func:`parse_xml`. Anything
    unusual (a DTD, another namespace prefix) falls back to parsing the whole part.
    """
    root_tag = _STYLES_ROOT.search(data, 0, 8192)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data or root_tag is None:
        return parse_xml(data, what)

    def block(start: int) -> Optional[bytes]:
        """The ``<w:style ...>...</w:style>`` element holding byte offset ``start``."""
        begin = data.rfind(b"<w:style ", 0, start)
        if begin < 0:
            return None
        head_end = data.find(b">", start)
        if head_end < 0:
            return None
        if data[head_end - 1:head_end] == b"/":
            return data[begin:head_end + 1]
        end = data.find(b"</w:style>", head_end)
        return data[begin:end + len(b"</w:style>")] if end >= 0 else None

    wanted: set[bytes] = set()
    pos = data.find(b'w:default="1"', root_tag.end())
    while pos >= 0:  # default styles: few, each marked in its start tag
        b = block(pos)
        if b and b'w:type="paragraph"' in b[:300]:
            m = _STYLE_ID.search(b, 0, 400)
            if m:
                wanted.add(m.group(1))
        pos = data.find(b'w:default="1"', pos + 1)
    for el in document.iter(W_PSTYLE, W_RSTYLE):
        v = el.get(W_VAL)
        if v:
            wanted.add(v.encode("utf-8", "replace"))
    keep: list[bytes] = []
    seen: set[bytes] = set()
    for key in wanted:
        while key and key not in seen and len(seen) < 1000:
            seen.add(key)
            pos = data.find(b'w:styleId="' + key + b'"')
            found = block(pos) if pos >= 0 else None
            if not found:
                break
            keep.append(found)
            based = _BASED_ON.search(found)
            key = based.group(1) if based else None
    defaults = _DOC_DEFAULTS.search(data)
    reduced = b"".join([root_tag.group(0), defaults.group(0) if defaults else b"", *keep, b"</w:styles>"])
    return parse_xml(reduced, what)


def _symbol_font_runs(root: etree._Element) -> dict:
    """Runs written in a symbol font -> the font's lower-case name. The element proxies are
    kept alive in the dict, so lookups by ``getparent()`` find them."""
    out = {}
    for r in _SYMFONT_XP(root):
        rf = r.find(f"{W_RPR}/{W_RFONTS}")
        out[r] = (rf.get(_w("ascii")) or rf.get(_w("hAnsi")) or "").strip().lower()
    return out


_COMPAT = re.compile(rb'w:name="compatibilityMode"[^>]*?w:val="(\d+)"|w:val="(\d+)"[^>]*?w:name="compatibilityMode"')


def _compat_mode(settings: bytes) -> int:
    """Word's ``compatibilityMode`` in ``settings.xml`` (12 = Word 2007 when absent)."""
    m = _COMPAT.search(settings or b"")
    return int(m.group(1) or m.group(2)) if m else 12


def _main_part(zf: zipfile.ZipFile) -> Optional[str]:
    """The main document part's name: the ``officeDocument`` relationship target in
    ``_rels/.rels`` when present and existing, else ``word/document.xml`` if present."""
    names = zf.NameToInfo
    if "_rels/.rels" in names and names["_rels/.rels"].file_size < 1_000_000:
        try:
            rels = parse_xml(zf.read("_rels/.rels"), "_rels/.rels")
            for rel in rels:
                if _OFFICE_DOC_REL.search(rel.get("Type", "")):
                    target = rel.get("Target", "").lstrip("/")
                    if target in names:
                        return target
        except (ReadError, KeyError, zipfile.BadZipFile):
            pass
    return "word/document.xml" if "word/document.xml" in names else None


XML_TAGS_PER_PAGE = 3000
"""A DOCX has no pages; its length is bounded as ``limits.max_pages`` pages of at most this
many XML tags (``<``) each: 900,000 at the default of 300 pages. Word writes 1,500 to 2,500
tags per page of an SOP (the corpus); a part beyond the bound is refused before it is parsed,
which bounds the tree's memory and the reading time (a few seconds at the bound)."""


def max_xml_tags(limits: Limits) -> int:
    """The most XML tags (``<`` characters) one part read by the DOCX reader may hold."""
    return max(1, limits.max_pages) * XML_TAGS_PER_PAGE


def _read_part(zf: zipfile.ZipFile, name: str, path: Path, limits: Limits) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > limits.max_unzipped_bytes:
        raise ResourceLimit(
            f"{path.name}: bagian {name} berukuran {info.file_size} bita, melebihi batas {limits.max_unzipped_bytes}; "
            "periksa apakah berkas ini benar dokumen SOP atau naikkan batas max-unzipped-mb.",
            f"{path.name}: part {name} is {info.file_size} bytes, over the limit of {limits.max_unzipped_bytes}; "
            "check the file is really an SOP document or raise max-unzipped-mb.")
    if info.compress_size > 0 and info.file_size > 10_000_000 and \
            info.file_size / info.compress_size > limits.max_zip_ratio:
        raise ResourceLimit(
            f"{path.name}: bagian {name} dimampatkan {info.file_size / info.compress_size:.0f} kali "
            f"(batas {limits.max_zip_ratio:.0f}); berkas ini kemungkinan bom zip, tidak dibaca.",
            f"{path.name}: part {name} is compressed {info.file_size / info.compress_size:.0f} times "
            f"(limit {limits.max_zip_ratio:.0f}); the file is probably a zip bomb and was not read.")
    with zf.open(info) as fh:
        # never more than the part declares: a lying size then ends in a CRC error, not a big read
        data = fh.read(min(info.file_size, limits.max_unzipped_bytes) + 1)
    if len(data) > limits.max_unzipped_bytes:
        raise ResourceLimit(
            f"{path.name}: bagian {name} melebihi batas ukuran max-unzipped-mb ({limits.max_unzipped_bytes} bita); "
            "perkecil dokumen (mis. pisahkan menjadi beberapa berkas) atau naikkan batasnya.",
            f"{path.name}: part {name} is over the max-unzipped-mb size limit ({limits.max_unzipped_bytes} bytes); "
            "make the document smaller (e.g. split it into several files) or raise the limit.")
    tags, cap = data.count(b"<"), max_xml_tags(limits)
    if tags > cap:
        raise ResourceLimit(
            f"{path.name}: dokumen terlalu panjang untuk satu SOP: bagian {name} memuat {tags} tag XML, "
            f"melampaui batas {cap} (setara batas max-pages {limits.max_pages} halaman); pisahkan dokumen "
            "menjadi beberapa berkas (satu SOP per berkas) atau naikkan batas max-pages.",
            f"{path.name}: the document is too long for one SOP: part {name} holds {tags} XML tags, over "
            f"the limit of {cap} (the max-pages limit of {limits.max_pages} pages); split the document into "
            "several files (one SOP per file) or raise max-pages.")
    return data


def _on(el: Optional[etree._Element]) -> Optional[bool]:
    """A toggle property (``w:b``): None when absent, else its ``w:val`` truth."""
    if el is None:
        return None
    return (el.get(W_VAL) or "1").lower() not in _FALSE


def _twips(el: Optional[etree._Element], attr: str = W_WATTR, default: float = 0.0) -> float:
    if el is None:
        return default
    raw = el.get(attr)
    if raw is None:
        return default
    try:
        return float(raw)
    except ValueError:
        return default


class _Styles:
    """What the reader needs of ``styles.xml``: which paragraph styles are headings and which
    styles make text bold (``w:basedOn`` chains followed)."""

    def __init__(self, root: Optional[etree._Element]):
        self.heading: dict[str, bool] = {}
        self.bold: dict[str, Optional[bool]] = {}
        self.default_para: Optional[str] = None
        self.doc_bold = False
        self.size: Optional[float] = None  # the body text size (points): Normal style, else docDefaults
        if root is None:
            return
        raw: dict[str, tuple[Optional[str], str, Optional[bool], bool]] = {}
        for st in root.iter(_w("style")):
            sid = st.get(_w("styleId"))
            if not sid:
                continue
            name_el = st.find(_w("name"))
            name = (name_el.get(W_VAL) or "") if name_el is not None else ""
            based = st.find(_w("basedOn"))
            bold = _on(st.find(f"{W_RPR}/{W_B}"))
            outline = st.find(f"{W_PPR}/{W_OUTLINE}")
            is_heading = bool(_HEADING_NAME.match(name.strip()) or _HEADING_ID.match(sid))
            if outline is not None and (outline.get(W_VAL) or "9").isdigit() and int(outline.get(W_VAL) or "9") < 9:
                is_heading = True
            raw[sid] = (based.get(W_VAL) if based is not None else None, name, bold, is_heading)
            if st.get(W_TYPE) == "paragraph" and (st.get(_w("default")) or "").lower() in ("1", "true", "on"):
                self.default_para = sid
        dd = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{W_RPR}/{W_B}")
        self.doc_bold = bool(_on(dd))
        sizes = [root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{W_RPR}/{W_SZ}")]
        sizes += [st.find(f"{W_RPR}/{W_SZ}") for st in root.iter(_w("style"))
                  if st.get(_w("styleId")) == self.default_para]
        for sz in sizes:
            if sz is not None and _twips(sz, W_VAL, 0) > 0:
                self.size = _twips(sz, W_VAL, 0) / 2
        for sid in raw:
            chain, cur, seen = [], sid, set()
            while cur and cur in raw and cur not in seen and len(chain) < 20:
                seen.add(cur)
                chain.append(raw[cur])
                cur = raw[cur][0]
            self.heading[sid] = any(c[3] for c in chain)
            self.bold[sid] = next((c[2] for c in chain if c[2] is not None), None)

    def style_bold(self, sid: Optional[str]) -> bool:
        if sid and self.bold.get(sid) is not None:
            return bool(self.bold[sid])
        return self.doc_bold


@dataclass
class _CellB:
    """A grid cell under construction."""

    row: int
    col: int
    col_span: int
    row_span: int = 1
    lines: list[str] = field(default_factory=list)
    symbols: list[Symbol] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


@dataclass
class _Float:
    """A floating drawing anchored in table row ``row`` inside the tc spanning grid columns
    ``col`` .. ``col + span - 1`` (whose left/right cell margin is ``margin``, EMU)."""

    drawing: Drawing
    row: int
    col: int
    span: int
    cell: _CellB
    margin: float = 108 * 635  # the tc's left/right cell margin (EMU)
    inline: list[Symbol] = field(default_factory=list)
    """For an inline drawing (no anchor): the symbols already put in ``cell``, whose boxes the
    table geometry gives later."""


class _BodyReader:
    def __init__(self, styles: _Styles, limits: Limits, name: str, shapetypes: dict[str, int],
                 symfont_runs: dict):
        self.symfont_runs = symfont_runs
        self.styles = styles
        self.limits = limits
        self.name = name
        self.shapetypes = shapetypes
        self.rows_seen = 0
        self.table_index = 0
        self.comments: dict[str, str] = {}  # Word comment id -> its text (word/comments.xml)
        self.dark_cell = False  # the cell being read is shaded dark (white text shows there)
        self.legacy_tables = False
        """Word 2010 (and older) table layout: a table's left border sits one cell margin left
        of its ``w:tblInd``, so the first cell's text lines up with it (``compatibilityMode`` <
        15); Word 2013 puts the border at ``w:tblInd``."""

    # ------------------------------------------------------------------ body

    def read(self, body: etree._Element) -> list:
        blocks: list[etree._Element] = []
        self._flatten(body, blocks)
        # The section of a block is the next sectPr at or after it (paragraph-level sectPr
        # ends a section; the body's last sectPr covers the rest).
        final = body.find(W_SECTPR)
        pages: list[geo.PageGeom] = [None] * len(blocks)  # type: ignore[list-item]
        pending: list[int] = []
        for i, el in enumerate(blocks):
            pending.append(i)
            if el.tag == W_P:
                sp = el.find(f"{W_PPR}/{W_SECTPR}")
                if sp is not None:
                    g = _page_geom(sp)
                    for j in pending:
                        pages[j] = g
                    pending = []
        g = _page_geom(final)
        for j in pending:
            pages[j] = g

        items: list = []
        for el, page in zip(blocks, pages):
            if el.tag == W_P:
                text, bold, heading = self._paragraph(el, None)
                if text.strip():
                    items.append(Paragraph(text=text, heading=heading, bold=bold))
            else:
                self.table_index += 1
                items.append(self._table(el, page))
        return items

    def _flatten(self, parent: etree._Element, out: list, depth: int = 0) -> None:
        """Body-level ``w:p``/``w:tbl`` in order, looking through content controls, custom
        XML, insertions and AlternateContent (Choice only)."""
        if depth > 64:
            return
        for ch in parent:
            tag = ch.tag
            if tag in (W_P, W_TBL):
                out.append(ch)
            elif tag in _TRANSPARENT:
                self._flatten(ch, out, depth + 1)
            elif tag == W_SDT:
                c = ch.find(W_SDTCONTENT)
                if c is not None:
                    self._flatten(c, out, depth + 1)
            elif tag == MC_AC:
                c = ch.find(MC_CHOICE)
                if c is not None:
                    self._flatten(c, out, depth + 1)

    # ------------------------------------------------------------------ paragraphs

    def _paragraph(self, p: etree._Element, drawings: Optional[list]) -> tuple[str, bool, bool]:
        """``(text, all_bold, heading)`` of a ``w:p``; its drawings are appended to
        ``drawings`` (when given)."""
        ppr = p.find(W_PPR)
        pstyle = None
        heading = False
        if ppr is not None:
            ps = ppr.find(W_PSTYLE)
            pstyle = ps.get(W_VAL) if ps is not None else None
            ol = ppr.find(W_OUTLINE)
            if ol is not None and (ol.get(W_VAL) or "9").isdigit() and int(ol.get(W_VAL) or "9") < 9:
                heading = True
        pstyle = pstyle or self.styles.default_para
        if pstyle and (self.styles.heading.get(pstyle)
                       or (pstyle not in self.styles.heading and _HEADING_ID.match(pstyle))):
            heading = True
        state = [0, 0]  # text runs, bold text runs
        parts: list[str] = []
        self._inline(p, parts, drawings, self.styles.style_bold(pstyle), state, 0)
        text = "".join(parts)
        bold = state[0] > 0 and state[0] == state[1]
        return text, bold, heading or (bold and bool(text.strip()))

    def _inline(self, parent, parts, drawings, pbold, state, depth) -> None:
        if depth > 64:
            return
        for ch in parent:
            tag = ch.tag
            if tag == W_R:
                self._run(ch, parts, drawings, pbold, state)
            elif tag in _TRANSPARENT:
                self._inline(ch, parts, drawings, pbold, state, depth + 1)
            elif tag == W_SDT:
                c = ch.find(W_SDTCONTENT)
                if c is not None:
                    self._inline(c, parts, drawings, pbold, state, depth + 1)
            elif tag == MC_AC:
                if drawings is not None:
                    d, ok = drawings_in(ch, self.shapetypes)
                    drawings.extend(d)
                c = ch.find(MC_CHOICE)
                if c is not None:
                    self._inline(c, parts, None, pbold, state, depth + 1)

    def _run(self, r, parts, drawings, pbold, state) -> None:
        rpr = r.find(W_RPR)
        bold = pbold
        font = None
        if rpr is not None and (_on(rpr.find(W_VANISH)) or _on(rpr.find(W_SPECVANISH))):
            return  # hidden text: Word neither shows nor prints it
        if rpr is not None and not self.dark_cell:
            color = rpr.find(W_COLOR)
            if color is not None and _white(color.get(W_VAL)):
                return  # white on a light page: the page does not show it
        if rpr is not None:
            b = _on(rpr.find(W_B))
            if b is None:
                rs = rpr.find(W_RSTYLE)
                if rs is not None and self.styles.bold.get(rs.get(W_VAL) or "") is not None:
                    b = self.styles.bold[rs.get(W_VAL)]
            if b is not None:
                bold = b
            rf = rpr.find(W_RFONTS)
            if rf is not None:
                font = (rf.get(_w("ascii")) or rf.get(_w("hAnsi")) or "").strip().lower() or None
        start = len(parts)
        for ch in r:
            tag = ch.tag
            if tag == W_T:
                t = ch.text or ""
                if font in _SYM_FONT_CHARS:
                    t = _symbol_font_text(t, font)
                parts.append(t)
            elif tag in _RUN_CHAR_TAGS:
                parts.append(_run_char(ch))
            elif tag in _SHAPE_TAGS:
                if drawings is not None:
                    d, _ = drawings_in(ch, self.shapetypes)
                    drawings.extend(d)
        if any(s.strip() for s in parts[start:]):
            state[0] += 1
            if bold:
                state[1] += 1

    # ------------------------------------------------------------------ tables

    def _count_row(self) -> None:
        self.rows_seen += 1
        if self.rows_seen > self.limits.max_table_rows:
            raise ResourceLimit(
                f"{self.name}: tabel dokumen berisi lebih dari {self.limits.max_table_rows} baris "
                f"(batas max-table-rows); pisahkan dokumen menjadi beberapa berkas (satu SOP per berkas, "
                "lampiran data di berkas sendiri) atau naikkan batas max-table-rows.",
                f"{self.name}: the document's tables hold more than {self.limits.max_table_rows} rows "
                "(the max-table-rows limit); split the document into several files (one SOP per file, "
                "data annexes on their own) or raise max-table-rows.")

    def _table(self, tbl: etree._Element, page: Optional[geo.PageGeom]) -> Table:
        page = page or geo.PageGeom()
        grid_w = [_twips(gc) for gc in tbl.iterfind(f"{W_TBLGRID}/{W_GRIDCOL}")][:MAX_COLS]
        cells: list[_CellB] = []
        floats: list[_Float] = []
        heights: list[Optional[float]] = []
        widest = 0
        # bottom cell of each open vertical merge, by starting grid column
        above: dict[int, _CellB] = {}
        tbl_mar = _cell_margin(tbl.find(f"{W_TBLPR}/{_w('tblCellMar')}"), DEFAULT_CELL_MARGIN)
        row_i = 0
        for tr in _rows(tbl):
            self._count_row()
            trpr = tr.find(W_TRPR)
            before = after = 0
            h: Optional[float] = None
            if trpr is not None:
                if trpr.find(W_DEL) is not None:
                    continue  # tracked deletion of the whole row
                before = _clamp_int(_twips(trpr.find(W_GRIDBEFORE), W_VAL), 0, MAX_SPAN)
                after = _clamp_int(_twips(trpr.find(W_GRIDAFTER), W_VAL), 0, MAX_SPAN)
                th = trpr.find(W_TRHEIGHT)
                if th is not None and (th.get(_w("hRule")) or "atLeast") in ("exact", "atLeast"):
                    hv = _twips(th, W_VAL)
                    h = hv * geo.EMU_PER_TWIP if hv > 0 else None
            heights.append(h)
            col = before
            row_cells: dict[int, _CellB] = {}
            last: Optional[_CellB] = None
            for tc in _cells(tr):
                tcpr = _cell_props(tc)
                span, vmerge, hmerge = 1, None, None
                if tcpr is not None:
                    props = _children_by_tag(tcpr)
                    span = _clamp_int(_twips(props.get(W_GRIDSPAN), W_VAL, 1), 1, MAX_SPAN)
                    vm = props.get(W_VMERGE)
                    if vm is not None:
                        vmerge = vm.get(W_VAL) or "continue"
                    hm = props.get(W_HMERGE)
                    if hm is not None:
                        hmerge = hm.get(W_VAL) or "continue"
                if col >= MAX_COLS:
                    target = last  # clamp: content beyond the widest allowed grid joins the last cell
                    if target is None:
                        continue
                elif hmerge == "continue" and last is not None:
                    last.col_span = min(last.col_span + span, MAX_COLS - last.col)
                    target = last
                elif vmerge == "continue" and col in above and above[col].row + above[col].row_span == row_i:
                    target = above[col]
                    target.row_span += 1
                else:
                    target = _CellB(row_i, col, min(span, MAX_COLS - col))
                    cells.append(target)
                if col < MAX_COLS:
                    row_cells[col] = target
                n_floats = len(floats)
                self._cell_content(tc, target, floats, row_i, col, span)
                if self.comments:
                    target.comments.extend(self._comments_in(tc))
                if len(floats) > n_floats:
                    mar = _cell_margin(tcpr.find(_w("tcMar")) if tcpr is not None else None, tbl_mar)
                    for f in floats[n_floats:]:
                        f.margin = mar
                last = target
                col += span
            widest = max(widest, min(col + after, MAX_COLS))
            # A vertical merge stays open only where this row continued or restarted it.
            above = {c: cell for c, cell in row_cells.items()}
            row_i += 1
        n_rows = row_i
        n_cols = max(len(grid_w), widest, 1 if cells else 0)
        n_cols = min(n_cols, MAX_COLS)
        for c in cells:
            c.col_span = max(1, min(c.col_span, n_cols - c.col))
        out = Table(index=self.table_index, n_rows=n_rows, n_cols=n_cols, row_pages=[None] * n_rows)
        if floats:
            geom = self._geom(tbl, page, grid_w, n_cols, heights, cells)
            tops = _row_tops(heights, geom, cells, n_rows)
            self._place([f for f in floats if f.drawing.anchor is not None], cells, n_rows, n_cols, geom, page, tops)
            out.xs = [x - geom.left for x in geom.col_x]
            out.ys = tops
            out.strokes = _strokes(floats, geom, page, tops)
        for c in cells:
            out.cells.append(Cell(row=c.row, col=c.col, row_span=c.row_span, col_span=c.col_span,
                                  text="\n".join(c.lines).strip(), symbols=c.symbols, comments=c.comments))
        return out

    def _comments_in(self, tc: etree._Element) -> list[str]:
        """The texts of the Word comments anchored in ``tc`` (a comment range starting there, or
        a comment's reference mark), each once, in document order."""
        seen: list[str] = []
        for node in tc.iter(W_COMMENT_START, W_COMMENT_REF):
            cid = node.get(W_ID)
            if cid is not None and cid in self.comments and cid not in seen:
                seen.append(cid)
        return [self.comments[cid] for cid in seen]

    def _cell_content(self, tc, cell: _CellB, floats: list, row: int, col: int, span: int) -> None:
        """Append the text lines and symbols of a ``w:tc`` (and of tables nested in it).

        Most cells hold plain text: when a cell has no drawing, text box, AlternateContent or
        tracked deletion, one C-level ``iter`` over the text-bearing elements reads it; at the
        first such element that walk stops and the structural walk (:meth:`_cell_walk`) reads
        the cell instead."""
        lines: list[str] = []
        buf: list[str] = []
        started = False
        nested_rows = 0
        symfont = self.symfont_runs
        self.dark_cell = _dark_shading(tc)
        for node in tc.iter(*_TEXT_OR_COMPLEX_TAGS):
            tag = node.tag
            if tag == W_P:
                if started:
                    lines.append("".join(buf))
                    buf = []
                started = True
            elif tag == W_T:
                t = node.text or ""
                if symfont and node.getparent() in symfont:
                    t = _symbol_font_text(t, symfont[node.getparent()])
                buf.append(t)
            elif tag == W_COLOR and not _white(node.get(W_VAL)):
                continue  # coloured text shows: only white text needs the structural walk
            elif tag in _COMPLEX_SET:
                self._cell_walk(tc, cell, floats, row, col, span, 0)
                self.dark_cell = False
                return
            elif tag == W_TR:
                nested_rows += 1
            elif node.getparent().tag != W_R:
                continue  # w:tab in w:pPr/w:tabs is a tab stop, not text
            elif tag in _RUN_CHAR_TAGS:
                buf.append(_run_char(node))
        for _ in range(nested_rows):
            self._count_row()
        if started:
            lines.append("".join(buf))
        cell.lines.extend(lines)
        self.dark_cell = False

    def _cell_walk(self, parent, cell: _CellB, floats: list, row: int, col: int, span: int, depth: int) -> None:
        """The structural walk of a cell's content: paragraphs (runs, drawings) and nested tables."""
        if depth > 32:
            return
        for ch in parent:
            tag = ch.tag
            if tag == W_P:
                drawings: list[Drawing] = []
                text, _, _ = self._paragraph(ch, drawings)
                cell.lines.append(text)
                for d in drawings:
                    if d.anchor is None:
                        placed = [Symbol(h.kind, h.encoding, h.text) for h in d.hits]
                        cell.symbols.extend(placed)
                        if placed or d.lines or d.labels:
                            floats.append(_Float(d, row, col, span, cell, inline=placed))
                    elif d.hits or d.lines or d.labels:
                        floats.append(_Float(d, row, col, span, cell))
            elif tag == W_TBL:
                for tr in _rows(ch):
                    self._count_row()
                    for tc in _cells(tr):
                        self._cell_walk(tc, cell, floats, row, col, span, depth + 1)
            elif tag in _TRANSPARENT:
                self._cell_walk(ch, cell, floats, row, col, span, depth + 1)
            elif tag == W_SDT:
                c = ch.find(W_SDTCONTENT)
                if c is not None:
                    self._cell_walk(c, cell, floats, row, col, span, depth + 1)
            elif tag == MC_AC:
                c = ch.find(MC_CHOICE)
                if c is not None:
                    self._cell_walk(c, cell, floats, row, col, span, depth + 1)

    def _geom(self, tbl, page: geo.PageGeom, grid_w: list[float], n_cols: int,
              heights: list[Optional[float]], cells: list[_CellB]) -> geo.TableGeom:
        """Column boundaries (EMU from the page edge) and row heights (EMU) of a table."""
        widths = list(grid_w[:n_cols])
        if len(widths) < n_cols:
            known = [w for w in widths if w > 0]
            fill = sum(known) / len(known) if known else 1440.0
            widths += [fill] * (n_cols - len(widths))
        tblpr = tbl.find(W_TBLPR)
        indent, jc = 0.0, None
        if tblpr is not None:
            ind = tblpr.find(W_TBLIND)
            if ind is not None and (ind.get(W_TYPE) or "dxa") == "dxa":
                indent = _twips(ind) * geo.EMU_PER_TWIP
            j = tblpr.find(W_JC)
            jc = j.get(W_VAL) if j is not None else None
        total = sum(widths) * geo.EMU_PER_TWIP
        if self.legacy_tables and jc not in ("center", "right", "end"):
            indent -= _cell_margin(tblpr.find(_w("tblCellMar")) if tblpr is not None else None, DEFAULT_CELL_MARGIN)
        left = geo.table_left(page, indent, total, jc)
        xs = geo.column_bounds(left, widths)
        # atLeast rows grow with their content: estimate lines from text and cell width, for
        # the table's own text size (the median w:sz of its runs, else the body text size)
        sizes = sorted(_twips(sz, W_VAL, 0) / 2 for sz in tbl.iter(W_SZ)
                       if sz.getparent().tag == W_RPR and sz.getparent().getparent().tag == W_R)
        size = sizes[len(sizes) // 2] if sizes else self.styles.size
        scale = size / geo.BASE_POINTS if size else 1.0
        char_emu, line_emu = geo.CHAR_EMU * scale, geo.LINE_EMU * scale
        est: list[Optional[float]] = list(heights)
        for c in cells:
            if c.row_span != 1 or est[c.row] is None:
                continue
            width = max(xs[c.col + c.col_span] - xs[c.col], char_emu * 4)
            per_line = max(1, int(width // char_emu))
            lines = sum(max(1, -(-len(s) // per_line)) for s in "\n".join(c.lines).split("\n"))
            est[c.row] = max(est[c.row] or 0.0, lines * line_emu)
        return geo.TableGeom(col_x=xs, row_h=est)

    def _place(self, floats: list[_Float], cells: list[_CellB], n_rows: int, n_cols: int,
               geom: geo.TableGeom, page: geo.PageGeom, tops: list[float]) -> None:
        """Put each floating drawing's symbols into the grid cell holding their centre, each
        with its box in the table's coordinates (``tops``: the rows' top edges, EMU)."""
        cover: list[list[Optional[_CellB]]] = [[None] * n_cols for _ in range(n_rows)]
        for c in cells:
            for r in range(c.row, min(c.row + c.row_span, n_rows)):
                for k in range(c.col, min(c.col + c.col_span, n_cols)):
                    cover[r][k] = c
        for f in floats:
            a = f.drawing.anchor
            assert a is not None
            c0 = min(f.col, n_cols - 1)
            c1 = min(f.col + f.span, n_cols)
            # the anchor cell's text area: cell edges inside the cell margins
            cell_l = geom.col_x[c0] + f.margin
            cell_r = max(cell_l, geom.col_x[c1] - f.margin)
            for h in f.drawing.hits:
                x = geo.centre_x(a, h.fx, page, cell_l, cell_r)
                col = geo.column_at(geom, x)
                row = f.row
                y = geo.centre_y(a, h.fy)
                if y is not None:
                    row = geo.row_shift(geom, row, y)
                target = cover[row][col] if 0 <= row < n_rows else None
                box = _box(x - geom.left, _y(a, h.fy, tops, f.row), h.fw * a.width, h.fh * a.height)
                sym = Symbol(h.kind, h.encoding, h.text, col=col if target else None, box=box)
                (target or f.cell).symbols.append(sym)
                f.inline.append(sym)  # placed: kept for the glue of connectors


def _box(cx: float, cy: float, w: float, h: float) -> tuple[float, float, float, float]:
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def _y(a, fy: float, tops: list[float], row: int) -> float:
    """y (EMU from the table's top) of the point at fraction ``fy`` of a floating object's
    height, anchored in ``row``: from the anchor paragraph (taken as the row's top) when the
    object is positioned against it, else from the row's top."""
    top = tops[min(max(row, 0), len(tops) - 1)]
    y = geo.centre_y(a, fy)
    return top + (y if y is not None else fy * a.height)


def _row_tops(tr_heights: list[Optional[float]], geom: geo.TableGeom, cells: list[_CellB],
              n_rows: int) -> list[float]:
    """The ``n_rows + 1`` row edges (EMU from the table's top): each row as tall as its
    ``w:trHeight`` (``tr_heights``, EMU) or its text needs
    (:func:`sopcheck.readers.docx_geometry.estimate_height`), whichever is more. Word lays rows
    out itself; this is an estimate."""
    heights = [h if h is not None else 0.0 for h in tr_heights] + [0.0] * max(0, n_rows - len(tr_heights))
    for c in cells:
        if c.row_span == 1 and c.row < n_rows:
            width = geom.col_x[min(c.col + c.col_span, len(geom.col_x) - 1)] - geom.col_x[c.col]
            heights[c.row] = max(heights[c.row], geo.estimate_height("\n".join(c.lines), width))
    tops = [0.0]
    for h in heights[:n_rows]:
        tops.append(tops[-1] + max(h, geo.LINE_EMU))
    return tops


def _strokes(floats: list[_Float], geom: geo.TableGeom, page: geo.PageGeom, tops: list[float]) -> list[Stroke]:
    """The lines of the table's drawings as strokes in its coordinates (EMU from its top-left
    corner), glued to the symbols their ids name, labelled by the nearest label text."""
    by_id: dict[str, Symbol] = {}
    strokes: list[Stroke] = []
    labels: list[tuple[str, float, float]] = []
    for f in floats:
        d = f.drawing
        x0, y0, w, h = _drawing_box(f, geom, page, tops)
        for hit, sym in zip(d.hits, f.inline):
            if hit.sid:
                by_id[hit.sid] = sym
            if f.drawing.anchor is None:  # inline: the box the drawing sits in
                sym.box = _box(x0 + hit.fx * w, y0 + hit.fy * h, hit.fw * w, hit.fh * h)
        for line in d.lines:
            pts = [(x0 + u * w, y0 + v * h) for u, v in line.pts]
            strokes.append(Stroke(points=pts, head_start=line.head_start, head_end=line.head_end,
                                  glued=line.glue))  # type: ignore[arg-type]  # ids until resolved below
        labels += [(lab.text, x0 + lab.fx * w, y0 + lab.fy * h) for lab in d.labels]
    for st in strokes:
        a, b = st.glued
        st.glued = (by_id.get(a) if a else None, by_id.get(b) if b else None)  # type: ignore[arg-type]
    for text, x, y in labels:
        best = min(strokes, key=lambda st: _polyline_dist((x, y), st.points), default=None)
        if best is not None and _polyline_dist((x, y), best.points) <= LABEL_EMU and not best.label:
            best.label = text
    return strokes


LABEL_EMU = 24 * 12700
"""A label's centre lies this close (EMU) to the line it names."""


def _polyline_dist(p: tuple[float, float], pts: list[tuple[float, float]]) -> float:
    best = float("inf")
    for (ax, ay), (bx, by) in zip(pts, pts[1:]):
        vx, vy = bx - ax, by - ay
        n = vx * vx + vy * vy
        t = 0.0 if n == 0 else max(0.0, min(1.0, ((p[0] - ax) * vx + (p[1] - ay) * vy) / n))
        best = min(best, ((p[0] - ax - t * vx) ** 2 + (p[1] - ay - t * vy) ** 2) ** 0.5)
    return best


def _drawing_box(f: _Float, geom: geo.TableGeom, page: geo.PageGeom,
                 tops: list[float]) -> tuple[float, float, float, float]:
    """``(left, top, width, height)`` of a drawing object in the table's coordinates: a
    floating one where its anchor puts it; an inline one centred in its cell at the row's top."""
    d = f.drawing
    a = d.anchor
    n_cols = len(geom.col_x) - 1
    c0, c1 = min(f.col, n_cols - 1), min(f.col + f.span, n_cols)
    if a is None:
        w, h = d.width, d.height
        cx = (geom.col_x[c0] + geom.col_x[c1]) / 2 - geom.left
        return cx - w / 2, tops[min(f.row, len(tops) - 1)], w, h
    cell_l = geom.col_x[c0] + f.margin
    cell_r = max(cell_l, geom.col_x[c1] - f.margin)
    left = geo.object_left(a, geo.frame_h(a, page, cell_l, cell_r)) - geom.left
    return left, _y(a, 0.0, tops, f.row), a.width, a.height


DEFAULT_CELL_MARGIN = 108 * geo.EMU_PER_TWIP  # Word's default left/right cell margin


def _comment_texts(root: etree._Element) -> dict[str, str]:
    """``word/comments.xml`` as comment id -> text (its paragraphs joined by newlines)."""
    out: dict[str, str] = {}
    for comment in root.iter(W_COMMENT):
        cid = comment.get(W_ID)
        if cid is None:
            continue
        paragraphs = ["".join(t.text or "" for t in p.iter(W_T)) for p in comment.iter(W_P)]
        out[cid] = "\n".join(paragraphs).strip()
    return out


def _cell_margin(mar: Optional[etree._Element], default: float) -> float:
    """Left cell margin (EMU) from a ``w:tblCellMar``/``w:tcMar`` (``w:left`` or ``w:start``,
    twips), else ``default``."""
    if mar is None:
        return default
    side = mar.find(_w("left"))
    if side is None:
        side = mar.find(_w("start"))
    if side is None or (side.get(W_TYPE) or "dxa") != "dxa":
        return default
    return _twips(side, W_WATTR, default / geo.EMU_PER_TWIP) * geo.EMU_PER_TWIP


def _clamp_int(v: float, lo: int, hi: int) -> int:
    try:
        return max(lo, min(hi, int(v)))
    except (ValueError, OverflowError):
        return lo


def _cell_props(tc: etree._Element) -> Optional[etree._Element]:
    """The ``w:tcPr`` of a cell: its first child by the schema, else the first found."""
    if len(tc) and tc[0].tag == W_TCPR:
        return tc[0]
    return tc.find(W_TCPR)


def _children_by_tag(props: etree._Element) -> dict:
    """A properties element's children by tag, the first of each (as ``find`` returns it)."""
    out: dict = {}
    for ch in props:
        out.setdefault(ch.tag, ch)
    return out


def _sdt_content(el: etree._Element) -> etree._Element:
    """The content of a structured document tag (``w:sdt``), else ``el`` itself."""
    if el.tag != W_SDT:
        return el
    content = el.find(W_SDTCONTENT)
    return content if content is not None else el


def _children(el: etree._Element, tag: str):
    """The ``tag`` children of ``el`` (``w:tr`` of a table, ``w:tc`` of a row), through
    content controls and custom XML."""
    for ch in el:
        if ch.tag == tag:
            yield ch
        elif ch.tag in _TRANSPARENT or ch.tag == W_SDT:
            yield from _children(_sdt_content(ch), tag)


def _rows(tbl: etree._Element):
    """The ``w:tr`` of a table."""
    return _children(tbl, W_TR)


def _cells(tr: etree._Element):
    """The ``w:tc`` of a row."""
    return _children(tr, W_TC)


def _page_geom(sectpr: Optional[etree._Element]) -> geo.PageGeom:
    """Page width and left/right margins (EMU) of a ``w:sectPr`` (defaults: A4, 1 inch)."""
    g = geo.PageGeom()
    if sectpr is None:
        return g
    sz, mar = sectpr.find(W_PGSZ), sectpr.find(W_PGMAR)
    if sz is not None:
        g.width = _twips(sz, W_WATTR, geo.DEFAULT_PAGE_WIDTH_TWIPS) * geo.EMU_PER_TWIP
    if mar is not None:
        g.left = _twips(mar, _w("left"), _twips(mar, _w("start"), geo.DEFAULT_MARGIN_TWIPS)) * geo.EMU_PER_TWIP
        g.right = _twips(mar, _w("right"), _twips(mar, _w("end"), geo.DEFAULT_MARGIN_TWIPS)) * geo.EMU_PER_TWIP
    return g


_RUN_CHAR_TAGS = frozenset((W_TAB, W_PTAB, W_BR, W_CR, W_NBH, W_SYM))


def _run_char(node: etree._Element) -> str:
    """The text a run's non-text element stands for: a tab as a space, a line break as
    ``"\n"``, a non-breaking hyphen as ``"-"``, a ``w:sym`` as its character."""
    tag = node.tag
    if tag in (W_TAB, W_PTAB):
        return " "
    if tag in (W_BR, W_CR):
        return "\n"
    if tag == W_NBH:
        return "-"
    return _sym_char(node)


def _sym_char(sym: etree._Element) -> str:
    """A ``w:sym`` (symbol-font character) as text: check marks and bullets mapped to
    Unicode (✓, √, ●), other characters as their code point."""
    font = (sym.get(_w("font")) or "").strip().lower()
    try:
        code = int(sym.get(_w("char")) or "0", 16)
    except ValueError:
        return ""
    low = code & 0xFF if code >= 0xF000 else code
    mapped = _SYM_FONT_CHARS.get(font, {}).get(low)
    if mapped:
        return mapped
    try:
        return chr(code) if code else ""
    except ValueError:
        return ""


# --- the reader's numbering, for writers that put something back on a cell ---------------------

def body_elements(body: etree._Element) -> list[etree._Element]:
    """The body-level ``w:p`` and ``w:tbl`` of ``body`` in the order the reader reads them
    (through content controls, custom XML, insertions, AlternateContent's Choice): the n-th
    ``w:tbl`` here is table n of :class:`~sopcheck.blocks.Blocks`."""
    out: list[etree._Element] = []
    _BodyReader(_Styles(None), DEFAULT_LIMITS, "", {}, {})._flatten(body, out)
    return out


def paragraph_text(p: etree._Element) -> str:
    """The text the reader gives a body paragraph (a paragraph whose text is blank is no
    :class:`~sopcheck.blocks.Paragraph` block)."""
    return _BodyReader(_Styles(None), DEFAULT_LIMITS, "", {}, {})._paragraph(p, None)[0]


def table_grid(tbl: etree._Element) -> list[dict[int, etree._Element]]:
    """The ``w:tc`` starting the cell that covers each grid position of a ``w:tbl``, row by
    row as the reader numbers them (0-based; a row deleted with tracked changes is no row):
    ``grid[r][c]`` is the ``w:tc`` in which the reader's :class:`~sopcheck.blocks.Cell` at
    ``(r, c)`` begins (for a vertical merge, the ``w:tc`` of its first row; for a horizontal
    span, the spanning ``w:tc``). Positions no cell covers are absent."""
    rows: list[dict[int, etree._Element]] = []
    starts: list[tuple[int, int, int, etree._Element]] = []  # (row, col, span, tc) of each cell
    above: dict[int, int] = {}  # grid column -> index into starts of the cell open there
    for tr in _rows(tbl):
        trpr = tr.find(W_TRPR)
        before = 0
        if trpr is not None:
            if trpr.find(W_DEL) is not None:
                continue
            before = _clamp_int(_twips(trpr.find(W_GRIDBEFORE), W_VAL), 0, MAX_SPAN)
        r = len(rows)
        row: dict[int, etree._Element] = {}
        col, last = before, None
        row_starts: dict[int, int] = {}
        for tc in _cells(tr):
            tcpr = _cell_props(tc)
            span, vmerge, hmerge = 1, None, None
            if tcpr is not None:
                props = _children_by_tag(tcpr)
                span = _clamp_int(_twips(props.get(W_GRIDSPAN), W_VAL, 1), 1, MAX_SPAN)
                vm, hm = props.get(W_VMERGE), props.get(W_HMERGE)
                vmerge = (vm.get(W_VAL) or "continue") if vm is not None else None
                hmerge = (hm.get(W_VAL) or "continue") if hm is not None else None
            if col >= MAX_COLS:
                if last is None:
                    continue
                target = last
            elif hmerge == "continue" and last is not None:
                target = last
            elif vmerge == "continue" and col in above:  # the cell above reaches this row: it goes on
                target = above[col]
            else:
                starts.append((r, col, span, tc))
                target = len(starts) - 1
            if col < MAX_COLS:
                row_starts[col] = target
                for k in range(col, min(col + span, MAX_COLS)):
                    row[k] = starts[target][3]
            last = target
            col += span
        rows.append(row)
        above = dict(row_starts)
    return rows


def _white(value: Optional[str]) -> bool:
    """Whether a ``w:color/@w:val`` is white (``auto`` and other colours show)."""
    return (value or "").strip().upper() in ("FFFFFF", "FFF")


def _dark_shading(tc: etree._Element) -> bool:
    """Whether the cell ``tc`` is shaded with a dark fill (white text on it shows)."""
    props = tc.find(W_TCPR)
    shd = props.find(W_SHD) if props is not None else None
    fill = (shd.get(_w("fill")) or "") if shd is not None else ""
    if len(fill) != 6:
        return False
    try:
        r, g, b = (int(fill[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255 < 0.6
