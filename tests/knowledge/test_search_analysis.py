"""Danish analysis and the query language: small Danish strings in, exact terms out."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.danish_analysis import (Vocabulary, compound_split, compound_terms, fold, head_forms, lexicon, name_words,
                                      skeleton, term, terms)
from knowledge.query import Filters, iso_bound, parse, where_clause


@pytest.mark.parametrize(("word", "folded"), [
    ("Måltal", "måltal"), ("maaltal", "måltal"), ("førtidspension", "førtidspension"), ("Ærø", "ærø"),
    ("Århus", "århus"), ("Aarhus", "århus"), ("Aabenraa", "åbenrå"), ("Björnsson", "bjørnsson"), ("café", "cafe"),
    # æ, ø and å are letters, not accents: a word without them is another word
    ("loftet", "loftet"), ("løftet", "løftet"), ("maltal", "maltal"), ("foertidspension", "foertidspension"),
])
def test_fold_keeps_the_danish_letters_and_reads_aa_as_å(word: str, folded: str) -> None:
    assert fold(word) == folded


@pytest.mark.parametrize(("word", "bare"), [
    ("Måltal", "maltal"), ("maaltal", "maltal"), ("førtidspension", "fortidspension"),
    ("foertidspension", "fortidspension"), ("Ærø", "aro"), ("AERØ", "aro"), ("Århus", "arhus"),
    ("Aarhus", "arhus"), ("Björnsson", "bjornsson"), ("løftet", "loftet"),
])
def test_skeleton_meets_keyboard_less_spellings(word: str, bare: str) -> None:
    assert skeleton(word) == bare


@pytest.mark.parametrize(("typed", "printed"), [
    ("førtidspensionen", "førtidspension"), ("maaltallene", "måltallet"), ("Aabenraa", "Åbenrå"),
    ("Kjærsgaard", "Kjærsgård"), ("jobcentret", "jobcentre"), ("Jörgensen", "Jørgensen"),
])
def test_inflections_and_spellings_meet_at_one_term(typed: str, printed: str) -> None:
    assert term(typed) == term(printed)


@pytest.mark.parametrize(("typed", "printed"), [
    ("loftet", "løftet"), ("maltal", "måltal"), ("kontanthjaelpsreformen", "kontanthjælpsreform"),
    ("stoejmaalinger", "støjmålingerne"), ("ressourceforlob", "ressourceforløbene"), ("Honge", "Hønge"),
])
def test_a_word_typed_without_æøå_is_another_term_restored_only_as_a_fallback(typed: str, printed: str) -> None:
    assert term(typed) != term(printed)
    vocab = Vocabulary({term(printed): 4, "loft": 2})
    assert vocab.restored(typed) == [term(printed)]


@pytest.mark.parametrize(("name", "not_name"), [
    ("Finn", "Finansministeren"), ("Rasmussen", "Rasmus"), ("Hans", "Hansen"), ("Hønge", "hængige"),
    ("Søvndal", "Søvn"), ("Gotfredsen", "Gotfred"),  # persons of ODA's Aktør table without a party
])
def test_a_members_name_is_kept_whole(name: str, not_name: str) -> None:
    """Member names (danish.reference, ODA's Aktør table) are not stemmed: Snowball made
    "Finn" "fin", a part of "Finansministeren", and "Rasmussen" "rasmus"."""
    assert term(name) == fold(name) and term(name) != term(not_name)
    assert term(name) not in compound_terms(not_name)


@pytest.mark.parametrize(("head", "forms"), [
    # e-bortfald (Retskrivningsordbogen): "regel" -> "reglen", "regler"; "sikker" -> "sikre"
    ("reglen", {"regel", "reglen", "regler", "reglerne"}), ("regel", {"regel", "reglen", "regler", "reglerne"}),
    # after a final e the ending's e goes: "område" -> "området", "områder"
    ("området", {"område", "området", "områder", "områderne"}),
    ("ordningen", {"ordning", "ordningen", "ordninger", "ordningerne"}), ("job", {"job"}),
])
def test_head_forms_are_the_forms_the_lemma_table_confirms(head: str, forms: set[str]) -> None:
    assert forms <= set(head_forms(head))
    assert all(lexicon().lemma_is(f, lexicon().lemma_of(head) or head) for f in head_forms(head))


@pytest.mark.parametrize(("word", "split"), [
    ("timersreglen", ("timers", "reglen")), ("førtidspensionsområdet", ("førtidspensions", "området")),
    ("fleksjobordningen", ("fleksjob", "ordningen")), ("ministeren", None), ("Finn", None),
])
def test_compound_split_keeps_the_linking_letter_with_the_first_part(word: str, split: tuple[str, str] | None) -> None:
    assert compound_split(word) == split


def test_a_name_the_document_names_is_kept_whole_in_that_document() -> None:
    names = name_words(["Bollesen"])  # a kommune's (corpus/pdf syddjurs_referat_puk), in no ODA table
    assert terms("Bollesen skrev", names) == ["bollesen", term("skrev")]
    assert terms("Bollesen skrev") == ["bolles", term("skrev")]  # elsewhere a word like others


@pytest.mark.parametrize(("compound", "part"), [
    ("førtidspensionsområdet", "pension"), ("førtidspensionsområdet", "område"),
    ("førtidspensionsområdet", "førtidspension"), ("kontanthjælpsreformen", "reform"),
    ("fleksjobordningen", "fleksjob"), ("beskæftigelsesindsatsen", "indsats"),
])
def test_compound_yields_its_parts(compound: str, part: str) -> None:
    assert term(part) in compound_terms(compound)


@pytest.mark.parametrize("word", ["ministeren", "pensionen", "udvalget", "besvarelse", "Juhl", "558"])
def test_plain_words_are_not_split(word: str) -> None:
    assert compound_terms(word) == ()


def test_terms_keep_one_term_per_word_in_order() -> None:
    assert terms("Måltal for førtidspension") == [term("måltal"), term("for"), term("førtidspension")]


def test_vocabulary_corrects_a_typo_to_the_most_common_close_term() -> None:
    vocab = Vocabulary({"spionagetrusl": 2, "spionag": 1, "beskaftig": 30, "beskaftigelsesminist": 9})
    assert vocab.corrections("spionagetrusel")[0].right == "spionagetrusl"
    assert vocab.corrections("qqqqqq") == []
    assert vocab.prefix_count("beskaftig") == 2


def test_vocabulary_splits_a_compound_the_documents_write_apart() -> None:
    vocab = Vocabulary({term("benchmarking"): 3, term("liste"): 2})
    assert vocab.split("benchmarkingliste") == (term("benchmarking"), term("liste"))
    assert vocab.split("fleksjob") is None


@pytest.mark.parametrize(("typed", "question", "case_kind", "case_number", "udvalg", "words"), [
    ("spm 558", 558, None, None, None, []),
    ("spørgsmål nr. 558 måltal", 558, None, None, None, ["måltal"]),
    ("Spm. nr. 22 fleksjob", 22, None, None, None, ["fleksjob"]),
    ("BEU alm. del 156", 156, "alm. del", None, "BEU", []),
    ("sou alm del spm 662", 662, "alm. del", None, None, []),
    ("L 65", None, "L", "65", None, []),
    ("L65 spm 79", 79, "L", "65", None, []),
    ("S 231", "S 231", "S", "231", None, []),
    ("Christian Juhl ubesatte job", None, None, None, None, ["Christian", "Juhl", "ubesatte", "job"]),
])
def test_references_become_filters(typed: str, question: int | str | None, case_kind: str | None,
                                   case_number: str | None, udvalg: str | None, words: list[str]) -> None:
    q = parse(typed)
    assert (q.reference.question, q.reference.case_kind, q.reference.case_number) == (question, case_kind, case_number)
    assert q.reference.udvalg == udvalg
    assert [w.surface for w in q.words if w.surface != udvalg] == words


def test_quoted_phrase_keeps_its_stopwords_and_plain_words_drop_them() -> None:
    q = parse('"reformen af førtidspension" og fleksjob')
    assert [[w.surface for w in p] for p in q.phrases] == [["reformen", "af", "førtidspension"]]
    assert [w.surface for w in q.words] == ["fleksjob"]


def test_unclosed_quote_is_a_phrase_to_the_end() -> None:
    assert [[w.surface for w in p] for p in parse('"ubesatte job').phrases] == [["ubesatte", "job"]]


@pytest.mark.parametrize(("value", "end", "bound"), [
    (2014, False, "2014-01-01"), ("2019", True, "2019-12-31"), ("2016-02", True, "2016-02-29"),
    (dt.date(2017, 9, 28), True, "2017-09-28"), ("2017-13", False, None), ("i går", False, None), (None, True, None),
])
def test_date_bounds(value: object, end: bool, bound: str | None) -> None:
    assert iso_bound(value, end=end) == bound  # type: ignore[arg-type]


def test_filters_are_bound_parameters_never_sql() -> None:
    sql, args = where_clause(Filters.build(udvalg="BEU' OR 1=1 --", party="EL", date_from=2014))
    assert "OR 1=1" not in sql and "BEU' OR 1=1 --" in args
    assert "2014-01-01" in args


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_string_parses(text: str) -> None:
    q = parse(text)
    assert all(w.term == term(w.surface) for w in q.words)


@pytest.mark.parametrize(("header", "samling"), [
    ("Beskæftigelsesudvalget 2022-23 (2. samling)\nBEU Alm.del", "2022-23 (2. samling)"),
    ("Finansudvalget 2021-22\nL 207", "2021-22"),
    ("Sagsnr.: 2016-003798-62 Dato 2011-29", None),
    ("Kulturudvalget 1999-00", "1999-00"),
])
def test_samling_is_a_year_and_the_next(header: str, samling: str | None) -> None:
    from knowledge.search_index import _samling

    assert _samling(header) == samling
