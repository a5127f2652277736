"""The words of the audit reports (console, HTML, XLSX), in Bahasa Indonesia and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "title": {"id": "Audit SOP", "en": "SOP audit"},
    "dinas": {"id": "Dinas", "en": "Dinas"},
    "documents": {"id": "Dokumen", "en": "Documents"},
    "procedures": {"id": "Prosedur", "en": "Procedures"},
    "steps": {"id": "Langkah", "en": "Steps"},
    "errors": {"id": "Galat", "en": "Errors"},
    "warnings": {"id": "Peringatan", "en": "Warnings"},
    "infos": {"id": "Info", "en": "Infos"},
    "clean": {"id": "Tanpa galat", "en": "No error"},
    "unreadable": {"id": "Tak terbaca", "en": "Unreadable"},
    "top_rules": {"id": "Tiga aturan teratas", "en": "Top three rules"},
    "total": {"id": "Jumlah", "en": "Total"},
    "no_dinas": {"id": "(tanpa dinas)", "en": "(no dinas)"},
    "same_sop_in": {"id": "SOP yang sama di {path}", "en": "the same SOP in {path}"},
    "worst": {"id": "Dokumen dengan galat terbanyak", "en": "Documents with the most errors"},
    "document": {"id": "Dokumen", "en": "Document"},
    "path": {"id": "Berkas", "en": "File"},
    "severity": {"id": "Tingkat", "en": "Severity"},
    "rule": {"id": "Aturan", "en": "Rule"},
    "code": {"id": "Kode", "en": "Code"},
    "message": {"id": "Pesan", "en": "Message"},
    "procedure": {"id": "Prosedur", "en": "Procedure"},
    "step": {"id": "Langkah", "en": "Step"},
    "page": {"id": "Halaman", "en": "Page"},
    "table": {"id": "Tabel", "en": "Table"},
    "row": {"id": "Baris", "en": "Row"},
    "cross": {"id": "Lintas dokumen", "en": "Cross-document"},
    "instansi": {"id": "Instansi", "en": "Instansi"},
    "nomor_sop": {"id": "Nomor SOP", "en": "Nomor SOP"},
    "nama_sop": {"id": "Nama SOP", "en": "Nama SOP"},
    "format": {"id": "Format", "en": "Format"},
    "error": {"id": "galat", "en": "error"},
    "warning": {"id": "peringatan", "en": "warning"},
    "info": {"id": "info", "en": "info"},
    "all": {"id": "semua", "en": "all"},
    "findings": {"id": "Temuan", "en": "Findings"},
    "no_findings": {"id": "tidak ada temuan", "en": "no findings"},
    "summary": {"id": "Ringkasan per dinas", "en": "Summary per dinas"},
    "rules_seen": {"id": "Temuan per aturan", "en": "Findings per rule"},
    "count": {"id": "Jumlah", "en": "Count"},
    "flowchart": {"id": "Diagram alir yang dipahami sopcheck", "en": "Flowchart as sopcheck understood it"},
    "no_drawing": {"id": "tidak ada diagram", "en": "no drawing"},
    "more_steps": {"id": "langkah lagi tidak digambar", "en": "more steps not drawn"},
    "interrupted": {"id": "DIHENTIKAN: ringkasan sebagian ({done} dari {total} berkas); aturan lintas "
                            "dokumen dan laporan berkas dilewati.",
                    "en": "INTERRUPTED: partial summary ({done} of {total} files); cross-document rules "
                          "and report files skipped."},
    "files_per_s": {"id": "berkas/dtk", "en": "files/s"},
    "checking": {"id": "Memeriksa", "en": "Checking"},
    "timing": {"id": "{done} berkas dalam {secs:.1f} dtk ({rate:.1f} berkas/dtk, {jobs} proses); lintas "
                       "dokumen {cross:.2f} dtk",
               "en": "{done} files in {secs:.1f} s ({rate:.1f} files/s, {jobs} processes); cross-document "
                     "stage {cross:.2f} s"},
    "generated": {"id": "Dibuat", "en": "Generated"},
    "filter": {"id": "Saring", "en": "Filter"},
    "shown": {"id": "ditampilkan", "en": "shown"},
    "legend": {"id": "Simbol: kapsul = mulai/selesai, kotak = proses, belah ketupat = keputusan, segilima = "
                        "penghubung antarhalaman, ✓ = tanda teks; merah/kuning = langkah dengan galat/peringatan.",
               "en": "Symbols: capsule = start/end, box = process, diamond = decision, pentagon = off-page "
                     "connector, ✓ = text marker; red/yellow = step with an error/warning."},
    "root": {"id": "Folder", "en": "Folder"},
    "no_lane": {"id": "(tanpa pelaksana)", "en": "(no role)"},
}


def t(key: str, lang: str = "id", **params) -> str:
    """The label ``key`` in ``lang`` (falls back to Bahasa Indonesia), formatted with params."""
    entry = LABELS[key]
    text = entry.get(lang) or entry["id"]
    return text.format(**params) if params else text


def dinas_label(dinas: str, lang: str = "id") -> str:
    """``dinas`` as shown in a report: the store's placeholder for a file directly in the audit
    root without a readable instansi (:data:`sopcheck.audit.store.NO_DINAS`) in ``lang``, any
    other name as it is."""
    from .store import NO_DINAS

    return t("no_dinas", lang) if dinas == NO_DINAS else dinas
