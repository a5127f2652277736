"""The normalized SOP model: what every reader and the layout stage produce.

The fields are exactly those of the parse shape in ``docs/CONTRACT.md`` (the stable JSON
interface). Names follow the SOP AP vocabulary of Permenpan RB No. 35 Tahun 2012:
*identitas* (the identity block), *prosedur* (one flowchart table), *kegiatan* (activity),
*pelaksana* (performing role), and the *Mutu Baku* cells kelengkapan, waktu and output.

Text fields hold the cell text with whitespace collapsed to single spaces and trimmed;
an empty cell is ``""``. Durations are in working minutes (1 jam = 60, 1 hari = 1 hari
kerja = 480, 1 minggu = 5 hari kerja).
"""

from __future__ import annotations

from typing import ClassVar, Iterable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_serializer

SymbolKind = Literal["terminator", "process", "decision", "connector", "offpage", "marker"]
"""Flowchart symbols allowed by SOP AP (kapsul, kotak, belah ketupat, anak panah, segilima),
plus ``marker`` for a text mark (√, V, X, ●) written in the role cell instead of a shape."""

SYMBOL_PRIORITY: tuple[str, ...] = ("terminator", "decision", "process", "offpage", "connector", "marker")
"""Which kind names a step whose row draws several: a start/end capsule or a decision diamond
anywhere in the row before a process box, then the connectors, then a text marker."""


def principal(kinds: Iterable[Optional[str]]) -> Optional[str]:
    """The kind that names a step or cell drawing all of ``kinds`` (:data:`SYMBOL_PRIORITY`);
    ``None`` for none."""
    ranks = [SYMBOL_PRIORITY.index(k) for k in kinds if k in SYMBOL_PRIORITY]
    return SYMBOL_PRIORITY[min(ranks)] if ranks else None


Severity = Literal["error", "warning", "info"]

DocumentFormat = Literal["docx", "pdf"]
"""The formats a parsed document may have (``format`` in the parse JSON)."""
DOCUMENT_FORMATS: tuple[str, ...] = DocumentFormat.__args__

FINDING_FIELDS: tuple[str, ...] = ("number", "kegiatan", "pelaksana", "kelengkapan", "waktu", "output", "keterangan",
                                   "role-header", "identitas", "procedure", "document")
"""What a finding is about, for putting it back on the page (a comment on that cell): a cell of
the step's row (its No, Kegiatan, the role column(s) holding or missing its symbol, a Mutu
Baku cell, Keterangan); a pelaksana column header (``role-header``, with the header as
written in :attr:`Finding.field_key`); an identitas field (``identitas``, with the model's
field name, e.g. ``tanggal_efektif``, in ``field_key``); the procedure's table as a whole; or
the SOP as a whole (``document``: no flowchart found). ``None`` for a file-level finding (the
file could not be read)."""

SEVERITY_ORDER: tuple[str, ...] = ("info", "warning", "error")
"""Severities from least to most severe: the one order every report, exit status and
``fail-on`` threshold uses."""


def severity_rank(severity: str) -> int:
    """0 for info, 1 for warning, 2 for error (:data:`SEVERITY_ORDER`).

    :raises ValueError: for any other severity.
    """
    return SEVERITY_ORDER.index(severity)


def reaches(severity: str, threshold: str) -> bool:
    """True when ``severity`` is at least as severe as ``threshold`` (the ``fail-on`` test)."""
    return severity_rank(severity) >= severity_rank(threshold)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _OmitNull(_Strict):
    """A model whose fields named in ``_OMIT_NULL`` are left out of the JSON when ``None``: an
    addition only some documents have (``part`` of a bundle, a procedure's ``waktu_total``)
    leaves the output of every other document exactly as it was (``docs/CONTRACT.md``)."""

    _OMIT_NULL: ClassVar[tuple[str, ...]] = ("part",)

    @model_serializer(mode="wrap")
    def _drop_null(self, handler):
        data = handler(self)
        if isinstance(data, dict):
            for key in self._OMIT_NULL:
                if key in data and data[key] is None:
                    del data[key]
        return data


class Identity(_Strict):
    """The identitas SOP block (usually a table on the first page).

    Scalar fields are the raw text as written (dates are not parsed here); ``None`` where
    the label is absent, ``""`` where the label is present but its value is empty. List
    fields hold one entry per listed item (numbering such as "1." removed). ``instansi`` is the
    issuing office with its region; ``unit`` the bagian, bidang, tim or sekretariat printed
    under it in the heading, ``None`` when there is none.
    """

    instansi: Optional[str] = None
    unit: Optional[str] = None
    nomor_sop: Optional[str] = None
    tanggal_pembuatan: Optional[str] = None
    tanggal_revisi: Optional[str] = None
    tanggal_efektif: Optional[str] = None
    disahkan_oleh: Optional[str] = None
    nama_sop: Optional[str] = None
    dasar_hukum: list[str] = Field(default_factory=list)
    kualifikasi_pelaksana: list[str] = Field(default_factory=list)
    keterkaitan: list[str] = Field(default_factory=list)
    peralatan_perlengkapan: list[str] = Field(default_factory=list)
    peringatan: list[str] = Field(default_factory=list)
    pencatatan_pendataan: list[str] = Field(default_factory=list)


class Waktu(_Strict):
    """The Mutu Baku *waktu* cell: ``raw`` text and its length in working ``minutes``
    (``None`` when the text is not a duration; a range "1 - 5 hari" gives its upper bound)."""

    raw: str = ""
    minutes: Optional[float] = None


class Location(_Strict):
    """Where a step sits in the source: 1-based ``page`` (``None`` for DOCX, which has no
    fixed pages), 1-based ``table`` index among the document's tables, 1-based ``row`` in
    that table."""

    page: Optional[int] = None
    table: int
    row: int


class StepSymbol(_Strict):
    """One flowchart symbol drawn in a step's row: the role header of its ``column`` as
    written (``""`` for a column without a header) and its ``kind``."""

    column: str
    kind: SymbolKind


class Arrow(BaseModel):
    """One arrow of a procedure's flowchart as read (``flow`` in the parse JSON).

    ``from_`` (JSON ``"from"``) and ``to`` are 1-based step **positions** in the procedure (not
    step numbers, which may repeat); ``to`` is ``None`` for an arrow that leaves the table or
    ends on no symbol. An arrow through an off-page connector pair goes from the real source to
    the step it continues to. ``label`` is the text written on the arrow ("Ya", "Tidak", "T")
    as printed, else ``None``.

    Not fields (so not in the JSON contract; the parse cache keeps them beside the model):
    ``source``/``target``, the index of the joined symbol in ``steps[from - 1].symbols`` /
    ``steps[to - 1].symbols`` (``None`` where unknown: a model read back from contract JSON),
    and ``via``: ``"offpage"`` for an arrow continued through an off-page connector pair.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    from_: int = Field(alias="from")
    to: Optional[int] = None
    label: Optional[str] = None
    _source: Optional[int] = PrivateAttr(default=None)
    _target: Optional[int] = PrivateAttr(default=None)
    _via: Optional[str] = PrivateAttr(default=None)

    @property
    def source(self) -> Optional[int]:
        """Index of the arrow's source symbol in its step's ``symbols`` (``None``: unknown)."""
        return self._source

    @source.setter
    def source(self, index: Optional[int]) -> None:
        self._source = index

    @property
    def target(self) -> Optional[int]:
        """Index of the arrow's target symbol in its step's ``symbols`` (``None``: unknown or
        no target)."""
        return self._target

    @target.setter
    def target(self, index: Optional[int]) -> None:
        self._target = index

    @property
    def via(self) -> Optional[str]:
        """``"offpage"`` when the arrow is continued through an off-page connector pair."""
        return self._via

    @via.setter
    def via(self, how: Optional[str]) -> None:
        self._via = how

    def extras(self) -> list:
        """``[source, target, via]``: what the parse cache keeps beside the JSON."""
        return [self._source, self._target, self._via]

    def set_extras(self, extras: list) -> None:
        """Restore :meth:`extras` (from the parse cache)."""
        self._source, self._target, self._via = extras


class Step(_Strict):
    """One row of a flowchart table: a numbered kegiatan with its symbol and Mutu Baku.

    ``pelaksana`` lists the headers of the role columns holding a symbol or marker, left to
    right; ``symbol`` is the step's principal kind over those columns (a terminator or
    decision anywhere in the row before a process box; see
    :data:`SYMBOL_PRIORITY`).

    ``symbols`` lists every symbol drawn in the row (a row may hold two: a sender and a
    receiver, or a capsule beside a box), left to right by column, top to bottom within one.

    ``role_symbols`` (not a field, so not in the JSON contract; the parse cache keeps it
    beside the model) is the kind drawn in each of ``pelaksana``'s columns, for the
    ``sopcheck parse`` grid and the audit swimlanes; a model read back from contract JSON
    takes it from ``symbols`` (else each column shows ``symbol``).

    ``comments`` (not a field either; kept by the parse cache) holds the reviewer comments
    anchored in the step's row (Word comments), where an author may write an inline
    suppression (``sopcheck: abaikan RULE``, see :mod:`sopcheck.checks.suppress`).
    """

    number: Optional[int] = None
    number_raw: str = ""
    kegiatan: str = ""
    pelaksana: list[str] = Field(default_factory=list)
    symbol: Optional[SymbolKind] = None
    kelengkapan: str = ""
    waktu: Waktu = Field(default_factory=Waktu)
    output: str = ""
    keterangan: str = ""
    location: Location
    symbols: list[StepSymbol] = Field(default_factory=list)
    _role_symbols: list[str] = PrivateAttr(default_factory=list)
    _comments: list[str] = PrivateAttr(default_factory=list)

    @property
    def comments(self) -> list[str]:
        """The texts of the comments anchored in the step's row (see the class docstring)."""
        return self._comments

    @comments.setter
    def comments(self, texts: list[str]) -> None:
        self._comments = list(texts)

    _ocr_confidence: dict[str, float] = PrivateAttr(default_factory=dict)

    @property
    def ocr_confidence(self) -> dict[str, float]:
        """For fields read by OCR from a page image: field name (``number``, ``kegiatan``,
        ``kelengkapan``, ``waktu``, ``output``, ``keterangan``) -> the recogniser's confidence
        (0..1, the lowest of the cell's lines). Empty for text from a text layer or XML. Not a
        field, so not in the JSON contract; the parse cache keeps it beside the model."""
        return self._ocr_confidence

    @ocr_confidence.setter
    def ocr_confidence(self, values: dict[str, float]) -> None:
        self._ocr_confidence = dict(values)

    @property
    def role_symbols(self) -> list[Optional[str]]:
        """The kind drawn in each column of ``pelaksana`` (same order): the layout stage's
        per-column kinds, else the principal kind of ``symbols`` in each column, else
        ``symbol`` for every column."""
        if len(self._role_symbols) == len(self.pelaksana):
            return self._role_symbols
        if self.symbols:
            by_column: dict[str, list[str]] = {}
            for s in self.symbols:
                by_column.setdefault(s.column, []).append(s.kind)
            kinds = [principal(by_column.get(h, [])) for h in self.pelaksana]
            if all(kinds):
                return kinds
        return [self.symbol] * len(self.pelaksana)

    @role_symbols.setter
    def role_symbols(self, kinds: list[str]) -> None:
        self._role_symbols = list(kinds)


class Procedure(_OmitNull):
    """One flowchart procedure: a table (continuation tables merged) under one title.

    ``pelaksana`` lists the role column headers left to right, as written. ``nomor_sop`` is a
    number printed with this procedure's own title (seed 003 prints one per procedure), else
    ``None``. ``waktu_total`` is the waktu of a closing total row ("JUMLAH", "Total"), which is
    no step; ``None`` (and left out of the JSON) when the table has none. ``flow`` holds the
    arrows as read (:class:`Arrow`); empty when the file draws none or the reader cannot read
    them.
    """

    _OMIT_NULL: ClassVar[tuple[str, ...]] = ("waktu_total",)

    title: Optional[str] = None
    nomor_sop: Optional[str] = None
    pelaksana: list[str] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    waktu_total: Optional[Waktu] = None
    flow: list[Arrow] = Field(default_factory=list)


class Part(_Strict):
    """Where one SOP of a bundle (a file holding several SOPs) sits in its file: 1-based
    ``index`` of ``count`` SOPs, and its first and last 1-based ``pages`` (``None`` for formats
    without pages, such as DOCX)."""

    index: int
    count: int
    pages: Optional[tuple[int, int]] = None


class SopDocument(_OmitNull):
    """One SOP as read: ``sopcheck parse FILE --format json`` prints exactly this per SOP.

    A file holding one SOP gives one document with ``part`` ``None`` (left out of the JSON); a
    bundle gives one document per SOP, each with the file's ``source`` and its :class:`Part`.
    Step locations keep the file's numbering (``table`` among all tables of the file).
    ``ocr_pages`` lists the 1-based pages (of the file) whose text and symbols were read from an
    image by OCR (a scan, a flowchart pasted as a picture); empty for a born-digital file.
    """

    source: str
    format: DocumentFormat
    part: Optional[Part] = None
    identity: Optional[Identity] = None
    procedures: list[Procedure] = Field(default_factory=list)
    ocr_pages: list[int] = Field(default_factory=list)


class FindingLocation(_Strict):
    """Where a finding points: 1-based page (PDF only), table and row; ``None`` when the
    finding is about the whole file or the identitas block."""

    page: Optional[int] = None
    table: Optional[int] = None
    row: Optional[int] = None


class Finding(_OmitNull):
    """One problem found in one file, as ``sopcheck check --format json`` reports it.

    ``part`` is the 1-based index of the SOP within a bundle (``None``, and left out of the
    JSON, for a single-SOP file and for file-level findings); ``procedure`` is the 1-based
    index into that SOP's procedures; ``step`` is the step's ``number`` (or its 1-based
    position when unnumbered).
    """

    path: str
    rule: str
    code: str
    severity: Severity
    message: str
    part: Optional[int] = None
    procedure: Optional[int] = None
    step: Optional[int] = None
    location: FindingLocation = Field(default_factory=FindingLocation)

    _message_id: Optional[str] = PrivateAttr(default=None)
    _field: Optional[str] = PrivateAttr(default=None)
    _field_key: Optional[str] = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        """Findings are equal when their contract fields are: a finding read back from the JSON
        equals the one written, though the JSON does not hold what is kept beside it
        (:attr:`field`, :attr:`field_key`, :attr:`message_id`)."""
        if not isinstance(other, Finding):
            return NotImplemented
        return self.__dict__ == other.__dict__

    @property
    def field(self) -> Optional[str]:
        """What the finding is about (one of :data:`FINDING_FIELDS`, set from the rule's
        ``field`` or the hit's own); ``None`` for the whole file. Not a field of the JSON
        contract: the annotated copy and the review sheet use it to anchor the finding."""
        return self._field

    @field.setter
    def field(self, value: Optional[str]) -> None:
        self._field = value

    @property
    def field_key(self) -> Optional[str]:
        """Which one of :attr:`field`: the identitas field name (``identitas``) or the pelaksana
        header as written (``role-header``); ``None`` otherwise."""
        return self._field_key

    @field_key.setter
    def field_key(self, value: Optional[str]) -> None:
        self._field_key = value

    @property
    def message_id(self) -> str:
        """The message in Bahasa Indonesia whatever the report language (baseline and SARIF
        fingerprints key on it); not a field, so not in the JSON contract."""
        return self._message_id if self._message_id is not None else self.message

    @message_id.setter
    def message_id(self, text: str) -> None:
        self._message_id = text


class Summary(_Strict):
    """Counts over one ``check`` run."""

    files: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0


class CheckReport(_Strict):
    """The whole ``sopcheck check --format json`` output."""

    findings: list[Finding] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
