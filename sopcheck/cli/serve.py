"""``sopcheck serve [--host 127.0.0.1] [--port 8000]``: the reviewer's desk in a browser.

Starts the local web application (:mod:`sopcheck.serve`) with uvicorn and serves until
Ctrl-C. Files are checked under the configuration of the folder the command is started in
(or ``--config``): its rules, thresholds, ``[limits]`` (upload size and files per upload
too) and ``[review]`` (the name on the comments, the sheet's template).

Exit status: 0 after Ctrl-C, 2 for usage errors (bad configuration, the port taken).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def add_parser(sub) -> None:
    """Add ``serve`` to the subcommands ``sub``."""
    p = sub.add_parser("serve", help="meja reviu di peramban: unggah SOP, lihat temuan, unduh salinan dan lembar reviu")
    p.add_argument("--host", default="127.0.0.1",
                   help="alamat yang didengar (default: 127.0.0.1, hanya komputer ini)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--config", metavar="FILE", help="berkas konfigurasi (default: sopcheck.toml di folder ini)")
    p.add_argument("--author", metavar="NAME", default=None,
                   help="nama reviewer pada komentar dan lembar reviu (default: [review] author, atau sopcheck)")
    p.add_argument("--lang", choices=["id", "en"], default=None, help="bahasa awal halaman (default: id)")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="proses pemeriksa sekaligus (default: 2, paling banyak jumlah inti)")
    p.set_defaults(run=run)


def run(args) -> int:
    """Serve until interrupted; return the exit status."""
    import uvicorn

    from ..config import ConfigFinder
    from ..errors import UsageError
    from ..serve.app import create_app
    from ..write.annotate import DEFAULT_AUTHOR

    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port}: harus 1..65535", f"--port {args.port}: must be 1..65535")
    cfg = ConfigFinder(Path(args.config) if args.config else None).for_file(Path.cwd() / "sop.docx")
    lang = args.lang or cfg.lang or "id"
    author = args.author or cfg.review.get("author") or DEFAULT_AUTHOR
    workers = args.jobs if args.jobs and args.jobs > 0 else min(2, os.cpu_count() or 1)
    _can_listen(args.host, args.port)
    app = create_app(cfg, host=args.host, author=author, workers=workers, lang=lang)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    if lang == "en":
        sys.stderr.write(f"sopcheck serve: open http://{shown}:{args.port}/ in a browser (Ctrl-C stops it)\n")
    else:
        sys.stderr.write(f"sopcheck serve: buka http://{shown}:{args.port}/ di peramban (Ctrl-C untuk berhenti)\n")
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning", access_log=False,
                            server_header=False, lifespan="on")
    server = uvicorn.Server(config)
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn shuts down on Ctrl-C, then raises it again: that is the normal end
        pass
    except SystemExit:  # uvicorn exits when it cannot start (the address taken meanwhile)
        pass
    if not server.started:
        raise UsageError(f"{args.host}:{args.port}: server tidak dapat dimulai (port sudah dipakai?)",
                         f"{args.host}:{args.port}: the server could not start (is the port in use?)")
    sys.stderr.write("sopcheck serve: stopped; its temporary files are deleted\n" if lang == "en" else
                     "sopcheck serve: berhenti; berkas sementaranya sudah dihapus\n")
    return 0


def _can_listen(host: str, port: int) -> None:
    """Raise :class:`UsageError` when ``host:port`` cannot be listened on (taken, or not an
    address of this computer), before anything is started."""
    import socket

    from ..errors import UsageError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UsageError(f"--host {host}: alamat tidak dikenal ({exc})", f"--host {host}: unknown address ({exc})") \
            from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise UsageError(f"{host}:{port}: tidak dapat dipakai ({exc.strerror}); port sudah dipakai? pilih "
                             f"--port lain",
                             f"{host}:{port}: cannot be used ({exc.strerror}); is the port in use? choose another "
                             f"--port") from None
