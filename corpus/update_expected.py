"""Write ``corpus/expected/<name>.parse.json`` and ``<name>.findings.json`` for every corpus DOCX.

    python corpus/update_expected.py

Run it after a deliberate change to the reader, layout or rules, then read the diff
(``git diff corpus/expected``) as a reviewer would: every added or removed finding must be a
true statement about the document. ``tests/test_corpus.py`` compares the committed files with
what sopcheck produces now; the PDF twins are held to the same expectations by
``tests/test_pdf_corpus.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def expected_for(docx: Path) -> tuple[dict, list[dict]]:
    """The parse model and findings of ``docx`` as JSON-ready data (paths relative to the repo)."""
    from sopcheck.api import check_file

    source = docx.relative_to(ROOT).as_posix()
    result = check_file(docx, source=source)
    if len(result.documents) != 1:
        raise SystemExit(f"{source}: not parsed as one SOP ({len(result.documents)}): {result.findings}")
    findings = [f.model_dump(mode="json") for f in result.findings]
    return result.documents[0].model_dump(mode="json"), findings


def main() -> int:
    out = HERE / "expected"
    out.mkdir(exist_ok=True)
    for docx in sorted(HERE.glob("*.docx")):
        parse, findings = expected_for(docx)
        name = docx.stem
        (out / f"{name}.parse.json").write_text(json.dumps(parse, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
        (out / f"{name}.findings.json").write_text(json.dumps(findings, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        print(f"{name}: {sum(len(p['steps']) for p in parse['procedures'])} steps, {len(findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
