"""A procedure's swimlane as a PNG picture (for Word: the review sheet), painted with Pillow
from the same :class:`~sopcheck.audit.svg.Scene` the HTML pages draw as SVG.

Colours and line widths follow the audit page's CSS classes; text uses DejaVu Sans when the
system has it, else Pillow's built-in font. ``scale`` multiplies every size (2 gives a picture
sharp enough to print at the width of an A4 page).
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any, Optional

from .svg import KEG_W, LANE_W, NO_W, Scene, procedure_scene

_FILL = {"head": "#e9eef5", "row": "#ffffff", "row err": "#fde8e8", "row warn": "#fff6dd"}
_TEXT = {"ht": "#1d2430", "no": "#1d2430", "kg": "#27303d", "al": "#333344"}
_SYM_STROKE = {"err": ("#c62828", 2.4), "warn": ("#b7791f", 2.2)}


PRINT_TEXT_PX = 12.5
"""Text size of a picture meant for paper (scene pixels): DejaVu Sans Condensed at this size is
as wide as DejaVu Sans at the pages' 11 px, so the same layout holds text 14 % larger."""
_FIT = {"kg": KEG_W - 10, "ht": LANE_W - 6, "no": NO_W - 4}
"""Widest line a text of each class may take (scene pixels): a print picture's text is made
smaller where its larger, condensed font would not fit its box."""


@lru_cache(maxsize=32)
def _font(size: int, bold: bool = False, condensed: bool = False):
    from PIL import ImageFont

    face = "DejaVuSansCondensed" if condensed else "DejaVuSans"
    file = f"{face}-Bold.ttf" if bold else f"{face}.ttf"
    for name in (file, "/usr/share/fonts/truetype/dejavu/" + file):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    if condensed:
        return _font(size, bold)
    try:
        return ImageFont.load_default(size)
    except TypeError:  # Pillow < 10.1: one size only
        return ImageFont.load_default()


def scene_png(scene: Scene, scale: float = 2.0, for_print: bool = False) -> bytes:
    """``scene`` painted as PNG bytes; ``for_print``: text in DejaVu Sans Condensed at
    :data:`PRINT_TEXT_PX` (each line made smaller where it would not fit its box)."""
    from PIL import Image, ImageDraw

    def s(v: float) -> float:
        return v * scale

    img = Image.new("RGB", (int(s(scene.width)) + 1, int(s(scene.height)) + 1), "white")
    draw = ImageDraw.Draw(img)
    for item in scene.items:
        kind = item[0]
        if kind == "rect":
            _, cls, x, y, w, h, rx = item
            box = [s(x), s(y), s(x + w), s(y + h)]
            if cls.startswith("sym"):
                stroke, width = _sym_stroke(cls)
                fill = "#e6f4ea" if "mark" in cls else "white"
                if rx:
                    draw.rounded_rectangle(box, radius=s(rx), fill=fill, outline=stroke, width=max(1, round(s(width))))
                else:
                    draw.rectangle(box, fill=fill, outline=stroke if "unknown" not in cls else "#8a94a6",
                                   width=max(1, round(s(width))))
            else:
                draw.rectangle(box, fill=_FILL.get(cls, "white"),
                               outline="#e3e8ef" if cls.startswith("row") else None)
        elif kind == "polygon":
            _, cls, pts = item
            stroke, width = _sym_stroke(cls)
            draw.polygon([(s(x), s(y)) for x, y in pts], fill="white", outline=stroke, width=max(1, round(s(width))))
        elif kind == "circle":
            _, cls, cx, cy, r = item
            stroke, width = _sym_stroke(cls)
            draw.ellipse([s(cx - r), s(cy - r), s(cx + r), s(cy + r)], fill="#e6f4ea" if "mark" in cls else "white",
                         outline=stroke, width=max(1, round(s(width))))
        elif kind == "tick":
            _, _cls, cx, cy = item
            draw.line([(s(cx - 6), s(cy)), (s(cx - 2), s(cy + 5)), (s(cx + 6), s(cy - 5))], fill="#2f855a",
                      width=max(1, round(s(2.2))))
        elif kind == "line":
            _, _cls, x1, y1, x2, y2 = item
            draw.line([(s(x1), s(y1)), (s(x2), s(y2))], fill="#cfd6e0", width=max(1, round(s(1))))
        elif kind == "arrow":
            _, cls, pts = item
            points = [(s(x), s(y)) for x, y in pts]
            colour, width = ("#c62828", 2.2) if "flag" in cls.split() else ("#333344", 1.3)
            draw.line(points, fill=colour, width=max(1, round(s(width))))
            (xa, ya), (xb, yb) = points[-2], points[-1]
            _head(draw, xa, ya, xb, yb, s(7), colour)
        elif kind == "text":
            _, cls, x, y, lines, anchor = item
            size = (PRINT_TEXT_PX if for_print else 11) * (10 / 11 if cls == "al" else 1)  # arrow labels smaller
            step = 13 * size / 11
            first = y - (len(lines) - 1) * step / 2
            for i, line in enumerate(lines):
                font = _font(max(8, round(s(size))), bold=cls == "ht", condensed=for_print)
                if for_print and cls in _FIT:
                    px = round(s(size))
                    while px > round(s(9)) and font.getlength(line) > s(_FIT[cls]):
                        px -= 1
                        font = _font(px, bold=cls == "ht", condensed=True)
                draw.text((s(x), s(first + i * step)), line, font=font, fill=_TEXT.get(cls, "#1d2430"),
                          anchor="mm" if anchor == "middle" else "lm")
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _sym_stroke(cls: str) -> tuple[str, float]:
    for key, value in _SYM_STROKE.items():
        if key in cls.split():
            return value
    return ("#1f3a5f", 1.6)


def _head(draw, xa: float, ya: float, xb: float, yb: float, size: float, colour: str = "#333344") -> None:
    """An arrowhead at (xb, yb) pointing from (xa, ya), filled with ``colour``."""
    import math

    angle = math.atan2(yb - ya, xb - xa)
    left = (xb - size * math.cos(angle - 0.45), yb - size * math.sin(angle - 0.45))
    right = (xb - size * math.cos(angle + 0.45), yb - size * math.sin(angle + 0.45))
    draw.polygon([(xb, yb), left, right], fill=colour)


def procedure_png(drawing: Optional[dict[str, Any]], title: str = "", no_lane_label: str = "(tanpa pelaksana)",
                  scale: float = 2.0) -> Optional[bytes]:
    """The procedure ``drawing`` (:func:`~sopcheck.audit.task.drawing_spec`) as PNG bytes;
    ``None`` when there is nothing to draw."""
    scene = procedure_scene(drawing, title, no_lane_label)
    return scene_png(scene, scale) if scene is not None else None
