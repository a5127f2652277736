"""The audit's HTML report in a real headless browser (Debian chromium + chromedriver, Selenium).

Skipped only when /usr/bin/chromium is absent (install: ``apt-get install -y chromium
chromium-driver``) or the ``selenium`` package is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium not installed")


@pytest.fixture(scope="module")
def report(audit_tree, tmp_path_factory) -> Path:
    from sopcheck.cli import main

    out = tmp_path_factory.mktemp("browser") / "audit.html"
    assert main(["audit", str(audit_tree), "--jobs", "2", "--no-progress", "--html", str(out)]) == 1
    return out


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1600",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    service = Service(str(CHROMEDRIVER)) if CHROMEDRIVER.exists() else Service()
    drv = webdriver.Chrome(service=service, options=options)
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
