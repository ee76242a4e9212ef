"""A recommendation's points numbered with a dot ("Direktionen indstiller,\\n1. at ...,\\n2. at ..."), the ordered
list's other mark beside "At 1)" (s7_09) and "A)" (s7_10): each point its own event, decided by the body whose
decision line follows ("Beslutning i Byrådet den 29. januar 2024"), in the decision's year; an evaluation the
decision sets for a later time stays a plan with its own year. Without a decision line the points are only proposed
(`planned`, the municipal README)."""
from __future__ import annotations

from pathlib import Path

from danish.sentences import sentence_spans
from tests.nlp.notat_events import notat_events

HEAD = "Referat – Byrådets møde 12. marts 2024\nHolstebro Kommune, 12. marts 2024\n\n"

POINTS = ("Punkt 4. Ny struktur på ældreområdet\n\nIndstilling\nDirektionen indstiller,\n"
          "1. at den nye visitationsmodel godkendes med virkning fra 1. maj 2024,\n"
          "2. at klippekortordningen videreføres uændret,\n"
          "3. at aftenåbningen på Nørrelandcentret ophører pr. 1. juli 2024,\n"
          "4. at modellen evalueres i efteråret 2025.\n\n")


def test_numbered_points_each_a_sentence() -> None:
    text = "Direktionen indstiller,\n1. at modellen godkendes,\n2. at ordningen ophører.\n"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Direktionen indstiller,", "1. at modellen godkendes,", "2. at ordningen ophører."]
    # a date's day before a month is no point
    dated = "Ordningen blev indført den\n1. januar 2020 og gælder stadig.\n"
    assert len(sentence_spans(dated)) == 1


def test_points_decided_by_the_body(tmp_path: Path) -> None:
    body = POINTS + "Beslutning i Byrådet den 12. marts 2024\nIndstillingen blev godkendt med 25 stemmer mod 6.\n"
    assert notat_events(tmp_path, HEAD, body) == [
        ("introduced", "nye visitationsmodel", "Byrådet", 2024),
        ("confirmed", "klippekortordningen", "Byrådet", 2024),
        ("dropped", "aftenåbningen på Nørrelandcentret", "Byrådet", 2024),
        ("planned", "visitationsmodellen", "Byrådet", 2025)]  # "modellen" names the model of point 1


def test_points_only_proposed(tmp_path: Path) -> None:
    assert [e[0] for e in notat_events(tmp_path, HEAD, POINTS)] == ["planned"] * 4


def test_points_rejected(tmp_path: Path) -> None:
    body = POINTS + "Beslutning i Byrådet den 12. marts 2024\nIndstillingen blev ikke godkendt.\n"
    assert notat_events(tmp_path, HEAD, body) == []


# Minutes of one meeting print a bare "Beslutning" heading over the outcome: the body is the one the outcome names,
# else the meeting's of the minutes' title, and the date is the title's.
BARE_HEAD = "Referat – Børne- og Uddannelsesudvalget 4. marts 2024\nHorsens Kommune, 4. marts 2024\n\n"
BARE_POINTS = ("Indstilling\nForvaltningen indstiller,\n- at tolærerordningen videreføres i skoleåret 2024/25,\n"
               "- at ordningen med lektiecafé ophører pr. 1. august 2024.\n\n")


def test_bare_decision_heading_takes_the_meetings_body(tmp_path: Path) -> None:
    assert notat_events(tmp_path, BARE_HEAD, BARE_POINTS + "Beslutning\nTiltrådt.\n") == [
        ("confirmed", "tolærerordningen", "Børne- og Uddannelsesudvalget", 2024),
        ("dropped", "ordningen med lektiecafé", "Børne- og Uddannelsesudvalget", 2024)]


def test_bare_decision_heading_with_the_body_in_the_outcome(tmp_path: Path) -> None:
    body = BARE_POINTS + "Beslutning\nUdvalget godkendte indstillingen.\n"
    assert [e[2] for e in notat_events(tmp_path, BARE_HEAD, body)] == ["Udvalget", "Udvalget"]


def test_bare_decision_heading_rejecting(tmp_path: Path) -> None:
    assert notat_events(tmp_path, BARE_HEAD, BARE_POINTS + "Beslutning\nIkke godkendt.\n") == []


# The lead's "at" may govern every point, the points numbered with a dot and opening in lower case, the lead naming
# the body it is put to ("indstiller til Byrådet, at"): the same recommendation in another of the ordered list's marks
# (two sample minutes below, of a kommune and of a region).
TO_COUNCIL_HEAD = "Referat – Byrådets møde 25. september 2024\nOdense Kommune, 25. september 2024\n\n"
TO_COUNCIL = ("Indstilling\nBørn- og Ungeudvalget indstiller til Byrådet, at\n"
              "1. den nuværende tildelingsmodel erstattes af en socioøkonomisk tildelingsmodel fra 1. august 2025,\n"
              "2. puljen til inklusionsvejledere videreføres uændret,\n"
              "3. ordningen med en særskilt takst for heldagsskoler ophører pr. 31. juli 2025,\n"
              "4. modellen evalueres med afrapportering til udvalget i efteråret 2027.\n\n")
REGION_HEAD = "Beslutningsprotokol – Regionsrådets møde 18. juni 2024\nRegion Sjælland, 18. juni 2024\n\n"
REGION = ("Indstilling\nKoncerndirektionen indstiller til Regionsrådet, at\n"
          "1. akutklinikken i Kalundborg nedlægges pr. 1. oktober 2024,\n"
          "2. lægebilen i Slagelse erstattes af en akutbil fra 1. januar 2025.\n\n")


def test_lower_case_numbered_points_each_a_sentence() -> None:
    text = "Udvalget indstiller til Byrådet, at\n1. ordningen videreføres,\n2. puljen ophører.\n"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Udvalget indstiller til Byrådet, at", "1. ordningen videreføres,", "2. puljen ophører."]
    # after a comma a wrapped date's day, a half-year or a quarter opens no point
    for wrapped in ("Ordningen gælder fra den,\n1. august 2025 og frem.\n", "Planen følges op,\n2. halvår 2025.\n",
                    "Puljen udbetales,\n3. kvartal 2025.\n", "Tilskuddet udbetales,\n1. okt. 2025.\n"):
        assert len(sentence_spans(wrapped)) == 1, wrapped


def test_lower_case_points_decided(tmp_path: Path) -> None:
    body = TO_COUNCIL + "Beslutning\nIndstillingen blev godkendt.\n"
    assert notat_events(tmp_path, TO_COUNCIL_HEAD, body) == [
        ("replaced", "tildelingsmodellen", "Byrådet", 2024),  # "den nuværende" points to the one in force
        ("confirmed", "puljen til inklusionsvejledere", "Byrådet", 2024),
        ("dropped", "ordningen med en særskilt takst for heldagsskoler", "Byrådet", 2024),
        ("planned", "tildelingsmodellen", "Byrådet", 2027)]  # an evaluation names no new value ("til udvalget")


def test_lower_case_points_only_proposed(tmp_path: Path) -> None:
    events = notat_events(tmp_path, REGION_HEAD, REGION)
    assert [(e[0], e[3]) for e in events] == [("planned", 2024), ("planned", 2025)]
    assert notat_events(tmp_path, REGION_HEAD, REGION + "Beslutning\nIndstillingen blev godkendt.\n") == [
        ("dropped", "akutklinikken i Kalundborg", "Regionsrådet", 2024),
        ("replaced", "lægebilen i Slagelse", "Regionsrådet", 2024)]


def test_numbered_headings_are_no_points(tmp_path: Path) -> None:
    # a numbered heading opens in a capital: no point, and no recommendation read into it
    body = "Indstilling\nForvaltningen indstiller til Byrådet, at\nsagen drøftes.\n\n1. Baggrund\nSagen er sendt i høring.\n"
    assert notat_events(tmp_path, TO_COUNCIL_HEAD, body) == []


# An outcome may approve some points by number; the others stay proposals (sent back or put off), and the outcome's
# "punkt 1" is no commitment of its own.
# (the title names the topic's year, not the meeting's: the meeting is dated by the document)
BUS_HEAD = "Regionsrådet – Beslutningsprotokol, punkt 11: Regional kollektiv trafik 2025\nRegion Sjælland, 28. maj 2024\n\n"
BUS = ("Indstilling\nAdministrationen indstiller, at\n1. regionalrute 540R nedlægges fra december 2024,\n"
       "2. regionalrute 230R opretholdes med nuværende betjening,\n3. natbussen til Holbæk omlægges til flextur.\n\n")


def test_points_approved_by_number(tmp_path: Path) -> None:
    body = BUS + "Beslutning\nRegionsrådet godkendte punkt 1 og 2.\nPunkt 3 blev sendt tilbage til administrationen.\n"
    assert notat_events(tmp_path, BUS_HEAD, body) == [
        ("dropped", "regionalrute 540R", "Regionsrådet", 2024),
        ("confirmed", "regionalrute 230R", "Regionsrådet", 2024),
        ("planned", "natbussen til Holbæk til flextur", "Administrationen", 2024)]  # still the proposers' (municipal README)


def test_points_approved_by_number_in_the_passive(tmp_path: Path) -> None:
    body = TO_COUNCIL + "Beslutning\nPunkt 1 og 3 blev godkendt.\nPunkt 2 og 4 blev udsat.\n"
    assert [(e[0], e[2]) for e in notat_events(tmp_path, TO_COUNCIL_HEAD, body)] == [
        ("replaced", "Byrådet"), ("planned", "Børn- og Ungeudvalget"), ("dropped", "Byrådet"),
        ("planned", "Børn- og Ungeudvalget")]  # the points left proposed are the proposer's
