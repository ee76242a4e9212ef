"""Letters written from the patterns of real ft.dk question/answer letters but with other
committees, ministries, names, numbers and date forms than the dev set: the parsers must
read them from the genre's cues, not from any one dev letter's wording."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from danish.dates import find_dates
from extract.letters import journal_number
from extract.people import askers
from extract.records import Answer
from knowledge.pipeline import extract_path

FIELDS = ("doc_type", "question_number", "question_sent_date", "answer_date", "deadline", "addressee",
          "ministry", "journal_number", "question_text", "answer_text", "signed_by", "signer_role")


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record = extract_path(path).flat.model_dump(mode="json")
    return {k: record[k] for k in (*FIELDS, "udvalg", "case", "asked_by", "persons")}


# "d." for "den", "Med venlige hilsner", "Jnr.", a minister's role under the signature.
CULTURE_ANSWER = """Folketingets Kulturudvalg
Christiansborg
1240 København K
København, d. 3. marts 2015
Jnr. 2015-00456
Kulturudvalget har i brev af d. 10. februar 2015 stillet mig følgende spørgsmål nr. 12 (alm. del), som hermed besvares:
”Vil ministeren oplyse, hvor mange museer der modtog statstilskud i 2014?”
Svar:
I 2014 modtog 97 museer statstilskud.
Med venlige hilsner
Marianne Jelved
Kulturminister
"""


def test_den_abbreviated_greeting_in_plural_and_jnr(tmp_path: Path) -> None:
    r = flat(tmp_path, CULTURE_ANSWER)
    assert r["doc_type"] == "answer"
    assert (r["question_number"], r["question_sent_date"], r["answer_date"]) == (12, "2015-02-10", "2015-03-03")
    assert r["journal_number"] == "2015-00456"
    assert r["answer_text"] == "I 2014 modtog 97 museer statstilskud."
    assert (r["signed_by"], r["signer_role"]) == ("Marianne Jelved", "kulturminister")


# ISO letter date, "Vores reference:", a bare "Hilsen".
FINANCE_ANSWER = """Finansministeriet
Dato: 2019-03-21
Vores reference: 2019-2233
Finansudvalget har den 7. marts 2019 stillet følgende spørgsmål nr. 301 (alm. del) til finansministeren, som hermed besvares.
Spørgsmål nr. 301:
Vil ministeren oplyse de samlede udgifter til konsulenter i staten?
Svar:
De samlede udgifter udgjorde 1,5 mia. kr. i 2018.
Hilsen
Kristian Jensen
"""


def test_iso_date_vores_reference_and_bare_hilsen(tmp_path: Path) -> None:
    r = flat(tmp_path, FINANCE_ANSWER)
    assert (r["answer_date"], r["question_sent_date"]) == ("2019-03-21", "2019-03-07")
    assert r["journal_number"] == "2019-2233"
    assert (r["ministry"], r["addressee"]) == ("Finansministeriet", "finansministeren")
    assert r["answer_text"] == "De samlede udgifter udgjorde 1,5 mia. kr. i 2018."
    assert r["signed_by"] == "Kristian Jensen"


# A question letter whose "Dato:" value reads "d. 3. marts 2015".
CULTURE_QUESTION = """Kulturudvalget
Til: Kulturministeren
Dato: d. 3. marts 2015
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
KUU alm. del
Spørgsmål nr. 12
Vil ministeren oplyse, hvor mange museer der modtog statstilskud i 2014?
Spørgsmålet er stillet efter ønske fra Mogens Jensen (S).
Spørgsmålet ønskes besvaret senest den 17. marts 2015.
På udvalgets vegne
Mette Bock
næstformand
"""


def test_question_dato_with_d_abbreviation(tmp_path: Path) -> None:
    r = flat(tmp_path, CULTURE_QUESTION)
    assert r["doc_type"] == "question"
    assert (r["question_sent_date"], r["deadline"]) == ("2015-03-03", "2015-03-17")
    assert r["addressee"] == "kulturministeren"
    assert r["asked_by"] == [{"name": "Mogens Jensen", "party": "S"}]
    assert (r["signed_by"], r["signer_role"]) == ("Mette Bock", "næstformand")


# A "Ministeriet for ..." letterhead in capitals and an "Udvalg for ..." committee.
FAMILY_ANSWER = """MINISTERIET FOR FAMILIE- OG FORBRUGERANLIGGENDER
Folketingets Udvalg for Familie- og Forbrugeranliggender
Dato: 12. april 2005
J.nr.: 2005-221-0045
Under henvisning til Folketingets Udvalg for Familie- og Forbrugeranliggenders brev af 29. marts 2005 følger hermed familie- og forbrugerministerens endelige svar på spørgsmål nr. 14 (alm. del).
Spørgsmål nr. 14:
”Vil ministeren oplyse antallet af tvangsfjernelser i 2004?”
Svar:
Der blev i 2004 truffet afgørelse om 1.203 tvangsfjernelser.
Med venlig hilsen
Lars Barfoed
"""


def test_ministeriet_for_in_capitals_and_udvalg_for(tmp_path: Path) -> None:
    r = flat(tmp_path, FAMILY_ANSWER)
    assert r["ministry"] == "Ministeriet for Familie- og Forbrugeranliggender"
    assert r["udvalg"] == {"name": "Udvalget for Familie- og Forbrugeranliggender", "abbrev": None}
    assert r["addressee"] == "familie- og forbrugerministeren"
    assert (r["question_sent_date"], r["answer_date"], r["journal_number"]) == ("2005-03-29", "2005-04-12",
                                                                              "2005-221-0045")


# "ministeren for ... videregående uddannelser"; an asker who is not a committee member.
RESEARCH_ANSWER = """Uddannelses- og Forskningsministeriet
Dato: 3. maj 2018
Ref.-nr.: 18/012345-07
Uddannelses- og Forskningsudvalget har den 17. april 2018 stillet følgende spørgsmål nr. 210 (alm. del) til ministeren for forskning, innovation og videregående uddannelser, som hermed besvares.
Spørgsmålet er stillet efter ønske fra ikkemedlem af udvalget Jacob Mark (SF).
Spørgsmål nr. 210:
”Hvor mange studerende afbrød deres uddannelse i 2017?”
Svar:
Ca. 20.000 studerende afbrød deres uddannelse i 2017.
Med venlig hilsen
Søren Pind
"""


def test_for_title_with_adjective_and_mfu_asker(tmp_path: Path) -> None:
    r = flat(tmp_path, RESEARCH_ANSWER)
    assert r["addressee"] == "ministeren for forskning, innovation og videregående uddannelser"
    assert r["asked_by"] == [{"name": "Jacob Mark", "party": "SF"}]
    assert (r["journal_number"], r["ministry"]) == ("18/012345-07", "Uddannelses- og Forskningsministeriet")
    assert r["signed_by"] == "Søren Pind"


# "besvaret inden den ..." as the deadline.
HOUSING_QUESTION = """Boligudvalget
Til:
Dato:
Ministeren for by, bolig og landdistrikter
8. november 2013
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
BOU alm. del
Spørgsmål 33
Vil ministeren oplyse, hvor mange almene boliger der står tomme?
Spørgsmålet er stillet efter ønske fra Ole Sohn (SF).
Spørgsmålet ønskes besvaret inden den 22. november 2013.
På udvalgets vegne
Mike Legarth
formand
"""


def test_deadline_inden(tmp_path: Path) -> None:
    r = flat(tmp_path, HOUSING_QUESTION)
    assert (r["question_sent_date"], r["deadline"]) == ("2013-11-08", "2013-11-22")
    assert r["addressee"] == "ministeren for by, bolig og landdistrikter"
    assert (r["question_number"], r["udvalg"]) == (33, {"name": "Boligudvalget", "abbrev": "BOU"})


# Two questions answered in one letter, the official under "/" below the minister.
HEALTH_TWO_ANSWERS = """Sundhedsministeriet
Dato: 14-01-2022
Sagsnr.: 2022-0001
Sundhedsudvalget har i brev af 15. december 2021 stillet følgende spørgsmål nr. 101 og 102 (alm. del) til sundhedsministeren, som hermed besvares.
Spørgsmål nr. 101:
”Hvor mange sygeplejersker er ansat i regionerne?”
Svar:
Der er ansat ca. 40.000 sygeplejersker i regionerne.
Spørgsmål nr. 102:
”Hvor mange læger er ansat i regionerne?”
Svar:
Der er ansat ca. 20.000 læger i regionerne.
Med venlig hilsen
Magnus Heunicke
/
Peter Jensen
"""


def test_each_answer_of_a_multi_question_letter_keeps_its_own_texts(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(HEALTH_TWO_ANSWERS, encoding="utf-8")
    extraction = extract_path(path)
    found = [(a.question_text, a.answer_text) for a in extraction.records if isinstance(a, Answer)]
    assert found == [("Hvor mange sygeplejersker er ansat i regionerne?",
                      "Der er ansat ca. 40.000 sygeplejersker i regionerne."),
                     ("Hvor mange læger er ansat i regionerne?", "Der er ansat ca. 20.000 læger i regionerne.")]
    r = extraction.flat.model_dump(mode="json")
    assert (r["question_number"], r["signed_by"], r["persons"]) == (101, "Magnus Heunicke", ["Peter Jensen"])
    assert (r["answer_date"], r["question_sent_date"], r["journal_number"]) == ("2022-01-14", "2021-12-15",
                                                                              "2022-0001")


@pytest.mark.parametrize(("stub", "expected"), [
    ("UUI alm. del - svar på spm. 140, fra udlændinge-, integrations- og boligministeren\n"
     "Spm. om, hvor mange flygtninge der er blevet boligplaceret i 2016, til udlændinge-, integrations- og "
     "boligministeren\n",
     (140, {"name": None, "abbrev": "UUI"}, {"kind": "alm. del", "number": None},
      "udlændinge-, integrations- og boligministeren")),
    ("L 87 - spørgsmål 14, til ministeren for ligestilling\nSpm. om ligelønsloven, til ministeren for ligestilling\n",
     (14, None, {"kind": "L", "number": "87"}, "ministeren for ligestilling")),
])
def test_stub_page_names_any_minister_title(tmp_path: Path, stub: str, expected: tuple) -> None:
    r = flat(tmp_path, stub)
    assert r["doc_type"] == "other"
    assert (r["question_number"], r["udvalg"], r["case"], r["addressee"]) == expected


# The asker line in brackets right after the question.
EQUALITY_QUESTION = """Ligestillingsudvalget
Til:
Dato:
Ministeren for ligestilling
5. oktober 2016
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
LIU alm. del
Spørgsmål 9
Vil ministeren oplyse, hvor stor lønforskellen mellem kvinder og mænd var i 2015?
(Spørgsmålet er stillet efter ønske fra Pernille Schnoor (S)).
På udvalgets vegne
Marlene Borst Hansen
formand
"""


def test_bracketed_asker_line_leaves_no_bracket_in_the_question(tmp_path: Path) -> None:
    r = flat(tmp_path, EQUALITY_QUESTION)
    assert r["question_text"] == "Vil ministeren oplyse, hvor stor lønforskellen mellem kvinder og mænd var i 2015?"
    assert r["asked_by"] == [{"name": "Pernille Schnoor", "party": "S"}]
    assert r["addressee"] == "ministeren for ligestilling"


# "Minister for ligestilling" under the signature.
EQUALITY_ANSWER = """Ministeriet for Ligestilling
Dato: 19. oktober 2016
J.nr. 2016-4455
Ligestillingsudvalget har den 5. oktober 2016 stillet følgende spørgsmål nr. 9 (alm. del) til ministeren for ligestilling, som hermed besvares.
Spørgsmålet er stillet efter ønske fra Pernille Schnoor (S).
Spørgsmål nr. 9:
”Vil ministeren oplyse, hvor stor lønforskellen mellem kvinder og mænd var i 2015?”
Svar:
Lønforskellen var ifølge Danmarks Statistik 12,5 procent i 2015.
Med venlig hilsen
Karen Ellemann
Minister for ligestilling
"""


def test_minister_for_role_under_signature(tmp_path: Path) -> None:
    r = flat(tmp_path, EQUALITY_ANSWER)
    assert (r["signed_by"], r["signer_role"]) == ("Karen Ellemann", "minister for ligestilling")
    assert (r["ministry"], r["journal_number"]) == ("Ministeriet for Ligestilling", "2016-4455")


# A § 20 answer: "Besvarelse af spørgsmål S 567 stillet af X (EL) den ...".
ENERGY_S20_ANSWER = """Energi-, Forsynings- og Klimaministeriet
Dato: 9. januar 2017
J.nr. 2016-9988
Besvarelse af spørgsmål S 567 stillet af Søren Egge Rasmussen (EL) den 20. december 2016
Spørgsmål S 567:
Vil ministeren oplyse, hvor meget vindmøllestrøm der blev produceret i 2016?
Svar:
Vindmøllerne producerede 37,6 pct. af elforbruget i 2016.
Med venlig hilsen
Lars Christian Lilleholt
/ Jens Hansen
"""


def test_paragraf20_answer_of_another_ministry(tmp_path: Path) -> None:
    r = flat(tmp_path, ENERGY_S20_ANSWER)
    assert (r["question_number"], r["case"]) == ("S 567", {"kind": "other", "number": None})
    assert r["asked_by"] == [{"name": "Søren Egge Rasmussen", "party": "EL"}]
    assert (r["question_sent_date"], r["answer_date"]) == ("2016-12-20", "2017-01-09")
    assert r["ministry"] == "Energi-, Forsynings- og Klimaministeriet"
    assert (r["signed_by"], r["persons"]) == ("Lars Christian Lilleholt", ["Jens Hansen"])


# ft.dk's stamp on an "Udvalget for ..." committee, a "Ministeriet for X, Y og Z" letterhead.
ISLANDS_ANSWER = """Udvalget for Landdistrikter og Øer 2014-15
ULØ Alm.del
Offentligt
1500123_0001.png
Ministeriet for By, Bolig og Landdistrikter
Folketingets Udvalg for Landdistrikter og Øer
Christiansborg
1240 København K
Dato: 11. marts 2015
J.nr.: 2015-1122
Udvalget for Landdistrikter og Øer har i brev af 25. februar 2015 stillet følgende spørgsmål nr. 44 (ULØ alm. del) til ministeren for by, bolig og landdistrikter, som hermed besvares. Spørgsmålet er stillet efter ønske fra Anne Baastrup (SF).
Spørgsmål nr. 44:
”Vil ministeren oplyse, hvor mange færgeruter til de små øer der blev nedlagt i 2014?”
Svar:
Der blev ikke nedlagt færgeruter til de små øer i 2014.
Med venlig hilsen
Carsten Hansen
"""


def test_stamped_answer_of_udvalget_for(tmp_path: Path) -> None:
    r = flat(tmp_path, ISLANDS_ANSWER)
    assert r["udvalg"] == {"name": "Udvalget for Landdistrikter og Øer", "abbrev": "ULØ"}
    assert (r["case"], r["question_number"]) == ({"kind": "alm. del", "number": None}, 44)
    assert (r["ministry"], r["addressee"]) == ("Ministeriet for By, Bolig og Landdistrikter",
                                               "ministeren for by, bolig og landdistrikter")
    assert (r["question_sent_date"], r["answer_date"], r["journal_number"]) == ("2015-02-25", "2015-03-11",
                                                                              "2015-1122")


# A samråd letter: "anmoder ministeren om at give møde ... og besvare følgende spørgsmål".
SAMRAAD_QUESTION = """Retsudvalget 2018-19
REU Alm.del Samrådsspørgsmål D
Offentligt
1980001_0001.png
Retsudvalget
Til:
Dato:
Justitsministeren
4. december 2018
Udvalget anmoder ministeren om at give møde i udvalget og besvare følgende spørgsmål:
REU alm. del
Samrådsspørgsmål D
Vil ministeren redegøre for politiets brug af overvågningskameraer?
Spørgsmålet er stillet efter ønske fra Karina Lorentzen Dehnhardt (SF) og Pernille Skipper (EL).
Samrådet forventes afholdt den 13. december 2018.
På udvalgets vegne
Peter Kofod Poulsen
formand
"""


def test_samraad_question_letter_is_a_question(tmp_path: Path) -> None:
    r = flat(tmp_path, SAMRAAD_QUESTION)
    assert r["doc_type"] == "question"
    assert (r["question_number"], r["question_sent_date"], r["addressee"]) == ("D", "2018-12-04", "justitsministeren")
    assert r["question_text"] == "Vil ministeren redegøre for politiets brug af overvågningskameraer?"
    assert r["asked_by"] == [{"name": "Karina Lorentzen Dehnhardt", "party": "SF"},
                             {"name": "Pernille Skipper", "party": "EL"}]
    assert (r["signed_by"], r["signer_role"]) == ("Peter Kofod Poulsen", "formand")


# The summons alone, with no "besvare", and the heading closing on a colon (session 22's probe letters: the
# letter was read as no Folketing letter at all); the meeting's date after the question is the letter's own line.
SAMRAAD_SUMMONS = """Transportudvalget 2021-22
TRU Alm.del - samrådsspørgsmål AB
Offentligt

Folketinget
Transportudvalget

Til:
Transportministeren

Dato:
9. februar 2022

Udvalget anmoder hermed ministeren om at give møde i udvalget til en drøftelse af nedenstående samrådsspørgsmål AB. Samrådsspørgsmålet er stillet efter ønske fra Henning Hyllested (EL).

Samrådsspørgsmål AB:
"Vil ministeren redegøre for tidsplanen for elektrificeringen af jernbanen til Esbjerg?"

Samrådet forventes afholdt den 24. februar 2022.

På udvalgets vegne

Vivi Kier
formand
"""


def test_samraad_summons_is_a_question(tmp_path: Path) -> None:
    r = flat(tmp_path, SAMRAAD_SUMMONS)
    assert r["doc_type"] == "question"
    assert (r["question_number"], r["question_sent_date"], r["addressee"]) == ("AB", "2022-02-09", "transportministeren")
    assert r["question_text"] == "Vil ministeren redegøre for tidsplanen for elektrificeringen af jernbanen til Esbjerg?"
    assert r["asked_by"] == [{"name": "Henning Hyllested", "party": "EL"}]
    assert (r["signed_by"], r["signer_role"]) == ("Vivi Kier", "formand")


# The samråd letter's asker line after the question (session 24's probe letters): the question ends before the whole
# word "Samrådsspørgsmålet", not inside it (it kept "Samråds" as its last word).
SAMRAAD_ASKER_AFTER = SAMRAAD_SUMMONS.replace(
    " Samrådsspørgsmålet er stillet efter ønske fra Henning Hyllested (EL).", "").replace(
    'Esbjerg?"\n', 'Esbjerg?"\nSamrådsspørgsmålet er stillet efter ønske fra Henning Hyllested (EL).\n')


def test_samraad_asker_line_after_the_question_ends_it(tmp_path: Path) -> None:
    assert "Samrådsspørgsmålet er stillet" in SAMRAAD_ASKER_AFTER.split("Samrådsspørgsmål AB:")[1]
    r = flat(tmp_path, SAMRAAD_ASKER_AFTER)
    assert r["question_text"] == "Vil ministeren redegøre for tidsplanen for elektrificeringen af jernbanen til Esbjerg?"
    assert r["asked_by"] == [{"name": "Henning Hyllested", "party": "EL"}]


# The chair's name over "formand" closing a question letter with nothing announcing it, and the older letters' "P.U.V."
# (på udvalgets vegne) in capitals (session 22's probe letters: the chair went to `persons`).
QUESTION_BARE_CHAIR = """Finansudvalget 2020-21
FIU Alm.del - spørgsmål 88
Offentligt

Folketinget
Finansudvalget

Til:
Finansministeren

Dato:
12. januar 2021

Udvalget beder ministeren besvare følgende spørgsmål:

Spørgsmål nr. 88:
Vil ministeren oplyse statens samlede udgifter til konsulenter i 2020?

Spørgsmålet er stillet efter ønske fra Rune Lund (EL).

Torben Hjort Mikkelsen
formand
"""
QUESTION_PUV = QUESTION_BARE_CHAIR.replace("\nTorben Hjort Mikkelsen\nformand\n",
                                           "\nMed venlig hilsen\nP.U.V.\n\nTorben Hjort Mikkelsen\nformand\n")


@pytest.mark.parametrize("text", [QUESTION_BARE_CHAIR, QUESTION_PUV], ids=["bare", "puv"])
def test_the_chair_signs_a_question_letter_however_announced(tmp_path: Path, text: str) -> None:
    r = flat(tmp_path, text)
    assert (r["signed_by"], r["signer_role"], r["persons"]) == ("Torben Hjort Mikkelsen", "formand", [])
    assert r["question_text"] == "Vil ministeren oplyse statens samlede udgifter til konsulenter i 2020?"
    assert r["asked_by"] == [{"name": "Rune Lund", "party": "EL"}]


# "spørgsmål (nr. 123, alm. del)" with the number inside the bracket.
TAX_ANSWER = """Skatteministeriet
Dato: 2. juni 2016
J.nr. 16-0778899
Folketingets Skatteudvalg har den 19. maj 2016 stillet mig følgende spørgsmål (nr. 123, alm. del), som hermed besvares.
Spørgsmål:
Vil ministeren oplyse provenuet af registreringsafgiften i 2015?
Svar:
Provenuet udgjorde ca. 17 mia. kr. i 2015.
Med venlig hilsen
Karsten Lauritzen
"""


def test_question_number_inside_bracket(tmp_path: Path) -> None:
    r = flat(tmp_path, TAX_ANSWER)
    assert (r["question_number"], r["case"]) == (123, {"kind": "alm. del", "number": None})
    assert r["question_text"] == "Vil ministeren oplyse provenuet af registreringsafgiften i 2015?"
    assert r["answer_text"] == "Provenuet udgjorde ca. 17 mia. kr. i 2015."


# "spørgsmål nr. 7 til L 99 til ministeren": the bill named in the sentence.
BILL_ANSWER = """Miljø- og Fødevareministeriet
Dato: 15. februar 2017
J.nr. 2017-1010
Miljø- og Fødevareudvalget har i brev af 1. februar 2017 stillet følgende spørgsmål nr. 7 til L 99 til miljø- og fødevareministeren, som hermed besvares.
Spørgsmål nr. 7:
”Vil ministeren redegøre for lovforslagets konsekvenser for landbruget?”
Svar:
Lovforslaget har ingen væsentlige konsekvenser for landbruget.
Med venlig hilsen
Esben Lunde Larsen
"""


def test_bill_named_in_the_intro_sentence(tmp_path: Path) -> None:
    r = flat(tmp_path, BILL_ANSWER)
    assert (r["question_number"], r["case"]) == (7, {"kind": "L", "number": "99"})
    assert r["addressee"] == "miljø- og fødevareministeren"


# No greeting: the body ends at the signer, whose role stands under the name.
PENSION_ANSWER = """Beskæftigelsesministeriet
Dato: 8. april 2021
J.nr. 2021-2233
Beskæftigelsesudvalget har i brev af 24. marts 2021 stillet følgende spørgsmål nr. 412 (alm. del) til beskæftigelsesministeren, som hermed besvares.
Spørgsmål nr. 412:
”Vil ministeren oplyse, hvor mange seniorpensionister der var i 2020?”
Svar:
Der var ca. 14.000 modtagere af seniorpension ved udgangen af 2020.
Peter Hummelgaard
Beskæftigelsesminister
"""


def test_no_greeting_signer_with_role_line(tmp_path: Path) -> None:
    r = flat(tmp_path, PENSION_ANSWER)
    assert r["answer_text"] == "Der var ca. 14.000 modtagere af seniorpension ved udgangen af 2020."
    assert (r["signed_by"], r["signer_role"]) == ("Peter Hummelgaard", "beskæftigelsesminister")


# A page mark between the body and the greeting; "Sagsnr." with a slash.
DEFENCE_ANSWER = """Forsvarsministeriet
Holmens Kanal 42
1060 København K
Dato: 22. september 2020
Sagsnr.: 2020/012345
Forsvarsudvalget har den 8. september 2020 stillet følgende spørgsmål nr. 301 (alm. del) til forsvarsministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Rasmus Jarlov (KF).
Spørgsmål nr. 301:
”Vil ministeren oplyse antallet af soldater udsendt i 2019?”
Svar:
Forsvaret har oplyst, at ca. 1.300 soldater var udsendt i 2019.
Side 2/2
Med venlig hilsen
Trine Bramsen
"""


def test_page_mark_before_greeting(tmp_path: Path) -> None:
    r = flat(tmp_path, DEFENCE_ANSWER)
    assert r["answer_text"] == "Forsvaret har oplyst, at ca. 1.300 soldater var udsendt i 2019."
    assert (r["journal_number"], r["signed_by"]) == ("2020/012345", "Trine Bramsen")
    assert r["asked_by"] == [{"name": "Rasmus Jarlov", "party": "KF"}]


# "Sagsnr." between the question heading and the quote.
SCHOOL_ANSWER = """Børne- og Undervisningsministeriet
29. januar 2019
Børne- og Undervisningsudvalget har i brev af 15. januar 2019 stillet følgende spørgsmål nr. 156 (alm. del), som hermed besvares.
Spørgsmål nr. 156:
Sagsnr. 19/00123
”Vil ministeren oplyse, hvor mange elever der gik på efterskole i 2018?”
Svar:
Der gik ca. 30.000 elever på efterskole i skoleåret 2017/18.
Venlig hilsen
Merete Riisager
"""


def test_case_number_line_between_heading_and_quote(tmp_path: Path) -> None:
    r = flat(tmp_path, SCHOOL_ANSWER)
    assert r["question_text"] == "Vil ministeren oplyse, hvor mange elever der gik på efterskole i 2018?"
    assert (r["journal_number"], r["answer_date"], r["question_sent_date"]) == ("19/00123", "2019-01-29",
                                                                              "2019-01-15")
    assert (r["ministry"], r["signed_by"]) == ("Børne- og Undervisningsministeriet", "Merete Riisager")


# No "Svar:" label: the answer starts after the quoted question.
CHURCH_ANSWER = """Kirkeministeriet
Dato: 4. maj 2017
J.nr. 2017-5566
Kirkeudvalget har i brev af 20. april 2017 stillet følgende spørgsmål nr. 31 (alm. del) til kirkeministeren, som hermed besvares.
Spørgsmål nr. 31:
”Vil ministeren oplyse, hvor mange kirker der blev lukket i 2016?”
Jeg kan oplyse, at ingen folkekirker blev lukket i 2016.
Med venlig hilsen
Mette Bock
"""


def test_answer_without_svar_label_after_quoted_question(tmp_path: Path) -> None:
    r = flat(tmp_path, CHURCH_ANSWER)
    assert r["question_text"] == "Vil ministeren oplyse, hvor mange kirker der blev lukket i 2016?"
    assert r["answer_text"] == "Jeg kan oplyse, at ingen folkekirker blev lukket i 2016."
    assert (r["signed_by"], r["addressee"], r["ministry"]) == ("Mette Bock", "kirkeministeren", "Kirkeministeriet")


# An older question letter: heading above "Udvalget beder ministeren besvare ...", "Til X-ministeren",
# the chair under a greeting instead of "På udvalgets vegne".
OLD_STYLE_QUESTION = """Folketingets Socialudvalg
Christiansborg, den 3. marts 2008
Til socialministeren
Spørgsmål nr. 212 (Alm. del)
Udvalget beder ministeren besvare følgende spørgsmål:
”Vil ministeren oplyse, hvor mange hjemløse der var i Danmark i 2007?”
Spørgsmålet er stillet efter ønske fra Thomas Adelskov (S).
Med venlig hilsen
Karen J. Klint
formand
"""


def test_older_question_letter_layout(tmp_path: Path) -> None:
    r = flat(tmp_path, OLD_STYLE_QUESTION)
    assert r["doc_type"] == "question"
    assert r["question_text"] == "Vil ministeren oplyse, hvor mange hjemløse der var i Danmark i 2007?"
    assert (r["question_number"], r["case"]) == (212, {"kind": "alm. del", "number": None})
    assert (r["question_sent_date"], r["addressee"]) == ("2008-03-03", "socialministeren")
    assert r["asked_by"] == [{"name": "Thomas Adelskov", "party": "S"}]
    assert (r["signed_by"], r["signer_role"]) == ("Karen J. Klint", "formand")


@pytest.mark.parametrize(("line", "value"), [
    ("J. nr. 2015-1234", "2015-1234"), ("J.nr.: 15/01234-3", "15/01234-3"), ("Sagsnr.: 2018 - 12345", "2018 - 12345"),
    ("Sags nr. 2018-12345", "2018-12345"), ("Journalnr.: 2016-445", "2016-445"), ("Jour.nr. 2009-123", "2009-123"),
    ("Vores ref.: 2019-11223", "2019-11223"), ("Vores reference: 2019-2233", "2019-2233"),
    ("Vores sagsnr. 2020-0044", "2020-0044"), ("Vores j.nr.: 2017-778", "2017-778"), ("Jnr. 2015-00456", "2015-00456"),
    ("Ref.-nr.: 16/048363-02", "16/048363-02"), ("Dok. nr. 123456\nJ.nr. 2015-99", "2015-99"),
])
def test_journal_number_labels(line: str, value: str) -> None:
    hit = journal_number(line + "\n")
    assert hit is not None and hit.value == value


@pytest.mark.parametrize("written", ["3. marts 2015", "d. 3. marts 2015", "03.03.2015", "3/3 2015", "3/3-2015",
                                     "2015-03-03", "3. mar. 2015", "3.marts 2015", "03-03-15"])
def test_date_forms(written: str) -> None:
    assert [h.value for h in find_dates(written)] == [dt.date(2015, 3, 3)]


# "Spørgsmål nr. 98 (Alm. del) til X-ministeren:" as the heading of an older question letter.
HEADING_TO_MINISTER_QUESTION = """Folketingets Socialudvalg
Christiansborg, den 14. januar 2010
Spørgsmål nr. 98 (Alm. del) til indenrigs- og socialministeren:
Udvalget beder ministeren besvare følgende spørgsmål:
Vil ministeren oplyse antallet af børn anbragt uden for hjemmet i 2009?
Spørgsmålet er stillet efter ønske fra Özlem Sara Cekic (SF).
Med venlig hilsen
Thomas Adelskov
formand
"""


def test_heading_naming_the_minister(tmp_path: Path) -> None:
    r = flat(tmp_path, HEADING_TO_MINISTER_QUESTION)
    assert r["question_text"] == "Vil ministeren oplyse antallet af børn anbragt uden for hjemmet i 2009?"
    assert (r["addressee"], r["question_number"], r["question_sent_date"]) == ("indenrigs- og socialministeren", 98,
                                                                             "2010-01-14")
    assert r["asked_by"] == [{"name": "Özlem Sara Cekic", "party": "SF"}]
    assert (r["signed_by"], r["signer_role"]) == ("Thomas Adelskov", "formand")


# The ministry's address between the body and the greeting, a house number with a letter.
ADDRESS_BEFORE_GREETING = """Transportministeriet
J.nr. 2018-3321
Transport-, Bygnings- og Boligudvalget har i brev af 20. september 2018 stillet følgende spørgsmål nr. 901 (alm. del) til transport-, bygnings- og boligministeren, som hermed besvares.
Spørgsmål nr. 901:
”Vil ministeren oplyse, om stationen i Ringsted skal lukkes?”
Svar:
Jeg kan oplyse, at der ikke er planer om at lukke stationen i Ringsted.
Frederiksholms Kanal 27 F
1220 København K
Med venlig hilsen
Ole Birk Olesen
"""


def test_street_with_letter_suffix_is_not_body(tmp_path: Path) -> None:
    r = flat(tmp_path, ADDRESS_BEFORE_GREETING)
    assert r["answer_text"] == "Jeg kan oplyse, at der ikke er planer om at lukke stationen i Ringsted."
    assert (r["signed_by"], r["addressee"]) == ("Ole Birk Olesen", "transport-, bygnings- og boligministeren")


# "Svar: ..." with the answer on the label's line and no "som hermed besvares": still an answer.
INLINE_SVAR_ANSWER = """Økonomi- og Indenrigsministeriet
Dato: 5. juni 2014
J.nr. 2014-3456
Folketingets Kommunaludvalg
Spørgsmål nr. 234 (alm. del):
”Vil ministeren oplyse, hvor mange kommuner der hævede skatten i 2014?”
Svar: Jeg kan oplyse, at 12 kommuner hævede udskrivningsprocenten i 2014.
Med venlig hilsen
Margrethe Vestager
"""


def test_inline_svar_label_makes_an_answer(tmp_path: Path) -> None:
    r = flat(tmp_path, INLINE_SVAR_ANSWER)
    assert r["doc_type"] == "answer"
    assert r["question_text"] == "Vil ministeren oplyse, hvor mange kommuner der hævede skatten i 2014?"
    assert r["answer_text"] == "Jeg kan oplyse, at 12 kommuner hævede udskrivningsprocenten i 2014."
    assert (r["ministry"], r["signed_by"], r["question_number"]) == ("Økonomi- og Indenrigsministeriet",
                                                                     "Margrethe Vestager", 234)


# Asker lines in other words: "Spørgsmålet stilles efter ønske fra", "Stillet efter ønske fra".
CHURCH_QUESTION = """Kirkeudvalget
Til:
Dato:
Kirkeministeren
2. februar 2012
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
KIU alm. del
Spørgsmål 21
Vil ministeren oplyse, hvor mange præstestillinger der blev nedlagt i 2011?
Spørgsmålet stilles efter ønske fra Christian Langballe (DF).
På udvalgets vegne
Jonas Dahl
formand
"""


@pytest.mark.parametrize("asker_line", ["Spørgsmålet stilles efter ønske fra", "Stillet efter ønske fra",
                                        "Spørgsmålet er stillet efter ønske fra"])
def test_asker_line_variants_end_the_question(tmp_path: Path, asker_line: str) -> None:
    r = flat(tmp_path, CHURCH_QUESTION.replace("Spørgsmålet stilles efter ønske fra", asker_line))
    assert r["question_text"] == "Vil ministeren oplyse, hvor mange præstestillinger der blev nedlagt i 2011?"
    assert r["asked_by"] == [{"name": "Christian Langballe", "party": "DF"}]
    assert (r["question_sent_date"], r["addressee"], r["signed_by"]) == ("2012-02-02", "kirkeministeren", "Jonas Dahl")


@pytest.mark.parametrize(("line", "expected"), [
    ("Spørgsmålet er stillet efter ønske fra Stine Brix (EL), Pernille Skipper (EL) samt Rosa Lund (EL).",
     [("Stine Brix", "EL"), ("Pernille Skipper", "EL"), ("Rosa Lund", "EL")]),
    ("Spørgsmålet er stillet efter ønske fra Christian von Sydow (S) og Jan E. Jørgensen (V).",
     [("Christian von Sydow", "S"), ("Jan E. Jørgensen", "V")]),
    ("Spørgsmålet er stillet efter ønske fra ikkemedlemmer af udvalget Jacob Mark (SF) og Pia Olsen Dyhr (SF).",
     [("Jacob Mark", "SF"), ("Pia Olsen Dyhr", "SF")]),
    ("Spørgsmålet er stillet efter ønske fra Per Clausen (EL) og Karina Adsbøl (DF) og Pernille Vermund (NB).",
     [("Per Clausen", "EL"), ("Karina Adsbøl", "DF"), ("Pernille Vermund", "NB")]),
    ("Spørgsmålet er stillet efter ønske fra Finn Sørensen. Der henvises til artiklen.", [("Finn Sørensen", None)]),
    # a middle initial broken from the surname by a line is part of the name; "J.nr." after a name is a label
    ("Spørgsmålet er stillet efter ønske fra Karen J.\nKlint (S).", [("Karen J. Klint", "S")]),
    ("Spørgsmålet er stillet efter ønske fra Hans Jensen J.nr. 2020-114", [("Hans Jensen", None)]),
    # a double surname broken at its own hyphen keeps the hyphen
    ("Spørgsmålet er stillet efter ønske fra Lennart Damsbo-\nAndersen (S).", [("Lennart Damsbo-Andersen", "S")]),
    # a word that ends a name ("Den", "Det") ends it only whole, not as the start of a surname
    ("Spørgsmålet er stillet efter ønske fra Mikkel Dencker (DF).", [("Mikkel Dencker", "DF")]),
    # the date the question was put may stand before the asker as well as after him
    ("Besvarelse af spørgsmål nr. S 1423 stillet den 13. marts 2015 af Alex Ahrendtsen (DF)",
     [("Alex Ahrendtsen", "DF")]),
    ("Besvarelse af spørgsmål 1107 stillet af Trine Bramsen (S) den 10. maj 2016", [("Trine Bramsen", "S")]),
])
def test_asker_lists(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(n.value, p.value if p else None) for n, p in askers(line)] == expected


# The Til: value broken over two lines by the converter.
BROKEN_TITLE_QUESTION = """Udlændinge- og Integrationsudvalget
Til:
Dato:
Udlændinge-, integrations- og
boligministeren
3. marts 2017
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
UUI alm. del
Spørgsmål 456
Vil ministeren oplyse, hvor mange flygtninge der blev boligplaceret i 2016?
Spørgsmålet er stillet efter ønske fra Johanne Schmidt-Nielsen (EL).
På udvalgets vegne
Marcus Knuth
formand
"""


def test_til_title_broken_over_two_lines(tmp_path: Path) -> None:
    r = flat(tmp_path, BROKEN_TITLE_QUESTION)
    assert r["addressee"] == "udlændinge-, integrations- og boligministeren"
    assert (r["question_sent_date"], r["question_number"]) == ("2017-03-03", 456)
    assert r["asked_by"] == [{"name": "Johanne Schmidt-Nielsen", "party": "EL"}]


# A three-part ministry; the signer's role broken over two lines.
HOUSING_ANSWER = """Udlændinge-, Integrations- og Boligministeriet
Dato: 30. marts 2017
J.nr. 2017-1212
Udlændinge- og Integrationsudvalget har i brev af 3. marts 2017 stillet følgende spørgsmål nr. 456 (alm. del) til udlændinge-, integrations- og boligministeren, som hermed besvares.
Spørgsmål nr. 456:
”Vil ministeren oplyse, hvor mange flygtninge der blev boligplaceret i 2016?”
Svar:
I 2016 blev ca. 11.000 flygtninge boligplaceret i kommunerne.
Med venlig hilsen
Inger Støjberg
Udlændinge-, integrations- og
boligminister
"""


def test_three_part_ministry_and_broken_role(tmp_path: Path) -> None:
    r = flat(tmp_path, HOUSING_ANSWER)
    assert (r["ministry"], r["addressee"]) == ("Udlændinge-, Integrations- og Boligministeriet",
                                               "udlændinge-, integrations- og boligministeren")
    assert (r["signed_by"], r["signer_role"]) == ("Inger Støjberg", "udlændinge-, integrations- og boligminister")
    assert r["answer_text"] == "I 2016 blev ca. 11.000 flygtninge boligplaceret i kommunerne."


# A § 20 question: the minister named in the Til: line, an asker with a middle initial.
S20_QUESTION = """Spørgsmål nr. S 1234
Til: Ministeren for udviklingssamarbejde (Ulla Tørnæs)
Af: Holger K. Nielsen (SF)
Dato: 3/3 2018
Vil ministeren oplyse, hvor stor en del af udviklingsbistanden der gik til Afrika i 2017?
Begrundelse:
Spørgsmålet stilles for at få et overblik over bistanden.
"""


def test_paragraf20_question_with_for_title(tmp_path: Path) -> None:
    r = flat(tmp_path, S20_QUESTION)
    assert (r["doc_type"], r["question_number"], r["case"]) == ("question", "S 1234", {"kind": "other", "number": None})
    assert (r["addressee"], r["question_sent_date"]) == ("ministeren for udviklingssamarbejde", "2018-03-03")
    assert r["asked_by"] == [{"name": "Holger K. Nielsen", "party": "SF"}]
    assert r["persons"] == ["Ulla Tørnæs"]
    assert r["question_text"] == ("Vil ministeren oplyse, hvor stor en del af udviklingsbistanden der gik til Afrika "
                                  "i 2017?")


# The same form with a bare "Spørgsmål:" label over the question (session 24's probe letters: the label opened the
# question text), and an answer's case in the abbreviation "vedr. L 45" of "vedrørende L 207" (fiu-2021-22-l207).
S20_QUESTION_LABELLED = S20_QUESTION.replace("Dato: 3/3 2018\n", "Dato: 3/3 2018\n\nSpørgsmål:\n")


def test_a_bare_question_label_is_no_part_of_the_question(tmp_path: Path) -> None:
    assert "\nSpørgsmål:\n" in S20_QUESTION_LABELLED
    r = flat(tmp_path, S20_QUESTION_LABELLED)
    assert r["question_text"] == ("Vil ministeren oplyse, hvor stor en del af udviklingsbistanden der gik til Afrika "
                                  "i 2017?")


def test_a_bill_named_after_the_abbreviation_of_vedroerende() -> None:
    from extract.folketing import find_case

    text = "Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål vedr. L 45 - Forslag til lov om ændring"
    case = find_case(text)
    assert case is not None and (case.kind, case.number) == ("L", "45")
    assert find_case("Svar på spørgsmål 34 Vedr. B 12 om tilskud") is not None
    # "ad L 112" in a sentence, and the stamp line before the answer's label ("L 112 endeligt svar på ...")
    for line in ("Besvarelse af spørgsmål 7 ad L 112 stillet af Folketingets Erhvervsudvalg",
                 "L 112 endeligt svar på spørgsmål 7", "L 112 Svar på Spørgsmål 7"):
        found = find_case(line)
        assert found is not None and (found.kind, found.number) == ("L", "112"), line
    assert find_case("Lad L 5 stå") is None


# A table in the answer whose rows are a kommune and its counts: a street line of a letterhead ("Slotsholmsgade
# 10-12") has no digit in the street's name, so "Norddjurs 214 96" is body text (session 23's probe letter; the
# ft_qa README: the answer text is what the letter prints).
SCHOOL_ANSWER_WITH_TABLE = """Børne- og Undervisningsministeriet
Frederiksholms Kanal 21
1220 København K
Dato: 9. juni 2021
Spørgsmål nr. 301 (alm. del):
Vil ministeren oplyse antallet af elever i specialklasser i Norddjurs og Syddjurs Kommuner?
Svar:
Antallet fremgår af tabel 1.
Kommune Specialklasser Specialskoler
Norddjurs 214 96
Syddjurs 187 141
Kilde: Børne- og Undervisningsministeriet.
Med venlig hilsen
Pernille Rosenkrantz-Theil
"""


def test_a_table_of_names_and_counts_stays_in_the_answer(tmp_path: Path) -> None:
    record = flat(tmp_path, SCHOOL_ANSWER_WITH_TABLE)
    assert record["answer_text"] == ("Antallet fremgår af tabel 1. Kommune Specialklasser Specialskoler Norddjurs 214 96 "
                                     "Syddjurs 187 141 Kilde: Børne- og Undervisningsministeriet.")


# An answer on an aktstykke (the ft_qa README: case `other`, the aktstykke's number in `number`): ft.dk's header line
# abbreviates it ("Aktstk. 57"), the body names it in lower case; its questions are numbered plainly, not as § 20's.
AKTSTYKKE_ANSWER = """Finansudvalget 2015-16
Aktstk. 57 Svar på Spørgsmål 2
Offentligt
Finansministeriet
Dato: 1. februar 2016
Finansudvalget har den 21. januar 2016 stillet følgende spørgsmål nr. 2 vedrørende aktstykke nr. 57
til finansministeren, som hermed besvares.
Spørgsmål nr. 2:
”Kan ministeren oplyse de samlede udgifter til flytningen?”
Svar:
Udgifterne udgør 120 mio. kr.
Med venlig hilsen
Claus Hjort Frederiksen
"""


def test_an_aktstykke_answer(tmp_path: Path) -> None:
    r = flat(tmp_path, AKTSTYKKE_ANSWER)
    assert (r["case"], r["question_number"]) == ({"kind": "other", "number": "57"}, 2)


def test_a_question_date_without_den() -> None:
    from extract.letters import sent_date

    text = "Svar på spørgsmål 300 (BUU alm. del) stillet 4. februar 2021 efter ønske fra Jacob Mark (SF)."
    hit = sent_date(text, 0, len(text))
    assert hit is not None and hit.value.isoformat() == "2021-02-04"
    text = "Jeg har modtaget brevet. Dato: 4. februar 2021"
    assert sent_date(text, 0, len(text)) is None
