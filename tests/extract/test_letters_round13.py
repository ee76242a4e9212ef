"""Answer-letter classes a probe of unseen letters (rounds 12 and 13) showed misread: a correction letter
(berigtigelse) that opens with the minister's own earlier answer ("Jeg har den <dato> besvaret spørgsmål nr. N",
"Den <dato> besvarede jeg spørgsmål nr. N"), whose date is that answer's and whose signer follows the greeting; an
organisation that wrote to the committee ("henvendelsen ... fra Danske Advokater"), which is no person; and a
§ 20 answer whose question heading names the asker by role ("fra medlem af Folketinget\\nPia Olsen (SF):").

Each sample is a realistic letter written for this test from the layout of a real ministry's letters (named in the
comment); names, numbers and dates are changed, and none is a copy of a probe letter. The expected record is read by
hand by the ft_qa README's conventions (a correction's answer_text is its body after the opening sentence, as the
gold of corpus/ft_qa_ministries/uui-2019-20-spm7-berigtigelse has it); nothing is copied from the extractor's
output. Each class has a must-not case (a text the rule must leave as it was).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, case, expected, record, udvalg

# --- a correction that opens with the earlier answer --------------------------------------------------------------
# The environment ministry's letter layout (sender title, committee address, "Ref."/"J.nr." lines, "Den <dato>",
# a one-line footer), for a correction: no "Svar" label, no quoted question; the opening sentence cites the
# earlier answer with its date before the verb.
CORRECTION_ENVIRONMENT_EARLIER_ANSWER = """Transport- og Bygningsudvalget 2015-16
TRU Alm.del Bilag 210
Offentligt

Transport- og bygningsministeren

Folketingets Transport- og Bygningsudvalg
Christiansborg
1240 København K

Ref. KLH
J.nr. 2016-1187
Den 11. maj 2016

Berigtigelse af besvarelse af spørgsmål nr. 318 (TRU alm. del)

Jeg har den 26. april 2016 besvaret spørgsmål nr. 318 fra Folketingets Transport- og Bygningsudvalg, som var stillet efter ønske fra Rasmus Prehn (S).
I besvarelsen oplyste jeg, at der i 2015 blev solgt 41.200 pendlerkort på strækningen mellem Roskilde og København. Banedanmark har efterfølgende oplyst, at det korrekte antal er 14.200.
Jeg beklager fejlen.

Med venlig hilsen

Hans Christian Schmidt

Transport- og Bygningsministeriet • Frederiksholms Kanal 27 F • 1220 København K • Tlf. 41 71 27 00
"""

# The immigration ministry's side-column letterhead (address, "Dato:/Sagsnr.:/Akt-id:" labels), for a correction
# opening "Den <dato> besvarede jeg spørgsmål nr. N ...": the date first, the verb after it.
CORRECTION_IMMIGRATION_DATE_FIRST = """Udlændinge- og Integrationsudvalget 2018-19
UUI Alm.del endeligt svar på spørgsmål 77
Offentligt

Folketingets Udlændinge- og Integrationsudvalg
Christiansborg
1240 København K

Udlændinge- og
Integrationsministeriet
Slotsholmsgade 10
1216 København K

Dato: 14. december 2018
Sagsnr.: 2018 - 9912
Akt-id: 401877

Berigtigelse af besvarelse af spørgsmål nr. 77 (Alm. del) fra Folketingets Udlæn-
dinge- og Integrationsudvalg

Den 30. november 2018 besvarede jeg spørgsmål nr. 77 (Alm. del) fra Folketingets Udlændin-
ge- og Integrationsudvalg, der var stillet efter ønske fra Martin Henriksen (DF).

Det fremgår af besvarelsen, at 312 personer blev udvist ved dom i 2017. Det korrekte antal er 321.

Med venlig hilsen

Inger Støjberg
"""

# Must not: an ordinary answer whose opening dates the question ("har i brev af ... stillet"), and whose body
# speaks of an earlier answer the minister gave ("Jeg har den ... besvaret spørgsmål nr. 40"): the question's date
# stays, the answer keeps its "Svar:" label and the quoted question stays the question.
ORDINARY_ANSWER_CITES_EARLIER = """Miljø- og Fødevareudvalget 2017-18
MOF Alm.del endeligt svar på spørgsmål 91
Offentligt

Miljø- og fødevareministeren

Folketingets Miljø- og Fødevareudvalg
Christiansborg
1240 København K

J.nr. 2017-8841
Den 20. november 2017

Miljø- og Fødevareudvalget har i brev af 3. november 2017 stillet følgende spørgsmål nr. 91 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Christian Rabjerg Madsen (S).

Spørgsmål nr. 91:
”Vil ministeren oplyse, hvor mange vandløb der blev restaureret i 2016?”

Svar:
Jeg har den 12. oktober 2017 besvaret spørgsmål nr. 40 om vandløbsindsatsen. Miljøstyrelsen har oplyst, at 57 vandløb blev restaureret i 2016.

Med venlig hilsen

Esben Lunde Larsen
"""

# --- an organisation that wrote to the committee is no person -------------------------------------------------------
# The tax ministry's bill answer layout (cover letter signed by the minister and an official before the Q&A, as
# corpus/ft_qa L bill answers print it): the question asks the minister to comment on a letter from an association.
TAX_ORGANISATION_SENDER = """Skatteudvalget 2013-14
L 112 endeligt svar på spørgsmål 6
Offentligt

Skatteministeriet
J.nr. 14-0112345
Dato: 20. februar 2014

Til
Folketingets Skatteudvalg

L 112 - Forslag til lov om ændring af ligningsloven (Befordringsfradrag)

Hermed sendes svar på spørgsmål 6 af 6. februar 2014.

Morten Østergaard
/ Lise Bang

Spørgsmål 6:
Ministeren bedes kommentere henvendelsen af 4. februar 2014 fra Danske Advokater, jf. L 112 - bilag 3.

Svar:
Henvendelsen peger på, at de nye regler vil øge de administrative byrder. Det er ikke min vurdering.

Med venlig hilsen

Morten Østergaard
"""

# The business ministry's committee-question layout (sender committee, "Til:"/"Dato:" labels, the request line):
# the question cites a trade association's letter.
BUSINESS_ORGANISATION_SENDER = """Erhvervsudvalget 2016-17
ERU Alm.del Spørgsmål 210
Offentligt

Folketingets Erhvervs-, Vækst- og Eksportudvalg

Til: Erhvervsministeren
Dato: 9. februar 2017

Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål (ERU alm. del):

Spørgsmål nr. 210

Vil ministeren kommentere henvendelsen af 2. februar 2017 fra Dansk Erhverv om reglerne for åbningstider i detailhandlen?

Spørgsmålet er stillet efter ønske fra Lisbeth Bech Poulsen (SF).

På udvalgets vegne

Niels Flemming Hansen
formand
"""

# Must not: a citizen who wrote to the committee is a person (her name opens with a given name).
CITIZEN_SENDER = BUSINESS_ORGANISATION_SENDER.replace("fra Dansk Erhverv om reglerne for åbningstider i detailhandlen",
                                                      "fra Birthe Kjærgaard om reglerne for åbningstider i detailhandlen")

# --- a § 20 answer whose question heading names the asker by role -----------------------------------------------
# The foreign ministry's older § 20 answer (letterhead with phone and giro lines, "Folketingets Lovsekretariat",
# J.nr., "Den <dato>", no greeting): the heading ends on the role, the name and party on the next line.
S20_FOREIGN_ASKER_NEXT_LINE = """Udenrigsudvalget 2009-10
S 812 endeligt svar
Offentligt

UDENRIGSMINISTERIET
Asiatisk Plads 2
1448 København K
Telefon 33 92 00 00

Folketingets Lovsekretariat
Christiansborg
1240 København K

J.nr. 400.E.2-0-71
Den 2. december 2009

Spørgsmål nr. S 812 til udenrigsministeren fra medlem af Folketinget
Holger K. Nielsen (SF):

”Vil ministeren oplyse, hvor meget Danmark i 2009 har givet i humanitær bistand til Sudan?”

Svar:

Danmark har i 2009 givet i alt 142 mio. kr. i humanitær bistand til Sudan.

Per Stig Møller
"""

# The justice ministry's § 20 answer (letterhead, "Dok.:" line, the heading with the asker on its own line, the name
# broken at a hyphen) with no "stillet af" cover sentence: the heading is the only place that names the asker.
S20_JUSTICE_ASKER_SAME_LINE = """Retsudvalget 2012-13
S 1402 endeligt svar
Offentligt

Justitsministeriet
Slotsholmsgade 10
1216 København K

Dato: 18. marts 2013
Sagsnr.: 2013-0030-1201
Dok.: ANS40112

Spørgsmål nr. S 1402 fra medlem af Folketinget Karina Lorentzen Dehn-
hardt (SF):

”Vil ministeren oplyse, hvor mange sager om indbrud der blev opklaret i 2012?”

Svar:

Rigspolitiet har oplyst, at 4.312 sager om indbrud blev opklaret i 2012.

Morten Bødskov
"""

# Must not: a question letter whose asker line names the asker ("efter ønske fra"), while the question quotes a
# member by role ("fra folketingsmedlem Per Clausen (EL)"): the asker line decides; the quoted member is a person.
S20_ROLE_IN_QUESTION = """Energi-, Forsynings- og Klimaudvalget 2014-15
EFK Alm.del Spørgsmål 55
Offentligt

Folketingets Energi-, Forsynings- og Klimaudvalg

Til: Klima-, energi- og bygningsministeren
Dato: 4. november 2014

Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål (EFK alm. del):

Spørgsmål nr. 55

Vil ministeren kommentere forslaget fra folketingsmedlem Per Clausen (EL) om et stop for nye oliefyr?

Spørgsmålet er stillet efter ønske fra Lars Christian Lilleholt (V).

På udvalgets vegne

Pia Adelsteen
formand
"""

CASES = [
    pytest.param(CORRECTION_ENVIRONMENT_EARLIER_ANSWER, expected(
        doc_type="answer", udvalg=udvalg("Transport- og Bygningsudvalget", "TRU"), samling="2015-16", case=case("alm. del"),
        question_number=318, answer_date="2016-05-11", asked_by=[asker("Rasmus Prehn", "S")],
        addressee="transport- og bygningsministeren", ministry="Transport- og Bygningsministeriet",
        journal_number="2016-1187",
        answer_text="I besvarelsen oplyste jeg, at der i 2015 blev solgt 41.200 pendlerkort på strækningen mellem "
                    "Roskilde og København. Banedanmark har efterfølgende oplyst, at det korrekte antal er 14.200. "
                    "Jeg beklager fejlen.",
        signed_by="Hans Christian Schmidt", kommuner=["Roskilde", "København"], parties=["S"]),
        id="correction-earlier-answer"),
    pytest.param(CORRECTION_IMMIGRATION_DATE_FIRST, expected(
        doc_type="answer", udvalg=udvalg("Udlændinge- og Integrationsudvalget", "UUI"), samling="2018-19",
        case=case("alm. del"), question_number=77, answer_date="2018-12-14",
        asked_by=[asker("Martin Henriksen", "DF")], ministry="Udlændinge- og Integrationsministeriet",
        journal_number="2018 - 9912",
        answer_text="Det fremgår af besvarelsen, at 312 personer blev udvist ved dom i 2017. Det korrekte antal er 321.",
        signed_by="Inger Støjberg", parties=["DF"]), id="correction-date-first"),
    pytest.param(ORDINARY_ANSWER_CITES_EARLIER, expected(
        doc_type="answer", udvalg=udvalg("Miljø- og Fødevareudvalget", "MOF"), samling="2017-18",
        case=case("alm. del"), question_number=91, question_sent_date="2017-11-03", answer_date="2017-11-20",
        asked_by=[asker("Christian Rabjerg Madsen", "S")], addressee="miljø- og fødevareministeren",
        journal_number="2017-8841",
        question_text="Vil ministeren oplyse, hvor mange vandløb der blev restaureret i 2016?",
        answer_text="Jeg har den 12. oktober 2017 besvaret spørgsmål nr. 40 om vandløbsindsatsen. Miljøstyrelsen har "
                    "oplyst, at 57 vandløb blev restaureret i 2016.",
        signed_by="Esben Lunde Larsen", parties=["S"]), id="must-not-ordinary-answer-cites-earlier"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round13_letter_reads_every_field(text: str, want: dict, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path) == want


def _read(text: str, tmp_path: Path) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return record(path)


@pytest.mark.parametrize("text", [TAX_ORGANISATION_SENDER, BUSINESS_ORGANISATION_SENDER],
                         ids=["tax-association", "business-association"])
def test_an_organisation_that_wrote_is_no_person(text: str, tmp_path: Path) -> None:
    persons = _read(text, tmp_path)["persons"]
    assert not any(("Advokater" in p or "Erhverv" in p) for p in persons), persons


def test_the_tax_answer_keeps_its_official_and_signer(tmp_path: Path) -> None:
    r = _read(TAX_ORGANISATION_SENDER, tmp_path)
    assert (r["signed_by"], r["persons"]) == ("Morten Østergaard", ["Lise Bang"])


def test_a_citizen_who_wrote_is_a_person(tmp_path: Path) -> None:
    assert _read(CITIZEN_SENDER, tmp_path)["persons"] == ["Birthe Kjærgaard"]


@pytest.mark.parametrize(("text", "name", "question"), [
    (S20_FOREIGN_ASKER_NEXT_LINE, "Holger K. Nielsen",
     "Vil ministeren oplyse, hvor meget Danmark i 2009 har givet i humanitær bistand til Sudan?"),
    (S20_JUSTICE_ASKER_SAME_LINE, "Karina Lorentzen Dehnhardt",
     "Vil ministeren oplyse, hvor mange sager om indbrud der blev opklaret i 2012?"),
], ids=["name-next-line", "name-broken-at-hyphen"])
def test_s20_heading_names_the_asker(text: str, name: str, question: str, tmp_path: Path) -> None:
    r = _read(text, tmp_path)
    assert r["asked_by"] == [asker(name, "SF")]
    assert r["question_text"] == question
    assert name not in r["persons"]
    assert r["case"]["kind"] == "other"


def test_a_member_quoted_by_role_is_no_asker(tmp_path: Path) -> None:
    r = _read(S20_ROLE_IN_QUESTION, tmp_path)
    assert r["asked_by"] == [asker("Lars Christian Lilleholt", "V")]
    assert r["persons"] == ["Per Clausen"]
