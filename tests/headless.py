"""Headless Chromium for the browser tests (Debian chromium + chromedriver, Selenium).

The tests skip, with the reason :func:`missing_browser` gives, unless both the browser and its
driver are installed (``apt-get install -y chromium chromium-driver``): without a driver,
Selenium would try to download one, which fails offline.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Optional

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def driver_path() -> Path:
    """Where chromedriver is: /usr/bin/chromedriver, else the one on PATH (else the former)."""
    found = shutil.which("chromedriver")
    return CHROMEDRIVER if CHROMEDRIVER.exists() or not found else Path(found)


def missing_browser(chromium: Path = CHROMIUM, chromedriver: Optional[Path] = None) -> Optional[str]:
    """Why the browser tests cannot run (``None`` when they can): the browser or its driver
    is not installed."""
    missing = [f"{path} not installed" for path in (chromium, chromedriver or driver_path()) if not path.exists()]
    return "; ".join(missing) + " (apt-get install -y chromium chromium-driver)" if missing else None


def chromium(tmp_path_factory, downloads: Optional[Path] = None, scripts: bool = True):
    """A headless Chromium WebDriver (1400 x 1600 window, a fresh profile, no network of its
    own); with ``downloads``, files it downloads land there without a prompt (kept as the
    driver's ``downloads``); ``scripts`` False turns JavaScript off. The caller quits it."""
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1600",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    prefs: dict = {}
    if downloads is not None:
        prefs.update({"download.default_directory": str(downloads), "download.prompt_for_download": False})
    if not scripts:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    if prefs:
        options.add_experimental_option("prefs", prefs)
    drv = webdriver.Chrome(service=Service(str(driver_path())), options=options)
    if downloads is not None:
        drv.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        drv.downloads = downloads
    return drv
