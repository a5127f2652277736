"""Edit a real DOCX's ``word/document.xml`` for a test: copy the file with the XML changed."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Callable, Iterable

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def edited_copy(src: Path, target: Path, edits: Iterable[Callable[[etree._Element], None]]) -> Path:
    """Write ``target``: ``src`` with each of ``edits`` applied, in order, to the root of its
    ``word/document.xml`` (every other part copied as is). Returns ``target``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                root = etree.fromstring(data)
                for edit in edits:
                    edit(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(item, data)
    return target


def step_row(root: etree._Element, number: str) -> etree._Element:
    """The flowchart table row whose first cell reads ``number``."""
    for tr in root.iter(f"{{{W}}}tr"):
        first = tr.find(f"{{{W}}}tc")
        if first is not None and "".join(first.itertext()).strip() == number:
            return tr
    raise AssertionError(f"no row numbered {number}")
