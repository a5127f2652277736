"""``sopcheck rules`` (every rule, one line each) and ``sopcheck rule NAME`` (one explained)."""

from __future__ import annotations

from .common import add_report_flags, close_output, console, open_output


def add_parsers(sub) -> None:
    """Add ``rules`` and ``rule`` to the subcommands ``sub``."""
    p = sub.add_parser("rules", help="daftar semua aturan")
    p.add_argument("--format", choices=["rich", "json", "markdown"], default="rich",
                   help="markdown: the rule table of the README")
    add_report_flags(p)
    p.set_defaults(run=run)
    p = sub.add_parser("rule", help="jelaskan satu aturan (nama atau kode)")
    p.add_argument("name", metavar="NAME|CODE")
    p.add_argument("--format", choices=["rich", "json"], default="rich")
    add_report_flags(p)
    p.set_defaults(run=run)


def run(args) -> int:
    """List the rules, or explain the one named; return 0.

    :raises UsageError: an unknown rule name or code.
    """
    from ..checks import all_rules, get_rule
    from ..errors import UsageError
    from ..report import explain

    if args.command == "rule":
        spec = get_rule(args.name)
        if spec is None:
            raise UsageError(f"aturan tidak dikenal: {args.name!r} (lihat `sopcheck rules`)",
                             f"unknown rule: {args.name!r} (see `sopcheck rules`)")
        specs = [spec]
    else:
        specs = all_rules()
    lang = args.lang or "id"
    out = open_output(args)
    try:
        if args.format == "json":
            out.write(explain.to_json(specs, lang, detail=args.command == "rule") + "\n")
        elif args.format == "markdown":
            out.write(explain.to_markdown(specs, lang) + "\n")
        elif args.command == "rule":
            explain.render_rule(specs[0], console(args, out), lang)
        else:
            explain.render_rules(specs, console(args, out), lang)
    finally:
        close_output(out)
    return 0
