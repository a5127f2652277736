"""Shared paths and fixtures of the test suite.

* Paths: :data:`REPO`, :data:`CORPUS` (the bundled corpus), :data:`BAD` (hostile inputs,
  ``tests/bad``), :data:`REAL` (``../shared/real``: real documents that are not ours to publish,
  read in place and never copied into the repository; tests that need them skip when absent),
  :data:`REAL_BPS` and :data:`REAL_WILD` inside it.
* ``audit_tree``: one audit tree built once per session from corpus files (two dinas folders, a
  copy of one SOP under another name, a corrupt DOCX, a lock file and a text file to skip);
  tests must not modify it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
BAD = REPO / "tests" / "bad"
REAL = REPO.parent / "shared" / "real"
REAL_BPS = REAL / "bps-bengkulu"
REAL_WILD = REAL / "wild"

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:  # helper modules (real_by_eye, docx_edit, ...) import by name
    sys.path.insert(0, str(TESTS))

# the audit tree
TRENGGALEK = CORPUS / "trenggalek-sekretariat.docx"
BINTAN = CORPUS / "bintan-perencanaan.docx"
PROBOLINGGO = CORPUS / "probolinggo-laporan-kinerja.docx"
TAPIN = CORPUS / "tapin-pengukuran-kinerja.docx"
DINAS_A = "disdukcapil-trenggalek"
DINAS_B = "disdukcapil-probolinggo"
COPY_NAME = "laporan kinerja 2023 (salinan).docx"


def build_audit_tree(root: Path) -> Path:
    """Write the audit tree under ``root``::

        disdukcapil-trenggalek/trenggalek-sekretariat.docx   six SOPs under 01/SOP/DKPS/SKRT/X/2016
        disdukcapil-trenggalek/bintan-perencanaan.docx
        disdukcapil-trenggalek/rusak.docx                    a truncated (corrupt) DOCX
        disdukcapil-probolinggo/probolinggo-laporan-kinerja.docx
        disdukcapil-probolinggo/arsip/laporan kinerja 2023 (salinan).docx   the same SOP, other name/folder
        disdukcapil-probolinggo/tapin-pengukuran-kinerja.docx
        disdukcapil-probolinggo/~$lock.docx, catatan.txt     skipped (lock file, not an SOP)
    """
    a, b = root / DINAS_A, root / DINAS_B
    (b / "arsip").mkdir(parents=True)
    a.mkdir()
    shutil.copy(TRENGGALEK, a / TRENGGALEK.name)
    shutil.copy(BINTAN, a / BINTAN.name)
    (a / "rusak.docx").write_bytes(TAPIN.read_bytes()[:3000])
    shutil.copy(PROBOLINGGO, b / PROBOLINGGO.name)
    shutil.copy(PROBOLINGGO, b / "arsip" / COPY_NAME)
    shutil.copy(TAPIN, b / TAPIN.name)
    (b / "~$lock.docx").write_bytes(b"lock")
    (b / "catatan.txt").write_text("bukan SOP")
    return root


@pytest.fixture(scope="session")
def audit_tree(tmp_path_factory) -> Path:
    """The audit tree (see :func:`build_audit_tree`), built once; skips without the corpus."""
    if not all(p.is_file() for p in (TRENGGALEK, BINTAN, PROBOLINGGO, TAPIN)):
        pytest.skip("corpus DOCX files not present")
    return build_audit_tree(tmp_path_factory.mktemp("audit") / "root")
