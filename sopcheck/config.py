"""Configuration: ``sopcheck.toml``, ``.sopcheck.toml`` or ``[tool.sopcheck]`` in ``pyproject.toml``.

The nearest configuration file is found from each checked file's folder upward (the first
folder holding one of those files wins, as ruff does); ``--config FILE`` replaces discovery,
and command-line flags override what a file says. Example::

    # sopcheck.toml
    select = ["all"]                  # rule names or codes; "all" = every rule (default)
    extend-select = []                # added to select
    ignore = ["step-sequence-gap"]    # removed from the selection
    fail-on = "warning"               # error (default) | warning
    lang = "id"                       # id (default) | en

    [severity]                        # per-rule severity
    missing-output = "error"

    [per-file-ignores]                # gitignore glob (relative to this file's folder) -> rules
    "arsip/**/*.docx" = ["missing-identity-field"]

    exclude = [".*", "~$*"]           # gitignore globs the folder walk skips (this is the default)
    extend-exclude = ["draf/"]        # added to exclude
    force-exclude = false             # true: exclude also files named on the command line

    [thresholds.output-input-mismatch]   # rule options (see `sopcheck rule NAME`)
    min_similarity = 67

    [[roles]]                         # the pemda's own jabatan, added to the roster
    name = "Kepala UPT"
    aliases = ["Ka. UPT", "KUPT"]

    [limits]                          # work allowed per file (see sopcheck.limits.Limits)
    timeout-per-file = 60             # seconds; 0 = none
    max-pages = 300                   # PDF pages
    max-table-rows = 5000             # table rows of one document
    max-file-mb = 200                 # size on disk
    max-unzipped-mb = 300             # DOCX parts, uncompressed
    max-page-stream-mb = 32           # one PDF page's content, inflated
    max-page-objects = 100000         # characters, lines, images on one PDF page
    max-page-pixels = 40000000        # one image on a PDF page (declared size), one page rendered for OCR
    max-ocr-pages = 15                # pages of one file read by OCR (scans; about 3 s each)
    ocr = true                        # false: scanned pages are a no-text-layer finding (--no-ocr)
    ocr-engine = "rapidocr"           # rapidocr (installed with sopcheck) | tesseract (apt: tesseract-ocr-ind)
    max-upload-mb = 100               # sopcheck serve: one upload, all its files together
    max-upload-files = 50             # sopcheck serve: files in one upload

    [review]                          # sopcheck annotate and the review sheet
    author = "Bagian Organisasi"      # the name on annotate's comments (default: sopcheck)
    template = "kop/lembar-reviu.docx"  # the office's own review sheet template

Rule lists take names, codes, code prefixes (``SOP4``: every SOP4xx rule) and ``all``
(:func:`sopcheck.checks.select_rules`). Globs are gitignore patterns matched with ``pathspec``
(:class:`sopcheck.walk.Globs`), as ruff's are.

Anything unknown — a key, a rule, a value — is a :class:`~sopcheck.errors.UsageError` naming
the file and line, never silently ignored; so is a TOML syntax error, in ``sopcheck.toml`` and
in a ``pyproject.toml`` that has a ``[tool.sopcheck]`` table alike.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional, Sequence

from .errors import UsageError
from .walk import DEFAULT_EXCLUDE, Globs, check_glob

CONFIG_NAMES = ("sopcheck.toml", ".sopcheck.toml", "pyproject.toml")
TOP_KEYS = {"select", "extend-select", "ignore", "fail-on", "lang", "severity", "per-file-ignores",
            "thresholds", "roles", "limits", "review", "exclude", "extend-exclude", "force-exclude"}
LIMIT_KEYS = {"timeout-per-file": ("timeout_per_file", 1), "max-pages": ("max_pages", 1),
              "max-table-rows": ("max_table_rows", 1), "max-file-mb": ("max_file_bytes", 1024 * 1024),
              "max-unzipped-mb": ("max_unzipped_bytes", 1024 * 1024),
              "max-page-stream-mb": ("max_page_stream_bytes", 1024 * 1024),
              "max-page-objects": ("max_page_objects", 1), "max-page-pixels": ("max_page_pixels", 1),
              "max-ocr-pages": ("max_ocr_pages", 1), "ocr": ("ocr", None), "ocr-engine": ("ocr_engine", None),
              "max-upload-mb": ("max_upload_bytes", 1024 * 1024), "max-upload-files": ("max_upload_files", 1)}
"""``[limits]`` keys: the :class:`~sopcheck.limits.Limits` field each sets, and its unit factor
(``None``: not a number: ``ocr`` is true/false, ``ocr-engine`` a name)."""
OCR_ENGINES = ("rapidocr", "tesseract")
REVIEW_KEYS = {"author", "template"}
"""``[review]`` keys: the reviewer's name on annotated copies, the review sheet's Word template."""
SEVERITIES = ("error", "warning", "info")
FAIL_ON = ("error", "warning")
"""``fail-on`` values (issue 4): the run fails on errors (default) or on warnings and errors."""


@dataclass
class Config:
    """A resolved configuration. Rule lists hold kebab-case rule names (codes are resolved);
    ``None`` for ``select``/``fail_on``/``lang`` means "not set here"."""

    path: Optional[Path] = None
    select: Optional[list[str]] = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: Optional[str] = None
    lang: Optional[str] = None
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: list[tuple[str, list[str]]] = field(default_factory=list)
    thresholds: dict[str, dict[str, Any]] = field(default_factory=dict)
    roles: list[dict[str, Any]] = field(default_factory=list)
    limits: dict[str, Any] = field(default_factory=dict)
    review: dict[str, str] = field(default_factory=dict)
    """``[review]``: ``author`` (the name on annotate's comments) and ``template`` (the review
    sheet's Word template, a path relative to the configuration file's folder)."""
    exclude: Optional[list[str]] = None
    extend_exclude: list[str] = field(default_factory=list)
    force_exclude: Optional[bool] = None

    @property
    def folder(self) -> Path:
        """The folder globs are relative to: this file's, else the working folder."""
        return self.path.parent if self.path else Path.cwd()

    def exclude_globs(self) -> Globs:
        """``exclude`` (default :data:`~sopcheck.walk.DEFAULT_EXCLUDE`) plus ``extend-exclude``."""
        return Globs([*(DEFAULT_EXCLUDE if self.exclude is None else self.exclude), *self.extend_exclude])

    def relative(self, file: Path) -> str:
        """``file`` relative to :attr:`folder` (``/``-separated) when inside it, else relative to
        the working folder when inside that, else its name: what globs are matched against."""
        resolved = file.resolve()
        for base in (self.folder, Path.cwd()):
            try:
                return resolved.relative_to(base.resolve()).as_posix()
            except ValueError:
                continue
        return file.name

    def limits_with(self, base):
        """``base`` (a :class:`~sopcheck.limits.Limits`) with this file's ``[limits]`` applied."""
        return replace(base, **self.limits) if self.limits else base

    def selection(self) -> list[str]:
        """The selected rule names before ``per-file-ignores``: ``select`` (default: every
        rule) plus ``extend-select`` minus ``ignore``, in registry order."""
        from .checks import all_rules

        everything = [spec.name for spec in all_rules()]
        chosen = set(everything if self.select is None else self.select) | set(self.extend_select)
        chosen -= set(self.ignore)
        return [name for name in everything if name in chosen]

    def overridden(self, select: Optional[list[str]] = None, extend_select: Sequence[str] = (),
                   ignore: Sequence[str] = ()) -> "Config":
        """This configuration with the command line's rule flags applied on top, as ruff layers
        them: ``select`` replaces the file's whole selection (its ``ignore`` included),
        ``extend_select`` adds rules (even ones the file ignores), ``ignore`` removes rules.
        ``per-file-ignores`` still apply. Arguments are rule names (codes already resolved)."""
        if select is None and not extend_select and not ignore:
            return self
        chosen = list(select) if select is not None else self.selection()
        chosen += [name for name in extend_select if name not in chosen]
        dropped = set(ignore)
        return replace(self, select=[name for name in chosen if name not in dropped], extend_select=[], ignore=[])

    def rules_for(self, file: Path) -> list[str]:
        """The rule names that apply to ``file`` under this configuration."""
        dropped = self._file_ignores(file)
        return [name for name in self.selection() if name not in dropped]

    def _file_ignores(self, file: Path) -> set[str]:
        if not self.per_file_ignores:
            return set()
        rel = self.relative(file)
        names: set[str] = set()
        for pattern, rules in self.per_file_ignores:
            if Globs.match_one(pattern, rel):
                names.update(rules)
        return names


def _line_of(text: str, key: str, section: Optional[str] = None, item: Optional[str] = None) -> int:
    """1-based line where ``key`` is set (inside ``[section]`` when given); 1 if not found.
    With ``item`` (a string inside the key's list value), the line of that string when the
    list spans several lines."""
    line = _key_line(text, key, section)
    if item is not None:
        quoted = re.compile(r"""(["'])""" + re.escape(item) + r"\1")
        lines = text.splitlines()
        for i in range(line - 1, len(lines)):
            if quoted.search(lines[i]):
                return i + 1
    return line


def _key_line(text: str, key: str, section: Optional[str] = None) -> int:
    lines = text.splitlines()
    start = 0
    if section:
        header = re.compile(r"^\s*\[\[?\s*" + re.escape(section) + r"(\s*\]|[.\]])")
        for i, line in enumerate(lines):
            if header.match(line):
                start = i
                break
    pattern = re.compile(r'^\s*["\']?' + re.escape(key) + r'["\']?\s*[=.\]]')
    for i in range(start, len(lines)):
        if pattern.match(lines[i]) or (section is None and re.match(r"^\s*\[\[?\s*" + re.escape(key), lines[i])):
            return i + 1
    return start + 1


def _toml_error_line(text: str, exc: tomllib.TOMLDecodeError) -> int:
    """1-based line of a TOML syntax error: ``exc.lineno`` (Python 3.14+), else the
    "(at line N, column M)" tomllib writes in its message; the last line for "at end of
    document"."""
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = re.search(r"at line (\d+), column \d+", str(exc))
    return int(match.group(1)) if match else max(1, len(text.splitlines()))


class _Reader:
    """Validates one file's table, raising UsageError with file and line."""

    def __init__(self, path: Path, text: str, section_prefix: str = ""):
        self.path, self.text, self.prefix = path, text, section_prefix

    def fail(self, key: str, message: tuple[str, str], section: Optional[str] = None,
             item: Optional[str] = None) -> UsageError:
        """The error for ``key`` (inside ``[section]``; at the line of ``item`` in its list):
        ``message`` is ``(Bahasa Indonesia, English)``, each led by ``file:line:``."""
        full_section = ".".join(p for p in (self.prefix, section) if p) or None
        line = _line_of(self.text, key, full_section, item)
        return UsageError(f"{self.path}:{line}: {message[0]}", f"{self.path}:{line}: {message[1]}")

    def table(self, data: dict, key: str) -> dict:
        """``data[key]`` (a TOML table; ``{}`` when absent)."""
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, (f"`{key}` harus tabel", f"`{key}` must be a table"))
        return value

    def rule(self, key: str, section: str):
        """The rule named by the key ``key`` of table ``[section]``."""
        from .checks import get_rule

        spec = get_rule(key)
        if spec is None:
            raise self.fail(key, (f"aturan tidak dikenal {key!r}", f"unknown rule {key!r}"), section)
        return spec

    def rule_names(self, key: str, value: Any, section: Optional[str] = None) -> list[str]:
        """Rule names from a list of selectors (names, codes, code prefixes, ``all``)."""
        from .checks import select_rules

        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, (f"`{key}` harus daftar nama/kode aturan", f"`{key}` must be a list of rule names "
                                                                             f"or codes"), section)
        names: list[str] = []
        for item in value:
            specs = select_rules(item)
            if specs is None:
                raise self.fail(key, (f"aturan tidak dikenal {item!r} di `{key}`",
                                      f"unknown rule {item!r} in `{key}`"), section, item)
            names += [spec.name for spec in specs if spec.name not in names]
        return names

    def globs(self, key: str, value: Any, section: Optional[str] = None) -> list[str]:
        """A list of gitignore globs, each checked."""
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, (f"`{key}` harus daftar pola", f"`{key}` must be a list of glob patterns"), section)
        for item in value:
            problem = check_glob(item)
            if problem:
                raise self.fail(key, (f"pola tidak sah {item!r} di `{key}`: {problem}",
                                          f"invalid glob {item!r} in `{key}`: {problem}"), section, item)
        return list(value)


def parse_config(path: Path) -> Config:
    """Read and validate a configuration file.

    :raises UsageError: unreadable file, invalid TOML, unknown key, rule or value
        (the message names the file and line).
    """
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except OSError as exc:
        raise UsageError(f"{path}: tidak dapat dibaca: {exc.strerror}", f"{path}: cannot be read: {exc.strerror}") \
            from exc
    except tomllib.TOMLDecodeError as exc:
        line = _toml_error_line(text, exc)
        raise UsageError(f"{path}:{line}: TOML tidak sah: {exc}", f"{path}:{line}: invalid TOML: {exc}") from exc
    prefix = ""
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("sopcheck", {})
        prefix = "tool.sopcheck"
    return _validate(path, text, data, prefix)


def _validate(path: Path, text: str, data: dict, prefix: str) -> Config:

    reader = _Reader(path, text, prefix)
    cfg = Config(path=path)
    for key in data:
        if key not in TOP_KEYS:
            known = ", ".join(sorted(TOP_KEYS))
            raise reader.fail(key, (f"kunci tidak dikenal `{key}` (dikenal: {known})",
                                    f"unknown key `{key}` (known: {known})"))
    if "select" in data:
        cfg.select = reader.rule_names("select", data["select"])
    if "extend-select" in data:
        cfg.extend_select = reader.rule_names("extend-select", data["extend-select"])
    if "ignore" in data:
        cfg.ignore = reader.rule_names("ignore", data["ignore"])
    for key, allowed in (("fail-on", FAIL_ON), ("lang", ("id", "en"))):
        if key in data:
            if data[key] not in allowed:
                choices = ", ".join(allowed)
                raise reader.fail(key, (f"nilai tidak sah {data[key]!r} untuk `{key}` (pilihan: {choices})",
                                        f"invalid value {data[key]!r} for `{key}` (choices: {choices})"))
            setattr(cfg, key.replace("-", "_"), data[key])
    for rule_key, level in reader.table(data, "severity").items():
        spec = reader.rule(rule_key, "severity")
        if level not in SEVERITIES:
            choices = ", ".join(SEVERITIES)
            raise reader.fail(rule_key, (f"keparahan tidak sah {level!r} (pilihan: {choices})",
                                         f"invalid severity {level!r} (choices: {choices})"), "severity")
        cfg.severity[spec.name] = level
    for pattern, rules in reader.table(data, "per-file-ignores").items():
        problem = check_glob(pattern)
        if problem:
            raise reader.fail(pattern, (f"pola tidak sah {pattern!r}: {problem}",
                                        f"invalid glob {pattern!r}: {problem}"), "per-file-ignores")
        cfg.per_file_ignores.append((pattern, reader.rule_names(pattern, rules, "per-file-ignores")))
    if "exclude" in data:
        cfg.exclude = reader.globs("exclude", data["exclude"])
    if "extend-exclude" in data:
        cfg.extend_exclude = reader.globs("extend-exclude", data["extend-exclude"])
    if "force-exclude" in data:
        if not isinstance(data["force-exclude"], bool):
            raise reader.fail("force-exclude", ("`force-exclude` harus true/false",
                                                "`force-exclude` must be true or false"))
        cfg.force_exclude = data["force-exclude"]
    for rule_key, options in reader.table(data, "thresholds").items():
        spec = reader.rule(rule_key, "thresholds")
        if not isinstance(options, dict):
            raise reader.fail(rule_key, ("ambang harus tabel", "thresholds must be a table"),
                              "thresholds")
        for opt, value in options.items():
            if opt not in spec.options:
                known = ", ".join(sorted(spec.options)) or "-"
                raise reader.fail(opt, (f"{spec.name} tidak punya ambang `{opt}` (dikenal: {known})",
                                        f"{spec.name} has no threshold `{opt}` (known: {known})"),
                                  f"thresholds.{rule_key}")
            default = spec.options[opt]
            if isinstance(default, (int, float)) and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise reader.fail(opt, (f"`{opt}` harus angka", f"`{opt}` must be a number"),
                                  f"thresholds.{rule_key}")
        cfg.thresholds[spec.name] = dict(options)
    roles = data.get("roles", [])
    if not isinstance(roles, list):
        raise reader.fail("roles", ("`roles` harus daftar tabel [[roles]]",
                                    "`roles` must be an array of tables [[roles]]"))
    for role in roles:
        if not isinstance(role, dict) or not isinstance(role.get("name"), str) or not role["name"].strip():
            raise reader.fail("roles", ("setiap [[roles]] perlu `name`",
                                        "every [[roles]] needs a `name`"))
        unknown = set(role) - {"name", "aliases"}
        if unknown:
            names = ", ".join(sorted(unknown))
            raise reader.fail(sorted(unknown)[0], (f"kunci tidak dikenal di [[roles]]: {names}",
                                                   f"unknown key in [[roles]]: {names}"), "roles")
        aliases = role.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise reader.fail("aliases", ("`aliases` harus daftar teks",
                                           "`aliases` must be a list of strings"), "roles")
        cfg.roles.append({"name": role["name"].strip(), "aliases": [a.strip() for a in aliases]})
    for key, value in reader.table(data, "limits").items():
        if key not in LIMIT_KEYS:
            known = ", ".join(sorted(LIMIT_KEYS))
            raise reader.fail(key, (f"batas tidak dikenal `{key}` (dikenal: {known})",
                                    f"unknown limit `{key}` (known: {known})"), "limits")
        field_name, factor = LIMIT_KEYS[key]
        if key == "ocr":
            if not isinstance(value, bool):
                raise reader.fail(key, ("`ocr` harus true atau false", "`ocr` must be true or false"), "limits")
            cfg.limits[field_name] = value
            continue
        if key == "ocr-engine":
            if value not in OCR_ENGINES:
                engines = ", ".join(OCR_ENGINES)
                raise reader.fail(key, (f"`ocr-engine` harus salah satu dari: {engines}",
                                        f"`ocr-engine` must be one of: {engines}"), "limits")
            cfg.limits[field_name] = value
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise reader.fail(key, (f"`{key}` harus angka >= 0", f"`{key}` must be a number >= 0"), "limits")
        cfg.limits[field_name] = value if field_name == "timeout_per_file" else int(value * factor)
    for key, value in reader.table(data, "review").items():
        if key not in REVIEW_KEYS:
            known = ", ".join(sorted(REVIEW_KEYS))
            raise reader.fail(key, (f"kunci tidak dikenal `{key}` (dikenal: {known})",
                                    f"unknown key `{key}` (known: {known})"), "review")
        if not isinstance(value, str) or not value.strip():
            raise reader.fail(key, (f"`{key}` harus teks", f"`{key}` must be a non-empty string"), "review")
        cfg.review[key] = str((path.parent / value).resolve()) if key == "template" else value.strip()
    return cfg


def describe(cfg: Config, file: Path, shown: Optional[str] = None, fail_on: Optional[str] = None,
             lang: Optional[str] = None) -> str:
    """What ``sopcheck check --show-settings`` prints: the settings in force for ``file`` under
    ``cfg`` (command-line flags layered on), one ``key = value`` line each (TOML values), as
    ruff's ``--show-settings`` does. ``fail_on``/``lang`` are the command line's, which win."""
    import json

    from .checks import all_rules
    from .limits import DEFAULT_LIMITS

    def value(v) -> str:
        return json.dumps(v, ensure_ascii=False)

    limits = cfg.limits_with(DEFAULT_LIMITS)
    selected = cfg.rules_for(file)
    options = {spec.name: {**spec.options, **cfg.thresholds.get(spec.name, {})} for spec in all_rules()
               if spec.options and spec.name in selected}
    lines = [
        f"# sopcheck: settings for {shown or file}",
        f"config-file = {value(str(cfg.path) if cfg.path else None)}",
        f"select = {value(cfg.selection())}",
        f"rules-for-this-file = {value(selected)}",
        f"per-file-ignores = {value(dict(cfg.per_file_ignores))}",
        f"severity = {value(cfg.severity)}",
        f"fail-on = {value(fail_on or cfg.fail_on or 'error')}",
        f"lang = {value(lang or cfg.lang or 'id')}",
        f"exclude = {value(list(DEFAULT_EXCLUDE if cfg.exclude is None else cfg.exclude))}",
        f"extend-exclude = {value(cfg.extend_exclude)}",
        f"force-exclude = {value(bool(cfg.force_exclude))}",
        f"roles = {value(cfg.roles)}",
        f"review = {value(cfg.review)}",
    ]
    lines += [f"thresholds.{name} = {value(opts)}" for name, opts in options.items()]
    for key, (field_name, factor) in LIMIT_KEYS.items():
        amount = getattr(limits, field_name)
        if factor is not None:  # a number in the key's unit
            amount = amount / factor
            amount = int(amount) if float(amount).is_integer() else amount
        lines.append(f"limits.{key} = {value(amount)}")
    return "\n".join(lines)


class ConfigFinder:
    """Finds and caches the configuration that applies to each checked file."""

    def __init__(self, explicit: Optional[Path] = None):
        self._explicit = parse_config(explicit) if explicit else None
        self._by_dir: dict[Path, Config] = {}

    def for_file(self, file: Path) -> Config:
        """The configuration of the nearest config file above ``file`` (or an empty one)."""
        if self._explicit is not None:
            return self._explicit
        folder = file.resolve().parent
        if folder in self._by_dir:
            return self._by_dir[folder]
        found = Config()
        for candidate_dir in (folder, *folder.parents):
            hit = self._config_in(candidate_dir)
            if hit is not None:
                found = hit
                break
        self._by_dir[folder] = found
        return found

    def for_folder(self, folder: Path) -> Config:
        """The configuration that applies to files in ``folder``."""
        return self.for_file(folder / "_")

    def excluded(self, path: str | Path, is_dir: bool) -> bool:
        """Whether the folder walk skips ``path``: the ``exclude`` and ``extend-exclude`` globs
        of the configuration that applies in its folder, matched against the path relative to
        that configuration's folder."""
        path = Path(path)
        cfg = self.for_file(path)
        return cfg.exclude_globs().match(cfg.relative(path), is_dir)

    def _config_in(self, folder: Path) -> Optional[Config]:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and not _has_sopcheck_table(candidate):
                continue
            return parse_config(candidate)
        return None


SOPCHECK_TABLE = re.compile(r"^\s*\[\[?\s*tool\s*\.\s*[\"']?sopcheck\b", re.MULTILINE)


def _has_sopcheck_table(pyproject: Path) -> bool:
    """Whether ``pyproject`` configures sopcheck: its ``tool.sopcheck`` table when it parses;
    when it does not, whether its text has a ``[tool.sopcheck...]`` header (then the syntax
    error is ours to report: :func:`parse_config` raises it with file and line). A broken
    ``pyproject.toml`` that never mentions sopcheck is another tool's business and is passed
    over."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        return "sopcheck" in tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError:
        return bool(SOPCHECK_TABLE.search(text)) or "tool.sopcheck." in text  # a dotted key
