"""Writing a reviewer's copy of a submitted file: beside the output, renamed into place, never
over the input.

Every writer of a copy (the annotated DOCX or PDF, an edited copy such as ``--fix`` output)
ends here, so a failed write leaves no half file and an input is never overwritten.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

from ..errors import UsageError


def write_copy(out: str | Path, source: str | Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with a binary file open on a temporary file in ``out``'s folder, then
    rename that file over ``out`` (an ordinary file: permissions from the umask).

    :raises UsageError: ``out`` is the input ``source`` (an input is never written), or its
        folder cannot be written.
    """
    out, source = Path(out), Path(source)
    if out.exists() and source.exists() and os.path.samefile(out, source):
        raise UsageError(f"{out}: berkas keluaran ini adalah berkas masukan; sopcheck tidak menimpa berkas masukan, "
                         f"pilih nama lain",
                         f"{out}: this output is the input file; sopcheck never overwrites an input")
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".sopcheck-", suffix=out.suffix)
    except OSError as exc:
        raise UsageError(f"{out}: tidak dapat ditulis: {exc.strerror}", f"{out}: cannot be written: {exc.strerror}") \
            from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp made it private; the copy is an ordinary file
        os.replace(tmp, out)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
