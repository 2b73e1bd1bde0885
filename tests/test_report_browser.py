"""The HTML report in a real browser: headless Chromium driven by selenium.

The session fixture installs Debian's ``chromium`` and ``chromium-driver`` with
apt-get when they are missing (CI runs as root on a fresh machine) and skips,
saying why, when it cannot. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, run_cli

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1400,1000",
]
ZYTE_PAGES = 20  # a slice of the 181 pages keeps the run short; the sample is smaller still
ZYTE_SAMPLE = 8

webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium is missing: pip install -e '.[test]'")


def install_chromium() -> str | None:
    """Install Chromium and its driver with apt-get if missing; the reason it failed, or None."""
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return None
    if shutil.which("apt-get") is None:
        return "Chromium is not installed and there is no apt-get to install it"
    if os.geteuid() != 0:
        return "Chromium is not installed and installing it needs root"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-q"],
                    ["apt-get", "install", "-y", "-q", "--no-install-recommends",
                     "chromium", "chromium-driver"]):
        try:
            proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"{' '.join(command)} failed: {exc}"
        if proc.returncode != 0:
            return f"{' '.join(command)} exited {proc.returncode}: {proc.stderr.strip()[-300:]}"
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        return f"apt-get installed Chromium, but not as {CHROMIUM} and {CHROMEDRIVER}"
    return None


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    reason = install_chromium()
    if reason is not None:
        pytest.skip(reason)
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def open_report(browser, path: Path):
    browser.get(path.resolve().as_uri())
    return browser


def shown_docs(browser) -> list:
    return [d for d in browser.find_elements("css selector", ".doc") if d.is_displayed()]


def choose(browser, select_id: str, value: str) -> None:
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("id", select_id)).select_by_value(value)


def screenshot(browser, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert browser.save_screenshot(str(path))
    return path


def rules_of(element) -> set[str]:
    return set(element.get_attribute("data-rules").split())


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("seed-report")
    seeds = [str(path.relative_to(ROOT)) for path in sorted(SEEDS.glob("*.txt"))]
    proc = run_cli("clean", *seeds, "-o", str(folder / "out"), "--report",
                   str(folder / "run.json"), "--html-report", str(folder / "run.html"), cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return folder / "run.html", json.loads((folder / "run.json").read_text())


def test_seed_report_filters_by_rule_and_jumps_between_documents(browser, seed_report):
    page, report = seed_report
    open_report(browser, page)
    assert browser.find_element("id", "shown").text == "5 of 5 sampled documents shown"
    assert browser.find_element("css selector", '[data-card="Documents"] .card-value').text == "5"
    docs = [d for f in report["files"] for d in f["documents"]]

    # hovering a rewrite shows what changed, the rule and the rule's pack example
    from selenium.webdriver import ActionChains

    nato = browser.find_element("css selector", '#doc-0 .orig mark.mk[data-rules=" orgs/nato "]')
    assert nato.text == "Nato"
    ActionChains(browser).move_to_element(nato).perform()
    tip = browser.find_element("id", "tip")
    assert tip.is_displayed()
    assert tip.text.splitlines() == [
        "orgs/nato (lexicon): 'Nato' → 'NATO'",
        "example of orgs/nato: 'Nato chief visits Ukraine.' → 'NATO chief visits Ukraine.'"]
    partner = browser.find_element(
        "css selector", f'#doc-0 .clean ins.mk[data-r="{nato.get_attribute("data-r")}"]')
    assert partner.text == "NATO" and "hl" in partner.get_attribute("class")
    shown_tip = tip.text
    ActionChains(browser).move_to_element(partner).perform()  # the cleaned side says the same
    assert tip.text == shown_tip
    ActionChains(browser).move_to_element(nato).perform()
    screenshot(browser, "report-seeds-overview.png")  # docs/report.png, shown in the README

    rule = "punct/curly-double-quotes"
    touched = [i for i, d in enumerate(docs) if any(e["rule"] == rule for e in d["edits"])]
    assert 1 < len(touched) < 5

    choose(browser, "f-rule", rule)
    assert [d.get_attribute("id") for d in shown_docs(browser)] == [f"doc-{i}" for i in touched]
    shown = browser.find_element("id", "shown").text
    assert shown == f"{len(touched)} of 5 sampled documents shown"
    marks = shown_docs(browser)[0].find_elements("css selector", ".mk")
    hits = [m for m in marks if "hit" in m.get_attribute("class")]
    assert hits and all(rule in rules_of(m) for m in hits)
    assert all("dim" in m.get_attribute("class") for m in marks if rule not in rules_of(m))
    # the first hit on the original side is a curly quote, highlighted, naming its rule
    first = next(m for m in hits if m.tag_name == "mark" and m.text in {"“", "”"})
    ActionChains(browser).move_to_element(first).perform()
    tip = browser.find_element("id", "tip")
    assert tip.is_displayed()
    assert f"{rule} (punctuation): '{first.text}' → '\"'" in tip.text
    assert f"example of {rule}: " in tip.text

    browser.find_element("id", "next-doc").click()
    assert browser.find_element("id", "position").text == f"document 1 of {len(touched)}"
    browser.find_element("id", "next-doc").click()
    assert browser.find_element("id", "position").text == f"document 2 of {len(touched)}"
    top = browser.execute_script(
        "return document.getElementById(arguments[0]).getBoundingClientRect().top",
        f"doc-{touched[1]}")
    assert 0 <= top < 120  # scrolled to it, just under the toolbar
    screenshot(browser, "report-seeds-rule-filter.png")

    # a removed block: struck through, labelled with its rule on screen
    choose(browser, "f-rule", "web/advertisement")
    (doc,) = shown_docs(browser)
    struck = [m for m in doc.find_elements("css selector", "del.mk")
              if "web/advertisement" in rules_of(m)]
    assert struck and all(m.value_of_css_property("text-decoration-line") == "line-through"
                          for m in struck)
    label = browser.execute_script(
        "return getComputedStyle(arguments[0], '::before').content", struck[0])
    assert label == '"✂ web/advertisement"'
    browser.find_element("id", "clear").click()
    assert len(shown_docs(browser)) == 5


@pytest.fixture(scope="module")
def zyte_report(shared_data, tmp_path_factory) -> tuple[Path, dict]:
    source = shared_data / "scrapinghub-article-extraction-benchmark" / "output-html-text.json"
    if not source.exists():
        pytest.skip(f"{source} is not present")
    pages = json.loads(source.read_text(encoding="utf-8"))["output"]
    folder = tmp_path_factory.mktemp("zyte-report")
    jsonl = folder / "pages.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        for page_id in sorted(pages)[:ZYTE_PAGES]:
            record = {"id": page_id, "text": pages[page_id]["articleBody"]}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    proc = run_cli("clean", str(jsonl), "--field", "text", "-o", str(folder / "out.jsonl"),
               "--report", str(folder / "run.json"), "--report-sample", str(ZYTE_SAMPLE))
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("report", str(folder / "run.json"), "-o", str(folder / "run.html"))
    assert proc.returncode == 0, proc.stderr
    return folder / "run.html", json.loads((folder / "run.json").read_text())


def test_zyte_report_samples_documents_but_counts_them_all(browser, zyte_report):
    page, report = zyte_report
    open_report(browser, page)
    assert browser.find_element("css selector", '[data-card="Documents"] .card-value').text == (
        str(ZYTE_PAGES))
    assert f"Counts cover all {ZYTE_PAGES} documents; {ZYTE_SAMPLE} sampled" in (
        browser.find_element("id", "sample-note").text)
    assert len(shown_docs(browser)) == ZYTE_SAMPLE

    # the rule that fired most: its table row filters the documents and jumps to the first
    rule, counts = next(iter(report["summary"]["rules"].items()))
    assert counts["edits"] + counts["removed"] == max(
        c["edits"] + c["removed"] for c in report["summary"]["rules"].values())
    browser.find_element("css selector", f'.rule-link[data-rule="{rule}"]').click()
    shown = shown_docs(browser)
    assert shown and all(rule in rules_of(d) for d in shown)
    assert browser.find_element("id", "position").text == f"document 1 of {len(shown)}"
    assert browser.find_element("id", "f-rule").get_attribute("value") == rule
    screenshot(browser, "report-zyte-rule.png")

    # language filter: every shown document is in that language
    lang = next(iter(report["summary"]["languages"]))
    browser.find_element("id", "clear").click()
    choose(browser, "f-lang", lang)
    shown = shown_docs(browser)
    assert shown and all(d.get_attribute("data-lang") == lang for d in shown)
    # stage filter: only boilerplate marks stay lit
    choose(browser, "f-stage", "boilerplate")
    marks = browser.execute_script(  # one round trip for every mark of the shown documents
        "return Array.from(document.querySelectorAll('.doc:not([hidden]) .mk'))"
        ".map(m => [!m.classList.contains('dim'), m.dataset.stages])")
    assert any(lit for lit, _ in marks) and not all(lit for lit, _ in marks)
    assert all(lit == ("boilerplate" in stages.split()) for lit, stages in marks)
    screenshot(browser, "report-zyte-stage.png")


def test_chromium_setup_says_why_it_cannot_install(monkeypatch, tmp_path):
    module = sys.modules[__name__]
    monkeypatch.setattr(module, "CHROMIUM", tmp_path / "chromium")
    monkeypatch.setattr(module.shutil, "which", lambda name: None)
    assert install_chromium() == "Chromium is not installed and there is no apt-get to install it"
    monkeypatch.setattr(module.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(module.os, "geteuid", lambda: 1000)
    assert install_chromium() == "Chromium is not installed and installing it needs root"
