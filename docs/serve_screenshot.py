"""Take ``docs/sopcheck-serve.png``: ``sopcheck serve`` after one corpus SOP was checked, as
headless Chromium shows it (the README's screenshot).

    .venv/bin/python docs/serve_screenshot.py

Needs /usr/bin/chromium, /usr/bin/chromedriver and selenium (the test extra).
"""

from __future__ import annotations

import io
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOP = REPO / "corpus" / "tapin-pengukuran-kinerja.docx"
OUT = REPO / "docs" / "sopcheck-serve.png"
WIDTH = 900
"""Width of the PNG (pixels): the page is taken at 1280 px and scaled down."""


def main() -> Path:
    from PIL import Image
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "sopcheck", "serve", "--port", str(port)],
                              cwd=tempfile.gettempdir())
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000", "--hide-scrollbars"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.get(f"http://127.0.0.1:{port}/")
            driver.find_element(By.ID, "files").send_keys(str(SOP))
            driver.find_element(By.CSS_SELECTOR, "form.upload button[type=submit]").click()
            for _ in range(600):
                if driver.find_elements(By.CSS_SELECTOR, "#job[data-complete='1']"):
                    break
                time.sleep(0.2)
            png = driver.get_screenshot_as_png()
        finally:
            driver.quit()
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    img = Image.open(io.BytesIO(png)).convert("RGB")
    img = img.resize((WIDTH, round(img.height * WIDTH / img.width)), Image.LANCZOS)
    img.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(OUT, optimize=True)  # a small PNG
    return OUT


if __name__ == "__main__":
    print(main())
