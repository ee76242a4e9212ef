"""Search over the real dev corpus: known items, filters, snippets, facets, safety, CLI."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.search import SearchResult, search
from knowledge.store import Store

HERE = Path(__file__).resolve().parent
KNOWN_ITEMS = yaml.safe_load((HERE / "known_items.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("search") / "sporbar.db"
    with Store(db) as s:
        report = s.ingest([corpus / "ft_qa", corpus / "seeds", corpus / "star"])
        assert report.ok and len(report.loaded) == 37
    return Store(db)


def stems(result: SearchResult) -> list[str]:
    return [Path(h["source"]).stem for h in result.hits]


def test_known_items_mrr_and_success_at_3(store: Store) -> None:
    assert len(KNOWN_ITEMS) >= 30
    ranks = []
    for item in KNOWN_ITEMS:
        found = stems(search(store, item["query"], limit=10))
        ranks.append(found.index(item["expect"]) + 1 if item["expect"] in found else None)
    mrr = sum(1 / r for r in ranks if r) / len(ranks)
    success_at_3 = sum(1 for r in ranks if r and r <= 3) / len(ranks)
    missed = [(i["query"], r) for i, r in zip(KNOWN_ITEMS, ranks) if r != 1]
    assert mrr >= 0.90, missed
    assert success_at_3 >= 0.95, missed


def test_compound_tail_and_missing_aeoeaa_find_the_answer(store: Store) -> None:
    hit = search(store, "fortidspensionsomrade maltal", limit=3).hits[0]
    assert Path(hit["source"]).stem == "000_d0d93f54edcaac31"
    assert "**måltal**" in hit["snippet"] and hit["match"] == "all"


def test_a_query_typed_decomposed_finds_what_composed_finds(store: Store) -> None:
    # "måltal" and "førtidspension" as macOS or a PDF's text layer give them: "a" + a combining ring, and
    # "Beskæftigelsesudvalget" with "e" + a combining acute nowhere; the store's text is composed (NFC)
    typed = unicodedata.normalize("NFD", "måltal førtidspensionsområdet")
    assert typed != "måltal førtidspensionsområdet"
    assert stems(search(store, typed, limit=3)) == stems(search(store, "måltal førtidspensionsområdet", limit=3))
    assert stems(search(store, typed, limit=3))[0] == "000_d0d93f54edcaac31"
    assert not search(store, typed, limit=3).notices


def test_snippet_marks_the_compound_holding_the_query_word(store: Store) -> None:
    result = search(store, "pension område udarbejdes", limit=1)
    assert "**førtidspensionsområdet**" in result.hits[0]["snippet"]


def test_every_word_ranks_before_some_words(store: Store) -> None:
    result = search(store, "fleksløntilskud timer ressourceforløb", limit=20)
    kinds = [h["match"] for h in result.hits]
    assert kinds[0] == "all" or "Ingen dokumenter indeholder alle ordene" in (result.message or "")
    assert kinds == sorted(kinds)  # "all" < "some"
    assert len(result.hits) > 1


def test_typo_is_corrected_and_offered_as_mente_du(store: Store) -> None:
    result = search(store, "spionagetrusel universiteter", limit=3)
    assert stems(result)[0] == "ufu-2021-22-spm84-spm"
    assert result.suggestions == ["spionagetruslen universiteter"]
    assert "Mente du" in (result.message or "")


def test_reference_filters_to_the_letter(store: Store) -> None:
    assert stems(search(store, "spm 558 BEU")) == ["000_d0d93f54edcaac31"]
    assert stems(search(store, "S 1107")) == ["eru-2015-16-s1107-svar"]
    assert stems(search(store, "L 65")) == ["fiu-2022-23-2s-l65-spm79-spm"]
    assert stems(search(store, "SOU alm. del spørgsmål 562")) == ["sou-2024-25-spm562-spm"]


def test_reference_partly_carried_softens_with_a_message(store: Store) -> None:
    """Spm. 558 is BEU's: asked under UUI, the letter that carries the number is the nearest."""
    result = search(store, "UUI spm 558")
    assert stems(result) == ["000_d0d93f54edcaac31"] and "henvisningen" in (result.message or "")


@pytest.mark.parametrize(("query", "label"), [
    ("spm 9999 fleksjob", "spm. 9999"), ("spørgsmål 9999", "spm. 9999"), ("BEU spm 9999", "spm. 9999"),
    ("BEU alm. del spørgsmål nr. 9999", "spm. 9999"), ("L 999", "L 999"), ("S 9999", "S 9999"),
    ("samrådsspørgsmål XQ", "spm. XQ"),
])
def test_a_number_nobody_asked_says_so_and_lists_nothing(store: Store, query: str, label: str) -> None:
    """Before, the number was dropped and every BEU letter, or every fleksjob document, was
    listed as "the nearest": a secretary looking up a question by number was shown others."""
    result = search(store, query)
    assert result.hits == [] and result.total == 0
    assert [(n.kind, n.values) for n in result.notices] == [("unknown_question", (label,))]
    assert result.message == f"Intet spørgsmål eller forslag har nummeret {label} i de gemte dokumenter."


def test_udvalg_filter_accepts_name_or_abbreviation(store: Store) -> None:
    by_abbrev = stems(search(store, "fleksjob", udvalg="BEU", limit=50))
    by_name = stems(search(store, "fleksjob", udvalg="Beskæftigelsesudvalget", limit=50))
    assert by_abbrev == by_name and "000_d0d93f54edcaac31" in by_abbrev
    assert all(h["udvalg"] and (h["udvalg"].get("abbrev") or h["udvalg"].get("name"))
               for h in search(store, "fleksjob", udvalg="BEU").hits)


def test_date_range_filter(store: Store) -> None:
    result = search(store, "ministeren", date_from=2014, date_to="2019", limit=100)
    assert result.hits
    assert all("2014-01-01" <= h["date"] <= "2019-12-31" for h in result.hits)
    assert "amu-2008-09-spm53-svar" not in stems(result)


def test_party_asker_ministry_and_kind_filters(store: Store) -> None:
    assert set(stems(search(store, "", party="EL", limit=50))) >= {"000_d0d93f54edcaac31", "uui-2017-18-spm215-svar"}
    assert stems(search(store, "ministeren", asker="Schmidt Nielsen", kind="answer", limit=50)) \
        == ["udu-2009-10-spm248-svar", "uui-2017-18-spm215-svar"] or \
        set(stems(search(store, "ministeren", asker="Schmidt Nielsen", kind="answer", limit=50))) \
        == {"udu-2009-10-spm248-svar", "uui-2017-18-spm215-svar"}
    assert all(h["kind"] == "question" for h in search(store, "ministeren", kind="question", limit=50).hits)
    transport = stems(search(store, "", ministry="transportministeriet"))
    assert transport == ["fiu-2021-22-l207-spm6-svar"]


def test_facets_count_every_match_per_udvalg_samling_kind(store: Store) -> None:
    result = search(store, "ministeren", limit=2)
    assert result.total > len(result.hits)
    assert sum(result.facets["kind"].values()) == result.total
    assert result.facets["udvalg"].get("BEU", 0) >= 2


def test_why_names_the_fields_that_matched(store: Store) -> None:
    hit = search(store, "Niels Flemming Hansen fleksløntilskud", limit=1).hits[0]
    assert {"question_text", "text"} <= set(hit["why"]) or {"persons", "text"} <= set(hit["why"])
    assert "reference" in search(store, "spm 61", limit=1).hits[0]["why"]


def test_hits_carry_the_record_fields(store: Store) -> None:
    hit = search(store, "BEU alm. del 61", limit=1).hits[0]
    for key in ("source", "title", "score", "snippet", "document_id", "samling", "question_number", "asked_by"):
        assert key in hit
    assert hit["source"].endswith("beu-2022-23-2s-spm61-svar.txt") and hit["score"] > 0


@pytest.mark.parametrize("nasty", ['"', 'AND', 'OR NOT', 'NEAR(a b)', '*', 'col:x', "'; DROP TABLE documents; --",
                                   '^start', 'a"b"c', '(((', 'spm', 'L', '\x00', '    ', 'ææææ', '2014-2019'])
def test_fts_syntax_never_reaches_the_user(store: Store, nasty: str) -> None:
    result = search(store, nasty)
    assert isinstance(result, SearchResult)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60), st.sampled_from([None, "BEU", "x'y"]))
def test_any_query_and_filter_is_safe(store: Store, text: str, udvalg: str | None) -> None:
    search(store, text, udvalg=udvalg, date_from=text[:4] or None, party=text[:3] or None)


def test_cli_search_json(store: Store) -> None:
    result = CliRunner().invoke(app, ["search", "førtidspension måltal", "--db", str(store.path),
                                      "--from", "2014", "--to", "2019", "--limit", "3", "--json"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert Path(hits[0]["source"]).stem == "000_d0d93f54edcaac31"
    assert {"source", "title", "score", "snippet", "why"} <= set(hits[0])
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_cli_search_plain_output(store: Store) -> None:
    result = CliRunner().invoke(app, ["search", "coronapas", "--db", str(store.path), "--udvalg", "BEU"])
    assert result.exit_code == 0
    assert "beu-2021-22-l94-spm23-spm.txt" in result.stdout and "**coronapas**" in result.stdout


def test_rare_word_near_a_common_one_is_offered_when_nothing_has_every_word(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"brev{i}.txt").write_text(f"Notat {i} om måltal for fleksjob i kommune nummer {i}.\n",
                                               encoding="utf-8")
    (tmp_path / "tastefejl.txt").write_text("Et notat hvor fleksjop er stavet forkert.\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as small:
        small.ingest([tmp_path])
        result = search(small, "fleksjop måltal")
    assert result.suggestions == ["fleksjob måltal"]
    assert result.hits and all(h["match"] == "some" for h in result.hits)


def test_year_bounds_at_the_calendar_edges() -> None:
    from knowledge.query import iso_bound

    assert iso_bound(9999, end=True) == "9999-12-31"
    assert iso_bound("2016-02", end=True) == "2016-02-29"
    assert iso_bound(0, end=False) is None


@pytest.fixture(scope="module")
def letters(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """Both Q&A letter sets: answers from more ministries than the session store holds."""
    db = tmp_path_factory.mktemp("letters") / "sporbar.db"
    with Store(db) as s:
        report = s.ingest([corpus / "ft_qa", corpus / "ft_qa_ministries"])
        assert report.ok and len(report.loaded) == 47
    return Store(db)


@pytest.mark.parametrize(("ministry", "expected"), [
    # Issue 13: the letterhead or sender line prints only the minister's title
    # ("TRANSPORTMINISTEREN"); the gold leaves `ministry` null then (ft_qa README), so the
    # filter reads the answering minister's title through danish.reference. tru-2015-16-spm129
    # prints only "MINISTEREN" and a name: no title to read, so it is not found.
    ("Transport", {"fiu-2021-22-l207-spm6-svar", "tru-2019-20-spm33-svar"}),
    ("Transportministeriet", {"fiu-2021-22-l207-spm6-svar", "tru-2019-20-spm33-svar"}),
    ("Velfærdsministeriet", {"sou-2008-09-l15-spm20-svar"}),                # "velfærdsministerens endelige svar"
    ("Socialministeriet", {"sou-2009-10-spm662-svar"}),                      # "Socialministeren", 2010
    ("Social- og Indenrigsministeriet", {"sou-2019-20-spm581-svar"}),
    # The answer only: the question letter put to the same minister (suu-2019-20-spm827-spm)
    # has no answering ministry yet.
    ("Sundheds- og Ældreministeriet", {"suu-2019-20-spm286-svar"}),
    ("Beskæftigelsesministeriet", {"amu-2004-05-l22-spm31-svar", "amu-2008-09-spm53-svar", "beu-2012-13-l53-spm22-svar",
                                   "beu-2022-23-2s-spm61-svar", "beu-2012-13-spm156-svar"}),
])
def test_ministry_filter_reads_the_answering_ministers_title(letters: Store, ministry: str, expected: set[str]) -> None:
    assert set(stems(search(letters, "", ministry=ministry, limit=50))) == expected
    if ministry.endswith("ministeriet"):  # the facet counts what the filter finds
        assert search(letters, "", kind="answer", limit=1).facets["ministry"].get(ministry) == len(expected)


def test_an_answer_without_its_own_date_shows_none(letters: Store) -> None:
    # Issue 13: "har i brev af 19. november 2015" is the committee's letter, not the answer's date.
    hit = search(letters, "spm 129", udvalg="TRU").hits[0]
    assert (Path(hit["source"]).stem, hit["date"]) == ("tru-2015-16-spm129-svar", None)


def test_an_unknown_word_searched_by_its_head_says_so_and_uses_the_closest_head_only(store: Store) -> None:
    """"klyngeledelse" is in no document; "klynge" begins it and is searched instead. Before,
    silently, and with a looser head too ("kling"), which found "udviklingen" everywhere."""
    result = search(store, "klyngeledelse", limit=50)
    assert [(n.kind, n.values) for n in result.notices] == [("word_replaced", ("klyngeledelse", "klynge"))]
    assert result.message == "Ingen dokumenter med »klyngeledelse«; viser dem med »klynge«."
    assert "sou-2009-10-spm662-svar" in stems(result)
    assert all("klynge" in h["snippet"].lower() for h in result.hits), [h["snippet"] for h in result.hits]


def test_a_relaxed_reference_that_finds_nothing_says_only_that(store: Store) -> None:
    """Spm. 558 is BEU's; within SOU nothing is "the nearest". Before: "Ingen dokumenter
    bærer hele henvisningen; viser de nærmeste. Ingen resultater." with nothing shown."""
    result = search(store, "spm 558", udvalg="SOU")
    assert result.hits == [] and [n.kind for n in result.notices] == ["no_results"]
