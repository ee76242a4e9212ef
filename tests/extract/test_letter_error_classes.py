"""Issue 13's error classes, one table row each, every ft_qa field checked.

Each sample is a realistic Danish letter written for this test from the structure of a real
dev letter of a similar ministry (named in the row's comment): the dev letter's layout is kept
and its wording, names, numbers and dates are changed so the letter shows the error class.
The expected record is read by hand from the sample by the ft_qa README's labelling
conventions (the fields of `FIELDS`); nothing is copied from the extractor's output. The
samples are not real documents.

The mojibake rows at the end write the sample as bytes in another encoding (or with UTF-8
read as Windows-1252 inside it) and check the letter is repaired, or the loader's warning
names the file.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.load import load
from knowledge.pipeline import extract_path

# The ft_qa README's fields (its "Labelling conventions"); kommuner are compared by name.
FIELDS = ("doc_type", "udvalg", "samling", "case", "question_number", "question_sent_date", "answer_date",
          "deadline", "asked_by", "addressee", "ministry", "journal_number", "question_text", "answer_text",
          "signed_by", "signer_role", "kommuner", "persons", "parties")


def record(path: Path) -> dict:
    flat = extract_path(path).flat.model_dump(mode="json")
    out = {k: flat[k] for k in FIELDS}
    out["kommuner"] = [k["name"] for k in flat["kommuner"]]
    return out


def expected(**fields: object) -> dict:
    """A full record: the fields a row names, every other field empty (null, [])."""
    unknown = set(fields) - set(FIELDS)
    assert not unknown, unknown
    empty: dict = {k: [] if k in ("asked_by", "kommuner", "persons", "parties") else None for k in FIELDS}
    return {**empty, **fields}


def udvalg(name: str | None, abbrev: str | None = None) -> dict:
    return {"name": name, "abbrev": abbrev}


def case(kind: str | None, number: str | None = None) -> dict:
    return {"kind": kind, "number": number}


def asker(name: str, party: str | None) -> dict:
    return {"name": name, "party": party}


# --- a word glued to a name or title ---------------------------------------------------------
# From corpus/ft_qa_ministries/kou-2011-12-l108-spm5-spm.txt (an older question letter whose
# lines the converter glued: the addressee to the date, the bill title to the heading, the chair's
# role to the name); here a housing bill, a title ending in "for ...", the asker line kept.
GLUED_CHAIR_ROLE = """Boligudvalget 2013-14
L 87 Spørgsmål 9
Offentligt
Ministeren for by, bolig og landdistrikter3. februar 2014
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:L 87
Forslag til lov om ændring af lov om almene boliger m.v.Af ministeren for by, bolig og landdistrikter (Carsten Hansen)Spørgsmål 9
Vil ministeren oplyse, hvor mange almene familieboliger der forventes renoveret med støtte fra Landsbyggefonden i 2014 og 2015?Spørgsmålet er stillet efter ønske fra Bjarne Laustsen (S).Svaret bedes sendt elektronisk til [email protected].På udvalgets vegne
Mike Legarthformand
1/1
"""

# From corpus/ft_qa/sou-2009-10-spm662-svar.txt (social ministry, "Under henvisning til ...
# følger hermed <titel>ens endelige svar", header and body glued, "Name/ Official" signature with
# no greeting); here "hermed" is glued to the title as well.
GLUED_HERMED_TITLE = """Socialudvalget 2010-11
SOU Alm.del
Offentligt
Folketingets Socialudvalg
DepartementetHolmens Kanal 221060 København K
Tlf. 3392 9300
Dato: 14. marts 2011
LSP/ J.nr. 2011-1187
Under henvisning til Folketingets Socialudvalgs brev af 21. februar2011 følger hermedsocialministerens endelige svar på spørgsmål nr.318 (SOU Alm. del).Spørgsmålet er stillet efter ønske fra Özlem Sara Cekic (SF).
Spørgsmål nr. 318:”Ministeren bedes oplyse, hvor mange kommuner der i 2010 har tilbudt weekendaflastning til forældre til børn med handicap.”
Svar:Jeg kan oplyse, at ministeriet ikke har en landsdækkende opgørelse af, hvor mange kommuner der tilbyder weekend-aflastning til forældre til børn med handicap.
Benedikte Kiær/ Lars Møller Christiansen
"""

# --- a journal number glued to the next label --------------------------------------------------
# From corpus/ft_qa/suu-2019-20-spm286-svar.txt (health ministry: address and contact block,
# "Enhed", "Sagsbeh.", "Sagsnr.", "Dok. nr.", "Dato" labels, minister "/" official); here the
# converter glued the labels and values of the block into one run.
GLUED_JOURNAL_LABEL = """Sundheds- og Ældreudvalget 2020-21
SUU Alm.del
Offentligt
2291044_0001.png
Holbergsgade 6
DK-1057 København K
T +45 7226 9000
W sum.dk
Folketingets Sundheds- og Ældreudvalg
Enhed: SPOLDSagsbeh.: DEPANJSagsnr.2100873Doknr.1571266Dato15. marts 2021
Folketingets Sundheds- og Ældreudvalg har den 1. marts 2021 stillet følgende
spørgsmål nr. 512 (Alm. del) til sundhedsministeren, som hermed besvares.
Spørgsmålet er stillet efter ønske fra Peder Hvelplund (EL).
Spørgsmål nr. 512:
”Vil ministeren oplyse, hvor mange patienter der i 2020 ventede mere end 30 dage på en
MR-scanning?”
Svar:
Danske Regioner har oplyst, at 4.812 patienter i 2020 ventede mere end 30 dage på en
MR-scanning.
Med venlig hilsen
Magnus Heunicke
/
Anne Juul Kristensen
"""

# --- a street address taken as the journal number ---------------------------------------------
# From corpus/ft_qa_ministries/tru-2019-20-spm33-svar.txt (transport ministry: "Dato" and
# "J. nr." printed as a column, the values under them, the street address, "Telefon"); here the
# address stands between the labels and their values.
ADDRESS_BEFORE_VALUES = """Transportudvalget 2019-20
TRU Alm.del
Offentligt
2142277_0001.png
TRANSPORTMINISTEREN
Transportudvalget
Folketinget
Dato
J. nr.
Frederiksholms Kanal 27 F
1220 København K
12. marts 2020
2020-1422
Telefon
41 71 27 00
Transportudvalget har i brev af 20. februar 2020 stillet mig følgende spørgsmål
(TRU alm. del), som jeg hermed skal besvare. Spørgsmålet er stillet efter ønske
fra Kristian Pihl Lorentzen (V).
Spørgsmål nr. 402:
Vil ministeren oplyse, hvornår udvidelsen af E45 mellem Vejle og Skanderborg
forventes afsluttet?
Svar:
Vejdirektoratet forventer, at udvidelsen af strækningen står færdig i 2024.
Med
venlig
hilsen
Benny Engelbrecht
"""

# --- an answer with no "Svar" label after the quoted question ---------------------------------
# From corpus/ft_qa/amu-2008-09-spm53-svar.txt (employment ministry: glued letterhead, date glued
# to "J.nr.", quoted question under "Spørgsmål nr. N:"); here the body follows the quote with no
# "Svar" label at all.
NO_SVAR_LABEL = """Beskæftigelsesudvalget 2010-11
BEU Alm.del
Offentligt
701552_0001.png
Folketingets BeskæftigelsesudvalgChristiansborg1240 København K
Beskæftigelsesministeriet
Ved Stranden 8
1061 København K
Beskæftigelsesudvalget har i brev af 3. februar 2011 stillet følgende spørgsmålnr. 211 (BEU alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fraLeif Lahn Jensen (S).
22. februar 2011J.nr. 2011-0001342

Spørgsmål nr. 211:

”Ministeren bedes oplyse, hvor mange personer der i 2010 modtog ledighedsydelse i mere end 18 måneder?”

Der var i 2010 i alt 6.130 personer, som modtog ledighedsydelse i mere end 18 måneder, svarende til ca. 27 pct. af alle modtagere af ledighedsydelse.

Venlig hilsen
Inger Støjberg
"""

# --- a letter that starts mid-page -------------------------------------------------------------
# From corpus/ft_qa_ministries/sou-2021-22-spm264-svar.txt (social ministry, "har d. <dato>
# stillet følgende spørgsmål nr. N (alm. del) til ..., som hermed besvares"); the stored text
# starts at the opening sentence: no stamp, no letterhead, no date.
MID_PAGE_ANSWER = """Folketingets Social- og Ældreudvalg har d. 9. marts 2022 stillet følgende
spørgsmål nr. 301 (alm. del) til social- og ældreministeren, som hermed
besvares. Spørgsmålet er stillet efter ønske fra Marlene Harpsøe (DF).
Spørgsmål nr. 301:
”Vil ministeren oplyse, hvor mange ældre der i 2021 fik afslag på en plads i en
plejebolig?”
Svar:
Social- og Ældreministeriet har ikke oplysninger om antallet af afslag, da
kommunerne ikke indberetter dem til ministeriet.
Med venlig hilsen
Astrid Krag
"""

# From corpus/ft_qa_ministries/uvt-2009-10-spm265-spm.txt (a question letter stored from its
# request line, the labels glued after the sentences, cut at "På udvalgets vegne").
MID_PAGE_QUESTION = """Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:FLF alm. del
Spørgsmål 148
Vil ministeren redegøre for, hvor mange kontrolbesøg Fødevarestyrelsen aflagde hos økologiske landbrug i 2012?Spørgsmålet er stillet efter ønske fra Per Clausen (EL).Svaret bedes sendt elektronisk til [email protected].På udvalgets vegne
"""

# --- a letterhead or address block between the body and the greeting ---------------------------
# From corpus/ft_qa/ufu-2016-17-spm3-svar.txt (education ministry: "Ministeren" sender, "Svar"
# without colon, then the date and the ministry's address and contact column before "Med venlig
# hilsen", "CVR-nr."/"Ref.-nr." labels paired with their values from the end).
LETTERHEAD_BEFORE_GREETING = """Uddannelses- og Forskningsudvalget 2017-18
UFU Alm.del
Offentligt
1811420_0001.png
Ministeren
Uddannelses- og Forskningsudvalget
Folketinget
Christiansborg
1240 København K
I brev af 12. januar 2018 har udvalget efter ønske fra Jens Henrik Thulesen Dahl (DF) stillet
mig følgende spørgsmål:
Spørgsmål nr. 118 (Alm. del)
Vil ministeren oplyse, hvor mange studerende der i 2017 fik dispensation til at overskride
studietiden?
Svar
Uddannelses- og Forskningsstyrelsen har oplyst, at 1.904 studerende fik dispensation i 2017.
2. februar 2018
Uddannelses- og
Forskningsministeriet
Børsgade 4
Post
Postboks 2135
1015 København K
Tel.
3392 9700
Mail
[email protected]
Web
www.ufm.dk
CVR-nr.
Ref.-nr.
1680 5408
18/004512-03
Med venlig hilsen
Tommy Ahlers
Side
1/1
"""

# --- label/value columns printed apart ------------------------------------------------------------
# From corpus/ft_qa_ministries/sou-2021-22-spm264-svar.txt (social ministry: "Sagsnr.", "Doknr.",
# "Dato" each over its value); here the three labels are one run and their values the next.
LABEL_VALUE_RUNS = """Folketingets Social- og Ældreudvalg
Holmens Kanal 22
1060 København K
Telefon 33 92 93 00
www.sm.dk
Sagsnr.
Doknr.
Dato
2022 - 2210
541877
25-03-2022
Folketingets Social- og Ældreudvalg har d. 11. marts 2022 stillet følgende
spørgsmål nr. 288 (alm. del) til social- og ældreministeren, som hermed
besvares. Spørgsmålet er stillet efter ønske fra Karina Adsbøl (DF).
Spørgsmål nr. 288:
”Vil ministeren oplyse, hvor mange borgere der i 2021 var visiteret til en plads på et
plejehjem?”
Svar:
Social- og Ældreministeriet har ikke tal for 2021. Danmarks Statistik offentliggør
tallene i juni 2022.
Med venlig hilsen
Astrid Krag
"""

# --- minister titles over two lines ---------------------------------------------------------------
# From corpus/ft_qa_ministries/kef-2020-21-spm466-spm.txt (a modern question letter: "Til:" and
# "Dato:" as a column, their values under them); here the addressee's title is broken after "og".
TITLE_TWO_LINES_QUESTION = """Klima-, Energi- og Forsyningsudvalget
Til:
Dato:
Klima-, energi- og
forsyningsministeren
14. januar 2021
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
KEF alm. del
Spørgsmål 201
Vil ministeren oplyse, hvor stor en andel af fjernvarmen der i 2020 blev produceret på
biomasse?
Spørgsmålet er stillet efter ønske fra Mona Juul (KF).
På udvalgets vegne
Anders Kronborg
formand
1/1
"""

# From corpus/ft_qa/eru-2015-16-s1107-svar.txt (business ministry: "ERHVERVS- OG\nVÆKSTMINISTEREN"
# as the sender over two lines, the date under it, "Svar:", the letterhead block before the
# greeting); here also the signer's role under the name, broken after "og".
TITLE_TWO_LINES_ANSWER = """Erhvervsudvalget 2016-17
ERU Alm.del
Offentligt
1722093_0001.png
ERHVERVS- OG
VÆKSTMINISTEREN
24. januar 2017
Erhvervsudvalget har i brev af 10. januar 2017 stillet følgende spørgsmål nr. 187 (alm. del)
til erhvervs- og vækstministeren, som hermed besvares.
Spørgsmål nr. 187:
”Vil ministeren oplyse, hvor mange virksomheder der i 2016 fik afslag på en ansøgning om
eksportkredit?”
Svar:
Eksportkreditfonden har oplyst, at fonden i 2016 gav afslag på 14 ansøgninger.
Med venlig hilsen
Brian Mikkelsen
Erhvervs- og
vækstminister
"""

# --- a bare "MINISTEREN" sender -------------------------------------------------------------------
# From corpus/ft_qa_ministries/tru-2015-16-spm129-svar.txt (transport ministry: "MINISTEREN" heads
# the letter, "Dato"/"J. nr." column, "Med\nvenlig\nhilsen" one word a line).
BARE_MINISTEREN = """MINISTEREN
Transport- og Bygningsudvalget
Folketinget
Dato
J. nr.
3. marts 2016
2016-1187
Frederiksholms Kanal 27 F
1220 København K
Telefon
41 71 27 00
Transport- og Bygningsudvalget har i brev af 18. februar 2016 stillet mig
følgende spørgsmål (TRU alm. del), som jeg hermed skal besvare. Spørgsmålet er
stillet efter ønske fra Rasmus Prehn (S).
Spørgsmål nr. 244:
Vil ministeren oplyse, hvor mange ladestandere der er opstillet ved rastepladser langs
statsvejene?
Svar:
Vejdirektoratet har oplyst, at der ved udgangen af 2015 var opstillet 46 ladestandere.
Med
venlig
hilsen
Hans Chr. Schmidt
"""

# --- justice-ministry layout with the signature in the header ------------------------------------
# From tests/extract/test_answers.py::JUSTICE (the justice layout: "Hermed sendes besvarelse af
# spørgsmål nr. N ...", the minister and the official under "/" right after it, then the question),
# with the ft.dk stamp and "Dato:"/"Sagsnr.:" lines of corpus/ft_qa/suu-2019-20-spm286-svar.txt.
JUSTICE_SIGNED_IN_HEADER = """Retsudvalget 2019-20
REU Alm.del
Offentligt
2150311_0001.png
Folketingets Retsudvalg
Christiansborg
1240 København K
Dato: 6. april 2020
Sagsnr.: 2020-0030-0412
Hermed sendes besvarelse af spørgsmål nr. 1021 (Alm. del), som Folketingets Retsudvalg har stillet til justitsministeren den 17. marts 2020. Spørgsmålet er stillet efter ønske fra Rosa Lund (EL).
Nick Hækkerup
/
Jens Olsen
Spørgsmål nr. 1021 (Alm. del) fra Folketingets Retsudvalg:
”Vil ministeren oplyse, hvor mange anmeldelser af cykeltyveri politiet modtog i 2019?”
Svar:
Justitsministeriet har indhentet en udtalelse fra Rigspolitiet, som har oplyst, at politiet i 2019 modtog 41.207 anmeldelser af cykeltyveri.
"""

# --- ft.dk's web archive page for a § 20 question -------------------------------------------------
# From tests/fixtures/letters/s20-web-archive.txt (the archive page: title, "Tilhører sager:",
# "Aktører:", the PDF link, then ft.dk's § 20 form) with the numbering of
# corpus/ft_qa/eru-2015-16-s1107-svar.txt's question; another minister, member and date.
S20_WEB_ARCHIVE = """Vil ministeren oplyse, hvor mange nye almene boliger der blev taget i brug i 2022?

Tilhører sager:

Aktører:


Vil ministeren oplyse, hvor mange nye almene boliger der blev taget i brug i 2022?

https://www.ft.dk/samling/20222/spoergsmaal/s402/spm/2712044.pdf

Side 1 | 1
Spørgsmål nr. S 402
§ 20-spørgsmål til skriftlig besvarelse
Til: Social-, bolig- og ældreministeren
Dato: 14. marts 2023
Stillet af: Søren Egge Rasmussen (EL)
Vil ministeren oplyse, hvor mange nye almene boliger der blev taget i brug i 2022?
(Spm. nr. S 402).
Svaret bedes sendt elektronisk til spørgeren på [email protected] og til
Lovsekretariatet på [email protected].
På Folketingets formands vegne
Lovsekretariatet
Offentligt
S 402
2022-23
"""

# --- samråd letters -------------------------------------------------------------------------------
# From corpus/ft_qa_ministries/suu-2020-21-samspmBL-spm.txt ("I et kommende samråd ønsker
# udvalget en drøftelse af følgende spørgsmål", "Samrådsspørgsmål BL"); another committee, one
# minister, two askers.
SAMRAAD = """Beskæftigelsesudvalget
Til:
Dato:
Beskæftigelsesministeren
4. november 2022
I et kommende samråd ønsker udvalget en drøftelse af følgende spørgsmål:
BEU alm. del
Samrådsspørgsmål C
Vil ministeren redegøre for, hvordan regeringen vil sikre, at seniorer med lang tid på
arbejdsmarkedet kan trække sig tidligere tilbage?
Spørgsmålet er stillet efter ønske fra Bent Bøgsted (DF) og Hans Kristian Skibby (DF).
På udvalgets vegne
Bent Bøgsted
formand
1/1
"""

# --- correction letters (berigtigelse) ------------------------------------------------------------
# From corpus/ft_qa_ministries/uui-2019-20-spm7-berigtigelse.txt ("Ministeren" sender, the title
# "Berigtigelse af svar på spørgsmål nr. N", the paragraph citing the question, the correction,
# the date and the ministry's name over two lines after it).
CORRECTION = """Ministeren
Skatteudvalget
Folketinget
Christiansborg
1240 København K
Berigtigelse af svar på spørgsmål nr. 214 (alm. del) fra Folketingets Skatteudvalg
Skatteudvalget stillede den 2. februar 2021 spørgsmål nr. 214 (alm. del) efter ønske fra
Dennis Flydtkjær (DF) til skatteministeren.
I besvarelsen af 1. marts 2021 er det oplyst, at 212 virksomheder fik udskudt betalingen af
moms. Det rette tal er 2.120 virksomheder. Der er tale om en tastefejl.
Jeg beklager fejlen.
8. marts 2021
Skatteministeriet
"""

# --- interim answers ------------------------------------------------------------------------------
# From corpus/ft_qa/suu-2019-20-spm286-svar.txt (health ministry interim answer: "Dato:
# dd-mm-yyyy", "Sagsnr.:", the promise of a later answer, minister "/" official); here the label
# is "Foreløbigt svar:".
INTERIM = """Sundheds- og Ældreudvalget 2018-19
SUU Alm.del
Offentligt
1993120_0001.png
Holbergsgade 6
DK-1057 København K
T +45 7226 9000
W sum.dk
Folketingets Sundheds- og Ældreudvalg
Dato: 14-01-2019
Enhed: SPOLD
Sagsnr.: 1812233
Dok. nr.: 790145
Folketingets Sundheds- og Ældreudvalg har den 19. december 2018 stillet følgende
spørgsmål nr. 355 (Alm. del) til sundheds- og ældreministeren, som hermed besvares.
Spørgsmålet er stillet efter ønske fra Flemming Møller Mortensen (S).
Spørgsmål nr. 355:
”Vil ministeren oplyse ventetiden på høreapparatbehandling i hver region?”
Foreløbigt svar:
Ministeriet har til brug for min besvarelse anmodet om bidrag fra Danske Regioner.
Jeg forventer at kunne besvare spørgsmålet endeligt medio februar 2019.
Med venlig hilsen
Ellen Trane Nørby
/
Peter Holm
"""

# From corpus/ft_qa/sou-2008-09-l15-spm20-svar.txt (a social ministry answer stored as UTF-8 read
# as Windows-1252: "Ã¸" for "ø", "â€" for the quotes); written out as the same bytes.
MOJIBAKE_LETTER = """Socialudvalget 2010-11
SOU Alm.del
Offentligt
Folketingets Socialudvalg
Dato: 2. maj 2011
J.nr. 2011-4471
Under henvisning til Folketingets Socialudvalgs brev af 12. april 2011 følger hermed socialministerens endelige svar på spørgsmål nr. 540 (SOU Alm. del). Spørgsmålet er stillet efter ønske fra Thomas Adelskov (S).
Spørgsmål nr. 540:
”Vil ministeren oplyse, hvor mange børn der i 2010 blev anbragt uden for hjemmet i Næstved Kommune?”
Svar:
Ankestyrelsen har oplyst, at 118 børn blev anbragt uden for hjemmet i Næstved Kommune i 2010.
Med venlig hilsen
Benedikte Kiær
"""

# "til"/"hermed" glued to a title of the form "ministeren for <field>", and that title's group
# genitive ("ministeren for ligestillings endelige svar").
# From corpus/ft_qa_ministries/sou-2021-22-spm264-svar.txt ("Dato" over its value, "har d. <dato>
# stillet følgende spørgsmål nr. N (alm. del) til <titel>, som hermed besvares"); food ministry.
GLUED_TIL_FOR_TITLE = """Fødevareudvalget 2012-13
FLF Alm.del
Offentligt
1232410_0001.png
Folketingets Fødevareudvalg
Dato
12-04-2013
Folketingets Fødevareudvalg har d. 21. marts 2013 stillet følgende
spørgsmål nr. 266 (alm. del) tilministeren for fødevarer, landbrug og fiskeri, som
hermed besvares. Spørgsmålet er stillet efter ønske fra Per Clausen (EL).
Spørgsmål nr. 266:
”Vil ministeren oplyse, hvor mange økologiske mælkeproducenter der var i Danmark i 2012?”
Svar:
Fødevarestyrelsen har oplyst, at der i 2012 var 412 økologiske mælkeproducenter.
Med venlig hilsen
Karen Hækkerup
"""

# From corpus/ft_qa/sou-2009-10-spm662-svar.txt (as GLUED_HERMED_TITLE), for the equality minister.
GLUED_HERMED_FOR_TITLE = """Ligestillingsudvalget 2011-12
LIU Alm.del
Offentligt
Folketingets Ligestillingsudvalg
Dato: 7. marts 2012
J.nr. 2012-0412
Under henvisning til Folketingets Ligestillingsudvalgs brev af 20. februar2012 følger hermedministeren for ligestillings endelige svar på spørgsmål nr.41 (LIU Alm. del).Spørgsmålet er stillet efter ønske fra Mai Henriksen (KF).
Spørgsmål nr. 41:”Vil ministeren oplyse, hvor mange kommuner der har udarbejdet en ligestillingsredegørelse i 2011?”
Svar:Jeg kan oplyse, at alle kommuner har indsendt en ligestillingsredegørelse i 2011.
Manu Sareen/ Hanne Lund
"""

# From corpus/ft_qa/sou-2009-10-spm662-svar.txt's opening, in a modern letter with a greeting;
# nothing glued: the group genitive alone.
FOR_TITLE_GENITIVE = """Folketingets Ligestillingsudvalg
Dato: 2. december 2019
J.nr. 2019-7731
Under henvisning til Folketingets Ligestillingsudvalgs brev af 14. november 2019 følger hermed
ministeren for ligestillings endelige svar på spørgsmål nr. 12 (LIU Alm. del). Spørgsmålet er
stillet efter ønske fra Karina Lorentzen Dehnhardt (SF).
Spørgsmål nr. 12:
”Vil ministeren oplyse, hvor mange virksomheder der har indberettet kønsopdelt lønstatistik for
2018?”
Svar:
Danmarks Statistik har oplyst, at 3.412 virksomheder indberettede kønsopdelt lønstatistik for 2018.
Med venlig hilsen
Mogens Jensen
"""

# From corpus/ft_qa_ministries/kef-2020-21-spm466-spm.txt (as TITLE_TWO_LINES_QUESTION); a title
# in "for ..." broken after its "og".
FOR_TITLE_TWO_LINES_QUESTION = """Fødevareudvalget
Til:
Dato:
Ministeren for fødevarer, landbrug og
fiskeri
5. juni 2014
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
FLF alm. del
Spørgsmål 402
Vil ministeren oplyse, hvor mange minkfarme der blev kontrolleret af Fødevarestyrelsen i 2013?
Spørgsmålet er stillet efter ønske fra Lennart Damsbo-Andersen (S).
På udvalgets vegne
Erling Bonnesen
formand
1/1
"""

# From corpus/ft_qa/eru-2015-16-s1107-svar.txt (as TITLE_TWO_LINES_ANSWER); the role under the
# signature broken after "for".
FOR_ROLE_TWO_LINES_ANSWER = """Udvalget for Landdistrikter og Øer 2013-14
ULØ Alm.del
Offentligt
1355021_0001.png
MINISTEREN FOR BY, BOLIG OG LANDDISTRIKTER
3. april 2014
Udvalget for Landdistrikter og Øer har i brev af 14. marts 2014 stillet følgende spørgsmål
nr. 98 (alm. del) til ministeren for by, bolig og landdistrikter, som hermed besvares.
Spørgsmål nr. 98:
”Vil ministeren oplyse, hvor mange ansøgninger om støtte fra Landdistriktspuljen der blev
imødekommet i 2013?”
Svar:
Der blev i 2013 imødekommet 171 ansøgninger om støtte fra Landdistriktspuljen.
Med venlig hilsen
Carsten Hansen
Minister for
by, bolig og landdistrikter
"""

# From corpus/ft_qa_ministries/tru-2015-16-spm129-svar.txt (as BARE_MINISTEREN); the converter
# lost the J. nr. value, so the column holds one value (the date) for two labels.
JOURNAL_VALUE_LOST = BARE_MINISTEREN.replace("3. marts 2016\n2016-1187\n", "3. marts 2016\n")

# From corpus/ft_qa_ministries/sou-2021-22-spm264-svar.txt: the stored text starts at the heading
# of page 2 (the opening sentence with the committee is on the lost first page).
MID_PAGE_FROM_HEADING = MID_PAGE_ANSWER[MID_PAGE_ANSWER.index("Spørgsmål nr. 301"):]

# ft.dk's web archive page of an answer: the page's title, "Tilhører sager:", "Aktører:", the
# answer PDF's address, then the PDF text with ft.dk's stamp at its top.
# From corpus/ft_qa/eru-2015-16-s1107-svar.txt (a § 20 answer: "Besvarelse af spørgsmål N stillet
# af X (P) den ...", "Begrundelse", "Svar:", the letterhead before the greeting) inside the archive
# page of tests/fixtures/letters/s20-web-archive.txt; another minister, member and question.
S20_ANSWER_WEB_ARCHIVE = """Vil ministeren oplyse, hvor mange virksomheder der har modtaget eksportstøtte i 2016?

Tilhører sager:

Aktører:


Vil ministeren oplyse, hvor mange virksomheder der har modtaget eksportstøtte i 2016?

https://www.ft.dk/samling/20161/spoergsmaal/s412/svar/1398120/1725503.pdf

Erhvervs-, Vækst- og Eksportudvalget 2016-17
S 412
Offentligt
1725503_0001.png
Folketingets Lovsekretariat
ERHVERVS- OG
VÆKSTMINISTEREN
13. december 2016
Besvarelse af spørgsmål S 412 stillet af Benny Engelbrecht (S) den 5. december
2016.
Spørgsmål S 412:
Vil ministeren oplyse, hvor mange virksomheder der har modtaget eksportstøtte i 2016?
Begrundelse
Der henvises til Eksportrådets årsrapport.
Svar:
Eksportrådet har oplyst, at 3.114 virksomheder har modtaget eksportstøtte i 2016.
ERHVERVS- OG
VÆKSTMINISTERIET
Slotsholmsgade 10-12
1216 København K
Tlf.
33 92 33 50
Med venlig hilsen
Brian Mikkelsen
"""

# From corpus/ft_qa_ministries/tru-2019-20-spm33-svar.txt (transport ministry, as
# ADDRESS_BEFORE_VALUES) inside the archive page of tests/fixtures/letters/question-web-archive.txt.
ANSWER_WEB_ARCHIVE = """Vil ministeren oplyse, hvor mange broer på statsvejnettet der blev renoveret i 2019?

Tilhører sager:

Aktører:


Vil ministeren oplyse, hvor mange broer på statsvejnettet der blev renoveret i 2019?

https://www.ft.dk/samling/20191/almdel/tru/spm/488/svar/1651230/2188420.pdf

Transportudvalget 2019-20
TRU Alm.del
Offentligt
2188420_0001.png
TRANSPORTMINISTEREN
Transportudvalget
Folketinget
Dato
J. nr.
8. maj 2020
2020-2871
Frederiksholms Kanal 27 F
1220 København K
Transportudvalget har i brev af 21. april 2020 stillet mig følgende spørgsmål
(TRU alm. del), som jeg hermed skal besvare. Spørgsmålet er stillet efter ønske
fra Henning Hyllested (EL).
Spørgsmål nr. 488:
Vil ministeren oplyse, hvor mange broer på statsvejnettet der blev renoveret i 2019?
Svar:
Vejdirektoratet har oplyst, at 37 broer på statsvejnettet blev renoveret i 2019.
Med
venlig
hilsen
Benny Engelbrecht
"""

# Two ministers glued in the "Til:" column of a samråd letter (ft_qa_ministries README: the
# addressee is the first). From corpus/ft_qa_ministries/suu-2020-21-samspmBL-spm.txt, which lists
# two ministers on two lines.
SAMRAAD_TWO_MINISTERS_GLUED = SAMRAAD.replace("Beskæftigelsesministeren\n4. november",
                                              "BeskæftigelsesministerenFinansministeren\n4. november")

# The minister's role in "for ..." glued to the name line. From FOR_ROLE_TWO_LINES_ANSWER's source,
# corpus/ft_qa/eru-2015-16-s1107-svar.txt.
GLUED_FOR_ROLE = FOR_ROLE_TWO_LINES_ANSWER.replace("Carsten Hansen\nMinister for\nby, bolig og landdistrikter",
                                                   "Carsten Hansenminister for by, bolig og landdistrikter")

# The letter's date after the place with no "den" ("København, 25. marts 2022").
# From corpus/ft_qa_ministries/sou-2021-22-spm264-svar.txt (as LABEL_VALUE_RUNS) with the date as a
# dateline above the opening instead of a "Dato" label.
PLACE_DATELINE_SOCIAL = LABEL_VALUE_RUNS.replace("Sagsnr.\nDoknr.\nDato\n2022 - 2210\n541877\n25-03-2022\n",
                                                 "Sagsnr.\nDoknr.\n2022 - 2210\n541877\nKøbenhavn, 25. marts 2022\n")
# From corpus/ft_qa_ministries/sou-2021-22-spm264-svar.txt (as GLUED_TIL_FOR_TITLE), dated so.
PLACE_DATELINE_FOOD = GLUED_TIL_FOR_TITLE.replace("Dato\n12-04-2013\n", "København, 12. april 2013\n")

# The health ministry's letterhead labels printed as one run and their values as the next, the
# unit's and case handler's codes among them. From corpus/ft_qa/suu-2019-20-spm286-svar.txt
# ("Dato:", "Enhed: SPOLD", "Sagsbeh.: DEPSEL", "Sagsnr.: 1910466", "Dok. nr.: 1044656").
HEALTH_LABEL_RUNS = INTERIM.replace("Dato: 14-01-2019\nEnhed: SPOLD\nSagsnr.: 1812233\nDok. nr.: 790145\n",
                                    "Dato:\nEnhed:\nSagsbeh.:\nSagsnr.:\nDok. nr.:\n14-01-2019\nSPOLD\nDEPPHO\n"
                                    "1812233\n790145\n")
# The same in the justice layout (as JUSTICE_SIGNED_IN_HEADER) with an office and a case handler.
JUSTICE_LABEL_RUNS = JUSTICE_SIGNED_IN_HEADER.replace(
    "Dato: 6. april 2020\nSagsnr.: 2020-0030-0412\n",
    "Kontor:\nSagsbeh.:\nSagsnr.:\nDato:\nSTRAF\nJOL\n2020-0030-0412\n6. april 2020\n")

# The answer with no "Svar" label glued to the quoted question by the converter ("?”Der var").
# From corpus/ft_qa/amu-2008-09-spm53-svar.txt (as NO_SVAR_LABEL).
QUOTE_GLUED_BODY = NO_SVAR_LABEL.replace("måneder?”\n\nDer var", "måneder?”Der var")
# The question in the Danish »...« quotes (corpus/ft_qa/eru-2015-16-s1107-svar.txt quotes so),
# the answer under it with no label. From corpus/ft_qa/amu-2008-09-spm53-svar.txt.
GUILLEMETS_NO_SVAR = NO_SVAR_LABEL.replace("”Ministeren", "»Ministeren").replace("måneder?”", "måneder?«")
# Glued and in »...«, in the social ministry's glued layout of corpus/ft_qa/sou-2009-10-spm662-svar.txt
# (as GLUED_HERMED_TITLE) with its "Svar:" left out.
GUILLEMETS_GLUED = GLUED_HERMED_TITLE.replace(
    "Spørgsmål nr. 318:”Ministeren", "Spørgsmål nr. 318:»Ministeren").replace(
    "med handicap.”\nSvar:Jeg kan", "med handicap.«Jeg kan")

GLUED_CHAIR_ROLE_Q = ("Vil ministeren oplyse, hvor mange almene familieboliger der forventes renoveret med støtte "
                      "fra Landsbyggefonden i 2014 og 2015?")

CASES = [
    pytest.param(GLUED_CHAIR_ROLE, expected(
        doc_type="question", udvalg=udvalg("Boligudvalget"), samling="2013-14", case=case("L", "87"),
        question_number=9, question_sent_date="2014-02-03", asked_by=[asker("Bjarne Laustsen", "S")],
        addressee="ministeren for by, bolig og landdistrikter", question_text=GLUED_CHAIR_ROLE_Q,
        signed_by="Mike Legarth", signer_role="formand", persons=["Carsten Hansen"], parties=["S"]),
        id="glued_name_and_role"),
    pytest.param(GLUED_HERMED_TITLE, expected(
        doc_type="answer", udvalg=udvalg("Socialudvalget", "SOU"), samling="2010-11", case=case("alm. del"),
        question_number=318, question_sent_date="2011-02-21", answer_date="2011-03-14",
        asked_by=[asker("Özlem Sara Cekic", "SF")], addressee="socialministeren", journal_number="2011-1187",
        question_text="Ministeren bedes oplyse, hvor mange kommuner der i 2010 har tilbudt weekendaflastning til "
                      "forældre til børn med handicap.",
        answer_text="Jeg kan oplyse, at ministeriet ikke har en landsdækkende opgørelse af, hvor mange kommuner "
                    "der tilbyder weekend-aflastning til forældre til børn med handicap.",
        signed_by="Benedikte Kiær", persons=["Lars Møller Christiansen"], parties=["SF"]),
        id="glued_hermed_title"),
    pytest.param(GLUED_JOURNAL_LABEL, expected(
        doc_type="answer", udvalg=udvalg("Sundheds- og Ældreudvalget", "SUU"), samling="2020-21",
        case=case("alm. del"), question_number=512, question_sent_date="2021-03-01", answer_date="2021-03-15",
        asked_by=[asker("Peder Hvelplund", "EL")], addressee="sundhedsministeren", journal_number="2100873",
        question_text="Vil ministeren oplyse, hvor mange patienter der i 2020 ventede mere end 30 dage på en "
                      "MR-scanning?",
        answer_text="Danske Regioner har oplyst, at 4.812 patienter i 2020 ventede mere end 30 dage på en "
                    "MR-scanning.",
        signed_by="Magnus Heunicke", persons=["Anne Juul Kristensen"], parties=["EL"]),
        id="journal_number_glued_to_next_label"),
    pytest.param(ADDRESS_BEFORE_VALUES, expected(
        doc_type="answer", udvalg=udvalg("Transportudvalget", "TRU"), samling="2019-20", case=case("alm. del"),
        question_number=402, question_sent_date="2020-02-20", answer_date="2020-03-12",
        asked_by=[asker("Kristian Pihl Lorentzen", "V")], addressee="transportministeren",
        journal_number="2020-1422",
        question_text="Vil ministeren oplyse, hvornår udvidelsen af E45 mellem Vejle og Skanderborg forventes "
                      "afsluttet?",
        answer_text="Vejdirektoratet forventer, at udvidelsen af strækningen står færdig i 2024.",
        # "mellem Vejle og Skanderborg": the towns named as places (ft_qa README: kommuner)
        signed_by="Benny Engelbrecht", kommuner=["Vejle", "Skanderborg"], parties=["V"]),
        id="street_address_not_journal_number"),
    pytest.param(NO_SVAR_LABEL, expected(
        doc_type="answer", udvalg=udvalg("Beskæftigelsesudvalget", "BEU"), samling="2010-11", case=case("alm. del"),
        question_number=211, question_sent_date="2011-02-03", answer_date="2011-02-22",
        asked_by=[asker("Leif Lahn Jensen", "S")], ministry="Beskæftigelsesministeriet",
        journal_number="2011-0001342",
        question_text="Ministeren bedes oplyse, hvor mange personer der i 2010 modtog ledighedsydelse i mere end 18 "
                      "måneder?",
        answer_text="Der var i 2010 i alt 6.130 personer, som modtog ledighedsydelse i mere end 18 måneder, svarende "
                    "til ca. 27 pct. af alle modtagere af ledighedsydelse.",
        signed_by="Inger Støjberg", parties=["S"]),
        id="answer_without_svar_label"),
    pytest.param(QUOTE_GLUED_BODY, expected(
        doc_type="answer", udvalg=udvalg("Beskæftigelsesudvalget", "BEU"), samling="2010-11", case=case("alm. del"),
        question_number=211, question_sent_date="2011-02-03", answer_date="2011-02-22",
        asked_by=[asker("Leif Lahn Jensen", "S")], ministry="Beskæftigelsesministeriet",
        journal_number="2011-0001342",
        question_text="Ministeren bedes oplyse, hvor mange personer der i 2010 modtog ledighedsydelse i mere end 18 "
                      "måneder?",
        answer_text="Der var i 2010 i alt 6.130 personer, som modtog ledighedsydelse i mere end 18 måneder, svarende "
                    "til ca. 27 pct. af alle modtagere af ledighedsydelse.",
        signed_by="Inger Støjberg", parties=["S"]),
        id="answer_without_svar_label_glued_to_quote"),
    pytest.param(GUILLEMETS_NO_SVAR, expected(
        doc_type="answer", udvalg=udvalg("Beskæftigelsesudvalget", "BEU"), samling="2010-11", case=case("alm. del"),
        question_number=211, question_sent_date="2011-02-03", answer_date="2011-02-22",
        asked_by=[asker("Leif Lahn Jensen", "S")], ministry="Beskæftigelsesministeriet",
        journal_number="2011-0001342",
        question_text="Ministeren bedes oplyse, hvor mange personer der i 2010 modtog ledighedsydelse i mere end 18 "
                      "måneder?",
        answer_text="Der var i 2010 i alt 6.130 personer, som modtog ledighedsydelse i mere end 18 måneder, svarende "
                    "til ca. 27 pct. af alle modtagere af ledighedsydelse.",
        signed_by="Inger Støjberg", parties=["S"]),
        id="answer_without_svar_label_guillemets"),
    pytest.param(GUILLEMETS_GLUED, expected(
        doc_type="answer", udvalg=udvalg("Socialudvalget", "SOU"), samling="2010-11", case=case("alm. del"),
        question_number=318, question_sent_date="2011-02-21", answer_date="2011-03-14",
        asked_by=[asker("Özlem Sara Cekic", "SF")], addressee="socialministeren", journal_number="2011-1187",
        question_text="Ministeren bedes oplyse, hvor mange kommuner der i 2010 har tilbudt weekendaflastning til "
                      "forældre til børn med handicap.",
        answer_text="Jeg kan oplyse, at ministeriet ikke har en landsdækkende opgørelse af, hvor mange kommuner "
                    "der tilbyder weekend-aflastning til forældre til børn med handicap.",
        signed_by="Benedikte Kiær", persons=["Lars Møller Christiansen"], parties=["SF"]),
        id="answer_without_svar_label_guillemets_glued"),
    pytest.param(MID_PAGE_ANSWER, expected(
        doc_type="answer", udvalg=udvalg("Social- og Ældreudvalget"), case=case("alm. del"), question_number=301,
        question_sent_date="2022-03-09", asked_by=[asker("Marlene Harpsøe", "DF")],
        addressee="social- og ældreministeren", ministry="Social- og Ældreministeriet",
        question_text="Vil ministeren oplyse, hvor mange ældre der i 2021 fik afslag på en plads i en plejebolig?",
        answer_text="Social- og Ældreministeriet har ikke oplysninger om antallet af afslag, da kommunerne ikke "
                    "indberetter dem til ministeriet.",
        signed_by="Astrid Krag", parties=["DF"]),
        id="answer_starting_mid_page"),
    pytest.param(MID_PAGE_QUESTION, expected(
        doc_type="question", udvalg=udvalg(None, "FLF"), case=case("alm. del"), question_number=148,
        asked_by=[asker("Per Clausen", "EL")],
        question_text="Vil ministeren redegøre for, hvor mange kontrolbesøg Fødevarestyrelsen aflagde hos "
                      "økologiske landbrug i 2012?",
        parties=["EL"]),
        id="question_starting_mid_page"),
    pytest.param(LETTERHEAD_BEFORE_GREETING, expected(
        doc_type="answer", udvalg=udvalg("Uddannelses- og Forskningsudvalget", "UFU"), samling="2017-18",
        case=case("alm. del"), question_number=118, question_sent_date="2018-01-12", answer_date="2018-02-02",
        asked_by=[asker("Jens Henrik Thulesen Dahl", "DF")], ministry="Uddannelses- og Forskningsministeriet",
        journal_number="18/004512-03",
        question_text="Vil ministeren oplyse, hvor mange studerende der i 2017 fik dispensation til at overskride "
                      "studietiden?",
        answer_text="Uddannelses- og Forskningsstyrelsen har oplyst, at 1.904 studerende fik dispensation i 2017.",
        signed_by="Tommy Ahlers", parties=["DF"]),
        id="letterhead_between_body_and_greeting"),
    pytest.param(LABEL_VALUE_RUNS, expected(
        doc_type="answer", udvalg=udvalg("Social- og Ældreudvalget"), case=case("alm. del"), question_number=288,
        question_sent_date="2022-03-11", answer_date="2022-03-25", asked_by=[asker("Karina Adsbøl", "DF")],
        addressee="social- og ældreministeren", ministry="Social- og Ældreministeriet", journal_number="2022 - 2210",
        question_text="Vil ministeren oplyse, hvor mange borgere der i 2021 var visiteret til en plads på et "
                      "plejehjem?",
        answer_text="Social- og Ældreministeriet har ikke tal for 2021. Danmarks Statistik offentliggør tallene i "
                    "juni 2022.",
        signed_by="Astrid Krag", parties=["DF"]),
        id="label_and_value_runs_apart"),
    pytest.param(HEALTH_LABEL_RUNS, expected(
        doc_type="answer", udvalg=udvalg("Sundheds- og Ældreudvalget", "SUU"), samling="2018-19",
        case=case("alm. del"), question_number=355, question_sent_date="2018-12-19", answer_date="2019-01-14",
        asked_by=[asker("Flemming Møller Mortensen", "S")], addressee="sundheds- og ældreministeren",
        journal_number="1812233",
        question_text="Vil ministeren oplyse ventetiden på høreapparatbehandling i hver region?",
        answer_text="Ministeriet har til brug for min besvarelse anmodet om bidrag fra Danske Regioner. Jeg "
                    "forventer at kunne besvare spørgsmålet endeligt medio februar 2019.",
        signed_by="Ellen Trane Nørby", persons=["Peter Holm"], parties=["S"]),
        id="label_runs_with_code_values"),
    pytest.param(JUSTICE_LABEL_RUNS, expected(
        doc_type="answer", udvalg=udvalg("Retsudvalget", "REU"), samling="2019-20", case=case("alm. del"),
        question_number=1021, question_sent_date="2020-03-17", answer_date="2020-04-06",
        asked_by=[asker("Rosa Lund", "EL")], addressee="justitsministeren", ministry="Justitsministeriet",
        journal_number="2020-0030-0412",
        question_text="Vil ministeren oplyse, hvor mange anmeldelser af cykeltyveri politiet modtog i 2019?",
        answer_text="Justitsministeriet har indhentet en udtalelse fra Rigspolitiet, som har oplyst, at politiet i "
                    "2019 modtog 41.207 anmeldelser af cykeltyveri.",
        signed_by="Nick Hækkerup", persons=["Jens Olsen"], parties=["EL"]),
        id="label_runs_with_code_values_2"),
    pytest.param(TITLE_TWO_LINES_QUESTION, expected(
        doc_type="question", udvalg=udvalg("Klima-, Energi- og Forsyningsudvalget", "KEF"), case=case("alm. del"),
        question_number=201, question_sent_date="2021-01-14", asked_by=[asker("Mona Juul", "KF")],
        addressee="klima-, energi- og forsyningsministeren",
        question_text="Vil ministeren oplyse, hvor stor en andel af fjernvarmen der i 2020 blev produceret på "
                      "biomasse?",
        signed_by="Anders Kronborg", signer_role="formand", parties=["KF"]),
        id="addressee_title_over_two_lines"),
    pytest.param(TITLE_TWO_LINES_ANSWER, expected(
        doc_type="answer", udvalg=udvalg("Erhvervsudvalget", "ERU"), samling="2016-17", case=case("alm. del"),
        question_number=187, question_sent_date="2017-01-10", answer_date="2017-01-24",
        addressee="erhvervs- og vækstministeren",
        question_text="Vil ministeren oplyse, hvor mange virksomheder der i 2016 fik afslag på en ansøgning om "
                      "eksportkredit?",
        answer_text="Eksportkreditfonden har oplyst, at fonden i 2016 gav afslag på 14 ansøgninger.",
        signed_by="Brian Mikkelsen", signer_role="erhvervs- og vækstminister"),
        id="sender_and_role_titles_over_two_lines"),
    pytest.param(BARE_MINISTEREN, expected(
        doc_type="answer", udvalg=udvalg("Transport- og Bygningsudvalget", "TRU"), case=case("alm. del"),
        question_number=244, question_sent_date="2016-02-18", answer_date="2016-03-03",
        asked_by=[asker("Rasmus Prehn", "S")], journal_number="2016-1187",
        question_text="Vil ministeren oplyse, hvor mange ladestandere der er opstillet ved rastepladser langs "
                      "statsvejene?",
        answer_text="Vejdirektoratet har oplyst, at der ved udgangen af 2015 var opstillet 46 ladestandere.",
        signed_by="Hans Chr. Schmidt", parties=["S"]),
        id="bare_ministeren_sender"),
    pytest.param(JUSTICE_SIGNED_IN_HEADER, expected(
        doc_type="answer", udvalg=udvalg("Retsudvalget", "REU"), samling="2019-20", case=case("alm. del"),
        question_number=1021, question_sent_date="2020-03-17", answer_date="2020-04-06",
        asked_by=[asker("Rosa Lund", "EL")], addressee="justitsministeren", ministry="Justitsministeriet",
        journal_number="2020-0030-0412",
        question_text="Vil ministeren oplyse, hvor mange anmeldelser af cykeltyveri politiet modtog i 2019?",
        answer_text="Justitsministeriet har indhentet en udtalelse fra Rigspolitiet, som har oplyst, at politiet i "
                    "2019 modtog 41.207 anmeldelser af cykeltyveri.",
        signed_by="Nick Hækkerup", persons=["Jens Olsen"], parties=["EL"]),
        id="justice_signature_in_header"),
    pytest.param(S20_WEB_ARCHIVE, expected(
        doc_type="question", samling="2022-23", case=case("other"), question_number="S 402",
        question_sent_date="2023-03-14", asked_by=[asker("Søren Egge Rasmussen", "EL")],
        addressee="social-, bolig- og ældreministeren",
        question_text="Vil ministeren oplyse, hvor mange nye almene boliger der blev taget i brug i 2022?",
        parties=["EL"]),
        id="s20_web_archive_page"),
    pytest.param(S20_ANSWER_WEB_ARCHIVE, expected(
        doc_type="answer", udvalg=udvalg("Erhvervs-, Vækst- og Eksportudvalget"), samling="2016-17",
        case=case("other"), question_number="S 412", question_sent_date="2016-12-05", answer_date="2016-12-13",
        asked_by=[asker("Benny Engelbrecht", "S")], addressee="erhvervs- og vækstministeren",
        ministry="Erhvervs- og Vækstministeriet",
        question_text="Vil ministeren oplyse, hvor mange virksomheder der har modtaget eksportstøtte i 2016?",
        answer_text="Eksportrådet har oplyst, at 3.114 virksomheder har modtaget eksportstøtte i 2016.",
        signed_by="Brian Mikkelsen", parties=["S"]),
        id="s20_answer_web_archive_page"),
    pytest.param(ANSWER_WEB_ARCHIVE, expected(
        doc_type="answer", udvalg=udvalg("Transportudvalget", "TRU"), samling="2019-20", case=case("alm. del"),
        question_number=488, question_sent_date="2020-04-21", answer_date="2020-05-08",
        asked_by=[asker("Henning Hyllested", "EL")], addressee="transportministeren", journal_number="2020-2871",
        question_text="Vil ministeren oplyse, hvor mange broer på statsvejnettet der blev renoveret i 2019?",
        answer_text="Vejdirektoratet har oplyst, at 37 broer på statsvejnettet blev renoveret i 2019.",
        signed_by="Benny Engelbrecht", parties=["EL"]),
        id="answer_web_archive_page"),
    pytest.param(SAMRAAD, expected(
        doc_type="question", udvalg=udvalg("Beskæftigelsesudvalget", "BEU"), case=case("alm. del"),
        question_number="C", question_sent_date="2022-11-04",
        asked_by=[asker("Bent Bøgsted", "DF"), asker("Hans Kristian Skibby", "DF")],
        addressee="beskæftigelsesministeren",
        question_text="Vil ministeren redegøre for, hvordan regeringen vil sikre, at seniorer med lang tid på "
                      "arbejdsmarkedet kan trække sig tidligere tilbage?",
        signed_by="Bent Bøgsted", signer_role="formand", parties=["DF"]),
        id="samraad_letter"),
    pytest.param(SAMRAAD_TWO_MINISTERS_GLUED, expected(
        doc_type="question", udvalg=udvalg("Beskæftigelsesudvalget", "BEU"), case=case("alm. del"),
        question_number="C", question_sent_date="2022-11-04",
        asked_by=[asker("Bent Bøgsted", "DF"), asker("Hans Kristian Skibby", "DF")],
        addressee="beskæftigelsesministeren",
        question_text="Vil ministeren redegøre for, hvordan regeringen vil sikre, at seniorer med lang tid på "
                      "arbejdsmarkedet kan trække sig tidligere tilbage?",
        signed_by="Bent Bøgsted", signer_role="formand", parties=["DF"]),
        id="samraad_two_ministers_glued"),
    pytest.param(GLUED_FOR_ROLE, expected(
        doc_type="answer", udvalg=udvalg("Udvalget for Landdistrikter og Øer", "ULØ"), samling="2013-14",
        case=case("alm. del"), question_number=98, question_sent_date="2014-03-14", answer_date="2014-04-03",
        addressee="ministeren for by, bolig og landdistrikter",
        question_text="Vil ministeren oplyse, hvor mange ansøgninger om støtte fra Landdistriktspuljen der blev "
                      "imødekommet i 2013?",
        answer_text="Der blev i 2013 imødekommet 171 ansøgninger om støtte fra Landdistriktspuljen.",
        signed_by="Carsten Hansen", signer_role="minister for by, bolig og landdistrikter"),
        id="name_glued_to_for_role"),
    pytest.param(PLACE_DATELINE_SOCIAL, expected(
        doc_type="answer", udvalg=udvalg("Social- og Ældreudvalget"), case=case("alm. del"), question_number=288,
        question_sent_date="2022-03-11", answer_date="2022-03-25", asked_by=[asker("Karina Adsbøl", "DF")],
        addressee="social- og ældreministeren", ministry="Social- og Ældreministeriet", journal_number="2022 - 2210",
        question_text="Vil ministeren oplyse, hvor mange borgere der i 2021 var visiteret til en plads på et "
                      "plejehjem?",
        answer_text="Social- og Ældreministeriet har ikke tal for 2021. Danmarks Statistik offentliggør tallene i "
                    "juni 2022.",
        signed_by="Astrid Krag", parties=["DF"]),
        id="place_dateline_without_den"),
    pytest.param(PLACE_DATELINE_FOOD, expected(
        doc_type="answer", udvalg=udvalg("Fødevareudvalget", "FLF"), samling="2012-13", case=case("alm. del"),
        question_number=266, question_sent_date="2013-03-21", answer_date="2013-04-12",
        asked_by=[asker("Per Clausen", "EL")], addressee="ministeren for fødevarer, landbrug og fiskeri",
        question_text="Vil ministeren oplyse, hvor mange økologiske mælkeproducenter der var i Danmark i 2012?",
        answer_text="Fødevarestyrelsen har oplyst, at der i 2012 var 412 økologiske mælkeproducenter.",
        signed_by="Karen Hækkerup", parties=["EL"]),
        id="place_dateline_without_den_2"),
    pytest.param(CORRECTION, expected(
        doc_type="answer", udvalg=udvalg("Skatteudvalget"), case=case("alm. del"), question_number=214,
        question_sent_date="2021-02-02", answer_date="2021-03-08", asked_by=[asker("Dennis Flydtkjær", "DF")],
        addressee="skatteministeren", ministry="Skatteministeriet",
        answer_text="I besvarelsen af 1. marts 2021 er det oplyst, at 212 virksomheder fik udskudt betalingen af "
                    "moms. Det rette tal er 2.120 virksomheder. Der er tale om en tastefejl. Jeg beklager fejlen.",
        parties=["DF"]),
        id="correction_letter"),
    pytest.param(INTERIM, expected(
        doc_type="answer", udvalg=udvalg("Sundheds- og Ældreudvalget", "SUU"), samling="2018-19",
        case=case("alm. del"), question_number=355, question_sent_date="2018-12-19", answer_date="2019-01-14",
        asked_by=[asker("Flemming Møller Mortensen", "S")], addressee="sundheds- og ældreministeren",
        journal_number="1812233",
        question_text="Vil ministeren oplyse ventetiden på høreapparatbehandling i hver region?",
        answer_text="Ministeriet har til brug for min besvarelse anmodet om bidrag fra Danske Regioner. Jeg "
                    "forventer at kunne besvare spørgsmålet endeligt medio februar 2019.",
        signed_by="Ellen Trane Nørby", persons=["Peter Holm"], parties=["S"]),
        id="interim_answer"),
    pytest.param(GLUED_TIL_FOR_TITLE, expected(
        doc_type="answer", udvalg=udvalg("Fødevareudvalget", "FLF"), samling="2012-13", case=case("alm. del"),
        question_number=266, question_sent_date="2013-03-21", answer_date="2013-04-12",
        asked_by=[asker("Per Clausen", "EL")], addressee="ministeren for fødevarer, landbrug og fiskeri",
        question_text="Vil ministeren oplyse, hvor mange økologiske mælkeproducenter der var i Danmark i 2012?",
        answer_text="Fødevarestyrelsen har oplyst, at der i 2012 var 412 økologiske mælkeproducenter.",
        signed_by="Karen Hækkerup", parties=["EL"]),
        id="til_glued_to_for_title"),
    pytest.param(GLUED_HERMED_FOR_TITLE, expected(
        doc_type="answer", udvalg=udvalg("Ligestillingsudvalget", "LIU"), samling="2011-12", case=case("alm. del"),
        question_number=41, question_sent_date="2012-02-20", answer_date="2012-03-07",
        asked_by=[asker("Mai Henriksen", "KF")], addressee="ministeren for ligestilling", journal_number="2012-0412",
        question_text="Vil ministeren oplyse, hvor mange kommuner der har udarbejdet en ligestillingsredegørelse i "
                      "2011?",
        answer_text="Jeg kan oplyse, at alle kommuner har indsendt en ligestillingsredegørelse i 2011.",
        signed_by="Manu Sareen", persons=["Hanne Lund"], parties=["KF"]),
        id="hermed_glued_to_for_title_genitive"),
    pytest.param(FOR_TITLE_GENITIVE, expected(
        doc_type="answer", udvalg=udvalg("Ligestillingsudvalget", "LIU"), case=case("alm. del"),
        question_number=12, question_sent_date="2019-11-14", answer_date="2019-12-02",
        asked_by=[asker("Karina Lorentzen Dehnhardt", "SF")], addressee="ministeren for ligestilling",
        journal_number="2019-7731",
        question_text="Vil ministeren oplyse, hvor mange virksomheder der har indberettet kønsopdelt lønstatistik "
                      "for 2018?",
        answer_text="Danmarks Statistik har oplyst, at 3.412 virksomheder indberettede kønsopdelt lønstatistik for "
                    "2018.",
        signed_by="Mogens Jensen", parties=["SF"]),
        id="for_title_group_genitive"),
    pytest.param(FOR_TITLE_TWO_LINES_QUESTION, expected(
        doc_type="question", udvalg=udvalg("Fødevareudvalget", "FLF"), case=case("alm. del"), question_number=402,
        question_sent_date="2014-06-05", asked_by=[asker("Lennart Damsbo-Andersen", "S")],
        addressee="ministeren for fødevarer, landbrug og fiskeri",
        question_text="Vil ministeren oplyse, hvor mange minkfarme der blev kontrolleret af Fødevarestyrelsen i 2013?",
        signed_by="Erling Bonnesen", signer_role="formand", parties=["S"]),
        id="for_title_over_two_lines"),
    pytest.param(FOR_ROLE_TWO_LINES_ANSWER, expected(
        doc_type="answer", udvalg=udvalg("Udvalget for Landdistrikter og Øer", "ULØ"), samling="2013-14",
        case=case("alm. del"), question_number=98, question_sent_date="2014-03-14", answer_date="2014-04-03",
        addressee="ministeren for by, bolig og landdistrikter",
        question_text="Vil ministeren oplyse, hvor mange ansøgninger om støtte fra Landdistriktspuljen der blev "
                      "imødekommet i 2013?",
        answer_text="Der blev i 2013 imødekommet 171 ansøgninger om støtte fra Landdistriktspuljen.",
        signed_by="Carsten Hansen", signer_role="minister for by, bolig og landdistrikter"),
        id="role_over_two_lines_after_for"),
    pytest.param(JOURNAL_VALUE_LOST, expected(
        doc_type="answer", udvalg=udvalg("Transport- og Bygningsudvalget", "TRU"), case=case("alm. del"),
        question_number=244, question_sent_date="2016-02-18", answer_date="2016-03-03",
        asked_by=[asker("Rasmus Prehn", "S")],
        question_text="Vil ministeren oplyse, hvor mange ladestandere der er opstillet ved rastepladser langs "
                      "statsvejene?",
        answer_text="Vejdirektoratet har oplyst, at der ved udgangen af 2015 var opstillet 46 ladestandere.",
        signed_by="Hans Chr. Schmidt", parties=["S"]),
        id="journal_value_lost_date_not_journal"),
    pytest.param(MID_PAGE_FROM_HEADING, expected(
        doc_type="answer", case=None, question_number=301,
        question_text="Vil ministeren oplyse, hvor mange ældre der i 2021 fik afslag på en plads i en plejebolig?",
        answer_text="Social- og Ældreministeriet har ikke oplysninger om antallet af afslag, da kommunerne ikke "
                    "indberetter dem til ministeriet.",
        ministry="Social- og Ældreministeriet", signed_by="Astrid Krag"),
        id="answer_from_page_two_heading"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_error_class_letter_reads_every_field(text: str, want: dict, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path) == want


MOJIBAKE_WANT = expected(
    doc_type="answer", udvalg=udvalg("Socialudvalget", "SOU"), samling="2010-11", case=case("alm. del"),
    question_number=540, question_sent_date="2011-04-12", answer_date="2011-05-02",
    asked_by=[asker("Thomas Adelskov", "S")], addressee="socialministeren", journal_number="2011-4471",
    question_text="Vil ministeren oplyse, hvor mange børn der i 2010 blev anbragt uden for hjemmet i Næstved Kommune?",
    answer_text="Ankestyrelsen har oplyst, at 118 børn blev anbragt uden for hjemmet i Næstved Kommune i 2010.",
    signed_by="Benedikte Kiær", kommuner=["Næstved"], parties=["S"])


@pytest.mark.parametrize(("how", "encode", "warned"), [
    # UTF-8 text that a converter read as Windows-1252 and saved again as UTF-8 ("Ã¸", "â€"; the
    # quote's third byte, 0x9d, has no cp1252 character and is lost)
    pytest.param("utf8-as-cp1252", lambda t: t.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8"),
                 False,
                 id="utf8_read_as_cp1252"),
    # the file saved as Latin-1 / Windows-1252 bytes (the quotes ” are cp1252's 0x94)
    pytest.param("cp1252-bytes", lambda t: t.encode("cp1252"), True, id="cp1252_file"),
    pytest.param("latin1-bytes", lambda t: t.replace("”", '"').encode("latin-1"), True, id="latin1_file"),
    # UTF-8 read as Latin-1 (not Windows-1252): "ø" comes out as "Ã¸" as before, and the quote's
    # bytes E2 80 9D as "â" and two C1 control characters; both are repaired.
    pytest.param("utf8-as-latin1", lambda t: t.encode("utf-8").decode("latin-1").encode("utf-8"), False,
                 id="utf8_read_as_latin1"),
    # Mojibake twice over ("ÃƒÂ¸" for "ø"): both layers peeled.
    pytest.param("utf8-as-cp1252-twice", lambda t: t.encode("utf-8").decode("cp1252", errors="ignore").encode(
        "utf-8").decode("cp1252", errors="ignore").encode("utf-8"), False, id="utf8_read_as_cp1252_twice"),
])
def test_mojibake_letter_is_repaired_or_reported_naming_the_file(how: str, encode, warned: bool,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / f"sou-{how}.txt"
    path.write_bytes(encode(MOJIBAKE_LETTER))
    assert record(path) == MOJIBAKE_WANT
    warnings = load(path).warnings
    assert bool(warnings) is warned
    assert all(path.name in w for w in warnings)


# A letterhead block inside the body followed by a month-only line ("december 2010") that is no
# letterhead line of its own: the body reader once came back to the same line for ever (the block
# reader written twice in answer_letter.py, now once). From corpus/ft_qa/sou-2009-10-spm662-svar.txt.
MONTH_AFTER_INNER_LETTERHEAD = """Socialudvalget 2010-11
SOU Alm.del
Offentligt
Folketingets Socialudvalg har i brev af 2. marts 2011 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.
Spørgsmål nr. 12:
”Vil ministeren oplyse antallet af anbringelser?”
Svar:
Ankestyrelsen har oplyst antallet af anbringelser i 2010 i den vedlagte oversigt.
Holmens Kanal 22
1060 København K
Tlf. 33 92 93 00
december 2010
Tlf. 33 92 93 01
Oversigten viser antallet af anbringelser fordelt på kommuner og år.
Med venlig hilsen
Benedikte Kiær
"""


@pytest.mark.timeout(60)
def test_month_line_after_an_inner_letterhead_block_ends_the_reading(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(MONTH_AFTER_INNER_LETTERHEAD, encoding="utf-8")
    r = record(path)
    assert r["answer_text"].startswith("Ankestyrelsen har oplyst antallet af anbringelser i 2010")
    assert (r["question_number"], r["signed_by"]) == (12, "Benedikte Kiær")
