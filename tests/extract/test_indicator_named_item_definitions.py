"""A numbered item that only names a measure ("1) Frafald på grundforløbets 1. del", "Resultatmål 3 – Sagsbehandlingstid
...") over a sentence that says what it is without a computing verb: a measure's noun phrase ("Andelen af elever,
der ...", "Det gennemsnitlige antal døgn, som ...") or the goal's own noun with one ("Målet er den gennemsnitlige
sagsbehandlingstid ..."). The item is the title, the sentence the definition (attested by probes22 p03, probes23
p2, probes25 p4 and p7). A sentence under the name that reports a figure, or states an aim, defines nothing."""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure")

# a vocational-school ministry's numbered nøgletal, each name over its share
EUD = ("Ministeriet følger frafaldet på erhvervsuddannelserne gennem to nøgletal.\n\n"
       "1) Frafald i grundforløbet\n"
       "Andelen af elever, der er startet på grundforløbet, som er udmeldt seks måneder efter start.\n\n"
       "2) Skift til hovedforløb\n"
       "Andelen af elever med bestået grundforløb, som har fået en uddannelsesaftale inden for et år.\n")
# a social-housing partnership's numbered measures: an average and a count under their names
HERBERG = ("Partnerskabet følges med to indikatorer.\n\n"
           "1. Gennemsnitlig opholdstid på forsorgshjem\n"
           "Det gennemsnitlige antal døgn, som afsluttede ophold på forsorgshjem har varet i kalenderåret.\n\n"
           "2. Udskrivninger til egen bolig\n"
           "Antal borgere, der flytter fra forsorgshjem til egen bolig i løbet af året.\n")
# a labelled result goal whose next line names its measure with the goal's noun ("Målet er ...")
RESULTATMAAL = ("Styrelsens resultatkontrakt indeholder to resultatmål.\n\n"
                "Resultatmål 1 – Ventetid i telefonen\n"
                "Målet er den gennemsnitlige ventetid i minutter, før en borger kommer igennem til en medarbejder.\n\n"
                "Resultatmål 2 – Klager\n"
                "Målet er antallet af klager over afgørelser, som Ankestyrelsen giver medhold i.\n")
# names over findings and aims: no measure is defined
FINDINGS = ("Årets resultater i korte træk.\n\n"
            "1) Frafald i grundforløbet\n"
            "Andelen af elever, der faldt fra, var 18 pct. i 2023.\n\n"
            "2) Overgang til hovedforløb\n"
            "Antallet af elever med uddannelsesaftale steg til 12.400.\n")
AIM = ("Resultatmål 1 – Bedre service\n"
       "Målet er at give borgerne hurtigere svar på deres henvendelser.\n")


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(Document.from_text(text))]


def _item(number: int, title: str, definition: str, measure: str) -> dict[str, object]:
    return {"kind": "other", "number": number, "title": title, "definition": definition, "measure": measure}


def test_shares_under_numbered_names() -> None:
    assert _indicators(EUD) == [
        _item(1, "Frafald i grundforløbet",
              "Andelen af elever, der er startet på grundforløbet, som er udmeldt seks måneder efter start.", "share"),
        _item(2, "Skift til hovedforløb",
              "Andelen af elever med bestået grundforløb, som har fået en uddannelsesaftale inden for et år.", "share")]


def test_average_and_count_under_numbered_names() -> None:
    assert _indicators(HERBERG) == [
        _item(1, "Gennemsnitlig opholdstid på forsorgshjem",
              "Det gennemsnitlige antal døgn, som afsluttede ophold på forsorgshjem har varet i kalenderåret.",
              "average"),
        _item(2, "Udskrivninger til egen bolig",
              "Antal borgere, der flytter fra forsorgshjem til egen bolig i løbet af året.", "count")]


def test_goal_noun_naming_its_measure() -> None:
    assert _indicators(RESULTATMAAL) == [
        _item(1, "Ventetid i telefonen",
              "Målet er den gennemsnitlige ventetid i minutter, før en borger kommer igennem til en medarbejder.",
              "average"),
        _item(2, "Klager", "Målet er antallet af klager over afgørelser, som Ankestyrelsen giver medhold i.", "count")]


def test_findings_under_names_define_nothing() -> None:
    assert _indicators(FINDINGS) == []


def test_aim_under_a_goal_label_defines_nothing() -> None:
    assert _indicators(AIM) == []
