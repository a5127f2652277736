"""Share of by-eye verified steps of the real BPS PDFs that sopcheck assigns the right pelaksana.

    python bench/real_pdf_share.py

The expectations are in ``tests/real_by_eye.py``: per file and step, the role column(s)
holding the step's symbols as seen on the rendered page, for every real file whose flowchart
is vector-drawn (35 of 39). A step counts as right when sopcheck's ``pelaksana`` is exactly
those headers (an off-page connector beside another column's symbol is no pelaksana:
``real_by_eye.pelaksana_roles``). The files whose symbols are a picture are listed with their steps unread.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import test_real_pdfs as t  # noqa: E402


def main() -> int:
    if not t.FILES:
        print(f"real PDFs not found in {t.REAL}")
        return 1
    for prefix in t.VERIFIED:
        expected = t.pelaksana_roles(prefix)
        doc = t.parsed(t.real_file(prefix).name)
        got = {s.number: tuple(s.pelaksana) for p in doc.procedures for s in p.steps}
        wrong = [n for n, roles in expected.items() if got.get(n) != roles]
        print(f"{prefix:22} {len(expected) - len(wrong):3}/{len(expected):<3} wrong steps: {wrong or '-'}")
    right, total = t.verified_share()
    print(f"share: {right}/{total} = {right / total:.1%} of verified steps with the right pelaksana")
    pictures = ", ".join(sorted(t.PICTURE_FLOWCHART))
    print(f"not counted: {pictures} (the flowchart is a picture pasted on the page, read by OCR: "
          "bench/bench_raster.py measures that reader)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
