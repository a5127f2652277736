"""Seed content as data, one module per corpus document.

Each module exposes ``DOC``: a dict with the page setup, the body (paragraphs, identitas
tables, flowchart tables) and the identity spec. The builder (``corpus/build.py``) turns
it into ``corpus/<name>.docx`` and ``corpus/<name>.spec.json``; the modules of
:data:`LAYOUTS` (the layouts offices produce: bundles, merged headers, split identitas, ...
issue 12) into ``corpus/layouts/``, those of :data:`FLOWS` (flow defects, arrows in every
encoding: issue 15) into ``corpus/flows/``.
"""

NAMES = [
    "tapin_pengukuran_kinerja",
    "probolinggo_laporan_kinerja",
    "bintan_perencanaan",
    "trenggalek_sekretariat",
    "batola_data_kinerja",
    "trenggalek_lakip_revisi",
]

LAYOUTS = [
    "cimahi_bpkad_bundle",
    "puskesmas_sop",
    "template_sop_ap",
    "identitas_variants",
    "hidden_text",
    "merged_header",
    "rows_and_pages",
    "drawn_flowcharts",
]
"""Fixtures of the layouts real offices produce (``corpus/layouts/``), each read by one test."""

FLOWS = [
    "flow_defects",
]
"""Fixtures of the flowchart as a graph (``corpus/flows/``): flow defects planted one per
procedure, arrows in every encoding (issue 15)."""
