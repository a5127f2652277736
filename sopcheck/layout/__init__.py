"""Layout stage: find the identitas block and the flowchart procedures in read blocks."""

from __future__ import annotations

from ..blocks import Blocks
from ..model import SopDocument


def build_document(blocks: Blocks) -> SopDocument:
    """Turn read ``blocks`` into the normalized model.

    :raises NotAnSop: when neither an identitas block nor a flowchart table is found.
    """
    raise NotImplementedError
