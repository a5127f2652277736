"""The audit's HTML report in a real headless browser (Debian chromium + chromedriver, Selenium;
skipped with the reason :func:`headless.missing_browser` gives when either is missing).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from headless import chromium, missing_browser

pytestmark = pytest.mark.skipif(missing_browser() is not None, reason=str(missing_browser()))


def test_skips_with_a_reason_when_only_the_browser_is_installed(tmp_path):
    browser, driver = tmp_path / "chromium", tmp_path / "chromedriver"
    browser.write_text("")
    assert "chromedriver not installed" in missing_browser(browser, driver)
    driver.write_text("")
    assert missing_browser(browser, driver) is None


@pytest.fixture(scope="module")
def report(audit_tree, tmp_path_factory) -> Path:
    from sopcheck.cli import main

    out = tmp_path_factory.mktemp("browser") / "audit.html"
    assert main(["audit", str(audit_tree), "--jobs", "2", "--no-progress", "--html", str(out)]) == 1
    return out


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    drv = chromium(tmp_path_factory)
    yield drv
    drv.quit()


def _visible_rows(driver) -> int:
    return driver.execute_script("return document.querySelectorAll('tr.f:not(.hidden)').length")


def test_report_opens_filters_and_draws(report, driver, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(report.as_uri())
    assert driver.execute_script("return document.body.getAttribute('data-ready')") == "1"  # our JS ran
    # the tables are filled
    dinas_rows = driver.find_elements(By.CSS_SELECTOR, "#dinas-table tbody tr")
    assert [r.find_elements(By.TAG_NAME, "td")[0].text for r in dinas_rows] == ["disdukcapil-probolinggo",
                                                                                "disdukcapil-trenggalek", "Jumlah"]
    total_rows = driver.execute_script("return document.querySelectorAll('tr.f').length")
    assert total_rows > 10 and _visible_rows(driver) == total_rows
    assert driver.find_element(By.ID, "f-count").text == f"{total_rows} / {total_rows}"
    # the flowcharts are drawn: one SVG per procedure with symbols and arrows
    assert len(driver.find_elements(By.CSS_SELECTOR, "svg.flow")) >= 6
    assert driver.execute_script("return document.querySelectorAll('svg.flow .sym').length") > 20
    assert driver.execute_script("return document.querySelectorAll('svg.flow .arrow').length") > 10
    # filter by severity: choosing "error" hides every other row
    Select(driver.find_element(By.ID, "f-sev")).select_by_value("error")
    errors = driver.execute_script("return document.querySelectorAll('tr.f[data-sev=\"error\"]').length")
    assert 0 < errors < total_rows
    assert _visible_rows(driver) == errors
    hidden = driver.find_elements(By.CSS_SELECTOR, "tr.f.hidden")
    assert hidden and all(r.get_attribute("data-sev") != "error" for r in hidden)
    # and by rule: duplicate-nomor-sop only; documents without such a finding disappear
    Select(driver.find_element(By.ID, "f-sev")).select_by_value("all")
    Select(driver.find_element(By.ID, "f-rule")).select_by_value("duplicate-nomor-sop")
    dup = driver.execute_script("return document.querySelectorAll('tr.f[data-rule=\"duplicate-nomor-sop\"]').length")
    assert _visible_rows(driver) == dup >= 8
    shown_docs = driver.execute_script("return document.querySelectorAll('details.doc:not(.hidden)').length")
    all_docs = driver.execute_script("return document.querySelectorAll('details.doc').length")
    assert 0 < shown_docs < all_docs
    # open the shown documents and take a screenshot
    driver.find_element(By.ID, "f-open").click()
    assert driver.execute_script("return document.querySelectorAll('details.doc[open]').length") == shown_docs
    shot = tmp_path / "audit.png"
    assert driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    flow = driver.find_elements(By.CSS_SELECTOR, "details.doc[open] svg.flow")[0]
    flow_png = tmp_path / "flow.png"
    flow.screenshot(str(flow_png))
    assert flow_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_printing_opens_every_document_and_hides_the_filters(report, driver):
    """Issue 17: printing the report collapsed every finding (no print stylesheet)."""
    closed = "return document.querySelectorAll('details.doc:not([open])').length"
    driver.get(report.as_uri())
    before = driver.execute_script(closed)
    assert before > 0
    driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")  # what printing fires
    assert driver.execute_script(closed) == 0
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert driver.execute_script("return getComputedStyle(document.getElementById('filters')).display") == "none"
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.execute_script("window.dispatchEvent(new Event('afterprint'))")
    assert driver.execute_script(closed) == before  # back as the reader left them


def test_swimlanes_draw_the_arrows_as_read(driver, tmp_path):
    """Issue 15: each procedure's swimlane draws the arrows sopcheck read (one path each, the
    Ya/Tidak labels beside them), and the arrows a flow rule flags are red in the browser."""
    from conftest import CORPUS

    from sopcheck.api import check_file
    from sopcheck.audit.task import EDGE_RULES
    from sopcheck.cli import main

    src = CORPUS / "flows" / "flow-defects.docx"
    out = tmp_path / "flows.html"
    assert main(["check", str(src), "--format", "html", "-o", str(out)]) == 0  # warnings only
    result = check_file(src)
    procedures = result.documents[0].procedures
    flagged = {f.procedure for f in result.findings if f.rule in EDGE_RULES and f.severity != "info"}
    assert flagged  # the fixture plants flow-order, flow-into-start, decision-branches, ...
    driver.get(out.as_uri())
    svgs = driver.execute_script("return Array.from(document.querySelectorAll('svg.flow'))")
    assert len(svgs) == len(procedures) == 10
    for p, (svg, proc) in enumerate(zip(svgs, procedures), 1):
        paths = driver.execute_script("return arguments[0].querySelectorAll('path.arrow').length", svg)
        labels = driver.execute_script(
            "return Array.from(arguments[0].querySelectorAll('text.al')).map(t => t.textContent)", svg)
        red = driver.execute_script(
            "return Array.from(arguments[0].querySelectorAll('path.arrow.flag'))"
            ".map(a => getComputedStyle(a).stroke)", svg)
        assert paths == len(proc.flow) > 0, p
        assert sorted(labels) == sorted(a.label for a in proc.flow if a.label), p
        assert bool(red) == (p in flagged), p
        assert set(red) <= {"rgb(198, 40, 40)"}, p  # --err
    shot = tmp_path / "flow-order.png"
    svgs[6].screenshot(str(shot))  # procedure 7: an arrow skipping steps, drawn red
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
