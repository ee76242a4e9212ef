"""Years of lineage events: from the clause, else the document's date only where the text
ties the event to its own time (star/README.md, "Lineage events": "The year may be taken
from the document date when the text says 'i foråret', 'tirsdag' and so on").

Decision on present-tense news (session 3): relative expressions ("i dag", "nu", "netop",
"i foråret", weekdays), the perfect ("Der er udviklet", "har ... valgt") and the present
active of news ("I denne analyse viser vi") take the document's year (STAR d01, d02, d03,
d11, seed 002; policy p16, p25); the present passive of a rule ("Med loven indføres",
"Samtidig ophæves", policy p14; "Derfor indføres der", STAR d10) states what a law contains
and dates nothing, so its year stays null. The texts below are written for the test, in the
phrasing of those documents but about other schemes.
"""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


LAW_NEWS = ("10. maj 2011\n\nFolketinget har i dag vedtaget et lovforslag om kontanthjælp. "
            "Med loven indføres en ny ydelse til ægtepar. Samtidig ophæves de gældende regler om særlig støtte.")


def test_relative_day_takes_the_document_year_and_rule_content_stays_undated() -> None:
    assert _events(LAW_NEWS) == [
        ("introduced", 2011, "lovforslag om kontanthjælp"),
        ("introduced", None, "ny ydelse til ægtepar"),
        ("dropped", None, "gældende regler om særlig støtte"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # the perfect of a notice: as of the document's date
    ("Notat, 3. marts 2019\n\nDer er udviklet to nye målinger af ledighed.",
     ("introduced", 2019, "målinger af ledighed")),
    # a day of a month without a year is the document's year ("suspenderede ... reglen til 30. juni", p04)
    ("Nyhed, 12. maj 2021\n\nDa smitten steg, suspenderede et flertal i Folketinget kravet om samtaler til 1. juli.",
     ("introduced", 2021, "suspension af kravet om samtaler")),
    ("Nyhed, 2. februar 2022\n\nOrdningen med hjemsendelse blev afskaffet den 15. januar.",
     ("dropped", 2022, "Ordningen med hjemsendelse")),
    # and so is a month without a year (s04 gold: "vil blive forelagt Kommunalbestyrelsen ... i december" is
    # "December of the document year"), after "i" or "ultimo"
    ("Notat, 20. december 2012\n\nKommunalbestyrelsen vedtog i december en ny plan for genoptræning.",
     ("introduced", 2012, "ny plan for genoptræning")),
    ("Referat, 4. marts 2014\n\nVentelisten til genoptræning blev nedlagt ultimo januar.",
     ("dropped", 2014, "Ventelisten til genoptræning")),
    # a bare year after a capitalised word ends a name, not a time (f14 "mål og handlinger for KULTURKOMMUNEN
    # 2017", f09 "valgt som Kulturkommune 2017": year null in their gold) ...
    ("Direktøren indstiller, at udvalget påbegynder arbejdet med formulering af mål for Sundhedsby 2030.",
     ("planned", None, "arbejdet med formulering af mål for Sundhedsby 2030")),
    # ... not a date whose capitalised "Den" opens it (p01's header "Den 6. november 2013 LO s jobcenterindeks")
    ("Den 6. november 2013 vedtog byrådet en ny plan for genoptræning.",
     ("introduced", 2013, "ny plan for genoptræning")),
    # ... but a named occasion is when it happened (f08 "På Kommunalpolitisk Topmøde 2012 lancerede KL ...")
    ("Ved Folkemødet 2019 lancerede regeringen en ny klimaplan.",
     ("introduced", 2019, "ny klimaplan")),
    # a finding in the present holds as of the document (p06: "kan Finansministeriet ikke måle en håndgribelig effekt")
    ("Notat, 4. april 2021\n\nFor kontanthjælpsloftet kan Finansministeriet ikke måle en håndgribelig effekt.",
     ("evaluated", 2021, "kontanthjælpsloftet")),
    # "nu" in news
    ("Nyhed, 4. juni 2020\n\nEt flertal i Folketinget forlænger nu ordningen med hjemsendelse til 1. oktober.",
     ("changed", 2020, "ordningen med hjemsendelse")),
    # a present passive of a rule: no year
    ("Notat, 3. marts 2019\n\nOrdningen med mentortilskud afskaffes.",
     ("dropped", None, "Ordningen med mentortilskud")),
    # a relative clause's time is its own verb's, not the main clause's
    ("Ministeren har udviklet en ny måling af ledighed, som offentliggøres fra marts 2022.",
     ("introduced", None, "måling af ledighed")),
    # a year in the clause wins over the document's date
    ("Notat, 3. marts 2019\n\nKontanthjælpsloftet blev indført i 2015.",
     ("introduced", 2015, "Kontanthjælpsloftet")),
])
def test_year_rule(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize("text", ["Ordningen blev forlænget i perioden 2021-2023.", "Ordningen blev forlænget i perioden 2021–2023."])
def test_a_period_gives_start_and_end(text: str) -> None:
    doc = Document.from_text(text)
    [event] = lineage_events(doc)
    assert (event.event, event.year, event.end_year) == ("changed", 2021, 2023)


@pytest.mark.parametrize(("text", "expected"), [
    # what an adopted bill brings was decided with it: its adopter, its year (p02: "Lovforslaget indebærer
    # også, at boligstøtten ikke må kompensere ..." after "Folketinget har i dag vedtaget et lovforslag")
    ("NYHED / 12-03-2016\n\nFolketinget har i dag vedtaget et lovforslag om et kontanthjælpsloft. "
     "Loven indebærer også, at ferietillægget for kontanthjælpsmodtagere bliver nedsat.",
     ("changed", 2016, "ferietillægget for kontanthjælpsmodtagere", "Folketinget")),
    ("Et bredt flertal vedtog i december 2012 reformen af førtidspension og fleksjob. "
     "Lovforslaget betyder, at fleksjob kan etableres med ned til få timer om ugen.",
     ("changed", 2012, "fleksjob kan etableres med ned til få timer om ugen", "Et bredt flertal")),
])
def test_a_bills_contents_take_its_adoption(text: str, expected: tuple) -> None:
    doc = Document.from_text(text)
    assert [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)][-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # issue 15: the year from the clause's own time phrase, whatever its preposition ("fra 2014", "pr. 1. januar
    # 2015", "med virkning fra", a V2 time before the subject) - star/README.md "year ... the moment the text
    # attaches to the event"; the adoption's year over the entry into force (ibid.)
    ("Fra 2014 blev ordningen med fleksible tilskud udvidet til alle kommuner.",
     ("changed", 2014, "ordningen med fleksible tilskud til alle kommuner")),
    ("Pr. 1. januar 2015 blev kravet om samtaler afskaffet.", ("dropped", 2015, "kravet om samtaler")),
    ("Boligtilskuddet blev indført pr. 1. januar 2015.", ("introduced", 2015, "Boligtilskuddet")),
    ("Reglen er med virkning fra 1. juli 2020 blevet afskaffet.", ("dropped", 2020, "Reglen")),
    ("Den nye model blev vedtaget i december 2018 og trådte i kraft 1. juli 2019.", ("introduced", 2018, "nye model")),
    # a day of a month without a year after "pr." is the document's year, as after "den" (p04)
    ("Nyhed, 12. maj 2021\n\nOrdningen blev indført pr. 1. januar.", ("introduced", 2021, "Ordningen")),
    # a durative time in the object is when, not what: its year is the event's, its words no part of the subject
    ("Regeringen har afsat 200 mio. kr. i 2014 og frem til at styrke kommunernes arbejde med rehabilitering.",
     ("introduced", 2014, "200 mio. kr. til at styrke kommunernes arbejde med rehabilitering")),
])
def test_the_clause_time_phrase_gives_the_year(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]
