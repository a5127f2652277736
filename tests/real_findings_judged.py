"""Every error and warning ``sopcheck check ../shared/real/`` gives, judged by eye against the page (issue 14).

Judged on 2026-12-05 (before the second release's rule changes) over the findings of
``/work/data/before-real.json`` (``sopcheck check ../shared/real/ --format json --no-cache`` on the hub's
main at 19d338e: 43 files, 45 errors, 181 warnings, 93 infos), which a fresh clone reproduces exactly.

Method: every page was rendered with ``pdftoppm -png -r 60`` and read; the cells a finding names were
zoomed (``-r 110..150 -x -y -W -H``) until their content was certain; the DOCX template was rendered
through ``soffice --headless --convert-to pdf``. Identitas findings were checked against the identitas
table as printed, Mutu Baku findings against the row's cells, role findings against the pelaksana
header and what the page says the post is (the heading's unit, the kegiatan text), duration findings
against the kegiatan. The judgment was made on the page, not on sopcheck's parse.

Verdicts (precision = true / (true + false + noise)):

* ``true``: the page has this defect and a reviewer in a Bagian Organisasi would write it down.
* ``false``: the page does not have it: sopcheck misread the page (a field printed with a value
  reported empty, a bullet of the next cell read into Waktu, the end capsule drawn outside the last row)
  or the chain is intact (the kelengkapan names step N's output in other words: "IHK" for "Indeks
  Harga", "PMTB putaran Nol" for "Angka Inisial PMTB (Putaran NOL)", the items of "Data kepegawaian").
* ``noise``: literally so but a reviewer would not want it reported: a kelengkapan listing the step's
  own inputs, tools or a document used throughout rather than the previous output; an output that is
  a state or people ("Ditindaklanjuti", "Petugas terlatih"); a local post or team in a pelaksana
  header ("PJ Neraca Produksi", "CA (PJ NADA CERIA)"); the official short form "Kasubid"; waktu
  "Sesuai kebutuhan" where the LKPP rules leave the length to the Pokja; a reading limit of sopcheck
  (flowchart or symbols pasted as an image, a scan without text layer) that is no defect of the SOP.
* A field printed as "-" is judged ``true`` and the ``why`` says "debatable".

Lines held across files: ``output-input-mismatch`` is ``true`` when the kelengkapan repeats the step's
own output ("Hasil Pemeriksaan" for the step that makes it, "SP2D" for the step that issues it), names
a document no step makes ("Draft Publikasi Podes" after "Raw Data"), or step N's output belongs to
another SOP. A waktu that is a frequency ("Semesteran") or a count ("2 (dua) kali rapat") is ``true``;
a length set outside the SOP (the contract, the LKPP schedule, the survey calendar) is ``noise``. A row
holding only the end capsule may leave Mutu Baku blank (``noise``); a row with an activity may not.

Key of a judgment, one tuple: ``(file, rule, part, procedure, step, subject, verdict, why)``:

* ``file``: the file name before its first "." for BPS files (``administrative__020``), the stem for
  the wild files;
* ``part``: ``None`` for a single-SOP file; for the bundle ``cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran``
  (11 pages, five SOPs: pages 1-2, 3-4, 5-6, 7-8, 9-11, each one identitas and one flowchart) the
  1-based SOP in page order, decided by eye (a build that reads the file as one SOP has its procedure *k*
  as ``part=k, procedure=1`` and its identitas as part 1's: :func:`as_parts`);
* ``procedure``: 1-based within the SOP, ``None`` for identitas and file-level findings;
* ``step``: the step number as the finding gives it (an unnumbered row: its position), else ``None``;
* ``subject``: a short text of today's message the finding is about (the quoted cell text, the header,
  the field label: "Output", "Kelengkapan", "Waktu" for an empty Mutu Baku cell); a finding matches
  when its message contains it, case-insensitively (:func:`matches`).

Judged later, the same way, as changes brought them (each entry says so where it is not obvious): the
identitas findings of Cimahi parts 2-5 once the bundle was read as five SOPs; findings reworded so that
they say what is printed (an archives__076 key names the "kosong" it was judged on, beside the new
"berisi «Maksud dan tujuan…»" one).

:data:`JUDGED` holds the 226 errors and warnings of the first judgment and those judged later,
:data:`JUDGED_INFO` the 93 infos
(``performer-in-kegiatan`` of all 9 files that have any, and ``terminator-placement``). Issue 15 (the
flow read from the arrows) added the 49 warnings of its flow rules to :data:`JUDGED` and its
``terminator-placement`` / ``arrows-not-found`` infos to :data:`JUDGED_INFO`, each read against the page
and the by-eye arrows of ``real_arrows_by_eye.py``; two ``terminator-placement`` infos judged false
(general__064, statistics__319) are gone since, their verdicts kept.

:func:`summary` gives the per-rule table (found, true, false, noise); run this module to print it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path, PurePath

# (file, rule, part, procedure, step, subject, verdict, why)
Judgment = tuple[str, str, int | None, int | None, int | None, str, str, str]

VERDICTS = ("true", "false", "noise")

JUDGED: list[Judgment] = [
    # administrative__020: Pembuatan Naskah Dinas - SK (page 2: steps 6-8 have no Mutu Baku at all)
    ("administrative__020", "missing-output", None, 1, 1, "Output", "true", "step 1 Output cell blank on the page"),
    ("administrative__020", "missing-kelengkapan", None, 1, 4, "Kelengkapan", "true", "step 4 Kelengkapan blank"),
    ("administrative__020", "missing-kelengkapan", None, 1, 5, "Kelengkapan", "true", "step 5 Kelengkapan blank"),
    ("administrative__020", "missing-output", None, 1, 6, "Output", "true", "steps 6-8: whole Mutu Baku blank"),
    ("administrative__020", "missing-kelengkapan", None, 1, 6, "Kelengkapan", "true",
     "steps 6-8: whole Mutu Baku blank"),
    ("administrative__020", "missing-duration", None, 1, 6, "Waktu", "true", "steps 6-8: whole Mutu Baku blank"),
    ("administrative__020", "missing-output", None, 1, 7, "Output", "true", "steps 6-8: whole Mutu Baku blank"),
    ("administrative__020", "missing-kelengkapan", None, 1, 7, "Kelengkapan", "true",
     "steps 6-8: whole Mutu Baku blank"),
    ("administrative__020", "missing-duration", None, 1, 7, "Waktu", "true", "steps 6-8: whole Mutu Baku blank"),
    ("administrative__020", "missing-output", None, 1, 8, "Output", "true", "steps 6-8: whole Mutu Baku blank"),
    ("administrative__020", "missing-kelengkapan", None, 1, 8, "Kelengkapan", "true",
     "steps 6-8: whole Mutu Baku blank"),
    ("administrative__020", "missing-duration", None, 1, 8, "Waktu", "true", "steps 6-8: whole Mutu Baku blank"),
    # administrative__030: Pengajuan UP ke KPPN
    ("administrative__030", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty on page 1"),
    ("administrative__030", "output-input-mismatch", None, 1, 2, "Kuitansi pajak", "noise",
     "output 1 is a state ('Terkumpulnya dokumen'); kuitansi is the step's own input"),
    ("administrative__030", "output-input-mismatch", None, 1, 3, "Daftar Rincian Permintaan", "noise",
     "output 2 a state; the Daftar Rincian is what step 2 makes"),
    ("administrative__030", "output-input-mismatch", None, 1, 4, "Daftar Rincian Permintaan", "noise",
     "lists the supporting documents of steps 2-3 (step inputs)"),
    ("administrative__030", "output-input-mismatch", None, 1, 5, "Daftar Rincian Permintaan", "noise",
     "same supporting documents as step 4 (earlier kelengkapan)"),
    ("administrative__030", "output-input-mismatch", None, 1, 7, "SP2D", "true",
     "kelengkapan is the step's own product (output 'Terbitnya SP2D'); input should be the SPM"),
    ("administrative__030", "output-input-mismatch", None, 1, 8, "Cek", "noise",
     "the cheque is the bendahara's instrument for the step, not a previous output"),
    # archives__076: Persiapan SERUTI
    ("archives__076", "missing-identity-field", None, None, None, "«Pencatatan dan Pendataan» kosong", "false",
     "printed: 'Disimpan sebagai dokumen (hardcopy dan softcopy)'"),
    ("archives__076", "missing-identity-field", None, None, None, "«Peringatan» kosong", "false",
     "printed, though with 'Maksud dan tujuan: ...' (not a warning): wrong content, not empty"),
    ("archives__076", "missing-identity-field", None, None, None, "«Peringatan» berisi «Maksud dan tujuan", "true",
     "the Peringatan box holds the statement of purpose (page 1), no warning: the content is wrong, as said"),
    ("archives__076", "output-input-mismatch", None, 1, 2, "Dokumen dan Kuesioner", "false",
     "same documents as output 1 'Buku Pedoman dan Kuesioner'"),
    ("archives__076", "implausible-duration", None, 1, 2, "1 bulan", "noise",
     "shipping printed questionnaires to every kab/kota: BPS writes the survey-calendar window"),
    ("archives__076", "output-input-mismatch", None, 1, 3, "Jumlah Petugas", "noise",
     "training inputs (petugas, tempat, jadwal), listed in identitas Peralatan"),
    # general__064: Publikasi PDRB Tahunan
    ("general__064", "unknown-role", None, 1, None, "PJ Neraca Produksi", "noise",
     "PJ = penanggung jawab of a subject-matter team: a local post"),
    ("general__064", "output-input-mismatch", None, 1, 2, "Kelengkapan data", "noise",
     "kelengkapan states a condition (data complete), not a document"),
    ("general__064", "output-input-mismatch", None, 1, 3, "Hasil Draf", "false",
     "output 2 'Printout' is the printed draft = 'Hasil Draf'"),
    ("general__064", "output-input-mismatch", None, 1, 4, "Kata pengantar", "noise",
     "part of the finalised draft the step needs (step input)"),
    ("general__064", "output-input-mismatch", None, 1, 5, "Kelengkapan tulisan", "noise",
     "kelengkapan states a condition, not a document"),
    # general__207: Survei Pertanian Ubinan (page 2 is one JPEG of the flowchart)
    ("general__207", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty on page 1"),
    ("general__207", "missing-flowchart", None, None, None, "diagram alir", "noise",
     "page 2 has a complete flowchart pasted as an image: a reading limit, not a defect of the SOP"),
    # general__329: NADA CERIA (Change Agent Network)
    ("general__329", "missing-identity-field", None, None, None, "Peringatan", "true", "box printed empty"),
    ("general__329", "unknown-role", None, 1, None, "CA (PJ NADA CERIA)", "noise",
     "Change Agent, the unit named in the heading: a local post"),
    ("general__329", "unknown-role", None, 1, None, "CC", "noise",
     "acronym of the change-management team's post (Change Champion): local; at most ask to spell it out"),
    ("general__329", "role-name-variant", None, 1, None, "Reseptionist", "noise",
     "a receptionist is a post of its own, not a spelling of 'Pelaksana'"),
    ("general__329", "step-sequence-gap", None, 1, 6, "nomor 6", "true", "no step 5 printed: 4 then 6"),
    ("general__329", "output-input-mismatch", None, 1, 11, "Seluruh Kelengkapan Laporan", "noise",
     "output 10 is a state (pegawai mendengarkan); report materials are the step's inputs"),
    ("general__329", "unparseable-duration", None, 1, 12, "Semesteran", "true",
     "'Semesteran' is a frequency, not a duration"),
    # it__001: Penatausahaan Persediaan (symbols are one raster image over the vector table)
    ("it__001", "symbols-not-found", None, 1, None, "kolom pelaksana", "noise",
     "every step has a symbol on the page (pasted as an image): a reading limit, not a defect"),
    ("it__001", "output-input-mismatch", None, 1, 2, "Renja K/L", "noise",
     "planning documents the step needs (step inputs)"),
    ("it__001", "unparseable-duration", None, 1, 3, "Sesuai masa kontrak", "noise",
     "procurement bound to the contract: a reviewer accepts 'sesuai masa kontrak'"),
    ("it__001", "output-input-mismatch", None, 1, 8, "Bon Permintaan Barang", "noise",
     "the outgoing-goods sub-flow starts here; the bon comes from the requesting unit"),
    ("it__001", "output-input-mismatch", None, 1, 12, "Dokumen Bahan Opname", "noise",
     "the opname's own working material plus ATK (step inputs)"),
    ("it__001", "output-input-mismatch", None, 1, 15, "PC/Laptop", "noise", "equipment list (PC/Laptop, internet)"),
    ("it__001", "output-input-mismatch", None, 1, 16, "PC/Laptop", "noise", "equipment list (PC/Laptop, internet)"),
    ("it__001", "output-input-mismatch", None, 1, 17, "Filling Cabinet", "noise", "equipment list (cabinet, PC)"),
    # it__012: Pengumpulan Data Capaian Kinerja (kelengkapan column is headed 'Sumber Data')
    ("it__012", "output-input-mismatch", None, 1, 2, "Realisasi target tim kerja", "noise",
     "column 'Sumber Data' repeats the same source data on every step"),
    ("it__012", "output-input-mismatch", None, 1, 3, "Realisasi target tim kerja", "noise",
     "column 'Sumber Data' repeats the same source data on every step"),
    # it__037: Persiapan Penyusunan Publikasi
    ("it__037", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true", "box printed empty"),
    ("it__037", "missing-identity-field", None, None, None, "Peringatan", "true",
     "box printed empty (a 'Maksud dan tujuan' row follows, not a warning)"),
    ("it__037", "unknown-role", None, 1, None, "Ketua Project Analisis", "noise",
     "leader of a project team: a local post"),
    ("it__037", "output-input-mismatch", None, 1, 2, "Rancangan Jadwal", "noise",
     "output 1 is a state (pengarahan); the rancangan is the step's own working draft"),
    ("it__037", "output-input-mismatch", None, 1, 3, "Rencana Alokasi Penulis", "noise",
     "the step's own working draft of its output (alokasi)"),
    # it__053: Permintaan Setting Jaringan (Mutu Baku written as states throughout)
    ("it__053", "missing-identity-field", None, None, None, "Peringatan", "true", "box printed empty"),
    ("it__053", "output-input-mismatch", None, 1, 2, "Approval tiket", "noise",
     "output 1 is a state ('Ditindaklanjuti')"),
    ("it__053", "output-input-mismatch", None, 1, 3, "Informasi kebutuhan", "noise",
     "output 2 is a state ('Ditindaklanjuti')"),
    ("it__053", "output-input-mismatch", None, 1, 4, "Proses dimulainya", "noise",
     "kelengkapan is a state, not a document"),
    ("it__053", "output-input-mismatch", None, 1, 5, "Pengujian dan test koneksi", "noise",
     "kelengkapan and output 4 are states, not documents"),
    ("it__053", "output-input-mismatch", None, 1, 6, "Perangkat telah terkoneksi", "noise",
     "kelengkapan is a state (device connected), follows the test of step 5"),
    # it__072: Penghitungan PMTB ADHB
    ("it__072", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true", "box printed empty"),
    ("it__072", "missing-kelengkapan", None, 1, 1, "Kelengkapan", "true", "step 1 Kelengkapan blank"),
    ("it__072", "output-input-mismatch", None, 1, 2, "Output Konstruksi", "noise",
     "source data the collection step needs (step inputs)"),
    ("it__072", "output-input-mismatch", None, 1, 5, "PMTB putaran Nol", "false",
     "step 4 is 'Angka Inisial PMTB (Putaran NOL)': the same figure"),
    ("it__072", "missing-output", None, 1, 6, "Output", "true", "step 6 (a box and the end capsule) has no Mutu Baku"),
    ("it__072", "missing-kelengkapan", None, 1, 6, "Kelengkapan", "true", "step 6 has no Mutu Baku"),
    ("it__072", "missing-duration", None, 1, 6, "Waktu", "true", "step 6 has no Mutu Baku"),
    # it__118: Survei E-Commerce
    ("it__118", "missing-identity-field", None, None, None, "Peringatan", "true",
     "printed '-' (debatable: '-' may mean 'none', but Permenpan 35/2012 asks for a warning)"),
    ("it__118", "output-input-mismatch", None, 1, 4, "Aplikasi FASIH", "noise", "equipment and software list"),
    ("it__118", "output-input-mismatch", None, 1, 5, "Data pendataan Survei", "false",
     "same data as output 4 'Data entri hasil pencacahan'"),
    ("it__118", "output-input-mismatch", None, 1, 6, "Data harga", "true",
     "no step produces 'Data harga' (leftover of a price-survey SOP, cf. Kualifikasi 'Survei Harga Konsumen')"),
    # it__305: Pelaksanaan Swakelola Tipe I
    ("it__305", "unparseable-duration", None, 1, 2, "Sesuai kebutuhan", "noise",
     "carrying out the whole swakelola: its length is the work schedule, not a step time"),
    ("it__305", "output-input-mismatch", None, 1, 5, "Dokumen administrasi", "noise",
     "the supervision step's own inputs (administrative, technical, financial records)"),
    ("it__305", "unparseable-duration", None, 1, 5, "Sesuai kebutuhan", "noise",
     "supervision spans the whole execution: schedule-bound"),
    ("it__305", "missing-kelengkapan", None, 1, 6, "Kelengkapan", "true", "step 6 Kelengkapan blank"),
    ("it__305", "output-input-mismatch", None, 1, 7, "Hasil reviu atas spesifikasi", "true",
     "no step produces a review of the KAK; handing over should take the BAST of step 6"),
    # it__332: CoachMe Program (Change Agent Network)
    ("it__332", "missing-identity-field", None, None, None, "Peringatan", "true", "box printed empty"),
    ("it__332", "unknown-role", None, 1, None, "CAN (CA/CC/CL)", "noise",
     "Change Agent Network, the unit in the heading: a local team"),
    ("it__332", "output-input-mismatch", None, 1, 2, "Pedoman pelaksanaan kegiatan", "noise",
     "the guideline and office software used in every step (reference, already step 1's kelengkapan)"),
    ("it__332", "output-input-mismatch", None, 1, 3, "Pedoman pelaksanaan kegiatan", "noise",
     "the guideline and office software used in every step"),
    ("it__332", "unparseable-duration", None, 1, 8, "Semesteran", "true",
     "'Semesteran' is a frequency, not a duration"),
    # it__341: Komponen Impor ADHK
    ("it__341", "missing-output", None, 1, 1, "Output", "true", "step 1 Output blank"),
    ("it__341", "output-input-mismatch", None, 1, 3, "INDEKS HARGA", "false",
     "output 2 'IHK' = Indeks Harga Konsumen: the same figures"),
    ("it__341", "missing-kelengkapan", None, 1, 5, "Kelengkapan", "noise",
     "row 5 is only the end capsule stating the result (output IMPOR ADHK)"),
    ("it__341", "missing-duration", None, 1, 5, "Waktu", "noise", "row 5 is only the end capsule stating the result"),
    # procurement__257: Tender pascakualifikasi (LKPP schedule language: 'waktu disesuaikan dengan kebutuhan')
    ("procurement__257", "output-input-mismatch", None, 1, 2, "Data-data yang diperlukan", "noise",
     "the bidder's own registration data (step input)"),
    ("procurement__257", "output-input-mismatch", None, 1, 3, "Dokumen Pemilihan", "noise",
     "the tender document of step 1, used throughout; output 2 is people (peserta)"),
    ("procurement__257", "output-input-mismatch", None, 1, 4, "Dokumen Pemilihan", "noise",
     "bidders prepare offers from the tender document (step 1's kelengkapan)"),
    ("procurement__257", "unparseable-duration", None, 1, 4, "Sesuai kebutuhan", "noise",
     "length set per tender by the LKPP rules, stated in the kegiatan ('paling kurang 3 hari kalender')"),
    ("procurement__257", "unparseable-duration", None, 1, 6, "Sesuai kebutuhan", "noise",
     "evaluation length set per tender ('waktu disesuaikan dengan kebutuhan' in the kegiatan)"),
    ("procurement__257", "unparseable-duration", None, 1, 9, "Sesuai kebutuhan", "noise",
     "evaluation length set per tender (LKPP schedule language)"),
    ("procurement__257", "output-input-mismatch", None, 1, 10, "Bukti-bukti persyaratan", "noise",
     "the bidder's evidence brought to the pembuktian (step input)"),
    ("procurement__257", "unparseable-duration", None, 1, 10, "Sesuai kebutuhan", "noise",
     "pembuktian length set per tender (LKPP schedule language)"),
    ("procurement__257", "output-input-mismatch", None, 1, 14, "Dokumen hasil Pemilihan", "noise",
     "the whole selection record (outputs of steps 1-13) reported to the PPK"),
    ("procurement__257", "unparseable-duration", None, 1, 14, "Sesuai kebutuhan", "noise",
     "LKPP schedule language copied into the kegiatan and waktu"),
    # procurement__266: Penunjukan langsung setelah pemutusan kontrak
    ("procurement__266", "output-input-mismatch", None, 1, 2, "Dokumen Penawaran", "noise",
     "clarification works on the offer (step 1's kelengkapan); output 1 is the invitation"),
    ("procurement__266", "output-input-mismatch", None, 1, 4, "Dokumen hasil Pemilihan", "noise",
     "the whole selection record reported to the PPK"),
    ("procurement__266", "unparseable-duration", None, 1, 4, "Sesuai kebutuhan", "noise",
     "LKPP schedule language ('waktu disesuaikan dengan kebutuhan')"),
    # procurement__285: Seleksi jasa konsultansi konstruksi perorangan
    ("procurement__285", "output-input-mismatch", None, 1, 2, "Dokumen Seleksi", "noise",
     "bidders download the selection document (step 1's kelengkapan)"),
    ("procurement__285", "unparseable-duration", None, 1, 4, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    ("procurement__285", "unparseable-duration", None, 1, 6, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    ("procurement__285", "step-sequence-gap", None, 1, 8, "nomor 8", "true", "no step 7 printed: 6 then 8"),
    ("procurement__285", "unparseable-duration", None, 1, 8, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    ("procurement__285", "unparseable-duration", None, 1, 13, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    ("procurement__285", "unparseable-duration", None, 1, 14, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    # procurement__294: Tender pekerjaan konstruksi prakualifikasi
    ("procurement__294", "output-input-mismatch", None, 1, 2, "Data-data yang diperlukan", "noise",
     "the bidder's own data (step input); output 1 is the invitation"),
    ("procurement__294", "unparseable-duration", None, 1, 4, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    ("procurement__294", "unparseable-duration", None, 1, 6, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    ("procurement__294", "unparseable-duration", None, 1, 7, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    ("procurement__294", "unparseable-duration", None, 1, 10, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    ("procurement__294", "unparseable-duration", None, 1, 16, "Sesuai kebutuhan", "noise", "LKPP schedule language"),
    # procurement__324: Employee of the Quarter (Change Agent Network roles)
    ("procurement__324", "unknown-role", None, 1, None, "CC & CA", "noise",
     "Change Champion & Change Agent of the change-management network: local posts"),
    ("procurement__324", "unknown-role", None, 1, None, "CL", "noise",
     "Change Leader of the same network: a local post"),
    ("procurement__324", "output-input-mismatch", None, 1, 2, "Data presensi", "false",
     "the items of output 1 'Data kepegawaian' (presensi, hukuman, pengaduan, prestasi; keterangan of step 1)"),
    ("procurement__324", "output-input-mismatch", None, 1, 8, "Sertifikat EoQ", "noise",
     "ceremony materials (certificate, prize, poster) the announcement step needs"),
    ("procurement__324", "output-input-mismatch", None, 1, 9, "Dokumentasi kegiatan", "noise",
     "output 8 is a state ('EoQ telah diumumkan'); documentation is the report's input"),
    ("procurement__324", "unparseable-duration", None, 1, 10, "Semesteran", "true",
     "'Semesteran' is a frequency, not a duration"),
    # statistics__051: Perbaikan Pembentukan Blok Sensus
    ("statistics__051", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__051", "missing-identity-field", None, None, None, "Peringatan", "true", "box printed empty"),
    ("statistics__051", "unknown-role", None, 1, None, "PJK Wilkerstat", "noise",
     "penanggung jawab kegiatan Wilkerstat: a local post"),
    ("statistics__051", "unknown-role", None, 1, None, "Sistem GS", "true",
     "a system (Geospatial System) in a pelaksana column, not a position"),
    ("statistics__051", "missing-output", None, 1, 1, "Output", "true", "step 1 Output blank"),
    ("statistics__051", "output-input-mismatch", None, 1, 7, "Peta .geojson desa/kel", "false",
     "the desa/kel maps of step 6, named by file format"),
    ("statistics__051", "output-input-mismatch", None, 1, 8, "Peta .geojson kecamatan", "false",
     "the kecamatan maps of step 7, named by file format"),
    ("statistics__051", "implausible-duration", None, 1, 10, "5 menit", "noise",
     "reading back a short activity report (step 9, 2 jam to write) in 5 minutes is plausible"),
    # statistics__084: PODES (an umbrella SOP: each step 'Lihat SOP ...')
    ("statistics__084", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__084", "output-input-mismatch", None, 1, 2, "Dokumen pelaksanaan", "noise",
     "output 1 is people (petugas); kelengkapan lists tools from identitas Peralatan"),
    ("statistics__084", "output-input-mismatch", None, 1, 3, "Dashboard Tabulasi", "noise",
     "software/tools (dashboard, SQL); output 2 is a state (progres 100 persen)"),
    ("statistics__084", "output-input-mismatch", None, 1, 4, "Draft Publikasi Podes", "true",
     "no step makes the draft publication; step 3 gives raw data"),
    # statistics__093: IDI (umbrella SOP)
    ("statistics__093", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__093", "output-input-mismatch", None, 1, 2, "Surat Tugas, Surat permintaan", "noise",
     "output 1 is people (petugas); letters are the collection step's inputs"),
    ("statistics__093", "output-input-mismatch", None, 1, 3, "statpolkam.bps.go.id", "noise", "a website (tool)"),
    ("statistics__093", "output-input-mismatch", None, 1, 4, "Draft Laporan Tahunan", "true",
     "no step makes the draft report; step 3 gives indicators"),
    ("statistics__107", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    # statistics__128 and __173: Evaluasi data (same table)
    ("statistics__128", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__128", "output-input-mismatch", None, 1, 2, "Hasil Pemeriksaan", "true",
     "kelengkapan repeats the step's own output; its input is the Raw Data Sementara of step 1"),
    ("statistics__128", "output-input-mismatch", None, 1, 3, "Status Approved By Admin Prov", "true",
     "kelengkapan is the step's own result (approval by the province)"),
    ("statistics__173", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__173", "output-input-mismatch", None, 1, 2, "Hasil Pemeriksaan", "true",
     "kelengkapan repeats the step's own output; its input is the Raw Data Sementara of step 1"),
    ("statistics__173", "output-input-mismatch", None, 1, 3, "Status Approved By Admin Prov", "true",
     "kelengkapan is the step's own result (approval by the province)"),
    # statistics__137 and __182: Pengumpulan data (same table)
    ("statistics__137", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__137", "output-input-mismatch", None, 1, 2, "Laporan Kendala Pendataan", "noise",
     "output 1 is a status; the supervision's inputs (problem reports, surat tugas)"),
    ("statistics__182", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__182", "output-input-mismatch", None, 1, 2, "Laporan Kendala Pendataan", "noise",
     "output 1 is a status; the supervision's inputs (problem reports, surat tugas)"),
    # statistics__146, __192, __227: Persiapan survei (same table)
    ("statistics__146", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__146", "implausible-duration", None, 1, 1, "3 Minggu", "noise",
     "shipping allocations and printed manuals to every kab/kota: the survey-calendar window"),
    ("statistics__146", "output-input-mismatch", None, 1, 2, "Surat Tugas Instruktur", "noise",
     "the training's inputs (letters, SK, KAK); the defect is the output copying them, not the chain"),
    ("statistics__192", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__192", "implausible-duration", None, 1, 1, "3 Minggu", "noise",
     "shipping allocations and printed manuals to every kab/kota: the survey-calendar window"),
    ("statistics__192", "output-input-mismatch", None, 1, 2, "Surat Tugas Instruktur", "noise",
     "the training's inputs (letters, SK, KAK); the defect is the output copying them, not the chain"),
    ("statistics__227", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__227", "implausible-duration", None, 1, 1, "3 Minggu", "noise",
     "shipping allocations and printed manuals to every kab/kota: the survey-calendar window"),
    ("statistics__227", "output-input-mismatch", None, 1, 2, "Undangan Pelatihan", "noise",
     "the training's invitation (step input)"),
    # statistics__155 and __236: umbrella survey SOPs
    ("statistics__155", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__155", "output-input-mismatch", None, 1, 2, "Surat Tugas, Monitoring", "noise",
     "output 1 is people (petugas terlatih); field-work inputs"),
    ("statistics__155", "output-input-mismatch", None, 1, 3, "Hasil Pemeriksaan", "true",
     "'Hasil Pemeriksaan' is made inside the evaluation; its input is the Raw Data of step 2"),
    ("statistics__155", "output-input-mismatch", None, 1, 4, "Laporan Tahunan", "true",
     "kelengkapan repeats the step's own output; its input is the raw data of step 3"),
    ("statistics__236", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__236", "output-input-mismatch", None, 1, 2, "Monitoring Lapangan", "noise",
     "output 1 is people (petugas terlatih); a field-work tool"),
    ("statistics__236", "output-input-mismatch", None, 1, 3, "Hasil Pemeriksaan", "true",
     "'Hasil Pemeriksaan' is made inside the evaluation; its input is the Raw Data of step 2"),
    ("statistics__236", "output-input-mismatch", None, 1, 4, "Laporan Tahunan", "true",
     "kelengkapan repeats the step's own output; its input is the raw data of step 3"),
    ("statistics__164", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__201", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__201", "missing-flowchart", None, None, None, "diagram alir", "noise",
     "page 2 has a complete flowchart pasted as an image: a reading limit, not a defect of the SOP"),
    ("statistics__218", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__218", "missing-flowchart", None, None, None, "diagram alir", "noise",
     "the flowchart is pasted as an image on page 1: a reading limit, not a defect of the SOP"),
    ("statistics__245", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__319", "missing-identity-field", None, None, None, "Pencatatan dan Pendataan", "true",
     "box printed empty"),
    ("statistics__319", "unknown-role", None, 1, None, "Target Desa/Kelurahan", "noise",
     "the villages coached: an external party, a legitimate column"),
    # cimahi-bpkad bundle: five SOPs (pages 1-2, 3-4, 5-6, 7-8, 9-11), each one flowchart; identitas as read
    # today is part 1's (pages 1-2). Part 1 Pembuatan Surat Edaran Asistensi RKA; 2 Pelaksanaan Asistensi RKA;
    # 3 Nota Keuangan; 4 Rancangan APBD; 5 Standar Satuan Harga.
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 1, None, None, "Nomor SOP", "true",
     "NOMOR SOP printed blank (so in all five parts)"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 1, None, None, "Tanggal Efektif", "true",
     "TGL.EFEKTIF printed blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 1, None, None, "Tanggal Pembuatan", "true",
     "TGL.PEMBUATAN printed blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "outdated-regulation", 1, None, None, "58 Tahun 2005", "true",
     "Dasar Hukum 4 cites PP 58/2005, replaced by PP 12/2019; the SOP is of 2016"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "role-name-variant", 1, 1, None, "Kasubid", "noise",
     "official short form of Kepala Sub Bidang"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "output-input-mismatch", 1, 1, 2, "Disposisi", "noise",
     "the disposition given in step 1 (its kelengkapan); output 'Tanda terima' records the hand-over"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "output-input-mismatch", 1, 1, 3, "Draft Surat dan Jadwal", "true",
     "output 2 'RKA yang telah diverifikasi' belongs to another SOP: the chain is broken"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "output-input-mismatch", 1, 1, 4, "Draft Surat dan Jadwal", "noise",
     "the draft is made and handed on in step 3 (kegiatan); its output 'Tanda terima' records the hand-over"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-output", 1, 1, 5, "Output", "true",
     "steps 5-7: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-kelengkapan", 1, 1, 5, "Kelengkapan", "true",
     "steps 5-7: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-duration", 1, 1, 5, "Waktu", "true",
     "steps 5-7: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-output", 1, 1, 6, "Output", "true",
     "steps 5-7: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-kelengkapan", 1, 1, 6, "Kelengkapan", "true",
     "steps 5-7: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-duration", 1, 1, 6, "Waktu", "true",
     "steps 5-7: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-output", 1, 1, 7, "Output", "true",
     "steps 5-7: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-kelengkapan", 1, 1, 7, "Kelengkapan", "true",
     "steps 5-7: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-duration", 1, 1, 7, "Waktu", "true",
     "steps 5-7: Mutu Baku blank"),
    # part 2 identitas (page 3, Pelaksanaan Asistensi RKA Terpusat), judged once the bundle was read as five SOPs
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 2, None, None, "Nomor SOP", "true",
     "NOMOR SOP printed blank on page 3"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 2, None, None, "Tanggal Efektif", "true",
     "TGL.EFEKTIF printed blank on page 3"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 2, None, None, "Tanggal Pembuatan",
     "true", "TGL.PEMBUATAN printed blank on page 3"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "outdated-regulation", 2, None, None, "58 Tahun 2005", "true",
     "Dasar Hukum 4 on page 3 cites PP 58/2005, replaced by PP 12/2019"),
    # part 3 identitas (page 5, bahan nota keuangan), judged once the bundle was read as five SOPs
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 3, None, None, "Nomor SOP", "true",
     "NOMOR SOP printed blank on page 5"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 3, None, None, "Tanggal Efektif", "true",
     "TGL.EFEKTIF printed blank on page 5"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 3, None, None, "Tanggal Pembuatan",
     "true", "TGL.PEMBUATAN printed blank on page 5"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "outdated-regulation", 3, None, None, "58 Tahun 2005", "true",
     "Dasar Hukum 4 on page 5 cites PP 58/2005, replaced by PP 12/2019"),
    # part 4 identitas (page 7, rancangan APBD), judged once the bundle was read as five SOPs
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 4, None, None, "Nomor SOP", "true",
     "NOMOR SOP printed blank on page 7"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 4, None, None, "Tanggal Efektif", "true",
     "TGL.EFEKTIF printed blank on page 7"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 4, None, None, "Tanggal Pembuatan",
     "true", "TGL.PEMBUATAN printed blank on page 7"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "outdated-regulation", 4, None, None, "58 Tahun 2005", "true",
     "Dasar Hukum 4 on page 7 cites PP 58/2005, replaced by PP 12/2019"),
    # part 5 identitas (page 9, Standar Satuan Harga), judged once the bundle was read as five SOPs
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 5, None, None, "Nomor SOP", "true",
     "NOMOR SOP printed blank on page 9"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 5, None, None, "Tanggal Efektif", "true",
     "TGL.EFEKTIF printed blank on page 9"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-identity-field", 5, None, None, "Tanggal Pembuatan",
     "true", "TGL.PEMBUATAN printed blank on page 9"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "outdated-regulation", 5, None, None, "58 Tahun 2005", "true",
     "Dasar Hukum 4 on page 9 cites PP 58/2005, replaced by PP 12/2019"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "role-name-variant", 2, 1, None, "Kasubid", "noise",
     "official short form of Kepala Sub Bidang"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-output", 2, 1, 2, "Output", "true",
     "step 2: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-kelengkapan", 2, 1, 2, "Kelengkapan", "true",
     "step 2: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-duration", 2, 1, 2, "Waktu", "true",
     "step 2: Mutu Baku blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-output", 2, 1, 5, "Output", "true",
     "step 5: Waktu, Output blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-duration", 2, 1, 5, "Waktu", "true",
     "step 5: Waktu, Output blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-output", 2, 1, 6, "Output", "true",
     "step 6: Waktu, Output blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-duration", 2, 1, 6, "Waktu", "true",
     "step 6: Waktu, Output blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "role-name-variant", 3, 1, None, "Kasubid", "noise",
     "official short form of Kepala Sub Bidang"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "unnumbered-step", 3, 1, 1, "Kaban memerintahkan untuk pem", "true",
     "first row (Kaban's order, a capsule) has no number; numbering starts at the next row"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-output", 3, 1, 1, "Output", "true",
     "the unnumbered first row has no Mutu Baku"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-kelengkapan", 3, 1, 1, "Kelengkapan", "true",
     "the unnumbered first row has no Mutu Baku"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-duration", 3, 1, 1, "Waktu", "true",
     "the unnumbered first row has no Mutu Baku"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "output-input-mismatch", 3, 1, 2, "Rekapitulasi RKA", "false",
     "the RKA of all SKPD collected in step 1 (output 'Bahan ... dan RKA semua SKPD terkumpul')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "role-name-variant", 4, 1, None, "Kasubid", "noise",
     "official short form of Kepala Sub Bidang"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "unnumbered-step", 4, 1, 1, "Kaban memerintahkan untuk mel", "true",
     "first row (Kaban's order, a capsule) has no number"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-output", 4, 1, 1, "Output", "true",
     "the unnumbered first row has no Mutu Baku"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-kelengkapan", 4, 1, 1, "Kelengkapan", "true",
     "the unnumbered first row has no Mutu Baku"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-duration", 4, 1, 1, "Waktu", "true",
     "the unnumbered first row has no Mutu Baku"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "role-name-variant", 5, 1, None, "Kasubid", "noise",
     "official short form of Kepala Sub Bidang"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-output", 5, 1, 1, "Output", "true", "step 1 Output blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-kelengkapan", 5, 1, 1, "Kelengkapan", "true",
     "printed '-' (debatable: a dash, not blank; still no kelengkapan)"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-duration", 5, 1, 1, "Waktu", "true", "step 1 Waktu blank"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "duplicate-step-number", 5, 1, 4, "nomor 4", "true",
     "two rows numbered 4 on page 10 (Kaban's correction, Kabid receiving)"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "missing-kelengkapan", 5, 1, 5, "Kelengkapan", "true",
     "step 5 Kelengkapan blank (waktu 2 hari)"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "unparseable-duration", 5, 1, 9, "2 (dua) kali rapat", "true",
     "a number of meetings, not a duration"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "output-input-mismatch", 5, 1, 10, "Surat pengantar", "noise",
     "the covering letter for the draft Perwal of step 9 (step input)"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "unparseable-duration", 5, 1, 11, "30 - menit", "false",
     "page says '30 menit'; the dash is the Output cell's bullet read into Waktu"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "unparseable-duration", 5, 1, 12, "5 hari -", "false",
     "page says '5 hari'; the dash is the Output cell's bullet read into Waktu"),
    # the two Kalbar scans
    ("kalbar-diskominfo_SOP_Pelanggaran_Perjanjian_Kerja_2023_scan", "no-text-layer", None, None, None,
     "tanpa lapisan teks", "noise",
     "a signed, stamped scan is the normal archived form; nothing wrong with the SOP: read it by OCR"),
    ("kalbar-diskominfo_SOP_Pengumuman_Informasi_Publik_ios", "no-text-layer", None, None, None,
     "tanpa lapisan teks", "noise",
     "a phone photo of the signed SOP, legible: read it by OCR, not an error of the SOP"),
    # Puskesmas template: not an SOP AP (Pengertian/Tujuan/Kebijakan/Referensi/Prosedur format) and unfilled
    # ({{judul}}, {{ai_pengertian}}, ...). A reviewer wants ONE file-level finding saying so, not ten.
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-identity-field", None, None, None,
     "Dasar Hukum", "noise", "Puskesmas format: its 'Referensi' is the placeholder {{ai_referensi}}"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-identity-field", None, None, None,
     "Kualifikasi Pelaksana", "noise", "no such field in the Puskesmas format"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-identity-field", None, None, None,
     "Nama SOP", "noise", "the title is the placeholder {{judul}}"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-identity-field", None, None, None,
     "Nomor SOP", "noise", "its 'No.Dokumen' / 'Nomor' is printed blank: an unfilled template"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-identity-field", None, None, None,
     "Pencatatan dan Pendataan", "noise", "no such field in the Puskesmas format"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-identity-field", None, None, None,
     "Peralatan / Perlengkapan", "noise", "its 'Alat dan Bahan' is the placeholder {{ai_alat_ol_1}}"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-identity-field", None, None, None,
     "Peringatan", "noise", "its 'Hal-hal yang harus diperhatikan' is blank: an unfilled template"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-identity-field", None, None, None,
     "Tanggal Efektif", "noise", "'Berlaku Tanggal' is the placeholder {{tanggal_penetapan}}"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-identity-field", None, None, None,
     "Tanggal Pembuatan", "noise", "'Tanggal Terbit' printed blank: an unfilled template"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "missing-flowchart", None, None, None,
     "diagram alir", "noise",
     "'7. Diagram Alir' is the placeholder {{ai_flowchart}}: part of 'not an SOP AP, unfilled'"),
    ("kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template", "not-an-sop", None, None, None,
     "bukan SOP AP", "true",
     "judged when it came (issue 12): the one file-level finding the reviewer asked for, saying it is a "
     "Puskesmas-format SOP and an unfilled template ({{judul}}, {{ai_pengertian}} on the page)"),
    # issue 15: the flow rules on the arrows as read, each read against the page (pdftoppm -r 60, arrows
    # zoomed at -r 150..300) and the by-eye arrows of tests/real_arrows_by_eye.py
    ("administrative__020", "flow-order", None, 1, 6, "melompati", "true",
     "an arrow from 6:P4 runs down past step 7 into the end capsule of step 8 (by-eye arrows)"),
    ("administrative__020", "flow-dead-end", None, 1, 7, "Tim Hukum", "true",
     "the capsule of step 7 ends the flow one step before the last capsule"),
    ("administrative__020", "terminator-mid-flow", None, 1, 7, "Tim Hukum", "true",
     "a capsule in step 7 of 8, neither the first nor the last"),
    ("archives__076", "flow-dead-end", None, 1, 1, "Anggota Tim Statistik Sosial", "true",
     "the box under Anggota Tim is entered from the capsule and leads nowhere"),
    ("archives__076", "terminator-mid-flow", None, 1, 1, "Ketua Tim Statistik Sosial", "true",
     "the lead's capsule is entered and left in every row"),
    ("archives__076", "flow-into-start", None, 1, 1, "Kepala Bagian Umum", "true",
     "the two-headed arrow from 1:P3 also points into the start capsule"),
    ("archives__076", "flow-dead-end", None, 1, 2, "Anggota Tim Statistik Sosial", "true",
     "the box under Anggota Tim is entered from the capsule and leads nowhere"),
    ("archives__076", "terminator-mid-flow", None, 1, 2, "Ketua Tim Statistik Sosial", "true",
     "the lead's capsule is entered and left in every row"),
    ("archives__076", "terminator-mid-flow", None, 1, 3, "Ketua Tim Statistik Sosial", "true",
     "the lead's capsule is entered and left in every row"),
    ("it__012", "terminator-mid-flow", None, 1, 1, "Tim Kerja", "true",
     "the start capsule gets the Tidak branch of step 2 and leaves to 2:P1"),
    ("it__012", "flow-into-start", None, 1, 2, "Tim Kerja", "true",
     "the Tidak branch of step 2 returns into the start capsule"),
    ("it__012", "flow-dead-end", None, 1, 7, "Tim Kerja", "true",
     "step 7's boxes are joined only by dashed lines without head"),
    ("it__012", "flow-dead-end", None, 1, 7, "Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi", "true",
     "step 7's boxes are joined only by dashed lines without head"),
    ("it__012", "flow-dead-end", None, 1, 7, "Tim Sakip", "true",
     "step 7's boxes are joined only by dashed lines without head"),
    ("it__012", "flow-unreachable", None, 1, 7, "Tim Kerja", "true",
     "step 7's boxes are joined only by dashed lines without head"),
    ("it__012", "flow-unreachable", None, 1, 7, "Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi", "true",
     "step 7's boxes are joined only by dashed lines without head"),
    ("it__012", "flow-unreachable", None, 1, 7, "Tim Sakip", "true",
     "step 7's boxes are joined only by dashed lines without head"),
    ("it__012", "flow-order", None, 1, 7, "melompati", "true",
     "the trunk from 7:P4 forks into 8:P1 and on down into 9:P3, skipping step 8"),
    ("it__072", "decision-branches", None, 1, 3, "Ketua Tim Neraca Wilayah", "true",
     "both branches of the diamond are labelled Tidak; no Ya"),
    ("it__341", "decision-branches", None, 1, 3, "Ketua Tim Neraca Wilayah", "true",
     "no branch of the diamond carries a label"),
    ("it__341", "decision-branches", None, 1, 4, "Kepala BPS Provinsi", "true",
     "no branch of the diamond carries a label"),
    ("it__341", "decision-branches", None, 1, 4, "Ketua Tim Neraca Wilayah", "true",
     "no branch of the diamond carries a label"),
    ("procurement__257", "lane-mismatch", None, 1, 4, "Peserta", "true",
     "'Peserta menyampaikan Dokumen Penawaran' drawn in the Pokja column"),
    ("procurement__257", "flow-dead-end", None, 1, 10, "Peserta", "true",
     "the Peserta box of step 10 is joined to 10:P1 only by a line without head"),
    ("procurement__257", "flow-unreachable", None, 1, 10, "Peserta", "true",
     "the Peserta box of step 10 is joined to 10:P1 only by a line without head"),
    ("procurement__266", "flow-dead-end", None, 1, 2, "Peserta", "true",
     "the Peserta box of step 2 is joined to the Pokja box only by a line without head"),
    ("procurement__266", "flow-unreachable", None, 1, 2, "Peserta", "true",
     "the Peserta box of step 2 is joined to the Pokja box only by a line without head"),
    ("procurement__275", "lane-mismatch", None, 1, 7, "PPK", "true",
     "'PPK menyampaikan hasil Konsolidasi' drawn as the end capsule in the PA/KPA column"),
    ("procurement__285", "lane-mismatch", None, 1, 4, "Peserta", "true",
     "'Peserta menyampaikan Dokumen Penawaran' drawn in the Pokja column"),
    ("procurement__285", "lane-mismatch", None, 1, 9, "Pokja Pemilihan", "true",
     "'Pokja Pemilihan menetapkan ... pemenang' drawn in the Peserta column"),
    ("statistics__051", "flow-dead-end", None, 1, 1, "BPS Kab/Kota", "true",
     "nothing leaves the capsule of step 1; the flow starts at 1:P2"),
    ("statistics__051", "flow-unreachable", None, 1, 1, "Sistem GS", "true",
     "nothing enters step 1's box, where the flow actually begins"),
    ("statistics__051", "flow-into-start", None, 1, 2, "BPS Kab/Kota", "true",
     "the Reject path goes up from 2:P1 into the capsule of step 1"),
    ("statistics__051", "decision-branches", None, 1, 2, "PJK Wilkerstat", "true",
     "branches labelled Approve / Reject, not Ya / Tidak"),
    ("statistics__051", "flow-order", None, 1, 2, "kembali ke langkah", "true",
     "goes back to step 1 from a box, not from a decision"),
    ("statistics__084", "flow-dead-end", None, 1, 1, "Tim Pengolahan BPS Provinsi", "true",
     "entered, leads nowhere (by-eye arrows: 1:P4, 2:P2, 3:P2, 4:P5)"),
    ("statistics__084", "flow-dead-end", None, 1, 2, "Ketua Tim Statistik Sosial BPS Provinsi", "true",
     "entered, leads nowhere (by-eye arrows: 1:P4, 2:P2, 3:P2, 4:P5)"),
    ("statistics__084", "flow-dead-end", None, 1, 3, "Ketua Tim Statistik Sosial BPS Provinsi", "true",
     "entered, leads nowhere (by-eye arrows: 1:P4, 2:P2, 3:P2, 4:P5)"),
    ("statistics__084", "flow-dead-end", None, 1, 4, "BPS Kabupaten/Kota", "true",
     "entered, leads nowhere (by-eye arrows: 1:P4, 2:P2, 3:P2, 4:P5)"),
    ("statistics__128", "terminator-mid-flow", None, 1, 1, "BPS Kabupaten/Kota", "true",
     "the start capsule has the T branch coming in and the arrow to 1:P2 going out"),
    ("statistics__128", "flow-into-start", None, 1, 2, "Tim Statistik Produksi BPS Provinsi", "true",
     "the T branch returns into the start capsule"),
    ("statistics__173", "terminator-mid-flow", None, 1, 1, "BPS Kabupaten/Kota", "true",
     "the start capsule has the T branch coming in and the arrow to 1:P2 going out"),
    ("statistics__173", "flow-into-start", None, 1, 2, "Tim Statistik Produksi BPS Provinsi", "true",
     "the T branch returns into the start capsule"),
    ("statistics__227", "flow-dead-end", None, 1, 1, "BPS Kabupaten/Kota", "true",
     "the BPS Kabupaten/Kota box receives the hand-over and leads nowhere (no end capsule)"),
    ("statistics__227", "flow-dead-end", None, 1, 2, "BPS Kabupaten/Kota", "true",
     "the BPS Kabupaten/Kota box receives the hand-over and leads nowhere (no end capsule)"),
    ("statistics__319", "flow-dead-end", None, 1, 3, "BPS Kabupaten/Kota", "true",
     "the BPS Kabupaten/Kota box of step 3 receives the hand-over and leads nowhere"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "lane-mismatch", 3, 1, 2, "Staf", "true",
     "the kegiatan names the performer; the box stands in the receiver's column"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "lane-mismatch", 3, 1, 3, "Kasubid", "true",
     "the kegiatan names the performer; the box stands in the receiver's column"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "lane-mismatch", 3, 1, 4, "Kabid", "true",
     "the kegiatan names the performer; the box stands in the receiver's column"),
]

JUDGED_INFO: list[Judgment] = [
    ("administrative__020", "performer-in-kegiatan", None, 1, 2, "Kepala Bagian Umum", "true",
     "kegiatan printed starting with the performer ('Kepala Bagian Umum ...')"),
    ("administrative__030", "performer-in-kegiatan", None, 1, 6, "PPSPM", "true",
     "kegiatan printed starting with the performer ('PPSPM ...')"),
    ("it__305", "performer-in-kegiatan", None, 1, 1, "PPK", "true",
     "kegiatan printed starting with the performer ('PPK ...')"),
    ("it__305", "performer-in-kegiatan", None, 1, 2, "Tim Pelaksana", "true",
     "kegiatan printed starting with the performer ('Tim Pelaksana ...')"),
    ("it__305", "performer-in-kegiatan", None, 1, 3, "Tim Pelaksana", "true",
     "kegiatan printed starting with the performer ('Tim Pelaksana ...')"),
    ("it__305", "performer-in-kegiatan", None, 1, 4, "PPK", "true",
     "kegiatan printed starting with the performer ('PPK ...')"),
    ("it__305", "performer-in-kegiatan", None, 1, 5, "Tim Pengawas", "true",
     "kegiatan printed starting with the performer ('Tim Pengawas ...')"),
    ("it__305", "performer-in-kegiatan", None, 1, 6, "Tim pelaksanaan", "true",
     "kegiatan printed starting with the performer ('Tim pelaksanaan ...')"),
    ("it__305", "performer-in-kegiatan", None, 1, 7, "PPK", "true",
     "kegiatan printed starting with the performer ('PPK ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 1, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 3, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 5, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 6, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 7, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 8, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 9, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 11, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 13, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__257", "performer-in-kegiatan", None, 1, 14, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__266", "performer-in-kegiatan", None, 1, 1, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__266", "performer-in-kegiatan", None, 1, 2, "Pokja Pemilihan dan Peserta", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan dan Peserta ...')"),
    ("procurement__266", "performer-in-kegiatan", None, 1, 3, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__266", "performer-in-kegiatan", None, 1, 4, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__275", "performer-in-kegiatan", None, 1, 1, "KPA", "true",
     "kegiatan printed starting with the performer ('PA KPA ...')"),
    ("procurement__275", "performer-in-kegiatan", None, 1, 2, "PPK", "true",
     "kegiatan printed starting with the performer ('PPK ...')"),
    ("procurement__275", "performer-in-kegiatan", None, 1, 3, "PPK", "true",
     "kegiatan printed starting with the performer ('PPK ...')"),
    ("procurement__275", "performer-in-kegiatan", None, 1, 4, "PPK", "true",
     "kegiatan printed starting with the performer ('PPK ...')"),
    ("procurement__275", "performer-in-kegiatan", None, 1, 5, "PPK", "true",
     "kegiatan printed starting with the performer ('PPK ...')"),
    ("procurement__275", "performer-in-kegiatan", None, 1, 6, "KPA", "true",
     "kegiatan printed starting with the performer ('PA KPA ...')"),
    ("procurement__275", "performer-in-kegiatan", None, 1, 7, "PPK", "true",
     "kegiatan printed starting with the performer ('PPK ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 1, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 3, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 5, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 6, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 8, "Pokja Pemilihan dan Peserta", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan dan Peserta ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 9, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 11, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 12, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 13, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__285", "performer-in-kegiatan", None, 1, 14, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 1, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 3, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 5, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 6, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 7, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 8, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 9, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 10, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 11, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 13, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 15, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("procurement__294", "performer-in-kegiatan", None, 1, 16, "Pokja Pemilihan", "true",
     "kegiatan printed starting with the performer ('Pokja Pemilihan ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 1, 1, 1, "Kaban", "true",
     "kegiatan printed starting with the performer ('Kaban ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 1, 1, 3, "Kepala Sub Bid Anggaran", "true",
     "kegiatan printed starting with the performer ('Kepala Sub Bid Anggaran ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 1, 1, 4, "Kepala Bidang Anggaran", "true",
     "kegiatan printed starting with the performer ('Kepala Bidang Anggaran ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 1, 1, 5, "Kepala Badan", "true",
     "kegiatan printed starting with the performer ('Kepala Badan ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 1, 1, 6, "Kepala Sub Anggaran", "true",
     "kegiatan printed starting with the performer ('Kepala Sub Anggaran ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 1, 1, 7, "Staff", "true",
     "kegiatan printed starting with the performer ('Staff ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 2, 1, 1, "Kepala Badan", "true",
     "kegiatan printed starting with the performer ('Kepala Badan ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 2, 1, 2, "Kepala Bidang", "true",
     "kegiatan printed starting with the performer ('Kepala Bidang ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 2, 1, 3, "Kepala Sub Bidang Anggaran",
     "true",
     "kegiatan printed starting with the performer ('Kepala Sub Bidang Anggaran ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 2, 1, 4, "Staff", "true",
     "kegiatan printed starting with the performer ('Staff ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 2, 1, 5, "Kepala Sub Bid anggaran", "true",
     "kegiatan printed starting with the performer ('Kepala Sub Bid anggaran ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 2, 1, 6, "Kepala Bidang anggaran", "true",
     "kegiatan printed starting with the performer ('Kepala Bidang anggaran ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 3, 1, 1, "Kaban", "true",
     "kegiatan printed starting with the performer ('Kaban ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 3, 1, 1, "Staf bagian perencanaan anggaran",
     "true",
     "kegiatan printed starting with the performer ('Staf bagian perencanaan anggaran ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 3, 1, 2, "Staf bagian perencanaan anggaran",
     "true",
     "kegiatan printed starting with the performer ('Staf bagian perencanaan anggaran ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 3, 1, 3, "Kasubid", "true",
     "kegiatan printed starting with the performer ('Kasubid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 3, 1, 4, "Kabid", "true",
     "kegiatan printed starting with the performer ('Kabid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 4, 1, 1, "Kaban", "true",
     "kegiatan printed starting with the performer ('Kaban ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 4, 1, 1, "Staf Bagian Perencanaan anggaran",
     "true",
     "kegiatan printed starting with the performer ('Staf Bagian Perencanaan anggaran ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 4, 1, 2, "Kasubid", "true",
     "kegiatan printed starting with the performer ('Kasubid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 4, 1, 3, "Kabid", "true",
     "kegiatan printed starting with the performer ('Kabid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 4, 1, 4, "Kaban", "true",
     "kegiatan printed starting with the performer ('Kaban ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 4, 1, 5, "Kaban", "true",
     "kegiatan printed starting with the performer ('Kaban ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 4, 1, 6, "Kabid", "true",
     "kegiatan printed starting with the performer ('Kabid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 4, 1, 7, "Kasubid", "true",
     "kegiatan printed starting with the performer ('Kasubid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 1, "Kaban", "true",
     "kegiatan printed starting with the performer ('Kaban ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 2, "Kasubid", "true",
     "kegiatan printed starting with the performer ('Kasubid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 3, "Kabid", "true",
     "kegiatan printed starting with the performer ('Kabid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 4, "Kaban", "true",
     "kegiatan printed starting with the performer ('Kaban ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 4, "Kabid", "true",
     "kegiatan printed starting with the performer ('Kabid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 5, "Kasubid", "true",
     "kegiatan printed starting with the performer ('Kasubid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 6, "Kabid", "true",
     "kegiatan printed starting with the performer ('Kabid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 7, "Kaban", "true",
     "kegiatan printed starting with the performer ('Kaban ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 8, "Kabid", "true",
     "kegiatan printed starting with the performer ('Kabid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 9, "Kaban", "true",
     "kegiatan printed starting with the performer ('Kaban ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 10, "Kabid", "true",
     "kegiatan printed starting with the performer ('Kabid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 11, "Kasubid", "true",
     "kegiatan printed starting with the performer ('Kasubid ...')"),
    ("cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran", "performer-in-kegiatan", 5, 1, 12, "Staf", "true",
     "kegiatan printed starting with the performer ('Staf ...')"),
    # general__064 L5 and statistics__319 L3 are gone since issue 15: the flow read from the arrows ends in
    # the capsule drawn outside the last row (064) or beside row 2 (319), as these verdicts say
    ("general__064", "terminator-placement", None, 1, 5, "langkah terakhir", "false",
     "the flow ends in a capsule drawn just below row 5 (outside the table)"),
    ("statistics__227", "terminator-placement", None, 1, 3, "tidak berakhir di kapsul", "true",
     "step 3 is a box and no capsule ends the flow"),
    ("statistics__319", "terminator-placement", None, 1, 3, "langkah terakhir", "false",
     "steps 2 and 3 both end in the capsule drawn beside row 2 (Target Desa column)"),
    # issue 15: terminator-placement from the flow where arrows are read; arrows-not-found
    ("it__053", "arrows-not-found", None, 1, None, "selain sebagian", "true",
     "it__053 draws its arrows as small pictures; only two vector arrows are read"),
    ("statistics__051", "terminator-placement", None, 1, 1, "tidak dimulai di kapsul", "true",
     "no arrow leaves a capsule: the flow begins at the box 1:P2"),
    ("statistics__245", "terminator-placement", None, 1, 1, "tidak dimulai di kapsul", "true",
     "the flow starts at a box; the only capsule ends it"),
    ("archives__076", "terminator-placement", None, 1, 3, "tidak berakhir di kapsul", "true",
     "the last row's capsule leads on into the boxes of row 3; no capsule ends the flow"),
]


def file_key(path: str) -> str:
    """The ``file`` part of a judgment for a finding's ``path``.

    BPS files (``.../bps-bengkulu/administrative__020. SOP ... signed.pdf``) are keyed by the name before
    the first "."; other files by their stem.
    """
    p = PurePath(path)
    return p.name.split(".")[0] if p.parent.name == "bps-bengkulu" else p.stem


def matches(judgment: Judgment, finding: dict) -> bool:
    """Whether a CONTRACT.md check finding (a dict with path, rule, procedure, step, message and, from the
    second release, part) is the one ``judgment`` is about."""
    file, rule, part, procedure, step, subject = judgment[:6]
    return (
        file_key(finding["path"]) == file
        and finding["rule"] == rule
        and finding.get("part") == part
        and finding.get("procedure") == procedure
        and finding.get("step") == step
        and subject.casefold() in finding["message"].casefold()
    )


BUNDLES = {"cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran"}
"""Files judged as several SOPs (``part`` set). Until a build splits them, their findings carry no ``part``
and :func:`as_parts` maps them: procedure *k* of the file is ``part=k, procedure=1``, the identitas part 1's."""


def as_parts(finding: dict) -> dict:
    """``finding`` keyed as the judgments key it: unchanged, except a finding of a :data:`BUNDLES` file read as
    one SOP (no ``part``), which is given the part its procedure stands for."""
    if finding.get("part") is not None or file_key(finding["path"]) not in BUNDLES:
        return finding
    procedure = finding.get("procedure")
    return {**finding, "part": procedure or 1, "procedure": 1 if procedure else None}


def judge(findings: list[dict], judged: list[Judgment]) -> tuple[list[tuple[dict, Judgment]], list[dict],
                                                                   list[Judgment]]:
    """Pair each finding (CONTRACT.md dicts) with the first judgment it :func:`matches` that no earlier finding
    took. Returns ``(pairs, unjudged findings, judgments no finding matched)``."""
    free = list(judged)
    pairs, unjudged = [], []
    for finding in findings:
        keyed = as_parts(finding)
        hit = next((j for j in free if matches(j, keyed)), None)
        if hit is None:
            unjudged.append(finding)
        else:
            free.remove(hit)
            pairs.append((finding, hit))
    return pairs, unjudged, free


def check_real(root: str | Path) -> list[dict]:
    """Every finding of ``sopcheck check ROOT --format json --no-cache`` (run as a new process with this
    interpreter), as CONTRACT.md dicts.

    :raises RuntimeError: when sopcheck exits with a status other than 0 or 1.
    """
    import json
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "sopcheck", "check", str(root), "--format", "json", "--no-cache"],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"sopcheck check {root} exited {run.returncode}: {run.stderr[-2000:]}")
    return json.loads(run.stdout)["findings"]


def live_summary(findings: list[dict]) -> dict[str, dict[str, int]]:
    """Per rule over the errors and warnings of a run: ``found``, how many the set judges ``true``, ``false``,
    ``noise``, and ``unjudged`` (none of :data:`JUDGED` matches); plus a ``"total"`` row."""
    errors = [f for f in findings if f["severity"] in ("error", "warning")]
    pairs, unjudged, _ = judge(errors, JUDGED)
    table: dict[str, Counter] = {}
    for finding, j in pairs:
        table.setdefault(finding["rule"], Counter())[j[6]] += 1
    for finding in unjudged:
        table.setdefault(finding["rule"], Counter())["unjudged"] += 1
    for row in table.values():
        row["found"] = sum(row[k] for k in (*VERDICTS, "unjudged"))
    total = Counter()
    for row in table.values():
        total.update(row)
    table["total"] = total
    rules = [*sorted(set(table) - {"total"}), "total"]
    return {rule: {k: table[rule][k] for k in ("found", *VERDICTS, "unjudged")} for rule in rules}


def summary(judged: list[Judgment] = JUDGED) -> dict[str, dict[str, int]]:
    """Per rule: ``{"found": n, "true": n, "false": n, "noise": n}``, plus a ``"total"`` row."""
    table: dict[str, Counter] = {}
    for j in judged:
        row = table.setdefault(j[1], Counter())
        row["found"] += 1
        row[j[6]] += 1
    total = Counter()
    for row in table.values():
        total.update(row)
    table["total"] = total
    rules = [*sorted(set(table) - {"total"}), "total"]
    return {rule: {k: table[rule][k] for k in ("found", *VERDICTS)} for rule in rules}


def precision(judged: list[Judgment] = JUDGED) -> float:
    """true / (true + false + noise) over ``judged``."""
    return sum(j[6] == "true" for j in judged) / len(judged)


if __name__ == "__main__":
    for name, rows in (("errors and warnings", summary()), ("infos", summary(JUDGED_INFO))):
        print(f"{name}:\n{'rule':26} found  true false noise")
        for rule, r in rows.items():
            print(f"{rule:26} {r['found']:5} {r['true']:5} {r['false']:5} {r['noise']:5}")
    print(f"precision (errors and warnings): {precision():.0%}")
