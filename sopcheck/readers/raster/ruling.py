"""Ruling lines and table grids of a page image.

Horizontal and vertical lines are found by morphology (OpenCV): the ink mask opened with a
long thin kernel keeps only runs of ink at least :data:`MIN_LINE_IN` inches long in that
direction; each connected run is one segment. The segments, converted to PDF points, go
through the vector reader's grid builder (:mod:`sopcheck.readers.pdf_grid`: snapping,
merging, pruning free ends, merged cells from missing ruling), so a scanned table gets
exactly the grid, spans and splitting rules a born-digital one gets.

What is not ruling is kept apart: segments the grid builder prunes (an arrow shaft ends on a
symbol, not on other ruling), and boxes drawn as four lines inside a cell (a one-cell grid
inside another: a process symbol), which :mod:`.symbols` reads from the image.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..pdf_grid import Grid, Seg, grids_from_segments, merge_segments, prune

MIN_LINE_IN = 0.22
"""Shortest ink run (inches) taken as a line; letters are shorter, table cells longer."""


@dataclass
class Ruling:
    """Lines of one page: ``h``/``v`` segments in points (all found), the ``grids`` built
    from them, the masks (``uint8``, 255 = a line pixel, dilated by one pixel) of the grids'
    ruling (``mask``) and of every line found (``lines``: ruling, arrows, symbol sides), and
    the segments that are not ruling of any grid (``loose_h``/``loose_v``: arrows,
    connectors, symbol sides)."""

    h: list[Seg]
    v: list[Seg]
    grids: list[Grid]
    mask: np.ndarray
    lines: np.ndarray
    loose_h: list[Seg]
    loose_v: list[Seg]


def _segments(mask: np.ndarray, horizontal: bool, pt: float, origin: tuple[float, float]
              ) -> tuple[list[Seg], np.ndarray]:
    """One segment per connected run of ``mask``, in points; also the label image (segment
    ``i`` is label ``i + 1``)."""
    import cv2

    n, labels, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out: list[Seg] = []
    ox, oy = origin
    for i in range(1, n):
        x, y, w, h = stats[i, :4]
        if horizontal:
            out.append(Seg(oy + (centroids[i][1] + 0.5) * pt, ox + x * pt, ox + (x + w) * pt))
        else:
            out.append(Seg(ox + (centroids[i][0] + 0.5) * pt, oy + y * pt, oy + (y + h) * pt))
    return out, labels


def _cut(segs: list[Seg], boxes: list[tuple[float, float, float, float]], horizontal: bool) -> list[Seg]:
    """``segs`` without their parts inside ``boxes`` (symbols, in points): a symbol's own side
    goes, a table line passing along the symbol's edge and beyond on both sides stays, and a
    line that *ends* on a symbol goes whole: it is an arrow (its head on the box), even where
    it crosses a row line on its way (an arrow coming down through a role header would
    otherwise remain, between the header's two rules, as a column line splitting the
    header)."""
    out: list[Seg] = []
    for s in segs:
        if _ends_on(s, boxes, horizontal):
            continue
        pieces = [(s.a0, s.a1)]
        for x0, y0, x1, y1 in boxes:
            lo, hi, p0, p1 = (x0, x1, y0, y1) if horizontal else (y0, y1, x0, x1)
            if not p0 <= s.pos <= p1:
                continue
            kept = []
            for a, b in pieces:
                if b <= lo or a >= hi or (a < lo and b > hi):
                    kept.append((a, b))  # apart, or passing through
                    continue
                if a < lo:
                    kept.append((a, lo))
                if b > hi:
                    kept.append((hi, b))
            pieces = kept
        out.extend(Seg(s.pos, a, b) for a, b in pieces if b > a)
    return out


def _ends_on(s: Seg, boxes: list[tuple[float, float, float, float]], horizontal: bool) -> bool:
    """Whether one end of ``s`` lies in one of ``boxes`` (a symbol and its outline) while the
    segment runs on outside it: an arrow or connector line ending on the symbol."""
    for x0, y0, x1, y1 in boxes:
        lo, hi, p0, p1 = (x0, x1, y0, y1) if horizontal else (y0, y1, x0, x1)
        if not p0 <= s.pos <= p1:
            continue
        if (lo <= s.a0 <= hi) != (lo <= s.a1 <= hi):
            return True
    return False


def find_ruling(ink: np.ndarray, pt_per_px: float, origin: tuple[float, float] = (0.0, 0.0),
                symbols: list[tuple[int, int, int, int]] = ()) -> Ruling:
    """The lines and table grids in ``ink`` (``uint8``, 255 = ink).

    :param pt_per_px: points per pixel; segment and grid coordinates are
        ``origin + pixels * pt_per_px``.
    :param symbols: pixel boxes of the symbols found (:mod:`.symbols`): their sides, and
        the ends of arrows on them, are no ruling (:func:`_cut`).
    """
    import cv2

    px_per_in = 72.0 / pt_per_px
    length = max(15, round(MIN_LINE_IN * px_per_in))
    # runs of ink at least `length` long (breaks of a scanned line are bridged later, when
    # collinear pieces are merged in points)
    hmask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, length), np.uint8))
    vmask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8))
    h, hlabels = _segments(hmask, True, pt_per_px, origin)
    v, vlabels = _segments(vmask, False, pt_per_px, origin)
    m = 4  # pixels around a symbol's inner box: its outline
    boxes = [(origin[0] + (x0 - m) * pt_per_px, origin[1] + (y0 - m) * pt_per_px,
              origin[0] + (x1 + m) * pt_per_px, origin[1] + (y1 + m) * pt_per_px) for x0, y0, x1, y1 in symbols]
    ph, pv = prune(merge_segments(_cut(h, boxes, True)), merge_segments(_cut(v, boxes, False)))
    grids = grids_from_segments(ph, pv)
    outer = [g for g in grids if not _nested(g, grids)]
    lines = cv2.dilate(cv2.bitwise_or(hmask, vmask), np.ones((3, 3), np.uint8))

    def on_grid(s: Seg, horizontal: bool) -> bool:
        for g in outer:
            lines, span = (g.ys, (g.xs[0], g.xs[-1])) if horizontal else (g.xs, (g.ys[0], g.ys[-1]))
            if any(abs(s.pos - p) <= 2.0 for p in lines) and s.a0 >= span[0] - 3 and s.a1 <= span[1] + 3:
                return True
        return False

    keep_h = np.array([False] + [on_grid(s, True) for s in h])
    keep_v = np.array([False] + [on_grid(s, False) for s in v])
    mask = ((keep_h[hlabels] | keep_v[vlabels]).astype(np.uint8)) * 255
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    loose_h = merge_segments([s for s, k in zip(h, keep_h[1:]) if not k])
    loose_v = merge_segments([s for s, k in zip(v, keep_v[1:]) if not k])
    return Ruling(h=h, v=v, grids=outer, mask=mask, lines=lines, loose_h=loose_h, loose_v=loose_v)


def _nested(g: Grid, grids: list[Grid]) -> bool:
    """Whether ``g`` lies inside a larger grid (a box drawn with four lines in a cell)."""
    x0, t0, x1, b0 = g.bbox
    return any(
        o is not g and o.xs[0] - 1 <= x0 and x1 <= o.xs[-1] + 1 and o.ys[0] - 1 <= t0 and b0 <= o.ys[-1] + 1
        and (o.xs[-1] - o.xs[0]) * (o.ys[-1] - o.ys[0]) > (x1 - x0) * (b0 - t0)
        for o in grids
    )
