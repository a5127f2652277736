"""``sopcheck serve``: the reviewer's desk in a browser, on this computer.

A small local web application (Starlette, run by uvicorn) where a reviewer drops one or more
SOP files (DOCX, PDF) and gets, per file, the findings and swimlanes, the annotated copy and
the review sheet to download. Modules:

* :mod:`.app` — the routes and the security headers;
* :mod:`.upload` — the upload streamed into the job's folder within ``[limits]``;
* :mod:`.jobs` — the jobs, the temporary folder and the pool of worker processes;
* :mod:`.work` — what a worker does with one file;
* :mod:`.pages` — the HTML, working without JavaScript, and the script that enhances it.

The server listens on 127.0.0.1 by default, makes no network access of its own, and writes
uploads and results only inside its temporary folder, which it removes when it stops.
"""
