"""``sopcheck serve`` in a real browser: headless Chromium (Debian chromium + chromedriver,
Selenium) against the server started by its own command (``python -m sopcheck serve``).

* with scripts on: a corpus DOCX chosen in the file input and sent; the findings and the
  swimlanes shown; the annotated DOCX and the review sheet downloaded by clicking their links
  and read back;
* with scripts off (as on locked-down government desktops): a PDF sent by the plain form; the
  job's page reloads itself until done; the annotated PDF downloaded and read back;
* every file of ``tests/bad`` in one upload: one clear message each, and the server goes on;
* 20 files in one upload: the progress shown while they are checked, every file finished.

Skipped unless both /usr/bin/chromium and /usr/bin/chromedriver exist (and ``selenium`` is
installed).
"""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import BAD, CORPUS
from headless import chromium, missing_browser

from sopcheck.api import check_file

pytestmark = pytest.mark.skipif(missing_browser() is not None, reason=str(missing_browser()))


MAX_FILES = 40
"""The server's max-upload-files (its configuration, found in the folder it starts in)."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``sopcheck serve`` started as a user starts it; its URL. Stopped with Ctrl-C (SIGINT)."""
    port = _free_port()
    cwd = tmp_path_factory.mktemp("serve-cwd")
    (cwd / "sopcheck.toml").write_text(f"[limits]\nmax-upload-files = {MAX_FILES}\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "sopcheck", "serve", "--port", str(port), "--jobs", "2"],
                            cwd=cwd, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "sopcheck serve did not start"
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    assert proc.returncode == 0, err
    assert "Traceback" not in err, err


def _driver(tmp_path_factory, scripts: bool):
    return chromium(tmp_path_factory, downloads=tmp_path_factory.mktemp("downloads"), scripts=scripts)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    drv = _driver(tmp_path_factory, scripts=True)
    yield drv
    drv.quit()


@pytest.fixture(scope="module")
def plain_browser(tmp_path_factory):
    drv = _driver(tmp_path_factory, scripts=False)
    yield drv
    drv.quit()


def _send(driver, server: str, paths: list[Path]) -> None:
    from selenium.webdriver.common.by import By

    driver.get(server + "/")
    driver.find_element(By.ID, "files").send_keys("\n".join(str(p) for p in paths))
    driver.find_element(By.CSS_SELECTOR, "form.upload button[type=submit]").click()


def _until(driver, test, seconds: float = 300, every: float = 0.2, watch=None):
    """Wait until ``test(driver)`` is true; ``watch(driver)`` is called at every look (to
    record what the page showed meanwhile)."""
    deadline = time.monotonic() + seconds
    while True:
        if watch is not None:
            watch(driver)
        try:
            if test(driver):
                return
        except Exception:  # the page is being replaced (a reload): look again
            pass
        assert time.monotonic() < deadline, driver.page_source[:2000]
        time.sleep(every)


def _complete(driver) -> bool:
    return driver.execute_script("var j=document.getElementById('job');"
                                 "return j!==null&&j.getAttribute('data-complete')==='1';")


def _download(driver, link_css: str, suffix: str, seconds: float = 60) -> Path:
    from selenium.webdriver.common.by import By

    before = set(driver.downloads.iterdir())
    driver.find_element(By.CSS_SELECTOR, link_css).click()
    deadline = time.monotonic() + seconds
    sizes: dict[Path, int] = {}
    while True:
        # Chromium may create the file under its final name before the bytes arrive (the data goes
        # to a .crdownload beside it): done when no .crdownload is left and the size held still
        files = set(driver.downloads.iterdir())
        new = [p for p in files - before if p.suffix == suffix]
        partial = any(p.suffix == ".crdownload" for p in files)
        if new and not partial:
            size = new[0].stat().st_size
            if size and sizes.get(new[0]) == size:
                return new[0]
            sizes[new[0]] = size
        assert time.monotonic() < deadline, f"no {suffix} downloaded"
        time.sleep(0.2)


def test_upload_see_findings_download_copy_and_sheet(server, browser):
    import docx
    from selenium.webdriver.common.by import By

    src = CORPUS / "tapin-pengukuran-kinerja.docx"
    expected = check_file(src)
    _send(browser, server, [src])
    _until(browser, _complete)
    assert browser.execute_script("return document.body.getAttribute('data-ready')") == "1"  # the filter ran
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.f")
    assert len(rows) == len(expected.findings) > 0
    shown = " ".join(r.text for r in rows)
    for f in expected.findings:
        assert f.code in shown
    assert browser.find_elements(By.CSS_SELECTOR, ".flowwrap svg")  # the swimlane
    copy = _download(browser, "a.dl-annotated", ".docx")
    assert copy.name == "tapin-pengukuran-kinerja.reviu.docx"
    comments = list(docx.Document(str(copy)).comments)
    assert len(comments) == len(expected.findings)
    sheet = _download(browser, "a.dl-sheet", ".docx")
    assert sheet.name == "tapin-pengukuran-kinerja.lembar-reviu.docx"
    text = "\n".join(p.text for p in docx.Document(str(sheet)).paragraphs)
    assert "LEMBAR HASIL REVIU" in text


def test_without_scripts_the_form_and_the_reloading_page_suffice(server, plain_browser):
    import pypdf
    from selenium.webdriver.common.by import By

    src = CORPUS / "probolinggo-laporan-kinerja.pdf"
    expected = check_file(src)
    _send(plain_browser, server, [src])
    # the plain form's 303, no script involved (the click may return before the browser follows it)
    _until(plain_browser, lambda d: "/jobs/" in d.current_url, seconds=60)
    _until(plain_browser, lambda d: d.find_elements(By.CSS_SELECTOR, "tr.file[data-status=done]"))
    assert plain_browser.find_element(By.TAG_NAME, "body").get_attribute("data-desk") is None
    assert len(plain_browser.find_elements(By.CSS_SELECTOR, "tr.f")) == len(expected.findings)
    copy = _download(plain_browser, "a.dl-annotated", ".pdf")
    notes = [a for page in pypdf.PdfReader(copy).pages for a in (page.get("/Annots") or [])
             if a.get_object().get("/Subj") == "sopcheck"]
    assert len(notes) == len(expected.findings)


def test_hostile_uploads_each_get_one_message_and_the_server_goes_on(server, browser):
    from selenium.webdriver.common.by import By

    bad = sorted(json.loads((BAD / "expected.json").read_text()))
    _send(browser, server, [BAD / name for name in bad])
    _until(browser, _complete, seconds=600)
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.file")
    assert len(rows) == len(bad)
    for row, name in zip(rows, bad):
        cells = row.find_elements(By.TAG_NAME, "td")
        assert cells[1].text == name and row.get_attribute("data-status") == "failed"
        messages = row.find_elements(By.CSS_SELECTOR, ".msg-text")
        assert len(messages) == 1 and name in messages[0].text, (name, row.text)
        assert not row.find_elements(By.TAG_NAME, "a")  # nothing to download
    browser.get(server + "/")
    assert browser.find_element(By.ID, "files")  # still serving


def test_twenty_files_finish_with_progress_shown(server, browser):
    from selenium.webdriver.common.by import By

    layouts = [CORPUS / "layouts" / f"{stem}{suffix}" for stem in ("cimahi-bpkad-bundle", "hidden-text",
                                                                    "identitas-variants", "puskesmas-sop")
               for suffix in (".docx", ".pdf")]
    files = sorted(CORPUS.glob("*.docx")) + sorted(CORPUS.glob("*.pdf")) + layouts
    assert len(files) == 20 and all(p.is_file() for p in files)
    seen: set[str] = set()

    def watch(driver):
        try:
            for el in driver.find_elements(By.CSS_SELECTOR, "#job-count, #up-note"):
                seen.add(el.text)
        except Exception:
            pass

    _send(browser, server, files)
    _until(browser, _complete, seconds=900, every=0.1, watch=watch)
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.file")
    assert len(rows) == 20
    statuses = [r.get_attribute("data-status") for r in rows]
    assert statuses.count("done") == 18 and statuses.count("failed") == 2  # the two Puskesmas SOPs
    counts = {int(m.group(1)) for text in seen for m in [re.match(r"(\d+) dari 20 berkas selesai", text)] if m}
    assert any(0 < k < 20 for k in counts), seen  # the progress moved while the files were checked
    assert browser.find_element(By.ID, "job-count").text == "20 dari 20 berkas selesai"


def test_an_upload_over_the_limit_is_refused_on_the_form(server, browser):
    from selenium.webdriver.common.by import By

    files = sorted(p for p in BAD.iterdir() if p.name != "build.py") + sorted(CORPUS.glob("*.docx"))
    assert len(files) > MAX_FILES
    _send(browser, server, files)
    _until(browser, lambda d: "max-upload-files" in d.find_element(By.ID, "up-note").text, seconds=120)
    assert f"Paling banyak {MAX_FILES} berkas" in browser.find_element(By.ID, "up-note").text
    assert browser.current_url.rstrip("/") == server  # still on the form
