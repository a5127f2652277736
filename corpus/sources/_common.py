"""Helpers shared by the source modules: page sizes and the two-row merged header."""

A4_LANDSCAPE = {"w": 16838, "h": 11906}
F4_LANDSCAPE = {"w": 18711, "h": 12242}  # 33 x 21.59 cm, the folio paper Indonesian offices use


def page(size: dict, left=1134, right=720, top=720, bottom=720) -> dict:
    """A page setup dict (twips) for the builder."""
    return {**size, "margins": {"top": top, "right": right, "bottom": bottom, "left": left}}


def header(groups):
    """Two merged header rows from ``groups``: ``(label, None)`` is a single column spanning
    both rows vertically (vMerge); ``(label, [sub, ...])`` spans its sub-columns horizontally
    (gridSpan) with the sub-labels in the second row."""
    r1, r2 = [], []
    for label, subs in groups:
        if subs is None:
            r1.append({"text": label, "vm": "restart"})
            r2.append({"text": "", "vm": "continue"})
        else:
            r1.append({"text": label, "span": len(subs)})
            r2.extend(subs)
    return [r1, r2]


def items(*texts):
    """Numbered list items as they are typed in the seeds: one paragraph per item."""
    return list(texts)
