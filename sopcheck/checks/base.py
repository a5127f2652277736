"""Rule machinery: the :func:`rule` decorator, the registry and :func:`run_rules`.

A rule function receives the parsed :class:`~sopcheck.model.SopDocument` and a
:class:`RuleContext` and yields :class:`Hit` values; the machinery turns each hit into a
:class:`~sopcheck.model.Finding` with the rule's name, code, severity and message in the
requested language. The runner gives each rule its own context whose ``opts`` hold the
rule's options resolved (the defaults declared in the decorator, overridden by the
configuration's ``[thresholds.<rule>]``), as yamllint passes ``conf``. Example::

    @rule(
        name="missing-output", code="SOP402", severity="warning",
        summary={"id": "Sel Output kosong", "en": "The Output cell is empty"},
        message={"id": "Langkah {step}: sel Output kosong",
                 "en": "Step {step}: the Output cell is empty"},
        why={"id": "...", "en": "..."},
        fail='''
        | No | Kegiatan        | Staf | Kelengkapan | Waktu   | Output |
        | 1  | Menyusun konsep | P    | Disposisi   | 1 jam   |        |
        ''',
        fires=["L1"],
        passing=...,
    )
    def missing_output(doc, ctx):
        for at in iter_steps(doc):
            if not at.step.output:
                yield at.hit()

``fail`` and ``passing`` are small SOPs written in the example notation of
:mod:`sopcheck.checks.examples`; ``fires`` lists where the rule must fire on ``fail``. A test
runs every rule on its examples, and ``sopcheck rule NAME`` prints them.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple, Optional

from ..model import FINDING_FIELDS, Finding, FindingLocation, Procedure, SopDocument, Step


@dataclass
class Hit:
    """One place a rule fires, before it becomes a finding.

    ``procedure`` is 1-based; ``step`` is the step number (or 1-based position when
    unnumbered); ``params`` fill the rule's message template (``{step}`` is always available).
    """

    procedure: Optional[int] = None
    step: Optional[int] = None
    location: FindingLocation = field(default_factory=FindingLocation)
    params: dict[str, Any] = field(default_factory=dict)
    field: Optional[str] = None
    """What this hit is about when it differs from the rule's ``field`` (see :meth:`on`)."""
    field_key: Optional[str] = None

    def on(self, what: str, key: Optional[str] = None) -> "Hit":
        """This hit, about ``what`` (one of :data:`~sopcheck.model.FINDING_FIELDS`) instead of
        the rule's ``field``; ``key`` names the identitas field or the pelaksana header. Returns
        the hit, so a rule writes ``yield at.hit(...).on("output")``."""
        self.field, self.field_key = what, key
        return self

    @classmethod
    def at_step(cls, procedure: int, step: Step, position: int | None = None, **params: Any) -> "Hit":
        """A hit on ``step`` of 1-based ``procedure``; ``position`` (1-based) stands in for
        the step number when the step is unnumbered, and the message then names the row by its
        position and kegiatan instead of "Langkah N" (:func:`step_name`), so it is never taken
        for the step that carries that number."""
        number = step.number if step.number is not None else position
        loc = FindingLocation(page=step.location.page, table=step.location.table, row=step.location.row)
        if step.number is None and position is not None:
            params = {"step_name_id": step_name(step, position, "id"),
                      "step_name_en": step_name(step, position, "en"), **params}
        return cls(procedure=procedure, step=number, location=loc, params=params)


def step_name(step: Step, position: int, lang: str = "id") -> str:
    """How a message names a step: "Langkah 5" / "Step 5", or for an unnumbered row its position
    and the start of its kegiatan: "Baris tanpa nomor (posisi 1: «Kaban memerintahkan…»)"."""
    if step.number is not None:
        return f"{'Step' if lang == 'en' else 'Langkah'} {step.number}"
    from ..text import shorten

    text = shorten(step.kegiatan, 30, at_word=True)
    what = f": «{text}»" if text else ""
    return f"Unnumbered row (position {position}{what})" if lang == "en" else \
        f"Baris tanpa nomor (posisi {position}{what})"


@dataclass
class RuleContext:
    """What a rule may consult besides the model.

    ``lang`` is the report language; ``options`` the configuration's per-rule overrides
    (``[thresholds.<rule>]``, keyed by rule name); ``extra_roles`` the configuration's
    ``[[roles]]``. ``opts`` is set by the runner for each rule (:meth:`for_rule`): that rule's
    options with their defaults, read by the rule as ``ctx.opts["min_similarity"]``.
    """

    lang: str = "id"
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    extra_roles: list[dict[str, Any]] = field(default_factory=list)
    opts: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def for_rule(self, spec: "RuleSpec") -> "RuleContext":
        """This context with ``opts`` resolved for ``spec``: its declared defaults overlaid
        with the configured values."""
        return replace(self, opts=MappingProxyType({**spec.options, **self.options.get(spec.name, {})}))


@dataclass(frozen=True)
class RuleSpec:
    """A rule's identity and documentation.

    ``scope`` is ``"document"`` (runs on one parsed model), ``"file"`` (reported when a file
    cannot be read; no function) or ``"audit"`` (cross-document, only in audits).
    ``summary``, ``message`` and ``why`` map a language code (``id``, ``en``) to text;
    ``message`` is a :meth:`str.format` template over the hit's params. ``options`` maps each
    threshold a configuration may set (``[thresholds.<rule>]``) to its default value.
    ``field`` is what the rule's findings are about (:data:`~sopcheck.model.FINDING_FIELDS`:
    the step's Output cell, the role header, an identitas field...), where the annotated copy
    puts its comment; a hit may name another (:meth:`Hit.on`).
    ``fail``/``passing`` are examples in the notation of :mod:`sopcheck.checks.examples` and
    ``fires`` the places the rule fires on ``fail`` ("L6", "P2 L3", "P1", "SOP").
    """

    name: str
    code: str
    severity: str
    summary: dict[str, str]
    message: dict[str, str]
    why: dict[str, str]
    fail: str = ""
    passing: str = ""
    fires: tuple[str, ...] = ()
    scope: str = "document"
    func: Optional[Callable[[SopDocument, RuleContext], Iterable[Hit]]] = None
    doc: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    field: Optional[str] = None

    def render(self, params: dict[str, Any], lang: str = "id") -> str:
        """The message for ``params`` in ``lang`` (falls back to Bahasa Indonesia). A message
        opening with "Langkah {step}" / "Step {step}" about an unnumbered row opens with the
        row's name instead (``step_name_id`` / ``step_name_en``, set by :meth:`Hit.at_step`)."""
        lang = lang if lang in self.message else "id"
        template = self.message[lang]
        name = params.get(f"step_name_{lang}")
        opening = "Step {step}" if lang == "en" else "Langkah {step}"
        if name and template.startswith(opening):
            template = template.replace(opening, "{step_name_%s}" % lang, 1)
        return template.format_map(_Default(params))


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "?"


REGISTRY: dict[str, RuleSpec] = {}
_BY_CODE: dict[str, RuleSpec] = {}


def register(spec: RuleSpec) -> RuleSpec:
    """Add ``spec`` to the registry.

    :raises ValueError: when its name or code is already taken.
    """
    if spec.name in REGISTRY or spec.code in _BY_CODE:
        raise ValueError(f"duplicate rule {spec.name} / {spec.code}")
    REGISTRY[spec.name] = spec
    _BY_CODE[spec.code] = spec
    return spec


def rule(*, name: str, code: str, severity: str, summary: dict[str, str], message: dict[str, str],
         why: dict[str, str], fail: str = "", passing: str = "", fires: Iterable[str] = (),
         scope: str = "document", options: dict[str, Any] | None = None, field: str | None = None):
    """Decorator registering a rule function under ``name`` and ``code``.

    ``field`` says what the rule's findings are about (one of
    :data:`~sopcheck.model.FINDING_FIELDS`; a hit may override it with :meth:`Hit.on`).

    ``options`` names the thresholds a configuration may override, with their defaults (the
    one place they are declared); the runner hands the rule ``ctx.opts`` with them resolved.
    ``fail``/``passing``/``fires``: the rule's examples (see :class:`RuleSpec`).
    """

    if field is not None and field not in FINDING_FIELDS:
        raise ValueError(f"rule {name}: unknown field {field!r} (known: {', '.join(FINDING_FIELDS)})")

    def decorate(func: Callable[[SopDocument, RuleContext], Iterable[Hit]]):
        register(RuleSpec(name=name, code=code, severity=severity, summary=summary, message=message,
                          why=why, fail=inspect.cleandoc(fail), passing=inspect.cleandoc(passing),
                          fires=tuple(fires), scope=scope, func=func,
                          doc=inspect.cleandoc(func.__doc__ or ""), options=dict(options or {}),
                          field=field))
        return func

    return decorate


def all_rules() -> list[RuleSpec]:
    """Every registered rule, ordered by code (file rules SOP0xx, then identitas SOP1xx,
    numbering SOP2xx, pelaksana and flowchart SOP3xx, Mutu Baku SOP4xx, waktu SOP5xx,
    cross-document SOP6xx): the order of listings and of a run."""
    return sorted(REGISTRY.values(), key=lambda spec: spec.code)


def get_rule(name_or_code: str) -> Optional[RuleSpec]:
    """The rule named ``name_or_code`` (kebab-case name or code, code case-insensitive)."""
    return REGISTRY.get(name_or_code) or _BY_CODE.get(name_or_code.upper())


def select_rules(selector: str) -> Optional[list[RuleSpec]]:
    """The rules a selector names, as ruff reads ``--select``: ``all`` (any case) for every
    rule, a kebab-case name or a code (``SOP201``, any case) for that rule, or a code prefix
    (``SOP4`` for every Mutu Baku rule SOP4xx, ``SOP`` for all) for every rule whose code starts
    with it; ``None`` when it names nothing. Rules come in registry order.
    """
    selector = selector.strip()
    if selector.lower() == "all":
        return all_rules()
    spec = get_rule(selector)
    if spec is not None:
        return [spec]
    prefix = selector.upper()
    if prefix.startswith("SOP") and (prefix[3:].isdigit() or prefix == "SOP"):
        found = [s for s in all_rules() if s.code.startswith(prefix)]
        return found or None
    return None


def run_rules(doc: SopDocument, path: str, ctx: RuleContext | None = None,
              selected: Iterable[str] | None = None,
              severities: dict[str, str] | None = None) -> list[Finding]:
    """Run the document-scope rules over ``doc`` and return findings for ``path``.

    ``selected`` restricts the run to those rule names (default: all); ``severities`` maps a
    rule name to an overriding severity. Findings come in rule order, then document order;
    each also carries its message in Bahasa Indonesia (``Finding.message_id``) and what it is
    about (``Finding.field``/``field_key``: the hit's, else the rule's). A step whose
    Keterangan or comments say ``sopcheck: abaikan RULE`` gets no finding of that rule
    (:mod:`sopcheck.checks.suppress`). A finding resting on a cell
    OCR read with low confidence is at most ``info`` (:mod:`.provenance`).
    """
    ctx = ctx or RuleContext()
    wanted = set(selected) if selected is not None else None
    silenced = suppression_map(doc)
    findings: list[Finding] = []
    for spec in all_rules():
        if spec.scope != "document" or spec.func is None:
            continue
        if wanted is not None and spec.name not in wanted:
            continue
        severity = (severities or {}).get(spec.name, spec.severity)
        for hit in spec.func(doc, ctx.for_rule(spec)):
            if silenced and _is_suppressed(spec.name, hit, silenced):
                continue
            params = {"step": hit.step, **hit.params}
            finding = Finding(path=path, rule=spec.name, code=spec.code, severity=severity,
                              message=spec.render(params, ctx.lang), procedure=hit.procedure,
                              step=hit.step, location=hit.location)
            if ctx.lang != "id":  # fingerprints key on the Indonesian message
                finding.message_id = spec.render(params, "id")
            finding.field = hit.field or spec.field
            finding.field_key = hit.field_key
            findings.append(finding)
    from .provenance import soften

    return soften(findings, doc, ctx.lang)  # a finding on text OCR read badly is at most info


def suppressed(texts: Iterable[str]) -> set[str]:
    """The rule names that ``sopcheck: abaikan ...`` directives in ``texts`` silence
    (:mod:`sopcheck.checks.suppress`); ``"*"`` for a bare directive (every rule). A word that
    names no rule is passed over."""
    from .suppress import EVERY_RULE, directive_words

    names: set[str] = set()
    for word in directive_words(texts):
        if word == EVERY_RULE:
            names.add(EVERY_RULE)
        else:
            names.update(spec.name for spec in select_rules(word) or ())
    return names


def suppression_map(doc: SopDocument) -> dict[tuple[int, int, int], set[str]]:
    """``(procedure, table, row) -> silenced rule names`` for every step of ``doc`` whose
    Keterangan or comments hold a directive (empty for most documents)."""
    from .suppress import may_hold_directive

    out: dict[tuple[int, int, int], set[str]] = {}
    for p, proc in enumerate(doc.procedures, 1):
        for step in proc.steps:
            if may_hold_directive(step):
                names = suppressed([step.keterangan, *step.comments])
                if names:
                    out[(p, step.location.table, step.location.row)] = names
    return out


def _is_suppressed(rule: str, hit: Hit, silenced: dict[tuple[int, int, int], set[str]]) -> bool:
    """Whether ``hit`` of ``rule`` falls on a step that silences it (step findings only)."""
    if hit.procedure is None or hit.step is None or hit.location.table is None or hit.location.row is None:
        return False
    names = silenced.get((hit.procedure, hit.location.table, hit.location.row))
    return bool(names) and ("*" in names or rule in names)


def file_finding(path: str, rule_name: str, message: str) -> Finding:
    """An error finding for a file that could not be read (``unreadable-file`` and kin)."""
    spec = REGISTRY[rule_name]
    return Finding(path=path, rule=spec.name, code=spec.code, severity="error", message=message)


class StepAt(NamedTuple):
    """A step with where it stands: 1-based ``procedure`` index, the procedure ``proc``, the
    step's 1-based ``position`` in it, and the ``step``."""

    procedure: int
    proc: Procedure
    position: int
    step: Step

    def hit(self, **params: Any) -> Hit:
        """A :class:`Hit` on this step (its number, or its position when unnumbered)."""
        return Hit.at_step(self.procedure, self.step, self.position, **params)


def iter_procedures(doc: SopDocument) -> Iterator[tuple[int, Procedure]]:
    """Yield ``(1-based index, procedure)`` over the document."""
    yield from enumerate(doc.procedures, 1)


def procedure_steps(p: int, proc: Procedure) -> Iterator[StepAt]:
    """Yield a :class:`StepAt` for every step of procedure ``proc`` (1-based index ``p``)."""
    for i, step in enumerate(proc.steps, 1):
        yield StepAt(p, proc, i, step)


def iter_steps(doc: SopDocument) -> Iterator[StepAt]:
    """Yield a :class:`StepAt` for every step of the document, procedures in order."""
    for p, proc in iter_procedures(doc):
        yield from procedure_steps(p, proc)
