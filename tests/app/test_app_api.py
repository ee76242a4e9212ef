"""The pure builders behind the app, on real corpus documents."""
from __future__ import annotations

import csv
import io
import json

import jsonschema
import networkx as nx
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from knowledge import app_api
from knowledge.store import Store

from .conftest import doc_id

SEED_000 = "000_d0d93f54edcaac31.txt"
SEED_004 = "004_66c79f67e679d369.txt"


@pytest.mark.parametrize(("value", "shown"), [
    ("2017-09-28", "28. september 2017"), ("2013-01-03", "3. januar 2013"), (None, ""), ("2017", "2017")])
def test_dates_in_danish(value: str | None, shown: str) -> None:
    assert app_api.format_date(value) == shown


@pytest.mark.parametrize(("value", "shown"), [(1234, "1.234"), (45, "45"), (1234567, "1.234.567"), (0, "0")])
def test_numbers_in_danish(value: int, shown: str) -> None:
    assert app_api.format_int(value) == shown


def test_values_in_danish() -> None:
    assert app_api.format_value([{"name": "Finn Sørensen", "party": "EL"}]) == "Finn Sørensen (EL)"
    assert app_api.format_value({"Interview ifm. fleksjob": True, "Inddragelse": False}) == "Interview ifm. fleksjob"
    assert app_api.format_value(True) == "ja"


def test_chunks_cut_at_spans_and_show_the_innermost_field() -> None:
    text = "Spørgsmål nr. 558: Vil ministeren bekræfte?"
    spans = [(0, 18, "Spørgsmål"), (14, 17, "Spm. nr."), (19, 43, "Spørgsmålstekst")]
    chunks = app_api.chunks(text, 0, len(text), spans)
    assert "".join(c.text for c in chunks) == text
    assert [(c.text, c.label) for c in chunks] == [
        ("Spørgsmål nr. ", "Spørgsmål"), ("558", "Spm. nr."), (":", "Spørgsmål"), (" ", None),
        ("Vil ministeren bekræfte?", "Spørgsmålstekst")]
    assert [c.starts for c in chunks] == [("Spørgsmål",), ("Spm. nr.",), (), (), ("Spørgsmålstekst",)]


def test_long_fields_are_named_but_not_shaded() -> None:
    text = "x" * (app_api.LONG_SPAN + 10)
    chunks = app_api.chunks(text, 0, len(text), [(0, len(text), "Svar"), (2, 5, "Dato")])
    assert [(c.label, c.starts) for c in chunks] == [(None, ("Svar",)), ("Dato", ("Dato",)), (None, ())]


def test_snippet_marks_become_matched_chunks() -> None:
    chunks = app_api.snippet_chunks("… udarbejdes **måltal** for **udviklingen** på …")
    assert [c.text for c in chunks if c.label] == ["måltal", "udviklingen"]
    assert app_api.snippet_chunks("et ** uparret mærke") == [app_api.Chunk("et ** uparret mærke")]


def test_pages_of_a_multipage_document_add_up_to_its_text(store: Store) -> None:
    doc = max(store.documents(), key=lambda d: len((store.document(d["id"]) or {})["pages"]))
    full = store.document(doc["id"])
    assert full is not None and len(full["pages"]) > 1
    view = app_api.document_view(store, doc["id"])
    assert view is not None
    assert [n for n, _ in view.pages] == [p["number"] for p in full["pages"]]
    assert "".join(c.text for _, chunks in view.pages for c in chunks) == full["text"]


def test_document_view_highlights_every_cited_field_where_it_came_from(store: Store) -> None:
    view = app_api.document_view(store, doc_id(store, SEED_000))
    assert view is not None
    offset, labelled = 0, []
    for _, chunks in view.pages:
        for chunk in chunks:
            if chunk.label:
                labelled.append((chunk.label, offset, offset + len(chunk.text)))
            offset += len(chunk.text)
    spans = app_api.highlight_spans(store.records(document_id=doc_id(store, SEED_000)))
    assert spans
    for start, end, label in spans:
        assert any(lo < end and start < hi for _, lo, hi in labelled), label
    rows = {r["Felt"]: r for r in view.fields}
    assert rows["Spm. nr."]["Værdi"] == "558"
    assert rows["Spm. nr."]["Side"] == 1


def test_no_field_label_cuts_a_quotation_in_seed_000(store: Store) -> None:
    # seed 000's dropped-måltal sentence prints "2014", which a later event's inherited year cites: the
    # quotation is shaded whole, so no label may stand inside it (the browser test reads it as one text)
    records = list(store.records(document_id=doc_id(store, SEED_000)))
    quotes = [(e["start"], e["end"]) for _, _, d in records if (e := (d.get("provenance") or {}).get("evidence"))]
    years = [d["provenance"]["year"] for _, _, d in records if "year" in (d.get("provenance") or {})]
    assert any(lo <= y["start"] and y["end"] <= hi for y in years for lo, hi in quotes)  # the case this guards
    for start, end, label in app_api.highlight_spans(records):
        assert not any(lo <= start and end <= hi and (start, end) != (lo, hi) for lo, hi in quotes), label


def test_kommune_rows_for_seed_004(store: Store) -> None:
    seed = doc_id(store, SEED_004)
    rows = [r for r in app_api.kommune_rows(store) if r["document_id"] == seed]
    assert len(rows) == 45
    hoeje = next(r for r in rows if r["Kommune"] == "Høje-Taastrup")
    assert (hoeje["Kommunekode"], hoeje["Skrevet som"], hoeje["Region"]) == ("0169", "Høje Taastrup", "Region Hovedstaden")
    assert "Interview ifm. fleksjob" in hoeje["Rolle"]
    summary = app_api.kommune_summary(app_api.kommune_rows(store))
    assert len({s["Kommunekode"] for s in summary}) == len(summary)


def test_indicator_downloads_are_valid_against_the_schema(store: Store) -> None:
    schema = json.loads(app_api.indicator_schema_json())
    every = json.loads(app_api.indicator_download(store, "json"))
    jsonschema.validate(every, schema)
    assert len(every) == len(app_api.indicator_catalogue(store)) > 0
    one = json.loads(app_api.indicator_download(store, "json", spec_ids=[every[0]["id"]]))
    jsonschema.validate(one, schema)
    assert one == every[:1]
    assert yaml.safe_load(app_api.indicator_download(store, "yaml", spec_ids=[every[0]["id"]])) == one
    rows = list(csv.DictReader(io.StringIO(app_api.indicator_download(store, "csv"))))
    assert [r["id"] for r in rows] == [s["id"] for s in every]


def test_indicator_catalogue_filters_by_reform_kind_and_source(store: Store) -> None:
    specs = app_api.indicator_catalogue(store)
    kind = specs[0]["kind"]
    assert all(s["kind"] == kind for s in app_api.filter_specs(specs, kind=kind))
    assert app_api.filter_specs(specs, data_source="ingen-kilde") == []
    assert all(label and value for label, value in app_api.spec_rows(specs[0]))


def test_trace_graph_downloads(store: Store) -> None:
    view = app_api.run_trace(store, "måltal")
    years = {e["År"] for e in view.events}
    assert {2012, 2014} <= years
    graph = nx.parse_graphml(app_api.trace_graphml(view.raw))
    assert "commitment:maaltal" in graph
    assert any(d.get("type") == "dokument" for _, d in graph.nodes(data=True))
    assert json.loads(app_api.trace_json(view.raw))["events"]
    dot = app_api.trace_dot(view.raw)
    assert dot.startswith("digraph") and '"commitment:maaltal"' in dot


def test_a_basis_is_shown_in_danish_on_the_timeline_and_the_graph(store: Store) -> None:
    """The graph and the exports word a basis in English (extract/records.py Basis); the app in Danish."""
    assert app_api.basis_in_danish("the document's issuer Beskæftigelsesministeriet") == \
        "udledt af dokumentets udsteder: Beskæftigelsesministeriet"
    assert app_api.basis_in_danish("the ministries table (danish/data/ministries_project.csv): A -> B") == \
        "ministeriernes tabel (danish/data/ministries_project.csv): A -> B"
    assert app_api.basis_in_danish("an unknown reason") == "an unknown reason"  # shown as it is
    view = app_api.run_trace(store, "benchmarking")
    # corpus/seeds/002: "I den netop offentliggjorte opdatering af benchmarkinganalysen ...", the ministry's own page
    [update] = [e for e in view.events if e["Citat"].startswith("I den netop offentliggjorte opdatering")]
    assert (update["År"], update["Aktør"], update["Grundlag"]) == (
        2019, "Beskæftigelsesministeriet", {"År": "udledt af dokumentets dato: 2019-04-30",
                                            "Aktør": "udledt af dokumentets udsteder: Beskæftigelsesministeriet"})
    based = [d for _, _, d in app_api.trace_graph(view.raw).edges(data=True) if d.get("grundlag")]
    assert based and {d["grundlag"] for d in based} == {"udledt af dokumentets udsteder: Beskæftigelsesministeriet"}
    assert 'tooltip="udledt af dokumentets udsteder: Beskæftigelsesministeriet"' in app_api.trace_dot(view.raw)


def test_ftdk_links(store: Store) -> None:
    sidecar = store.document(doc_id(store, "amu-2008-09-spm53-svar.txt"))
    assert app_api.ftdk_url(sidecar or {}) == \
        "https://ft.dk/samling/20081/almdel/amu/spm/53/svar/591235/628348/index.htm"
    built = {"source": "/nowhere/x.txt", "flat": {"ftdk_url_key": "/samling/20081/almdel/amu/spm/53/"}}
    assert app_api.ftdk_url(built) == "https://www.ft.dk/samling/20081/almdel/amu/spm/53/index.htm"
    assert app_api.ftdk_url({"source": "/nowhere/x.txt", "flat": {}}) is None


def test_every_stored_document_has_a_view(store: Store) -> None:
    for doc in store.documents():
        view = app_api.document_view(store, doc["id"])
        assert view is not None and view.pages, doc["source"]
        assert all(isinstance(row["Værdi"], str) and row["Værdi"] for row in view.fields), doc["source"]


@given(st.text(max_size=80), st.lists(st.tuples(st.integers(0, 90), st.integers(0, 90), st.sampled_from("ABC")),
                                      max_size=6))
def test_chunks_always_reassemble_the_page(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [(min(a, b), max(a, b), label) for a, b, label in raw if a != b]
    lo, hi = len(text) // 4, len(text)
    chunks = app_api.chunks(text, lo, hi, spans)
    assert "".join(c.text for c in chunks) == text[lo:hi]
    assert all(c.label in (None, "A", "B", "C") for c in chunks)
