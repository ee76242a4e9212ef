"""People named with their role (extract/person_roles.py `roled_persons`): a title before the name,
an apposition after it, a title and organisation before it, a signature. Officials' titles
are a table (extract/data/person_titles.tsv), each attested twice; ministers' titles come
from the ODA table."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from extract.letters import ROLE_RE
from extract.people import named_persons
from extract.person_roles import roled_persons
from extract.person_titles import official_titles, titles
from knowledge.pipeline import extract_path
from tests.attestation import attesting_text

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "extract" / "data" / "person_titles.tsv"

# Realistic samples in the genres the titles stand in (press releases, letters, articles).
DIRECTOR_SAMPLE = ("Antallet af langtidsledige er det laveste i ti år, oplyser direktør i STAR, "
                   "Mads Kristian Ørnholt, der glæder sig over udviklingen.")
CONSULTANT_SAMPLE = ("Har I spørgsmål til opgørelsen, er I velkomne til at kontakte Søren Hansen, "
                     "chefkonsulent, på tlf. 7221 7400.")
CHEF_SAMPLE = ("- Vi har fået flere i job, siger kontorchef Lene Bech, der er formand for netværket "
               "af jobcenterchefer i Region Midtjylland.")
PROFESSOR_SAMPLE = "Analysen er lavet af Per Kongshøj Madsen, professor ved Aalborg Universitet."
CHAIR_SAMPLE = ("- Kommunerne skal have frihed til at tilrettelægge indsatsen, siger Jacob Bundsgaard, "
                "der er formand for KL.")
MAYOR_SAMPLE = ("Byrådet vedtog planen med 25 stemmer for. - Det er en vigtig dag for byen, siger borgmester "
                "Anders Kristensen (V), mens rådmand Birgit Jensen (S) kalder planen for et kompromis.")
MAYOR_LETTER_SAMPLE = ("Kommunen har modtaget ministerens brev. Brevet er sendt til borgmester Lone Frederiksen, "
                       "der har bedt forvaltningen om en redegørelse.")
ALDERMAN_SAMPLE = "Sagen behandles i udvalget, oplyser rådmand for Sociale Forhold og Beskæftigelse, Kasper Lind."
SPOKESPERSON_SAMPLE = ("Venstres beskæftigelsesordfører Hans Andersen (V) vil have reglen afskaffet, "
                       "skriver han i et indlæg.")
SPOKESPERSON_LIST_SAMPLE = ("Både socialordfører Maria Holm (SF) og Lars Poulsen, seniorøkonom i Arbejderbevægelsens "
                            "Erhvervsråd, kritiserer forslaget.")
ECONOMIST_SAMPLE = "Reformen øger beskæftigelsen, vurderer Mads Lundby Hansen, cheføkonom i CEPOS."
DOCTOR_SAMPLE = ("Flere patienter venter for længe, siger overlæge Poul Videbech, der leder den "
                 "psykiatriske forskningsenhed.")
DOCTOR_ANSWER_SAMPLE = ("Sundhedsstyrelsen har forelagt sagen for Mette Kjær, overlæge ved Aarhus Universitetshospital, "
                        "som vurderer, at ordningen virker efter hensigten.")
# A committee item naming the official who attends it, the name broken at the line's end.
COORDINATOR_SAMPLE = ("Til udvalgets møde deltager projektkoordinator Hanne\nMarie Holm fra Center for Sundhed under "
                      "behandlingen af punktet.")
UNION_SAMPLE = "Ordningen bør gøres permanent, mener Camilla Hansen, formand for Dansk Socialrådgiverforening."


def _rows() -> list[dict[str, str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_the_table_lists_the_titles() -> None:
    """The one title table (persons in letters, roled persons, the signer's role line)."""
    assert [(r["title"], r["kind"]) for r in _rows()] == [
        ("direktør", "official"), ("konsulent", "official"), ("chef", "official"), ("professor", "official"),
        ("formand", "official"), ("borgmester", "official"), ("rådmand", "official"), ("ordfører", "official"),
        ("økonom", "official"), ("læge", "official"), ("koordinator", "official"), ("biskop", "official"),
        ("minister", "minister")]
    assert official_titles() == ("direktør", "konsulent", "chef", "professor", "formand", "borgmester",
                                 "rådmand", "ordfører", "økonom", "læge", "koordinator", "biskop")
    assert titles() == (*official_titles(), "minister")
    assert all(r["example"] and r["kind"] in ("official", "minister") for r in _rows())


def test_every_reader_uses_the_table() -> None:
    # the signer's role line (extract/letters.py ROLE_RE) and persons in letters (people._TITLED)
    for role in ("specialkonsulent", "kontorchef", "næstformand", "fg. formand", "overlæge", "beskæftigelsesminister",
                 "minister for ligestilling", "udlændinge-, integrations- og boligminister"):
        assert ROLE_RE.fullmatch(role), role
    assert not ROLE_RE.fullmatch("lektor")  # no row: no role
    assert [h.value for h in named_persons("Det oplyser overlæge Poul Videbech og seniorøkonom Lars Poulsen.")] == [
        "Poul Videbech", "Lars Poulsen"]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["title"])
def test_each_title_is_attested_twice(row: dict[str, str]) -> None:
    sources = row["attested_by"].split(";")
    assert len(set(sources)) >= 2
    title = re.compile(rf"[a-zæøå-]*{row['title']}", re.I)
    for source in sources:
        text = attesting_text(source)
        assert any(p.role and title.search(p.role) for p in roled_persons(text)), source


@pytest.mark.parametrize(("text", "expected"), [
    (DIRECTOR_SAMPLE, [("Mads Kristian Ørnholt", "direktør i STAR")]),
    (CONSULTANT_SAMPLE, [("Søren Hansen", "chefkonsulent")]),
    (CHEF_SAMPLE, [("Lene Bech", "kontorchef")]),
    (PROFESSOR_SAMPLE, [("Per Kongshøj Madsen", "professor ved Aalborg Universitet")]),
    (CHAIR_SAMPLE, [("Jacob Bundsgaard", "formand for KL")]),
    (UNION_SAMPLE, [("Camilla Hansen", "formand for Dansk Socialrådgiverforening")]),
    (MAYOR_SAMPLE, [("Anders Kristensen", "borgmester (V)"), ("Birgit Jensen", "rådmand (S)")]),
    (MAYOR_LETTER_SAMPLE, [("Lone Frederiksen", "borgmester")]),
    (ALDERMAN_SAMPLE, [("Kasper Lind", "rådmand for Sociale Forhold og Beskæftigelse")]),
    (SPOKESPERSON_SAMPLE, [("Hans Andersen", "beskæftigelsesordfører (V)")]),
    (SPOKESPERSON_LIST_SAMPLE, [("Maria Holm", "socialordfører (SF)"),
                                ("Lars Poulsen", "seniorøkonom i Arbejderbevægelsens Erhvervsråd")]),
    (ECONOMIST_SAMPLE, [("Mads Lundby Hansen", "cheføkonom i CEPOS")]),
    (DOCTOR_SAMPLE, [("Poul Videbech", "overlæge")]),
    (DOCTOR_ANSWER_SAMPLE, [("Mette Kjær", "overlæge ved Aarhus Universitetshospital")]),
    # ministers' titles from the ODA table, a party printed after the name goes with the role
    ("Det oplyser beskæftigelsesminister Ane Halsboe-Jørgensen (S) i et svar til udvalget.",
     [("Ane Halsboe-Jørgensen", "beskæftigelsesminister (S)")]),
    # a name in the genitive before a noun
    ("Se Undervisningsminister Merete Riisagers udmelding om de nationale mål.",
     [("Merete Riisager", "undervisningsminister")]),
    # a member of the Folketing (ODA Aktør) named with the party; a title before the name wins
    ("Forslaget blev kritiseret af Finn Sørensen (EL) under debatten.",
     [("Finn Sørensen", "folketingsmedlem (EL)")]),
    ("Det siger beskæftigelsesminister Troels Lund Poulsen (V) til avisen.",
     [("Troels Lund Poulsen", "beskæftigelsesminister (V)")]),
    # the member role is the table's guess: a namesake in a byråd keeps the role the document gives
    # (an apposition after the party, corpus/municipal s7_08; an attendance list, s10_08)
    ("Forslaget blev stillet af Finn Sørensen (EL), byrådsmedlem og gruppeformand.", [("Finn Sørensen", None)]),
    ("Åbent referat\n\nTilstede\nLolan Ottesen (A) - formand\nGrethe Larsen (A) - næstformand\nBirte Kramhøft (F)\n"
     "Finn Sørensen (V)\nPer Mortensen (A)\n\nAfbud/Fraværende\n",
     [("Lolan Ottesen", "formand (A)"), ("Grethe Larsen", "næstformand (A)"), ("Birte Kramhøft", "medlem (F)"),
      ("Finn Sørensen", "medlem (V)"), ("Per Mortensen", "medlem (A)")]),
    # a surname that is also a given name: a person of the ODA table is a person all the same; two given
    # names are not ("Anne Marie")
    ("Sagen blev forelagt af Thyra Frank og Anne Marie i går.", [("Thyra Frank", None)]),
    # a name with a party that is no member of the ODA table gets no member role (it is a
    # person of the prose all the same: extract/prose_names.py _prose_names)
    ("Forslaget blev kritiseret af Jens Jensen (EL) under debatten.", [("Jens Jensen", None)]),
    # a signature: name, title, organisation
    ("Med venlig hilsen\n\nAnne Larsen\nKontorchef\nStyrelsen for Arbejdsmarked og Rekruttering\n",
     [("Anne Larsen", "kontorchef, Styrelsen for Arbejdsmarked og Rekruttering")]),
    # a title before an institution's name names no person
    ("Sagen er sendt til chef Jobcenter Aarhus og til direktør Danmarks Statistik.", []),
    # institutions opened by an article are no people; a name in plain prose has no role
    ("Det oplyser Det Kongelige Teater. Henrik Jensen var ikke til stede.", [("Henrik Jensen", None)]),
])
def test_roles_in_samples(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in roled_persons(text)] == expected


@pytest.mark.parametrize(("folder", "stem", "expected"), [
    ("star", "d03_star_ber_maal_2018", [{"name": "Troels Lund Poulsen", "role": "beskæftigelsesminister"}]),
    ("policy", "p04_kd_225_timers_reglen_suspension_2020",
     [{"name": "Peter Hummelgaard", "role": "beskæftigelsesminister (S)"}]),
    ("policy", "p25_denoffentlige_sociale_2020_maal_2013",
     [{"name": "Freja Eriksen", "role": "skribent (byline)"},
      {"name": "Annette Vilhelmsen", "role": "social-, børne- og integrationsminister"}]),
    ("policy", "p30_berlingske_frikommuner_blandede_jobresultater",
     [{"name": "Jacob Nielsen Arendt", "role": "professor i KORA"},
      {"name": "Peter Sidelmann", "role": "jobcenterchef"}]),
    ("seeds", "004_66c79f67e679d369",
     [{"name": "Pia Damgaard", "role": "specialkonsulent"},
      {"name": "Morten Binder", "role": "direktør, Styrelsen for Arbejdsmarked og Rekruttering"}]),
])
def test_flat_view_lists_persons_with_roles(corpus: Path, folder: str, stem: str, expected: list[dict]) -> None:
    flat = extract_path(corpus / folder / f"{stem}.txt").flat.model_dump(mode="json")
    assert flat["persons"] == expected


def test_a_minister_signing_under_the_ministry_head_is_its_sender(corpus: Path) -> None:
    # seed 002: "Beskæftigelsesministeren" heads the letter, "Venlig hilsen / Troels Lund Poulsen" closes it
    flat = extract_path(corpus / "seeds" / "002_0a8bf424d9d4d72f.txt").flat.model_dump(mode="json")
    assert {"name": "Troels Lund Poulsen", "role": "beskæftigelsesminister, afsender"} in flat["persons"]


def test_a_byline_next_to_the_date_stamp_is_the_writer() -> None:
    # as test_genre_markers.TIMESTAMP_SAMPLE: a regional news site's head
    sample = ("Jobcentret får ny leder\n\nLokalt\n\n03.05.2021 kl. 10:12\n\nMette Holm\n\n"
              "Kommunens jobcenter får pr. 1. juni en ny chef, oplyser kommunen.\n")
    assert [(p.name, p.role) for p in roled_persons(sample)] == [("Mette Holm", "skribent (byline)")]
    # a name on a line of its own away from any date (a signature block, a caption) is no byline
    # (a person named, with no role)
    assert [(p.name, p.role) for p in roled_persons("Nyt tilskud\n\nFra 1. januar kan virksomheder søge.\n\nMette Holm\n")] \
        == [("Mette Holm", None)]


# A network's invitation signed by three people, each over the lines of an office (as corpus/municipal f08).
COSIGNED_SAMPLE = ("Vi glæder os til at se jer.\n\nMed venlig hilsen\n\n"
                   "Hanne Skov\nBorgmester Vejle,\nFormand for Business Region\n\n"
                   "Ole Riis,\nByrådsmedlem\nKolding\n\n"
                   "Tina Mørk\nDirektør\nTrekantområdets Brandvæsen\n")


def test_a_letter_signed_by_several_gives_each_signer_and_role(corpus: Path) -> None:
    flat = extract_path(corpus / "municipal" / "f08_kkr_hovedstaden_invitation.txt").flat.model_dump(mode="json")
    member = "medlem af Sundhedskoordinationsudvalget"
    assert flat["persons"] == [
        {"name": "Jørgen Glenthøj", "role": f"borgmester Frederiksberg, {member}"},
        {"name": "Birgit Roswall", "role": f"kommunalbestyrelsesmedlem Gribskov, {member}"},
        {"name": "Steen Christiansen", "role": "formand for KKR Hovedstaden"},
        {"name": "Ninna Thomsen", "role": f"sundheds- og omsorgsborgmester København, {member}"},
        {"name": "Thomas Lykke Pedersen", "role": f"borgmester Fredensborg, {member}"},
        {"name": "Ib Terp", "role": f"borgmester Brøndby, {member}"}]
    assert [(p.name, p.role) for p in roled_persons(COSIGNED_SAMPLE)] == [
        ("Hanne Skov", "borgmester Vejle, formand for Business Region"),
        ("Ole Riis", "byrådsmedlem Kolding"),
        ("Tina Mørk", "direktør Trekantområdets Brandvæsen")]


@pytest.mark.parametrize("text", [
    # a signer with no office under the name, then a company's address: no role, no second person
    "Med venlig hilsen\n\nKaren Dahl\n\nJobcenter Vejle\nDæmningen 11\n",
    # the lines under the greeting are an address, not a signer
    "Med venlig hilsen\n\nSundhed og Omsorg\nRådhuspladsen 2\n8000 Aarhus C\n",
])
def test_lines_under_a_greeting_without_an_office_give_no_role(text: str) -> None:
    assert all(p.role is None for p in roled_persons(text))


@pytest.mark.parametrize(("short", "full", "same"), [
    ("Maja Føns", "Maja Maria Føns", True),  # a middle name left out (corpus/municipal f13)
    ("Flemming Hansen", "Niels Flemming Hansen", True),  # a first name lost to a line break
    ("Jonas Høj Jensen", "Jonas Høj Jensen", True),
    ("Jensen", "Jonas Høj Jensen", False),  # one word is no name of its own
    ("Maja Hansen", "Maja Maria Føns", False),  # another last name
    ("Maria Maja Føns", "Maja Maria Føns", False),  # another order
])
def test_a_shorter_form_of_a_name_is_the_same_person(short: str, full: str, same: bool) -> None:
    from extract.person_roles import same_person

    assert same_person(short, full) is same


@pytest.mark.parametrize(("short", "full", "leading"), [
    ("David Rechnagel", "David Rechnagel udsen", True),  # the surname printed in lower case (corpus/municipal s7_11)
    ("David Rechnagel", "David Rechnagel Udsen", True),
    ("Niels Gustav", "Niels Gustav Westphal Serup", True),
    ("David Rechnagel Udsen", "David Rechnagel Udsen", False),  # the name itself, not a shorter form
    ("David", "David Rechnagel Udsen", False),  # one word is no name of its own
    ("Maja Føns", "Maja Maria Føns", False),  # a middle name left out: `same_person`'s form, not a leading one
    ("david rechnagel", "David Rechnagel Udsen", False),  # compared as printed
])
def test_the_leading_words_of_a_name_are_a_shorter_form(short: str, full: str, leading: bool) -> None:
    from extract.person_roles import leading_form

    assert leading_form(short, full) is leading


# -- people listed by name (extract/data/person_lists.tsv), absent from an item, or signing a
# proposal without a greeting; names open with a Danish given name (extract/given_names.py)

# A project description's letter head and its organisation, as a kommune's projektbeskrivelser
# print them (the layout of corpus/municipal s03).
PROJECT_ORGANISATION_SAMPLE = """Projektbeskrivelse
for
ny daginstitution i Skovlunde

Projektleder: Karen Holm Nielsen
Afdeling: Center for Børn og Unge
Telefon: 44 77 20 00

Organisering af projektet
Projektejer
Anders Bech

Styregruppe
Anders Bech
Mette Sørensen
Karen Holm Nielsen

Projektgruppe
Ole Lund, Dagtilbud
Åben hal
"""
# A working group's minutes: who took part, who sent word.
WORKING_GROUP_SAMPLE = """Referat af møde i arbejdsgruppen om hjemmepleje

Arbejdsgruppen
Susanne Dahl, Center for Ældre
Henrik Bøgh, Visitationen

Deltagere:
Susanne Dahl
Henrik Bøgh

Afbud:
Lone Kruse

1. Godkendelse af dagsorden
"""
# A network's meeting notes: a participants' list with places, and one absent.
NETWORK_MEETING_SAMPLE = """Netværksmøde for sundhedskoordinatorer, 3. marts 2015

Deltagere:
Hanne Lund, Center for Sundhed
Peter Winther, Sundhedshuset
Vestegnens Sundhedsnetværk

Fraværende:
Ole Berg
"""


@pytest.mark.parametrize(("text", "expected"), [
    (PROJECT_ORGANISATION_SAMPLE, [("Karen Holm Nielsen", "projektleder"), ("Anders Bech", "projektejer"),
                                   ("Mette Sørensen", None), ("Ole Lund", None)]),
    (WORKING_GROUP_SAMPLE, [("Susanne Dahl", None), ("Henrik Bøgh", None), ("Lone Kruse", None)]),
    # the list ends at a line that names no person ("Vestegnens Sundhedsnetværk")
    (NETWORK_MEETING_SAMPLE, [("Hanne Lund", None), ("Peter Winther", None), ("Ole Berg", None)]),
])
def test_people_listed_under_a_heading(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in roled_persons(text)] == expected


def test_a_project_descriptions_staff_list(corpus: Path) -> None:
    # corpus/municipal s03: its letter head, its owner, its leader, its two groups; every person once
    people = roled_persons((corpus / "municipal" / "s03_ballerup_solvej6.txt").read_text(encoding="utf-8"))
    assert [(p.name, p.role) for p in people] == [
        ("Birgit Elleby Jørgensen", "projektleder"), ("Frank Jakobsen", "projektejer"), ("Jens Overgaard", None),
        ("Lars Wildt", None), ("Bjarke Huus", None), ("René Johansen", None), ("Robert Lorentzen", None),
        ("Tina Lose Jensen", None), ("Jesper Gram Simonsen", None), ("Tina Eckhaus", None),
        ("Tom Gerner Jensen", None)]


@pytest.mark.parametrize("text", [
    # units, places and institutions under the same headings are no persons
    "Interessenter\nC-SSB\nParkhuset\n",
    "Styregruppe\nCenter for Ejendomme\nÅben Hal\nEgebjergskolen\n",
    "Deltagere:\nBallerup Kommune\nFuresø Kommune\n",
    # a name after the list has ended (a blank line, then a paragraph) is no member
    "Styregruppe\n\nStyregruppen mødes hver måned. Jens Hansen er formand.\n",
    # a heading inside a sentence is no heading
    "Vi sender referatet til styregruppe og projektgruppe.\nFrank Jakobsen\n",
])
def test_lists_that_name_no_person(text: str) -> None:
    # the list reader's own verdict: a name in a sentence after the list is the prose reader's
    from extract.listed_people import person_lists

    assert person_lists(text) == [], text


def _list_rows() -> list[dict[str, str]]:
    from danish._data import table_rows

    return list(table_rows("extract", "data", "person_lists.tsv", delimiter="\t"))


@pytest.mark.parametrize("row", _list_rows(), ids=lambda r: r["heading"][:20])
def test_each_list_heading_is_attested_twice(row: dict[str, str]) -> None:
    sources = row["attested_by"].split(";")
    assert len(set(sources)) >= 2
    heading = re.compile(rf"^[ \t]*(?:{row['heading']})[ \t]*:?", re.M)
    for source in sources:
        text = attesting_text(source)
        people = roled_persons(text)
        listed = [m.end() for m in heading.finditer(text)]
        # a person is named on the heading's line or on the lines right under it, with the row's role
        assert any(0 <= p.start - end <= 40 and p.role == (row["role"] or None) for p in people for end in listed), source


# Minutes record members absent from an item (the sentence of corpus/municipal s06).
ABSENCE_SAMPLE = """Beslutning
Indstillingen blev vedtaget.
Pia Holm (V) deltog ikke i behandlingen af punktet.
Kurt Ravn var inhabil og deltog ikke i behandlingen.
Socialdemokratiet deltog ikke i afstemningen.
"""


def test_members_absent_from_an_item(corpus: Path) -> None:
    assert [(p.name, p.role) for p in roled_persons(ABSENCE_SAMPLE)] == [("Pia Holm", None), ("Kurt Ravn", None)]
    text = (corpus / "municipal" / "s06_aarhus_klimaregnskab.txt").read_text(encoding="utf-8")
    assert [(p.name, p.role) for p in roled_persons(text)] == [("Jesper Kjeldsen", None)]


# A member's proposal to the council, signed without a greeting (the layout of corpus/municipal s07).
SIGNED_PROPOSAL_SAMPLE = """Forslag fra Venstre om flere p-pladser ved stationen
Byrådet bedes pålægge administrationen at undersøge mulighederne for flere p-pladser.
Mette Kjær
Rådmand, Venstre
INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ
"""


def test_a_proposal_signed_without_a_greeting(corpus: Path) -> None:
    assert [(p.name, p.role) for p in roled_persons(SIGNED_PROPOSAL_SAMPLE)] == [("Mette Kjær", "rådmand, Venstre")]
    text = (corpus / "municipal" / "s07_aarhus_havnens_perle.txt").read_text(encoding="utf-8")
    assert [(p.name, p.role) for p in roled_persons(text)] == [
        ("Jakob Søgaard Clausen", "byrådsmedlem, Danmarksdemokraterne")]


@pytest.mark.parametrize("text", [
    # a heading over a line that is no office ("Baggrund" is no title)
    "Vi foreslår dette.\nHans Jensen\nBaggrund, formål og mål\n",
    # a place over an office word is no name (no given name)
    "Sagen er afgjort.\nAarhus Havn\nBorgmester, Aarhus\n",
])
def test_name_lines_that_sign_nothing(text: str) -> None:
    assert roled_persons(text) == []


def test_the_given_names_table() -> None:
    from extract.given_names import given_names, is_given_name, opens_with_given_name

    assert len(given_names()) > 600
    assert all(is_given_name(n) for n in ("Birgit", "Frank", "Jesper", "Tina", "René", "Hans-Christian"))
    # function words, units and ODA's system users are no given names
    assert not any(is_given_name(w) for w in ("Den", "Det", "Center", "Parkhuset", "Medcentr", "Systemadministrator"))
    assert opens_with_given_name("Tina Lose Jensen") and not opens_with_given_name("Tina")


@pytest.mark.parametrize(("text", "expected"), [
    (COORDINATOR_SAMPLE, [("Hanne Marie Holm", "projektkoordinator")]),
    # a title and a given name at a line's end, a sentence on the next line: no surname
    ("Mødet blev ledet af borgmester Jens\nDet blev besluttet at udsætte sagen.", []),
    # a word that is no given name before the break is no person's
    ("Sagen forelægges direktør Center\nFor Ejendomme til orientering.", []),
])
def test_a_name_broken_after_its_given_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in roled_persons(text)] == expected


def test_the_coordinator_of_s04(corpus: Path) -> None:
    text = (corpus / "municipal" / "s04_ballerup_bygningsvedligehold.txt").read_text(encoding="utf-8")
    assert [(p.name, p.role) for p in roled_persons(text)] == [("Birgit Elleby Jørgensen", "koordinator")]


# Places and institutions named after people, in the layouts the person readers read.
NAMED_AFTER_PEOPLE_SAMPLES = (
    "Deltagere:\nHanne Lund, Center for Sundhed\nNiels Steensens Gymnasium\n",
    "Projektgruppe\nPeter Bangs Vej\nJens Baggesens Vej\n",
    "Mødet holdes hos direktør Sankt Annæ Plads i København.",
    "Kontakt: Frederik Bajers Skole\n",
)


@pytest.mark.parametrize("text", NAMED_AFTER_PEOPLE_SAMPLES)
def test_streets_and_institutions_named_after_people_are_no_persons(text: str) -> None:
    assert [p.name for p in roled_persons(text)] in ([], ["Hanne Lund"]), text


def test_gade_alone_is_a_surname() -> None:
    assert [p.name for p in roled_persons("Styregruppe\nSteen Gade\nJens Nørregade\n")] == ["Steen Gade"]


def test_the_given_names_cleaning_rules() -> None:
    from extract.given_names import given_name_counts

    counts = given_name_counts(["Frank Aaen", "Frank Jensen", "Hans-Christian Schmidt", "Lise von Seelen",
                                "Jens-Peter Bonde (JBMU)", "H.C. Hansen", "Den centrale indlevering (CI)",
                                "Sekretariatsbruger test", "Medcentr Medcentr", "SI360 Service Account", "Anne"])
    assert dict(counts) == {"Frank": 2, "Hans-Christian": 1, "Hans": 1, "Christian": 1, "Lise": 1,
                            "Jens-Peter": 1, "Jens": 1, "Peter": 1}


# A general meeting's attendance list as a Word list (bullet marks, as DIKUrevyen's minutes print it,
# corpus/municipal s7_11): most names open with a given name Folketing's members bear, so the list is
# of people, and its names with other given names ("Maya", "Oskar", "Arinbjörn") are people too; a
# body in the list (a genitive before a noun, an institution's head noun) is not.
BULLETED_ATTENDANCE_SAMPLE = """Referat af ordinær generalforsamling 2019
Til stede
• Kasper Holm
• Maya Lindberg
• Jens Pedersen
• Arinbjörn Jónsson
• Lise Mortensen
• Peter Dahl
• Oskar Friis
• Foreningens Bestyrelse
• Anne Kristensen
• Morten Bak
• Hanne Juul
• Søren Lund

Valg af dirigent
"""

# Given names neither Folketinget's members nor danish/data/given_names_da.csv bear ("Tor",
# "Arinbjörn": DIKUrevyen's attendance list, corpus/municipal s7_11).
SHORT_MIXED_LIST_SAMPLE = """Til stede
• Tor Lindberg
• Arinbjörn Friis
• Jens Pedersen
"""


def test_a_bulleted_attendance_list_of_people_names_them_all() -> None:
    from extract.listed_people import person_lists
    assert [p.name for p in person_lists(BULLETED_ATTENDANCE_SAMPLE)] == [
        "Kasper Holm", "Maya Lindberg", "Jens Pedersen", "Arinbjörn Jónsson", "Lise Mortensen", "Peter Dahl",
        "Oskar Friis", "Anne Kristensen", "Morten Bak", "Hanne Juul", "Søren Lund"]


def test_a_list_mostly_of_unknown_given_names_keeps_only_known_ones() -> None:
    """One known given name in three is no proof of a list of people: the list ends at the first
    name whose given name is unknown, as before."""
    from extract.listed_people import person_lists
    assert [p.name for p in person_lists(SHORT_MIXED_LIST_SAMPLE)] == []
