"""The declared letter layouts (extract/data/letter_layouts.yaml): every cue is attested by
at least two documents in which its pattern occurs (or one and a cited convention), every cue
the parsers ask for is declared, and each written sample letter (tests/fixtures/letters) is
read with exact fields."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from extract.letter_layouts import TABLE, LayoutTableError, _cue, cue, layouts, listing
from extract.records import Answer
from knowledge.pipeline import extract_path

ROOT = Path(__file__).resolve().parents[2]
LETTERS = ROOT / "tests" / "fixtures" / "letters"
ALL_CUES = [c for layout in layouts() for c in layout.cues]


def attested_text(ref: str) -> str:
    """The text an attestation points at: a repository file or `module.py::NAME`."""
    if "::" in ref:
        module_path, name = ref.split("::")
        module = importlib.import_module(module_path.removesuffix(".py").replace("/", "."))
        return getattr(module, name)
    return (ROOT / ref).read_text(encoding="utf-8")


@pytest.mark.parametrize("declared", ALL_CUES, ids=[f"{c.layout}:{c.id}" for c in ALL_CUES])
def test_every_cue_is_attested_where_it_occurs(declared) -> None:
    for ref in declared.attested_by:
        assert ref.startswith(("corpus/", "tests/")), f"{declared.id}: attestation outside the repository: {ref}"
    matched = [ref for ref in declared.attested_by if declared.pattern.search(attested_text(ref))]
    unmatched = sorted(set(declared.attested_by) - set(matched))
    assert not unmatched, f"{declared.id}: pattern does not occur in {unmatched}"
    documents = {ref.split("::")[-1] for ref in matched}
    needed = 1 if declared.convention else 2
    assert len(documents) >= needed, f"{declared.id}: attested by {len(documents)} document(s), needs {needed}"


def test_every_cue_the_parsers_use_is_declared() -> None:
    used = set()
    for path in (ROOT / "extract").rglob("*.py"):
        used |= set(re.findall(r"\bcue\(\"([a-z0-9_]+)\"\)", path.read_text(encoding="utf-8")))
    assert used, "the parsers read no declared cue"
    declared = {c.id for c in ALL_CUES}
    assert used <= declared, f"undeclared cues: {sorted(used - declared)}"
    for name in used:
        assert cue(name).pattern


def test_layouts_cover_the_genres_of_the_issue() -> None:
    ids = {layout.id for layout in layouts()}
    assert {"committee_question", "samraad_question", "paragraf20_question", "answer_correction", "answer_interim",
            "answer_unlabelled", "answer_signed_in_header", "ftdk_stub"} <= ids
    assert {layout.kind for layout in layouts()} <= {"question", "answer", "ftdk_other", "any"}


def test_a_malformed_cue_is_named_in_the_error() -> None:
    with pytest.raises(LayoutTableError, match=r"letter_layouts.yaml: layout 'x', cue 'broken': bad pattern"):
        _cue("x", {"id": "broken", "meaning": "m", "pattern": "(unclosed"})
    with pytest.raises(LayoutTableError, match="missing"):
        _cue("x", {"id": "no_pattern", "meaning": "m"})
    with pytest.raises(KeyError, match="no cue 'nonexistent'"):
        cue("nonexistent")
    assert TABLE.name == "letter_layouts.yaml"


FIELDS = ("doc_type", "udvalg", "samling", "question_number", "question_sent_date", "answer_date", "addressee",
          "ministry", "journal_number", "question_text", "answer_text", "signed_by", "signer_role", "persons",
          "asked_by")


def read(name: str) -> dict:
    record = extract_path(LETTERS / name).flat.model_dump(mode="json")
    return {k: record[k] for k in FIELDS}


def test_glued_chair_role_and_institution_after_henvendelsen() -> None:
    r = read("question-glued-chair.txt")
    assert (r["doc_type"], r["question_number"], r["question_sent_date"]) == ("question", 77, "2010-11-03")
    assert r["addressee"] == "undervisningsministeren"
    assert (r["signed_by"], r["signer_role"]) == ("Marianne Jelved", "næstformand")
    assert r["persons"] == []  # "Det Kongelige Danske Musikkonservatorium" is no person
    assert r["asked_by"] == [{"name": "Mette Gjerskov", "party": "S"}]


def test_dev_letter_with_glued_chair_role() -> None:
    r = extract_path(ROOT / "corpus" / "ft_qa_ministries" / "kuu-2007-08-2s-l137-spm1-spm.txt").flat
    assert (r.signed_by, r.signer_role) == ("Karin Nødgaard", "formand")


@pytest.mark.parametrize(("name", "journal", "date"), [
    ("answer-glued-letterhead.txt", "1904417", "2019-04-12"),
    ("answer-glued-jnr.txt", "2015-2270", "2015-05-06"),
])
def test_labels_glued_to_values(name: str, journal: str, date: str) -> None:
    r = read(name)
    assert (r["journal_number"], r["answer_date"]) == (journal, date)
    assert r["answer_text"] and r["question_text"]


def test_glued_letterhead_answer_fields() -> None:
    r = read("answer-glued-letterhead.txt")
    assert (r["ministry"], r["addressee"]) == ("Sundheds- og Ældreministeriet", "sundheds- og ældreministeren")
    assert (r["signed_by"], r["persons"]) == ("Ellen Trane Nørby", ["Mads Kragh Hansen"])
    assert r["answer_text"] == ("Jeg har fra Danske Regioner fået oplyst, at ca. 2.100 patienter ventede mere end to "
                                "måneder i 2018.")


def test_street_address_between_labels_and_values_is_not_the_journal_number() -> None:
    r = read("answer-address-column.txt")
    assert (r["journal_number"], r["answer_date"]) == ("2018-1180", "2018-02-14")
    assert r["ministry"] == "Transport-, Bygnings- og Boligministeriet"
    assert r["answer_text"] == "I 2017 blev der åbnet 28 kilometer ny motorvej."


def test_contributing_ministries_are_not_the_answering_one() -> None:
    r = read("answer-contributing-ministry.txt")
    assert r["ministry"] is None
    assert (r["question_number"], r["question_sent_date"], r["answer_date"]) == (131, "2016-12-15", "2017-01-12")
    assert r["udvalg"] == {"name": "Kulturudvalget", "abbrev": "KUU"}
    assert r["question_text"] == "Vil ministeren oplyse, hvad det vil koste at flytte Statens Arkivers læsesal til Viborg?"
    assert r["answer_text"] == ("Til brug for besvarelsen er der indhentet bidrag fra Finansministeriet og Økonomi- og "
                                "Indenrigsministeriet. Flytningen er opgjort til 35 mio. kr. i engangsudgifter.")
    assert r["signed_by"] == "Bertel Haarder"


def test_dev_letter_with_contributing_ministries() -> None:
    r = extract_path(ROOT / "corpus" / "ft_qa_ministries" / "efk-2017-18-spm205-svar.txt").flat
    assert r.ministry is None and r.answer_text.startswith("Af tabel 1 nedenfor fremgår")


def test_answer_without_svar_label() -> None:
    r = read("answer-no-svar-label.txt")
    assert r["question_text"] == "Vil ministeren oplyse, hvor mange hektar skov der blev rejst i 2016?"
    assert r["answer_text"] == ("Der blev i 2016 rejst ca. 1.900 hektar ny skov, heraf ca. 300 hektar med statsligt "
                                "tilskud.")
    assert (r["ministry"], r["journal_number"], r["signed_by"]) == ("Miljø- og Fødevareministeriet", "2017-04411",
                                                                    "Esben Lunde Larsen")


def test_correction_letter() -> None:
    r = read("answer-correction.txt")
    assert (r["doc_type"], r["question_number"], r["question_text"]) == ("answer", 45, None)
    assert (r["question_sent_date"], r["answer_date"], r["journal_number"]) == ("2016-10-19", "2016-11-22",
                                                                              "2016-4412")
    assert r["answer_text"] == ("Spørgsmålet blev besvaret den 2. november 2016. Det er efterfølgende konstateret, at "
                                "tallet for 2015 i tabel 1 var opgjort forkert. Det rigtige tal er 12.400 personer og "
                                "ikke 14.200 personer, som anført i besvarelsen. Jeg beklager fejlen.")
    assert (r["addressee"], r["ministry"], r["signed_by"]) == ("beskæftigelsesministeren", "Beskæftigelsesministeriet",
                                                               "Troels Lund Poulsen")
    assert r["asked_by"] == [{"name": "Leif Lahn Jensen", "party": "S"}]


def test_dev_correction_letter() -> None:
    r = extract_path(ROOT / "corpus" / "ft_qa_ministries" / "uui-2019-20-spm7-berigtigelse.txt").flat
    assert r.answer_text.startswith("Udlændinge- og Integrationsministeriet besvarede spørgsmålet den 18. februar 2020.")
    assert r.answer_text.endswith("pas eller andre iden-")  # the side column (date, ministry) is left out
    assert (str(r.answer_date), r.udvalg.abbrev, r.question_text) == ("2020-04-17", "UUI", None)


def test_interim_answer_without_quote_or_label() -> None:
    path = LETTERS / "answer-interim-unquoted.txt"
    extraction = extract_path(path)
    answer = next(a for a in extraction.records if isinstance(a, Answer))
    assert answer.answer_kind == "foreløbigt"
    r = read(path.name)
    assert r["answer_text"] == ("Til brug for besvarelsen har jeg bedt Vejdirektoratet om bidrag. Jeg forventer at "
                                "kunne besvare spørgsmålet endeligt inden udgangen af juni 2021.")
    assert (r["question_number"], r["question_sent_date"], r["answer_date"]) == (812, "2021-05-04", "2021-05-11")
    assert (r["journal_number"], r["ministry"], r["addressee"]) == ("2021-2290", "Transportministeriet",
                                                                    "transportministeren")


def test_abbreviation_from_a_cross_reference() -> None:
    r = extract_path(ROOT / "corpus" / "ft_qa_ministries" / "sou-2021-22-spm264-svar.txt").flat
    assert (r.udvalg.name, r.udvalg.abbrev) == ("Social- og Ældreudvalget", "SOU")


def test_cross_reference_to_another_committee_gives_no_abbreviation(tmp_path: Path) -> None:
    text = (LETTERS / "answer-no-svar-label.txt").read_text(encoding="utf-8").replace(
        "heraf ca. 300", "jf. FIU alm. del bilag 12, heraf ca. 300")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_path(path).flat.udvalg.abbrev is None


def test_stub_page() -> None:
    r = extract_path(LETTERS / "stub-l-question.txt").flat
    assert (r.doc_type, r.question_number, r.addressee) == ("other", 14, "ministeren for ligestilling")


@pytest.mark.parametrize(("name", "addressee"), [
    ("answer-glued-title.txt", "beskæftigelsesministeren"),
    ("answer-glued-til.txt", "sundheds- og ældreministeren"),
])
def test_word_glued_to_a_minister_title(name: str, addressee: str) -> None:
    r = read(name)
    assert r["addressee"] == addressee
    assert r["question_text"] and r["answer_text"] and r["journal_number"]


def test_member_named_with_party_is_a_person_unless_asker() -> None:
    r = read("answer-member-named.txt")
    assert r["persons"] == ["Dennis Flydtkjær"]
    assert r["asked_by"] == [{"name": "Rune Lund", "party": "EL"}]
    assert (r["signed_by"], r["ministry"], r["addressee"]) == ("Karsten Lauritzen", "Skatteministeriet",
                                                               "skatteministeren")


def test_asker_name_cut_by_a_line_break_is_not_a_second_person() -> None:
    r = extract_path(ROOT / "corpus" / "ft_qa" / "beu-2022-23-2s-spm61-svar.txt").flat
    assert [p.name for p in r.asked_by] == ["Niels Flemming Hansen"] and r.persons == []


@pytest.mark.parametrize(("name", "expected"), [
    ("s20-question-form.txt",
     ("S 1412", "2024-03-14", "transportministeren", [{"name": "Kristian Pihl Lorentzen", "party": "V"}],
      "Vil ministeren redegøre for, hvornår udvidelsen af E45 mellem Vejle og Skanderborg forventes at stå færdig?")),
    ("s20-web-archive.txt",
     ("S 588", "2023-02-09", "indenrigs- og sundhedsministeren", [{"name": "Peder Hvelplund", "party": "EL"}],
      "Vil ministeren oplyse, om regeringen vil forlænge ordningen med gratis influenzavaccination til alle over "
      "65 år?")),
])
def test_paragraf20_question_form_and_web_archive(name: str, expected: tuple) -> None:
    r = read(name)
    assert r["doc_type"] == "question"
    assert (r["question_number"], r["question_sent_date"], r["addressee"], r["asked_by"], r["question_text"]) == expected
    assert (r["signed_by"], r["persons"]) == (None, [])  # "Lovsekretariatet" signs for the Speaker: no person


def test_committee_question_on_a_web_archive_page() -> None:
    r = read("question-web-archive.txt")
    assert (r["question_number"], r["question_sent_date"], r["addressee"]) == (212, "2021-03-04", "kulturministeren")
    assert r["question_text"] == "Vil ministeren oplyse, hvor mange kommuner der har lukket et bibliotek siden 2015?"
    assert (r["signed_by"], r["signer_role"]) == ("Annette Lind", "formand")


def test_letterhead_of_a_later_page_inside_the_body_is_left_out() -> None:
    r = read("answer-page-break.txt")
    assert r["answer_text"] == ("Energistyrelsen har oplyst, at der i 2018 ikke blev gennemført nye udbud af "
                                "havvindmølleparker. Næste udbud forventes gennemført i 2020 med Thor Havvindmøllepark.")
    assert (r["signed_by"], r["signer_role"]) == ("Lars Christian Lilleholt", "energi-, forsynings- og klimaminister")


def test_role_broken_before_its_last_field() -> None:
    r = read("answer-role-two-lines.txt")
    assert (r["signed_by"], r["signer_role"]) == ("Dan Jørgensen", "minister for fødevarer, landbrug og fiskeri")
    assert r["answer_text"] == "Der var 2.900 økologiske bedrifter i 2015."


def test_title_heading_above_the_signature() -> None:
    r = read("answer-title-heading.txt")
    assert (r["signed_by"], r["addressee"], r["answer_date"]) == ("Bertel Haarder", "kirkeministeren", "2005-11-23")
    assert r["answer_text"] == "Der blev i 2004 foretaget 19.331 kirkelige vielser."
    assert r["ministry"] == "Kirkeministeriet"


def test_bare_ministeren_heading_is_no_signer_and_no_addressee() -> None:
    r = read("answer-bare-ministeren.txt")
    assert (r["signed_by"], r["persons"]) == ("Birthe Rønn Hornbech", ["Anne Juul"])
    assert r["addressee"] == "ministeren for flygtninge, indvandrere og integration"
    assert r["udvalg"] == {"name": "Udvalget for Udlændinge- og Integrationspolitik", "abbrev": None}


def test_quoted_question_under_the_announcing_sentence_with_no_heading_and_no_label() -> None:
    r = read("answer-quote-no-heading.txt")
    assert r["doc_type"] == "answer"
    assert r["question_text"] == "Vil ministeren oplyse, hvor mange ph.d.-studerende der blev optaget i 2008?"
    assert r["answer_text"] == "Der blev i 2008 optaget 2.452 ph.d.-studerende ved universiteterne."
    assert (r["question_number"], r["question_sent_date"], r["answer_date"]) == (230, "2009-05-13", "2009-06-02")
    assert (r["ministry"], r["journal_number"], r["signed_by"]) == ("Videnskabsministeriet", "2009-312-0045",
                                                                    "Helge Sander")


def test_committee_as_asker_and_committee_that_put_the_question() -> None:
    asked = read("question-committee-asker.txt")
    assert asked["asked_by"] == [{"name": "Miljø- og Planlægningsudvalget", "party": None}]
    assert (asked["question_number"], asked["signed_by"]) == (98, "Steen Gade")
    put = read("answer-committee-put-it.txt")
    assert (put["asked_by"], put["persons"]) == ([], [])
    assert (put["question_sent_date"], put["answer_date"], put["journal_number"]) == ("2019-05-07", "2019-05-21",
                                                                                    "1904466")
    assert put["udvalg"] == {"name": "Sundhedsudvalget", "abbrev": None}


def test_party_named_in_full_with_its_abbreviation_is_no_person(tmp_path: Path) -> None:
    text = (LETTERS / "answer-member-named.txt").read_text(encoding="utf-8").replace(
        "som fortsat er dækkende.", "som fortsat er dækkende, hvilket også Liberal Alliance (LA) har fået oplyst.")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_path(path).flat.persons == ["Dennis Flydtkjær"]


def test_member_named_without_party_is_recognised_from_the_reference_tables(tmp_path: Path) -> None:
    # "Dennis Flydtkjær" is a Member in Folketinget's own list (danish.reference.members).
    text = (LETTERS / "answer-member-named.txt").read_text(encoding="utf-8").replace(
        "svaret til Dennis Flydtkjær (DF) på", "svaret til Dennis Flydtkjær på")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    r = extract_path(path).flat
    assert r.persons == ["Dennis Flydtkjær"] and r.parties == ["EL"]


@pytest.mark.parametrize(("name", "signer", "role"), [
    ("answer-glued-minister-role.txt", "Uffe Elbæk", "kulturminister"),
    ("answer-glued-minister-role-2.txt", "Ellen Trane Nørby", "sundhedsminister"),
])
def test_minister_title_glued_to_the_signers_name(name: str, signer: str, role: str) -> None:
    r = read(name)
    assert (r["signed_by"], r["signer_role"], r["persons"]) == (signer, role, [])
    assert r["answer_text"] and r["question_text"] and r["journal_number"]


def test_golden_listing_of_cues_and_attestations() -> None:
    """The table's layouts, cues and attestations as reviewed: a change to the table shows
    here. Regenerate with `python -c "from extract.letter_layouts import listing;
    print(listing(), end='')" > tests/fixtures/letter_layouts.golden.txt` after review."""
    golden = (ROOT / "tests" / "fixtures" / "letter_layouts.golden.txt").read_text(encoding="utf-8")
    assert listing() == golden


def test_title_under_the_signers_name_is_no_addressee(tmp_path: Path) -> None:
    text = (LETTERS / "answer-title-heading.txt").read_text(encoding="utf-8").replace(
        "KIRKEMINISTEREN\nBertel Haarder\n", "Med venlig hilsen\nBertel Haarder\nKirkeministeren\n")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    r = extract_path(path).flat
    assert (r.signed_by, r.addressee) == ("Bertel Haarder", None)
