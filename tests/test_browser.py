"""The HTML report in a real browser: Debian's chromium, headless, driven through chromedriver.

The page is written by the command line, opened from a file as a user would, and checked: no
console errors, the counts on the page are the JSON's, pointing at and clicking a sentence
light up its counterpart, and an article full of markup runs nothing. A screenshot is saved in
the test's temporary folder; ``pytest --update-goldens`` also refreshes docs/html-report.png.

Without chromium, chromedriver or selenium these tests skip, saying so, unless
DIFFNEWS_REQUIRE_BROWSER=1 (as .ci/run sets, after installing them), when they fail instead.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from diffnews.cli import main
from tests.test_html_report import HOSTILE, HOSTILE_COPY

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
LEFT = ROOT / "fixtures" / "amiri-troops" / "aggregator.txt"
RIGHT = ROOT / "fixtures" / "amiri-troops" / "rudaw.txt"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
# As the machine's notes advise: no sandbox (CI runs as root), and no background connections,
# which a closed network refuses by the dozen.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
)


def _unavailable(reason: str) -> None:
    if os.environ.get("DIFFNEWS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}")
    pytest.skip(f"{reason}; install Debian's chromium and chromium-driver to run the browser tests")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable('selenium is not installed (pip install -e ".[test]")')
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not Path(binary).exists():
            _unavailable(f"{binary} is missing")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: selenium then never looks for, or downloads, a driver of its own.
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _open(browser: Any, page: Path) -> list[dict[str, Any]]:
    """Load ``page`` and return what the console logged while it did."""
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(page.as_uri())
    return list(browser.get_log("browser"))


def _report(tmp_path: Path, left: Path = LEFT, right: Path = RIGHT) -> tuple[Path, dict[str, Any]]:
    page, data = tmp_path / "report.html", tmp_path / "report.json"
    for fmt, target in (("html", page), ("json", data)):
        assert main(["compare", str(left), str(right), "-f", fmt, "-o", str(target)]) == 0
    return page, json.loads(data.read_text("utf-8"))


def _classes(browser: Any, id_: str) -> set[str]:
    return set(browser.find_element("id", id_).get_attribute("class").split())


def test_page_loads_cleanly_and_shows_the_json_counts(browser: Any, tmp_path: Path) -> None:
    page, data = _report(tmp_path)
    logged = _open(browser, page)
    assert [entry for entry in logged if entry["level"] in ("SEVERE", "WARNING")] == []
    shown = browser.execute_script(
        "return Object.fromEntries([...document.querySelectorAll('[data-count]')]"
        ".map((el) => [el.dataset.count, Number(el.textContent)]))"
    )
    for side in ("left", "right"):
        for label, count in data["summary"][side]["sentences"].items():
            assert shown[f"{side}-{label}"] == count
    assert shown["pairs-shared"] == data["summary"]["pairs"]["shared"]
    assert shown["pairs-rephrased"] == data["summary"]["pairs"]["rephrased"]
    sentences = browser.execute_script("return document.querySelectorAll('.side .s').length")
    assert sentences == len(data["left"]["sentences"]) + len(data["right"]["sentences"])


def test_pointing_and_clicking_light_up_the_counterpart(
    browser: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    page, data = _report(tmp_path)
    _open(browser, page)
    # The "3,500 foreign soldiers" sentence: one on each side, in one group.
    (left,) = [s for s in data["left"]["sentences"] if "3,500 foreign soldiers" in s["text"]]
    pair = data["pairs"][left["pair"]]
    partner = pair["right"][0]
    assert not _classes(browser, partner) & {"hl", "sel"}

    ActionChains(browser).move_to_element(browser.find_element("id", left["id"])).perform()
    assert "hl" in _classes(browser, partner)

    scrolled = browser.execute_script("return window.scrollY")
    browser.find_element("id", left["id"]).click()
    assert {"sel"} <= _classes(browser, partner) and "sel" in _classes(browser, left["id"])
    assert browser.find_element("id", partner).get_attribute("aria-pressed") == "true"
    assert browser.execute_script("return window.scrollY") == scrolled  # only the columns scroll
    info = browser.find_element("id", "info")
    assert info.is_displayed() and f"{left['id']} ↔ {partner}" in info.text
    # the other side scrolled its partner into view
    assert browser.execute_script(
        "const el = document.getElementById(arguments[0]), box = el.closest('.side').getBoundingClientRect();"
        "const r = el.getBoundingClientRect(); return r.top >= box.top && r.bottom <= box.bottom;",
        partner,
    )
    browser.execute_script("document.getElementById('info').scrollIntoView({block: 'end'})")
    screenshot = tmp_path / "html-report.png"  # the columns and the selected group's details
    assert browser.save_screenshot(str(screenshot)) and screenshot.stat().st_size > 10_000
    if request.config.getoption("--update-goldens"):
        shutil.copyfile(screenshot, ROOT / "docs" / "html-report.png")

    browser.find_element("id", left["id"]).click()  # a second click deselects
    assert "sel" not in _classes(browser, partner) and not info.is_displayed()

    other = next(s for s in data["right"]["sentences"] if s["pair"] is not None and s["id"] != partner)
    counterpart = data["pairs"][other["pair"]]["left"][0]
    ActionChains(browser).move_by_offset(0, 0).perform()
    browser.execute_script("arguments[0].focus()", browser.find_element("id", other["id"]))
    assert "hl" in _classes(browser, counterpart)  # focus lights the group, as pointing does
    browser.find_element("id", other["id"]).send_keys(Keys.ENTER)  # the keyboard selects too
    assert "sel" in _classes(browser, counterpart)


def test_an_article_full_of_markup_runs_nothing(browser: Any, tmp_path: Path) -> None:
    left, right = tmp_path / "hostile.txt", tmp_path / "copy.txt"
    left.write_text(HOSTILE, "utf-8")
    right.write_text(HOSTILE_COPY, "utf-8")
    page, _ = _report(tmp_path, left, right)
    logged = _open(browser, page)
    assert [entry for entry in logged if entry["level"] == "SEVERE"] == []
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('img, b, iframe').length") == 0
    body = browser.find_element("tag name", "body").text
    assert "<script>window.pwned = 1</script>" in body
    assert '<img src=x onerror="window.pwned = 2">' in body
