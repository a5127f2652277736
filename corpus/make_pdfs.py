"""Make the PDF half of the corpus from the built DOCX files.

    apt-get install -y libreoffice-writer-nogui poppler-utils   # once, documented set-up step
    python corpus/make_pdfs.py                       # everything
    python corpus/make_pdfs.py layouts/NAME.docx     # only the files named (paths under corpus/)
    python corpus/make_pdfs.py flows                 # only the flow fixtures (round trip and PDFs)

Writes ``corpus/<name>.pdf`` for every ``corpus/<name>.docx`` (and ``corpus/layouts/<name>.pdf``
for the layout fixtures) with LibreOffice
(``soffice --headless --convert-to pdf``); for the flow fixtures ``corpus/flows/<name>-lo.docx``,
the DOCX opened and saved again by LibreOffice, and the PDFs of both; and ``corpus/scanned/<name>-scan.pdf``: the first
corpus PDF rendered to 150-dpi page images (pdftoppm) and saved as an image-only PDF (Pillow),
which is what a scanner produces — no text layer. Tests never run this: the files are
committed. LibreOffice stamps a creation date, so the bytes differ per run; the content does not.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def convert(docx: list[Path], out_dir: Path) -> None:
    """Convert ``docx`` files to PDF into ``out_dir`` with headless LibreOffice.

    :raises SystemExit: when ``soffice`` is not installed.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found: apt-get install -y libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), *map(str, docx)], check=True, stdout=subprocess.DEVNULL)


def roundtrip(docx: Path, target: Path) -> None:
    """Write ``target``: ``docx`` opened and saved again as DOCX by LibreOffice (what an office
    that edits its SOPs in LibreOffice sends: the drawings rewritten in LibreOffice's own way)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found: apt-get install -y libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", out, str(docx)], check=True, stdout=subprocess.DEVNULL)
        shutil.move(str(Path(out) / docx.name), target)


def scan(pdf: Path, target: Path, dpi: int = 150) -> None:
    """Write ``target``: ``pdf``'s pages as images only (a scanned document, no text layer)."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("p-*.png"))]
        target.parent.mkdir(parents=True, exist_ok=True)
        pages[0].save(target, save_all=True, append_images=pages[1:], resolution=dpi)


def flows() -> list[Path]:
    """The flow fixtures' LibreOffice round trips (``flows/<name>-lo.docx``) and the PDFs of
    both (``flows/<name>.pdf``, ``flows/<name>-lo.pdf``)."""
    folder = HERE / "flows"
    built = sorted(p for p in folder.glob("*.docx") if not p.stem.endswith("-lo"))
    for docx in built:
        roundtrip(docx, folder / f"{docx.stem}-lo.docx")
    convert(sorted(folder.glob("*.docx")), folder)
    return sorted(folder.glob("*.pdf")) + sorted(folder.glob("*-lo.docx"))


def main(argv: list[str] | None = None) -> int:
    names = sys.argv[1:] if argv is None else argv
    if names == ["flows"]:
        done = flows()
    elif names:
        done = []
        for name in names:
            docx = HERE / name
            convert([docx], docx.parent)
            done.append(docx.with_suffix(".pdf"))
    else:
        convert(sorted(HERE.glob("*.docx")), HERE)
        convert(sorted((HERE / "layouts").glob("*.docx")), HERE / "layouts")
        flows()
        scan(HERE / "tapin-pengukuran-kinerja.pdf", HERE / "scanned" / "tapin-pengukuran-kinerja-scan.pdf")
        done = sorted(HERE.glob("*.pdf")) + sorted((HERE / "layouts").glob("*.pdf")) + sorted(
            (HERE / "scanned").glob("*.pdf")) + sorted((HERE / "flows").glob("*-lo.docx"))
    for pdf in done:
        print(f"{pdf.relative_to(HERE.parent)}: {pdf.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
