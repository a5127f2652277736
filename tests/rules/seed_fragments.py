"""Fragments of the real seed documents as models, for the per-area rule tests: each test
feeds a failing and a passing fragment to one rule and asserts the exact finding (rule,
procedure, step, message fragment). End-to-end runs on corpus files live in
``test_rules_on_files.py``."""

from __future__ import annotations

from sopcheck.checks import RuleContext, run_rules
from sopcheck.domain.durations import parse_duration
from sopcheck.model import Identity, Location, Procedure, SopDocument, Step, Waktu


def step(number, kegiatan, kelengkapan="", waktu="", output="", pelaksana=(), symbol=None, row=None,
         number_raw=None, keterangan=""):
    parsed = parse_duration(waktu) if waktu else None
    return Step(number=number, number_raw=number_raw if number_raw is not None else (f"{number}" if number else ""),
                kegiatan=kegiatan, pelaksana=list(pelaksana), symbol=symbol, kelengkapan=kelengkapan,
                waktu=Waktu(raw=waktu, minutes=parsed.minutes if parsed else None), output=output,
                keterangan=keterangan, location=Location(table=2, row=row or (number or 0) + 2))


def proc(steps, pelaksana=("Kepala Dinas", "Sekretaris Dinas", "Kasubbag Perencanaan", "Staf"), title="SOP"):
    return Procedure(title=title, pelaksana=list(pelaksana), steps=list(steps))


FULL_IDENTITY = dict(
    instansi="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala",
    nomor_sop="03 Tahun 2025", tanggal_pembuatan="20 Januari 2025", tanggal_revisi="-",
    tanggal_efektif="21 Januari 2025",
    disahkan_oleh="Kepala Dinas Akhnad Wahyuni S.Sos, M.IP Pembina Utama Muda NIP. 19650501 198602 1 007",
    nama_sop="Pengolahan dan Penyampaian Data Kinerja Bidang Sekretariat",
    dasar_hukum=["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi No.35 Tahun 2012 "
                 "tentang Penyusunan SOP-AP"],
    kualifikasi_pelaksana=["Mampu mengoperasikan komputer"],
    keterkaitan=["SOP Pelayanan Umum"],
    peralatan_perlengkapan=["ATK", "Komputer dan Printer"],
    peringatan=["Apabila SOP ... tidak dijalankan dengan baik, maka akan mengganggu Pelaporan"],
    pencatatan_pendataan=["Laporan Penyampaian Data Kinerja Bidang Sekretariat"],
)


def doc(*procedures, **identity):
    ident = {**FULL_IDENTITY, **identity}
    return SopDocument(source="seed.docx", format="docx", identity=Identity(**ident), procedures=list(procedures))


def findings(document, rule, lang="id", ctx=None):
    ctx = ctx or RuleContext(lang=lang)
    return [f for f in run_rules(document, "seed.docx", ctx, selected=[rule])]


# Seed 003 "SOP PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAHAN (LAKIP)" — real text.
LAKIP_003 = [
    step(1, "Memerintahkan penyusunan LAKIP", "Disposisi Surat", "5 Menit", "Disposisi Surat"),
    step(2, "Membuat format pengumpulan data dan informasi kinerja dari masing-masing bidang dan sekretariat",
         "Disposisi Surat", "1 jam", "Format Penyusunan LAKIP"),
    step(3, "Menyampaikan format pengumpulan data dan informasi kinerja kepada masing-masing bidang dan "
            "sekretariat", "Format Penyusunan LAKIP", "30 Menit", "Format Penyusunan LAKIP"),
    step(4, "Menghimpun format data dan informasi kinerja dari masing-masing bidang dan sekretariat.",
         "Format Penyusunan LAKIP", "1 jam", "Format Penyusunan LAKIP"),
    step(5, "Menganalisis dan mengevaluasi data dan informasi kinerja yang telah terkumpul",
         "Format Penyusunan LAKIP", "5 Menit", "Format Penyusunan LAKIP"),
    step(6, "Membuat dokumen LAKIP", "Draft LAKIP", "1 jam", "Draft LAKIP"),
]
