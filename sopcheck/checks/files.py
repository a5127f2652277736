"""File-level rules: a file that cannot be read as an SOP costs one error finding.

These rules have no function: the readers raise :class:`sopcheck.errors.ReadError`
subclasses carrying the rule name and a message that says what is wrong and what to do,
and the CLI reports them with :func:`sopcheck.checks.base.file_finding`.
"""

from __future__ import annotations

from .base import RuleSpec, register

_FILE_RULES = [
    ("unreadable-file", "SOP001",
     {"id": "Berkas rusak atau tidak dapat dibaca", "en": "The file is corrupt or cannot be read"},
     {"id": "Berkas terpotong, rusak, atau strukturnya tidak sah; sopcheck tidak dapat memeriksa isinya.",
      "en": "The file is truncated, corrupt or malformed, so its content cannot be checked."}),
    ("unsupported-format", "SOP002",
     {"id": "Format berkas tidak didukung", "en": "The file format is not supported"},
     {"id": "sopcheck membaca .docx (Word 2007 ke atas) dan .pdf. Dokumen .doc lama, HTML atau gambar "
            "harus disimpan ulang sebagai .docx atau .pdf.",
      "en": "sopcheck reads .docx (Word 2007 and later) and .pdf. Legacy .doc, HTML or images must be "
            "saved again as .docx or .pdf."}),
    ("encrypted-file", "SOP003",
     {"id": "Berkas dilindungi kata sandi", "en": "The file is password-protected"},
     {"id": "Berkas terenkripsi tidak dapat dibaca; kirim ulang tanpa kata sandi.",
      "en": "An encrypted file cannot be read; submit it again without a password."}),
    ("not-an-sop", "SOP004",
     {"id": "Dokumen bukan SOP AP", "en": "The document is not an SOP AP"},
     {"id": "Tidak ditemukan identitas SOP maupun tabel diagram alir (Permenpan RB No. 35 Tahun 2012).",
      "en": "Neither an identitas block nor a flowchart table was found (Permenpan RB No. 35/2012)."}),
    ("no-text-layer", "SOP005",
     {"id": "PDF hasil pindai tanpa lapisan teks", "en": "Scanned PDF without a text layer"},
     {"id": "PDF hasil pindai tidak memuat teks, dan OCR sopcheck tidak menemukan SOP di gambar halamannya "
            "(pindaian buram, kosong atau rusak) atau dimatikan (--no-ocr, [limits] ocr = false); pindai ulang "
            "dengan jelas atau kirim berkas .docx aslinya.",
      "en": "A scanned PDF holds no text, and sopcheck's OCR found no SOP in its page images (a blurred, blank "
            "or damaged scan) or is switched off (--no-ocr, [limits] ocr = false); scan it again clearly or "
            "submit the original .docx."}),
    ("resource-limit", "SOP006",
     {"id": "Berkas melampaui batas ukuran pemeriksaan", "en": "The file exceeds a processing limit"},
     {"id": "Berkas terlalu besar atau terlalu rumit (bom zip, ribuan halaman atau baris, atau waktu "
            "habis) dan dihentikan agar pemeriksaan lain tetap berjalan.",
      "en": "The file is too large or complex (zip bomb, thousands of pages or rows, or time-out) and "
            "was stopped so the rest of the run goes on."}),
]

for _name, _code, _summary, _why in _FILE_RULES:
    register(RuleSpec(name=_name, code=_code, severity="error", summary=_summary,
                      message={"id": "{detail}", "en": "{detail}"}, why=_why, scope="file"))
