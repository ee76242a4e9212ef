"""Further versions of ft.dk's page of a question and their label rows: the addressee and the asker on one line
without labels ("Spørgsmål til <minister> (<Name>) af <Asker> (<party>)"; layout table: page_question_to_line), the
question's date as "Dato for spørgsmål:" and a committee as "Spørgsmålsstiller:" (page_label_line), the question
under "Spørgsmålet:" or "Spørgsmålets tekst:" (folketing.HEADING_RE), the member's reasons under "Skriftlig
begrundelse" (begrundelse), the answer's date and minister on lines under its label ("Dato:", "Besvaret af:",
"Svaret er givet af:"; page_answer_meta_lines), and the page's footer, the Folketing's address, after the answer
(page_section_heading). Attested by probes22/qa 12 and probes23/qa 09 and 15.

The samples are realistic pages written for this test; names, numbers and dates are invented, none is a copy of a
probe page. The expected fields are read by hand by the ft_qa README: the page's first "Dato:" is the question's, the
one under the answer's label the answer's; an asker is never a person of the text; the committee named as asker is
{committee, null}; the answer is the body without the lines that say when and by whom it was given.
"""
from __future__ import annotations

from pathlib import Path

from tests.extract.test_ftdk_question_page import flat

WIND_S20_PAGE = """S 918 Om kystnære vindmølleparker.
Folketinget > Dokumenter > Spørgsmål

Spørgsmål S 918
Samling: 2023-24
Om kystnære vindmølleparker.

Spørgsmål til klima-, energi- og forsyningsministeren (Lars Aagaard) af Marie Bjerre (V)
Dato: 05-03-2024
Status: Besvaret

Spørgsmålet:
Vil ministeren oplyse, hvor mange kystnære vindmølleparker der er givet forundersøgelsestilladelse til siden 2020?

Skriftlig begrundelse
Spørgeren ønsker et overblik over projekterne ved de jyske kyster.

Svar
Besvaret af: Klima-, energi- og forsyningsministeren (Lars Aagaard)
Dato: 14-03-2024

Energistyrelsen har oplyst, at der siden 2020 er givet forundersøgelsestilladelse til seks kystnære projekter.

Jeg vil orientere udvalget, når de første projekter er afgjort.
"""

SCHOOL_S20_PAGE = """S 77 Om lærernes arbejdstid.
Folketinget > Dokumenter > Spørgsmål

Spørgsmål S 77
Samling: 2019-20

Spørgsmål til børne- og undervisningsministeren (Pernille Rosenkrantz-Theil) af Jakob Sølvhøj (EL)
Dato: 08-10-2019
Status: Besvaret

Spørgsmålet:
Vil ministeren oplyse, hvor mange kommuner der har indgået lokale aftaler om lærernes arbejdstid?

Svar
Dato: 17-10-2019
Besvaret af: Børne- og undervisningsministeren (Pernille Rosenkrantz-Theil)

Kommunernes Landsforening har oplyst, at 62 kommuner har indgået lokale aftaler.
"""

NOISE_S20_PAGE = """S 2210 Om støj fra motorvejen ved Vejle. - Folketinget

Folketinget > Dokumenter > Spørgsmål > S 2210

Samling: 2008-09

S 2210 Om støj fra motorvejen ved Vejle.
Spørgsmål nr. S 2210
Til: Transportministeren (Lars Barfoed)
Dato: 02-03-2009
Stillet af: Pia Olsen Dyhr (SF)

Spørgsmål:
Vil ministeren oplyse, om der er planer om at opsætte støjskærme langs motorvejen ved Vejle?

Endeligt svar:
Dato: 11-03-2009
Svaret er givet af: Transportministeren

Vejdirektoratet har oplyst, at der i 2010 opsættes støjskærme på en strækning på 1,2 km ved Vejle.

Folketinget, Christiansborg, 1240 København K, tlf. 33 37 55 00
"""

TAX_BILL_QUESTION_PAGE = """L 45 - svar på spørgsmål 6 - Folketinget

Forside > Dokumenter > Lovforslag > L 45 > Spørgsmål og svar

Spørgsmål 6
Spørgsmål til skatteministeren vedrørende L 45 Forslag til lov om ændring af registreringsafgiftsloven

Samling: 2013-14
Spørgsmålsstiller: Skatteudvalget
Dato for spørgsmål: 05-11-2013
Svardato: 19-11-2013

Spørgsmålets tekst:
Vil ministeren kommentere henvendelsen af 1. november 2013 fra De Danske Bilimportører, jf. L 45 - bilag 3?

Svar:
De Danske Bilimportører anfører, at lovforslaget vil øge de administrative byrder for forhandlerne. Det kan jeg ikke
tilslutte mig, idet indberetningen allerede i dag sker digitalt.

Morten Østergaard
/ Peter Hansen

Folketinget · Christiansborg · 1240 København K · Telefon 33 37 55 00
"""


def test_addressee_and_asker_on_one_line(tmp_path: Path) -> None:
    for page, asker, addressee in (
            (WIND_S20_PAGE, {"name": "Marie Bjerre", "party": "V"}, "klima-, energi- og forsyningsministeren"),
            (SCHOOL_S20_PAGE, {"name": "Jakob Sølvhøj", "party": "EL"}, "børne- og undervisningsministeren")):
        r = flat(tmp_path, page)
        assert r["doc_type"] == "answer"
        assert r["asked_by"] == [asker]
        assert r["addressee"] == addressee
        assert asker["name"] not in (r["persons"] or [])


def test_question_under_spoergsmaalet_without_the_reasons(tmp_path: Path) -> None:
    r = flat(tmp_path, WIND_S20_PAGE)
    assert r["samling"] == "2023-24"
    assert r["question_text"] == ("Vil ministeren oplyse, hvor mange kystnære vindmølleparker der er givet "
                                  "forundersøgelsestilladelse til siden 2020?")


def test_answer_date_and_minister_under_the_answer_label(tmp_path: Path) -> None:
    r = flat(tmp_path, WIND_S20_PAGE)
    assert (r["question_sent_date"], r["answer_date"]) == ("2024-03-05", "2024-03-14")
    assert r["answer_text"] == ("Energistyrelsen har oplyst, at der siden 2020 er givet forundersøgelsestilladelse "
                                "til seks kystnære projekter. Jeg vil orientere udvalget, når de første projekter er "
                                "afgjort.")
    r = flat(tmp_path, SCHOOL_S20_PAGE)  # the date first, the minister under it
    assert (r["question_sent_date"], r["answer_date"]) == ("2019-10-08", "2019-10-17")
    assert r["answer_text"] == "Kommunernes Landsforening har oplyst, at 62 kommuner har indgået lokale aftaler."
    r = flat(tmp_path, NOISE_S20_PAGE)
    assert (r["question_sent_date"], r["answer_date"]) == ("2009-03-02", "2009-03-11")
    assert r["answer_text"] == ("Vejdirektoratet har oplyst, at der i 2010 opsættes støjskærme på en strækning på "
                                "1,2 km ved Vejle.")


def test_labels_of_a_bill_question_page(tmp_path: Path) -> None:
    r = flat(tmp_path, TAX_BILL_QUESTION_PAGE)
    assert r["doc_type"] == "answer"  # its title line reads as a stub's, but it prints the question and the answer
    assert (r["samling"], r["case"], r["question_number"]) == ("2013-14", {"kind": "L", "number": "45"}, 6)
    assert (r["question_sent_date"], r["answer_date"]) == ("2013-11-05", "2013-11-19")
    assert r["asked_by"] == [{"name": "Skatteudvalget", "party": None}]
    assert r["addressee"] == "skatteministeren"
    assert r["question_text"] == ("Vil ministeren kommentere henvendelsen af 1. november 2013 fra De Danske "
                                  "Bilimportører, jf. L 45 - bilag 3?")
    assert r["answer_text"] == ("De Danske Bilimportører anfører, at lovforslaget vil øge de administrative byrder "
                                "for forhandlerne. Det kan jeg ikke tilslutte mig, idet indberetningen allerede i dag "
                                "sker digitalt.")
    assert r["signed_by"] == "Morten Østergaard"


def test_a_prose_question_to_the_minister_is_no_label(tmp_path: Path) -> None:
    # "Spørgsmål til ... af ..." inside a letter's sentence names no asker: the line must be the whole label line.
    letter = """Folketingets Transportudvalg

Dato: 4. maj 2016
J.nr. 2016-1123

Transportudvalget har i brev af 20. april 2016 stillet følgende spørgsmål nr. 301 (alm. del), som hermed besvares.

Spørgsmål nr. 301:
"Vil ministeren kommentere spørgsmål til ministeren af 12. april fra Vejle Kommune (bilag 4)?"

Svar:
Jeg har ikke modtaget henvendelsen.

Med venlig hilsen
Hans Christian Schmidt
"""
    r = flat(tmp_path, letter)
    assert r["asked_by"] == []
    assert r["answer_date"] == "2016-05-04"


def test_a_stub_page_stays_a_stub(tmp_path: Path) -> None:
    # The index page prints the title line and no label lines: no letter text of its own.
    stub = "L 45 - svar på spørgsmål 6, fra skatteministeren\nSpørgsmål om registreringsafgiften.\n"
    assert flat(tmp_path, stub)["doc_type"] == "other"


def test_a_member_named_as_asker_wins_over_the_committee_label(tmp_path: Path) -> None:
    # The page prints the committee as "Spørgsmålsstiller:", but the question was put at a member's wish: the member
    # is the asker (ft_qa README), the committee only where no member is named.
    page = TAX_BILL_QUESTION_PAGE.replace(
        "Spørgsmålets tekst:", "Spørgsmålet er stillet efter ønske fra Dennis Flydtkjær (DF).\n\nSpørgsmålets tekst:")
    assert flat(tmp_path, page)["asked_by"] == [{"name": "Dennis Flydtkjær", "party": "DF"}]
