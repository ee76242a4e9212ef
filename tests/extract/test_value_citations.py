"""Every value a record shows is cited where the text prints it, or names the basis it rests on (extract/records.py
`Basis`): a kommune's code and region (the kommune register), an indicator's measure, reference period and list
number (the words that say them; a goal that states no metric: the labelling convention), the organisations a
document names, a Folketing letter's answer kind and its keys (ft.dk's file number and addresses)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.document import Document
from extract.indicators.printed_measure import measure_at, period_unit_at
from extract.parsers.kommuner import scan
from extract.records import Answer, Basis, DocumentInfo, IndicatorDefinition, Question
from knowledge.pipeline import extract_path

ROOT = Path(__file__).resolve().parents[2]


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _printed(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


def test_a_kommunes_code_and_region_rest_on_the_kommune_register() -> None:
    # p28: the names are printed, their codes and regions are not
    text = ("Samtlige øvrige kommuner, herunder landets største byer som Aarhus, Aalborg, Odense og Esbjerg, "
            "indgår i forsøget med udvidet ansvar til a-kasserne.")
    rows = scan(_doc(text)).rows
    aarhus, esbjerg = rows["0751"], rows["0561"]
    assert (aarhus.region, aarhus.inferred) == ("Region Midtjylland", {
        "code": Basis(kind="kommune_register", source="Aarhus (0751), Region Midtjylland"),
        "region": Basis(kind="kommune_register", source="Aarhus (0751), Region Midtjylland")})
    assert esbjerg.inferred["region"].danish == (
        "kommuneregistret (danish/data/kommuner.csv, Danmarks Statistik): Esbjerg (0561), Region Syddanmark")
    # the name the register is read by is cited where it stands; the region has no span of its own
    span = aarhus.provenance["name"]
    assert (text[span.start:span.end], "region" in aarhus.provenance) == ("Aarhus", False)


@pytest.mark.parametrize(("measure", "text", "printed"), [
    # f02/s6_01: a kvalitetsstandard's yearly count
    ("count", "Årlig opgørelse over antal borgere, der har modtaget råd og vejledning.", "antal"),
    # s7_13/s9_10: a time limit is a duration
    ("duration", "At alkoholbehandling iværksættes inden for lovkrav om 14 dages frist.",
     "inden for lovkrav om 14 dages"),
    # p01: a length, a degree
    ("duration", "Længde af ledighedsperioder", "Længde af"),
    ("share", "Selvforsørgelsesgraden 26 uger efter afslutningen af et aktiveringsforløb", "Selvforsørgelsesgraden"),
    # s6_05: a percent of a population
    ("share", "Vi har som mål, at 95 procent af alle unge skal gennemføre en ungdomsuddannelse.", "procent"),
    # s6_04: a count target
    ("count", "Større samspil med andre i regionen (minimum 10 konkrete partnerskaber)", "minimum 10 konkrete"),
    # nothing says it: a change's percent is no share, an aim names no metric
    ("share", "Større aktivitetsniveau i kulturlivet - deltagelse af borgere i kulturlivet stiger 20-25%", None),
    ("other", "Effekt i forhold til regionerne – aflastning af sygehusene", None),
    ("count", "Effekt i forhold til regionerne – aflastning af sygehusene", None),
])
def test_the_words_a_measure_is_read_from(measure: str, text: str, printed: str | None) -> None:
    assert _printed(text, measure_at(measure, text)) == printed


@pytest.mark.parametrize(("unit", "text", "printed"), [
    ("år", "Årlig opgørelse over antal forløb, hvor rådgiverne medvirker.", "Årlig opgørelse"),
    ("år", "Flere elever skal hvert år opnå de højeste resultater i dansk og matematik.", "hvert år"),
    ("måned", "En måling af aktiveringsgrad i de seneste 1, 3, 6, 9 eller 12 måneder af ydelsesforløbet",
     "seneste 1, 3, 6, 9 eller 12 måneder"),
    # an update frequency is no reference period (star README)
    ("måned", "Tallene opdateres månedligt på jobindsats.dk.", None),
    ("år", "Løbende registrering af antal brugere der benytter værestedet.", None),
])
def test_the_words_a_reference_period_is_read_from(unit: str, text: str, printed: str | None) -> None:
    assert _printed(text, period_unit_at(unit, text)) == printed


def _indicators(path: str) -> tuple[str, list[IndicatorDefinition]]:
    ex = extract_path(ROOT / "corpus" / path)
    return ex.document.text, [r for r in ex.records if isinstance(r, IndicatorDefinition)]


def _cited(text: str, r: IndicatorDefinition, field: str) -> str | None:
    span = r.provenance.get(field)
    return text[span.start:span.end] if span else None


def test_an_indicators_measure_period_and_number_are_cited_where_printed() -> None:
    text, found = _indicators("policy/p01_lo_jobcenterindeks_indikatorer_2013.txt")
    third = next(r for r in found if r.title == "Længde af ledighedsperioder")
    assert (third.number, _cited(text, third, "number"), third.measure, _cited(text, third, "measure")) == (
        3, "3", "duration", "Længde af")
    text, found = _indicators("municipal/f02_ballerup_kvalitetsstandard_rusmiddel.txt")
    yearly = next(r for r in found if r.title.startswith("Årlig opgørelse over antal borgere"))
    assert (_cited(text, yearly, "measure"), _cited(text, yearly, "period_unit"), yearly.inferred.get("measure")) == (
        "antal", "Årlig opgørelse", None)


def test_a_goal_that_states_no_metric_rests_on_the_labelling_convention() -> None:
    text, found = _indicators("star/d03_star_ber_maal_2018.txt")
    goal = next(r for r in found if r.title.startswith("Virksomhederne skal sikres"))
    assert (goal.measure, "measure" in goal.provenance, goal.inferred["measure"]) == (
        "other", False, Basis(kind="unstated_metric", source="tests/fixtures/gold/star/README.md"))
    assert goal.inferred["measure"].danish == (
        "ingen målemetode trykt, derfor 'andet' efter mærkningskonventionen (tests/fixtures/gold/star/README.md)")


@pytest.mark.parametrize("path", ["star/d03_star_ber_maal_2018.txt",
                                  "policy/p18_bm_tre_evalueringer_sygedagpengereformen_2017.txt",
                                  "municipal/f02_ballerup_kvalitetsstandard_rusmiddel.txt",
                                  "municipal/s03_ballerup_solvej6.txt"])
def test_each_organisation_is_cited_where_the_text_prints_it_in_the_form_kept(path: str) -> None:
    ex = extract_path(ROOT / "corpus" / path)
    info = next(r for r in ex.records if isinstance(r, DocumentInfo))
    printed = [" ".join(ex.document.text[s.start:s.end].split())
               for s in (info.provenance[f"organisations[{k}]"] for k in range(len(info.organisations)))]
    assert printed == list(info.organisations) and printed


def test_d03_names_the_employment_council_in_full() -> None:
    ex = extract_path(ROOT / "corpus" / "star" / "d03_star_ber_maal_2018.txt")
    info = next(r for r in ex.records if isinstance(r, DocumentInfo))
    span = info.provenance["organisations[0]"]
    assert (info.organisations[0], ex.document.text[span.start:span.end]) == (
        "Beskæftigelsesrådet", "Beskæftigelsesrådet")


def test_a_folketing_letters_answer_kind_is_cited_and_its_keys_name_their_basis() -> None:
    ex = extract_path(ROOT / "corpus" / "ft_qa" / "beu-2012-13-l53-spm22-svar.txt")
    answer = next(r for r in ex.records if isinstance(r, Answer))
    span = answer.provenance["answer_kind"]
    assert (answer.answer_kind, ex.document.text[span.start:span.end]) == ("endeligt", "Endeligt")
    letter = "Beskæftigelsesudvalget 2012-13, L 53, spm. 22"
    assert answer.inferred == {"ftdk_document_id": Basis(kind="page_images", source="1187188_0001.png"),
                               "ftdk_url_key": Basis(kind="ftdk_address", source=letter),
                               "question_link": Basis(kind="letter_key", source=letter)}
    assert answer.inferred["ftdk_url_key"].danish == f"ft.dk's adresseskema for spørgsmålet {letter}"


def test_an_index_pages_case_kind_is_cited_as_printed() -> None:
    ex = extract_path(ROOT / "corpus" / "ft_qa" / "mpu-2004-05-spm261-other.txt")
    question = next(r for r in ex.records if isinstance(r, Question))
    span = question.provenance["case_kind"]
    assert (question.case_kind, ex.document.text[span.start:span.end]) == ("alm. del", "alm. del")


MEMBERS = ("Tilstede\nLolan Ottesen (A) - formand\nGrethe Larsen (A) - næstformand\nBirte Kramhøft (F)\n"
           "Doris Børger (A)\n")  # s10_08: a committee's attendance list


@pytest.mark.parametrize(("text", "name", "role", "printed", "worded"), [
    # p04: a minister's title before the name, the party after it
    ("siger beskæftigelsesminister Peter Hummelgaard (S) til Kristeligt Dagblad.", "Peter Hummelgaard",
     "beskæftigelsesminister (S)", "beskæftigelsesminister Peter Hummelgaard (S)", []),
    # f08: a list entry's title and membership over three lines
    ("Medlem af\nSundhedskoordinationsudvalget\n\nBirgit Roswall,\nKommunalbestyrelsesmedlem\nGribskov, Medlem af\n"
     "Sundhedskoordinationsudvalget\n\nSteen Christiansen", "Birgit Roswall",
     "kommunalbestyrelsesmedlem Gribskov, medlem af Sundhedskoordinationsudvalget",
     "Kommunalbestyrelsesmedlem\nGribskov, Medlem af\nSundhedskoordinationsudvalget", []),
    # each member's own party, after the own name; "medlem" is the attendance list's word for a member
    (MEMBERS, "Grethe Larsen", "næstformand (A)", "(A) - næstformand", []),
    (MEMBERS, "Birte Kramhøft", "medlem (F)", "(F)", ["medlem"]),
    # p25: a byline's role is all the convention's words
    ("12/09/2013 12:35\nFreja Eriksen\n\nRegeringen har sat ti mål.", "Freja Eriksen", "skribent (byline)", None,
     ["skribent", "(byline)"]),
])
def test_a_persons_role_is_cited_where_printed_and_its_convention_words_named(
        text: str, name: str, role: str, printed: str | None, worded: list[str]) -> None:
    from extract.role_citation import role_printed

    found = role_printed(text, text.index(name), name, role)
    assert found is not None
    span, words = found
    assert (text[span[0]:span[1]] if span else None, words) == (printed, worded)


def test_a_role_with_a_part_neither_printed_nor_the_conventions_is_left_uncited() -> None:
    from extract.role_citation import role_printed

    # seed 002's signature: the minister's title is the letter head's, not printed by the name
    text = "Med venlig hilsen\n\nTroels Lund Poulsen\n"
    assert role_printed(text, text.index("Troels"), "Troels Lund Poulsen", "beskæftigelsesminister, afsender") is None


def test_a_documents_person_roles_are_cited_or_based() -> None:
    ex = extract_path(ROOT / "corpus" / "policy" / "p25_denoffentlige_sociale_2020_maal_2013.txt")
    info = next(r for r in ex.records if isinstance(r, DocumentInfo))
    span = info.provenance["person_roles[Annette Vilhelmsen]"]
    assert ex.document.text[span.start:span.end] == "Social-, børne- og integrationsminister"
    assert info.inferred["person_roles[Freja Eriksen]"] == Basis(kind="role_wording", source="skribent, (byline)")


def test_a_source_and_a_population_a_finder_kept_no_place_of_are_cited_where_printed_or_based() -> None:
    text, found = _indicators("star/d04_bm_benchmark_2018.txt")
    assert _cited(text, found[0], "source") == "Beskæftigelsesministeriets nye benchmarking-liste"
    # d05: a benchmark of a difference takes its first component's population, and its place
    text, found = _indicators("star/d05_bm_maskinen_forventet_ydelsesomfang.txt")
    assert [(r.population, _cited(text, r, "population")) for r in found] == [("kommunens borgere",) * 2] * 3
    # d02: a jobindsats.dk page that never names its site: the page template is the basis of the source too
    text, found = _indicators("star/d02_jobindsats_ministermaal_opkvalificering.txt")
    assert (found[0].source, "source" in found[0].provenance, found[0].inferred["source"]) == (
        "jobindsats.dk", False, Basis(kind="site_template", source="jobindsats.dk"))
