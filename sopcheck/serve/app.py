"""The Starlette application of ``sopcheck serve``.

Routes:

* ``GET /`` — the upload form (``?lang=en`` for English; every page has the switch);
* ``POST /check`` — the upload (:mod:`sopcheck.serve.upload`): a new job, its files queued
  for the workers; answers ``303`` to the job's page (JSON ``{"job", "url"}`` when the
  request asks for ``application/json``, as the page's script does);
* ``GET /jobs/{id}`` — the job's page; ``GET /jobs/{id}/status`` — its progress as JSON;
* ``GET /jobs/{id}/files/{n}/annotated`` and ``…/sheet`` — the annotated copy and the review
  sheet of the job's ``n``-th file, as downloads named after the uploaded file;
* ``POST /jobs/{id}/delete`` — remove the job and its files now;
* ``GET /static/desk.js``, ``/static/audit.js`` — the pages' scripts.

Every response forbids the page any network access beyond this server
(``Content-Security-Policy``); the ``Host`` header must name this server when it listens on
the loopback interface (no DNS rebinding), and a form posted from another site's page is
refused (``Origin``). A refused upload is a page (or JSON) with one message, never a
traceback; its folder is removed at once.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from ..domain.i18n import t
from ..limits import DEFAULT_LIMITS
from . import pages
from .jobs import Desk
from .upload import UploadRefused, first_field, receive

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
MEDIA = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         ".pdf": "application/pdf"}


def _lang(value: Optional[str], default: str) -> str:
    return value if value in ("id", "en") else default


def create_app(config, host: str = "127.0.0.1", author: str = "sopcheck", workers: int = 1,
               lang: str = "id", ttl: Optional[float] = None):
    """The application checking uploads under ``config`` (a :class:`~sopcheck.config.Config`)
    with ``workers`` worker processes; ``host`` is the address it listens on (loopback: only
    ``Host`` headers naming the loopback are served); ``lang`` the default language."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
    from starlette.routing import Route

    from .jobs import JOB_TTL

    limits = config.limits_with(DEFAULT_LIMITS)
    desk = Desk(config, author=author, timeout=limits.timeout_per_file, workers=workers,
                ttl=JOB_TTL if ttl is None else ttl)
    loopback = host in LOOPBACK
    hosts = ["127.0.0.1", "localhost", "::1", "[::1]"] if loopback else ["*"]

    def secure(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    def html(text: str, status: int = 200) -> Response:
        return secure(HTMLResponse(text, status_code=status))

    def page_lang(request) -> str:
        return _lang(request.query_params.get("lang"), lang)

    async def home(request):
        return html(pages.home(page_lang(request), limits, desk.ttl))

    def refused(request, lng: str, message: str, status: int) -> Response:
        if "application/json" in request.headers.get("accept", ""):
            return secure(JSONResponse({"error": message}, status_code=status))
        return html(pages.home(lng, limits, desk.ttl, message=message), status)

    async def check(request):
        lng = page_lang(request)
        origin = request.headers.get("origin")
        if origin and origin != "null" and urlsplit(origin).hostname not in _names(request, hosts):
            return refused(request, lng, t("desk_foreign", lng), 403)
        job = desk.new_job(lng)
        try:
            upload = await receive(request.headers, request.stream(), job.folder, limits.max_upload_bytes,
                                   limits.max_upload_files)
        except UploadRefused as exc:
            desk.drop(job.id)
            return refused(request, lng, exc.message(lng), exc.status)
        job.lang = _lang(first_field(upload, "lang"), lng)
        if not upload.files:
            desk.drop(job.id)
            return refused(request, job.lang, t("desk_no_files", job.lang), 400)
        from .jobs import FileJob

        job.files = [FileJob(name=f.name, path=f.path) for f in upload.files]
        desk.submit(job)
        url = f"/jobs/{job.id}?lang={job.lang}"
        if "application/json" in request.headers.get("accept", ""):
            return secure(JSONResponse({"job": job.id, "url": url}))
        return secure(RedirectResponse(url, status_code=303))

    def find(request):
        return desk.jobs.get(request.path_params["job"])

    def gone(request) -> Response:
        lng = page_lang(request)
        return html(pages.message_page(lng, t("desk_result", lng), t("desk_gone", lng)), 404)

    async def job_page(request):
        job = find(request)
        if job is None:
            return gone(request)
        return html(pages.job_page(job, _lang(request.query_params.get("lang"), job.lang)))

    async def status(request):
        job = find(request)
        if job is None:
            return secure(JSONResponse({"error": "gone"}, status_code=404))
        lng = _lang(request.query_params.get("lang"), job.lang)
        return secure(JSONResponse({
            "done": job.done, "total": len(job.files), "complete": job.complete,
            "progress": t("desk_progress", lng, done=job.done, total=len(job.files)),
            "files": [{"name": f.name, "status": f.status, "label": pages.status_label(f.status, lng)}
                      for f in job.files]}))

    async def download(request):
        job = find(request)
        n, kind = request.path_params["n"], request.path_params["kind"]
        if job is None or not 1 <= n <= len(job.files) or kind not in ("annotated", "sheet"):
            return gone(request)
        fj = job.files[n - 1]
        stored = getattr(fj.outcome, kind, None) if fj.outcome is not None else None
        path = fj.path.parent / stored if stored else None
        if path is None or not path.is_file():
            return gone(request)
        stem = Path(fj.name).stem or "sop"
        name = f"{stem}.reviu{path.suffix}" if kind == "annotated" else f"{stem}.lembar-reviu.docx"
        return secure(FileResponse(path, media_type=MEDIA.get(path.suffix, "application/octet-stream"),
                                   filename=name))

    async def delete(request):
        desk.drop(request.path_params["job"])
        return secure(RedirectResponse(f"/?lang={page_lang(request)}", status_code=303))

    async def script(request):
        name = request.path_params["name"]
        if name == "desk.js":
            body = pages.DESK_JS
        elif name == "audit.js":
            from ..audit.html import JS

            body = JS
        else:
            return secure(Response("", status_code=404))
        return secure(Response(body, media_type="text/javascript", headers={"Cache-Control": "max-age=3600"}))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await desk.start()
        try:
            yield
        finally:
            await desk.stop()

    routes = [
        Route("/", home), Route("/check", check, methods=["POST"]),
        Route("/jobs/{job}", job_page), Route("/jobs/{job}/status", status),
        Route("/jobs/{job}/files/{n:int}/{kind}", download), Route("/jobs/{job}/delete", delete, methods=["POST"]),
        Route("/static/{name}", script),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])
    app.state.desk = desk
    return app


def _names(request, hosts: list[str]) -> list[str]:
    """Host names a same-site form may come from: the allowed hosts, else (any host allowed)
    the one the request was sent to."""
    if "*" in hosts:
        return [request.url.hostname or ""]
    return [h.strip("[]") for h in hosts] + hosts

