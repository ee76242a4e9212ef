"""The Danish spaCy pipeline: built once, offline, with lemmas and gazetteer entities."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.load import load
from nlp.annotate import annotate
from nlp.pipeline import build, get_pipeline


def test_built_once_per_process() -> None:
    assert get_pipeline() is get_pipeline()


@pytest.mark.parametrize(("word", "lemma"), [
    ("Forligskredsen", "forligskreds"),       # table misses the capitalised form: lowercase fallback
    ("blev", "blive"), ("statistiske", "statistisk"), ("ministeren", "minister"),
    ("implementeringsindikatorerne", "implementeringsindikator"),  # compound: lemmy
    ("Jobcentrene", "jobcenter"),
])
def test_lemmas(word: str, lemma: str) -> None:
    assert get_pipeline()(word)[0].lemma_ == lemma


def test_gazetteer_entities_with_canonical_ids() -> None:
    doc = get_pipeline()("KL skrev til Beskæftigelsesministeriet om fleksjobordningen i Høje-Taastrup Kommune og STAR.")
    found = {(e.text, e.ent_id_) for e in doc.ents}
    assert {("KL", "organisation:kl"), ("Beskæftigelsesministeriet", "ministry:beskaeftigelsesministeriet"),
            ("fleksjobordningen", "benefit_scheme:fleksjob"), ("STAR", "organisation:star")} <= found
    assert any(i == "kommune:0169" for _, i in found)


def test_tokenizer_keeps_danish_abbreviations() -> None:
    tokens = [t.text for t in get_pipeline()("spørgsmål nr. 558 (alm. del), jf. stk. 3 og J.nr. 2017")]
    assert {"nr.", "alm.", "jf.", "stk.", "J.nr."} <= set(tokens)


def test_reference_number_at_sentence_end_is_split() -> None:
    tokens = [t.text for t in get_pipeline()("Det følger af § 2, jf. stk. 3. Reglen gælder den 3. april.")]
    assert tokens[tokens.index("stk.") + 1:tokens.index("stk.") + 3] == ["3", "."]
    assert "3." in tokens[tokens.index("den"):]  # an ordinal date stays one token


def test_annotate_seed_answer(corpus: Path) -> None:
    doc = load(corpus / "seeds" / "000_d0d93f54edcaac31.txt")
    ann = annotate(doc)
    assert {"reform:fop-2012", "benefit_scheme:fortidspension", "benefit_scheme:fleksjob",
            "committee:beu", "ministry:beskaeftigelsesministeriet"} <= set(ann.ids())
    for mention in ann.mentions:
        assert doc.text[mention.span.start:mention.span.end] == mention.text
    assert ann.tokens > 300


def test_persons_from_letter_headers_are_found_throughout(corpus: Path) -> None:
    from knowledge.pipeline import extract_path

    extraction = extract_path(corpus / "seeds" / "000_d0d93f54edcaac31.txt")
    ann = annotate(extraction.document, extraction.records)
    persons = [(m.text, m.entity_id) for m in ann.mentions if m.label == "PERSON"]
    assert persons.count(("Finn Sørensen", "person:finn-soerensen")) == 2  # letterhead and "efter ønske fra"
    assert ("Troels Lund Poulsen", "person:troels-lund-poulsen") in persons


def test_dates_years_and_amounts_normalised(corpus: Path) -> None:
    ann = annotate(load(corpus / "seeds" / "000_d0d93f54edcaac31.txt"))
    values = [(v.kind, v.value) for v in ann.values]
    assert values == [("date", "2017-08-31"), ("date", "2017-09-28"), ("year", "2012"), ("year", "2014")]


def test_periods_normalised(corpus: Path) -> None:
    ann = annotate(load(corpus / "seeds" / "001_3dd5ad225882c538.txt"))
    assert ("period", "2017-2018") in [(v.kind, v.value) for v in ann.values]


def test_lemmas_of_a_second_pipeline_in_the_same_process() -> None:
    # A lemma is stored as a hash into the pipeline's own StringStore: a cache shared across
    # pipelines once handed the second one hashes its store had never seen (spaCy's E018).
    sentence = "Ministeren blev spurgt om de statistiske oplysninger."
    expected = ["minister", "blive", "spørge", "om", "de", "statistisk", "oplysning", "."]
    first, second = build(), build()
    assert [t.lemma_ for t in first(sentence)] == expected
    assert [t.lemma_ for t in second(sentence)] == expected
