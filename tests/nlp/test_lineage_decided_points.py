"""Decided recommendation points in the forms the numbered-points tests leave out (probes17 m01, m03 and the samples
below): a dated decision line approving some points by number ("Indstillingens punkt 1 og 3 blev godkendt. Punkt 2
blev forkastet ..."), a lead naming the approving body as the subject of its "at" ("Administrationen indstiller, at
Regionsrådet godkender,"), a bare decision whose first line is another body's recommendation ("Forretningsudvalget
anbefalede ... indstillingen." then "Regionsrådet godkendte indstillingen ..."), a coordinated subject of an agentless passive
("Tuse Naturskole og Kisserup Naturskole nedlægges": the things acted on, never the actor) and an evaluation a point has
made later (planned)."""
from __future__ import annotations

from pathlib import Path

from tests.nlp.notat_events import notat_events

HEAD = "Byrådets møde den 14. maj 2024 – Punkt 5: Tandplejens klinikstruktur\nNæstved Kommune, 14. maj 2024\n\n"
POINTS = ("Indstilling\nDirektionen indstiller,\n"
          "1. at Fensmark Tandklinik og Holme-Olstrup Tandklinik omlægges til Sydtandklinikken pr. 1. januar 2025,\n"
          "2. at brugerbetalingen for tandregulering afskaffes, og\n"
          "3. at der udarbejdes en evaluering af den nye klinikstruktur i efteråret 2025.\n\n")


def test_points_approved_by_number_on_a_dated_line(tmp_path: Path) -> None:
    body = POINTS + ("Beslutning i Byrådet den 14. maj 2024\nIndstillingens punkt 1 og 3 blev godkendt. "
                     "Punkt 2 blev forkastet med 16 stemmer mod 15.\n")
    assert notat_events(tmp_path, HEAD, body) == [
        ("changed", "Fensmark Tandklinik og Holme-Olstrup Tandklinik til Sydtandklinikken", "Byrådet", 2024),
        ("planned", "afskaffelse af brugerbetalingen for tandregulering", None, 2024),  # point 2: the proposal
        ("planned", "evaluering af den nye klinikstruktur", "Byrådet", 2025)]


def test_whole_outcome_rejected_still_gives_nothing(tmp_path: Path) -> None:
    body = POINTS + "Beslutning i Byrådet den 14. maj 2024\nIndstillingen blev forkastet.\n"
    assert notat_events(tmp_path, HEAD, body) == []


def test_coordinated_things_acted_on_are_no_actor() -> None:
    from nlp.lineage.clauses import clause_events
    for sentence, kind, subject in (
            ("Tuse Naturskole og Kisserup Naturskole nedlægges.", "dropped", "Tuse Naturskole og Kisserup Naturskole"),
            ("Fensmark Tandklinik og Holme-Olstrup Tandklinik omlægges.", "changed",
             "Fensmark Tandklinik og Holme-Olstrup Tandklinik")):
        found = clause_events(sentence, 0, len(sentence), None)
        assert [(d.kind, d.subject, d.actor) for d in found] == [(kind, subject, None)], sentence
    # a passive's agent after "af" still acts
    sentence = "Tuse Naturskole og Kisserup Naturskole nedlægges af Holbæk Kommune."
    assert [d.actor for d in clause_events(sentence, 0, len(sentence), None)] == ["Holbæk Kommune"]


REGION_HEAD = ("Regionsrådets møde 27. februar 2024 – Punkt 9: Ny model for akutbetjeningen\n"
               "Region Midtjylland, 27. februar 2024\n\n")
REGION = ("Indstilling\nAdministrationen indstiller, at Regionsrådet godkender,\n"
          "- at akutklinikken i Holstebro nedlægges pr. 1. maj 2024,\n"
          "- at der fra samme dato etableres en akutbil med sygeplejerske i Lemvig.\n\n")


def test_lead_naming_the_approving_body(tmp_path: Path) -> None:
    assert notat_events(tmp_path, REGION_HEAD, REGION + "Beslutning\nRegionsrådet godkendte indstillingen.\n") == [
        ("dropped", "akutklinikken i Holstebro", "Regionsrådet", 2024),
        ("introduced", "akutbil med sygeplejerske i Lemvig", "Regionsrådet", 2024)]
    # without a decision the points are the proposer's plans
    assert [(e[0], e[3]) for e in notat_events(tmp_path, REGION_HEAD, REGION)] == [
        ("planned", 2024), ("planned", 2024)]


def test_bare_decision_after_another_bodys_recommendation(tmp_path: Path) -> None:
    body = REGION + ("Beslutning\nForretningsudvalget anbefalede den 13. februar 2024 indstillingen.\n"
                     "Regionsrådet godkendte indstillingen.\n")
    assert [(e[0], e[2]) for e in notat_events(tmp_path, REGION_HEAD, body)] == [
        ("dropped", "Regionsrådet"), ("introduced", "Regionsrådet")]
    # the recommendation alone decides nothing
    only = REGION + "Beslutning\nForretningsudvalget anbefalede den 13. februar 2024 indstillingen.\n"
    assert [e[0] for e in notat_events(tmp_path, REGION_HEAD, only)] == ["planned", "planned"]
