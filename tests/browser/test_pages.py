"""The app in a real browser (Debian chromium via Playwright), on a store ingested from corpus/.

With SPORBAR_SCREENSHOTS=1 (`make screenshots`) the tests also save their pages as
docs/screenshots/<page>.png for the README; otherwise they write no tracked file.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import CHROMIUM, SCREENSHOTS

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make debs)")]
SEED_000 = "000_d0d93f54edcaac31"


def settle(page: Page) -> None:
    """Wait until Streamlit has finished the script run and drawn its elements."""
    expect(page.locator('[data-testid="stApp"]')).to_be_visible()
    page.wait_for_timeout(300)
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0)
    expect(page.locator('[data-testid="stSkeleton"]')).to_have_count(0)


def open_menu(page: Page, label: str) -> None:
    """Open a selectbox's menu. A script run that starts just then (the page writing its state
    into the URL) redraws the box and closes a menu just opened, so wait for the run to end
    and open it again; a menu that never opens fails."""
    for _ in range(3):
        settle(page)
        page.get_by_label(label, exact=True).click()
        try:
            expect(page.get_by_role("listbox")).to_be_visible(timeout=5_000)
            return
        except AssertionError:
            page.keyboard.press("Escape")
    raise AssertionError(f"the {label} menu did not open")


def open_page(page: Page, app_url: str, name: str, query: str = "") -> None:
    page.goto(f"{app_url}/?side={name}{query}")
    settle(page)
    expect(page.get_by_role("heading", name=name, exact=True)).to_be_visible()


def open_from(page: Page, container: Locator, label: str) -> None:
    """Click an "Åbn dokument"/"Åbn kilden" button and wait for the Dokument page. The list
    draws its cards while its script run is still going; a click that lands on a card the run
    then redraws can be lost (seen once in CI on a loaded machine), so wait for the run to end
    first and click again if the page did not open; a button that never opens it fails."""
    heading = page.get_by_role("heading", name="Dokument", exact=True)
    for _ in range(3):
        settle(page)
        if heading.is_visible():
            return  # the last click opened it, only slowly
        container.get_by_role("button", name=label).click()
        settle(page)
        try:
            expect(heading).to_be_visible(timeout=10_000)
            return
        except AssertionError:
            continue
    raise AssertionError(f"{label} did not open the Dokument page")


def screenshot(page: Page, name: str) -> None:
    if not os.environ.get("SPORBAR_SCREENSHOTS"):
        return  # tests never modify tracked files; `make screenshots` asks for them
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(300)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def test_search_maaltal_opens_seed_000(page: Page, app_url: str) -> None:
    open_page(page, app_url, "Søg")
    box = page.get_by_label("Søg i spørgsmål, svar og dokumenter")
    box.fill("måltal")
    box.press("Enter")
    settle(page)
    card = page.locator('[class*="st-key-hit_"]').filter(has_text=SEED_000).first
    expect(card).to_be_visible(timeout=20_000)
    screenshot(page, "soeg")
    open_from(page, card, "Åbn dokument")
    # The work's primary copy (the PDF that prints the samling); the page names the .txt as its other file.
    expect(page.get_by_text("Samme tekst i 2 filer", exact=False)).to_contain_text(f"{SEED_000}.txt")
    expect(page.get_by_text("Vil ministeren bekræfte, at målstyring", exact=False).first).to_be_visible()


def test_trace_maaltal_shows_timeline_and_graph(page: Page, app_url: str) -> None:
    open_page(page, app_url, "Spor")
    box = page.get_by_label("Begreb")
    box.fill("måltal")
    box.press("Enter")
    settle(page)
    timeline = page.locator('[class*="st-key-event_"]')
    expect(timeline.filter(has_text="2012").first).to_be_visible(timeout=20_000)
    expect(timeline.filter(has_text="2014").first).to_be_visible()
    screenshot(page, "spor")
    page.get_by_role("tab", name="Graf").click()
    expect(page.locator('[data-testid="stGraphVizChart"] svg')).to_be_visible()
    expect(page.locator('[data-testid="stGraphVizChart"] svg text').filter(has_text="måltal").first).to_be_visible()
    with page.expect_download() as graphml:
        page.get_by_role("button", name="Hent som GraphML").click()
    graph = nx.read_graphml(graphml.value.path())
    assert "commitment:maaltal" in graph


def test_indicator_downloads_validate(page: Page, app_url: str, tmp_path: Path) -> None:
    open_page(page, app_url, "Indikatorer")
    expect(page.get_by_text("indikatorer", exact=False).first).to_be_visible()
    with page.expect_download() as schema_download:
        page.get_by_role("button", name="Hent JSON Schema").click()
    with page.expect_download() as specs_download:
        page.get_by_role("button", name="Hent JSON").first.click()
    schema = json.loads(Path(schema_download.value.path()).read_text(encoding="utf-8"))
    specs = json.loads(Path(specs_download.value.path()).read_text(encoding="utf-8"))
    jsonschema.validate(specs, schema)
    assert specs, "the bundled corpus defines indicators (seed 001), so the download is not empty"
    settle(page)
    page.get_by_text("(implementeringsindikator)").first.click()
    expect(page.get_by_text("Indikatoren opgøres som andelen", exact=False).first).to_be_visible()
    settle(page)
    with page.expect_download() as one_download:
        page.locator('[data-testid="stExpanderDetails"]').get_by_role("button", name="Hent JSON").first.click()
    one = json.loads(Path(one_download.value.path()).read_text(encoding="utf-8"))
    jsonschema.validate(one, schema)
    assert len(one) == 1 and one[0]["kind"] == "implementeringsindikator"
    page.get_by_role("heading", name="Indikatorer").evaluate("e => e.scrollIntoView({block: 'start'})")
    screenshot(page, "indikatorer")


def test_kommuner_page_lists_seed_004_kommuner(page: Page, app_url: str) -> None:
    open_page(page, app_url, "Kommuner")
    expect(page.locator('[data-testid="stDataFrame"]').first).to_be_visible()
    page.get_by_label("Kommune", exact=True).click()
    page.keyboard.type("Høje-Taa")
    page.get_by_role("option", name="Høje-Taastrup").click()
    settle(page)
    expect(page.get_by_role("button", name="Åbn Evaluering af reformen af førtidspension", exact=False)).to_be_visible()
    screenshot(page, "kommuner")


def test_document_shows_markup_as_text(page: Page, app_url: str, test_db: tuple[Path, str]) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_page(page, app_url, "Dokument", f"&dok={test_db[1]}")
    source = page.locator('[data-testid="stMarkdown"]')  # the text, not the field table beside it
    expect(source.get_by_text("<script>window.__xss = 1</script>", exact=False)).to_be_visible()
    expect(source.get_by_text('<img src=x onerror="window.__xss = 2">', exact=False)).to_be_visible()
    title = "Notat om <img src=y onerror=alert(4)> ] :red[ [klik](javascript:window.__xss=3)"
    expect(source.locator("span.stMarkdownColoredBackground").filter(has_text=title)).to_be_visible()  # cited span
    expect(source.get_by_role("strong").filter(has_text=title)).to_be_visible()  # the work's title, as text
    assert page.locator('[data-testid="stMarkdown"] a[href^="javascript"]').count() == 0
    assert page.evaluate("window.__xss") is None
    assert page.locator('[data-testid="stMarkdown"] img').count() == 0
    assert page.locator('[data-testid="stMarkdown"] script').count() == 0
    assert dialogs == []


def test_document_page_of_seed_000(page: Page, app_url: str, test_db: tuple[Path, str]) -> None:
    from knowledge.store import Store

    with Store(test_db[0]) as store:
        doc_id = next(d["id"] for d in store.documents() if d["source"].endswith(f"{SEED_000}.txt"))
    open_page(page, app_url, "Dokument", f"&dok={doc_id}")
    expect(page.get_by_text(f"corpus/seeds/{SEED_000}.txt").first).to_be_visible()
    # One text in two files: the page names the other copy too.
    expect(page.get_by_text("Samme tekst i 2 filer", exact=False)).to_contain_text("ministry_letter_seed000_reportlab.pdf")
    expect(page.get_by_role("heading", name="Udtrukne felter")).to_be_visible()
    text = page.locator('[data-testid="stMarkdown"]')
    expect(text.get_by_text("Spm. nr.", exact=True).first).to_be_visible()  # the badge where 558 was read
    screenshot(page, "dokument")


TITLE_558 = "Beskæftigelsesudvalget spørgsmål nr. 558 (alm. del) – svar"
DROPPED = "forligskredsen i 2014 blev enig om ikke længere at anvende"


def _trace(page: Page, app_url: str) -> None:
    open_page(page, app_url, "Spor")
    box = page.get_by_label("Begreb")
    box.fill("måltal")
    box.press("Enter")
    settle(page)


def test_trace_event_citation_copies_one_danish_line(page: Page, app_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    _trace(page, app_url)
    event = page.locator('[class*="st-key-event_"]').filter(has_text=DROPPED).first
    expect(event).to_be_visible(timeout=20_000)
    expect(event.get_by_text(f"{TITLE_558} · 28. september 2017", exact=False)).to_be_visible()
    event.get_by_role("button", name="Kopiér citat").click()
    code = page.locator('[data-testid="stPopoverBody"] [data-testid="stCode"]')
    expect(code).to_be_visible()
    code.hover()
    page.locator('[data-testid="stPopoverBody"]').get_by_role("button", name="Copy to clipboard").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(f"Beskæftigelsesministeriet, »{TITLE_558}«, 28. september 2017, BEU alm. del spm. 558, "
                             "samling 2016-17, s. 1: »Jeg kan oplyse, at " + DROPPED), copied
    assert "\n" not in copied and "(fil: " in copied


def test_open_source_jumps_to_the_marked_quote(page: Page, app_url: str) -> None:
    _trace(page, app_url)
    event = page.locator('[class*="st-key-event_"]').filter(has_text=DROPPED).first
    expect(event).to_be_visible(timeout=20_000)
    open_from(page, event, "Åbn kilden")
    quote = page.locator(".st-key-kildecitat")
    expect(quote).to_contain_text(DROPPED)
    expect(quote).to_be_in_viewport()  # scrolled to, not left below the fold
    expect(quote).not_to_contain_text("Det er korrekt")  # only the quoted passage is marked


def test_copying_document_text_leaves_out_the_field_badges(page: Page, app_url: str,
                                                           test_db: tuple[Path, str]) -> None:
    from knowledge.store import Store

    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    with Store(test_db[0]) as store:
        doc_id = next(d["id"] for d in store.documents() if d["source"].endswith(f"{SEED_000}.txt"))
    open_page(page, app_url, "Dokument", f"&dok={doc_id}")
    text = page.locator('[data-testid="stMarkdown"]').filter(has_text="Vil ministeren bekræfte").first
    expect(text.get_by_text("Spm. nr.", exact=True).first).to_be_visible()  # the badge is shown ...
    text.evaluate("e => { const r = document.createRange(); r.selectNodeContents(e); "
                  "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }")
    page.keyboard.press("Control+C")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Vil ministeren bekræfte, at målstyring" in copied
    assert "Spm. nr." not in copied and "Svar Citat" not in copied  # ... but not copied


def test_search_survives_opening_a_document_and_going_back(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/?side=Søg&q=fleksjob&udvalg=BEU")
    settle(page)
    box = page.get_by_label("Søg i spørgsmål, svar og dokumenter")
    expect(box).to_have_value("fleksjob")
    first = page.locator('[class*="st-key-hit_"]').first
    expect(first).to_be_visible(timeout=20_000)
    count = page.get_by_text("resultat", exact=False).first.inner_text()
    open_from(page, first, "Åbn dokument")
    expect(page).to_have_url(re.compile(r"side=Dokument&dok=\w+"))  # the address follows the view
    page.go_back()
    settle(page)
    expect(page.get_by_role("heading", name="Søg", exact=True)).to_be_visible()
    expect(page.get_by_label("Søg i spørgsmål, svar og dokumenter")).to_have_value("fleksjob")
    expect(page.get_by_text(count, exact=True).first).to_be_visible()  # the same filtered result
    expect(page).to_have_url(re.compile(r"udvalg=BEU"))


def test_every_search_filter_shows_facet_counts_and_survives_a_reload(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/?side=Søg&q=ministeren")
    settle(page)
    expect(page.locator('[class*="st-key-hit_"]').first).to_be_visible(timeout=20_000)
    page.get_by_text("Filtre", exact=True).click()
    for label in ("Udvalg", "Samling", "Spørger", "Parti", "Ministerium", "Dokumenttype", "Udsteder"):
        open_menu(page, label)
        counted = page.get_by_role("option").filter(has_text=re.compile(r" · \d+$"))
        expect(counted.first).to_be_visible()  # "Beskæftigelsesudvalget (BEU) · 4"
        page.keyboard.press("Escape")
    open_menu(page, "Udvalg")
    page.get_by_role("option", name=re.compile(r"^Beskæftigelsesudvalget \(BEU\) · \d+$")).click()
    settle(page)
    expect(page).to_have_url(re.compile(r"udvalg=BEU"))
    count = page.get_by_text(re.compile(r"^\d+ resultat")).first.inner_text()
    page.reload()
    settle(page)
    expect(page.get_by_label("Søg i spørgsmål, svar og dokumenter")).to_have_value("ministeren")
    expect(page.get_by_text(count, exact=True).first).to_be_visible(timeout=20_000)


def test_search_download_holds_the_hits_shown(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/?side=Søg&q=fleksjob&udvalg=BEU&sortering=nyeste")
    settle(page)
    cards = page.locator('[class*="st-key-hit_"]')
    expect(cards.first).to_be_visible(timeout=20_000)
    with page.expect_download() as download:
        page.get_by_role("button", name="Hent JSON").first.click()
    assert download.value.suggested_filename == "soeg-fleksjob-udvalg-BEU.json"
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["antal"] == cards.count() == len(data["resultater"])
    dates = [r["Dato"] for r in data["resultater"] if r["Dato"]]
    assert dates == sorted(dates, reverse=True)  # as sorted on the page: newest first


def test_indicator_download_matches_the_filtered_count(page: Page, app_url: str) -> None:
    open_page(page, app_url, "Indikatorer", "&type=implementeringsindikator")
    caption = page.get_by_text(re.compile(r"^\d+ af \d+ indikatorer$")).first
    expect(caption).to_be_visible()
    shown, total = map(int, re.findall(r"\d+", caption.inner_text()))
    assert 0 < shown < total
    with page.expect_download() as download:
        page.get_by_role("button", name="Hent JSON").first.click()
    specs = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert len(specs) == shown and {s["kind"] for s in specs} == {"implementeringsindikator"}
    assert download.value.suggested_filename == "indikatorer-type-implementeringsindikator.json"
