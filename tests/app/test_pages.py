"""Every page of the app through streamlit's AppTest, over a store of real corpus documents."""
from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from knowledge import app_api
from knowledge.store import Store

from .conftest import APP, HOSTILE_NAME, doc_id

SEED_000 = "000_d0d93f54edcaac31.txt"
SEED_004 = "004_66c79f67e679d369.txt"


def run_page(page: str, **state: object) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["side"] = page
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def api_label(store: Store, name: str) -> str:
    return app_api.document_label(store.document(doc_id(store, name)) or {})


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    return "\n".join(parts)


@pytest.mark.parametrize("page", app_api_pages := ["Søg", "Spor", "Indikatorer", "Kommuner", "Dokument"])
def test_every_page_renders_in_danish(page: str) -> None:
    at = run_page(page)
    assert at.header[0].value == page
    assert [o for o in at.sidebar.radio[0].options] == app_api_pages


def test_search_finds_seed_000_for_maaltal_and_opens_it(store: Store) -> None:
    at = run_page("Søg")
    at.text_input(key="q").input("måltal").run()
    assert not at.exception, at.exception
    cards = app_api.run_search(store, "måltal").cards
    hit = next(i for i, card in enumerate(cards) if SEED_000 in card["files"])
    at.button(key=f"open_hit_{hit}").click().run()
    assert at.session_state["side"] == "Dokument"
    # One work, two files: "Åbn dokument" opens its primary copy, the PDF that prints the samling.
    assert at.session_state["dok"] == cards[hit]["document_id"] == doc_id(store, "ministry_letter_seed000_reportlab.pdf")
    assert "Vil ministeren bekræfte, at målstyring" in texts(at).replace("\\", "")


def test_search_suggests_a_spelling_and_applies_it() -> None:
    at = run_page("Søg")
    at.text_input(key="q").input("reformn").run()
    offers = [b for b in at.button if b.label.startswith("Mente du »")]
    assert offers, "a misspelt word gets a 'mente du' suggestion"
    suggestion = offers[0].label.removeprefix("Mente du »").removesuffix("«?")
    offers[0].click().run()
    assert not at.exception, at.exception
    assert at.text_input(key="q").value == suggestion != "reformn"


def test_search_filters_show_facet_counts_and_filter() -> None:
    at = run_page("Søg")
    at.text_input(key="q").input("fleksjob").run()
    udvalg = at.selectbox(key="f_udvalg")
    # Full committee names with the abbreviation, and the count in this result (issue 17).
    assert udvalg.options[1] == "Beskæftigelsesudvalget (BEU) · 4"
    for name in ("f_samling", "f_kind", "f_asker", "f_party", "f_ministry", "f_issuer"):
        assert " · " in at.selectbox(key=name).options[1], name  # every filter counts
    before = at.caption[0].value
    udvalg.select("BEU").run()
    assert not at.exception, at.exception
    assert at.caption[0].value != before
    assert at.selectbox(key="f_kind").options[0] == "alle"


def test_trace_maaltal_shows_2012_and_2014() -> None:
    at = run_page("Spor")
    at.text_input(key="begreb").input("måltal").run()
    assert not at.exception, at.exception
    heads = [m.value for m in at.markdown if m.value.startswith("**")]
    years = {h[2:6] for h in heads}
    assert {"2012", "2014"} <= years, heads
    dot = at.get("graphviz_chart")[0].proto.spec
    assert dot.startswith("digraph") and "->" in dot
    # The graph draws the timeline's events (one box each) on an axis of its years (issue 17).
    assert len(re.findall(r"^e\d+ \[label=", dot, re.M)) == len(heads)
    assert {"2012", "2014"} <= set(re.findall(r'^y\d+ \[label="(\d{4})"', dot, re.M))
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Hent som JSON", "Hent som GraphML"]


def test_trace_source_button_opens_the_cited_document(store: Store) -> None:
    at = run_page("Spor", begreb="måltal")
    at.button(key="open_event_0").click().run()
    assert not at.exception, at.exception
    assert at.session_state["side"] == "Dokument"
    assert at.session_state["dok"] in {d["id"] for d in store.documents()}


def test_trace_example_button_fills_the_concept() -> None:
    at = run_page("Spor")
    at.button(key="ex_benchmarking").click().run()
    assert at.text_input(key="begreb").value == "benchmarking"


def test_indicator_page_offers_all_downloads() -> None:
    at = run_page("Indikatorer")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels[:4] == ["Hent JSON", "Hent YAML", "Hent CSV", "Hent JSON Schema"]
    assert any("indikatorer" in c.value for c in at.caption)


def test_kommuner_page_shows_seed_004_roles_with_code_and_region(store: Store) -> None:
    if not store.records(types=["KommuneRow"]):
        pytest.skip("no KommuneRow records yet")
    seed = api_label(store, SEED_004)
    at = run_page("Kommuner", kommune="Høje-Taastrup", kommune_dok=seed)
    frame = at.dataframe[1].value
    row = frame[frame["Dokument"] == seed].iloc[0]
    assert row["Region"] == "Region Hovedstaden"
    assert row["Skrevet som"] == "Høje Taastrup"
    assert "Interview ifm." in row["Rolle"] or "Inddragelse ifm." in row["Rolle"]
    by_document = at.dataframe[2].value
    assert len(by_document) == 45
    assert by_document.set_index("Kommune").loc["Høje-Taastrup", "Kommunekode"] == "0169"


def test_document_page_escapes_markup(store: Store) -> None:
    at = run_page("Dokument", dok=doc_id(store, HOSTILE_NAME))
    body = texts(at)
    assert r"\<script\>window\.\_\_xss \= 1\<\/script\>" in body
    assert r'\<img src\=x onerror\=\"window\.\_\_xss \= 2\"\>' in body
    assert all(not m.proto.allow_html for m in at.markdown)
    assert r"Notat om \<img src\=y onerror\=alert\(4\)\> \] \:red\[ \[klik\]\(javascript\:window\.\_\_xss\=3\)" in body


def test_document_page_highlights_cited_fields(store: Store) -> None:
    at = run_page("Dokument", dok=doc_id(store, SEED_000))
    body = "\n".join(m.value for m in at.markdown)
    assert ":orange-background[" in body and ":violet-badge[" in body
    fields = at.dataframe[0].value
    assert {"Post", "Felt", "Værdi", "Side", "Tegn"} <= set(fields.columns)
    assert (fields["Side"].dropna() >= 1).all()


def test_search_period_filter_narrows_by_date() -> None:
    import datetime as dt

    at = run_page("Søg")
    at.text_input(key="q").input("fleksjob").run()
    before = [c.value for c in at.caption if " resultat" in c.value]
    at.date_input(key="fra").set_value(dt.date(2020, 1, 1)).run()
    assert not at.exception, at.exception
    after = [c.value for c in at.caption if " resultat" in c.value]
    assert before != after
    years = [int(y) for c in at.caption for y in c.value.split() if y.isdigit() and len(y) == 4 and "·" in c.value]
    assert years and min(years) >= 2019  # a card's caption holds its date; samling may start the year before


def test_deep_link_opens_a_document(store: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["side"] = "Dokument"
    at.query_params["dok"] = doc_id(store, SEED_004)
    at.run()
    assert not at.exception, at.exception
    assert at.session_state["side"] == "Dokument"
    assert at.selectbox(key="dok").value == doc_id(store, SEED_004)


@pytest.mark.parametrize("page", ["Søg", "Spor", "Indikatorer", "Kommuner", "Dokument"])
def test_an_empty_store_gives_danish_guidance_not_errors(page: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPORBAR_DB", str(tmp_path / "empty.db"))
    at = run_page(page)
    for key in ("q", "begreb"):
        if any(t.key == key for t in at.text_input):
            at.text_input(key=key).input("måltal").run()
    assert not at.exception, at.exception
    assert at.info or at.caption, "an empty page says what to do"


def test_search_cards_show_source_markup_as_text() -> None:
    at = run_page("Søg")
    at.text_input(key="q").input("klik javascript").run()
    assert not at.exception, at.exception
    shown = "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)
    assert r"\[klik\]\(javascript\:window\.\_\_xss\=3\)" in shown
    assert "[klik](javascript" not in shown


def test_search_state_is_in_the_url_and_restored_from_it() -> None:
    at = run_page("Søg")
    at.text_input(key="q").input("fleksjob").run()
    at.selectbox(key="f_udvalg").select("BEU").run()
    assert at.query_params["side"] == "Søg" and at.query_params["q"] == "fleksjob"
    assert at.query_params["udvalg"] == "BEU"
    shared = AppTest.from_file(APP, default_timeout=60)
    shared.query_params.update({"side": "Søg", "q": "fleksjob", "udvalg": "BEU", "fra": "2014-01-01",
                                "samling": "ingen-samling"})  # a value this store lacks is dropped
    shared.run()
    assert not shared.exception, shared.exception
    assert shared.text_input(key="q").value == "fleksjob"
    assert shared.selectbox(key="f_udvalg").value == "BEU"
    assert shared.selectbox(key="f_samling").value == ""
    assert str(shared.date_input(key="fra").value) == "2014-01-01"


def test_trace_concept_is_in_the_url() -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"side": "Spor", "begreb": "måltal"})
    at.run()
    assert not at.exception, at.exception
    assert at.text_input(key="begreb").value == "måltal"
    assert any(m.value.startswith("**2014**") for m in at.markdown)


def test_kommuner_by_document_keep_the_documents_order(store: Store) -> None:
    """The benchmarking news lists the top 10 kommuner in rank order (corpus/star/d04)."""
    rows = [r for r in app_api.kommune_rows(store) if (r["citation"].get("file") or "").startswith("d04_")]
    assert rows, "d04 names its top 10"
    at = run_page("Kommuner", kommune_dok=rows[0]["Dokument"])
    frame = at.dataframe[2].value
    assert list(frame["Kommune"][:4]) == ["Nyborg", "Frederiksberg", "Gladsaxe", "Hedensted"]
    assert list(frame["Nr."][:4]) == [1, 2, 3, 4]
    assert set(frame["Rolle"]) == {"nævnt i teksten"}


def test_the_cited_passage_is_scrolled_to_by_the_supported_api(store: Store) -> None:
    """"Åbn kilden" scrolls the document to the marked passage. The script ran in an iframe
    of st.components.v1.html, deprecated in Streamlit 1.56 (removed after 2026-06-01); it
    runs through st.html now. tests/browser checks that the page scrolls."""
    event = next(e for e in app_api.run_trace(store, "måltal").events if e["Hændelse"] == "droppet")
    at = run_page("Dokument", dok=event["document_id"], citat=(event["document_id"], event["start"], event["end"]))
    assert at.get("iframe") == []
    [script] = [h for h in at.get("html") if "scrollIntoView" in h.proto.body]
    assert script.proto.unsafe_allow_javascript and ".st-key-kildecitat" in script.proto.body
