"""Text lines inside a region of a page image (a table cell, a symbol, the page outside
tables), found from the ink itself: no OCR detection model runs.

A text line is a run of image rows holding ink (horizontal projection); a run much taller
than the region's usual line is split at its emptiest row (two lines touching through a
descender). Within a line, ink columns separated by a gap wider than
:data:`PHRASE_GAP` line heights are separate pieces (text far apart on one line, as the PDF
reader splits paragraphs). Pieces with hardly any ink (dust, a stray dot) are dropped.

Boxes are ``(x0, top, x1, bottom)`` in pixels of the page, ``x1``/``bottom`` exclusive.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

PHRASE_GAP = 2.5
"""A horizontal gap wider than this many line heights splits a line into pieces."""


def text_lines(ink: np.ndarray, box: tuple[int, int, int, int], split_phrases: bool = False,
               min_height: int = 5, typical: Optional[float] = None) -> list[tuple[int, int, int, int]]:
    """Line boxes of the ink in ``box``, top to bottom (left to right within a line).

    :param ink: page ink mask with ruling and symbols already removed (255 = ink).
    :param split_phrases: split a line at wide gaps (text outside tables); inside a cell
        one line is one piece.
    :param min_height: lines lower than this (pixels) are specks or rule remnants.
    :param typical: the page's usual line height (pixels, :func:`line_height`); without it,
        the region's own median run (a cell of two lines joined by a stroke has none).
    """
    x0, y0, x1, y1 = box
    region = ink[max(y0, 0):y1, max(x0, 0):x1] > 0
    if region.size == 0:
        return []
    rows = region.sum(axis=1)
    runs = _runs(rows > 0)
    if not runs:
        return []
    if typical is None:
        heights = [b - a for a, b in runs if b - a >= min_height]
        typical = float(np.median(heights)) if heights else float(min_height)
    split: list[tuple[int, int]] = []
    for a, b in runs:
        split.extend(_split_tall(rows, a, b, typical))
    out: list[tuple[int, int, int, int]] = []
    for a, b in split:
        h = b - a
        if h < min_height:
            continue
        cols = region[a:b].sum(axis=0)
        pieces = _runs(cols > 0, gap=max(2, round((PHRASE_GAP if split_phrases else 1e9) * h)))
        for c0, c1 in pieces:
            n_ink = int(cols[c0:c1].sum())
            if n_ink < max(12, 0.08 * h * h) or (c1 - c0) < 0.3 * h:
                continue  # a speck, a dot, a stroke left of a removed line
            out.append((x0 + c0, y0 + a, x0 + c1, y0 + b))
    return out


def line_height(ink: np.ndarray, px_per_in: float) -> Optional[float]:
    """The usual height (pixels) of a text line on a page: 1.3 times the median height of
    its letter-sized marks (between 0.05 and 0.3 inch tall, narrower than half an inch);
    ``None`` when the page has too few."""
    import cv2

    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    h, w = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    letters = h[(h > 0.05 * px_per_in) & (h < 0.3 * px_per_in) & (w < 0.5 * px_per_in)]
    return float(np.median(letters)) * 1.3 if letters.size >= 20 else None


def _runs(flags: np.ndarray, gap: int = 1) -> list[tuple[int, int]]:
    """(start, end) of runs of True in ``flags``; runs separated by fewer than ``gap``
    False entries are one run."""
    idx = np.flatnonzero(flags)
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(idx) > gap)
    starts = np.concatenate(([idx[0]], idx[breaks + 1]))
    ends = np.concatenate((idx[breaks], [idx[-1]])) + 1
    return list(zip(starts.tolist(), ends.tolist()))


def _split_tall(rows: np.ndarray, a: int, b: int, typical: float) -> list[tuple[int, int]]:
    """Split the run ``a..b`` at its emptiest rows while it is taller than two typical lines."""
    if b - a <= 2.0 * typical or typical < 4:
        return [(a, b)]
    lo, hi = a + round(0.6 * typical), b - round(0.6 * typical)
    if hi <= lo:
        return [(a, b)]
    cut = lo + int(np.argmin(rows[lo:hi]))
    return _split_tall(rows, a, cut, typical) + _split_tall(rows, cut, b, typical)
