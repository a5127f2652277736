"""OCR engines: recognise the text of line images cut from a page.

The raster reader finds text lines itself (per table cell, per line inside the cell, see
:mod:`.lines`) and hands the engine a batch of line crops; the engine returns, for each
crop, its text and a confidence in 0..1. Nothing here looks at a whole page, so a page is
never recognised twice.

Engines:

* ``rapidocr`` (default): the PP-OCR recognition model (ONNX) shipped inside the ``rapidocr``
  wheel from PyPI, run by ``onnxruntime`` on the CPU. The model files are loaded from the
  installed package by path, so nothing is downloaded at run time and it works with the
  network off. Latin script (the model's dictionary holds the Latin alphabet, digits and
  punctuation beside Chinese).
* ``tesseract``: the ``tesseract`` program with its ``ind`` model, when installed from the
  operating system's packages (Debian: ``apt-get install tesseract-ocr tesseract-ocr-ind``);
  optional, used by the benchmark to compare.

Threads: one per engine (``threads``); the audit parallelises over files instead.

:raises OcrUnavailable: when the chosen engine cannot be loaded (package or program
    missing); the reader turns it into a ``no-text-layer`` finding that says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

ENGINES = ("rapidocr", "tesseract")


class OcrUnavailable(RuntimeError):
    """The OCR engine is not installed or cannot start."""


class Engine(Protocol):
    """Recognises line images: ``recognise(crops)`` -> ``[(text, confidence 0..1)]``;
    ``seconds`` adds up the time spent recognising (for the benchmark's OCR share)."""

    name: str
    seconds: float

    def recognise(self, crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        ...


class RapidOcrEngine:
    """PP-OCR recognition through ``rapidocr`` + ``onnxruntime`` (recognition model only)."""

    name = "rapidocr"

    def __init__(self, threads: int = 1):
        self.seconds = 0.0
        try:
            import rapidocr
            from rapidocr import RapidOCR
            from rapidocr.ch_ppocr_rec import TextRecInput
        except Exception as exc:  # ImportError, or onnxruntime failing to load
            raise OcrUnavailable(f"rapidocr: {type(exc).__name__}: {exc}") from None
        models = Path(rapidocr.__file__).parent / "models"
        paths = {kind: sorted(models.glob(f"*_{kind}_*.onnx")) for kind in ("det", "rec", "cls")}
        if not paths["rec"]:
            raise OcrUnavailable(f"rapidocr: no recognition model in {models}")
        params = {
            "Global.log_level": "error",
            "EngineConfig.onnxruntime.intra_op_num_threads": max(1, threads),
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            # models by path: the packaged files, never a download
            "Rec.model_path": str(paths["rec"][0]),
        }
        for kind, key in (("det", "Det.model_path"), ("cls", "Cls.model_path")):
            if paths[kind]:
                params[key] = str(paths[kind][0])
        try:
            engine = RapidOCR(params=params)
            self._rec = engine._load_rec_model()  # recognition only; detection is never loaded
        except Exception as exc:
            raise OcrUnavailable(f"rapidocr: {type(exc).__name__}: {exc}") from None
        # pad short crops to 64 px (model width 320 wastes time on words; same text, measured)
        self._rec.rec_image_shape = [3, 48, 64]
        self._input = TextRecInput

    def recognise(self, crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        if not crops:
            return []
        started = time.perf_counter()
        imgs = [c if c.ndim == 3 else np.repeat(c[:, :, None], 3, axis=2) for c in crops]
        try:
            out = self._rec(self._input(img=imgs))
        except Exception as exc:
            _reraise_ours(exc)
            raise
        finally:
            self.seconds += time.perf_counter() - started
        return [(str(t), float(s)) for t, s in zip(out.txts, out.scores)]


def _reraise_ours(exc: BaseException) -> None:
    """Raise the sopcheck error (a :class:`~sopcheck.errors.ReadError`, e.g. the per-file
    time limit's ``resource-limit`` raised by its alarm inside ONNX Runtime's call) that
    ``rapidocr`` wrapped into its own exception, so the file gets the right finding."""
    from ...errors import ReadError

    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, ReadError):
            raise cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__


class TesseractEngine:
    """The ``tesseract`` program, ``ind`` model, one process per batch (``--psm 7``: one line
    per image); confidence is the mean word confidence / 100."""

    name = "tesseract"

    def __init__(self, threads: int = 1, lang: str = "ind"):
        self.seconds = 0.0
        exe = shutil.which("tesseract")
        if exe is None:
            raise OcrUnavailable("tesseract: program not found (apt-get install tesseract-ocr tesseract-ocr-ind)")
        try:
            langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.SubprocessError) as exc:
            raise OcrUnavailable(f"tesseract: {exc}") from None
        if lang not in langs.split():
            raise OcrUnavailable(f"tesseract: language model {lang!r} not installed")
        self._exe, self._lang, self._threads = exe, lang, max(1, threads)

    def recognise(self, crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        import cv2

        if not crops:
            return []
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="sopcheck-ocr-") as tmp:
            names = []
            for i, crop in enumerate(crops):
                name = os.path.join(tmp, f"{i:05d}.png")
                cv2.imwrite(name, crop)
                names.append(name)
            listing = os.path.join(tmp, "list.txt")
            Path(listing).write_text("\n".join(names) + "\n", encoding="utf-8")
            env = dict(os.environ, OMP_THREAD_LIMIT=str(self._threads))
            proc = subprocess.run([self._exe, listing, "stdout", "-l", self._lang, "--psm", "7", "tsv"],
                                  capture_output=True, text=True, env=env, timeout=600)
        words: list[list[tuple[str, float]]] = [[] for _ in crops]
        for row in proc.stdout.splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) < 12 or cols[0] != "5":
                continue
            page = int(cols[1]) - 1
            if 0 <= page < len(words) and cols[11].strip():
                words[page].append((cols[11], max(float(cols[10]), 0.0) / 100.0))
        self.seconds += time.perf_counter() - started
        return [(" ".join(w for w, _ in ws), (sum(c for _, c in ws) / len(ws)) if ws else 0.0) for ws in words]


class LazyEngine:
    """An :class:`Engine` loaded on its first ``recognise`` call (a blank or undecodable page
    costs no model load). :raises OcrUnavailable: from that call, when it cannot be loaded."""

    def __init__(self, name: str = "rapidocr", threads: int = 1):
        self.name, self._threads = name, threads
        self._engine: Engine | None = None

    @property
    def seconds(self) -> float:
        return self._engine.seconds if self._engine is not None else 0.0

    def recognise(self, crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        if not crops:
            return []
        if self._engine is None:
            self._engine = get_engine(self.name, self._threads)
        return self._engine.recognise(crops)


@lru_cache(maxsize=4)
def get_engine(name: str = "rapidocr", threads: int = 1) -> Engine:
    """The engine called ``name`` (one of :data:`ENGINES`), built once per process.

    :raises OcrUnavailable: unknown name, or the engine cannot be loaded.
    """
    if name == "rapidocr":
        return RapidOcrEngine(threads)
    if name == "tesseract":
        return TesseractEngine(threads)
    raise OcrUnavailable(f"unknown OCR engine {name!r} (known: {', '.join(ENGINES)})")
