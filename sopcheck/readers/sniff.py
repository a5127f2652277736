"""Tell a file's format by content, never by name, and refuse everything else early.

:func:`detect` is the first thing :func:`sopcheck.readers.read` calls on a file; the formats
it recognises and their signatures are those of the reader table
(:data:`sopcheck.readers.table.READERS`). It reads
only what it needs: the first 1024 bytes, and for a zip the end-of-central-directory
record and the central directory (declared member names and sizes; no member is
decompressed except, when ``word/document.xml`` is missing, a small ``mimetype`` or
``[Content_Types].xml`` used to say what the file is instead). For an OLE2 compound file
it reads the header, the FAT sectors on the directory chain and the directory entries.
The file is opened read-only and never written, renamed or locked.

What it refuses (each a :class:`~sopcheck.errors.ReadError` whose message, in Bahasa
Indonesia and English, names the file, says what is wrong and what to do):

* ``unreadable-file``: a directory, a device, pipe or socket (never opened, so a FIFO
  cannot block), a file that cannot be opened (permissions), a zero-byte file, a truncated or
  corrupt zip, a zip that is not an Office document, a corrupt OLE2 file, content that matches no known format.
* ``unsupported-format``: legacy Word 97-2003 ``.doc`` (and other OLE2 Office files),
  Excel/PowerPoint/OpenDocument/EPUB zips, HTML, MHTML, Word 2003 XML, RTF, images (PNG,
  JPEG, GIF, TIFF, BMP, WebP), other archives, plain text.
* ``encrypted-file``: an OLE2 file holding an ``EncryptedPackage`` stream (that is how
  Office stores a password-protected ``.docx``), or a zip whose document part is encrypted.
* ``resource-limit``: a file larger than ``limits.max_file_bytes`` bytes; a zip with more
  than ``limits.max_zip_entries`` members, whose declared uncompressed sizes add up to
  more than ``limits.max_unzipped_bytes`` bytes, or with a member larger than
  :data:`RATIO_MIN_BYTES` bytes whose compression ratio exceeds ``limits.max_zip_ratio``.

Encrypted PDFs and PDFs without a text layer are left to the PDF reader: telling them
apart needs the PDF's trailer and pages, which are the reader's business.

What bounds memory: this module reads at most 1024 bytes, one central directory (whose
entry count is checked *before* :mod:`zipfile` parses it) and at most
:data:`SMALL_PART_BYTES` bytes of one member. The zip checks above then bound what the
DOCX reader may decompress (the sizes are those the zip *declares*; the DOCX reader should
still cap what it reads per part), and ``limits.max_pages`` / ``limits.max_table_rows``
bound the PDF reader and the layout stage.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
from pathlib import Path
from typing import BinaryIO

from ..errors import EncryptedFile, ReadError, ResourceLimit, UnreadableFile, UnsupportedFormat
from ..limits import DEFAULT_LIMITS, Limits
from .table import READERS

HEAD_BYTES = 1024
"""Bytes read from the start of the file to recognise it (``%PDF-`` may sit anywhere in them)."""

RATIO_MIN_BYTES = 1024 * 1024
"""A member's compression ratio is only checked when it declares more than this many
uncompressed bytes (1 MiB): small, highly repetitive XML parts compress very well."""

SMALL_PART_BYTES = 64 * 1024
"""Largest ``mimetype`` / ``[Content_Types].xml`` member (bytes) read to name a zip's format."""

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ZIP_EMPTY_MAGIC = b"PK\x05\x06"

Kind = str
"""A format of the reader table (``"docx"``, ``"pdf"``)."""

_SAVE_AS_DOCX_ID = "buka di Microsoft Word atau LibreOffice lalu simpan ulang sebagai .docx (atau ekspor ke .pdf)"
_SAVE_AS_DOCX_EN = "open it in Microsoft Word or LibreOffice and save it again as .docx (or export it to .pdf)"


def detect(path: Path, limits: Limits = DEFAULT_LIMITS) -> Kind:
    """Return the format of the file at ``path`` (a :data:`~sopcheck.readers.table.READERS`
    entry's ``format``: ``"docx"``, ``"pdf"``), judged by its content.

    :param path: the file; its name and extension are used in messages only.
    :param limits: ``max_file_bytes`` (bytes on disk), ``max_unzipped_bytes`` (bytes,
        sum of declared uncompressed member sizes), ``max_zip_ratio`` and
        ``max_zip_entries`` are enforced here.
    :raises UnreadableFile: directory, unopenable, empty, corrupt or unrecognised file.
    :raises UnsupportedFormat: a format sopcheck does not read (legacy .doc, HTML, image...).
    :raises EncryptedFile: a password-protected Office document.
    :raises ResourceLimit: a file or zip beyond ``limits``.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        # stat before open: opening a FIFO would block until someone writes to it
        st = os.stat(path)
    except OSError:
        st = None  # let open() below say what is wrong
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise _directory(name)
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise _not_regular(name)
    try:
        fh = _open_readonly(path)
    except IsADirectoryError:
        raise _directory(name) from None
    except FileNotFoundError:
        raise UnreadableFile(
            f"{name}: berkas tidak ditemukan; periksa kembali nama dan lokasinya.",
            f"{name}: file not found; check its name and location.") from None
    except PermissionError as exc:
        raise UnreadableFile(
            f"{name}: berkas tidak dapat dibuka (izin akses ditolak); berikan izin baca lalu ulangi.",
            f"{name}: the file cannot be opened (permission denied); grant read permission and try again.",
        ) from exc
    except OSError as exc:
        raise UnreadableFile(
            f"{name}: berkas tidak dapat dibuka ({exc.strerror or exc}); salin ulang berkas lalu ulangi.",
            f"{name}: the file cannot be opened ({exc.strerror or exc}); copy the file again and retry.",
        ) from exc
    with fh:
        try:
            return _detect_open(fh, name, limits)
        except ReadError:
            raise
        except (OSError, EOFError, ValueError, struct.error, RuntimeError, NotImplementedError,
                zipfile.BadZipFile, zipfile.LargeZipFile, MemoryError, IndexError) as exc:
            raise UnreadableFile(
                f"{name}: berkas rusak atau tidak dapat dibaca ({type(exc).__name__}); "
                f"{_SAVE_AS_DOCX_ID}.",
                f"{name}: the file is corrupt or cannot be read ({type(exc).__name__}); "
                f"{_SAVE_AS_DOCX_EN}.") from exc


def _open_readonly(path: Path) -> BinaryIO:
    """Open ``path`` for reading only (no write, no lock, no truncation)."""
    return open(path, "rb")  # noqa: SIM115 - closed by the caller's ``with``


def _directory(name: str) -> UnreadableFile:
    return UnreadableFile(
        f"{name}: ini folder, bukan berkas; berikan berkas .docx atau .pdf.",
        f"{name}: this is a directory, not a file; give a .docx or .pdf file.")


def _not_regular(name: str) -> UnreadableFile:
    return UnreadableFile(
        f"{name}: bukan berkas biasa (perangkat, pipa atau soket); berikan berkas .docx atau .pdf.",
        f"{name}: not a regular file (device, pipe or socket); give a .docx or .pdf file.")


def _detect_open(fh: BinaryIO, name: str, limits: Limits) -> Kind:
    st = os.fstat(fh.fileno())
    if stat.S_ISDIR(st.st_mode):
        raise _directory(name)
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(name)
    size = st.st_size
    if size == 0:
        raise UnreadableFile(
            f"{name}: berkas kosong (0 bita); kirim ulang berkas yang lengkap.",
            f"{name}: the file is empty (0 bytes); submit the complete file again.")
    if size > limits.max_file_bytes:
        raise ResourceLimit(
            f"{name}: berkas berukuran {_mb(size)} melampaui batas {_mb(limits.max_file_bytes)}; "
            f"perkecil berkas (mis. kompres gambar) atau naikkan batas max-file-mb.",
            f"{name}: the file is {_mb(size)}, over the {_mb(limits.max_file_bytes)} limit; "
            f"make it smaller (e.g. compress images) or raise max-file-mb.")
    head = fh.read(HEAD_BYTES)
    if not head:
        raise UnreadableFile(
            f"{name}: berkas kosong (0 bita); kirim ulang berkas yang lengkap.",
            f"{name}: the file is empty (0 bytes); submit the complete file again.")
    if head.startswith(OLE2_MAGIC):
        _check_ole2(fh, name)  # always raises
    if head.startswith(ZIP_MAGIC) or head.startswith(ZIP_EMPTY_MAGIC):
        return _check_zip(fh, name, limits)
    for entry in READERS:
        if entry.claims_head(head):
            return entry.format
    _refuse_other(head, name)  # always raises
    raise AssertionError("unreachable")  # pragma: no cover


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


# --------------------------------------------------------------------------- zip


CD_BYTES_PER_ENTRY = 1024
"""A central directory larger than ``max_zip_entries`` times this many bytes is refused before
it is parsed (real DOCX entries take about 80 bytes each)."""


def _zip_directory(fh: BinaryIO) -> tuple[int, int] | None:
    """``(entry count, central directory size in bytes)`` from the end-of-central-directory
    record (zip64 aware), or ``None`` when no such record is found (truncated file)."""
    fh.seek(0, io.SEEK_END)
    end = fh.tell()
    tail_len = min(end, 22 + 65535 + 20)
    fh.seek(end - tail_len)
    tail = fh.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    while pos >= 0 and len(tail) - pos < 22:
        pos = tail.rfind(b"PK\x05\x06", 0, pos)
    if pos < 0:
        return None
    count, cd_size = struct.unpack_from("<HI", tail, pos + 10)
    if (count == 0xFFFF or cd_size == 0xFFFFFFFF) and pos >= 20 and tail[pos - 20:pos - 16] == b"PK\x06\x07":
        z64_off = struct.unpack_from("<Q", tail, pos - 20 + 8)[0]
        if z64_off + 56 <= end:
            fh.seek(z64_off)
            rec = fh.read(56)
            if rec[:4] == b"PK\x06\x06":
                count, cd_size = struct.unpack_from("<QQ", rec, 32)
    return count, cd_size


def _check_zip(fh: BinaryIO, name: str, limits: Limits) -> Kind:
    broken_id = f"{name}: berkas zip rusak atau terpotong; kirim ulang berkas aslinya atau {_SAVE_AS_DOCX_ID}."
    broken_en = f"{name}: the zip file is corrupt or truncated; submit the original again or {_SAVE_AS_DOCX_EN}."
    directory = _zip_directory(fh)
    if directory is None:
        raise UnreadableFile(broken_id, broken_en)
    count, cd_size = directory
    if count > limits.max_zip_entries or cd_size > limits.max_zip_entries * CD_BYTES_PER_ENTRY:
        raise _too_many_entries(name, max(count, cd_size // 46), limits)
    fh.seek(0)
    try:
        zf = zipfile.ZipFile(fh)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            struct.error, NotImplementedError, IndexError) as exc:
        raise UnreadableFile(broken_id, broken_en) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_zip_entries:
            raise _too_many_entries(name, len(infos), limits)
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > RATIO_MIN_BYTES:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > limits.max_zip_ratio:
                    raise ResourceLimit(
                        f"{name}: bagian '{info.filename}' mengembang {ratio:.0f}x "
                        f"({_mb(info.compress_size)} menjadi {_mb(info.file_size)}), melampaui rasio "
                        f"{limits.max_zip_ratio:g}x (batas max_zip_ratio; bom zip), tidak dibaca; "
                        f"simpan ulang dokumen dari Word (kompres atau hapus objek sisipan yang sangat "
                        f"besar).",
                        f"{name}: part '{info.filename}' expands {ratio:.0f}x "
                        f"({_mb(info.compress_size)} to {_mb(info.file_size)}), over the "
                        f"{limits.max_zip_ratio:g}x ratio limit (max_zip_ratio; zip bomb) and was not "
                        f"read; save the document again from Word (compress or remove very large "
                        f"embedded objects).")
        if total > limits.max_unzipped_bytes:
            raise ResourceLimit(
                f"{name}: isi zip berukuran {_mb(total)} setelah diekstrak, melampaui batas "
                f"{_mb(limits.max_unzipped_bytes)} (bom zip?); perkecil dokumen atau naikkan batas "
                f"max-unzipped-mb.",
                f"{name}: the zip expands to {_mb(total)}, over the {_mb(limits.max_unzipped_bytes)} "
                f"limit (zip bomb?); make the document smaller or raise max-unzipped-mb.")
        names = {i.filename: i for i in infos}
        for entry in READERS:
            if not entry.ooxml_part:
                continue
            main = names.get(entry.ooxml_part)
            if main is None and _content_types_say(zf, names, entry.content_types):
                folder = entry.ooxml_part.split("/")[0] + "/"
                main = next((i for n, i in names.items() if n.startswith(folder) and n.endswith(".xml")), None)
            if main is not None:
                if main.flag_bits & 0x1:
                    raise EncryptedFile(
                        f"{name}: isi berkas zip dilindungi kata sandi; lepaskan kata sandi lalu simpan ulang "
                        f"sebagai .docx.",
                        f"{name}: the zip content is password-protected; remove the password and save it "
                        f"again as .docx.")
                return entry.format
        what = _zip_kind(zf, names)
    if what is not None:
        what_id, what_en = what
        raise UnsupportedFormat(
            f"{name}: berkas ini {what_id}, bukan dokumen Word (.docx); {_SAVE_AS_DOCX_ID}.",
            f"{name}: this file is {what_en}, not a Word document (.docx); {_SAVE_AS_DOCX_EN}.")
    raise UnreadableFile(
        f"{name}: arsip zip ini tidak memuat word/document.xml, jadi bukan dokumen .docx yang utuh; "
        f"kirim ulang berkas .docx aslinya atau {_SAVE_AS_DOCX_ID}.",
        f"{name}: this zip archive holds no word/document.xml, so it is not a complete .docx; "
        f"submit the original .docx again or {_SAVE_AS_DOCX_EN}.")


def _too_many_entries(name: str, count: int, limits: Limits) -> ResourceLimit:
    return ResourceLimit(
        f"{name}: zip berisi {count} bagian, melampaui batas max_zip_entries "
        f"({limits.max_zip_entries}), tidak dibaca; "
        f"simpan ulang dokumen dari Word (dokumen Word biasa memuat puluhan bagian).",
        f"{name}: the zip holds {count} parts, over the max_zip_entries limit "
        f"({limits.max_zip_entries}) and was not read; save the document again from Word (a normal Word "
        f"document holds tens of parts).")


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > SMALL_PART_BYTES or info.flag_bits & 0x1:
        return b""
    try:
        with zf.open(info) as member:
            return member.read(SMALL_PART_BYTES)
    except Exception:  # noqa: BLE001 - a corrupt side part only means "format unknown"
        return b""


def _content_types_say(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], types: tuple[bytes, ...]) -> bool:
    """True when ``[Content_Types].xml`` declares one of ``types`` (fragments of content types)."""
    info = names.get("[Content_Types].xml")
    if info is None or not types:
        return False
    data = _read_small(zf, info)
    return any(t in data for t in types)


_ODF = {
    b"application/vnd.oasis.opendocument.text": ("dokumen OpenDocument Text (.odt)",
                                                 "an OpenDocument Text file (.odt)"),
    b"application/vnd.oasis.opendocument.spreadsheet": ("lembar kerja OpenDocument (.ods)",
                                                        "an OpenDocument spreadsheet (.ods)"),
    b"application/vnd.oasis.opendocument.presentation": ("presentasi OpenDocument (.odp)",
                                                         "an OpenDocument presentation (.odp)"),
    b"application/epub+zip": ("buku elektronik EPUB", "an EPUB e-book"),
}


def _zip_kind(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo]) -> tuple[str, str] | None:
    """Name a zip-based format other than DOCX, or ``None`` for an unknown zip."""
    if any(n.startswith("xl/") for n in names):
        return "lembar kerja Excel (.xlsx)", "an Excel workbook (.xlsx)"
    if any(n.startswith("ppt/") for n in names):
        return "presentasi PowerPoint (.pptx)", "a PowerPoint presentation (.pptx)"
    if any(n.startswith("visio/") for n in names):
        return "diagram Visio (.vsdx)", "a Visio drawing (.vsdx)"
    info = names.get("mimetype")
    if info is not None:
        mime = _read_small(zf, info).strip()
        for key, what in _ODF.items():
            if mime.startswith(key):
                return what
        if mime.startswith(b"application/vnd.oasis.opendocument"):
            return "berkas OpenDocument", "an OpenDocument file"
    return None


# -------------------------------------------------------------------------- OLE2

_ENDOFCHAIN = 0xFFFFFFFE
_MAX_DIR_SECTORS = 4096  # 16384 directory entries at most; real Word files have tens


def _ole2_stream_names(fh: BinaryIO) -> list[str]:
    """The names of the entries in an OLE2 (Compound File Binary) directory.

    Reads the 512-byte header, the FAT sectors needed to follow the directory chain, and the
    directory sectors. :raises ValueError: when the structure is inconsistent.
    """
    fh.seek(0, io.SEEK_END)
    size = fh.tell()
    fh.seek(0)
    header = fh.read(512)
    if len(header) < 512:
        raise ValueError("short OLE2 header")
    sector_shift = struct.unpack_from("<H", header, 30)[0]
    if sector_shift not in (9, 12):
        raise ValueError("bad sector size")
    sector = 1 << sector_shift
    n_fat = struct.unpack_from("<I", header, 44)[0]
    first_dir = struct.unpack_from("<I", header, 48)[0]
    first_difat = struct.unpack_from("<I", header, 68)[0]
    n_difat = struct.unpack_from("<I", header, 72)[0]
    max_sectors = max(0, (size - sector) // sector + 1)
    if n_fat > max_sectors + 1:
        raise ValueError("FAT larger than file")
    fat_locs = [x for x in struct.unpack_from("<109I", header, 76)][: min(n_fat, 109)]
    nxt, seen = first_difat, 0
    while len(fat_locs) < n_fat and nxt < _ENDOFCHAIN and seen <= n_difat and seen < max_sectors:
        fh.seek(sector + nxt * sector)
        block = fh.read(sector)
        if len(block) < sector:
            raise ValueError("truncated DIFAT")
        vals = struct.unpack(f"<{sector // 4}I", block)
        fat_locs.extend(vals[:-1][: n_fat - len(fat_locs)])
        nxt, seen = vals[-1], seen + 1
    per_fat = sector // 4
    fat_cache: dict[int, tuple[int, ...]] = {}

    def fat_next(sid: int) -> int:
        idx = sid // per_fat
        if idx >= len(fat_locs):
            raise ValueError("sector beyond FAT")
        if idx not in fat_cache:
            fh.seek(sector + fat_locs[idx] * sector)
            block = fh.read(sector)
            if len(block) < sector:
                raise ValueError("truncated FAT")
            fat_cache[idx] = struct.unpack(f"<{per_fat}I", block)
        return fat_cache[idx][sid % per_fat]

    names: list[str] = []
    sid, steps = first_dir, 0
    while sid < _ENDOFCHAIN:
        if steps >= _MAX_DIR_SECTORS or sid >= max_sectors:
            raise ValueError("directory chain loops or leaves the file")
        fh.seek(sector + sid * sector)
        block = fh.read(sector)
        if len(block) < sector:
            raise ValueError("truncated directory")
        for off in range(0, sector, 128):
            entry = block[off:off + 128]
            name_len = struct.unpack_from("<H", entry, 64)[0]
            obj_type = entry[66]
            if obj_type == 0 or not 2 <= name_len <= 64:
                continue
            names.append(entry[: name_len - 2].decode("utf-16-le", "replace"))
        sid, steps = fat_next(sid), steps + 1
    if not names:
        raise ValueError("empty directory")
    return names


def _check_ole2(fh: BinaryIO, name: str) -> None:
    try:
        names = _ole2_stream_names(fh)
    except (ValueError, struct.error, OSError, IndexError) as exc:
        raise UnreadableFile(
            f"{name}: berkas Office lama (OLE2) ini rusak; {_SAVE_AS_DOCX_ID}.",
            f"{name}: this legacy Office (OLE2) file is corrupt; {_SAVE_AS_DOCX_EN}.") from exc
    lower = {n.lower() for n in names}
    if "encryptedpackage" in lower:
        raise EncryptedFile(
            f"{name}: dokumen Office ini dilindungi kata sandi (terenkripsi); buka di Word, "
            f"lepaskan kata sandi lalu simpan ulang sebagai .docx.",
            f"{name}: this Office document is password-protected (encrypted); open it in Word, "
            f"remove the password and save it again as .docx.")
    if "worddocument" in lower:
        what_id, what_en = "dokumen Word 97-2003 (.doc) format lama", "a legacy Word 97-2003 document (.doc)"
    elif "workbook" in lower or "book" in lower:
        what_id, what_en = "lembar kerja Excel 97-2003 (.xls)", "a legacy Excel 97-2003 workbook (.xls)"
    elif "powerpoint document" in lower:
        what_id, what_en = "presentasi PowerPoint 97-2003 (.ppt)", "a legacy PowerPoint 97-2003 presentation (.ppt)"
    else:
        what_id, what_en = "berkas Office lama (OLE2), bukan .docx", "a legacy Office (OLE2) file, not a .docx"
    raise UnsupportedFormat(
        f"{name}: berkas ini {what_id}, yang tidak didukung; buka di Word lalu simpan ulang "
        f"sebagai .docx (File > Save As > Word Document).",
        f"{name}: this file is {what_en}, which is not supported; open it in Word and save it "
        f"again as .docx (File > Save As > Word Document).")


# ------------------------------------------------------------------------- others

_IMAGES = [
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
]

_ARCHIVES = [
    (b"7z\xbc\xaf\x27\x1c", "arsip 7-Zip", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "arsip RAR", "a RAR archive"),
    (b"\x1f\x8b", "arsip gzip", "a gzip archive"),
]


def _unsupported(name: str, what_id: str, what_en: str, todo_id: str = _SAVE_AS_DOCX_ID,
                 todo_en: str = _SAVE_AS_DOCX_EN) -> UnsupportedFormat:
    return UnsupportedFormat(
        f"{name}: berkas ini {what_id}, bukan .docx atau .pdf; {todo_id}.",
        f"{name}: this file is {what_en}, not a .docx or .pdf; {todo_en}.")


def _refuse_other(head: bytes, name: str) -> None:
    for magic, fmt in _IMAGES:
        if head.startswith(magic):
            raise _image(name, fmt)
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        raise _image(name, "WebP")
    for magic, what_id, what_en in _ARCHIVES:
        if head.startswith(magic):
            raise _unsupported(name, what_id, what_en,
                               "ekstrak arsipnya lalu periksa berkas .docx/.pdf di dalamnya",
                               "extract it and check the .docx/.pdf files inside")
    text = head
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if text.startswith(bom):
            text = text[len(bom):]
            break
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[: len(head) // 2 * 2].decode("utf-16", "replace").lstrip("\ufeff").encode("utf-8")
    stripped = text.lstrip(b" \t\r\n\x00").lower()
    if stripped.startswith(b"{\\rtf"):
        raise _unsupported(name, "dokumen RTF (Rich Text Format)", "an RTF (Rich Text Format) document")
    if stripped.startswith((b"<html", b"<!doctype html", b"<head", b"<body")) or (
            stripped.startswith(b"<") and b"<html" in stripped):
        raise _unsupported(name, "halaman web HTML (mungkin disimpan sebagai 'Web Page' lalu diganti nama)",
                           "an HTML web page (perhaps saved as 'Web Page' and renamed)")
    if stripped.startswith(b"mime-version:") or b"\nmime-version:" in stripped[:512]:
        raise _unsupported(name, "halaman web satu berkas (MHTML)", "a single-file web page (MHTML)")
    if stripped.startswith(b"<?xml"):
        if b"word.document" in stripped or b"w:worddocument" in stripped or b"pkg:package" in stripped:
            raise _unsupported(name, "dokumen Word 2003 XML / Flat XML", "a Word 2003 XML / Flat XML document")
        raise _unsupported(name, "berkas XML", "an XML file")
    if _looks_like_text(text):
        raise _unsupported(name, "teks biasa", "plain text")
    raise UnreadableFile(
        f"{name}: isi berkas tidak dikenali sebagai .docx maupun .pdf (berkas mungkin rusak); "
        f"kirim ulang berkas aslinya atau {_SAVE_AS_DOCX_ID}.",
        f"{name}: the content is recognised as neither .docx nor .pdf (the file may be corrupt); "
        f"submit the original again or {_SAVE_AS_DOCX_EN}.")


def _image(name: str, fmt: str) -> UnsupportedFormat:
    return _unsupported(name, f"gambar {fmt}", f"a {fmt} image",
                        "kirim dokumen .docx aslinya, atau PDF yang memuat teks",
                        "submit the original .docx, or a PDF that holds text")


def _looks_like_text(data: bytes) -> bool:
    if not data or b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 4:  # a multi-byte character cut at the end is fine
            return False
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(data) // 100
