"""What the app's three kinds of users hit (session 5): the udvalg secretary on Søg, the
analyst on Indikatorer and Kommuner, the journalist on Spor, everyone on Dokument. Real
corpus documents in (the store of conftest.py, and a store of Ballerup's minutes with an
excerpt of them), exact values out; each test failed before its fix."""
from __future__ import annotations

import csv
import io
import re
import string
from pathlib import Path

import pdfplumber
import pytest

from extract.records import Basis
from knowledge import app_api, app_views
from knowledge.store import Store

from .conftest import ROOT, doc_id
from .test_pages import run_page, texts

SEED_000 = "000_d0d93f54edcaac31.txt"
SEED_002 = "002_0a8bf424d9d4d72f.txt"
SEED_004 = "004_66c79f67e679d369.txt"
D11 = "d11_jobindsats_gnsn_varighed_fjernet_2019.txt"  # corpus/star: two measures removed in 2019


def md(text: str) -> str:
    """Text as the app writes it into markdown: every ASCII punctuation mark escaped."""
    return "".join("\\" + c if c in string.punctuation else c for c in text)


# -- the udvalg secretary: Søg ------------------------------------------------------------------

def test_filter_menus_offer_every_value_the_search_filters_on(store: Store) -> None:
    """Before typing, the menus list the store's values. They came from the documents' flat
    fields, which lack what the search index reads from headers and ministers' titles:
    Finansudvalget (corpus/ft_qa/fiu-*), samling 2018-19 (seed 002), Socialministeriet ..."""
    options = app_api.filter_options(store)
    assert "FIU" in options["udvalg"]
    assert "2018-19" in options["samling"]
    for kind in options["kind"]:
        facets = app_api.run_search(store, "", kind=kind, limit=1).facets
        for name in app_api.FILTERS:  # every facet one can filter on, the issuer too
            assert {v for v, _ in facets.get(name, [])} <= set(options[name]), (kind, name)
    for name, values in options.items():  # and every entry finds something
        for value in values:
            assert app_api.run_search(store, "", limit=1, **{name: value}).total > 0, (name, value)


MUNICIPAL = ROOT / "corpus" / "municipal"
# Ballerup's, Syddjurs' and two parties' documents (corpus/municipal: f02-f07), and seed 000
# (a ministry's answer: its issuer is a ministry, under Ministerium, not Udsteder).
ISSUED = ("f02_ballerup_kvalitetsstandard_rusmiddel.txt", "f03_ballerup_referat_sundhedsudvalg.txt",
          "f04_syddjurs_politik_kultur_fritid.txt", "f05_la_arbejdsprogram_skat.txt",
          "f06_df_kommunalpolitik.txt", "f07_ballerup_rygestop_evaluering.txt")


@pytest.fixture(scope="module")
def issuers_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("issuers") / "issuers.db"
    with Store(db) as store:
        assert store.ingest([*(MUNICIPAL / name for name in ISSUED), ROOT / "corpus" / "seeds" / SEED_000]).ok
    return db


def test_a_municipal_or_party_document_is_found_by_its_issuer(issuers_db: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The store counts the issuers that are no ministry (migration v8), but the app had no
    filter for them: Ballerup Kommune's documents could not be picked out."""
    with Store(issuers_db) as store:
        options = app_api.filter_options(store)
        assert options["issuer"] == ["Ballerup Kommune", "Dansk Folkeparti", "Liberal Alliance", "Syddjurs Kommune"]
        view = app_api.run_search(store, "", issuer="Ballerup Kommune")
        assert sorted(c["file"] for c in view.cards) == [ISSUED[0], ISSUED[1], ISSUED[5]]
        assert view.total == 3 and view.facets["issuer"] == [("Ballerup Kommune", 3)]
        # with words, the issuer narrows the search's hits, and counts them as the search does
        words = app_api.run_search(store, "kvalitetsstandard")
        assert dict(words.facets["issuer"])["Ballerup Kommune"] == 2
        mine = app_api.run_search(store, "kvalitetsstandard", issuer="Ballerup Kommune")
        assert (mine.total, sorted(c["file"] for c in mine.cards)) == (2, [ISSUED[0], ISSUED[1]])
        assert app_api.run_search(store, "", issuer="Liberal Alliance", kind="policy").total == 1
        # every count the other menus show is what choosing it finds
        for name, counts in mine.facets.items():
            for value, count in counts:
                found = app_api.run_search(store, "kvalitetsstandard", **{"issuer": "Ballerup Kommune", name: value})
                assert found.total == count, (name, value)
        assert app_api.run_search(store, "måltal", issuer="Dansk Folkeparti").message == "Ingen resultater."
        # a ministry is under Ministerium: as an Udsteder (a hand-made link) it finds nothing
        ministry = app_api.run_search(store, "", issuer="Beskæftigelsesministeriet")
        assert (ministry.total, ministry.cards) == (0, [])
        # a hand-edited link: spacing is the menu's, bytes that are not UTF-8 find nothing
        assert app_api.run_search(store, "", issuer=" Ballerup  Kommune ").total == 3
        assert app_api.run_search(store, "", issuer="Ballerup\udc80").total == 0
    monkeypatch.setenv("SPORBAR_DB", str(issuers_db))
    at = run_page("Søg")
    menu = at.selectbox(key="f_issuer")
    assert menu.label == "Udsteder"
    menu.select("Syddjurs Kommune").run()
    assert not at.exception, at.exception
    assert [c.value for c in at.caption][0] == "1 resultat"
    assert md(f"Fil: {ISSUED[2]}") in [c.value for c in at.caption]
    assert at.selectbox(key="f_issuer").options[1] == "Syddjurs Kommune · 1"


def test_partial_matches_are_counted_apart_from_full_ones(store: Store) -> None:
    """"måltal fleksjob": one document has both words (seed 000's letter), eight only one.
    The facets count the one; the caption said "9 resultater" beside "svar · 1"."""
    view = app_api.run_search(store, "måltal fleksjob")
    every, some = app_views.partial_split(view.cards)
    assert [c["question_number"] for c in every] == [558]
    assert len(some) == 8 and all(c["match"] == "some" for c in some)
    assert sum(n for _, n in view.facets["kind"]) == len(every) == 1
    assert app_views.result_caption(view.total, view.cards, len(view.cards)) == \
        "1 resultat med alle ordene, 8 med nogle af dem"
    # Sorted by date, the full match still comes first.
    assert app_views.sort_cards(view.cards, "nyeste")[0]["question_number"] == 558

    at = run_page("Søg")
    at.text_input(key="q").input("måltal fleksjob").run()
    assert not at.exception, at.exception
    captions = [c.value for c in at.caption]
    assert "1 resultat med alle ordene, 8 med nogle af dem" in captions
    assert "Resultater med nogle af ordene, ikke dem alle:" in captions


def test_a_card_names_the_udvalg_a_letter_gives_only_as_abbreviation(store: Store) -> None:
    """Seed 002 prints "BEU" but not the committee's name: the card said "BEU" where every
    other card says "Beskæftigelsesudvalget"."""
    card = next(c for c in app_api.run_search(store, "", udvalg="BEU", limit=50).cards if SEED_002 in c["files"])
    assert card["udvalg"] == "Beskæftigelsesudvalget"


# -- the analyst: Indikatorer and Kommuner -------------------------------------------------------

def _spec(store: Store, source: str, title: str) -> dict:
    return next(s for s in app_api.indicator_catalogue(store)
                if s["provenance"]["source"].endswith(source) and s["title"] == title)


def test_indicator_details_give_status_validity_and_replacement(store: Store) -> None:
    """d11: STAR removed "Gnsn. varighed på ydelsen" from jobindsats.dk in 2019, pointing to
    "Antal og varighed af afsluttede forløb". The spec knew; the app showed none of it."""
    spec = _spec(store, D11, "Gnsn. varighed på ydelsen")
    rows = dict(app_api.spec_rows(spec))
    assert rows["Status"] == "erstattet"
    assert rows["Gyldig til"] == "2019"
    assert rows["Erstattet af"] == "Antal og varighed af afsluttede forløb"
    text = " ".join((store.document(doc_id(store, D11)) or {})["text"].split())
    assert rows["Status ifølge"].startswith("»") and rows["Status ifølge"][1:-1].rstrip(" .") in text
    assert "Gyldig fra" not in rows  # the text gives no start: nothing is made up
    # The download of the spec carries the same life cycle.
    row = next(csv.DictReader(io.StringIO(app_api.indicator_download(store, "csv", spec_ids=[spec["id"]]))))
    assert (row["status"], row["valid_to"], row["replaced_by"]) == \
        ("replaced", "2019", "Antal og varighed af afsluttede forløb")

    at = run_page("Indikatorer")
    shown = [t.value for t in at.table]
    table = next(t for t in shown if "Gnsn\\. varighed på ydelsen viser" in " ".join(t["Værdi"]))
    assert dict(zip(table["Felt"], table["Værdi"]))["Status"] == "erstattet"


def test_a_stated_count_is_shown_in_danish(store: Store) -> None:
    """Seed 001's sigtelinje counts "udsatte personer på offentlig ydelse": the export's
    SDMX wording "count of ..." stood in the Danish app."""
    spec = _spec(store, "001_3dd5ad225882c538.txt", "Flest muligt skal i arbejde og forsørge sig selv.")
    assert spec["data_comp"] == "count of udsatte personer på offentlig ydelse"
    assert dict(app_api.spec_rows(spec))["Beregning"] == "antal udsatte personer på offentlig ydelse"
    for each in app_api.indicator_catalogue(store):
        assert not any("count of" in value for _, value in app_api.spec_rows(each))


def test_kommune_rows_cite_their_page_and_line(store: Store) -> None:
    """Seed 004's bilag 2 table: each kommune with the page and the line naming it; the
    "Efter dokument" table gave a list of 45 names with no citation."""
    seed = doc_id(store, SEED_004)
    rows = [r for r in app_api.kommune_rows(store) if r["document_id"] == seed]
    hoeje = next(r for r in rows if r["Kommune"] == "Høje-Taastrup")
    assert hoeje["Side"] == 1
    assert hoeje["Linje"].startswith("Høje Taastrup")
    assert hoeje["Linje"] in " ".join((store.document(seed) or {})["text"].split())
    at = run_page("Kommuner", kommune_dok=hoeje["Dokument"])
    frame = at.dataframe[2].value
    assert {"Side", "Linje"} <= set(frame.columns)
    assert frame.set_index("Kommune").loc["Høje-Taastrup", "Linje"] == hoeje["Linje"]


# -- Dokument ------------------------------------------------------------------------------------

def test_every_field_of_every_record_gives_its_page_and_span(store: Store) -> None:
    """Seed 000: an event's kind, year and actor have no passage of their own; their rows
    had no page and no span (NaN in the table), and the three events' rows ran together."""
    seed = doc_id(store, SEED_000)
    text = (store.document(seed) or {})["text"]
    records = list(store.records(document_id=seed))
    rows = app_api.field_rows(records)
    assert all(isinstance(r["Side"], int) and r["Side"] >= 1 for r in rows)
    # a composed value (the parties behind an agreement the text names) cites the printed part, then its basis; a
    # value no words print (a goal's measure "andet") says what it rests on instead
    bases = {Basis.model_validate(b).danish for _, _, data in records for b in (data.get("inferred") or {}).values()}
    assert all(re.fullmatch(r"\d+–\d+( \(posten\)|; resten .+)?", r["Tegn"]) or r["Tegn"] in bases for r in rows)
    assert any(r["Tegn"] in bases and r["Felt"] == "Måltype" for r in rows)
    events = {r["Post"] for r in rows if r["Post"].startswith("Sporhændelse")}
    assert events == {"Sporhændelse 1", "Sporhændelse 2", "Sporhændelse 3"}
    dropped = {r["Felt"]: r for r in rows if r["Post"] == "Sporhændelse 2"}
    assert (dropped["Hændelse"]["Værdi"], dropped["År"]["Værdi"]) == ("droppet", "2014")
    start, end = map(int, dropped["Hændelse"]["Tegn"].removesuffix(" (posten)").split("–"))
    assert dropped["Hændelse"]["Tegn"].endswith("(posten)")
    assert "i 2014 blev enig om ikke længere" in text[start:end]
    assert next(r for r in rows if r["Felt"] == "Type")["Værdi"] == "anden indikator"

    at = run_page("Dokument", dok=seed)
    fields = at.dataframe[0].value
    assert fields["Side"].notna().all() and str(fields["Side"].dtype).startswith("int")


# -- the journalist: Spor ------------------------------------------------------------------------

REFERAT_PDF = ROOT / "corpus" / "pdf" / "ballerup_referat_sundhedsudvalg_2012-12-04.pdf"
REFERAT_EXCERPT = ROOT / "corpus" / "municipal" / "f03_ballerup_referat_sundhedsudvalg.txt"  # an excerpt of it


@pytest.fixture(scope="module")
def referat_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("referat") / "referat.db"
    with Store(db) as store:
        store.ingest([REFERAT_EXCERPT, REFERAT_PDF])
    return db


def test_an_event_two_documents_state_in_the_same_words_is_told_once(referat_db: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Ballerup's minutes (the PDF) and an excerpt of them (f03) both say that budget 2013
    was set at the seminar in June 2012: the timeline told it twice. Now once, with the
    other file and its page under "Også i"."""
    with Store(referat_db) as store:
        view = app_api.run_trace(store, "budget 2013")
        assert len(view.raw["events"]) == 2  # knowledge.trace keeps both; the timeline tells one
        [event] = view.events
        assert (event["År"], event["Hændelse"]) == (2012, "indført")
        assert [(o["Kilde"], o["Side"]) for o in event["Også i"]] == [(REFERAT_PDF.name, 7)]
        other = event["Også i"][0]
        text = (store.document(other["document_id"]) or {})["text"]
        assert " ".join(text[other["start"]:other["end"]].split()) == " ".join(event["Citat"].split())
    with pdfplumber.open(REFERAT_PDF) as pdf:  # page 7 is the PDF's own seventh page
        page = " ".join((pdf.pages[6].extract_text() or "").split())
    assert " ".join(event["Citat"].split()[:8]) in page
    monkeypatch.setenv("SPORBAR_DB", str(referat_db))
    at = run_page("Spor", begreb="budget 2013")
    assert [m.value for m in at.markdown if m.value.startswith("**")] == ["**2012** · indført · budget 2013"]
    assert any(c.value == md(f"Samme ordlyd også i: {REFERAT_PDF.name}, side 7") for c in at.caption)
    # ... and opens there, at the marked passage: the whole minutes, not only the excerpt
    at.button(key="open_event_0_also_0").click().run()
    assert not at.exception, at.exception
    assert (at.session_state["side"], at.session_state["dok"]) == ("Dokument", other["document_id"])
    assert at.selectbox(key=f"side_{other['document_id']}").value == 7
    assert [h for h in at.get("html") if ".st-key-kildecitat" in h.proto.body]  # marked and scrolled to
    assert " ".join(event["Citat"].split()[:5]) in texts(at).replace("\\", "")


def test_a_long_concept_without_events_is_echoed_short() -> None:
    at = run_page("Spor", begreb="x" * 500)
    [info] = at.info
    assert info.value.startswith("Ingen hændelser fundet for") and len(info.value) < 400


def test_a_query_without_words_gets_guidance_not_an_empty_result_list() -> None:
    """"*" or a lone quote mark: the page said "0 resultater" and offered sorting beside
    "Skriv et eller flere ord at søge efter."."""
    at = run_page("Søg")
    for query in ("*", '"', "🙂"):
        at.text_input(key="q").input(query).run()
        assert not at.exception, at.exception
        assert [i.value for i in at.info] == [md("Skriv et eller flere ord at søge efter.")]
        assert not [c.value for c in at.caption if "resultat" in c.value]
        assert not any(s.key == "sortering" for s in at.selectbox)


def test_maaltal_tells_its_steps_in_time_order_each_with_document_page_and_quote(store: Store) -> None:
    """The seeds' story of måltal: set in 2012, dropped and replaced by indicators in 2014,
    STAR's sigtelinjer and indicators (seed 001, undated, "2017 - 2018"), then the 2019
    letter. Seed 001's event came last as "uden år"; it is placed by its document's
    period now, and marked so. Each step cites its file and page, and its quote is the
    file's text."""
    view = app_api.run_trace(store, "måltal")
    pdf = "ministry_letter_seed000_reportlab.pdf"  # the letter's primary copy (one work, two files)
    assert [(e["År"], e["Dokumentperiode"], e["Hændelse"], e["Kilde"]) for e in view.events] == [
        (2012, "", "indført", pdf), (2014, "", "droppet", pdf), (2014, "", "erstattet", pdf),
        (None, "2017-2018", "indført", "001_3dd5ad225882c538.txt"), (2019, "", "bekræftet", SEED_002)]
    for event in view.events:
        text = (store.document(event["document_id"]) or {})["text"]
        assert " ".join(text[event["start"]:event["end"]].split()) == " ".join(event["Citat"].split())
        assert (event["citation"]["file"], event["citation"]["page"]) == (event["Kilde"], 1)
    assert "række indikatorer" in view.events[2]["Erstattet af"]
    at = run_page("Spor", begreb="måltal")
    heads = [m.value for m in at.markdown if m.value.startswith("**")]
    assert [h.split("** · ")[0] for h in heads] == \
        ["**2012", "**2014", "**2014", "**" + md("2017-2018 (dokumentets periode)"), "**2019"]
    assert "(dokumentets periode)" in at.get("graphviz_chart")[0].proto.spec


def test_a_source_line_names_who_issued_the_quote(store: Store) -> None:
    """A journalist quotes the 2019 letter: the "Kilde" line under the quote gave title, date
    and file but not that the Beskæftigelsesministeriet wrote it (the copied citation did)."""
    at = run_page("Spor", begreb="måltal")
    sources = [c.value for c in at.caption if c.value.startswith("Kilde: ")]
    assert sources[-1].startswith("Kilde: " + md("Beskæftigelsesministeriet · Svar på KL's brev"))
    star = next(s for s in sources if "001\\_3dd5ad225882c538" in s)
    assert star.startswith("Kilde: Styrelsen for Arbejdsmarked og Rekruttering · Sigtelinjer")


SYDDJURS_PDF = ROOT / "corpus" / "pdf" / "syddjurs_kulturkommune_2017_notat.pdf"
SYDDJURS_EXCERPT = ROOT / "corpus" / "municipal" / "f09_syddjurs_kulturkommune_notat.txt"  # an excerpt of it


def test_two_documents_with_one_title_keep_their_own_kommune_lists(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Syddjurs' "Kulturkommune 2017" notat (PDF) and an excerpt of it (f09) have one title:
    "Efter dokument" offered it once and listed both documents' kommuner as one list,
    numbered across the two files."""
    db = tmp_path / "syddjurs.db"
    with Store(db) as store:
        store.ingest([SYDDJURS_EXCERPT, SYDDJURS_PDF])
        rows = app_api.kommune_rows(store)
    documents = app_api.kommune_documents(rows)
    assert set(documents) == {f"Kulturkommune 2017 (fil: {SYDDJURS_PDF.name})",
                              f"Kulturkommune 2017 (fil: {SYDDJURS_EXCERPT.name})"}
    monkeypatch.setenv("SPORBAR_DB", str(db))
    at = run_page("Kommuner", kommune_dok=f"Kulturkommune 2017 (fil: {SYDDJURS_PDF.name})")
    frame = at.dataframe[2].value
    from_pdf = [r for r in rows if r["document_id"] == documents[f"Kulturkommune 2017 (fil: {SYDDJURS_PDF.name})"]]
    assert len(frame) == len(from_pdf) and list(frame["Nr."]) == list(range(1, len(from_pdf) + 1))
    assert set(frame["Linje"]) == {r["Linje"] for r in from_pdf}


def test_a_card_marks_a_samling_read_from_the_date(store: Store) -> None:
    """Seed 002 (the minister's letter to KL, 30 April 2019) prints no samling: its card said
    "2018-19" as if printed, while its citation said "(afledt af datoen)"."""
    cards = app_api.run_search(store, "", udvalg="BEU", limit=50).cards
    i = next(i for i, c in enumerate(cards) if SEED_002 in c["files"])
    assert (cards[i]["samling"], cards[i]["citation"]["samling_derived"]) == ("2018-19", True)
    at = run_page("Søg", f_udvalg="BEU")
    shown = md("Beskæftigelsesudvalget · 2018-19 (afledt af datoen) · 30. april 2019")
    assert any(c.value.startswith(shown) for c in at.caption)


def test_kommune_lists_download_with_their_citations(store: Store) -> None:
    """The analyst takes seed 004's 45 kommuner away: a CSV (Excel: BOM, semicolons) and JSON
    of the list shown, each row with file, page, line and citation line. There was none."""
    seed = doc_id(store, SEED_004)
    rows = [r for r in app_api.kommune_rows(store) if r["document_id"] == seed]
    shown = app_views.kommune_download_rows(rows)
    parsed = list(csv.DictReader(io.StringIO(app_views.rows_csv(shown).lstrip("\ufeff")), delimiter=";"))
    assert len(parsed) == 45
    hoeje = next(r for r in parsed if r["Kommune"] == "Høje-Taastrup")
    assert (hoeje["Kommunekode"], hoeje["Fil"], hoeje["Side"]) == ("0169", SEED_004, "1")
    assert hoeje["Linje"].startswith("Høje Taastrup") and hoeje["Linje"] in hoeje["Citat"]
    at = run_page("Kommuner", kommune_dok=rows[0]["Dokument"])
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("Hent CSV") == 2 and labels.count("Hent JSON") == 2  # both tabs


SAMRAAD = ROOT / "corpus" / "ft_qa_ministries" / "suu-2020-21-samspmBL-spm.txt"  # "Samrådsspørgsmål BL"


def test_a_samraadsspoergsmaal_card_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Samrådsspørgsmål are numbered by letters: the card said "spm. nr. BL"."""
    db = tmp_path / "samraad.db"
    with Store(db) as store:
        store.ingest([SAMRAAD])
        [card] = app_api.run_search(store, "", udvalg="SUU").cards
    assert card["question_number"] == "BL"
    assert (app_views.question_label("BL"), app_views.question_label(558)) == ("samrådsspm. BL", "spm. nr. 558")
    monkeypatch.setenv("SPORBAR_DB", str(db))
    at = run_page("Søg", f_udvalg="SUU")
    meta = next(c.value for c in at.caption if c.value.startswith(md("Sundheds- og Ældreudvalget")))
    assert md(" · samrådsspm. BL · ") in meta and "spm\\. nr\\." not in meta


def test_an_event_dated_by_a_period_shows_the_period(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Måltallene ... blev indført i perioden 2016-2020": the head said "2016", as if the
    event belonged to that one year."""
    note = tmp_path / "notat_perioden.txt"
    note.write_text("Notat om målingen af jobcentrene\n\n"
                    "Måltallene for jobcentrene blev indført i perioden 2016-2020.\n", encoding="utf-8")
    db = tmp_path / "period.db"
    with Store(db) as store:
        store.ingest([ROOT / "corpus" / "seeds" / SEED_000, note])
        view = app_api.run_trace(store, "måltal")
    assert [app_api.event_when(e) for e in view.events] == ["2012", "2014", "2014", "2016–2020"]
    monkeypatch.setenv("SPORBAR_DB", str(db))
    at = run_page("Spor", begreb="måltal")
    heads = [m.value for m in at.markdown if m.value.startswith("**")]
    assert heads[-1] == "**2016–2020** · indført · Måltallene for jobcentrene"
