"""One XML parser for every XML part sopcheck reads: no entities, no network, no DTD.

A DOCX is a zip of XML parts written by whoever sent it. A part may declare external entities
(``<!ENTITY x SYSTEM "file:///etc/passwd">``) or nested entity expansion ("billion laughs").
:func:`parse_xml` refuses both: entities are not resolved, DTDs are not loaded, the network is
never touched, and lxml's own tree-size safety limits stay on (``huge_tree=False``).
"""

from __future__ import annotations

from lxml import etree

from ..errors import UnreadableFile


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_comments=True)


_PARSER = _parser()


def parse_xml(data: bytes, what: str = "XML") -> etree._Element:
    """Parse ``data`` safely and return the root element.

    A document type declaration with entity definitions is rejected outright (no legitimate
    Office part carries one).

    :param what: a name for messages, e.g. ``"report.docx: word/document.xml"``.
    :raises UnreadableFile: on malformed XML or a DTD declaring entities.
    """
    head = data[:65536]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 (with its BOM): scan the decoded text
        head = head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    if b"<!DOCTYPE" in head[:4096] or b"<!ENTITY" in head:
        raise _doctype(what)
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(
            f"{what}: XML rusak ({exc.msg}); buka dan simpan ulang sebagai .docx.",
            f"{what}: malformed XML ({exc.msg}); open it and save it again as .docx.") from exc
    # the prefix scan above is a shortcut: a DOCTYPE may follow a long processing instruction
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _doctype(what)
    return root


def _doctype(what: str) -> UnreadableFile:
    return UnreadableFile(
        f"{what}: XML memuat deklarasi DOCTYPE/ENTITY yang tidak diizinkan; simpan ulang dokumen dari Word.",
        f"{what}: XML declares a DOCTYPE/ENTITY, which is not allowed; save the document again from Word.")
