"""Answer-letter layout variants a probe of unseen letters (round 10) showed unread: the member as the subject of a
§ 20 answer's opening and role words before a member's name, a § 20 answer filed as a committee's bilag, the asker
line set under the question's heading, a correction letter's earlier answer date and its "Berigtiget svar:" label, a
signer's double surname broken at its hyphen, a committee named by an adjective ("Energipolitisk Udvalg"), and the
justice ministry's label run whose values are words.

Each sample is a realistic letter written for this test from the layout of a real ministry's letters (named in the
comment); names, numbers and dates are changed, and none is a copy of a probe letter. The expected record is read by
hand by the ft_qa README's conventions; nothing is copied from the extractor's output. Each class has a must-not case
(a text the rule must leave as it was).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, case, expected, record, udvalg

# --- the member as the subject of a § 20 answer's opening; the answer filed as a committee's bilag --------------
# The health ministry's answer layout of corpus/ft_qa/suu-2019-20-spm286-svar.txt (contact block, "Dato:/Enhed:/
# Sagsbeh.:/Sagsnr.:" labels, "<Subject> har den <dato> stillet følgende spørgsmål nr. N ..., som hermed besvares"),
# for a § 20 question: the member is the subject, ft.dk's stamp files the answer as a bilag of the committee.
S20_HEALTH_MEMBER_OPENING = """Sundheds- og Ældreudvalget 2019-20
SUU Alm.del - Bilag 201
Offentligt

Holbergsgade 6
DK-1057 København K

T +45 7226 9000
W sum.dk

Folketingets Lovsekretariat

Dato: 17-03-2020
Enhed: Sundhedsjura
Sagsbeh.: DEPKAL
Sagsnr.: 2003117

Folketingsmedlem Liselott Blixt (DF) har den 3. marts 2020 stillet følgende
spørgsmål nr. S 1102 til sundheds- og ældreministeren, som hermed besvares.

Spørgsmål nr. S 1102:
”Vil ministeren oplyse, hvor mange patienter der i 2019 blev henvist til
behandling i udlandet?”

Svar:
Danske Regioner har oplyst, at 1.214 patienter i 2019 blev henvist til behandling
i udlandet.

Med venlig hilsen

Magnus Heunicke
"""

# The employment ministry's opening of corpus/ft_qa/beu-2012-13-l53-spm22-svar.txt ("<Subject> har i brev af
# <dato> stillet følgende spørgsmål nr. N ..."), the member as subject under the role "Medlem af Folketinget".
S20_EMPLOYMENT_MEMBER_OPENING = """Beskæftigelsesudvalget 2017-18
BEU Alm.del - Bilag 87
Offentligt

Beskæftigelsesministeriet
Ved Stranden 8
1061 København K

J.nr. 2018-0412
2. februar 2018

Medlem af Folketinget Bent Bøgsted (DF) har i brev af 19. januar 2018 stillet mig
følgende spørgsmål nr. S 601, som hermed besvares.

Spørgsmål nr. S 601:
”Vil ministeren oplyse, hvor mange ledige over 60 år der i 2017 fik tilbud om seniorjob?”

Svar:
Styrelsen for Arbejdsmarked og Rekruttering har oplyst, at 2.310 ledige over 60 år
fik tilbud om seniorjob i 2017.

Med venlig hilsen

Troels Lund Poulsen
"""

# The justice ministry's § 20 heading ("Spørgsmål nr. S N fra medlem af Folketinget X (P):"), as its letters print
# it under the signature in the header (tests/extract/test_answers.py::JUSTICE); the asker read from the opening.
S20_JUSTICE_HEADING_MEMBER = """Folketingets Lovsekretariat
Christiansborg
1240 København K

Dato: 9. november 2012
Kontor: Strafferetskontoret
Sagsnr.: 2012-6301-0877

Hermed sendes besvarelse af spørgsmål nr. S 412, som er stillet af Trine Bramsen (S)
den 25. oktober 2012.

Morten Bødskov

/

Lise Holm Nielsen

Spørgsmål nr. S 412 fra medlem af Folketinget Trine Bramsen (S):

”Vil ministeren oplyse, hvor mange sager om indbrud i private hjem der blev opklaret i 2011?”

Svar:
Rigspolitiet har oplyst, at 4.105 sager om indbrud i private hjem blev opklaret i 2011.
"""

# Must not: a member named with the party in the body, as the one who put another question, is no asker (the
# opening's "følgende spørgsmål" is what makes the subject the asker) and stays a person, name whole.
MEMBER_IN_BODY = S20_HEALTH_MEMBER_OPENING.replace(
    "Folketingsmedlem Liselott Blixt (DF) har den 3. marts 2020 stillet følgende\nspørgsmål nr. S 1102",
    "Jeg har modtaget spørgsmål nr. S 1102").replace(
    "i udlandet.\n\nMed venlig", "i udlandet. Jeg henviser i øvrigt til spørgsmål S 980, som Pernille Skipper (EL) "
    "har stillet om samme emne.\n\nMed venlig")

# --- the asker line under the question's heading ----------------------------------------------------------------
# The immigration ministry's layout of corpus/ft_qa_ministries/uui-2023-24-spm44-svar.txt (side column of "Dato:",
# "Sags nr.", "Akt-id"), with the heading form that sets the asker line under it, closed by a colon.
HEADING_ASKER_IMMIGRATION = """Udlændinge- og Integrationsudvalget 2020-21
UUI Alm.del - endeligt svar på spørgsmål 212
Offentligt

Folketingets Udlændinge- og Integrationsudvalg

Udlændinge- og Integrationsministeriet
Slotsholmsgade 4
1216 København K

Dato: 2. marts 2021
Sags nr.: 2021 - 3310

Spørgsmål nr. 212 (Alm. del) fra Folketingets Udlændinge- og Integrationsudvalg
stillet 4. februar 2021 efter ønske fra Marcus Knuth (KF):

”Vil ministeren oplyse, hvor mange udlændinge der i 2020 fik inddraget deres opholdstilladelse?”

Svar:
Udlændingestyrelsen har oplyst, at 811 udlændinge fik inddraget deres opholdstilladelse i 2020.

Med venlig hilsen

Mattias Tesfaye
"""

# The social ministry's layout of corpus/ft_qa_ministries/sou-2021-22-spm264-svar.txt, the asker line with two
# askers broken over two lines under the heading.
HEADING_ASKER_SOCIAL = """Social- og Ældreudvalget 2021-22
SOU Alm.del - endeligt svar på spørgsmål 318
Offentligt

Social- og Ældreministeriet
Holmens Kanal 22
1060 København K

Dato: 14. juni 2022
Sagsnr.: 2022 - 4410

Spørgsmål nr. 318 (Alm. del) fra Folketingets Social- og Ældreudvalg
stillet den 19. maj 2022 efter ønske fra Karina Adsbøl (DF) og
Jane Heitmann (V):

”Vil ministeren oplyse, hvor mange kommuner der i 2021 tilbød aflastning til pårørende?”

Svar:
Jeg kan oplyse, at 87 kommuner i 2021 tilbød aflastning til pårørende.

Med venlig hilsen

Astrid Krag
"""

# Must not: with the asker line under the question (the layout of corpus/ft_qa_ministries/kef-2020-21-spm466-spm.txt),
# it ends the question, and the heading's next line is the question itself.
ASKER_UNDER_QUESTION = HEADING_ASKER_IMMIGRATION.replace(
    "stillet 4. februar 2021 efter ønske fra Marcus Knuth (KF):\n\n”Vil ministeren oplyse, hvor mange udlændinge der "
    "i 2020 fik inddraget deres opholdstilladelse?”\n",
    "”Vil ministeren oplyse, hvor mange udlændinge der i 2020 fik inddraget deres opholdstilladelse?”\n"
    "Spørgsmålet er stillet efter ønske fra Marcus Knuth (KF).\n")

# --- a correction letter: the earlier answer's date, the "Berigtiget svar:" label -------------------------------
# The immigration ministry's correction of corpus/ft_qa_ministries/uui-2019-20-spm7-berigtigelse.txt ("besvarelsen af
# <dato>"), here with the question quoted and the corrected answer under its label.
CORRECTION_IMMIGRATION = """Folketingets Udlændinge- og Integrationsudvalg
Christiansborg
1240 København K

Dato: 22. september 2021
Sags nr.: 2021 - 8812

Berigtigelse af besvarelse af spørgsmål nr. 233 (Alm. del) fra Folketingets
Udlændinge- og Integrationsudvalg

Ministeriet har konstateret, at besvarelsen af 9. april 2021 af spørgsmål nr. 233
(Alm. del) indeholdt en fejl. Spørgsmålet blev stillet den 15. marts 2021 efter ønske
fra Rasmus Stoklund (S).

Spørgsmål nr. 233:
”Vil ministeren oplyse, hvor mange personer der pr. 1. marts 2021 var indkvarteret på Udrejsecenter Sjælsmark?”

Berigtiget svar:
Kriminalforsorgen har oplyst, at der pr. 1. marts 2021 var indkvarteret 104 personer på Udrejsecenter Sjælsmark.

Med venlig hilsen

Mattias Tesfaye
"""

# The employment ministry's correction of tests/fixtures/letters/answer-correction.txt ("Spørgsmålet blev besvaret
# den <dato>"), the question cited after the earlier answer's date and quoted under its heading.
CORRECTION_EMPLOYMENT = """Beskæftigelsesministeriet
Ved Stranden 8
1061 København K

J.nr. 2019-2231
4. juni 2019

Berigtigelse af svar på spørgsmål nr. 512 (alm. del)

Spørgsmålet blev besvaret den 20. maj 2019. Det er efterfølgende konstateret, at tallet for 2018 var opgjort
forkert. Beskæftigelsesudvalget har i brev af 30. april 2019 stillet følgende spørgsmål nr. 512 (alm. del).

Spørgsmål nr. 512:
”Vil ministeren oplyse antallet af personer i fleksjob i 2018?”

Berigtiget svar:
Der var 71.300 personer i fleksjob i 2018.

Med venlig hilsen

Troels Lund Poulsen
"""

# Must not: an ordinary answer citing the question's letter ("i brev af") keeps that date, and "Endeligt svar:" is
# read as before.
ORDINARY_LETTER_DATE = CORRECTION_EMPLOYMENT.replace(
    "Berigtigelse af svar på spørgsmål nr. 512 (alm. del)\n\nSpørgsmålet blev besvaret den 20. maj 2019. Det er "
    "efterfølgende konstateret, at tallet for 2018 var opgjort\nforkert. ", "").replace(
    "Berigtiget svar:", "Endeligt svar:")

# --- a signer's double surname broken at its hyphen -------------------------------------------------------------
# The culture ministry's answer layout of tests/fixtures/letters/answer-glued-minister-role.txt, the signer's name
# wrapped at its hyphen.
SIGNER_HYPHEN_CULTURE = """Kulturudvalget 2020-21
KUU Alm.del - endeligt svar på spørgsmål 144
Offentligt

Kulturministeriet
Nybrogade 2
1203 København K

Dato: 11. januar 2021

Kulturudvalget har i brev af 15. december 2020 stillet følgende spørgsmål nr. 144 (alm. del), som
hermed besvares. Spørgsmålet er stillet efter ønske fra Mona Juul (KF).

Spørgsmål nr. 144:
”Vil ministeren oplyse, hvor mange spillesteder der fik hjælp fra kompensationsordningen i 2020?”

Svar:
Slots- og Kulturstyrelsen har oplyst, at 212 spillesteder fik hjælp i 2020.

Med venlig hilsen

Joy Mogensen
"""
SIGNER_HYPHEN_CULTURE = SIGNER_HYPHEN_CULTURE.replace("Joy Mogensen\n", "Ane Halsboe-\nJørgensen\n")

# The education ministry's layout (Sags nr. label, "Svar på spørgsmål N (BUU alm. del)" title), the minister's role
# under the wrapped name.
SIGNER_HYPHEN_EDUCATION = """Børne- og Undervisningsudvalget 2014-15
BUU Alm.del - endeligt svar på spørgsmål 61
Offentligt

Undervisningsministeriet
Frederiksholms Kanal 21
1220 København K

21. november 2014
Sags nr.: 014.412.221

Svar på spørgsmål 61 (BUU alm. del)

Spørgsmål:
Vil ministeren oplyse, hvor mange elever der i 2014 gik i 10. klasse?

Spørgsmålet er stillet efter ønske fra Alex Ahrendtsen (DF).

Svar:
Der gik i 2014 i alt 27.400 elever i 10. klasse.

Med venlig hilsen

Christine Antorini
"""
SIGNER_HYPHEN_EDUCATION = SIGNER_HYPHEN_EDUCATION.replace(
    "Christine Antorini\n", "Simon Emil Ammitzbøll-\nBille\nundervisningsminister\n")

# Must not: a signer on one line with the minister's role under it is read as before.
SIGNER_WITH_ROLE = SIGNER_HYPHEN_EDUCATION.replace("Simon Emil Ammitzbøll-\nBille\n", "Christine Antorini\n")

# --- a committee named by an adjective ----------------------------------------------------------------------------
# The climate ministry's layout of older answers (the letterhead, the committee's address, "Ministeren", "Dato:",
# "J.nr.:"); ft.dk's stamp names the committee in the indefinite form.
ADJECTIVE_COMMITTEE_ENERGY = """Energipolitisk Udvalg 2009-10
EPU alm. del Svar på Spørgsmål 88
Offentligt

Klima- og Energiministeriet
Stormgade 2-6
1470 København K

Folketingets Energipolitiske Udvalg
Christiansborg
1240 København K

Dato: 14. december 2009
J.nr.: 2009-34-0412

Folketingets Energipolitiske Udvalg har i brev af 26. november 2009 stillet følgende
spørgsmål nr. 88 (alm. del) til klima- og energiministeren. Spørgsmålet er stillet
efter ønske fra Anne Grete Holmsgaard (SF).

Spørgsmål nr. 88:
”Vil ministeren oplyse, hvor meget havvindmøllekapacitet der blev sat i drift i 2009?”

Svar:
Energistyrelsen oplyser, at der i 2009 blev sat 230 MW havvindmøllekapacitet i drift.

Med venlig hilsen

Lykke Friis
"""

# The finance ministry's layout of corpus/ft_qa/fiu-2021-22-l207-spm6-svar.txt, for the committee ODA names "Det
# Politisk-Økonomiske Udvalg", printed so in the stamp and the opening.
ADJECTIVE_COMMITTEE_ECONOMY = """Politisk-Økonomisk Udvalg 2007-08
PØU alm. del Svar på Spørgsmål 41
Offentligt

Finansministeriet
Christiansborg Slotsplads 1
1218 København K

12. februar 2008

Det Politisk-Økonomiske Udvalg har i brev af 24. januar 2008 stillet mig følgende
spørgsmål nr. 41 (alm. del), som hermed besvares.

Spørgsmål nr. 41:
”Vil ministeren oplyse den forventede vækst i BNP i 2008?”

Svar:
Det forventes, at BNP vokser med 1,2 pct. i 2008.

Med venlig hilsen

Lars Løkke Rasmussen
"""

# Must not: a committee the tables do not name by an adjective ("Det Sociale Udvalg") is no committee, and the
# words in running text in lower case ("det energipolitiske udvalgsarbejde") name none.
NO_ADJECTIVE_COMMITTEE = ADJECTIVE_COMMITTEE_ECONOMY.replace("Politisk-Økonomisk Udvalg 2007-08\n", "").replace(
    "Det Politisk-Økonomiske Udvalg har", "Det Sociale Udvalg har").replace(
    "1,2 pct. i 2008.", "1,2 pct. i 2008, jf. det energipolitiske udvalgsarbejde.")

# --- the justice ministry's label run with words among its values ------------------------------------------------
# The justice layout of tests/extract/test_answers.py::JUSTICE (signature in the header), its letterhead printed as
# a run of labels over a run of values: the office and the case handler's name among them.
JUSTICE_WORD_VALUES = """Retsudvalget 2018-19
REU Alm.del endeligt svar på spørgsmål 402
Offentligt

Folketinget
Retsudvalget
Christiansborg
1240 København K

Slotsholmsgade 10
1216 København K.
Telefon 7226 8400

Dato:
Kontor:
Sagsbeh:
Sagsnr.:
Dok.:

8. januar 2019
Politikontoret
Mette Lind Sørensen
2018-0030-2215
1011402

Hermed sendes besvarelse af spørgsmål nr. 402 (Alm. del), som Folketingets Retsudvalg
har stillet til justitsministeren den 12. december 2018. Spørgsmålet er stillet efter ønske
fra Peter Kofod (DF).

Søren Pape Poulsen
/
Jens Holm Kristensen

Spørgsmål nr. 402 (Alm. del) fra Folketingets Retsudvalg:
”Vil ministeren oplyse, hvor mange betjente der i 2018 blev uddannet?”

Svar:
Rigspolitiet har oplyst, at 614 betjente blev uddannet i 2018.
"""

# The same ministry's § 20 answer (the header of the probe class, in another order: "Kontor:" first).
JUSTICE_WORD_VALUES_S20 = """Folketingets Lovsekretariat
Christiansborg
1240 København K

Slotsholmsgade 10
1216 København K.

Kontor:
Sagsbeh:
Sagsnr.:
Dato:

Strafferetskontoret
Anders Bech
2015-6301-1021
3. marts 2015

Hermed sendes besvarelse af spørgsmål nr. S 877, som er stillet af Karina Lorentzen
Dehnhardt (SF) den 17. februar 2015.

Mette Frederiksen

/

Anders Bech

Spørgsmål nr. S 877:
”Vil ministeren oplyse, hvor mange sager om vold mod ansatte i kriminalforsorgen der blev anmeldt i 2014?”

Svar:
Kriminalforsorgen har oplyst, at 212 sager blev anmeldt i 2014.
"""

# Must not: a label run whose values were lost, the committee's address after it, gives no journal number.
JUSTICE_VALUES_LOST = JUSTICE_WORD_VALUES.replace(
    "8. januar 2019\nPolitikontoret\nMette Lind Sørensen\n2018-0030-2215\n1011402\n",
    "Folketingets Retsudvalg\nChristiansborg\n")

_Q212 = "Vil ministeren oplyse, hvor mange udlændinge der i 2020 fik inddraget deres opholdstilladelse?"
_A212 = "Udlændingestyrelsen har oplyst, at 811 udlændinge fik inddraget deres opholdstilladelse i 2020."

CASES = [
    pytest.param(S20_HEALTH_MEMBER_OPENING, expected(
        doc_type="answer", udvalg=udvalg("Sundheds- og Ældreudvalget", "SUU"), samling="2019-20", case=case("other"),
        question_number="S 1102", question_sent_date="2020-03-03", answer_date="2020-03-17",
        asked_by=[asker("Liselott Blixt", "DF")], addressee="sundheds- og ældreministeren", journal_number="2003117",
        question_text="Vil ministeren oplyse, hvor mange patienter der i 2019 blev henvist til behandling i udlandet?",
        answer_text="Danske Regioner har oplyst, at 1.214 patienter i 2019 blev henvist til behandling i udlandet.",
        signed_by="Magnus Heunicke", parties=["DF"]), id="s20-member-subject-health"),
    pytest.param(S20_EMPLOYMENT_MEMBER_OPENING, expected(
        doc_type="answer", udvalg=udvalg("Beskæftigelsesudvalget", "BEU"), samling="2017-18", case=case("other"),
        question_number="S 601", question_sent_date="2018-01-19", answer_date="2018-02-02",
        asked_by=[asker("Bent Bøgsted", "DF")], ministry="Beskæftigelsesministeriet", journal_number="2018-0412",
        question_text="Vil ministeren oplyse, hvor mange ledige over 60 år der i 2017 fik tilbud om seniorjob?",
        answer_text="Styrelsen for Arbejdsmarked og Rekruttering har oplyst, at 2.310 ledige over 60 år fik tilbud "
                    "om seniorjob i 2017.",
        signed_by="Troels Lund Poulsen", parties=["DF"]), id="s20-member-subject-employment"),
    pytest.param(S20_JUSTICE_HEADING_MEMBER, expected(
        doc_type="answer", case=case("other"), question_number="S 412", question_sent_date="2012-10-25",
        answer_date="2012-11-09", asked_by=[asker("Trine Bramsen", "S")], journal_number="2012-6301-0877",
        question_text="Vil ministeren oplyse, hvor mange sager om indbrud i private hjem der blev opklaret i 2011?",
        answer_text="Rigspolitiet har oplyst, at 4.105 sager om indbrud i private hjem blev opklaret i 2011.",
        signed_by="Morten Bødskov", persons=["Lise Holm Nielsen"], parties=["S"]), id="s20-role-before-member"),
    pytest.param(MEMBER_IN_BODY, expected(
        doc_type="answer", udvalg=udvalg("Sundheds- og Ældreudvalget", "SUU"), samling="2019-20", case=case("other"),
        question_number="S 1102", answer_date="2020-03-17", addressee="sundheds- og ældreministeren",
        journal_number="2003117",
        question_text="Vil ministeren oplyse, hvor mange patienter der i 2019 blev henvist til behandling i udlandet?",
        answer_text="Danske Regioner har oplyst, at 1.214 patienter i 2019 blev henvist til behandling i udlandet. "
                    "Jeg henviser i øvrigt til spørgsmål S 980, som Pernille Skipper (EL) har stillet om samme emne.",
        signed_by="Magnus Heunicke", persons=["Pernille Skipper"], parties=["EL"]), id="must-not-member-in-body"),
    pytest.param(HEADING_ASKER_IMMIGRATION, expected(
        doc_type="answer", udvalg=udvalg("Udlændinge- og Integrationsudvalget", "UUI"), samling="2020-21",
        case=case("alm. del"), question_number=212, question_sent_date="2021-02-04", answer_date="2021-03-02",
        asked_by=[asker("Marcus Knuth", "KF")], ministry="Udlændinge- og Integrationsministeriet",
        journal_number="2021 - 3310", question_text=_Q212, answer_text=_A212, signed_by="Mattias Tesfaye",
        parties=["KF"]), id="heading-asker-immigration"),
    pytest.param(HEADING_ASKER_SOCIAL, expected(
        doc_type="answer", udvalg=udvalg("Social- og Ældreudvalget", "SOU"), samling="2021-22",
        case=case("alm. del"), question_number=318, question_sent_date="2022-05-19", answer_date="2022-06-14",
        asked_by=[asker("Karina Adsbøl", "DF"), asker("Jane Heitmann", "V")], ministry="Social- og Ældreministeriet",
        journal_number="2022 - 4410",
        question_text="Vil ministeren oplyse, hvor mange kommuner der i 2021 tilbød aflastning til pårørende?",
        answer_text="Jeg kan oplyse, at 87 kommuner i 2021 tilbød aflastning til pårørende.", signed_by="Astrid Krag",
        parties=["DF", "V"]), id="heading-asker-social"),
    pytest.param(ASKER_UNDER_QUESTION, expected(
        doc_type="answer", udvalg=udvalg("Udlændinge- og Integrationsudvalget", "UUI"), samling="2020-21",
        case=case("alm. del"), question_number=212, answer_date="2021-03-02", asked_by=[asker("Marcus Knuth", "KF")],
        ministry="Udlændinge- og Integrationsministeriet", journal_number="2021 - 3310", question_text=_Q212,
        answer_text=_A212, signed_by="Mattias Tesfaye", parties=["KF"]), id="must-not-asker-under-question"),
    pytest.param(CORRECTION_IMMIGRATION, expected(
        doc_type="answer", udvalg=udvalg("Udlændinge- og Integrationsudvalget"), case=case("alm. del"),
        question_number=233, question_sent_date="2021-03-15", answer_date="2021-09-22",
        asked_by=[asker("Rasmus Stoklund", "S")], journal_number="2021 - 8812",
        question_text="Vil ministeren oplyse, hvor mange personer der pr. 1. marts 2021 var indkvarteret på "
                      "Udrejsecenter Sjælsmark?",
        answer_text="Kriminalforsorgen har oplyst, at der pr. 1. marts 2021 var indkvarteret 104 personer på "
                    "Udrejsecenter Sjælsmark.",
        signed_by="Mattias Tesfaye", parties=["S"]), id="correction-immigration"),
    pytest.param(CORRECTION_EMPLOYMENT, expected(
        doc_type="answer", udvalg=udvalg("Beskæftigelsesudvalget"), case=case("alm. del"), question_number=512,
        question_sent_date="2019-04-30", answer_date="2019-06-04", ministry="Beskæftigelsesministeriet",
        journal_number="2019-2231", question_text="Vil ministeren oplyse antallet af personer i fleksjob i 2018?",
        answer_text="Der var 71.300 personer i fleksjob i 2018.", signed_by="Troels Lund Poulsen"),
        id="correction-employment"),
    pytest.param(ORDINARY_LETTER_DATE, expected(
        doc_type="answer", udvalg=udvalg("Beskæftigelsesudvalget"), case=case("alm. del"), question_number=512,
        question_sent_date="2019-04-30", answer_date="2019-06-04", ministry="Beskæftigelsesministeriet",
        journal_number="2019-2231", question_text="Vil ministeren oplyse antallet af personer i fleksjob i 2018?",
        answer_text="Der var 71.300 personer i fleksjob i 2018.", signed_by="Troels Lund Poulsen"),
        id="must-not-ordinary-letter-date"),
    pytest.param(SIGNER_HYPHEN_CULTURE, expected(
        doc_type="answer", udvalg=udvalg("Kulturudvalget", "KUU"), samling="2020-21", case=case("alm. del"),
        question_number=144, question_sent_date="2020-12-15", answer_date="2021-01-11",
        asked_by=[asker("Mona Juul", "KF")], ministry="Kulturministeriet",
        question_text="Vil ministeren oplyse, hvor mange spillesteder der fik hjælp fra kompensationsordningen i 2020?",
        answer_text="Slots- og Kulturstyrelsen har oplyst, at 212 spillesteder fik hjælp i 2020.",
        signed_by="Ane Halsboe-Jørgensen", parties=["KF"]), id="signer-hyphen-culture"),
    pytest.param(SIGNER_HYPHEN_EDUCATION, expected(
        doc_type="answer", udvalg=udvalg("Børne- og Undervisningsudvalget", "BUU"), samling="2014-15",
        case=case("alm. del"), question_number=61, answer_date="2014-11-21", asked_by=[asker("Alex Ahrendtsen", "DF")],
        ministry="Undervisningsministeriet", journal_number="014.412.221",
        question_text="Vil ministeren oplyse, hvor mange elever der i 2014 gik i 10. klasse?",
        answer_text="Der gik i 2014 i alt 27.400 elever i 10. klasse.", signed_by="Simon Emil Ammitzbøll-Bille",
        signer_role="undervisningsminister", parties=["DF"]), id="signer-hyphen-education"),
    pytest.param(SIGNER_WITH_ROLE, expected(
        doc_type="answer", udvalg=udvalg("Børne- og Undervisningsudvalget", "BUU"), samling="2014-15",
        case=case("alm. del"), question_number=61, answer_date="2014-11-21", asked_by=[asker("Alex Ahrendtsen", "DF")],
        ministry="Undervisningsministeriet", journal_number="014.412.221",
        question_text="Vil ministeren oplyse, hvor mange elever der i 2014 gik i 10. klasse?",
        answer_text="Der gik i 2014 i alt 27.400 elever i 10. klasse.", signed_by="Christine Antorini",
        signer_role="undervisningsminister", parties=["DF"]), id="must-not-signer-with-role"),
    pytest.param(ADJECTIVE_COMMITTEE_ENERGY, expected(
        doc_type="answer", udvalg=udvalg("Det Energipolitiske Udvalg", "EPU"), samling="2009-10",
        case=case("alm. del"), question_number=88, question_sent_date="2009-11-26", answer_date="2009-12-14",
        asked_by=[asker("Anne Grete Holmsgaard", "SF")], addressee="klima- og energiministeren",
        ministry="Klima- og Energiministeriet", journal_number="2009-34-0412",
        question_text="Vil ministeren oplyse, hvor meget havvindmøllekapacitet der blev sat i drift i 2009?",
        answer_text="Energistyrelsen oplyser, at der i 2009 blev sat 230 MW havvindmøllekapacitet i drift.",
        signed_by="Lykke Friis", parties=["SF"]), id="adjective-committee-energy"),
    pytest.param(ADJECTIVE_COMMITTEE_ECONOMY, expected(
        doc_type="answer", udvalg=udvalg("Det Politisk-Økonomiske Udvalg", "PØU"), samling="2007-08",
        case=case("alm. del"), question_number=41, question_sent_date="2008-01-24", answer_date="2008-02-12",
        ministry="Finansministeriet", question_text="Vil ministeren oplyse den forventede vækst i BNP i 2008?",
        answer_text="Det forventes, at BNP vokser med 1,2 pct. i 2008.", signed_by="Lars Løkke Rasmussen"),
        id="adjective-committee-economy"),
    pytest.param(NO_ADJECTIVE_COMMITTEE, expected(
        doc_type="answer", udvalg=udvalg(None, "PØU"), case=case("alm. del"), question_number=41, question_sent_date="2008-01-24",
        answer_date="2008-02-12", ministry="Finansministeriet",
        question_text="Vil ministeren oplyse den forventede vækst i BNP i 2008?",
        answer_text="Det forventes, at BNP vokser med 1,2 pct. i 2008, jf. det energipolitiske udvalgsarbejde.",
        signed_by="Lars Løkke Rasmussen"), id="must-not-no-adjective-committee"),
    pytest.param(JUSTICE_WORD_VALUES, expected(
        doc_type="answer", udvalg=udvalg("Retsudvalget", "REU"), samling="2018-19", case=case("alm. del"),
        question_number=402, question_sent_date="2018-12-12", answer_date="2019-01-08",
        asked_by=[asker("Peter Kofod", "DF")], addressee="justitsministeren", journal_number="2018-0030-2215",
        question_text="Vil ministeren oplyse, hvor mange betjente der i 2018 blev uddannet?",
        answer_text="Rigspolitiet har oplyst, at 614 betjente blev uddannet i 2018.", signed_by="Søren Pape Poulsen",
        persons=["Mette Lind Sørensen", "Jens Holm Kristensen"], parties=["DF"]), id="justice-word-values"),
    pytest.param(JUSTICE_WORD_VALUES_S20, expected(
        doc_type="answer", case=case("other"), question_number="S 877", question_sent_date="2015-02-17",
        answer_date="2015-03-03", asked_by=[asker("Karina Lorentzen Dehnhardt", "SF")], journal_number="2015-6301-1021",
        question_text="Vil ministeren oplyse, hvor mange sager om vold mod ansatte i kriminalforsorgen der blev "
                      "anmeldt i 2014?",
        answer_text="Kriminalforsorgen har oplyst, at 212 sager blev anmeldt i 2014.", signed_by="Mette Frederiksen",
        persons=["Anders Bech"], parties=["SF"]), id="justice-word-values-s20"),
    pytest.param(JUSTICE_VALUES_LOST, expected(
        doc_type="answer", udvalg=udvalg("Retsudvalget", "REU"), samling="2018-19", case=case("alm. del"),
        question_number=402, question_sent_date="2018-12-12", asked_by=[asker("Peter Kofod", "DF")],
        addressee="justitsministeren",
        question_text="Vil ministeren oplyse, hvor mange betjente der i 2018 blev uddannet?",
        answer_text="Rigspolitiet har oplyst, at 614 betjente blev uddannet i 2018.", signed_by="Søren Pape Poulsen",
        persons=["Jens Holm Kristensen"], parties=["DF"]), id="must-not-justice-values-lost"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_answer_layout_variant_reads_every_field(text: str, want: dict, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path) == want
