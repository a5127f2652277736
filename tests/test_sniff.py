"""Unit tests of :func:`sopcheck.readers.sniff.detect`: content, not name, decides."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import shutil
import struct
import zipfile
from pathlib import Path

import pytest

from sopcheck.errors import EncryptedFile, ResourceLimit, UnreadableFile, UnsupportedFormat
from sopcheck.limits import Limits
from sopcheck.readers import sniff
from sopcheck.readers.sniff import detect

BAD = Path(__file__).parent / "bad"
EXPECTED: dict[str, str] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))


def _load_build():
    spec = importlib.util.spec_from_file_location("sopcheck_bad_build", BAD / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build()

# What detect itself says about each bad file: an error class and words its Indonesian
# message must hold, or the kind it hands on to a reader.
SNIFF = {
    "empty.docx": (UnreadableFile, ["berkas kosong (0 bita)"]),
    "empty.pdf": (UnreadableFile, ["berkas kosong (0 bita)"]),
    "truncated-zip.docx": (UnreadableFile, ["berkas zip rusak atau terpotong"]),
    "zip-no-document.docx": (UnreadableFile, ["word/document.xml"]),
    "xlsx-renamed.docx": (UnsupportedFormat, ["excel", ".xlsx"]),
    "odt-renamed.docx": (UnsupportedFormat, ["opendocument", ".odt"]),
    "malformed-xml.docx": "docx",
    "xxe.docx": "docx",
    "billion-laughs.docx": "docx",
    "zip-bomb.docx": (ResourceLimit, ["bom zip", "word/media/filler.bin"]),
    "legacy.doc": (UnsupportedFormat, ["word 97-2003", "simpan ulang sebagai .docx"]),
    "legacy-renamed.docx": (UnsupportedFormat, ["word 97-2003", "simpan ulang sebagai .docx"]),
    "encrypted-ooxml.docx": (EncryptedFile, ["kata sandi", "lepaskan kata sandi lalu simpan ulang"]),
    "html-renamed.docx": (UnsupportedFormat, ["html"]),
    "rtf-renamed.docx": (UnsupportedFormat, ["rtf"]),
    "text-renamed.docx": (UnsupportedFormat, ["teks biasa"]),
    "png-renamed.pdf": (UnsupportedFormat, ["gambar png"]),
    "truncated.pdf": "pdf",
    "broken-xref.pdf": "pdf",
    "zero-pages.pdf": "pdf",
    "encrypted.pdf": "pdf",
    "scanned.pdf": "pdf",
    "letter.docx": "docx",
    "letter.pdf": "pdf",
    "gridspan-overflow.docx": "docx",
    "pages-2000.pdf": "pdf",
    "pages-count-lie.pdf": "pdf",
    "page-tree-loop.pdf": "pdf",
    "rows-20000.docx": "docx",
    "long-text.docx": "docx",
    "zip-bomb-parts.docx": (ResourceLimit, ["max-unzipped-mb", "320.0 mb"]),
    "zip-size-lie.docx": "docx",
    "corrupt-member.docx": "docx",
    "jpeg-renamed.docx": (UnsupportedFormat, ["gambar jpeg"]),
    "html-renamed.pdf": (UnsupportedFormat, ["html"]),
    "xxe-padded.docx": "docx",
    "glyph-bomb.pdf": "pdf",
    "image-bomb.pdf": "pdf",  # a PDF whose page image declares billions of pixels: the raster reader refuses it
    "corrupt-image.pdf": "pdf",
    "scan-pages-2000.pdf": "pdf",
}


def raises_id(cls, *words):
    """Like ``pytest.raises(cls)``, then check each of ``words`` is in the Indonesian message."""
    class _Ctx:
        def __enter__(self):
            self._cm = pytest.raises(cls)
            self.info = self._cm.__enter__()
            return self.info

        def __exit__(self, *exc):
            handled = self._cm.__exit__(*exc)
            for word in words:
                assert word in self.info.value.message_id, self.info.value.message_id
            return handled

    return _Ctx()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_bad_file_has_a_sniff_expectation():
    assert set(SNIFF) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(SNIFF))
def test_detect_bad_file(name):
    path = BAD / name
    before = (_sha(path), path.stat().st_mtime_ns)
    want = SNIFF[name]
    if isinstance(want, str):
        assert detect(path, Limits()) == want
    else:
        cls, words = want
        with pytest.raises(cls) as info:
            detect(path, Limits())
        err = info.value
        assert err.rule == EXPECTED[name]
        assert name in err.message_id and name in err.message_en
        for word in words:
            assert word in err.message_id.lower()
        assert err.message_id != err.message_en
    assert (_sha(path), path.stat().st_mtime_ns) == before


def test_build_is_deterministic(tmp_path):
    files = build.build()
    for name, data in files.items():
        assert (BAD / name).read_bytes() == data, f"{name} differs from build.py: rebuild and commit"


# ------------------------------------------------------------------ content, not name


@pytest.mark.parametrize("src, dst, kind", [
    ("letter.docx", "surat.pdf", "docx"),
    ("letter.pdf", "surat.docx", "pdf"),
    ("letter.docx", "tanpa-ekstensi", "docx"),
    ("letter.pdf", "SURAT.DOC", "pdf"),
])
def test_kind_comes_from_content(tmp_path, src, dst, kind):
    target = tmp_path / dst
    shutil.copyfile(BAD / src, target)
    assert detect(target, Limits()) == kind


def test_legacy_doc_whatever_its_name(tmp_path):
    for name in ("sop.doc", "sop.docx", "sop.pdf", "sop"):
        target = tmp_path / name
        shutil.copyfile(BAD / "legacy.doc", target)
        with raises_id(UnsupportedFormat, "Word 97-2003"):
            detect(target, Limits())


def test_pdf_marker_within_first_1024_bytes(tmp_path):
    data = (BAD / "letter.pdf").read_bytes()
    near = tmp_path / "near.pdf"
    near.write_bytes(b"\0junk-from-a-mail-gateway\r\n" * 30 + data)  # 810 bytes of junk
    assert detect(near, Limits()) == "pdf"
    far = tmp_path / "far.pdf"
    far.write_bytes(b"\0" * 2000 + data)
    with pytest.raises(UnreadableFile):
        detect(far, Limits())


@pytest.mark.parametrize("head, word", [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"GIF87a\x01\x00\x01\x00", "GIF"),
    (b"II*\x00\x08\x00\x00\x00", "TIFF"),
    (b"MM\x00*\x00\x00\x00\x08", "TIFF"),
    (b"BM6\x00\x00\x00\x00\x00\x00\x006\x00\x00\x00", "BMP"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
])
def test_images(tmp_path, head, word):
    target = tmp_path / "scan.pdf"
    target.write_bytes(head + bytes(range(256)) * 4)
    with pytest.raises(UnsupportedFormat) as info:
        detect(target, Limits())
    assert word in info.value.message_id and word in info.value.message_en
    assert "scan.pdf" in info.value.message_id


@pytest.mark.parametrize("data", [
    b"<html><body>SOP</body></html>",
    b"\xef\xbb\xbf  \r\n<!DOCTYPE html>\n<html></html>",
    b"\n\n<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html>",
    b"<HTML xmlns:o=\"urn:schemas-microsoft-com:office:office\">",
    "\ufeff<html>".encode("utf-16"),
])
def test_html(tmp_path, data):
    target = tmp_path / "sop.docx"
    target.write_bytes(data)
    with raises_id(UnsupportedFormat, "HTML"):
        detect(target, Limits())


def test_rtf_and_plain_text(tmp_path):
    target = tmp_path / "sop.docx"
    target.write_bytes(b"{\\rtf1\\ansi hello}")
    with raises_id(UnsupportedFormat, "RTF"):
        detect(target, Limits())
    target.write_bytes("Prosedur pelayanan — langkah 1\n".encode("utf-8") * 50)
    with raises_id(UnsupportedFormat, "teks biasa"):
        detect(target, Limits())


def test_word_2003_xml_and_mhtml(tmp_path):
    target = tmp_path / "sop.docx"
    target.write_bytes(b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>')
    with raises_id(UnsupportedFormat, "Word 2003 XML"):
        detect(target, Limits())
    target.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n")
    with raises_id(UnsupportedFormat, "MHTML"):
        detect(target, Limits())


def test_unknown_binary_is_unreadable(tmp_path):
    target = tmp_path / "sop.docx"
    target.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UnreadableFile) as info:
        detect(target, Limits())
    assert "sop.docx" in info.value.message_id


# ------------------------------------------------------------------ paths that are not files


def test_directory(tmp_path):
    folder = tmp_path / "kiriman.docx"
    folder.mkdir()
    with raises_id(UnreadableFile, "folder"):
        detect(folder, Limits())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_fifo_and_device_do_not_block(tmp_path):
    fifo = tmp_path / "pipa.docx"
    os.mkfifo(fifo)
    with raises_id(UnreadableFile, "bukan berkas biasa"):
        detect(fifo, Limits())
    with raises_id(UnreadableFile, "bukan berkas biasa"):
        detect(Path(os.devnull), Limits())


def test_missing_file(tmp_path):
    with raises_id(UnreadableFile, "tidak ditemukan"):
        detect(tmp_path / "hilang.docx", Limits())


def test_permission_denied(tmp_path, monkeypatch):
    target = tmp_path / "rahasia.docx"
    shutil.copyfile(BAD / "letter.docx", target)
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        target.chmod(0)
    else:  # root reads anything: simulate what the OS says to everyone else
        def deny(path):
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(sniff, "_open_readonly", deny)
    try:
        with pytest.raises(UnreadableFile) as info:
            detect(target, Limits())
        assert "izin" in info.value.message_id and "rahasia.docx" in info.value.message_id
    finally:
        target.chmod(0o644)


# ------------------------------------------------------------------ limits


def _zip(tmp_path: Path, members: list[tuple[str, bytes]], name: str = "z.docx", encrypted: bool = False) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in members:
            info = zipfile.ZipInfo(member, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    data = bytearray(buf.getvalue())
    if encrypted:  # set the "encrypted" flag bit in every local and central header
        for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            pos = data.find(sig)
            while pos >= 0:
                data[pos + off] |= 0x1
                pos = data.find(sig, pos + 4)
    target = tmp_path / name
    target.write_bytes(bytes(data))
    return target


DOC_XML = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'


def test_max_file_bytes(tmp_path):
    path = BAD / "letter.docx"
    size = path.stat().st_size
    assert detect(path, Limits(max_file_bytes=size)) == "docx"
    with raises_id(ResourceLimit, "max-file-mb"):
        detect(path, Limits(max_file_bytes=size - 1))


def test_max_zip_entries(tmp_path):
    members = [("word/document.xml", DOC_XML)] + [(f"word/media/p{i}.xml", b"x") for i in range(9)]
    target = _zip(tmp_path, members)
    assert detect(target, Limits(max_zip_entries=10)) == "docx"
    with raises_id(ResourceLimit, "max_zip_entries"):
        detect(target, Limits(max_zip_entries=9))


def test_max_unzipped_bytes(tmp_path):
    target = _zip(tmp_path, [("word/document.xml", DOC_XML), ("word/media/a.bin", os.urandom(4000))])
    total = len(DOC_XML) + 4000
    assert detect(target, Limits(max_unzipped_bytes=total)) == "docx"
    with raises_id(ResourceLimit, "max-unzipped-mb"):
        detect(target, Limits(max_unzipped_bytes=total - 1))


def test_zip_ratio_only_for_large_members(tmp_path):
    small = _zip(tmp_path, [("word/document.xml", DOC_XML), ("word/media/a.bin", bytes(1024 * 1024))], "s.docx")
    assert detect(small, Limits()) == "docx"  # 1 MiB of zeros: ratio ~1000 but not over 1 MiB
    big = _zip(tmp_path, [("word/document.xml", DOC_XML), ("word/media/a.bin", bytes(2 * 1024 * 1024))], "b.docx")
    with raises_id(ResourceLimit, "max_zip_ratio"):
        detect(big, Limits())
    assert detect(big, Limits(max_zip_ratio=5000)) == "docx"
    noisy = _zip(tmp_path, [("word/document.xml", DOC_XML), ("word/media/a.bin", os.urandom(2 * 1024 * 1024))],
                 "n.docx")
    assert detect(noisy, Limits()) == "docx"


def test_zip_bomb_read_cost(monkeypatch):
    """Only the head and central directory of the 317 KB zip bomb are read."""
    read = []

    class Counting(io.FileIO):
        def readinto(self, b):
            n = super().readinto(b)
            read.append(n or 0)
            return n

    def counting_open(path):
        return io.BufferedReader(Counting(str(path), "r"))

    monkeypatch.setattr(sniff, "_open_readonly", counting_open)
    with pytest.raises(ResourceLimit):
        detect(BAD / "zip-bomb.docx", Limits())
    assert sum(read) < 100_000


def test_document_part_found_through_content_types(tmp_path):
    ct = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          b'<Override PartName="/word/document2.xml" ContentType="application/vnd.openxmlformats-'
          b'officedocument.wordprocessingml.document.main+xml"/></Types>')
    target = _zip(tmp_path, [("[Content_Types].xml", ct), ("word/document2.xml", DOC_XML)])
    assert detect(target, Limits()) == "docx"


def test_encrypted_zip_member(tmp_path):
    target = _zip(tmp_path, [("word/document.xml", DOC_XML)], encrypted=True)
    with pytest.raises(EncryptedFile):
        detect(target, Limits())


def test_empty_zip(tmp_path):
    target = tmp_path / "kosong.docx"
    with zipfile.ZipFile(target, "w"):
        pass
    with raises_id(UnreadableFile, "word/document.xml"):
        detect(target, Limits())


def test_pptx_renamed(tmp_path):
    target = _zip(tmp_path, [("ppt/presentation.xml", b"<p/>")])
    with raises_id(UnsupportedFormat, "PowerPoint"):
        detect(target, Limits())


# ------------------------------------------------------------------ OLE2


def test_ole2_other_office_files(tmp_path):
    target = tmp_path / "anggaran.docx"
    target.write_bytes(build.cfb([("Workbook", b"\x09\x08" + bytes(100))]))
    with raises_id(UnsupportedFormat, "Excel 97-2003"):
        detect(target, Limits())
    target.write_bytes(build.cfb([("PowerPoint Document", bytes(100))]))
    with raises_id(UnsupportedFormat, "PowerPoint 97-2003"):
        detect(target, Limits())


def test_ole2_corrupt(tmp_path):
    target = tmp_path / "rusak.doc"
    target.write_bytes(sniff.OLE2_MAGIC + bytes(100))
    with raises_id(UnreadableFile, "OLE2"):
        detect(target, Limits())
    # a directory chain that loops on itself must not hang
    data = bytearray(build.legacy_doc())
    fat = list(struct.unpack_from("<128I", data, 512))
    fat[1] = 1
    struct.pack_into("<128I", data, 512, *fat)
    target.write_bytes(bytes(data))
    with pytest.raises((UnreadableFile, UnsupportedFormat)):
        detect(target, Limits())


def test_ole2_truncated(tmp_path):
    target = tmp_path / "potong.doc"
    target.write_bytes(build.legacy_doc()[:700])
    with pytest.raises(UnreadableFile):
        detect(target, Limits())
