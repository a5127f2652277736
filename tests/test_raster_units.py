"""The raster reader's parts on images drawn here, where the right answer is known by
construction: symbol shapes, a ruled table with a merged cell and arrows, skew, quarter turns,
text lines, and the OCR engine working with the network cut off."""

from __future__ import annotations

import socket

import cv2
import numpy as np
import pytest

from sopcheck.readers.raster.lines import text_lines
from sopcheck.readers.raster.prepare import binarise, quarter_turn, rotate_quarter, rotate_small, skew_angle
from sopcheck.readers.raster.ruling import find_ruling
from sopcheck.readers.raster.symbols import classify, find_symbols

DPI = 200
PT = 72 / DPI
IN = DPI  # pixels per inch


def _blank(w: int = 1600, h: int = 1100) -> np.ndarray:
    return np.full((h, w), 255, np.uint8)


def _ink(img: np.ndarray) -> np.ndarray:
    return binarise(img)


def _capsule(img, x0, y0, x1, y1):
    r = (y1 - y0) // 2
    cv2.ellipse(img, (x0 + r, y0 + r), (r, r), 0, 90, 270, 0, 3)
    cv2.ellipse(img, (x1 - r, y0 + r), (r, r), 0, -90, 90, 0, 3)
    cv2.line(img, (x0 + r, y0), (x1 - r, y0), 0, 3)
    cv2.line(img, (x0 + r, y1), (x1 - r, y1), 0, 3)


def _shapes_page() -> tuple[np.ndarray, dict[str, tuple[int, int]]]:
    """One of each SOP AP symbol, about as large as printed (0.6-1 inch), on a blank page."""
    img = _blank()
    cv2.rectangle(img, (100, 100), (300, 200), 0, 3)                                   # process
    cv2.polylines(img, [np.array([(500, 100), (600, 150), (500, 200), (400, 150)])], True, 0, 3)  # decision
    _capsule(img, 700, 100, 950, 190)                                                 # terminator
    cv2.circle(img, (1150, 150), 45, 0, 3)                                            # connector
    cv2.polylines(img, [np.array([(100, 400), (260, 400), (260, 470), (180, 530), (100, 470)])], True, 0, 3)  # offpage
    return img, {"process": (200, 150), "decision": (500, 150), "terminator": (825, 145),
                 "connector": (1150, 150), "offpage": (180, 460)}


def test_each_symbol_shape_is_classified():
    img, centres = _shapes_page()
    found = find_symbols(_ink(img), PT)
    got = {}
    for s in found:
        cx, cy = s.centre
        for kind, (x, y) in centres.items():
            if abs(cx - x) < 30 and abs(cy - y) < 30:
                got[kind] = s.kind
    assert got == {k: k for k in centres}
    assert len(found) == len(centres)  # no letter, no stray hole taken for a symbol


def test_classify_rejects_what_is_no_symbol():
    img = _blank(400, 400)
    cv2.line(img, (50, 50), (350, 60), 0, 3)                # an open stroke
    contours, _ = cv2.findContours(_ink(img), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    assert all(classify(c) is None for c in contours if cv2.contourArea(c) > 10)


def _table(img: np.ndarray, xs: list[int], ys: list[int], merged_header: tuple[int, int] | None = None) -> None:
    for y in ys:
        cv2.line(img, (xs[0], y), (xs[-1], y), 0, 2)
    for i, x in enumerate(xs):
        y0 = ys[0]
        if merged_header and merged_header[0] < i < merged_header[1]:
            y0 = ys[1]  # no column line through the merged header cell
        cv2.line(img, (x, y0), (x, ys[-1]), 0, 2)


def test_grid_with_merged_header_and_symbols_joined_by_arrows():
    """Header cell merged over three role columns; boxes in two rows joined by an elbow arrow
    that crosses a row line: the grid is the table's (no column or row from the boxes or the
    arrow), and the boxes are symbols in their cells."""
    img = _blank()
    xs = [100, 300, 500, 700, 900, 1100, 1300]
    ys = [100, 200, 400, 600]
    _table(img, xs, ys, merged_header=(2, 5))  # columns 2-4 share one header cell
    cv2.rectangle(img, (350, 260), (450, 330), 0, 3)         # a box in row 1, column 1
    cv2.rectangle(img, (750, 470), (850, 540), 0, 3)         # a box in row 2, column 3 (under the merged header)
    cv2.line(img, (450, 295), (600, 295), 0, 2)              # the arrow: right, down across the row line, right
    cv2.line(img, (600, 295), (600, 505), 0, 2)
    cv2.line(img, (600, 505), (740, 505), 0, 2)
    cv2.fillPoly(img, [np.array([(750, 505), (735, 498), (735, 512)])], 0)  # its head
    ink = _ink(img)
    symbols = find_symbols(ink, PT)
    ruling = find_ruling(ink, PT, (0.0, 0.0), [s.box for s in symbols])
    assert len(ruling.grids) == 1
    g = ruling.grids[0]
    assert [round(x / PT) for x in g.xs] == pytest.approx(xs, abs=3)
    assert [round(y / PT) for y in g.ys] == pytest.approx(ys, abs=3)
    header = [c for c in g.cells if c.row == 0]
    assert sorted((c.col, c.col_span) for c in header) == [(0, 1), (1, 1), (2, 3), (5, 1)]
    assert sorted(s.kind for s in symbols) == ["process", "process"]
    cells = {(g.cells[g.cell_at(s.centre[0] * PT, s.centre[1] * PT)].row,
              g.cells[g.cell_at(s.centre[0] * PT, s.centre[1] * PT)].col) for s in symbols}
    assert cells == {(1, 1), (2, 3)}
    assert ruling.loose_h and ruling.loose_v  # the arrow is kept as loose lines, not ruling


def test_box_drawn_into_a_cell_corner_is_a_symbol_not_a_cell():
    """A box sharing its top and right edges with the cell's ruling (seen in LibreOffice
    exports): still a process symbol, and the ruling keeps its row and column lines."""
    img = _blank()
    xs, ys = [100, 400, 700, 1000], [100, 300, 500]
    _table(img, xs, ys)
    cv2.rectangle(img, (560, 300), (700, 380), 0, 2)  # top on the row line, right on the column line
    ink = _ink(img)
    symbols = find_symbols(ink, PT)
    assert [s.kind for s in symbols] == ["process"]
    ruling = find_ruling(ink, PT, (0.0, 0.0), [s.box for s in symbols])
    g = ruling.grids[0]
    assert (g.n_rows, g.n_cols) == (2, 3)
    assert all(c.row_span == 1 and c.col_span == 1 for c in g.cells)


def _text_page(lines: int = 30) -> np.ndarray:
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (1650, 2300), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=30)
    words = ("Menyusun konsep pengumuman informasi publik yang diumumkan secara berkala dan serta merta "
             "dan disampaikan kepada Kepala Dinas untuk diperiksa sesuai jadwal").split()
    for i in range(lines):
        line = " ".join(words[(i * 7 + k) % len(words)] for k in range(5 + i % 4))
        draw.text((150 + (i * 37) % 90, 150 + i * 60), line, font=font, fill=0)
    return np.asarray(page).copy()


def test_skew_is_measured():
    page = _text_page()
    for angle in (-2.0, 1.3):
        turned = rotate_small(page, angle)
        assert skew_angle(_ink(turned)) == pytest.approx(-angle, abs=0.25)


def test_quarter_turn_is_seen():
    ink = _ink(_text_page())
    assert quarter_turn(ink) == 0
    assert quarter_turn(rotate_quarter(ink, 90)) == 90
    assert quarter_turn(rotate_quarter(ink, 270)) == 90


def test_text_lines_in_a_cell():
    page = _text_page(lines=4)
    boxes = text_lines(_ink(page), (100, 100, 1600, 450))
    assert len(boxes) == 4
    assert all(b[3] - b[1] < 60 for b in boxes)


def test_ocr_engine_loads_and_reads_with_the_network_cut_off(monkeypatch):
    """RapidOCR's models come from the installed wheel: nothing is fetched at run time."""
    from PIL import Image, ImageDraw, ImageFont

    from sopcheck.readers.raster.ocr import RapidOcrEngine

    def refuse(*args, **kwargs):
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    engine = RapidOcrEngine(threads=1)  # not the cached one: loaded here, offline
    img = Image.new("L", (700, 70), 255)
    ImageDraw.Draw(img).text((15, 12), "Konsep Form Pengukuran", font=ImageFont.load_default(size=36), fill=0)
    [(text, confidence)] = engine.recognise([np.asarray(img).copy()])
    assert text == "Konsep Form Pengukuran" and confidence > 0.9


def test_read_image_fills_table_geometry_symbols_and_arrows():
    """The assembled table: column/row edges in points, symbols with kind, column and box, and
    the arrow's three pieces as strokes, the last one with its head at the box it points to."""
    from sopcheck.blocks import Table
    from sopcheck.readers.raster import get_engine, read_image

    img = _blank()
    xs, ys = [100, 300, 500, 700, 900, 1100, 1300], [100, 200, 400, 600]
    _table(img, xs, ys, merged_header=(2, 5))
    cv2.rectangle(img, (350, 260), (450, 330), 0, 3)
    cv2.rectangle(img, (750, 470), (850, 540), 0, 3)
    cv2.line(img, (450, 295), (600, 295), 0, 2)
    cv2.line(img, (600, 295), (600, 505), 0, 2)
    cv2.line(img, (600, 505), (740, 505), 0, 2)
    cv2.fillPoly(img, [np.array([(750, 505), (735, 498), (735, 512)])], 0)
    page = read_image(img, 3, PT, get_engine("rapidocr", 1), orient=False)
    [table] = [b for _, b in page.items if isinstance(b, Table)]
    assert table.row_pages == [3, 3, 3]
    assert table.xs == pytest.approx([x * PT for x in xs], abs=1.0)
    assert table.ys == pytest.approx([y * PT for y in ys], abs=1.0)
    symbols = [(c.row, s.col, s.kind, s.encoding) for c in table.cells for s in c.symbols]
    assert sorted(symbols) == [(1, 1, "process", "raster"), (2, 3, "process", "raster")]
    box = next(s.box for c in table.cells for s in c.symbols if c.row == 2)
    assert box == pytest.approx((752 * PT, 472 * PT, 848 * PT, 538 * PT), abs=1.5)
    assert len(table.strokes) == 3
    heads = [(s.points[-1] if s.head_end else s.points[0]) for s in table.strokes if s.head_end or s.head_start]
    assert len(heads) == 1 and heads[0] == pytest.approx((750 * PT, 505 * PT), abs=3.0)
