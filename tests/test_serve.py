"""``sopcheck serve``: the application driven over HTTP (Starlette's TestClient, no browser).

Real uploads of corpus files are checked by real worker processes; the copies and the sheet
are downloaded and read back. Hostile inputs (``tests/bad``), limits, foreign hosts and
origins, a worker that hangs or dies, and the temporary folder's life are each exercised.
The browser-driven tests are in ``test_serve_browser.py``.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from conftest import BAD, CORPUS

from sopcheck.api import check_file
from sopcheck.config import Config, parse_config
from sopcheck.serve.app import create_app

# Starlette >= 1.x asks for httpx2 in its TestClient; httpx (the test extra) still works
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`:UserWarning")

BASE = "http://127.0.0.1:8000"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _client(app):
    from starlette.testclient import TestClient

    return TestClient(app, base_url=BASE)


def _files(paths: list[Path]) -> list[tuple]:
    return [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in paths]


def _wait(client, job_url: str, seconds: float = 240) -> dict:
    """Poll the job's status until every file is done; return the last status."""
    status_url = job_url.split("?")[0] + "/status"
    deadline = time.monotonic() + seconds
    while True:
        status = client.get(status_url).json()
        if status["complete"]:
            return status
        assert time.monotonic() < deadline, status
        time.sleep(0.2)


def _upload(client, paths: list[Path], lang: str = "id"):
    response = client.post("/check", files=_files(paths), data={"lang": lang}, follow_redirects=False)
    assert response.status_code == 303, response.text[:500]
    return response.headers["location"]


@pytest.fixture(scope="module")
def app():
    return create_app(Config(), workers=2)


def test_upload_shows_findings_and_serves_both_downloads(app, tmp_path):
    import docx
    import pypdf

    sources = [CORPUS / "tapin-pengukuran-kinerja.docx", CORPUS / "probolinggo-laporan-kinerja.pdf"]
    expected = [check_file(p) for p in sources]
    with _client(app) as client:
        home = client.get("/")
        assert home.status_code == 200 and "multipart/form-data" in home.text and 'type=file' in home.text
        assert "default-src 'none'" in home.headers["content-security-policy"]
        job = _upload(client, sources)
        status = _wait(client, job)
        assert [f["status"] for f in status["files"]] == ["done", "done"]
        page = client.get(job).text
        assert page.count("<tr class=f ") == sum(len(r.findings) for r in expected)
        assert "http-equiv=\"refresh\"" not in page  # finished: no more reloading
        assert page.count("<svg") >= 2  # a swimlane per procedure
        for r in expected:
            for f in r.findings[:3]:
                assert re.sub(r"\s+", " ", f.message).replace("«", "") in re.sub(r"\s+", " ", page).replace("«", "")
        # the annotated DOCX: one comment per finding; named after the upload
        got = client.get(job.split("?")[0] + "/files/1/annotated")
        assert got.status_code == 200 and got.headers["content-type"] == DOCX_MIME
        assert 'filename="tapin-pengukuran-kinerja.reviu.docx"' in got.headers["content-disposition"]
        (tmp_path / "a.docx").write_bytes(got.content)
        assert len(list(docx.Document(str(tmp_path / "a.docx")).comments)) == len(expected[0].findings)
        # the annotated PDF: one annotation per finding
        got = client.get(job.split("?")[0] + "/files/2/annotated")
        assert got.status_code == 200 and got.headers["content-type"] == "application/pdf"
        (tmp_path / "a.pdf").write_bytes(got.content)
        notes = [a for page in pypdf.PdfReader(tmp_path / "a.pdf").pages for a in (page.get("/Annots") or [])
                 if a.get_object().get("/Subj") == "sopcheck"]
        assert len(notes) == len(expected[1].findings)
        # the review sheet
        got = client.get(job.split("?")[0] + "/files/1/sheet")
        assert 'filename="tapin-pengukuran-kinerja.lembar-reviu.docx"' in got.headers["content-disposition"]
        (tmp_path / "s.docx").write_bytes(got.content)
        text = "\n".join(p.text for p in docx.Document(str(tmp_path / "s.docx")).paragraphs)
        assert "LEMBAR HASIL REVIU" in text
        assert client.get(job.split("?")[0] + "/files/3/sheet").status_code == 404


def test_english_switch(app):
    with _client(app) as client:
        assert "SOP review desk" in client.get("/?lang=en").text
        job = _upload(client, [CORPUS / "tapin-pengukuran-kinerja.docx"], lang="en")
        _wait(client, job)
        page = client.get(job).text
        assert "annotated copy" in page and "error" in page and "galat" not in page
        assert "salinan beranotasi" in client.get(job.split("?")[0] + "?lang=id").text


def test_every_hostile_upload_gives_one_message_and_the_server_goes_on(app):
    bad = sorted(json.loads((BAD / "expected.json").read_text()))
    paths = [BAD / name for name in bad]
    with _client(app) as client:
        job = _upload(client, paths)
        status = _wait(client, job, seconds=600)
        assert [f["name"] for f in status["files"]] == bad
        assert {f["status"] for f in status["files"]} == {"failed"}
        desk = app.state.desk
        for fj in desk.jobs[job.split("/")[2].split("?")[0]].files:
            message = fj.outcome.message
            assert fj.name in message and "Traceback" not in message, (fj.name, message)
            assert fj.outcome.counts.get("error") == 1, (fj.name, fj.outcome.counts)  # one finding: one message
        page = client.get(job).text
        assert page.count("class=msg-text") == len(bad)
        # still serving: the form, and a good file after the bad ones
        assert client.get("/").status_code == 200
        good = _upload(client, [CORPUS / "tapin-pengukuran-kinerja.docx"])
        assert _wait(client, good)["files"][0]["status"] == "done"


def test_limits_refuse_an_upload_with_one_message(tmp_path):
    (tmp_path / "sopcheck.toml").write_text("[limits]\nmax-upload-files = 2\nmax-upload-mb = 1\n", encoding="utf-8")
    cfg = parse_config(tmp_path / "sopcheck.toml")
    app = create_app(cfg, workers=1)
    three = [CORPUS / "tapin-pengukuran-kinerja.docx", CORPUS / "bintan-perencanaan.docx",
             CORPUS / "batola-data-kinerja.docx"]
    with _client(app) as client:
        desk = app.state.desk
        r = client.post("/check", files=_files(three), follow_redirects=False)
        assert r.status_code == 413 and "max-upload-files" in r.text and "Paling banyak 2 berkas" in r.text
        r = client.post("/check", files=[("files", ("big.pdf", b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024), "x"))],
                        headers={"Accept": "application/json"})
        assert r.status_code == 413 and "max-upload-mb" in r.json()["error"]
        r = client.post("/check", content=b"lang=id", headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert r.status_code == 415
        r = client.post("/check", files=[("files", ("", b"", "application/octet-stream"))], data={"lang": "en"})
        assert r.status_code == 400 and "No file was chosen" in r.text
        assert not desk.jobs and list(desk.root.iterdir()) == []  # refused uploads leave nothing behind
        assert client.get("/").status_code == 200


def test_foreign_host_and_origin_are_refused(app):
    with _client(app) as client:
        assert client.get("/", headers={"Host": "evil.example"}).status_code == 400  # DNS rebinding
        r = client.post("/check", files=_files([CORPUS / "tapin-pengukuran-kinerja.docx"]),
                        headers={"Origin": "http://evil.example"}, follow_redirects=False)
        assert r.status_code == 403 and not app.state.desk.jobs
        r = client.post("/check", files=_files([CORPUS / "tapin-pengukuran-kinerja.docx"]),
                        headers={"Origin": BASE}, follow_redirects=False)
        assert r.status_code == 303


def test_a_hung_or_dead_worker_costs_one_file(tmp_path):
    """A worker past the time limit (+ grace) is killed and its pool replaced; a worker that
    dies is retried once, then its file gets one message; real work goes on afterwards."""
    import serve_stub

    from sopcheck.serve import work

    app = create_app(Config(), workers=1)
    desk = app.state.desk
    with _client(app) as client:
        desk.task, desk.timeout, desk.grace = serve_stub.hang, 0.5, 0.5
        job = _upload(client, [CORPUS / "tapin-pengukuran-kinerja.docx"])
        page = client.get(job).text  # still working: without scripts the page reloads itself
        assert "<noscript><meta http-equiv=\"refresh\"" in page and "data-complete=\"0\"" in page
        _wait(client, job, seconds=60)
        [fj] = desk.jobs[job.split("/")[2].split("?")[0]].files
        assert fj.status == "failed" and "dihentikan setelah 0.5 detik" in fj.outcome.message
        desk.task, desk.timeout = serve_stub.die, 60
        job = _upload(client, [CORPUS / "tapin-pengukuran-kinerja.docx"])
        _wait(client, job, seconds=60)
        [fj] = desk.jobs[job.split("/")[2].split("?")[0]].files
        assert fj.status == "failed" and fj.tries == 2 and "berhenti mendadak" in fj.outcome.message
        desk.task = work.process_file
        job = _upload(client, [CORPUS / "tapin-pengukuran-kinerja.docx"])
        assert _wait(client, job)["files"][0]["status"] == "done"


def test_the_time_limit_stops_a_file_inside_the_worker(tmp_path):
    (tmp_path / "sopcheck.toml").write_text("[limits]\ntimeout-per-file = 0.001\n", encoding="utf-8")
    app = create_app(parse_config(tmp_path / "sopcheck.toml"), workers=1)
    with _client(app) as client:
        job = _upload(client, [CORPUS / "trenggalek-sekretariat.pdf"])
        _wait(client, job, seconds=60)
        [fj] = app.state.desk.jobs[job.split("/")[2].split("?")[0]].files
        assert fj.status == "failed" and "batas waktu per berkas" in fj.outcome.message


def test_files_live_only_in_the_temporary_folder_until_deleted(app):
    with _client(app) as client:
        desk = app.state.desk
        root = desk.root
        job = _upload(client, [CORPUS / "tapin-pengukuran-kinerja.docx"])
        _wait(client, job)
        job_id = job.split("/")[2].split("?")[0]
        folder = desk.jobs[job_id].folder
        assert folder.parent == root
        assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) == [
            "01", "01/tapin-pengukuran-kinerja.docx", "01/tapin-pengukuran-kinerja.lembar-reviu.docx",
            "01/tapin-pengukuran-kinerja.reviu.docx"]
        r = client.post(f"/jobs/{job_id}/delete", follow_redirects=False)
        assert r.status_code == 303 and not folder.exists()
        assert client.get(job).status_code == 404
        assert "tidak ada lagi" in client.get(job).text
        job = _upload(client, [CORPUS / "tapin-pengukuran-kinerja.docx"])
        _wait(client, job)
        desk.expire(now=time.time() + desk.ttl + 1)  # finished jobs expire
        assert not desk.jobs and list(root.iterdir()) == []
    assert not root.exists()  # the server stopped: its temporary folder is gone
