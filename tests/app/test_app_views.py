"""The app's daily-use builders (issue 17): menus, sorting, downloads, reforms, "mente du"."""
from __future__ import annotations

import csv
import io
import json

import pytest

from knowledge import app_views as views
from knowledge.app_document import Chunk


def test_udvalg_menu_entries_carry_the_full_name_and_count() -> None:
    assert views.option_label("udvalg", "BEU", {"BEU": 4}) == "Beskæftigelsesudvalget (BEU) · 4"
    assert views.option_label("udvalg", "XYZQ", {}) == "XYZQ"  # unknown abbreviations stay as printed
    assert views.option_label("kind", "answer", {"answer": 1234}) == "svar · 1.234"
    assert views.option_label("party", "", {}) == "alle"


def test_two_names_of_one_reform_are_one_reform() -> None:
    specs = views.with_reforms([{"id": "a", "reform": "Førtidspensions- og fleksjobreformen"},
                                {"id": "b", "reform": "reformen af førtidspension og fleksjob"},
                                {"id": "c", "reform": "Frihedsreformen"}, {"id": "d", "reform": None}])
    assert views.reform_options(specs) == {"fop-2012": "Reformen af førtidspension og fleksjob",
                                           "Frihedsreformen": "Frihedsreformen"}
    assert [s["id"] for s in views.filter_specs(specs, reform="fop-2012")] == ["a", "b"]


def test_sorting_by_date_puts_undated_last() -> None:
    cards = [{"iso_date": "2014-05-01", "n": 1}, {"iso_date": "", "n": 2}, {"iso_date": "2017-01-02", "n": 3}]
    assert [c["n"] for c in views.sort_cards(cards, "nyeste")] == [3, 1, 2]
    assert [c["n"] for c in views.sort_cards(cards, "ældste")] == [1, 3, 2]
    assert [c["n"] for c in views.sort_cards(cards, "relevans")] == [1, 2, 3]


def test_hit_download_is_excel_csv_and_json_of_the_cards() -> None:
    cards = [{"title": "Svar på spm. 558", "kind": "svar", "udvalg": "Beskæftigelsesudvalget", "samling": "2016-17",
              "question_number": 558, "iso_date": "2017-09-28", "asker": "", "files": ["a.txt", "b.pdf"],
              "snippet": [Chunk("om "), Chunk("måltal", "træf"), Chunk("; og")], "document_id": "d1",
              "page": 2, "match": "all",
              "citation": {"file": "b.pdf", "page": 2, "text": "BM, »Svar på spm. 558«, s. 2: »om måltal; og«."}}]
    rows = views.hit_rows(cards)
    text = views.rows_csv(rows)
    assert text.startswith("\ufeffTitel;Dokumenttype;Udvalg;")
    parsed = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert parsed == [{"Titel": "Svar på spm. 558", "Dokumenttype": "svar", "Udvalg": "Beskæftigelsesudvalget",
                       "Samling": "2016-17", "Spørgsmål nr.": "558", "Dato": "2017-09-28", "Spørger": "",
                       "Fil": "a.txt, b.pdf", "Uddrag": "om måltal; og", "Dokument-id": "d1",
                       # the card's citation: which file and page the snippet stands on
                       "Citeret fil": "b.pdf", "Side": "2", "Citat": "BM, »Svar på spm. 558«, s. 2: »om måltal; og«.",
                       "Alle ord": "ja"}]
    data = json.loads(views.rows_json(rows, {"q": "måltal", "udvalg": "BEU"}))
    assert data["antal"] == 1 and data["filtre"] == {"q": "måltal", "udvalg": "BEU"}


def test_file_names_say_the_filters() -> None:
    assert views.file_name("soeg", {"q": "måltal", "udvalg": "BEU", "party": None}, "csv") == "soeg-maaltal-udvalg-BEU.csv"
    assert views.file_name("soeg", {"q": "<script>/../x"}, "json") == "soeg-script_.._x.json"
    assert len(views.file_name("soeg", {"q": "ord " * 500}, "csv")) <= 124


def test_mente_du_only_for_plain_words() -> None:
    assert views.suggestions_to_show("reformn", ["reformen"]) == ["reformen"]
    assert views.suggestions_to_show("<script>alert(1)</script>", ["skriftlig ålet 1"]) == []
    assert views.suggestions_to_show("NEAR/3 måltal", ["Nuar 3 måltal"]) == []
    assert views.suggestions_to_show("måltal " * 300, ["måltal"]) == []
    assert views.short("x" * 2000).endswith("…") and len(views.short("x" * 2000)) == 240


def test_timeline_graph_has_one_box_per_event_on_its_year() -> None:
    events = [{"År": 2012, "Hændelse": "indført", "Emne": 'måltal "for" x', "Erstattet af": ""},
              {"År": None, "Dato": "", "Dokumentdato": "3. maj 2014", "Hændelse": "ændret", "Emne": "måltal"},
              {"År": 2014, "Hændelse": "erstattet", "Emne": "måltal", "Erstattet af": "resultatmål"},
              {"År": None, "Dato": "", "Dokumentdato": "", "Hændelse": "droppet", "Emne": "måltal"}]
    dot = views.timeline_dot(events)
    assert dot.count("{rank=same;") == 4
    # 2014, from the document's date, then a second 2014 event in a row of its own under it
    assert '{rank=same; y1; e1;}' in dot and '{rank=same; y1_2; e2; r2;}' in dot
    assert 'y1_2 [label="", shape=point' in dot and "y1 -> y1_2 [arrowhead=none" in dot
    assert 'y2 [label="uden år"' in dot
    assert 'e0 [label="INDFØRT\\nmåltal \\"for\\" x"' in dot
    assert 'e2 -> r2 [label=" erstattet af"' in dot
    # Placed by its document's date, and marked so (as the Tidslinje tab marks it).
    assert 'e1 [label="ÆNDRET\\nmåltal\\n(dokumentets dato)"' in dot
    assert dot.count("(dokumentets dato)") == 1
    # An event in a period the text names ("i perioden 2016-2020") is drawn at its first year,
    # and its box says the period, as the Tidslinje tab's head does.
    period = views.timeline_dot([{"År": 2016, "Til år": 2020, "Hændelse": "indført", "Emne": "måltal"}])
    assert '{rank=same; y0; e0;}' in period and 'y0 [label="2016"' in period
    assert 'e0 [label="INDFØRT\\nmåltal\\n(2016–2020)"' in period


def test_soeg_and_dokument_give_a_document_the_same_kind_label(store) -> None:  # noqa: ANN001 - tests/app/conftest
    from knowledge import app_api

    result = app_api.run_search(store, "ministeren", limit=50)
    options = dict(app_api.document_options(store))
    checked = 0
    for card in result.cards:
        if card["document_id"] in options:
            assert options[card["document_id"]].split(" (")[-1].startswith(card["kind"]), card["title"]
            checked += 1
    assert checked >= 5 and {c["kind"] for c in result.cards} <= set(app_api.KIND_LABELS.values())


@pytest.mark.parametrize("typed", ["<script>alert(1)</script>", "NEAR/3 måltal", "fleksjob " * 250])
def test_no_mente_du_for_markup_operators_or_pasted_text(typed: str) -> None:
    from streamlit.testing.v1 import AppTest

    from .conftest import APP

    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["side"] = "Søg"
    at.run()
    at.text_input(key="q").input(typed).run()
    assert not at.exception, at.exception
    assert not [b for b in at.button if b.label.startswith("Mente du")]
    assert all(len(i.value) <= 260 for i in at.info)  # a long query is not echoed whole


def test_indicator_reform_filter_gathers_both_names_of_a_reform(store) -> None:  # noqa: ANN001 - tests/app/conftest
    from streamlit.testing.v1 import AppTest

    from knowledge import app_api

    from .conftest import APP

    specs = app_api.indicator_catalogue(store)
    names = {s["reform"] for s in specs if s.get("reform") and "førtidspension" in s["reform"].lower()}
    assert len(names) == 2, names  # corpus/star prints the reform two ways
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["side"] = "Indikatorer"
    at.session_state["ind_reform"] = "fop-2012"
    at.run()
    assert not at.exception, at.exception
    assert at.selectbox(key="ind_reform").options == ["alle", "Reformen af førtidspension og fleksjob"]
    shown = sum(1 for s in specs if s.get("reform") in names)
    assert any(c.value == f"{shown} af {len(specs)} indikatorer" for c in at.caption)
