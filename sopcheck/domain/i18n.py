"""The words of every human-facing report, in Bahasa Indonesia (default) and English.

One table, one lookup: the console report and ``sopcheck parse`` view, the audit's console
summary, HTML and XLSX, and ``sopcheck rule`` take their headings, column titles and
severity names from :data:`WORDS` through :func:`t` (and :func:`tn` for counted nouns).
Finding messages are not here: each rule renders its own in the requested language.
Machine formats (JSON, SARIF, GitHub, concise) keep their field names fixed.

    >>> t("findings", "en")
    'Findings'
    >>> t("error", "id")
    'galat'
    >>> tn("file", 2, "en")
    '2 files'
"""

from __future__ import annotations

LANGS = ("id", "en")
"""Report languages: Bahasa Indonesia (the default) and English."""

WORDS: dict[str, dict[str, str]] = {
    # --- check report and parse view
    "error": {"id": "galat", "en": "error"},
    "warning": {"id": "peringatan", "en": "warning"},
    "info": {"id": "info", "en": "info"},
    "findings": {"id": "Temuan", "en": "Findings"},
    "no_findings": {"id": "tidak ada temuan", "en": "no findings"},
    "ocr_pages": {"id": "dibaca dengan OCR: halaman", "en": "read by OCR: pages"},
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
    "sop_one": {"id": "SOP", "en": "SOP"},
    "sop_other": {"id": "SOP", "en": "SOPs"},
    "sop_part": {"id": "SOP {index} dari {count}", "en": "SOP {index} of {count}"},
    "sop_part_abbr": {"id": "SOP{index}", "en": "SOP{index}"},
    "pages_range": {"id": "hlm {first}–{last}", "en": "pp. {first}–{last}"},
    "page_single": {"id": "hlm {first}", "en": "p. {first}"},
    "bundle_note": {"id": "bundel: {count} SOP dalam satu berkas", "en": "bundle: {count} SOPs in one file"},
    "identitas": {"id": "identitas", "en": "identitas"},
    "unreadable": {"id": "tidak dapat dibaca", "en": "could not be read"},
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
    "no": {"id": "No", "en": "No"},
    "kegiatan": {"id": "Kegiatan", "en": "Activity"},
    "kelengkapan": {"id": "Kelengkapan", "en": "Requirements"},
    "waktu": {"id": "Waktu", "en": "Time"},
    "output": {"id": "Output", "en": "Output"},
    "keterangan": {"id": "Keterangan", "en": "Notes"},
    "minutes_abbr": {"id": "mnt", "en": "min"},
    "flow": {"id": "Alur", "en": "Flow"},
    "flow_out": {"id": "keluar tabel", "en": "leaves table"},
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
    # --- audit reports (console, HTML, XLSX)
    "title": {"id": "Audit SOP", "en": "SOP audit"},
    "dinas": {"id": "Dinas", "en": "Dinas"},
    "documents": {"id": "Dokumen", "en": "Documents"},
    "procedures": {"id": "Prosedur", "en": "Procedures"},
    "steps": {"id": "Langkah", "en": "Steps"},
    "errors": {"id": "Galat", "en": "Errors"},
    "warnings": {"id": "Peringatan", "en": "Warnings"},
    "infos": {"id": "Info", "en": "Infos"},
    "clean": {"id": "Tanpa galat", "en": "No error"},
    "audit_unreadable": {"id": "Tak terbaca", "en": "Unreadable"},
    "top_rules": {"id": "Tiga aturan teratas", "en": "Top three rules"},
    "total": {"id": "Jumlah", "en": "Total"},
    "no_dinas": {"id": "(tanpa dinas)", "en": "(no dinas)"},
    "same_sop_in": {"id": "SOP yang sama di {path}", "en": "the same SOP in {path}"},
    "worst": {"id": "Dokumen dengan galat terbanyak", "en": "Documents with the most errors"},
    "document": {"id": "Dokumen", "en": "Document"},
    "path": {"id": "Berkas", "en": "File"},
    "part": {"id": "SOP ke", "en": "SOP no."},
    "page": {"id": "Halaman", "en": "Page"},
    "table": {"id": "Tabel", "en": "Table"},
    "row": {"id": "Baris", "en": "Row"},
    "cross": {"id": "Lintas dokumen", "en": "Cross-document"},
    "audit_instansi": {"id": "Instansi", "en": "Instansi"},
    "audit_nomor_sop": {"id": "Nomor SOP", "en": "Nomor SOP"},
    "audit_nama_sop": {"id": "Nama SOP", "en": "Nama SOP"},
    "format": {"id": "Format", "en": "Format"},
    "all": {"id": "semua", "en": "all"},
    "audit_summary": {"id": "Ringkasan per dinas", "en": "Summary per dinas"},
    "rules_seen": {"id": "Temuan per aturan", "en": "Findings per rule"},
    "count": {"id": "Jumlah", "en": "Count"},
    "flowchart": {"id": "Diagram alir yang dipahami sopcheck", "en": "Flowchart as sopcheck understood it"},
    "no_drawing": {"id": "tidak ada diagram", "en": "no drawing"},
    "more_steps": {"id": "langkah lagi tidak digambar", "en": "more steps not drawn"},
    "interrupted": {"id": "DIHENTIKAN: ringkasan sebagian ({done} dari {total} berkas); aturan lintas dokumen dan "
                             "laporan berkas dilewati.",
                   "en": "INTERRUPTED: partial summary ({done} of {total} files); cross-document rules and report "
                         "files skipped."},
    "files_per_s": {"id": "berkas/dtk", "en": "files/s"},
    "checking": {"id": "Memeriksa", "en": "Checking"},
    "timing": {"id": "{done} berkas dalam {secs:.1f} dtk ({rate:.1f} berkas/dtk, {jobs} proses); lintas "
                        "dokumen {cross:.2f} dtk",
              "en": "{done} files in {secs:.1f} s ({rate:.1f} files/s, {jobs} processes); cross-document "
                    "stage {cross:.2f} s"},
    "generated": {"id": "Dibuat", "en": "Generated"},
    "filter": {"id": "Saring", "en": "Filter"},
    "shown": {"id": "ditampilkan", "en": "shown"},
    "audit_legend": {"id": "Simbol: kapsul = mulai/selesai, kotak = proses, belah ketupat = keputusan, segilima = "
                              "penghubung antarhalaman, ✓ = tanda teks; merah/kuning = langkah dengan "
                              "galat/peringatan.",
                    "en": "Symbols: capsule = start/end, box = process, diamond = decision, pentagon = off-page "
                          "connector, ✓ = text marker; red/yellow = step with an error/warning."},
    "root": {"id": "Folder", "en": "Folder"},
    "local_roles": {"id": "Peran lokal per instansi", "en": "Local roles per instansi"},
    "local_roles_intro": {"id": "Jabatan yang tidak dikenal daftar peran sopcheck tetapi dipakai beberapa SOP satu "
                                   "instansi: daftar peran instansi itu sendiri, dilaporkan sekali di sini (bukan "
                                   "peringatan unknown-role per dokumen). Setelah dikonfirmasi Bagian Organisasi, "
                                   "tempel cuplikannya ke sopcheck.toml.",
                          "en": "Posts sopcheck's role roster does not know but several SOPs of one instansi use: "
                                "that instansi's own roster, reported once here (not as an unknown-role warning "
                                "per document). Once the Bagian Organisasi confirms them, paste the snippets into "
                                "sopcheck.toml."},
    "local_roles_none": {"id": "Tidak ada: setiap jabatan yang dipakai beberapa SOP sudah dikenal.",
                         "en": "None: every post several SOPs use is known."},
    "local_role": {"id": "Peran", "en": "Role"},
    "local_aliases": {"id": "Ejaan lain", "en": "Other spellings"},
    "local_sops": {"id": "Jumlah SOP", "en": "SOPs"},
    "local_used_in": {"id": "Dipakai di", "en": "Used in"},
    "local_snippet": {"id": "Cuplikan sopcheck.toml", "en": "sopcheck.toml snippet"},
    "local_roles_console": {"id": "{count} peran lokal untuk [[roles]] (cuplikan di laporan --html/--xlsx/--json)",
                            "en": "{count} local roles for [[roles]] (snippets in the --html/--xlsx/--json report)"},
    "no_lane": {"id": "(tanpa pelaksana)", "en": "(no role)"},
    # --- the review sheet (check --format docx/pdf) and annotate
    "sheet_title": {"id": "LEMBAR HASIL REVIU STANDAR OPERASIONAL PROSEDUR (SOP AP)",
                    "en": "SOP AP REVIEW SHEET"},
    "sheet_office": {"id": "BAGIAN ORGANISASI SEKRETARIAT DAERAH", "en": "ORGANISATION UNIT, REGIONAL SECRETARIAT"},
    "sheet_identity": {"id": "A. Identitas SOP yang direviu", "en": "A. The SOP reviewed"},
    "sheet_result": {"id": "B. Hasil reviu", "en": "B. Review findings"},
    "sheet_where": {"id": "Letak", "en": "Where"},
    "sheet_finding": {"id": "Temuan dan perbaikan yang diminta", "en": "Finding and the change asked for"},
    "sheet_flowchart": {"id": "C. Diagram alir sebagaimana terbaca", "en": "C. The flowchart as read"},
    "sheet_closing": {"id": "Mohon SOP diperbaiki sesuai temuan di atas, lalu disampaikan kembali untuk direviu "
                                "sebelum ditandatangani.",
                      "en": "Please revise the SOP as the findings above ask and submit it again for review before "
                            "it is signed."},
    "sheet_place_date": {"id": "Tanggal reviu:", "en": "Review date:"},
    "sheet_reviewer": {"id": "Reviewer,", "en": "Reviewer,"},
    "sheet_nip": {"id": "NIP.", "en": "NIP"},
    "sheet_footer": {"id": "Dibuat dengan sopcheck: pemeriksaan otomatis atas Permenpan RB No. 35 Tahun 2012; "
                               "periksa kembali setiap temuan.",
                     "en": "Made with sopcheck: automatic checks against Permenpan RB No. 35/2012; verify every "
                           "finding."},
    "sheet_file": {"id": "Berkas", "en": "File"},
    "sheet_part": {"id": "SOP dalam berkas", "en": "SOP in the file"},
    "sheet_role_header": {"id": "Kolom pelaksana", "en": "Role column"},
    "sheet_summary": {"id": "Ditemukan {n} temuan: {errors} galat (wajib diperbaiki), {warnings} peringatan (perlu "
                                "diperbaiki) dan {infos} info (saran).",
                      "en": "{n} findings: {errors} errors (must be fixed), {warnings} warnings (should be fixed) and "
                            "{infos} infos (suggestions)."},
    "sheet_turned": {"id": "gambar diputar", "en": "picture turned"},
    "sheet_clean": {"id": "Tidak ditemukan hal yang perlu diperbaiki.", "en": "Nothing to fix was found."},
    # --- sopcheck serve (the reviewer's desk in a browser)
    "desk_title": {"id": "Meja reviu SOP", "en": "SOP review desk"},
    "desk_intro": {"id": "Pilih satu atau beberapa berkas SOP (.docx atau .pdf), lalu tekan Periksa. Berkas hanya "
                           "diproses di komputer ini dan dihapus setelah {minutes} menit atau saat sopcheck serve "
                           "dihentikan.",
                   "en": "Choose one or more SOP files (.docx or .pdf), then press Check. The files are processed on "
                         "this computer only and deleted after {minutes} minutes or when sopcheck serve stops."},
    "desk_choose": {"id": "Berkas SOP", "en": "SOP files"},
    "desk_drop": {"id": "atau seret berkas ke sini", "en": "or drop files here"},
    "desk_chosen": {"id": "{n} berkas dipilih", "en": "{n} files chosen"},
    "desk_submit": {"id": "Periksa", "en": "Check"},
    "desk_limits": {"id": "Paling banyak {files} berkas dan {mb} MB sekali unggah; {seconds} detik per berkas.",
                    "en": "At most {files} files and {mb} MB per upload; {seconds} seconds per file."},
    "desk_language": {"id": "Bahasa", "en": "Language"},
    "desk_progress": {"id": "{done} dari {total} berkas selesai", "en": "{done} of {total} files done"},
    "desk_uploading": {"id": "Mengunggah… {pct}%", "en": "Uploading… {pct}%"},
    "desk_refresh": {"id": "Halaman ini diperbarui sendiri sampai semua berkas selesai.",
                     "en": "This page refreshes itself until every file is done."},
    "desk_status_queued": {"id": "menunggu", "en": "waiting"},
    "desk_status_working": {"id": "sedang diperiksa", "en": "being checked"},
    "desk_status_done": {"id": "selesai", "en": "done"},
    "desk_status_failed": {"id": "tidak dapat diperiksa", "en": "could not be checked"},
    "desk_file": {"id": "Berkas", "en": "File"},
    "desk_status": {"id": "Status", "en": "Status"},
    "desk_result": {"id": "Hasil", "en": "Result"},
    "desk_downloads": {"id": "Unduh", "en": "Download"},
    "desk_annotated": {"id": "salinan beranotasi", "en": "annotated copy"},
    "desk_sheet": {"id": "lembar reviu", "en": "review sheet"},
    "desk_again": {"id": "Periksa berkas lain", "en": "Check other files"},
    "desk_delete": {"id": "Hapus hasil ini sekarang", "en": "Delete these results now"},
    "desk_no_files": {"id": "Belum ada berkas yang dipilih: pilih berkas .docx atau .pdf.",
                      "en": "No file was chosen: choose .docx or .pdf files."},
    "desk_gone": {"id": "Hasil ini tidak ada lagi (sudah dihapus atau kedaluwarsa); periksa ulang berkasnya.",
                  "en": "These results are gone (deleted or expired); check the files again."},
    "desk_foreign": {"id": "Formulir dari situs lain ditolak: unggah dari halaman sopcheck serve sendiri.",
                     "en": "A form from another site is refused: upload from sopcheck serve's own page."},
    # --- rule explanations (sopcheck rule)
    "rule_severity": {"id": "Keparahan", "en": "Severity"},
    "rule_summary": {"id": "Ringkasan", "en": "Summary"},
    "why": {"id": "Alasan", "en": "Why"},
    "fail": {"id": "Contoh yang ditandai", "en": "Flagged example"},
    "pass": {"id": "Contoh yang lolos", "en": "Passing example"},
    "fires": {"id": "ditandai pada (L = langkah, P = prosedur)", "en": "flagged at (L = step, P = procedure)"},
    "scope": {"id": "Cakupan", "en": "Scope"},
    "details": {"id": "Rincian teknis", "en": "Details"},
    "details_en": {"id": "Rincian teknis (bahasa Inggris): sopcheck rule {name} --lang en",
                   "en": "Details: sopcheck rule {name} --lang en"},
    "options": {"id": "Ambang yang dapat diatur", "en": "Options"},
    "scope_document": {"id": "dokumen", "en": "document"},
    "scope_file": {"id": "berkas", "en": "file"},
    "scope_audit": {"id": "audit lintas dokumen", "en": "cross-document audit"},
}


def t(key: str, lang: str = "id", **params) -> str:
    """The words for ``key`` in ``lang`` (falling back to Bahasa Indonesia, then to ``key``
    itself), with ``params`` filled in when given."""
    entry = WORDS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["id"]
    return text.format(**params) if params else text


def tn(key: str, n: int, lang: str = "id") -> str:
    """``n`` followed by the counted noun ``key`` ("1 file", "2 files", "2 berkas")."""
    return f"{n} {t(key + ('_one' if n == 1 else '_other'), lang)}"
