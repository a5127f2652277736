"""An upload (``multipart/form-data``) streamed into one folder, within bounds.

The request body is parsed as it arrives (python-multipart's push parser): each file part
is written straight into a folder of its own in the job's folder (``01/``, ``02/``, …) under
the base name the browser sent (so the reader's messages name the reviewer's file), and
nothing of an upload is ever written anywhere else (no spooled temporary files in the
system's temporary folder). The limits are enforced while reading:

* the request's declared ``Content-Length`` and the bytes actually received against
  ``max_upload_bytes`` (the whole request);
* the number of file parts against ``max_upload_files``;
* a form field (``lang``) of at most :data:`MAX_FIELD_BYTES`.

A request over a limit raises :class:`UploadRefused` with a message in both languages; the
caller removes the folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import AsyncIterator, Optional

MAX_FIELD_BYTES = 1024
"""Size of a form field other than a file (the language)."""


class UploadRefused(Exception):
    """The upload breaks a limit or is not a form upload; ``status`` is the HTTP status."""

    def __init__(self, message_id: str, message_en: str, status: int = 400):
        super().__init__(message_en)
        self.message_id, self.message_en, self.status = message_id, message_en, status

    def message(self, lang: str) -> str:
        """The message in ``lang`` (``id`` or ``en``)."""
        return self.message_en if lang == "en" else self.message_id


@dataclass
class Stored:
    """One uploaded file: the ``name`` the browser sent (a base name, for display and the
    download names) and where it was written (``path``), with its size in bytes."""

    name: str
    path: Path
    size: int = 0


@dataclass
class Upload:
    """What a request held: the stored files in order and the form fields."""

    files: list[Stored] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)


def display_name(raw: str) -> str:
    """The base name of a browser-sent file name (old browsers send a full Windows path),
    without control characters or path separators, short enough to store (at most 100
    characters and 150 bytes); ``berkas`` when nothing is left."""
    name = PureWindowsPath(raw).name if "\\" in raw else PurePosixPath(raw).name
    name = re.sub(r"[\x00-\x1f\x7f/\\]", "", name).strip()
    if name in ("", ".", ".."):
        return "berkas"
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or len(suffix) > 10:
        stem, suffix = name, ""
    while len(stem) > 1 and (len(stem) + len(suffix) > 100 or len(f"{stem}.{suffix}".encode()) > 150):
        stem = stem[:-1]
    return f"{stem}.{suffix}" if suffix else stem


async def receive(headers, chunks: AsyncIterator[bytes], folder: Path, max_bytes: int, max_files: int) -> Upload:
    """Parse a ``multipart/form-data`` body (``chunks``) with request ``headers`` into ``folder``.

    File parts with an empty file name (a form sent with no file chosen) are skipped.

    :raises UploadRefused: not a multipart form (415), over ``max_bytes`` (413), more than
        ``max_files`` files (413), a field too long or a malformed body (400).
    """
    from python_multipart.multipart import MultipartParser, parse_options_header

    ctype, params = parse_options_header(headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise UploadRefused("Kirim berkas lewat formulir unggah (multipart/form-data).",
                            "Send files through the upload form (multipart/form-data).", 415)
    mb = max_bytes / (1024 * 1024)
    too_big = UploadRefused(f"Unggahan melebihi {mb:g} MB (batas max-upload-mb); kirim lebih sedikit berkas sekaligus.",
                            f"The upload exceeds {mb:g} MB (max-upload-mb); send fewer files at once.", 413)
    declared = headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise too_big

    upload = Upload()
    state: dict = {"headers": {}, "field": b"", "value": b"", "out": None, "name": None, "stored": None}

    def on_header_field(data, start, end):
        state["field"] += data[start:end]

    def on_header_value(data, start, end):
        state["value"] += data[start:end]

    def on_header_end():
        state["headers"][state["field"].decode("latin-1").lower()] = state["value"]
        state["field"], state["value"] = b"", b""

    def on_headers_finished():
        _, disp = parse_options_header(state["headers"].get("content-disposition", b""))
        name = disp.get(b"name", b"").decode("utf-8", "replace")
        filename = disp.get(b"filename")
        state["name"], state["buf"], state["out"], state["stored"] = name, b"", None, None
        if filename is None:
            return
        raw = filename.decode("utf-8", "replace")
        if not raw:
            state["stored"] = False  # a file input left empty
            return
        if len(upload.files) >= max_files:
            raise UploadRefused(f"Paling banyak {max_files} berkas sekali unggah (batas max-upload-files).",
                                f"At most {max_files} files per upload (max-upload-files).", 413)
        shown = display_name(raw)
        own = folder / f"{len(upload.files) + 1:02d}"
        own.mkdir(mode=0o700)
        path = own / shown
        stored = Stored(name=shown, path=path)
        upload.files.append(stored)
        state["stored"], state["out"] = stored, open(path, "wb")

    def on_part_data(data, start, end):
        chunk = data[start:end]
        if state["out"] is not None:
            state["out"].write(chunk)
            state["stored"].size += len(chunk)
        elif state["stored"] is None:
            state["buf"] += chunk
            if len(state["buf"]) > MAX_FIELD_BYTES:
                raise UploadRefused("Isian formulir terlalu panjang.", "A form field is too long.", 400)

    def on_part_end():
        if state["out"] is not None:
            state["out"].close()
            state["out"] = None
        elif state["stored"] is None and state["name"]:
            upload.fields[state["name"]] = state["buf"].decode("utf-8", "replace")
        state["headers"] = {}

    parser = MultipartParser(boundary, {
        "on_header_field": on_header_field, "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished, "on_part_data": on_part_data, "on_part_end": on_part_end,
    })
    received = 0
    try:
        async for chunk in chunks:
            received += len(chunk)
            if received > max_bytes:
                raise too_big
            parser.write(chunk)
        parser.finalize()
    except UploadRefused:
        raise
    except Exception as exc:  # python-multipart's parse errors: a malformed body
        raise UploadRefused(f"Unggahan rusak atau terputus ({type(exc).__name__}).",
                            f"The upload is malformed or was cut off ({type(exc).__name__}).", 400) from None
    finally:
        if state.get("out") is not None:
            state["out"].close()
    return upload


def first_field(upload: Upload, name: str, default: Optional[str] = None) -> Optional[str]:
    """A form field's value, stripped (``default`` when absent)."""
    value = upload.fields.get(name)
    return value.strip() if value is not None else default
