"""Flowchart symbols in a page image: closed outlines classified by their geometry.

A symbol drawn on paper is a closed outline, so its inside is a *hole* of the ink: a white
region enclosed by ink (OpenCV contour hierarchy, ``RETR_CCOMP``). The hole's outline is the
symbol's inner edge, whatever touches it from outside: an arrow that ends on the box or a
connector line leaving a diamond does not change it, and text written inside is a hole of
its own, one level down. Holes are candidates when they are symbol-sized (a side of at
least :data:`MIN_SIDE_IN`, the long side at least :data:`MIN_LONG_IN` inches: letters such
as "o" are smaller) and, for shapes with corners, at least two of their edges stop at
their corners (a table cell is a hole too, but its ruling goes on into the next cells).

Classification, against the hole's bounding box (as :mod:`sopcheck.readers.pdf_symbols`
does for vector paths, with tolerances for scanned edges):

* **process** (kotak): a point at all four box corners, the box filled;
* **decision** (belah ketupat): four vertices at the mid-sides, about half the box;
* **offpage** (segilima): five vertices, two or three at box corners;
* **connector**: a circle, as tall as wide, about pi/4 of the box;
* **terminator** (kapsul, ellipse, rounded rectangle): no point at the corners, most of the
  box filled;
* document shapes (a wavy bottom edge), stacked documents and parallelograms that some
  offices use for a step are read as **process** (the step's box): sopcheck's model knows
  the five SOP AP symbols only.

Signatures, stamps and QR codes are no symbols: their strokes enclose no symbol-sized
clean hole with a simple outline, or they lie outside every table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

MIN_SIDE_IN = 0.1
"""A symbol's shorter inner side is at least this (inches)."""
MIN_LONG_IN = 0.22
"""A symbol's longer inner side is at least this (inches)."""


@dataclass
class RasterSymbol:
    """One symbol: ``kind``, the hole's box ``(x0, top, x1, bottom)`` in pixels, its
    ``contour`` (OpenCV points) and the ``shape`` read (process, decision, document, ...)."""

    kind: str
    box: tuple[int, int, int, int]
    contour: np.ndarray
    shape: str

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2)


def classify(contour: np.ndarray) -> Optional[str]:
    """The shape of a hole outline: ``process``, ``decision``, ``offpage``, ``connector``,
    ``terminator``, ``document``, ``parallelogram``; ``None`` when it is none of these."""
    import cv2

    x, y, w, h = cv2.boundingRect(contour)
    if w < 3 or h < 3:
        return None
    area = cv2.contourArea(contour)
    fill = area / float(w * h)
    pts = contour.reshape(-1, 2).astype(np.float64)
    tol = max(2.0, 0.06 * min(w, h))
    corners = 0
    for cx, cy in ((x, y), (x + w - 1, y), (x + w - 1, y + h - 1), (x, y + h - 1)):
        if (((pts[:, 0] - cx) ** 2 + (pts[:, 1] - cy) ** 2) <= tol * tol).any():
            corners += 1
    approx = cv2.approxPolyDP(contour, 0.03 * cv2.arcLength(contour, True), True)
    n = len(approx)
    if corners == 4 and fill > 0.88:
        return "process"
    if corners == 0 and n == 4 and 0.35 < fill < 0.68:
        return "decision"
    if n == 5 and corners in (2, 3) and 0.6 < fill < 0.95:
        return "offpage"
    if corners == 0 and fill >= 0.7:
        if 0.8 <= w / h <= 1.25 and fill < 0.84:
            return "connector"
        return "terminator"
    if corners == 2 and n == 4 and 0.55 < fill < 0.92:
        return "parallelogram"
    if corners >= 2 and 0.75 < fill <= 0.97:
        return "document"
    return None


CORNERED = frozenset({"process", "document", "parallelogram", "offpage"})
"""Shapes with corners on their box, which a table cell could also be; a diamond, capsule or
circle touching the ruling with its vertices is no cell."""
KIND = {"process": "process", "decision": "decision", "offpage": "offpage", "connector": "connector",
        "terminator": "terminator", "document": "process", "parallelogram": "process"}
"""SOP AP symbol kind of each shape read."""


def find_symbols(ink: np.ndarray, pt_per_px: float) -> list[RasterSymbol]:
    """Every symbol-shaped outline of ``ink`` (``uint8``, 255 = ink), before any table is
    known: the caller erases them before looking for ruling (a box and the arrows between
    boxes would otherwise join the table's grid) and keeps those inside table cells.

    A table cell is a hole with a clean outline too; its ruling goes on past its corners
    (T and cross junctions with the next cells), a symbol's outline ends at them
    (:func:`_extensions`).
    """
    import cv2

    px_per_in = 72.0 / pt_per_px
    min_side, min_long = MIN_SIDE_IN * px_per_in, MIN_LONG_IN * px_per_in
    closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))  # mend broken outlines
    contours, hierarchy = cv2.findContours(closed, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    if hierarchy is None:
        return []
    out: list[RasterSymbol] = []
    for i, c in enumerate(contours):
        if hierarchy[0][i][3] < 0:
            continue  # an outer boundary; holes have a parent
        x, y, w, h = cv2.boundingRect(c)
        if min(w, h) < min_side or max(w, h) < min_long or max(w, h) > 2.5 * px_per_in:
            continue
        shape = classify(c)
        if shape is None:
            continue
        if shape in CORNERED and _extensions(closed, x, y, w, h) >= 3:
            continue  # a table cell
        out.append(RasterSymbol(kind=KIND[shape], box=(x, y, x + w, y + h), contour=c, shape=shape))
    return out


def _extensions(ink: np.ndarray, x: int, y: int, w: int, h: int, reach: int = 12, gap: int = 7) -> int:
    """How many of a hole's four box edges go on beyond one of their ends: the line above
    (below) the hole continued left or right past the corner, the line beside it continued
    up or down, looked at ``gap`` .. ``gap + reach`` pixels beyond the corner within ``gap``
    pixels of the edge.

    A table cell's four edges are ruling that goes on into the neighbouring cells (4); a
    symbol's outline stops at its corners (0; 1 when a connector leaves along an edge); a
    box drawn into the corner of its cell shares two edges with the ruling (2)."""
    H, W = ink.shape
    x1, y1 = x + w, y + h

    def line(r0: int, r1: int, c0: int, c1: int, axis: int) -> bool:
        region = ink[max(0, r0):min(H, r1), max(0, c0):min(W, c1)]
        return region.size > 0 and bool((region > 0).mean(axis=axis).max() >= 0.8)

    left_of, right_of = (x - gap - reach, x - gap), (x1 + gap, x1 + gap + reach)
    above, below = (y - gap - reach, y - gap), (y1 + gap, y1 + gap + reach)
    top = line(y - gap, y + 1, *left_of, 1) or line(y - gap, y + 1, *right_of, 1)
    bottom = line(y1 - 1, y1 + gap, *left_of, 1) or line(y1 - 1, y1 + gap, *right_of, 1)
    left = line(*above, x - gap, x + 1, 0) or line(*below, x - gap, x + 1, 0)
    right = line(*above, x1 - 1, x1 + gap, 0) or line(*below, x1 - 1, x1 + gap, 0)
    return int(top) + int(bottom) + int(left) + int(right)
