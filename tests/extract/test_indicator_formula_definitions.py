"""A measure's labelled lines whose only computing line is "Formel:" ("Indikator: X" / "Formel: A divideret med B." /
"Enhed: ..."): the formula is the definition (star README: the span saying how the measure is computed), and a
division written out in words ("divideret med", cue ratio) gives the numerator before it, the denominator after it
and a share. A formula that divides nothing is still the definition, of a measure that is no share. Attested by
probes25 p6 (a ministry's environmental indicators) and probes23 s1 (a målingsbeskrivelse's "Formel:" line)."""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("title", "definition", "measure", "numerator", "denominator")

MILJOE = ("Styrelsen følger indsatsen med to indikatorer.\n\n"
          "Indikator: Søer i god økologisk tilstand\n"
          "Formel: Arealet af søer, hvor den økologiske tilstand er god eller høj, divideret med det samlede areal af "
          "søer omfattet af planen.\n"
          "Enhed: Procent af søareal\n\n"
          "Indikator: Fosfortilførsel til søer\n"
          "Formel: Den samlede tilførsel af fosfor fra land til søerne, korrigeret for nedbør.\n"
          "Enhed: Ton P\n")
SUNDHED = ("Indikator: Genindlæggelser af ældre\n"
           "Formel: Antal akutte genindlæggelser inden for 30 dage divideret med antal udskrivninger af borgere over "
           "67 år.\n"
           "Datakilde: Landspatientregisteret\n")
# a formula line under no measure's name: nothing is defined
NO_NAME = ("Bilag 2\n\n"
           "Formel: Antal besøg divideret med antal indbyggere.\n")


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(Document.from_text(text))]


def test_formula_lines_define_their_measures() -> None:
    assert _indicators(MILJOE) == [
        {"title": "Søer i god økologisk tilstand",
         "definition": "Arealet af søer, hvor den økologiske tilstand er god eller høj, divideret med det samlede "
                       "areal af søer omfattet af planen.",
         "measure": "share",
         "numerator": "Arealet af søer, hvor den økologiske tilstand er god eller høj",
         "denominator": "det samlede areal af søer omfattet af planen"},
        {"title": "Fosfortilførsel til søer",
         "definition": "Den samlede tilførsel af fosfor fra land til søerne, korrigeret for nedbør.",
         "measure": "other", "numerator": None, "denominator": None}]


def test_formula_of_two_counts_is_a_share() -> None:
    assert _indicators(SUNDHED) == [
        {"title": "Genindlæggelser af ældre",
         "definition": "Antal akutte genindlæggelser inden for 30 dage divideret med antal udskrivninger af borgere "
                       "over 67 år.",
         "measure": "share",
         "numerator": "Antal akutte genindlæggelser inden for 30 dage",
         "denominator": "antal udskrivninger af borgere over 67 år"}]


def test_formula_under_no_name_defines_nothing() -> None:
    assert _indicators(NO_NAME) == []


# A målingsbeskrivelse naming its measure by "Betegnelse:" over a "Beregning:" line: the name is the title, never the
# label of the computing line (probes25 s1)
BETEGNELSE_TIMER = ("Målingsbeskrivelse: Ledige med småjob\n\n"
                    "Betegnelse: Andel dagpengemodtagere med løntimer\n\n"
                    "Beregning: Andelen beregnes som antallet af dagpengemodtagere med mindst én løntime i måneden "
                    "divideret med det samlede antal dagpengemodtagere i måneden.\n\n"
                    "Enhed: Procent\n")
BETEGNELSE_SKOLE = ("Betegnelse: Elever med høj trivsel\n"
                    "Formel: Antal elever med en trivselsscore over 3,5 divideret med antal elever, der har besvaret "
                    "trivselsmålingen.\n")


def test_name_label_gives_the_title() -> None:
    assert _indicators(BETEGNELSE_TIMER) == [
        {"title": "Andel dagpengemodtagere med løntimer",
         "definition": "Andelen beregnes som antallet af dagpengemodtagere med mindst én løntime i måneden divideret "
                       "med det samlede antal dagpengemodtagere i måneden.",
         "measure": "share",
         "numerator": "antallet af dagpengemodtagere med mindst én løntime i måneden",
         "denominator": "det samlede antal dagpengemodtagere i måneden"}]
    assert _indicators(BETEGNELSE_SKOLE) == [
        {"title": "Elever med høj trivsel",
         "definition": "Antal elever med en trivselsscore over 3,5 divideret med antal elever, der har besvaret "
                       "trivselsmålingen.",
         "measure": "share",
         "numerator": "Antal elever med en trivselsscore over 3,5",
         "denominator": "antal elever, der har besvaret trivselsmålingen"}]
