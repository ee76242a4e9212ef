"""Measures named in quotes (»X«, "X", ’X’) in prose, and the sentence that defines them (cues.tsv named_definition):

- a measure taken off a site keeps its definition in the perfect ("Målingen har siden 2016 vist ...", "Målingen har
  hidtil opgjort ..."): the star convention makes a discontinued measure an indicator when its computation is
  described (d11, "Gnsn. varighed ... fjernet"), and its replacement is one too ("Den nye måling fordeler alle ...
  efter ..."), each with the definition that follows its own name;
- a news item's headline announcing a measure ("Ny måling: Hvor mange ...?") gives way to the name the body quotes
  and defines ("Den nye måling hedder »X« og opgør andelen af ..."): the quoted name is the title (star README:
  title = the label as written), the naming sentence its definition.

The samples are written as STAR and jobindsats.dk word their news items.
"""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "title", "definition", "measure", "population", "numerator", "denominator", "period_unit")

DISCONTINUED_SINCE = (
    "Målingen af sagsbehandlingstid i fleksjobsager udgår\nStyrelsen for Arbejdsmarked og Rekruttering, 2. april 2025\n\n"
    "Fra juni 2025 fjernes målingen »Sagsbehandlingstid til fleksjob« fra Jobindsats.dk. Målingen har siden 2016 "
    "vist den gennemsnitlige sagsbehandlingstid i uger fra rehabiliteringsmødet til afgørelsen om fleksjob. Den "
    "har været svær at sammenligne på tværs af kommuner.\n\n"
    "I stedet kommer målingen »Afgørelser om fleksjob efter sagsbehandlingstid«. Målingen fordeler alle afgørelser "
    "om fleksjob i kvartalet efter, hvor mange uger sagen har taget.\n")

DISCONTINUED_HIDTIL = (
    "Ændring på Jobindsats.dk\nStyrelsen for Arbejdsmarked og Rekruttering, 14. oktober 2024\n\n"
    "Den 1. november udgår målingen ’Antal samtaler pr. ledig’. Målingen har hidtil opgjort antallet af afholdte "
    "jobsamtaler med forsikrede ledige i løbet af en måned. Tallene kan fortsat hentes i arkivet.\n")

BREAKDOWN = (
    "Ny måling om sygedagpenge\nJobindsats.dk, 6. februar 2025\n\n"
    "Fra i dag kan man følge målingen »Sygemeldte efter varighed« på Jobindsats.dk. Den nye måling fordeler alle "
    "sygedagpengemodtagere i en given måned efter, hvor længe de har været sygemeldt.\n")

NEW_NAMED = (
    "Ny måling: Hvor mange ledige får en uddannelse?\nStyrelsen for Arbejdsmarked og Rekruttering, 9. januar 2025\n\n"
    "Hvor mange ledige får en erhvervsuddannelse efter et opkvalificeringsforløb? Det kan man nu se på Jobindsats.dk.\n\n"
    "Den nye måling hedder »Uddannelse efter opkvalificering« og viser andelen af afsluttede opkvalificeringsforløb, "
    "hvor deltageren et år efter er i gang med en erhvervsuddannelse.\n")

# must give nothing: a measure named in quotes whose text says only what it is used for or who asked for it
QUOTED_WITHOUT_DEFINITION = (
    "Nyt på Jobindsats.dk\nStyrelsen for Arbejdsmarked og Rekruttering, 3. marts 2025\n\n"
    "Målingen »Jobparate kontanthjælpsmodtagere« er nu opdateret med tal for januar. Kommunerne har efterspurgt "
    "tallene, og de bruges i den løbende dialog med jobcentrene.\n")

# must give nothing: "fordeler" of money or tasks, no measure named
DISTRIBUTES_MONEY = (
    "Puljen til lokale beskæftigelsesindsatser\nBeskæftigelsesministeriet, 1. september 2024\n\n"
    "Styrelsen fordeler puljen efter antallet af ledige i hver kommune. Den nye ordning fordeler midlerne efter "
    "ansøgning.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def test_discontinued_measure_and_its_replacement() -> None:
    old, new = _indicators(DISCONTINUED_SINCE)
    assert (old["kind"], old["title"], old["measure"]) == ("nøgletal", "Sagsbehandlingstid til fleksjob", "average")
    assert old["definition"] == ("Målingen har siden 2016 vist den gennemsnitlige sagsbehandlingstid i uger fra "
                                 "rehabiliteringsmødet til afgørelsen om fleksjob.")
    assert (new["kind"], new["title"]) == ("nøgletal", "Afgørelser om fleksjob efter sagsbehandlingstid")
    assert new["definition"] == ("Målingen fordeler alle afgørelser om fleksjob i kvartalet efter, hvor mange uger "
                                 "sagen har taget.")


def test_discontinued_measure_in_the_perfect_with_hidtil() -> None:
    [old] = _indicators(DISCONTINUED_HIDTIL)
    assert (old["kind"], old["title"], old["measure"], old["period_unit"]) == (
        "nøgletal", "Antal samtaler pr. ledig", "count", "måned")
    assert old["definition"] == ("Målingen har hidtil opgjort antallet af afholdte jobsamtaler med forsikrede ledige "
                                 "i løbet af en måned.")


def test_new_measure_as_a_breakdown() -> None:
    [new] = _indicators(BREAKDOWN)
    assert (new["title"], new["period_unit"]) == ("Sygemeldte efter varighed", "måned")
    assert new["definition"] == ("Den nye måling fordeler alle sygedagpengemodtagere i en given måned efter, hvor "
                                 "længe de har været sygemeldt.")


def test_quoted_name_not_the_headline_is_the_title() -> None:
    [r] = _indicators(NEW_NAMED)
    assert (r["kind"], r["title"], r["measure"]) == ("nøgletal", "Uddannelse efter opkvalificering", "share")
    assert r["definition"] == ("Den nye måling hedder »Uddannelse efter opkvalificering« og viser andelen af "
                               "afsluttede opkvalificeringsforløb, hvor deltageren et år efter er i gang med en "
                               "erhvervsuddannelse.")
    assert r["denominator"] == "afsluttede opkvalificeringsforløb"


def test_quoted_name_without_a_definition_keeps_none() -> None:
    assert [r["definition"] for r in _indicators(QUOTED_WITHOUT_DEFINITION)] in ([], [None])


def test_distributing_money_is_no_measure() -> None:
    assert _indicators(DISTRIBUTES_MONEY) == []
