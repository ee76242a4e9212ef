"""Document fields of the genres users bring beyond ministry letters: municipal minutes, memos
(notater), party programmes, newsletters, texts saved from `sporbar text`. Each rule is shown on
the municipal dev texts that attest it (corpus/municipal, gold in tests/fixtures/gold/municipal)
and on realistic samples written for these tests, with samples that must give nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.document_dates import date_from_text
from extract.document_layout import page_texts, running_lines
from extract.load import load
from extract.parsers.policy_document import parse
from extract.parsers.policy_issuer import issuer_of
from extract.parsers.policy_period import period_of
from extract.parsers.policy_reform import reform_of
from extract.parsers.policy_title import title_of
from extract.person_roles import roled_persons
from tests.attestation import attesting_text

ROOT = Path(__file__).resolve().parents[2]


def _doc(text: str):
    from extract.document import Document

    return Document.from_text(text)


def _info(stem: str):
    [info] = parse(load(ROOT / "corpus" / "municipal" / f"{stem}.txt"))
    return info


# Two pages of a kommune's minutes as `sporbar text` prints them: each page repeats the head.
MINUTES_SAMPLE = """--- side 4 ---
Referat
Åbent referat
Dato: 12.03.2015

2. Ny kvalitetsstandard for madservice

Sagsnr.: 2015-4410
Dok.nr.: 2015-88120

Sammendrag
Kvalitetsstandarden for madservice i Faxe Kommune foreslås ændret fra 1. maj 2015.

Sagsfremstilling
Faxe Kommune tilbyder madservice til borgere, der ikke selv kan lave mad.
--- side 5 ---
Referat
Åbent referat
Dato: 12.03.2015

Ældreudvalgets beslutning den 12.03.2015 Punkt 2
Godkendt.
"""


def test_page_lines_of_a_saved_text_split_its_pages() -> None:
    assert [p.splitlines()[0] for p in page_texts(MINUTES_SAMPLE)] == ["--- side 4 ---", "--- side 5 ---"]
    assert {"Referat", "Åbent referat", "Dato: 12.03.2015"} <= running_lines([MINUTES_SAMPLE])
    # one page line, or none, splits nothing
    assert page_texts("--- side 1 ---\nEn side.\n") == ["--- side 1 ---\nEn side.\n"]
    assert running_lines(["Referat\nTekst\n"]) == set()


def test_minutes_saved_as_text() -> None:
    doc = _doc(MINUTES_SAMPLE)
    # a page of minutes names no document title; the meeting's decision dates it
    assert title_of(doc) is None
    # the head every page repeats under the minutes' label ("Referat / Åbent referat / Dato: ...")
    found = date_from_text(MINUTES_SAMPLE, pages=[MINUTES_SAMPLE])
    assert found is not None and (found.value, found.evidence, found.start) == ("2015-03-12", "dato", 43)
    # without it, the committee's decision line
    body = MINUTES_SAMPLE.split("\n", 4)[4]
    found = date_from_text(body, pages=[body])
    assert found is not None and (found.value, found.evidence) == ("2015-03-12", "mødedato")
    issuer = issuer_of(doc)
    assert issuer is not None and issuer.value == "Faxe Kommune"


@pytest.mark.parametrize(("stem", "expected"), [
    # (doc_type, issuer, date, period) as the gold gives them
    ("f01_star_jobindsats_api", ("other", "Styrelsen for Arbejdsmarked og Rekruttering", None, None)),
    ("f03_ballerup_referat_sundhedsudvalg", ("other", "Ballerup Kommune", "2012-12-04", None)),
    ("f05_la_arbejdsprogram_skat", ("other", "Liberal Alliance", None, None)),
    ("f09_syddjurs_kulturkommune_notat", ("other", "Syddjurs Kommune", None, "2017")),
    ("f11_ballerup_aflastning_torvevej_notat", ("report", "Ballerup Kommune", "2012-11-19", None)),
    ("f13_trekantbrand_ejerstrategi", ("news", "TrekantBrand", "2017-01-12", None)),
])
def test_document_fields_of_municipal_texts(stem: str, expected: tuple) -> None:
    info = _info(stem)
    assert (info.doc_type, info.issuer, info.date.isoformat() if info.date else None, info.period) == expected


@pytest.mark.parametrize(("stem", "title"), [
    ("f07_ballerup_rygestop_evaluering", "Evaluering af rygestopkurser"),  # the item without its number
    ("f11_ballerup_aflastning_torvevej_notat",
     "Tilpasning af budget 2 % i 2013 og 3 % i 2014, på aflastningsinstitutionen, Torvevej 31, 2740 Skovlunde"),
    ("f03_ballerup_referat_sundhedsudvalg", None),  # minutes: the committee is named on the cover
    # excerpts from a later page on: their first headings are sections ("1 Python v 3.10", "SKATTEPOLITIK")
    ("f01_star_jobindsats_api", None),
    # a newsletter's label, not the subject of the e-mail that carries it
    ("f13_trekantbrand_ejerstrategi", "Nyhedsbrev nr. 2/2017"),
    ("f05_la_arbejdsprogram_skat", None),
])
def test_titles_of_municipal_texts(stem: str, title: str | None) -> None:
    assert _info(stem).title == title


@pytest.mark.parametrize(("text", "issuer"), [
    # a memo of a kommune's case file names the kommune only in its body, in lower case too
    ("Dato: 2. juni 2016\nDok.nr.: 2016-11873\n\nNotat\n\nBudgetopfølgning\n\n" + "Teksten fortsætter. " * 20
     + "Faxe kommune har overtaget driften. Faxe Kommunes udgifter stiger.", "Faxe Kommune"),
    # a letter head's kommune on a line of its own, named once
    ("Ældre og Sundhed\nFaxe Kommune\nFrederiksgade 9\n4690 Haslev\n\nDato: 2. juni 2016\nSagsnr.: 2016-11873\n\n"
     "Notat\n\nBudgetopfølgning\n\nUdgifterne stiger.", "Faxe Kommune"),
    # named once only
    ("Dato: 2. juni 2016\nDok.nr.: 2016-11873\n\nNotat\n\nBudgetopfølgning\n\n" + "Teksten fortsætter. " * 20
     + "Faxe Kommune har overtaget driften.", None),
    # two kommuner as often as each other: neither is the issuer
    ("Sagsnr.: 2016-4410\n\nSamarbejde\n\n" + "Teksten fortsætter. " * 20
     + "Faxe Kommune og Stevns Kommune deler tilbuddet. Faxe Kommune betaler halvdelen, Stevns Kommune resten.",
     None),
    # a news item about a kommune, far from its head and without a case file, is not the kommune's
    ("Borgmester vil spare\n\n" + "Teksten fortsætter. " * 20
     + "Faxe Kommune skal spare. Faxe Kommune har sendt budgettet i høring.", None),
    # a party's programme leads its demands with the party on a line of its own
    ("Beskæftigelse\n\nFlere skal i arbejde.\n\nSocialdemokratiet vil:\n\n• Styrke jobcentrene\n",
     "Socialdemokratiet"),
    ("Skat\n\nVenstre foreslår:\n• Lavere skat på arbejde\n", "Venstre"),
    # a party quoted in a sentence, or a speaker that is no party, is no issuer
    ("Skat\n\nVenstre mener, at skatten skal ned, siger ordføreren.\n", None),
    ("Skat\n\nBestyrelsen mener:\n• Lavere kontingent\n", None),
    # a newsletter's owner in the genitive; "Kommunens nyhedsbrev" names no one
    ("Kære alle\n\nHermed videresendes Nordfyns Vandforsynings nyhedsbrev nr. 3.\n", "Nordfyns Vandforsyning"),
    ("Læs KL's nyhedsbrev om beskæftigelse her.\n", "KL"),
    ("Kommunens nyhedsbrev udkommer hver måned.\n", None),
    # a text that prints only the addresses of one site of the convention's table
    ("Eksempel\n\nHent data fra https://api.jobindsats.dk/v2/tables/ og se også www.jobindsats.dk/hjaelp.\n",
     "Styrelsen for Arbejdsmarked og Rekruttering"),
    # one address, or an address of another site too, is no site's own text
    ("Eksempel\n\nSe tallene på www.jobindsats.dk.\n", None),
    ("Eksempel\n\nSe www.jobindsats.dk og https://www.dr.dk/nyheder.\n", None),
])
def test_issuer_of_municipal_and_programme_samples(text: str, issuer: str | None) -> None:
    found = issuer_of(_doc(text))
    assert (found.value if found else None) == issuer


def test_a_name_split_by_the_glued_word_repair_is_given_as_printed() -> None:
    info = _info("f13_trekantbrand_ejerstrategi")
    assert info.issuer == "TrekantBrand"
    assert "Liberal Alliance" not in _info("f05_la_arbejdsprogram_skat").organisations  # a party is no organisation
    assert "Ballerup Kommune" not in _info("f03_ballerup_referat_sundhedsudvalg").organisations  # nor a kommune


@pytest.mark.parametrize(("text", "reform"), [
    ("Enhver reform af skattesystemet bør gøre det enklere.", None),
    ("Partiet ønsker ingen reform af efterlønnen og heller ikke nogen reform af dagpengesystemet.", None),
    ("Ingen reform af pensionssystemet kan stå alene.", None),
    ("Med reformen af dagpengesystemet blev genoptjeningen ændret.", "reformen af dagpengesystemet"),
])
def test_no_reform_after_an_indefinite_determiner(text: str, reform: str | None) -> None:
    found = reform_of(_doc(text))
    assert (found.value if found else None) == reform


@pytest.mark.parametrize(("text", "period"), [
    ("Strategi for sundhed\n\nKommunen vil frem mod 2030 halvere antallet af rygere.", "2030"),
    ("Klimaplan\n\nFrem mod år 2025 skal udledningen falde med 70 procent.", "2025"),
    # a year after "mod" without "frem" is no horizon
    ("Ledigheden\n\nLedigheden steg mod slutningen af 2019.", None),
])
def test_a_strategys_horizon_is_its_period(text: str, period: str | None) -> None:
    doc = _doc(text)
    found = period_of(doc, title_of(doc))
    assert (found.value if found else None) == period


@pytest.mark.parametrize(("text", "expected"), [
    ("KULTUR OG FRITID\n\nDato: 3. marts 2014\nKontakt: Hanne Friis\nDok.nr.: 2014-1187\n\nNotat\n",
     [("Hanne Friis", "kontaktperson")]),
    ("Dato: 5. maj 2018\nSagsbehandler: Jens Peter Holm\n\nSvar på henvendelse\n",
     [("Jens Peter Holm", "sagsbehandler")]),
    # a unit, not a person; a sentence, not a letterhead line
    ("Kontakt: Borgerservice\n", []),
    ("Kontakt: Skriv til os, hvis du har spørgsmål.\n", []),
])
def test_a_letterheads_contact_is_named_with_the_label_as_role(text: str, expected: list) -> None:
    assert [(p.name, p.role) for p in roled_persons(text)] == expected


def test_the_contact_of_f11_in_the_flat_view() -> None:
    info = _info("f11_ballerup_aflastning_torvevej_notat")
    assert info.person_roles == {"Lise Porsborg": "kontaktperson"}


def _body_rows() -> list[dict[str, str]]:
    import csv

    table = ROOT / "extract" / "data" / "municipal_bodies.tsv"
    lines = [line for line in table.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.parametrize("row", _body_rows(), ids=lambda r: r["kind"])
def test_each_municipal_body_is_attested_twice(row: dict[str, str]) -> None:
    import re

    pattern = re.compile(row["pattern"])
    assert pattern.search(row["example"])
    sources = row["attested_by"].split(";")
    assert len(set(sources)) >= 2
    for stem in sources:
        assert pattern.search(attesting_text(stem)), stem


def test_a_kommunes_bodies_are_its_documents_organisations() -> None:
    assert _info("f03_ballerup_referat_sundhedsudvalg").organisations == (
        "Kommunalbestyrelsen", "Center for Social, Sundhed og Beskæftigelse", "Sundheds- og Forebyggelsesudvalget")
    assert _info("f09_syddjurs_kulturkommune_notat").organisations == ("Byrådet",)
    # a board is no agency ("Bestyrelsen" of TrekantBrand ends in "styrelsen")
    assert "Bestyrelsen" not in _info("f13_trekantbrand_ejerstrategi").organisations


def test_committees_outside_a_kommunes_documents_are_not_municipal_bodies() -> None:
    text = ("Styrelsen for Arbejdsmarked og Rekruttering\n\nNotat\n\nOrientering af Beskæftigelsesudvalget\n\n"
            "Beskæftigelsesudvalget har bedt om en orientering. Byrådet i Aarhus er ikke part i sagen.\n")
    [info] = parse(_doc(text))
    assert info.organisations == ("Styrelsen for Arbejdsmarked og Rekruttering",)


@pytest.mark.parametrize(("name", "doc_type", "title"), [
    # minutes: the genre label outranks the meeting date at the top
    ("aarhus_byraad_referat_2025-08-27", "other", "REFERAT Aarhus Byråd d. 27-08-2025"),
    ("syddjurs_referat_puk_2013-06-20", "other", "Udvalget for plan, udvikling og kultur (PUK)"),
    ("ballerup_referat_sundhedsudvalg_2012-12-04", "other", None),
    # memos: the banner in capitals and the letter head are no title; "vedr." ends no sentence
    ("ballerup_notat_2012-204248", "report", "Redegørelse fra Træning og Aktivitet vedr. Seniorrådets høringssvar"),
    # a heading printed over four lines, each going on with a small letter, is read whole (municipal dev s03's gold)
    ("ballerup_projektbeskrivelse_solvej6", "other", "Projektbeskrivelse for etablering af aktivitetscenter på Solvej 6"),
    # a printed e-mail is a letter; a memo that calls itself "dette notat" is a report
    ("aarhus_borgerhenvendelse_email_2025", "letter", "Havnens Perle epilog? Før 27.08.2025 møde i byrådssalen"),
])
def test_municipal_pdfs(name: str, doc_type: str, title: str | None) -> None:
    [info] = parse(load(ROOT / "corpus" / "pdf" / f"{name}.pdf", ocr=False))
    assert (info.doc_type, info.title) == (doc_type, title)


@pytest.mark.parametrize(("text", "expected"), [
    # an attendance list: the printed role, else "medlem", with the party's ballot letter; a member
    # under "Afbud" is listed as absent (extract/listed_people.py, tests/extract/test_meeting_people.py)
    ("Tilstede\nHanne Lund (A) - formand\nPeter Berg (V)\n\nSofie Krag (Ø) - næstformand\n\nAfbud\nJens Bo (C)\n",
     [("Hanne Lund", "formand (A)"), ("Peter Berg", "medlem (V)"), ("Sofie Krag", "næstformand (Ø)"),
      ("Jens Bo", "medlem (C), fraværende")]),
    ("Medlemmer:\nAnne Marie Holm (F)\nOle Dahl (O)\nMødet sluttede kl. 18.\n",
     [("Anne Marie Holm", "medlem (F)"), ("Ole Dahl", "medlem (O)")]),
    # a letter that is no ballot letter, a Folketing party abbreviation, or prose: no list
    ("Deltagere\nHanne Lund (X)\nPeter Berg (V)\n", []),
    ("Medlemmer\nJens Jensen (EL)\n", []),
    ("Medlemmer\nUdvalget har syv medlemmer, Peter Berg (V) er formand.\n", []),
])
def test_an_attendance_list_names_members_with_roles(text: str, expected: list) -> None:
    # (names outside a list are persons of the prose, with no role: tests/extract/test_prose_names.py)
    assert [(p.name, p.role) for p in roled_persons(text) if p.role] == expected


def test_the_attendance_list_of_minutes_in_the_flat_view() -> None:
    [info] = parse(load(ROOT / "corpus" / "pdf" / "syddjurs_referat_puk_2013-06-20.pdf", ocr=False))
    assert info.person_roles == {"Jesper Mathiesen": "medlem (A)", "Ole Bollesen": "medlem (A)",
                                 "Niels Viderø": "medlem (A)", "Ole Bjerregaard": "medlem (V)",
                                 "Steen Fris": "medlem (C)"}


@pytest.mark.parametrize(("name", "doc_type", "issuer"), [
    ("SF", "other", "SF (Socialistisk Folkeparti)"),  # "Vedtaget af SF’s landsmøde", dated at the top
    ("dansk_folkeparti", "other", "Dansk Folkeparti"),
    ("liberal_alliance", "other", "Liberal Alliance"),
    ("radikale", "other", "Det Radikale Venstre"),
])
def test_party_programmes_name_their_party(name: str, doc_type: str, issuer: str) -> None:
    path = ROOT / "corpus" / "pdf_more" / f"Kristianuruplarsen__Partiprogrammer__{name}.pdf"
    [info] = parse(load(path, ocr=False))
    assert (info.doc_type, info.issuer) == (doc_type, issuer)


@pytest.mark.parametrize(("text", "issuer"), [
    ("Enhedslistens principprogram\n\nVi vil et samfund uden udbytning.\n", "Enhedslisten"),
    ("Principprogram for Venstre\n\nVenstre er et liberalt parti.\n", "Venstre"),
    # a programme of no party, or a party's programme only mentioned in passing far down, names no issuer
    ("Foreningens arbejdsprogram\n\nBestyrelsen har vedtaget et nyt arbejdsprogram.\n", None),
])
def test_a_programme_names_its_party(text: str, issuer: str | None) -> None:
    found = issuer_of(_doc(text))
    assert (found.value if found else None) == issuer


def test_a_letter_heads_kommune_and_a_memos_self_reference() -> None:
    [info] = parse(load(ROOT / "corpus" / "pdf" / "middelfart_notat_letterhead_2016.pdf", ocr=False))
    assert (info.doc_type, info.issuer) == ("report", "Middelfart Kommune")
    [info] = parse(load(ROOT / "corpus" / "pdf_more" / "SimonEchers1996__Case__Notat.pdf", ocr=False))
    assert info.doc_type == "report"


@pytest.mark.parametrize(("text", "date", "doc_type"), [
    # an update stamp dates a manual or a status list; it is no news dateline
    ("API Eksempler\nAPI Version 2\nRevideret 04-03-2022\n\nI denne sektion vises eksempler.\n", "2022-03-04", "other"),
    ("Sager på vej 2024\n\nTil:\tUdvalget\nAjourført:\t3. juni 2024\n\nFremsendte sager 2024\n", "2024-06-03", "other"),
    # "revideret" in a sentence dates nothing
    ("Kvalitetsstandarden\n\nStandarden blev revideret 4. marts 2022 efter høringen i udvalget og sendt videre.\n",
     None, "other"),
])
def test_an_update_stamp_dates_the_document(text: str, date: str | None, doc_type: str) -> None:
    [info] = parse(_doc(text))
    assert (info.date.isoformat() if info.date else None, info.doc_type) == (date, doc_type)


@pytest.mark.parametrize(("text", "mid"), [
    ("--- side 3 ---\nSKATTEPOLITIK\n", True),
    ("1 Python\nkode\n--- side 3 ---\nmere\n", True),   # the text before the line is page 2
    ("Forside\n--- side 2 ---\nmere\n", False),          # the text before the line is page 1
    ("--- side 1 ---\nNotat\n--- side 2 ---\n", False),
    ("Et notat uden sidelinjer.\n", False),
])
def test_an_excerpt_that_starts_mid_document(text: str, mid: bool) -> None:
    from extract.document_layout import starts_mid_document

    assert starts_mid_document(text) is mid


def test_a_printed_e_mails_sender_is_named_once() -> None:
    assert _info("f13_trekantbrand_ejerstrategi").person_roles == {"Maja Maria Føns": "afsender"}
    text = "Fra: Søren Peter Kjær <spk@example.dk>\nSendt: 4. april 2019\nEmne: Referat\n\nHej\n\nVenlig hilsen\nSøren Kjær\n"
    assert [(p.name, p.role) for p in roled_persons(text)] == [("Søren Peter Kjær", "afsender")]
    # a sender that is a unit or an address names no person
    assert roled_persons("From: Borgerservice <post@example.dk>\nSubject: Svar\n\nTak for din henvendelse.\n") == []


def test_a_sender_the_body_does_not_sign_for_is_no_person() -> None:
    # a restaurant writes to the kommune: the header's sender is a business, and the body is
    # signed by no one of that name (session 4 audit)
    from extract.load import load

    text = load(ROOT / "corpus" / "pdf" / "aarhus_borgerhenvendelse_email_2025.pdf").text
    assert "Havnens Perle" in text
    assert "Havnens Perle" not in [p.name for p in roled_persons(text)]
    # a person's name in the header is a person named, but no sender the body signs for
    assert [(p.name, p.role) for p in roled_persons("Fra: Søren Peter Kjær <spk@example.dk>\nEmne: Referat\n\nHej\n")] \
        == [("Søren Peter Kjær", None)]


# -- issuers and dates of kommunal minutes, memos, policies, KKR letters and programmes ----------

@pytest.mark.parametrize(("stem", "expected"), [
    # (doc_type, issuer, date) as the gold gives them
    # a policy's adoption line on its cover dates it; no news dateline
    ("f04_syddjurs_politik_kultur_fritid", ("other", "Syddjurs Kommune", "2009-04-30")),
    # a programme's section speaking as the party
    ("f06_df_kommunalpolitik", ("other", "Dansk Folkeparti", None)),
    # a KKR's banner in capitals, named again in the letter
    ("f08_kkr_hovedstaden_invitation", ("letter", "KKR Hovedstaden", None)),
    # a memo's letter head: the kommune's mail domain (balk.dk) and the unit's banner over it (the
    # gold names the kommune alone; s02 and s6_11, of the same head, name the unit too)
    ("f10_ballerup_kl_proces_notat", ("report", "Ballerup Kommune, Social, Sundhed og Beskæftigelse", "2012-11-19")),
    # an agenda item printing its council ("Fremsendes til Aarhus Byråd") is the byråd's paper (the gold notes of nine
    # Aarhus items; f12's own gold, the first labelled, wrote "Aarhus Kommune"), dated by its decision section's meeting
    ("f12_aarhus_byraad_referat_skole", ("other", "Aarhus Byråd", "2025-08-27")),
    # minutes' running header under their label; the one kommune an agenda item names
    ("f14_syddjurs_referat_puk_kulturkommune", ("other", "Syddjurs Kommune", "2013-06-20")),
    # a programme's chapter naming its party as the subject of its sentences
    ("s6_09_df_arbejdsmarked_jobcentre", ("other", "Dansk Folkeparti", None)),
    # the party the subject of an opinion verb ("Dansk Folkeparti finder, at ...", danish/data/demand_verbs.csv)
    ("s18_07_df_hjemmehjaelp", ("other", "Dansk Folkeparti", None)),
    # a memo under the unit's banner (the gold names the unit alone)
    ("s6_11_ballerup_notat_seniorraad", ("report", "Ballerup Kommune, Social, Sundhed og Beskæftigelse", "2012-11-20")),
    # a restaurant's e-mail from its own mailbox
    ("s6_12_aarhus_borgerhenvendelse", ("letter", "Havnens Perle", "2025-08-26")),
])
def test_issuer_and_date_of_kommunal_papers(stem: str, expected: tuple) -> None:
    info = _info(stem)
    assert (info.doc_type, info.issuer, info.date.isoformat() if info.date else None) == expected


# An agenda item of another kommune's council (the layout of f12 and f14: Resume, Indstilling,
# Beslutning), naming the kommune once, by its council.
AGENDA_ITEM_SAMPLE = ("Punkt 4: Ny skolestruktur\n\nBeslutninger\n\nGodkendt. Byrådet har i sit møde den "
                      "14. marts 2024 vedtaget indstillingen.\n\nResume\n\nSkolerne i Hammel og Hinnerup "
                      "lægges sammen.\n\nIndstilling\n\nDet indstilles, at Favrskov Byråd godkender forslaget.\n")
BANNER_SAMPLE = ("DANSKE REGIONER\n\nNotat om akutberedskabet\n\nRegionerne har siden 2007 drevet "
                 "akutberedskabet. Danske Regioner anbefaler, at opgaven samles.\n")
# A programme's chapter naming its party in the third person (as DF's arbejdsprogram, s6_09).
PARTY_SUBJECT_SAMPLE = ("Enhedslisten har altid kæmpet for en stærk offentlig sektor, hvor borgerne får hjælp i tide.\n\n"
                        "Enhedslisten vil afskaffe 225-timers-reglen og give kommunerne frihed til at hjælpe ledige "
                        "i uddannelse. Alternativet er, at flere ender på en lavere ydelse.\n")
# A programme's chapter holding its party's view in a fronted "for"-adverbial, its lines as the PDF wraps them
# (Enhedslisten's programme, corpus/municipal s9_03; "For Venstre er individets frihed ...", s7_02).
PARTY_STANCE_SAMPLE = ("Enhedslisten er altid en aktiv del af kampen for at bevare de velfærdsgoder\n"
                       "og andre resultater, vi har opnået.\n\nEt socialistisk demokrati\n\n"
                       "Et fremtidigt socialistisk samfund hverken kan eller skal beskrives i detaljer,\n"
                       "men skal udvikles og formes af de mennesker, som lever i det. For\n"
                       "Enhedslisten er socialisme ikke en færdig opskrift på et samfund, men en\n"
                       "række grundlæggende principper.\n")
# A utility's customer service writes from its own mailbox (as corpus/municipal s6_12, a restaurant's).
MAILBOX_SAMPLE = ("From: Sønderborg Forsyning <kundeservice@soenderborgforsyning.dk>\nSent: 2. maj 2024 09:12\n"
                  "To: Teknik og Miljø\nSubject: Varsel om ledningsarbejde\n\nKære kommune\n\nVi graver på "
                  "Østergade fra uge 20.\n\nVenlig hilsen\nKundeservice\n")
# A memo's unit banner in capitals over its letter head (as corpus/municipal s02, s6_11).
BANNER_UNIT_SAMPLE = ("BØRN OG UNGE\n\nDato: 3. marts 2014\nSagsnr.: 14/2231\nKontakt: Jens Holm\n\n"
                      "Notat om skolernes sygefravær\n\nNotatet er skrevet til udvalgets møde i april.\n")
PARTY_VOICE_SAMPLE = ("12. Ældrepolitik\n\nSocialdemokratiet ønsker en værdig ældrepleje. Derfor vil vi give "
                      "kommunerne bedre økonomi. Socialdemokratiet vil arbejde for flere hænder, og det er "
                      "Socialdemokratiets mål, at vores ældre får hjælp i eget hjem.\n")


@pytest.mark.parametrize(("text", "issuer"), [
    (AGENDA_ITEM_SAMPLE, "Favrskov Byråd"),  # the byråd printed: its paper
    # two kommuner in one item: whose paper it is, the text does not tell
    (AGENDA_ITEM_SAMPLE.replace("Hammel og Hinnerup", "Skanderborg Kommune"), None),
    # the same sections without any kommune named
    (AGENDA_ITEM_SAMPLE.replace("Favrskov Byråd", "byrådet"), None),
    (BANNER_SAMPLE, "Danske Regioner"),
    # a genre word in capitals, found again in a sentence, names no one
    ("NOTAT\n\nBudget 2014\n\nDette notat beskriver budgettet. Notat og bilag sendes til udvalget.\n", None),
    ("FAKTA OM REFORMEN\n\nFakta om reformen: 19 kommuner deltager.\n", None),
    # a department's banner the text does not name again
    ("SOCIAL, SUNDHED OG\nBESKÆFTIGELSE\n\nNotat\n\nPlan for genoptræning\n\nUdgifterne stiger i 2013.\n", None),
    # a letter head's mail domain of the issuer table, with the unit its banner names; another
    # domain tells nothing, and the banner alone names the unit
    ("SOCIAL, SUNDHED OG\nBESKÆFTIGELSE\n\nDato: 19. november 2012\nE-mail: abc@balk.dk\nKontakt: Lise Holm\n\n"
     "Notat\n\nPlan\n", "Ballerup Kommune, Social, Sundhed og Beskæftigelse"),
    ("Dato: 19. november 2012\nE-mail: abc@balk.dk\nKontakt: Lise Holm\n\nNotat\n\nPlan\n", "Ballerup Kommune"),
    (BANNER_UNIT_SAMPLE, "Børn og Unge"),
    # a party opening its sentences and stating what it wants; "Alternativet er" is a common noun
    (PARTY_SUBJECT_SAMPLE, "Enhedslisten"),
    # opening one sentence only, or never saying what it wants, it is a party written about
    (PARTY_SUBJECT_SAMPLE.replace("\n\nEnhedslisten vil", "\n\nPartiet vil"), None),
    (PARTY_SUBJECT_SAMPLE.replace("Enhedslisten vil", "Enhedslisten har desuden ønsket at"), None),
    (PARTY_STANCE_SAMPLE, "Enhedslisten"),
    ("For Venstre er individets frihed et ufravigeligt princip. Venstre er et liberalt parti.\n", "Venstre"),
    # the party's name after "for" inside a sentence is no view it holds, but a text stating duties ("skal") that
    # names one party only is that party's chapter all the same (party_voice.only_party_named: s20_06, s20's
    # gold_notes); a text naming two parties is no party's programme
    (PARTY_STANCE_SAMPLE.replace("i det. For\n", "i det, også for\n"), "Enhedslisten"),
    (PARTY_STANCE_SAMPLE.replace("i det. For\n", "i det, også for\n").replace("skal beskrives", "kan beskrives"),
     None),  # one duty sentence only
    (PARTY_STANCE_SAMPLE.replace("grundlæggende principper.", "grundlæggende principper, som Venstre afviser."),
     None),
    # an e-mail from an organisation's own mailbox: the name its domain spells (æ, ø, å as ae, oe, aa)
    (MAILBOX_SAMPLE, "Sønderborg Forsyning"),
    (MAILBOX_SAMPLE.replace("soenderborgforsyning.dk", "sonfor.dk"), None),
    (MAILBOX_SAMPLE.replace("Sønderborg Forsyning <kundeservice@soenderborgforsyning.dk>",
                            "Jens Holm <jho@gmail.com>"), None),
    # the unit as the text writes it in ordinary case ("IT", not "It")
    (BANNER_UNIT_SAMPLE.replace("BØRN OG UNGE", "BORGERSERVICE OG IT").replace(
        "Notatet er skrevet", "Borgerservice og IT har skrevet notatet"), "Borgerservice og IT"),
    (BANNER_UNIT_SAMPLE.replace("BØRN OG UNGE", "BORGERSERVICE OG IT"), "Borgerservice og It"),
    (BANNER_UNIT_SAMPLE.replace("BØRN OG UNGE", "TEKNIK OG MILJØ"), "Teknik og Miljø"),
    ("Dato: 19. november 2012\nE-mail: abc@gmail.com\nKontakt: Lise Holm\n\nNotat\n\nPlan\n", None),
    (PARTY_VOICE_SAMPLE, "Socialdemokratiet"),
    # a programme's chapter naming its party in passing, its duties impersonal (s20_06; gold issuer Dansk Folkeparti)
    ("Indfødsret\n\nEfter 2001 har Dansk Folkeparti haft afgørende indflydelse på betingelserne. Der skal ske en "
     "registrering af personen. Alle udlændinge skal have gyldigt pas.\n", "Dansk Folkeparti"),
    # the same naming a second party, or quoting: none
    ("Indfødsret\n\nEfter 2001 har Dansk Folkeparti og Venstre haft afgørende indflydelse på betingelserne. Der skal "
     "ske en registrering af personen. Alle udlændinge skal have gyldigt pas.\n", None),
    # the party named once, in the genitive of its own policy opening a sentence as the subject of what the policy
    # does (s11_06, s12_09); a policy merely mentioned, or another party named, tells nothing
    ("NATUR OG MILJØ\n\nVenstres miljøpolitik tager sit udgangspunkt i respekt for de naturgivne ressourcer. Målet "
     "er at beskytte naturen.\n", "Venstre"),
    ("NATUR OG MILJØ\n\nKritikken af Venstres miljøpolitik er hård. Målet er at beskytte naturen.\n", None),
    ("NATUR OG MILJØ\n\nVenstres miljøpolitik tager sit udgangspunkt i respekt for naturen, som Enhedslisten "
     "også gør.\n", None),
    # a news item quoting a party, or a text naming two parties, is no party's programme
    ("Socialdemokratiet vil give kommunerne mere. Vi vil have flere hænder, siger ordfører Mette Holm. "
     "Socialdemokratiet har længe talt for det, og Socialdemokratiets forslag får støtte.\n", None),
    (PARTY_VOICE_SAMPLE.replace("Socialdemokratiets mål", "Venstres mål"), None),
])
def test_issuers_of_agenda_items_banners_mail_domains_and_party_voices(text: str, issuer: str | None) -> None:
    found = issuer_of(_doc(text))
    assert (found.value if found else None) == issuer


@pytest.mark.parametrize(("text", "date"), [
    (AGENDA_ITEM_SAMPLE, "2024-03-14"),
    # a council's meeting cited outside a decision section is an earlier decision
    (AGENDA_ITEM_SAMPLE.replace("Beslutninger\n\nGodkendt.", "Sagsfremstilling\n\nSagen er kendt."), None),
    # a referral cites the council's own adoption of it in the decision section (corpus/municipal s9_09)
    ("Punkt 17: Forslag om selvkørende biler\n\nBeslutninger\n\nFremsendes til Magistratsafdelingen for Teknik og Miljø "
     "med henblik på udarbejdelse af en indstilling, jf. byrådets\nvedtagelse i mødet den 27. august 2025 om "
     "magistratsbehandling af forslaget.\n", "2025-08-27"),
    # a magistrat's meeting the item cites is not the council's
    ("Punkt 4: Skolestruktur\n\nBeslutninger\n\nFremsendes til Aarhus Byråd med bemærkning, at Magistraten i mødet "
     "den 12. august 2025 anbefaler, at byrådet tiltræder indstillingen.\n", None),
    # an adoption line at the top dates a policy or a programme
    ("Sundhedspolitik 2020-2024\nVedtaget af Kommunalbestyrelsen den 28. januar 2020\n\nForord\n", "2020-01-28"),
    ("Vedtaget af SF’s landsmøde 15. april 2012\nPrincipprogram for SF\n", "2012-04-15"),
    # an adoption told in a sentence is an event, not the document's date
    ("Forord\n\nPolitikken blev vedtaget af byrådet den 30. april 2009, og den gælder fortsat.\n", None),
])
def test_adoption_lines_and_a_councils_own_meeting_date_a_paper(text: str, date: str | None) -> None:
    found = date_from_text(text)
    assert (found.value if found else None) == date


@pytest.mark.parametrize(("text", "issuer"), [
    # minutes whose label names the council, though an item names another kommune
    ("REFERAT Favrskov Byråd d. 14-03-2024\n\nPunkt 1: Samarbejde\n\nBeslutninger\n\nGodkendt.\n\nResume\n\n"
     "Aftalen med Skanderborg Kommune forlænges.\n", "Favrskov Byråd"),
    # a label that names no council leaves the choice to the kommuner the items name
    ("Referat\n\nPunkt 1: Samarbejde\n\nBeslutninger\n\nGodkendt.\n\nResume\n\n"
     "Aftalen med Skanderborg Kommune og Horsens Kommune forlænges.\n", None),
])
def test_minutes_named_by_their_council(text: str, issuer: str | None) -> None:
    found = issuer_of(_doc(text))
    assert (found.value if found else None) == issuer


def test_the_aarhus_minutes_are_aarhus_byraads() -> None:
    """The whole minutes ("REFERAT Aarhus Byråd d. 27-08-2025"): the byråd's paper, as the gold notes of its items
    name it."""
    [info] = parse(load(ROOT / "corpus" / "pdf" / "aarhus_byraad_referat_2025-08-27.pdf", ocr=False))
    assert (info.doc_type, info.issuer, info.date.isoformat()) == ("other", "Aarhus Byråd", "2025-08-27")


# A committee's minutes cover: attendance, absence, and the secretary under them.
MINUTES_COVER_SAMPLE = ("Referat\n\nBørne- og Skoleudvalget\nmandag den 3. marts 2014, kl. 16:00\n\nTilstede\n"
                        "Anne Holm (A) - formand\nPeter Lund (V)\n\nAfbud/Fraværende\n\nReferent\nJonas Holm\n")


def test_the_secretary_of_minutes_is_a_named_official() -> None:
    assert [(p.name, p.role) for p in roled_persons(MINUTES_COVER_SAMPLE)] == [
        ("Anne Holm", "formand (A)"), ("Peter Lund", "medlem (V)"), ("Jonas Holm", "referent")]
    [info] = parse(load(ROOT / "corpus" / "pdf" / "ballerup_referat_sundhedsudvalg_2012-12-04.pdf", ocr=False))
    assert info.person_roles["Mie Helene Andresen"] == "sekretær"
    # seven members, the secretary, and the coordinator who attends punkt 5 (its text: corpus/municipal s04)
    assert len(info.persons) == 9 and info.person_roles["Birgit Elleby Jørgensen"] == "koordinator"
    # without an attendance list the office word opens something else
    assert [(p.name, p.role) for p in roled_persons("Referent\nJonas Holm\n")] == [("Jonas Holm", None)]


@pytest.mark.parametrize(("text", "title"), [
    # a sender's address block (name, unit, street, postcode and town) is no title
    ("Ringsted Kommune\nSocial og Sundhed\nRønnedevej 9\n4100 Ringsted\n\nDato: 14. marts 2019\nSagsnr.: 19-1234\n\n"
     "Høringssvar vedrørende udkast til bekendtgørelse om kontanthjælp\n\nRingsted Kommune takker for høringen.\n",
     "Høringssvar vedrørende udkast til bekendtgørelse om kontanthjælp"),
    # an organisation's banner the text names again is no title
    ("REGION MIDTJYLLAND\n\nAkutberedskab i Region Midtjylland\n\nRegion Midtjylland har siden 2007 haft ansvaret.\n",
     "Akutberedskab i Region Midtjylland"),
    # nor is an agenda's genre label standing alone
    ("Dagsorden\n\nBudgetopfølgning 2020\n\nSagsfremstilling\nForvaltningen har udarbejdet en opfølgning.\n",
     "Budgetopfølgning 2020"),
])
def test_address_blocks_banners_and_genre_labels_are_no_titles(text: str, title: str) -> None:
    found = title_of(_doc(text))
    assert found is not None and found.value == title


# -- a plan's period: its title's noun and year, or the noun and year its text repeats ----------

@pytest.mark.parametrize(("stem", "period"), [
    ("s01_aarhus_sager_paa_vej", "2025"),  # the title "Sager pa vej – Sundhed og Omsorg 2025"
    ("f14_syddjurs_referat_puk_kulturkommune", "2017"),  # "Kulturkommune 2017" again and again
    ("s04_ballerup_bygningsvedligehold", "2013"),  # "bygningsvedligeholdelse 2013" in each section
    ("f09_syddjurs_kulturkommune_notat", "2017"),
    # an item on two budgets' years (2012, 2013): no one period
    ("f03_ballerup_referat_sundhedsudvalg", None),
    # "i foråret 2013" is a time, not a plan's name
    ("f10_ballerup_kl_proces_notat", None),
    # "Nyhedsbrev nr. 1/2017": a number, not a period
    ("s05_trekantbrand_nyhedsbrev", None),
    # several years, each once or in a time: the gold gives none
    ("s06_aarhus_klimaregnskab", None),
    ("s03_ballerup_solvej6", None),
])
def test_a_plans_period_from_its_noun_and_year(stem: str, period: str | None) -> None:
    assert _info(stem).period == period


# Budget papers of a kommune, as they print their year (realistic samples).
BUDGET_SAMPLE = """Budget 2016

Sammendrag
Forslaget til budget 2016 lægger op til uændrede skatter.
Budget 2016 indeholder et råderum på 20 mio. kr.
"""
SEASON_SAMPLE = """Status på rekrutteringen

I foråret 2014 blev der ansat to nye medarbejdere. I foråret 2014 startede også et nyt hold.
"""


@pytest.mark.parametrize(("text", "period"), [
    (BUDGET_SAMPLE, "2016"),
    ("Handleplan for demens 2022\n\nPlanen beskriver indsatsen.\n", "2022"),
    ("Budget for 2014\n\nByrådet vedtager budgettet i oktober.\n", "2014"),
    ("Beskæftigelsesplan for 2016\n\nPlanen sætter mål for jobcentret.\n", "2016"),
    # "for" after a function word, or a date, is no plan's year
    ("Status for året 2016\n\nTekst.\n", None),
    ("Møde den 3. marts for 2016\n\nTekst.\n", None),
    (SEASON_SAMPLE, None),  # a season and its year is a time
    ("Referat\n\nSagen blev behandlet i 2013 og igen i 2013.\n", None),  # after a function word
    ("Nyhedsbrev nr. 3/2018\n\nNyt fra sekretariatet nr. 3/2018.\n", None),
    ("Tilpasning af budget 2 % i 2013 og 3 % i 2014\n\nBudget 2013 og budget 2014 tilpasses.\n"
     "Budget 2013 og budget 2014 vedtages.\n", None),  # two years repeated: no one period
])
def test_period_samples(text: str, period: str | None) -> None:
    doc = _doc(text)
    found = period_of(doc, title_of(doc))
    assert (found.value if found else None) == period


# -- issuers: a letter head's unit, an agenda item's deciding body, a newsletter's domain ---------

UNIT_LETTERHEAD_SAMPLE = """Projektbeskrivelse

Projektleder: Karen Holm
Afdeling: Center for Sundhed og Ældre
Telefon: 44 77 20 00
E-mail: kho@balk.dk

Dato: 03.04.2013
"""
DECIDING_BODY_SAMPLE = """Sammendrag
Planen for vedligehold af skolerne søges godkendt.

Beslutningen træffes af
Børne- og Skoleudvalget

Indstilling
Center for Ejendomme indstiller, at planen godkendes.

Sagsfremstilling
Planen omfatter tage og vinduer.
"""
NEWSLETTER_SITE_SAMPLE = """Nyhedsbrev nr. 4/2019

Ny brandstation i Kolding
SydBrand har taget den nye station i brug. SydBrand takker alle, der var med.

Tilmelding til nyhedsbrevet: www.sydbrand.dk/nyhedsbrev
"""


@pytest.mark.parametrize(("text", "issuer"), [
    (UNIT_LETTERHEAD_SAMPLE, "Ballerup Kommune, Center for Sundhed og Ældre"),
    # the unit alone when the letter head names no kommune's domain
    (UNIT_LETTERHEAD_SAMPLE.replace("kho@balk.dk", "kho@example.org"), "Center for Sundhed og Ældre"),
    # an "Afdeling" in running text is no letter head
    ("Notat\n\nSagen ligger i Afdeling: Center for Sundhed, skriver vi.\n", None),
    (DECIDING_BODY_SAMPLE, "Børne- og Skoleudvalget"),
    (NEWSLETTER_SITE_SAMPLE, "SydBrand"),
    # a news item citing a site is no newsletter of that site
    ("Ny brandstation i Kolding\n\nSydBrand har taget stationen i brug, skriver www.sydbrand.dk.\n", None),
])
def test_issuer_from_unit_deciding_body_and_newsletter_site(text: str, issuer: str | None) -> None:
    found = issuer_of(_doc(text))
    assert (found.value if found else None) == issuer


@pytest.mark.parametrize(("stem", "issuer"), [
    ("s03_ballerup_solvej6", "Ballerup Kommune, Center for Ejendomme"),  # "Afdeling:", balk.dk
    ("s04_ballerup_bygningsvedligehold", "Sundheds- og Forebyggelsesudvalget"),  # names no kommune
    ("s05_trekantbrand_nyhedsbrev", "TrekantBrand"),  # trekantbrand.dk
    # the same deciding-body label under an item that names its kommune: the kommune
    ("f07_ballerup_rygestop_evaluering", "Ballerup Kommune"),
])
def test_issuers_of_the_session_5_excerpts(stem: str, issuer: str) -> None:
    assert _info(stem).issuer == issuer


@pytest.mark.parametrize(("stem", "doc_type"), [
    # minutes dated by their meeting ("byrådet i sit / møde den 27. august 2025") are no news item
    ("s06_aarhus_klimaregnskab", "other"),
    ("s07_aarhus_havnens_perle", "other"),
    ("f12_aarhus_byraad_referat_skole", "other"),
    # a newsletter dated by its page code stays a newsletter
    ("s05_trekantbrand_nyhedsbrev", "news"),
])
def test_minutes_dated_by_their_meeting_are_no_news(stem: str, doc_type: str) -> None:
    assert _info(stem).doc_type == doc_type


def test_a_units_paper_lists_the_kommunes_bodies() -> None:
    # the issuer "Ballerup Kommune, Center for Ejendomme" is a kommune's: its bodies are organisations
    assert _info("s03_ballerup_solvej6").organisations == ("Center for Ejendomme",)


def test_whole_minutes_take_no_items_year_as_their_period() -> None:
    # the Ballerup minutes of 2012-12-04 name item 2's "Bygningsvedligeholdelse 2013" seven times,
    # among their other items' years: no period of the whole; the item alone (s04) has one
    [info] = parse(load(ROOT / "corpus" / "pdf" / "ballerup_referat_sundhedsudvalg_2012-12-04.pdf", ocr=False))
    assert info.period is None
    assert _info("s04_ballerup_bygningsvedligehold").period == "2013"


# -- a heading printed over several lines -------------------------------------------------------

@pytest.mark.parametrize(("stem", "title"), [
    # the line ends in a preposition, past a blank line
    ("s02_ballerup_notat_kronikere", "Prioritering af midler til indsatser for kronisk syge borgere"),
    # an agenda item's heading ending in a conjunction
    ("s6_10_ballerup_punkt6_kronikermidler",
     "Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering for ældre"),
    # a cover word by word: the lines above end in (or open with) a preposition, the line ends in a dash
    ("f04_syddjurs_politik_kultur_fritid", "Politik for Kultur og Fritid - Lokalt engagement."),
])
def test_a_heading_runs_on_over_its_line_breaks(stem: str, title: str) -> None:
    assert _info(stem).title == title


@pytest.mark.parametrize(("text", "title"), [
    ("Notat\n\nOpfølgning på budget for\n\nældreområdet 2020\n\nForvaltningen har lavet en opfølgning.\n",
     "Opfølgning på budget for ældreområdet 2020"),
    # a heading that ends its phrase does not take the next line
    ("Notat\n\nOpfølgning på budget 2020\nForvaltningen har lavet en opfølgning.\n", "Opfølgning på budget 2020"),
    # nor does one ending in a word that only looks like a function word's neighbour
    ("Notat\n\nStatus for ældreplejen\n\nÆldreplejen har haft et godt år.\n", "Status for ældreplejen"),
])
def test_run_on_headings_in_samples(text: str, title: str) -> None:
    found = title_of(_doc(text))
    assert found is not None and found.value == title


# A kommune's service standard closes a section with the delivering unit's contact block (the
# Ballerup kvalitetsstandarder, corpus/municipal s6_01, s6_03, s7_13); the same layout of another
# kommune, written for this test.
CONTACT_BLOCK_SAMPLE = ("4. Hjemmetræning\nLovgrundlag\nSEL § 86. Kommunalbestyrelsen skal tilbyde genoptræning.\n"
                        "Formål\nAt borgeren genvinder sine færdigheder.\n"
                        + "".join(f"Ydelsen omfatter træning af type {n}.\n" for n in range(1, 21))
                        + "Kontaktinformation\nTræningscenter Nord\n"
                        "Kanalstræde 2, 4300 Holbæk\ntlf. 5620 3000\nE-mail traening@holbaek.dk\n")


@pytest.mark.parametrize(("text", "issuer"), [
    (CONTACT_BLOCK_SAMPLE, "Holbæk Kommune, Træningscenter Nord"),
    # the table's domain of a kommune that spells its name otherwise (balk.dk)
    (CONTACT_BLOCK_SAMPLE.replace("holbaek.dk", "balk.dk").replace("4300 Holbæk", "2750 Ballerup"),
     "Ballerup Kommune, Træningscenter Nord"),
    # a private address names no issuer; nor does a block without its address line
    (CONTACT_BLOCK_SAMPLE.replace("traening@holbaek.dk", "jens.holm@gmail.com"), None),
    (CONTACT_BLOCK_SAMPLE.replace("Kanalstræde 2, 4300 Holbæk\n", ""), None),
    # two units' blocks: whose text it is, the blocks do not tell
    (CONTACT_BLOCK_SAMPLE + "Kontaktinformation\nVisitationen\nTorvet 2, 4300 Holbæk\nE-mail visitation@holbaek.dk\n",
     None),
])
def test_a_service_sections_contact_block_names_the_kommune_and_its_unit(text: str, issuer: str | None) -> None:
    found = issuer_of(_doc(text))
    assert (found.value if found else None) == issuer


@pytest.mark.parametrize("stem", ["s6_01_kval_vaerested_afklaring", "s6_03_kval_paaroerende_ssp",
                                  "s7_13_ballerup_alkoholbehandling"])
def test_the_ballerup_service_standards_are_brydehusets(stem: str) -> None:
    assert _info(stem).issuer == "Ballerup Kommune, Brydehuset"


# An Aarhus byråd item printed with its decision alone (s9_09: "Punkt 17: ... / EMN-2025-008893 /
# Beslutninger", no "Resume" or "Indstilling"): the one kommune it names issues it.
AGENDA_DECISION_SAMPLE = ("Punkt 9: Forslag fra SF om gratis busser for unge\n\nEMN-2025-004411\nBeslutninger\n\n"
                          "Fremsendes til Magistratsafdelingen for Teknik og Miljø med henblik på udarbejdelse af en "
                          "indstilling.\n\nBESLUTNINGSFORSLAG FRA SF\nI dag betaler unge i Odense Kommune fuld pris. "
                          "Det er på tide, at Odense Byråd handler.\n")


@pytest.mark.parametrize(("text", "issuer"), [
    (AGENDA_DECISION_SAMPLE, "Odense Byråd"),  # the byråd it names: its paper (s9_09 gold: "Aarhus Byråd")
    # only "byrådet": the kommune is not named (s7_08 gold_notes: issuer null)
    (AGENDA_DECISION_SAMPLE.replace("i Odense Kommune", "i kommunen").replace("Odense Byråd", "byrådet"), None),
    # a proposal without the item's heading and decision is no agenda item: a kommune merely named
    (AGENDA_DECISION_SAMPLE.split("BESLUTNINGSFORSLAG FRA SF\n")[1], None),
])
def test_an_agenda_items_heading_over_its_decision_names_its_kommune(text: str, issuer: str | None) -> None:
    found = issuer_of(_doc(text))
    assert (found.value if found else None) == issuer


DEPARTMENTS = ROOT / "extract" / "data" / "kommune_departments.tsv"


def _department_rows() -> list[dict[str, str]]:
    import csv

    lines = [line for line in DEPARTMENTS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.parametrize("row", _department_rows(), ids=lambda r: r["department"])
def test_each_kommune_department_is_attested_twice(row: dict[str, str]) -> None:
    sources = row["attested_by"].split(";")
    assert len(set(sources)) >= 2
    for source in sources:
        assert row["department"] in " ".join(attesting_text(source).split()), source


# A status overview of a department's cases (the layout of Aarhus's "Sager på vej", s01 and s9_11),
# of another department, written for this test.
OVERVIEW_SAMPLE = ("Sager på vej – Teknik og Miljø 2024\n\nTil:\tUdvalget, Direktionen m.fl.\n\nSag\tAfd.\tForventet fremsendt\n"
                   "Cykelstrategi for Aarhus Kommune\tMobilitet\tOktober\nBudget for vejvedligehold i Teknik og Miljø\t"
                   "Økonomi\tNovember\n")


@pytest.mark.parametrize(("text", "issuer"), [
    (OVERVIEW_SAMPLE, "Aarhus Kommune, Teknik og Miljø"),
    # the kommune not named: the department alone (s9_11)
    (OVERVIEW_SAMPLE.replace("for Aarhus Kommune", "for byen"), "Teknik og Miljø"),
    # named once only, or as the addressee of a decision ("Magistratsafdelingen for ..."): nothing
    (OVERVIEW_SAMPLE.replace(" i Teknik og Miljø", ""), None),
    (OVERVIEW_SAMPLE.replace("– Teknik og Miljø", "– Magistratsafdelingen for Teknik og Miljø")
     .replace("i Teknik og Miljø", "i Magistratsafdelingen for Teknik og Miljø"), None),
])
def test_a_departments_own_paper_names_it_twice(text: str, issuer: str | None) -> None:
    found = issuer_of(_doc(text))
    assert (found.value if found else None) == issuer


@pytest.mark.parametrize(("stem", "issuer"), [("s01_aarhus_sager_paa_vej", "Aarhus Kommune, Sundhed og Omsorg"),
                                             ("s9_11_aarhus_sager_paa_vej_2", "Sundhed og Omsorg"),
                                             # an agenda item names the departments it sends the case to
                                             ("s7_08_aarhus_grenaavej", None)])
def test_the_sager_paa_vej_overviews_are_sundhed_og_omsorgs(stem: str, issuer: str | None) -> None:
    assert _info(stem).issuer == issuer
