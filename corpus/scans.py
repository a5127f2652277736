"""Scans of the corpus PDFs: each page rendered to an image and put back in a PDF with no
text layer, as a scanner or a phone would, in the variants issue 13 measures.

A variant is a resolution (150, 200, 300 dpi), a colour depth (``grey``: 8-bit; ``bw``:
1-bit black and white, thresholded as a scanner's "document" mode does) and defects: a
little ``skew`` (degrees, alternating sign page by page), Gaussian ``noise`` (sigma, grey
levels) with salt-and-pepper specks, ``jpeg`` compression (quality), and pages turned by
``rotate`` degrees (a document fed sideways). Rendering is pdfium (the library pdfplumber
uses), images are written uncompressed into the PDF (Flate) unless ``jpeg`` is set
(DCTDecode, as scanners and CamScanner write them). Everything is deterministic (fixed
random seed), so a variant of a file is byte-identical on every run.

The expected parse of a scan is that of the DOCX twin (``corpus/expected/*.parse.json``).
Only a few small scans are committed (``corpus/scanned/``); the benchmark
(``bench/bench_raster.py``) and the tests make the others in a temporary folder:

    python corpus/scans.py --out /tmp/scans                    # every variant of every PDF
    python corpus/scans.py --out /tmp/scans --variant 200-grey tapin-pengukuran-kinerja
    python corpus/scans.py --committed                           # corpus/scanned/ (see COMMITTED)
"""

from __future__ import annotations

import argparse
import io
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Variant:
    """How one scan is made (see the module docstring)."""

    dpi: int = 200
    mode: str = "grey"  # grey | bw
    skew: float = 0.0
    noise: float = 0.0
    jpeg: int = 0  # JPEG quality; 0 = lossless
    rotate: int = 0  # quarter turn of every page, degrees clockwise
    rotate_pages: tuple[int, ...] = ()  # 1-based pages turned; () = all when rotate is set


VARIANTS: dict[str, Variant] = {
    "150-grey": Variant(150),
    "200-grey": Variant(200),
    "300-grey": Variant(300),
    "150-bw": Variant(150, "bw"),
    "200-bw": Variant(200, "bw"),
    "300-bw": Variant(300, "bw"),
    "200-skew": Variant(200, skew=1.5),
    "200-noise": Variant(200, noise=14.0),
    "200-jpeg": Variant(200, jpeg=30),
    "150-phone": Variant(150, skew=0.8, noise=10.0, jpeg=40),
    "200-rot90": Variant(200, rotate=90, rotate_pages=(1,)),
    "150-bw-rot90": Variant(150, "bw", rotate=90, rotate_pages=(1,)),
}
"""The variants measured; ``150-phone`` combines skew, noise and JPEG at a low resolution; the
``rot90`` variants turn the first page a quarter (fed sideways), the others stay upright."""

COMMITTED = {"trenggalek-lakip-revisi": "150-bw-rot90"}
"""Scans kept in ``corpus/scanned/`` as ``<name>-<variant>.pdf`` (small: 1-bit, Flate), beside
the Tapin scan ``corpus/make_pdfs.py`` writes; ``python corpus/scans.py --committed`` rewrites them."""


def page_images(pdf: Path, variant: Variant) -> list:
    """The pages of ``pdf`` as PIL images (mode ``L`` or ``1``) made as ``variant`` says."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(13)
    doc = pdfium.PdfDocument(str(pdf))
    out = []
    try:
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=variant.dpi / 72, grayscale=True)
            img = bitmap.to_pil().convert("L")
            if variant.skew:
                angle = variant.skew if i % 2 == 0 else -variant.skew
                img = img.rotate(angle, resample=Image.BILINEAR, expand=True, fillcolor=255)
            if variant.noise:
                a = np.asarray(img, dtype=np.float32)
                a = a + rng.normal(0.0, variant.noise, a.shape)
                specks = rng.random(a.shape)
                a[specks < 0.0015] = 0
                a[specks > 0.9985] = 255
                img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
            if variant.rotate and (not variant.rotate_pages or i + 1 in variant.rotate_pages):
                img = img.rotate(-variant.rotate, expand=True)
            if variant.mode == "bw":
                img = img.point(lambda v: 255 if v > 160 else 0).convert("1", dither=Image.NONE)
            out.append(img)
    finally:
        doc.close()
    return out


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def images_pdf(images: list, dpi: int, jpeg: int = 0) -> bytes:
    """A PDF with one page per image, each image filling its page at ``dpi``, no text."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for img in images:
        w, h = img.size
        if img.mode == "1":
            bits = img.tobytes()  # 1 bit per pixel, rows padded to bytes, 1 = white
            image = _stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                            b"/BitsPerComponent 1 /Filter /FlateDecode" % (w, h), zlib.compress(bits, 9))
        elif jpeg:
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=jpeg)
            image = _stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                            b"/BitsPerComponent 8 /Filter /DCTDecode" % (w, h), buf.getvalue())
        else:
            image = _stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                            b"/BitsPerComponent 8 /Filter /FlateDecode" % (w, h), zlib.compress(img.tobytes(), 6))
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        n = len(objects)
        objects.append(image)
        objects.append(_stream(b"", b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                       b"/Resources << /XObject << /Im0 %d 0 R >> >> >>" % (pw, ph, n + 2, n + 1))
        kids.append(b"%d 0 R" % (n + 3))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_scan(pdf: Path, variant: Variant | str) -> bytes:
    """The scan of corpus PDF ``pdf`` in ``variant`` (a :class:`Variant` or a name from
    :data:`VARIANTS`), as PDF bytes."""
    v = VARIANTS[variant] if isinstance(variant, str) else variant
    return images_pdf(page_images(pdf, v), v.dpi, v.jpeg)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("names", nargs="*", help="corpus PDF stems (default: all)")
    p.add_argument("--out", type=Path, help="folder to write the scans to")
    p.add_argument("--variant", action="append", choices=sorted(VARIANTS), help="default: all")
    p.add_argument("--committed", action="store_true", help="rewrite the scans kept in corpus/scanned/")
    args = p.parse_args(argv)
    if args.committed:
        for name, variant in COMMITTED.items():
            target = HERE / "scanned" / f"{name}-{variant}.pdf"
            target.write_bytes(make_scan(HERE / f"{name}.pdf", variant))
            print(target)
        return
    if args.out is None:
        p.error("--out is required (or --committed)")
    pdfs = [HERE / f"{n}.pdf" for n in args.names] or sorted(HERE.glob("*.pdf"))
    args.out.mkdir(parents=True, exist_ok=True)
    for pdf in pdfs:
        for name in args.variant or sorted(VARIANTS):
            target = args.out / f"{pdf.stem}.{name}.pdf"
            target.write_bytes(make_scan(pdf, name))
            print(target)


if __name__ == "__main__":
    main()
