"""Measures computed by a division written out in words, goals followed by a measure in V2 order, and numbered measures
each described by a field line:

- "X opgøres/beregnes ved at dividere A med B" (cue ratio, divide_by): A the numerator, B the denominator (star README:
  numerator and denominator are short phrases copied from the text); a participle clause after B ("..., opgjort som
  gennemsnit over året") is no part of B;
- a one-word heading over a paragraph opening with the same noun, definite ("Klassekvotient / Klassekvotienten er det
  gennemsnitlige antal elever pr. klasse. Den opgøres ved at dividere ..."): the heading names the measure, the two
  sentences define it, an average when the first says so;
- "Her følges andelen af ..." / "Der følges antallet af ..." under a goal: the line that says how the goal is followed,
  as "Målet opgøres som ..." is;
- numbered items ("1) X", "2. X") each with a "Beregning:" line under them: each item a measure, numbered, its
  definition the Beregning line (as a heading over labelled fields).
"""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "numerator", "denominator", "period_unit")

DIVIDE_KLASSEKVOTIENT = (
    "Nøgletal for folkeskolen\nBørne- og Undervisningsministeriet, 12. marts 2024\n\n"
    "Ministeriet offentliggør hvert år nøgletal for kommunernes skoler.\n\n"
    "Klassekvotient\n"
    "Klassekvotienten er det gennemsnitlige antal elever pr. klasse. Den opgøres ved at dividere antallet af elever i "
    "almenklasser med antallet af almenklasser, opgjort ultimo året.\n")

DIVIDE_FRAVAER = (
    "Sygefravær i kommunens institutioner\nHR og Personale, 4. april 2023\n\n"
    "Sygefraværsprocenten beregnes ved at dividere antallet af sygefraværsdage med det samlede antal arbejdsdage.\n")

DIVIDE_NORMERING = (
    "Ressourcer på ældreområdet\nÆldre- og Sundhedsforvaltningen, 1. juni 2024\n\n"
    "Plejetyngde\n"
    "Plejetyngden angiver det gennemsnitlige antal visiterede timer pr. borger i hjemmeplejen. Den opgøres ved at "
    "dividere antallet af visiterede timer med antallet af borgere, der modtager hjemmepleje.\n")

FOLLOWED_HER = (
    "Sundhedspolitikkens mål\nRegion Nordjylland, 2. februar 2024\n\n"
    "Regionsrådet har vedtaget to mål:\n\n"
    "Mål 1: Færre genindlæggelser.\n"
    "Her følges andelen af udskrevne patienter, der genindlægges inden for 30 dage.\n\n"
    "Mål 2: Færre unge rygere.\n"
    "Der følges andelen af unge mellem 15 og 25 år, der ryger dagligt.\n")

NUMBERED_BEREGNING = (
    "Indikatorer for genoptræning\nSundhedsministeriet, 3. april 2024\n\n"
    "Ministeriet følger fremover tre indikatorer for genoptræningen i kommunerne.\n\n"
    "1) Ventetid på genoptræning\n"
    "Beregning: Gennemsnitligt antal dage fra henvisningen modtages, til træningen begynder.\n\n"
    "2) Afsluttede forløb\n"
    "Beregning: Andel af genoptræningsforløb, der afsluttes inden for 12 uger.\n\n"
    "3. Ledige i aktivering\n"
    "Beregning: Antal ledige i aktivering ultimo måneden.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def test_divided_in_words_under_its_own_heading() -> None:
    assert _indicators(DIVIDE_KLASSEKVOTIENT) == [
        {"kind": "other", "number": None, "title": "Klassekvotient",
         "definition": "Klassekvotienten er det gennemsnitlige antal elever pr. klasse. Den opgøres ved at dividere "
                       "antallet af elever i almenklasser med antallet af almenklasser, opgjort ultimo året.",
         "measure": "average", "numerator": "antallet af elever i almenklasser",
         "denominator": "antallet af almenklasser", "period_unit": "år"}]


def test_divided_in_words_by_persons() -> None:
    [found] = _indicators(DIVIDE_NORMERING)
    assert (found["title"], found["measure"], found["numerator"], found["denominator"]) == (
        "Plejetyngde", "average", "antallet af visiterede timer",
        "antallet af borgere, der modtager hjemmepleje")


def test_divided_in_words_with_a_measure_as_subject() -> None:
    assert _indicators(DIVIDE_FRAVAER) == [
        {"kind": "other", "number": None, "title": "Sygefraværsprocenten",
         "definition": "Sygefraværsprocenten beregnes ved at dividere antallet af sygefraværsdage med det samlede "
                       "antal arbejdsdage.",
         "measure": "share", "numerator": "antallet af sygefraværsdage",
         "denominator": "det samlede antal arbejdsdage", "period_unit": None}]


def test_a_heading_over_prose_about_its_noun_gives_nothing() -> None:
    # the heading's noun opens the paragraph, but the sentence states a finding, not what the measure is
    text = ("Nøgletal for skolerne\nUndervisningsministeriet, 3. april 2024\n\n"
            "Fravær\nFraværet er højt i år. Det opgøres ved skoleårets afslutning.\n\n"
            "Trivsel\nTrivslen er steget siden 2021.\n")
    assert _indicators(text) == []


def test_dividing_that_is_no_measure_gives_nothing() -> None:
    # "at dividere" about sharing out money: no measure is its subject, no heading names one
    text = ("Fordeling af puljen\nSocialministeriet, 5. maj 2023\n\n"
            "Puljen fordeles ved at dividere beløbet med antallet af ansøgere, der opfylder kriterierne.\n")
    assert _indicators(text) == []


def test_goal_followed_in_v2_order() -> None:
    found = _indicators(FOLLOWED_HER)
    assert [(f["number"], f["title"], f["definition"], f["measure"]) for f in found] == [
        (1, "Færre genindlæggelser.",
         "Her følges andelen af udskrevne patienter, der genindlægges inden for 30 dage.", "share"),
        (2, "Færre unge rygere.", "Der følges andelen af unge mellem 15 og 25 år, der ryger dagligt.", "share")]


def test_followed_with_no_measure_gives_no_definition() -> None:
    # "Her følges op på ..." names no measure: no such line is taken for a goal's definition
    text = ("Sundhedspolitikkens mål\nRegion Nordjylland, 2. februar 2024\n\n"
            "Regionsrådet har vedtaget to mål:\n\n"
            "Mål 1: Færre genindlæggelser.\nHer følges op på samarbejdet med kommunerne.\n\n"
            "Mål 2: Færre unge rygere.\nDer følges løbende med i udviklingen.\n")
    found = _indicators(text)
    assert found and not any("følges" in str(f["definition"]) for f in found)


def test_numbered_items_with_a_beregning_line() -> None:
    found = _indicators(NUMBERED_BEREGNING)
    assert [(f["number"], f["title"], f["definition"], f["measure"], f["period_unit"]) for f in found] == [
        (1, "Ventetid på genoptræning",
         "Gennemsnitligt antal dage fra henvisningen modtages, til træningen begynder.", "average", None),
        (2, "Afsluttede forløb", "Andel af genoptræningsforløb, der afsluttes inden for 12 uger.", "share", None),
        (3, "Ledige i aktivering", "Antal ledige i aktivering ultimo måneden.", "count", "måned")]


def test_numbered_items_without_a_field_line_give_nothing() -> None:
    # numbered steps with prose under them, no label saying how anything is computed
    text = ("Sådan søger du\nKommunen, 3. april 2024\n\n"
            "1) Udfyld ansøgningen\nDu skal bruge MitID.\n\n"
            "2) Send ansøgningen\nAnsøgningen sendes til jobcentret.\n")
    assert _indicators(text) == []
