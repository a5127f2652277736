"""Page preparation: a page image made upright, straight and black-on-white.

Input is a greyscale page (``uint8``, 2-D, white paper); output a :class:`Prepared` page at
the working resolution with its ink mask. Steps, each measured on the image itself:

1. **Scale.** Pages larger than :data:`MAX_SIDE` pixels on their long side (a 300 dpi A4
   scan) are reduced to it (about 200 dpi on A4/F4): text stays legible for OCR and every
   later step costs less. Smaller images are kept as they are.
2. **Quarter turns.** Summed along its text lines, a page's ink profile jumps from line to
   gap; summed across them it is smooth (:func:`quarter_turn`). That guess is checked by the
   OCR engine's confidence on a few lines; when it reads badly the other three turns are
   tried (:func:`prepare`).
3. **Deskew.** The small angle (within :data:`MAX_SKEW` degrees) that makes the rows of ink
   sharpest: the sum of squared row sums of a reduced ink image, searched coarse then fine.
4. **Binarise.** Adaptive (Gaussian) threshold, so uneven lighting of phone photos and grey
   scanner backgrounds drop out; specks of one to three pixels (scanner noise) removed.

Units: pixels of the working image; :attr:`Prepared.pt_per_px` converts to PDF points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

MAX_SIDE = 2400
"""Long side (pixels) of the working image; a larger page is reduced to it."""
MAX_SKEW = 5.0
"""Largest skew (degrees) searched for and undone."""
SPECK_IN2 = 0.0003
"""Connected ink smaller than this (square inches; 12 pixels at 200 dpi) is noise."""


@dataclass
class Prepared:
    """An upright, deskewed page at the working resolution.

    ``grey`` is the greyscale image, ``ink`` its binary mask (``uint8``, 255 = ink);
    ``pt_per_px`` PDF points per pixel of ``grey``; ``rotation`` the quarter turn applied
    (degrees clockwise: 0, 90, 180, 270) and ``skew`` the small rotation undone (degrees).
    """

    grey: np.ndarray
    ink: np.ndarray
    pt_per_px: float
    rotation: int = 0
    skew: float = 0.0


def _cv2():
    import cv2

    cv2.setNumThreads(1)  # one core per page: the audit runs files in its own worker pool
    return cv2


def scale_to_working(grey: np.ndarray, pt_per_px: float) -> tuple[np.ndarray, float]:
    """Reduce ``grey`` so its long side is at most :data:`MAX_SIDE` pixels."""
    cv2 = _cv2()
    long_side = max(grey.shape[:2])
    if long_side <= MAX_SIDE:
        return grey, pt_per_px
    f = MAX_SIDE / long_side
    out = cv2.resize(grey, (max(1, round(grey.shape[1] * f)), max(1, round(grey.shape[0] * f))),
                     interpolation=cv2.INTER_AREA)
    return out, pt_per_px / f


def binarise(grey: np.ndarray, px_per_in: float = 200.0) -> np.ndarray:
    """Ink mask of ``grey`` (255 = ink): adaptive threshold over a window of about a tenth of
    an inch at 200 dpi, pale marks (lighter than the paper's Otsu threshold) dropped, and
    specks removed: connected marks smaller than :data:`SPECK_IN2` square inches (scanner
    and JPEG noise; the dot of an "i" goes too, which only the OCR crops, taken from the grey
    image, need)."""
    cv2 = _cv2()
    block = 31
    ink = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY_INV, block, 15)
    otsu, _ = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink[grey > max(otsu, 140) + 25] = 0  # only marks darker than the paper
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    small = stats[:, cv2.CC_STAT_AREA] <= max(3, round(SPECK_IN2 * px_per_in * px_per_in))
    small[0] = False
    if small.any():
        ink[small[labels]] = 0
    return ink


def quarter_turn(ink: np.ndarray) -> int:
    """0 when text lines run across the page (left to right, or upside down), 90 when they
    run down it: the page must be turned by a quarter.

    Text lines alternate with white gaps across the lines, so the profile of ink summed
    along the lines changes sharply from one pixel to the next; summed the other way, over
    many lines, it is smooth. The profile whose normalised energy of differences is higher
    runs across the lines. Long rules (table lines, longer than a sixth of the page) are
    left out first: they say nothing about the direction of text.
    """
    cv2 = _cv2()
    small = ink
    if max(ink.shape) > 1200:
        f = 1200 / max(ink.shape)
        small = cv2.resize(ink, (round(ink.shape[1] * f), round(ink.shape[0] * f)), interpolation=cv2.INTER_AREA)
        small = (small > 60).astype(np.uint8) * 255
    n, labels, stats, _ = cv2.connectedComponentsWithStats(small, connectivity=8)
    limit = max(small.shape) / 6
    keep = (np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) < limit)
    keep[0] = False
    text = keep[labels].astype(np.float64)

    def energy(profile: np.ndarray) -> float:
        total = float((profile * profile).sum())
        return float((np.diff(profile) ** 2).sum()) / total if total else 0.0

    across_rows, across_cols = energy(text.sum(axis=1)), energy(text.sum(axis=0))
    return 90 if across_cols > 1.5 * across_rows else 0


def rotate_quarter(img: np.ndarray, degrees: int) -> np.ndarray:
    """``img`` turned clockwise by ``degrees`` (a multiple of 90)."""
    cv2 = _cv2()
    d = degrees % 360
    if d == 90:
        return cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)
    if d == 180:
        return cv2.rotate(img, cv2.ROTATE_180)
    if d == 270:
        return cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return img


def skew_angle(ink: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise positive as OpenCV's) that straightens the
    rows of ``ink``: the angle maximising the sum of squared row sums of a reduced image."""
    cv2 = _cv2()
    f = min(1.0, 800 / max(ink.shape))
    small = cv2.resize(ink, (max(1, round(ink.shape[1] * f)), max(1, round(ink.shape[0] * f))),
                       interpolation=cv2.INTER_AREA).astype(np.float32)
    h, w = small.shape
    centre = (w / 2, h / 2)

    def score(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rot = cv2.warpAffine(small, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
        rows = rot.sum(axis=1)
        return float((rows * rows).sum())

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-6, 0.5), key=score)
    fine = max(np.arange(best - 0.5, best + 0.5 + 1e-6, 0.1), key=score)
    return float(round(fine, 2))


def rotate_small(grey: np.ndarray, angle: float) -> np.ndarray:
    """``grey`` rotated by ``angle`` degrees about its centre, the corners filled white."""
    cv2 = _cv2()
    h, w = grey.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=255)


BLANK = 0.0005
"""A page with less ink than this share of its pixels is blank: no orientation is tried."""
UPRIGHT_CONFIDENCE = 0.85
"""Mean OCR confidence on a page's sample lines above which its orientation is taken as it is."""


def prepare(grey: np.ndarray, pt_per_px: float, orient: bool = True,
            legibility: Optional[Callable[[np.ndarray, np.ndarray, float], float]] = None) -> Prepared:
    """Scale, turn, deskew and binarise a page (module docstring).

    :param grey: the page, ``uint8`` 2-D (a colour image is converted by the caller).
    :param pt_per_px: PDF points per pixel of ``grey``.
    :param orient: look for quarter turns (a whole page); ``False`` for an image region of a
        born-digital page, which is upright as the page is.
    :param legibility: given (grey, ink, points per pixel) of a candidate orientation, the
        OCR engine's mean confidence (0..1) on a few of its text lines (:mod:`.assemble`).
        The orientations are tried in order (the profile's guess, then turned by 180, 90,
        270 degrees from it) until one reads at :data:`UPRIGHT_CONFIDENCE`; else the best.
        ``None`` keeps the profile's guess.
    """
    grey, pt_per_px = scale_to_working(grey, pt_per_px)
    px_per_in = 72.0 / pt_per_px
    ink = binarise(grey, px_per_in)
    guess = quarter_turn(ink) if orient else 0
    turns = [guess, (guess + 180) % 360, (guess + 90) % 360, (guess + 270) % 360]
    if not orient or legibility is None or np.count_nonzero(ink) < BLANK * ink.size:
        turns = turns[:1]  # nothing to turn on a blank (or undecodable) page
    best: Optional[tuple[float, Prepared]] = None
    for turn in turns:
        g = rotate_quarter(grey, turn)
        k = ink if turn == 0 else rotate_quarter(ink, turn)
        angle = skew_angle(k)
        if abs(angle) >= 0.1:
            g = rotate_small(g, angle)
            k = binarise(g, px_per_in)
        page = Prepared(grey=g, ink=k, pt_per_px=pt_per_px, rotation=turn, skew=angle)
        if len(turns) == 1:
            return page
        score = legibility(g, k, pt_per_px)
        if best is None or score > best[0]:
            best = (score, page)
        if score >= UPRIGHT_CONFIDENCE:
            break
    assert best is not None
    return best[1]
