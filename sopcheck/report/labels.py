"""The words of the human-facing report, in Bahasa Indonesia (default) and English.

Only UI words live here (headings, severity names, column titles). Finding messages come
already rendered in the requested language from the rules; machine formats (JSON, SARIF,
GitHub, concise) keep their field names and keywords fixed whatever the language.

    >>> t("findings", "en")
    'Findings'
    >>> t("error", "id")
    'galat'
    >>> tn("file", 2, "en")
    '2 files'
"""

from __future__ import annotations

LANGS = ("id", "en")

LABELS: dict[str, dict[str, str]] = {
    # severities
    "error": {"id": "galat", "en": "error"},
    "warning": {"id": "peringatan", "en": "warning"},
    "info": {"id": "info", "en": "info"},
    # check report
    "findings": {"id": "Temuan", "en": "Findings"},
    "no_findings": {"id": "tidak ada temuan", "en": "no findings"},
    "summary": {"id": "Ringkasan", "en": "Summary"},
    "severity": {"id": "Tingkat", "en": "Severity"},
    "code": {"id": "Kode", "en": "Code"},
    "rule": {"id": "Aturan", "en": "Rule"},
    "where": {"id": "Lokasi", "en": "Where"},
    "message": {"id": "Pesan", "en": "Message"},
    "procedure": {"id": "Prosedur", "en": "Procedure"},
    "step": {"id": "Langkah", "en": "Step"},
    "procedure_abbr": {"id": "P", "en": "P"},
    "step_abbr": {"id": "L", "en": "S"},
    "page_abbr": {"id": "hlm", "en": "p"},
    "whole_file": {"id": "berkas", "en": "file"},
    "identitas": {"id": "identitas", "en": "identitas"},
    "unreadable": {"id": "tidak dapat dibaca", "en": "could not be read"},
    # counted nouns: "<key>_one" / "<key>_other" (Bahasa Indonesia does not inflect)
    "file_one": {"id": "berkas", "en": "file"},
    "file_other": {"id": "berkas", "en": "files"},
    "error_one": {"id": "galat", "en": "error"},
    "error_other": {"id": "galat", "en": "errors"},
    "warning_one": {"id": "peringatan", "en": "warning"},
    "warning_other": {"id": "peringatan", "en": "warnings"},
    "info_one": {"id": "info", "en": "info"},
    "info_other": {"id": "info", "en": "infos"},
    "procedure_one": {"id": "prosedur", "en": "procedure"},
    "procedure_other": {"id": "prosedur", "en": "procedures"},
    "step_one": {"id": "langkah", "en": "step"},
    "step_other": {"id": "langkah", "en": "steps"},
    # parse view: identitas fields (SOP AP labels, Permenpan RB No. 35 Tahun 2012)
    "identity": {"id": "Identitas SOP", "en": "SOP identity"},
    "field": {"id": "Unsur", "en": "Field"},
    "value": {"id": "Isi", "en": "Value"},
    "absent": {"id": "(tidak ada)", "en": "(absent)"},
    "empty": {"id": "(kosong)", "en": "(empty)"},
    "instansi": {"id": "Instansi", "en": "Issuing unit"},
    "nomor_sop": {"id": "Nomor SOP", "en": "SOP number"},
    "tanggal_pembuatan": {"id": "Tanggal Pembuatan", "en": "Date made"},
    "tanggal_revisi": {"id": "Tanggal Revisi", "en": "Date revised"},
    "tanggal_efektif": {"id": "Tanggal Efektif", "en": "Date effective"},
    "disahkan_oleh": {"id": "Disahkan oleh", "en": "Approved by"},
    "nama_sop": {"id": "Nama SOP", "en": "SOP name"},
    "dasar_hukum": {"id": "Dasar Hukum", "en": "Legal basis"},
    "kualifikasi_pelaksana": {"id": "Kualifikasi Pelaksana", "en": "Performer qualifications"},
    "keterkaitan": {"id": "Keterkaitan", "en": "Related SOPs"},
    "peralatan_perlengkapan": {"id": "Peralatan / Perlengkapan", "en": "Equipment"},
    "peringatan": {"id": "Peringatan", "en": "Warnings"},
    "pencatatan_pendataan": {"id": "Pencatatan dan Pendataan", "en": "Records kept"},
    # parse view: flowchart grid
    "no": {"id": "No", "en": "No"},
    "kegiatan": {"id": "Kegiatan", "en": "Activity"},
    "kelengkapan": {"id": "Kelengkapan", "en": "Requirements"},
    "waktu": {"id": "Waktu", "en": "Time"},
    "output": {"id": "Output", "en": "Output"},
    "keterangan": {"id": "Keterangan", "en": "Notes"},
    "minutes_abbr": {"id": "mnt", "en": "min"},
    "no_procedures": {"id": "tidak ada prosedur", "en": "no procedures"},
    "no_steps": {"id": "tidak ada langkah", "en": "no steps"},
    "legend": {"id": "Simbol", "en": "Symbols"},
    "terminator": {"id": "mulai/selesai", "en": "start/end"},
    "process": {"id": "proses", "en": "process"},
    "decision": {"id": "keputusan", "en": "decision"},
    "offpage": {"id": "penghubung antarhalaman", "en": "off-page connector"},
    "connector": {"id": "penghubung", "en": "connector"},
    "marker": {"id": "tanda teks", "en": "text mark"},
    "unknown_symbol": {"id": "peran ditandai, simbol tidak dikenali", "en": "role marked, symbol unknown"},
}


def t(key: str, lang: str = "id") -> str:
    """The word for ``key`` in ``lang``; falls back to Bahasa Indonesia, then to ``key``."""
    entry = LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["id"]


def tn(key: str, n: int, lang: str = "id") -> str:
    """``n`` followed by the counted noun ``key`` ("1 file", "2 files", "2 berkas")."""
    return f"{n} {t(key + ('_one' if n == 1 else '_other'), lang)}"
