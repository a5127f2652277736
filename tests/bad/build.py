"""Build the hostile and broken input files in ``tests/bad/`` (deterministic).

Run ``python tests/bad/build.py`` from the repository root; it rewrites every file listed in
``expected.json`` byte for byte the same way each time (fixed zip timestamps, fixed PDF IDs,
no randomness), using only the standard library. The built files are committed so the tests
do not depend on this script; rebuild and commit after changing it.

Each file stands for something offices really send (or something an attacker could):

==========================  ===================  ==============================================
file                        expected rule        what it is
==========================  ===================  ==============================================
empty.docx / empty.pdf      unreadable-file      zero bytes
truncated-zip.docx          unreadable-file      a valid DOCX cut in half (no central directory)
zip-no-document.docx        unreadable-file      a zip holding no word/document.xml
xlsx-renamed.docx           unsupported-format   an Excel workbook renamed .docx
odt-renamed.docx            unsupported-format   an OpenDocument Text file renamed .docx
malformed-xml.docx          unreadable-file      word/document.xml cut mid-element
xxe.docx                    unreadable-file      document.xml declares an external entity that
                                                 reads /tmp/sopcheck-xxe-secret.txt
billion-laughs.docx         unreadable-file      nested entity expansion (10^9 "lol")
zip-bomb.docx               resource-limit       a 310 MiB member of zeros (about 300 KB on disk)
legacy.doc                  unsupported-format   a minimal OLE2 (CFB) Word 97-2003 file
legacy-renamed.docx         unsupported-format   the same bytes named .docx
encrypted-ooxml.docx        encrypted-file       OLE2 with EncryptionInfo + EncryptedPackage
                                                 streams (how Office stores a password .docx)
html-renamed.docx           unsupported-format   an HTML page (with UTF-8 BOM) renamed .docx
rtf-renamed.docx            unsupported-format   an RTF document renamed .docx
text-renamed.docx           unsupported-format   plain text renamed .docx
png-renamed.pdf             unsupported-format   a PNG image renamed .pdf
truncated.pdf               unreadable-file      letter.pdf cut inside its page tree
broken-xref.pdf             not-an-sop           letter.pdf with a wrong startxref and garbage
                                                 xref offsets: a reader must recover the objects
                                                 (as every PDF viewer does), then finds a letter
zero-pages.pdf              unreadable-file      a structurally valid PDF whose page tree is empty
encrypted.pdf               encrypted-file       RC4 40-bit (R2) with user password "rahasia"
scanned.pdf                 no-text-layer        one page holding only an image, no text
letter.docx                 not-an-sop           a valid DOCX letter (undangan rapat)
letter.pdf                  not-an-sop           the same letter as a text PDF
gridspan-overflow.docx      not-an-sop           a valid DOCX whose table has gridSpan beyond
                                                 tblGrid, more cells than grid columns, a
                                                 vMerge continuation with no start and
                                                 gridSpan="0"; Word opens it, so must a reader
pages-2000.pdf              resource-limit       a valid 2,000-page PDF (one shared content
                                                 stream, pages in a compressed object stream,
                                                 xref stream; about 10 KB): over max_pages
pages-count-lie.pdf         resource-limit       the same 2,000 pages under a page tree whose
                                                 /Count says 1: the reader must count pages,
                                                 not trust /Count
page-tree-loop.pdf          unreadable-file      a page tree whose /Kids holds itself (and no
                                                 page): walking it must end
rows-20000.docx             resource-limit       a valid DOCX with one 20,000-row table (about
                                                 60 KB on disk): over max_table_rows
long-text.docx              resource-limit       a valid DOCX of 158,334 short paragraphs (a text
                                                 of some 4,000 pages; about 45 KB on disk): over
                                                 max_pages x 3,000 XML tags
zip-bomb-parts.docx         resource-limit       320 members of 1 MiB of zeros each: every one
                                                 under the per-member ratio check, together
                                                 over max_unzipped_bytes (about 400 KB on disk)
zip-size-lie.docx           unreadable-file      word/document.xml declares 4 KB in the zip
                                                 directory but inflates to 20 MiB: a reader
                                                 trusting the declared size would overrun
corrupt-member.docx         unreadable-file      letter.docx with the deflate data of
                                                 word/document.xml damaged (zip directory intact)
jpeg-renamed.docx           unsupported-format   a JPEG photo renamed .docx
html-renamed.pdf            unsupported-format   an HTML page ("Save as Web Page") renamed .pdf
xxe-padded.docx             unreadable-file      xxe.docx with a 70 KB processing instruction
                                                 before the DOCTYPE, past any prefix scan
glyph-bomb.pdf              resource-limit       one page drawing a 1,000-character form
                                                 XObject 1,000 times (about 3 KB): over
                                                 max_page_objects
image-bomb.pdf              resource-limit       one page holding a grey image that declares
                                                 100,000 x 100,000 pixels (10 GB decoded) in
                                                 about 10 KB: over max_page_pixels, refused
                                                 before anything is decoded
corrupt-image.pdf           no-text-layer        a scanned page whose JPEG data is garbage after
                                                 its first bytes: no text layer, and OCR reads
                                                 nothing from the damaged image
scan-pages-2000.pdf         resource-limit       a 2,000-page "scan": every page draws one shared
                                                 full-page image (about 30 KB): over max_pages
                                                 before any page is rendered or read by OCR
==========================  ===================  ==============================================
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
XXE_SECRET_PATH = "/tmp/sopcheck-xxe-secret.txt"
"""Absolute path the XXE document's external entity points at; the tests write a secret there."""

ZIP_DATE = (1980, 1, 1, 0, 0, 0)

EXPECTED: dict[str, str] = {
    "empty.docx": "unreadable-file",
    "empty.pdf": "unreadable-file",
    "truncated-zip.docx": "unreadable-file",
    "zip-no-document.docx": "unreadable-file",
    "xlsx-renamed.docx": "unsupported-format",
    "odt-renamed.docx": "unsupported-format",
    "malformed-xml.docx": "unreadable-file",
    "xxe.docx": "unreadable-file",
    "billion-laughs.docx": "unreadable-file",
    "zip-bomb.docx": "resource-limit",
    "legacy.doc": "unsupported-format",
    "legacy-renamed.docx": "unsupported-format",
    "encrypted-ooxml.docx": "encrypted-file",
    "html-renamed.docx": "unsupported-format",
    "rtf-renamed.docx": "unsupported-format",
    "text-renamed.docx": "unsupported-format",
    "png-renamed.pdf": "unsupported-format",
    "truncated.pdf": "unreadable-file",
    "broken-xref.pdf": "not-an-sop",
    "zero-pages.pdf": "unreadable-file",
    "encrypted.pdf": "encrypted-file",
    "scanned.pdf": "no-text-layer",
    "letter.docx": "not-an-sop",
    "letter.pdf": "not-an-sop",
    "gridspan-overflow.docx": "not-an-sop",
    "pages-2000.pdf": "resource-limit",
    "pages-count-lie.pdf": "resource-limit",
    "page-tree-loop.pdf": "unreadable-file",
    "rows-20000.docx": "resource-limit",
    "long-text.docx": "resource-limit",
    "zip-bomb-parts.docx": "resource-limit",
    "zip-size-lie.docx": "unreadable-file",
    "corrupt-member.docx": "unreadable-file",
    "jpeg-renamed.docx": "unsupported-format",
    "html-renamed.pdf": "unsupported-format",
    "xxe-padded.docx": "unreadable-file",
    "glyph-bomb.pdf": "resource-limit",
    "image-bomb.pdf": "resource-limit",
    "corrupt-image.pdf": "no-text-layer",
    "scan-pages-2000.pdf": "resource-limit",
}

# ----------------------------------------------------------------------------- zip / docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')

ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')

DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')

LETTER_LINES = [
    "PEMERINTAH KABUPATEN CONTOH",
    "DINAS KOMUNIKASI DAN INFORMATIKA",
    "Jalan Merdeka No. 1, Contoh",
    "Perihal: Undangan Rapat Koordinasi",
    "Kepada Yth. Bapak/Ibu Kepala Bidang",
    "di tempat",
    "Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri rapat koordinasi",
    "pada hari Senin, 3 Juni 2024, pukul 09.00 WIB di Ruang Rapat Lantai 2.",
    "Atas perhatian dan kehadirannya kami ucapkan terima kasih.",
    "Hormat kami,",
    "Kepala Dinas",
]


def _zip(members: list[tuple[str, bytes]], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = compress
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=9 if compress == zipfile.ZIP_DEFLATED else None)
    return buf.getvalue()


def _paragraph(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:p><w:r>{rpr}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def _document_xml(body: str, prolog: str = "") -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog +
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>').encode()


def _docx(document_xml: bytes, extra: list[tuple[str, bytes]] | None = None) -> bytes:
    return _zip([
        ("[Content_Types].xml", CONTENT_TYPES.encode()),
        ("_rels/.rels", ROOT_RELS.encode()),
        ("word/document.xml", document_xml),
        ("word/_rels/document.xml.rels", DOC_RELS.encode()),
        *(extra or []),
    ])


def letter_docx() -> bytes:
    body = "".join(_paragraph(line, bold=i < 2) for i, line in enumerate(LETTER_LINES))
    return _docx(_document_xml(body))


def gridspan_docx() -> bytes:
    def tc(text: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{_paragraph(text)}</w:tc>"

    grid = '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
    rows = [
        # spans 5 columns of a 3-column grid, then one cell more
        tc("Daftar Hadir Rapat Koordinasi", '<w:gridSpan w:val="5"/>') + tc("Keterangan"),
        # four cells in a three-column grid
        tc("No") + tc("Nama") + tc("Jabatan") + tc("Paraf"),
        # vMerge continuation with no restart above it, and a zero span
        tc("", '<w:vMerge/>') + tc("Budi Santoso", '<w:gridSpan w:val="0"/>') + tc("Staf"),
        tc("2") + tc("Siti Aminah", '<w:gridSpan w:val="2"/>') + tc("Kepala Seksi", '<w:gridSpan w:val="3"/>'),
    ]
    table = "<w:tbl><w:tblPr/>" + grid + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"
    body = _paragraph("Notulen Rapat", bold=True) + table + _paragraph("Demikian notulen ini dibuat.")
    return _docx(_document_xml(body))


def malformed_docx() -> bytes:
    xml = letter_docx_xml()
    return _docx(xml[: len(xml) // 2])


def letter_docx_xml() -> bytes:
    return _document_xml("".join(_paragraph(line) for line in LETTER_LINES))


def xxe_docx() -> bytes:
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{XXE_SECRET_PATH}">]>\n'
    body = _paragraph("Nama SOP: &xxe;") + _paragraph("&xxe;")
    return _docx(_document_xml(body, prolog))


def billion_laughs_docx() -> bytes:
    ents = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        ents.append(f'<!ENTITY lol{i} "' + f"&{prev};" * 10 + '">')
    prolog = "<!DOCTYPE w:document [" + "".join(ents) + "]>\n"
    return _docx(_document_xml(_paragraph("&lol9;"), prolog))


def zip_bomb_docx() -> bytes:
    """A DOCX with ``word/media/filler.bin``: 310 MiB of zeros, deflated to about 300 KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", ROOT_RELS.encode()),
                           ("word/document.xml", letter_docx_xml())]:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compresslevel=9)
        info = zipfile.ZipInfo("word/media/filler.bin", ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        # the level attribute is _compresslevel before Python 3.13, compress_level after
        setattr(info, "compress_level" if "compress_level" in zipfile.ZipInfo.__slots__ else "_compresslevel", 9)
        chunk = bytes(1024 * 1024)
        with zf.open(info, "w") as member:
            for _ in range(310):
                member.write(chunk)
    return buf.getvalue()


def zip_no_document() -> bytes:
    return _zip([
        ("[Content_Types].xml", CONTENT_TYPES.encode()),
        ("_rels/.rels", ROOT_RELS.encode()),
        ("notes/readme.txt", b"Berkas ini bukan dokumen Word.\n"),
    ])


def xlsx_renamed() -> bytes:
    return _zip([
        ("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                                b'package/2006/content-types"/>'),
        ("_rels/.rels", ROOT_RELS.replace("word/document.xml", "xl/workbook.xml").encode()),
        ("xl/workbook.xml", b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                            b'spreadsheetml/2006/main"><sheets/></workbook>'),
    ])


def odt_renamed() -> bytes:
    return _zip([
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", b'<?xml version="1.0"?><manifest:manifest xmlns:manifest='
                                  b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
        ("content.xml", b'<?xml version="1.0"?><office:document-content xmlns:office='
                        b'"urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
    ], compress=zipfile.ZIP_STORED)


def xxe_padded_docx() -> bytes:
    """xxe.docx with a 70 KB processing instruction before the DOCTYPE (a prefix scan for
    ``<!DOCTYPE``/``<!ENTITY`` misses it; comments may be dropped by a parser, PIs are kept)."""
    pad = "<?sopcheck-pad " + "x" * 70_000 + "?>\n"
    prolog = pad + f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{XXE_SECRET_PATH}">]>\n'
    body = _paragraph("Nama SOP: &xxe;") + _paragraph("&xxe;")
    return _docx(_document_xml(body, prolog))


def rows_docx(n_rows: int = 20_000) -> bytes:
    """A valid DOCX: a heading and one ``n_rows``-row, three-column table (a data annex pasted
    into an SOP). The row numbers keep the part's compression ratio (about 57) under the
    zip-bomb check."""
    def tc(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    grid = '<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="5000"/><w:gridCol w:w="3000"/></w:tblGrid>'
    rows = [f"<w:tr>{tc('No')}{tc('Uraian')}{tc('Keterangan')}</w:tr>"]
    rows += [f"<w:tr>{tc(str(i))}{tc('Data penduduk')}{tc('Ada')}</w:tr>" for i in range(1, n_rows)]
    table = "<w:tbl><w:tblPr/>" + grid + "".join(rows) + "</w:tbl>"
    return _docx(_document_xml(_paragraph("LAMPIRAN DATA", bold=True) + table))


def long_text_docx(tags: int = 950_000) -> bytes:
    """Paragraphs of "Baris teks", every 20th one "Halaman N" (which keeps the compression
    ratio near 156, under the zip-bomb check), until the part holds ``tags`` XML tags."""
    parts, count, i = [], 0, 0
    while count < tags:
        i += 1
        text = "Baris teks" if i % 20 else f"Halaman {i // 20}"
        parts.append(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
        count += 6
    return _docx(_document_xml("".join(parts)))


def _raw_zip(members: list[tuple[str, int, int, bytes]]) -> bytes:
    """A zip from already-deflated members ``(name, uncompressed size, CRC-32, raw deflate)``,
    so one compressed block can be stored many times without compressing it again."""
    out = bytearray()
    central = bytearray()
    dos_time, dos_date = 0, (0 << 9) | (1 << 5) | 1  # 1980-01-01 00:00
    for name, size, crc, data in members:
        raw_name = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, dos_time, dos_date, crc, len(data), size,
                           len(raw_name), 0) + raw_name + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, dos_time, dos_date, crc,
                               len(data), size, len(raw_name), 0, 0, 0, 0, 0o644 << 16, offset) + raw_name
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central),
                                 len(out), 0)
    return bytes(out)


def _deflate(data: bytes) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return comp.compress(data) + comp.flush()


def zip_bomb_parts_docx(parts: int = 320) -> bytes:
    """A DOCX plus ``parts`` media members of exactly 1 MiB of zeros each (1 MiB is not above
    the size where the ratio of one member is checked): together they expand to 320 MiB."""
    members = []
    for name, data in [("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", ROOT_RELS.encode()),
                       ("word/document.xml", letter_docx_xml())]:
        members.append((name, len(data), zlib.crc32(data), _deflate(data)))
    zeros = bytes(1024 * 1024)
    packed, crc = _deflate(zeros), zlib.crc32(zeros)
    members += [(f"word/media/image{i:03d}.emf", len(zeros), crc, packed) for i in range(1, parts + 1)]
    return _raw_zip(members)


def zip_size_lie_docx() -> bytes:
    """word/document.xml inflates to 20 MiB (letter + whitespace) but declares 4096 bytes."""
    xml = letter_docx_xml()
    xml = xml.replace(b"</w:body>", b" " * (20 * 1024 * 1024) + b"</w:body>")
    members = [(name, len(data), zlib.crc32(data), _deflate(data))
               for name, data in [("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", ROOT_RELS.encode())]]
    members.append(("word/document.xml", 4096, zlib.crc32(xml), _deflate(xml)))
    return _raw_zip(members)


def corrupt_member_docx() -> bytes:
    """letter.docx with 32 bytes in the middle of word/document.xml's deflate data inverted."""
    data = bytearray(letter_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len + info.compress_size // 2 - 16
    for i in range(start, start + 32):
        data[i] ^= 0xFF
    return bytes(data)


# ---------------------------------------------------------------------------- OLE2 / CFB

FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def cfb(streams: list[tuple[str, bytes]]) -> bytes:
    """A version-3 Compound File Binary (OLE2) with ``streams`` under the root storage.

    Streams are padded to the 4096-byte mini-stream cutoff so all live in regular 512-byte
    sectors (no mini stream needed). Layout: sector 0 = FAT, sector 1 = directory, then data.
    """
    sector = 512
    datas = [data + bytes(max(0, 4096 - len(data))) for _, data in streams]
    n_dir_entries = 1 + len(streams)
    dir_sectors = -(-n_dir_entries * 128 // sector)
    fat: list[int] = [FATSECT] + [i + 2 for i in range(dir_sectors - 1)] + [ENDOFCHAIN]
    starts = []
    for data in datas:
        n = -(-len(data) // sector)
        first = len(fat)
        starts.append(first)
        fat.extend(first + i + 1 for i in range(n - 1))
        fat.append(ENDOFCHAIN)
    if len(fat) > sector // 4:
        raise ValueError("cfb(): streams too large for one FAT sector")
    fat.extend([FREESECT] * (sector // 4 - len(fat)))

    def entry(name: str, typ: int, child: int, right: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), typ, 1)
                + struct.pack("<III", NOSTREAM, right, child) + bytes(16) + bytes(4) + bytes(16)
                + struct.pack("<IQ", start, size))

    # a degenerate (all-right-sibling) binary tree in CFB name order: shorter names first
    order = sorted(range(len(streams)), key=lambda i: (len(streams[i][0]), streams[i][0].upper()))
    right_of = {order[k]: order[k + 1] + 1 for k in range(len(order) - 1)}
    entries = [entry("Root Entry", 5, order[0] + 1 if order else NOSTREAM, NOSTREAM, ENDOFCHAIN, 0)]
    for i, (name, _) in enumerate(streams):
        entries.append(entry(name, 2, NOSTREAM, right_of.get(i, NOSTREAM), starts[i], len(streams[i][1])))
    unused = struct.pack("<64sHBB", b"", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM) + bytes(48)
    directory = b"".join(entries).ljust(dir_sectors * sector, b"\0")
    directory = b"".join(directory[i:i + 128] if directory[i:i + 128].strip(b"\0") else unused
                         for i in range(0, len(directory), 128))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
              + struct.pack("<109I", 0, *([FREESECT] * 108)))
    assert len(header) == 512
    body = struct.pack(f"<{sector // 4}I", *fat) + directory
    for data in datas:
        body += data.ljust(-(-len(data) // sector) * sector, b"\0")
    return header + body


def legacy_doc() -> bytes:
    # FIB start: wIdent 0xA5EC, nFib 0x00C1 (Word 97), then zeros; a real file has far more
    fib = struct.pack("<HH", 0xA5EC, 0x00C1) + bytes(28)
    word = fib + "Prosedur lama dalam format Word 97-2003".encode("utf-16-le")
    summary = b"\xfe\xff\x00\x00" + bytes(44)
    return cfb([("WordDocument", word), ("1Table", bytes(512)), ("\x05SummaryInformation", summary)])


def encrypted_ooxml() -> bytes:
    # EncryptionInfo version 4.4 (agile) header followed by its XML descriptor, abbreviated
    info = struct.pack("<HHI", 4, 4, 0x40) + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns='
        b'"http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" '
        b'keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
        b'hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>')
    package = struct.pack("<Q", 8192) + bytes(hashlib.sha512(b"sopcheck").digest() * 128)
    return cfb([("EncryptionInfo", info), ("EncryptedPackage", package)])


# ---------------------------------------------------------------------------------- PDF

PDF_ID = bytes.fromhex("5b0f4c2d8e1a7b3c9d6e0f1a2b3c4d5e")


def _pdf(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF from ``objects`` (object ``i + 1`` is ``objects[i]``, without ``obj``/``endobj``)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /ID [<%s> <%s>] " % (len(objects) + 1, root, PDF_ID.hex().encode(),
                                                                     PDF_ID.hex().encode())
            + trailer_extra + b">>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)


def _stream(data: bytes, dict_extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), dict_extra) + data + b"\nendstream"


def _letter_content() -> bytes:
    ops = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
    for line in LETTER_LINES:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + esc.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def _letter_objects(content: bytes) -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        content,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]


def letter_pdf() -> bytes:
    return _pdf(_letter_objects(_stream(_letter_content())))


def truncated_pdf() -> bytes:
    data = letter_pdf()
    return data[: data.index(b"2 0 obj") + 30]


def broken_xref_pdf() -> bytes:
    data = bytearray(letter_pdf())
    xref = data.index(b"xref\n0 ")
    # every in-use offset points 7 bytes off, and startxref points into the page content
    table_end = data.index(b"trailer")
    table = bytes(data[xref:table_end])
    lines = table.split(b"\n")
    fixed = [b"%010d 00000 n " % (int(ln[:10]) + 7) if ln.endswith(b" n ") else ln for ln in lines]
    data[xref:table_end] = b"\n".join(fixed)
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    end = data.index(b"\n", start)
    data[start:end] = b"%d" % (data.index(b"BT ") + 3)
    return bytes(data)


def zero_pages_pdf() -> bytes:
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


PDF_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def encrypted_pdf(user_password: bytes = b"rahasia", owner_password: bytes = b"pemilik") -> bytes:
    """Standard security handler, V1 / R2 (RC4, 40-bit key), per PDF 1.7 section 7.6.3."""
    def pad(pw: bytes) -> bytes:
        return (pw + PDF_PAD)[:32]

    permissions = -44
    owner_key = hashlib.md5(pad(owner_password)).digest()[:5]
    o_value = _rc4(owner_key, pad(user_password))
    key = hashlib.md5(pad(user_password) + o_value + struct.pack("<i", permissions) + PDF_ID).digest()[:5]
    u_value = _rc4(key, PDF_PAD)
    content_num = 4
    obj_key = hashlib.md5(key + struct.pack("<I", content_num)[:3] + b"\0\0").digest()[:10]
    objects = _letter_objects(_stream(_rc4(obj_key, _letter_content())))
    objects.append(b"<< /Filter /Standard /V 1 /R 2 /Length 40 /O <%s> /U <%s> /P %d >>"
                   % (o_value.hex().encode(), u_value.hex().encode(), permissions))
    return _pdf(objects, trailer_extra=b"/Encrypt %d 0 R " % len(objects))


def _scan_pixels(width: int, height: int) -> bytes:
    """Gray pixels that look like a scanned page: white with dark "text line" bars."""
    rows = []
    for y in range(height):
        in_line = 20 <= y < height - 20 and (y - 20) % 12 < 5
        row = bytearray(b"\xff" * width)
        if in_line:
            line_no = (y - 20) // 12
            right = width - 16 - (line_no * 37) % 60
            for x in range(16, right):
                if (x // 7 + line_no) % 6:  # gaps between "words"
                    row[x] = 0x30
        rows.append(bytes(row))
    return b"".join(rows)


def scanned_pdf() -> bytes:
    w, h = 170, 240
    image = zlib.compress(_scan_pixels(w, h), 9)
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        _stream(content),
        _stream(image, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /FlateDecode " % (w, h)),
    ])


PAGE_TEXT = "Lampiran rekapitulasi data pelayanan - halaman"


def _xref_stream_pdf(objects: dict[int, bytes], streams: dict[int, bytes], root: int,
                     object_stream: int) -> bytes:
    """A PDF 1.5 with the dictionaries in ``objects`` packed into one compressed object
    stream (object ``object_stream``) and the ``streams`` (full ``<<...>> stream ... endstream``
    bodies) written plainly, indexed by a compressed cross-reference stream."""
    nums = sorted(objects)
    head, body = [], bytearray()
    for num in nums:
        head.append(b"%d %d" % (num, len(body)))
        body += objects[num] + b"\n"
    header = b" ".join(head) + b"\n"
    packed = zlib.compress(header + bytes(body), 9)
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num in sorted(streams):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + streams[num] + b"\nendobj\n"
    offsets[object_stream] = len(out)
    out += (b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Length %d /Filter /FlateDecode >>\nstream\n"
            % (object_stream, len(nums), len(header), len(packed)) + packed + b"\nendstream\nendobj\n")
    xref_num = max([*nums, *streams, object_stream]) + 1
    offsets[xref_num] = len(out)
    rows = []
    for num in range(xref_num + 1):
        if num in offsets:
            rows.append(struct.pack(">BIH", 1, offsets[num], 0))
        elif num in objects:
            rows.append(struct.pack(">BIH", 2, object_stream, nums.index(num)))
        else:
            rows.append(struct.pack(">BIH", 0, 0, 65535))
    table = zlib.compress(b"".join(rows), 9)
    out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /ID [<%s> <%s>] "
            b"/Filter /FlateDecode /Length %d >>\nstream\n"
            % (xref_num, xref_num + 1, root, PDF_ID.hex().encode(), PDF_ID.hex().encode(), len(table))
            + table + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % offsets[xref_num])
    return bytes(out)


def many_pages_pdf(n_pages: int = 2000, declared_count: int | None = None) -> bytes:
    """A valid ``n_pages``-page PDF: every page draws the one shared content stream (object 4).
    ``declared_count`` puts another number in the page tree's /Count (a lying tree)."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(n_pages))
    count = n_pages if declared_count is None else declared_count
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for i in range(n_pages):
        objects[first_page + i] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                                   b"/Resources << /Font << /F1 3 0 R >> >> >>")
    content = b"BT /F1 11 Tf 72 770 Td (" + PAGE_TEXT.encode("latin-1") + b") Tj ET"
    return _xref_stream_pdf(objects, {4: _stream(content)}, root=1, object_stream=first_page + n_pages)


def pdf_stream_bomb(mib: int = 500) -> bytes:
    """NOT in the committed set (500 KB on disk; ``tests/test_limits.py`` builds it): letter.pdf
    whose one content stream inflates to ``mib`` MiB (the text, then spaces). The PDF reader
    refuses the page after inflating ``max_page_stream_bytes`` of it, before pdfminer inflates
    the stream whole."""
    content = _letter_content() + b"\n" + b" " * (mib * 1024 * 1024)
    return _pdf(_letter_objects(_stream(zlib.compress(content, 9), b"/Filter /FlateDecode ")))


def glyph_bomb_pdf(glyphs_per_form: int = 1000, draws: int = 1000) -> bytes:
    """One page that draws a form XObject of ``glyphs_per_form`` characters ``draws`` times:
    a million characters from about 3 KB (both streams compressed)."""
    form = b"BT /F1 1 Tf 0 0 Td (" + b"a" * glyphs_per_form + b") Tj ET"
    content = b"q 1 0 0 1 10 400 cm " + b"/Fm1 Do " * draws + b"Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> >>",
        _stream(zlib.compress(content, 9), b"/Filter /FlateDecode "),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        _stream(zlib.compress(form, 9), b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                b"/Resources << /Font << /F1 5 0 R >> >> /Filter /FlateDecode "),
    ]
    return _pdf(objects)


def page_tree_loop_pdf() -> bytes:
    """The root /Pages node lists itself as its only kid (and claims one page)."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])


# ------------------------------------------------------------------------------- others


def png(width: int = 64, height: int = 48) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\0" + _scan_pixels(width, height)[y * width:(y + 1) * width] for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


HTML = ("\ufeff<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>SOP Pelayanan</title>"
        "</head><body><h1>STANDAR OPERASIONAL PROSEDUR</h1><table><tr><td>Nomor SOP</td><td>001</td></tr>"
        "</table></body></html>\n").encode("utf-8")

RTF = (rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times New Roman;}}" b"\n"
       rb"\f0\fs24 STANDAR OPERASIONAL PROSEDUR\par Nomor SOP: 001\par}" b"\n")

JPEG = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
        b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65)) + b"\xff\xd9")
"""The start of a JPEG photo (SOI, JFIF APP0, one quantisation table, EOI)."""

HTML_SAVED_AS_WEB_PAGE = (
    "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:"
    "office:word\">\r\n<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
    "<meta name=Generator content=\"Microsoft Word 15\"><title>SOP Pelayanan KTP</title></head>\r\n"
    "<body lang=IN><p class=MsoTitle>STANDAR OPERASIONAL PROSEDUR</p><table><tr><td>Nomor SOP</td>"
    "<td>470/012/2024</td></tr></table></body></html>\r\n").encode("latin-1")
"""What Word writes for "Save as Web Page" (.htm), here renamed .pdf."""

TEXT = ("STANDAR OPERASIONAL PROSEDUR\nNomor SOP: 800/001/2024\nNama SOP: Pelayanan Surat Masuk\n"
        "1. Menerima surat\n2. Mencatat surat\n").encode("utf-8")


def build() -> dict[str, bytes]:
    """Every file's bytes, by file name."""
    legacy = legacy_doc()
    letter = letter_docx()
    files = {
        "empty.docx": b"",
        "empty.pdf": b"",
        "truncated-zip.docx": letter[: len(letter) // 2],
        "zip-no-document.docx": zip_no_document(),
        "xlsx-renamed.docx": xlsx_renamed(),
        "odt-renamed.docx": odt_renamed(),
        "malformed-xml.docx": malformed_docx(),
        "xxe.docx": xxe_docx(),
        "billion-laughs.docx": billion_laughs_docx(),
        "zip-bomb.docx": zip_bomb_docx(),
        "legacy.doc": legacy,
        "legacy-renamed.docx": legacy,
        "encrypted-ooxml.docx": encrypted_ooxml(),
        "html-renamed.docx": HTML,
        "rtf-renamed.docx": RTF,
        "text-renamed.docx": TEXT,
        "png-renamed.pdf": png(),
        "truncated.pdf": truncated_pdf(),
        "broken-xref.pdf": broken_xref_pdf(),
        "zero-pages.pdf": zero_pages_pdf(),
        "encrypted.pdf": encrypted_pdf(),
        "scanned.pdf": scanned_pdf(),
        "letter.docx": letter,
        "letter.pdf": letter_pdf(),
        "gridspan-overflow.docx": gridspan_docx(),
        "pages-2000.pdf": many_pages_pdf(2000),
        "pages-count-lie.pdf": many_pages_pdf(2000, declared_count=1),
        "page-tree-loop.pdf": page_tree_loop_pdf(),
        "rows-20000.docx": rows_docx(20_000),
        "long-text.docx": long_text_docx(),
        "zip-bomb-parts.docx": zip_bomb_parts_docx(320),
        "zip-size-lie.docx": zip_size_lie_docx(),
        "corrupt-member.docx": corrupt_member_docx(),
        "jpeg-renamed.docx": JPEG,
        "html-renamed.pdf": HTML_SAVED_AS_WEB_PAGE,
        "xxe-padded.docx": xxe_padded_docx(),
        "glyph-bomb.pdf": glyph_bomb_pdf(),
        "image-bomb.pdf": image_bomb_pdf(),
        "corrupt-image.pdf": corrupt_image_pdf(),
        "scan-pages-2000.pdf": scan_pages_pdf(),
    }
    assert set(files) == set(EXPECTED)
    return files


def image_bomb_pdf(side: int = 100_000) -> bytes:
    """A page drawing one grey image that declares ``side`` x ``side`` pixels: its Flate data
    (zeros) stops after a few rows, so the file is small, but a decoder would allocate the
    whole image."""
    data = zlib.compress(b"\0" * (side * 8), 9)
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        _stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
        _stream(data, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                      b"/BitsPerComponent 8 /Filter /FlateDecode " % (side, side)),
    ])


def corrupt_image_pdf() -> bytes:
    """A full-page "scanned" JPEG (1240 x 1754) whose data is garbage after the JPEG start
    marker."""
    junk = bytes((i * 131 + 7) % 256 for i in range(6000))
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + junk
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        _stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
        _stream(data, b"/Type /XObject /Subtype /Image /Width 1240 /Height 1754 /ColorSpace /DeviceGray "
                      b"/BitsPerComponent 8 /Filter /DCTDecode "),
    ])


def scan_pages_pdf(n_pages: int = 2000) -> bytes:
    """``n_pages`` pages, each drawing the same full-page grey image (the scanned-looking
    pixels of ``scanned.pdf``): a scan too long to read."""
    first_page = 6
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(n_pages))
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages,
    }
    for i in range(n_pages):
        objects[first_page + i] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                                   b"/Resources << /XObject << /Im1 5 0 R >> >> >>")
    w, h = 170, 240
    image = _stream(zlib.compress(_scan_pixels(w, h), 9),
                    b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode " % (w, h))
    streams = {4: _stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"), 5: image}
    return _xref_stream_pdf(objects, streams, root=1, object_stream=first_page + n_pages)


def main() -> None:
    for name, data in build().items():
        (HERE / name).write_bytes(data)
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
