"""``sopcheck check FILE... --format html -o FILE.html`` (issue 16, deliver 3): the audit page's
per-document view for a few files, one self-contained page."""

from __future__ import annotations

import re
from html import escape

from conftest import CORPUS, PROBOLINGGO

from sopcheck.api import check_file
from sopcheck.cli import main


def test_one_page_with_findings_and_swimlanes(tmp_path):
    out = tmp_path / "sop.html"
    bundle = CORPUS / "layouts" / "cimahi-bpkad-bundle.docx"
    assert main(["check", str(PROBOLINGGO), str(bundle), "--format", "html", "-o", str(out)]) == 1
    html = out.read_text(encoding="utf-8")
    results = [check_file(PROBOLINGGO), check_file(bundle)]
    sops = sum(len(r.documents) for r in results)
    assert html.count("<details class=doc") == sops == 4
    assert html.count("<tr class=f ") == sum(len(r.findings) for r in results)
    procedures = sum(len(d.procedures) for r in results for d in r.documents)
    assert html.count('<svg class="flow"') == procedures
    assert "(SOP 2/3)" in html and "default-src 'none'" in html
    assert not re.search(r"(src|href)=\"https?:", html)  # self-contained
    for f in results[0].findings:
        assert escape(f.message, quote=True) in html
