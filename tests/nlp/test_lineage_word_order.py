"""Lineage on Danish word order and list leads (session 26's probes: agreement texts, a government plan, party
chapters and a kommune's notater the project never saw), each from a rule of the language rather than one sentence:
a fronted adverb puts the finite verb second and the subject after it, with "ikke" after the subject; "skal" with a
date or a year to come before an s-passive is the future, as before an infinitive; an adjective spelled like an
adverb of habit ("et årligt klimaprogram") is no habit; and a list's lead keeps its meaning with a sentence adverb
in it ("Aftalen indebærer desuden:", "Regeringen vil derfor:") or in V2 order ("Derfor vil SF:", "Ved
trepartsaftalen i december 2022 blev parterne enige om:"). Sentences in, exact events out, and sentences that give
nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.notat_events import notat_events, notat_replacements

# (a dated ministry text with no genre word: news, whose perfect tense the conventions date by the writing date; a
# "Notat om ..." heading would make it a report, the municipal README's notat)
HEAD = "Ændringer i ordningerne\nBeskæftigelsesministeriet, 3. marts 2024\n\n"


def events(tmp_path: Path, body: str, head: str = HEAD) -> list[tuple[str, str, str | None, int | None]]:
    return notat_events(tmp_path, head, body)


@pytest.mark.parametrize("body, expected", [
    # V2 after a fronted adverb: the subject follows the verb, the negation follows the subject
    ("Derimod afskaffes ordningen.", [("dropped", "ordningen", None, None)]),
    ("Dog videreføres projektet ikke efter 2024.", [("dropped", "projektet", None, 2024)]),
    ("Derimod videreføres projektet Job i Syd ikke efter 2024.", [("dropped", "projektet Job i Syd", None, 2024)]),
    ("Samtidig videreføres projektet.", [("confirmed", "projektet", None, None)]),
    # subject first: the negation right after the verb, as before; a negation inside a relative clause is its own
    ("Projektet videreføres ikke.", [("dropped", "Projektet", None, None)]),
    ("Ordningen videreføres for de ledige, som ikke har job.", [("confirmed", "Ordningen", None, None)]),
    # "skal" with a time to come before the s-passive: the future (a date's "den" before its day is such a time)
    ("De nye regioner skal etableres den 1. januar 2027.", [("planned", "nye regioner", None, 2027)]),
    ("De nye regioner skal efter planen etableres den 1. januar 2027.", [("planned", "nye regioner", None, 2027)]),
    ("Regionerne skal oprettes i 2027.", [("planned", "Regionerne", None, 2027)]),
    # ... without a time it is a duty, a standing rule
    ("Kommunerne skal oprette et tilbud.", []),
    ("Der skal oprettes et tilbud i den enkelte kommune.", []),
    # an adjective after a determiner spelled as the adverb of habit names a thing, no habit
    ("Med loven indføres et årligt klimaprogram.", [("introduced", "årligt klimaprogram", None, None)]),
    # ... the adverb itself is a habit: a routine, no event
    ("Der indføres årligt en ny pulje.", []),
    # a personal pronoun after "og"/"men" takes up the commitment the clause before told, when it agrees with the
    # commitment's definite head in gender and number ("den" -en, "det" -et, "de" -ne)
    ("Ældrechecken blev indført i 2004, og den blev afskaffet i 2010.",
     [("introduced", "Ældrechecken", None, 2004), ("dropped", "Ældrechecken", None, 2010)]),
    ("Forsøget blev indført i 2004, men det blev afskaffet i 2010.",
     [("introduced", "Forsøget", None, 2004), ("dropped", "Forsøget", None, 2010)]),
    ("Reglerne blev indført i 2004, og de blev lempet i 2012.",
     [("introduced", "Reglerne", None, 2004), ("changed", "Reglerne", None, 2012)]),
    # ... not a pronoun of another gender: "den" cannot take up "forsøget"
    ("Forsøget blev indført i 2004, og den blev afskaffet i 2010.", [("introduced", "Forsøget", None, 2004)]),
    # the participle of an end coordinated before "erstattet af" in V2 order, as in subject-first order
    ("I 2013 blev den tidsubegrænsede forlængelse af sygedagpenge afskaffet og erstattet af et jobafklaringsforløb.",
     [("replaced", "tidsubegrænsede forlængelse af sygedagpenge", None, 2013)]),
    # V2 puts one constituent before the finite verb: a time inside that first place belongs to its noun phrase (a
    # goal's year), not to the event; a time in the first place of its own, or after the finite verb, is the event's
    ("Målet om 70 pct. reduktion i 2030 skal fastholdes.", [("confirmed", "Målet om 70 pct. reduktion", None, None)]),
    ("I 2019 blev ordningen afskaffet.", [("dropped", "ordningen", None, 2019)]),
    ("Ordningen blev i 2019 afskaffet.", [("dropped", "Ordningen", None, 2019)]),
    ("På mødet i marts 2019 vedtog byrådet en ny klimaplan.", [("introduced", "ny klimaplan", "byrådet", 2019)]),
    # an end verb negated under "skal" keeps the thing (the municipal README's keep-wishes are `confirmed`); a
    # change negated, a fact negated or "kan ikke" keeps nothing the conventions name
    ("Klippekortordningen skal ikke nedlægges.", [("confirmed", "Klippekortordningen", None, None)]),
    ("Frikortet skal ikke afskaffes.", [("confirmed", "Frikortet", None, None)]),
    ("Pensionsalderen skal ikke hæves.", []),
    ("Ordningen blev ikke afskaffet.", []),
    ("Ordningen kan ikke afskaffes uden lovændring.", []),
    # "langtfra" negates as "ikke" does (Retskrivningsordbogen: langtfra adv.): work far from finished ended nothing
    ("Arbejdet med ordningen er langtfra afsluttet.", []),
    ("Arbejdet med ordningen er afsluttet.", [("dropped", "Arbejdet med ordningen", None, 2024)]),  # the perfect: as of the document
    # an agent after the verb is its V2 subject only within the clause: past a comma it is another clause's
    ("Kravet om fremmøde blev i 2018 lempet, så jobcentret selv kan vurdere behovet.",
     [("changed", "Kravet om fremmøde", None, 2018)]),
    ("I 2019 vedtog byrådet en ny klimaplan.", [("introduced", "ny klimaplan", "byrådet", 2019)]),
    # an active verb of evaluating names its object as what is evaluated (a time in the central field before it is
    # no part of it); the finding told after it is more of the same evaluation, not what was evaluated
    ("Rambøll evaluerede i 2022 ordningen.", [("evaluated", "ordningen", None, 2022)]),
    ("Forvaltningen evaluerede i efteråret 2023 den hidtidige model, og evalueringen viste, at de mindste skoler har "
     "været underfinansierede.", [("evaluated", "hidtidige model", "Forvaltningen", 2023)]),  # the evaluator (f07 gold)
    # ... a finding with nothing told before it names what it is about
    ("Evalueringen viste, at ordningen virker.", [("evaluated", "ordningen", None, None)]),
    # a proposal whose content clause is negated proposes that nothing happens ("ikke længere" proposes an end)
    ("Forvaltningen anbefaler, at der ikke ændres i den kommunale mentorordning.", []),
    ("Forvaltningen foreslår, at mentorordningen ikke ændres.", []),
    ("Forvaltningen foreslår, at mentorordningen ændres.", [("planned", "mentorordningen", "Forvaltningen", None)]),
    # a sentence adverb between the auxiliary and the ending participle before "og erstattet af"
    ("Reglen blev samtidig ophævet og erstattet af regler om digital indberetning.",
     [("replaced", "Reglen", None, None)]),
    # the main clause resumed after a relative clause on its subject: an active transitive verb's commitment is its
    # object; a passive or intransitive verb's is the subject
    ("Den seneste medieaftale, der blev indgået i maj 2022, viderefører produktionsstøtten og justerer "
     "fordelingsnøglen.", [("introduced", "seneste medieaftale", None, 2022), ("confirmed", "produktionsstøtten", None, 2024)]),
    ("Ordningen, som blev indført i 2015, afskaffes.",
     [("introduced", "Ordningen", None, 2015), ("dropped", "Ordningen", None, None)]),
    # a general meeting's standing items, the board's report and the accounts, are procedure (s11_11, s10_12)
    ("Beretningen blev godkendt.", []),
    ("Regnskabet blev godkendt.", []),
])
def test_word_order(tmp_path: Path, body: str, expected: list[tuple[str, str, str | None, int | None]]) -> None:
    assert events(tmp_path, body) == expected


def test_agreement_lead_with_a_sentence_adverb(tmp_path: Path) -> None:
    body = ("Reformen er bred.\n\nAftalen indebærer desuden:\n"
            "- Der indføres et nationalt kvalitetsprogram for det nære sundhedsvæsen.\n"
            "- Der oprettes op til 25 nye sundhedshuse uden for de store byer.\n")
    assert events(tmp_path, body) == [
        ("introduced", "nationalt kvalitetsprogram for det nære sundhedsvæsen", "aftalepartierne", None),
        ("introduced", "op til 25 nye sundhedshuse uden for de store byer", "aftalepartierne", None)]


def test_agreement_lead_in_v2_order(tmp_path: Path) -> None:
    body = ("Ordningen er udbredt.\n\nVed trepartsaftalen i december 2022 blev parterne desuden enige om:\n"
            "- at der oprettes en national hotline for virksomheder\n"
            "- at ordningen med løntilskud forlænges\n")
    assert events(tmp_path, body) == [
        ("introduced", "national hotline for virksomheder", "parterne", 2022),
        ("changed", "ordningen med løntilskud", "parterne", 2022)]


def test_lead_that_announces_no_list(tmp_path: Path) -> None:
    # a colon after a verb of reporting, no agreement's lead: the items are not its elements
    body = ("Ordningen er udbredt.\n\nVed mødet i december 2022 blev parterne desuden orienteret om:\n"
            "- at der oprettes en national hotline for virksomheder\n")
    assert [e for e in events(tmp_path, body) if e[2] == "parterne"] == []


def test_government_plan_list(tmp_path: Path) -> None:
    body = ("Jobcentrene skal have mere frihed.\n\nRegeringen vil derfor:\n"
            "• afskaffe de landsdækkende proceskrav om samtaler\n"
            "• nedlægge de regionale arbejdsmarkedsråd\n")
    assert events(tmp_path, body) == [
        ("planned", "afskaffelse af landsdækkende proceskrav om samtaler", "Regeringen", None),
        ("planned", "nedlæggelse af regionale arbejdsmarkedsråd", "Regeringen", None)]


def test_party_lead_in_v2_order(tmp_path: Path) -> None:
    head = "SF's klimapolitik\nSF, 3. marts 2023\n\n"
    body = ("Men klimaet kan ikke vente på markedet. Derfor vil SF:\n"
            "- indføre en klimaafgift på landbruget\n"
            "- bevare den grønne check til familier\n")
    assert events(tmp_path, body, head) == [
        ("planned", "klimaafgift på landbruget", "SF", None),
        ("confirmed", "grønne check til familier", "SF", None)]


def test_lead_of_people_who_decide_nothing(tmp_path: Path) -> None:
    # "Borgerne" are no deciding body (nlp/data/agent_heads.csv): their wishes are no plans
    head = "Borgermødet\nSilkeborg Kommune, 3. marts 2023\n\n"
    body = "Mødet var velbesøgt.\n\nBorgerne vil gerne:\n- have flere busser\n- have længere åbningstider\n"
    assert events(tmp_path, body, head) == []


def test_party_initials_before_a_colon_stay_one_word(tmp_path: Path) -> None:
    # a one-letter letterhead label ("F 33 92 ...") is split from a postal district only before its value
    from extract.load import load

    path = tmp_path / "sf.txt"
    path.write_text("SF's klimapolitik\nSF, 3. marts 2023\n\nDerfor vil SF:\n- indføre en klimaafgift\n",
                    encoding="utf-8")
    assert "Derfor vil SF:" in load(path).text
    path.write_text("Ministeriet\nVed Stranden 8\n1061 København KT 72 20 50 00\n", encoding="utf-8")
    assert "København K T 72 20 50 00" in load(path).text


def test_municipal_actions_keep_their_time_apart(tmp_path: Path) -> None:
    # a "Vi vil:" action's closing time is when it is planned for; a date's "1." ends no object
    head = "Sundhedspolitik 2024-2027\nFrederikshavn Kommune, 3. marts 2024\n\n"
    body = ("Vi vil:\n- indføre røgfri arbejdstid på alle kommunale arbejdspladser fra 1. januar 2025\n"
            "- etablere et sundhedshus i Sæby i 2026\n- styrke samarbejdet med de praktiserende læger\n")
    assert events(tmp_path, body, head) == [
        ("planned", "røgfri arbejdstid på alle kommunale arbejdspladser", None, 2025),
        ("planned", "sundhedshus i Sæby", None, 2026)]


def test_items_of_a_decision_keep_their_own_kind(tmp_path: Path) -> None:
    # an announced item that is a clause with its own event verb is that event, decided by the lead's body in the
    # lead's year, and read once
    body = ("Kommunalbestyrelsen vedtog den 12. marts 2024 følgende ændringer:\n"
            "- Hjælp til vinduespudsning er udgået.\n- Ordningen med gratis kaffe blev forlænget.\n")
    assert events(tmp_path, body) == [
        ("dropped", "Hjælp til vinduespudsning", "Kommunalbestyrelsen", 2024),
        ("changed", "Ordningen med gratis kaffe", "Kommunalbestyrelsen", 2024)]


def test_a_general_meetings_standing_item_is_procedure(tmp_path: Path) -> None:
    # the item "Bestyrelsens beretning" approved: a genitive makes its noun definite, "beretningen", procedure
    head = "Referat af ordinær generalforsamling\nGrundejerforeningen Solhaven, 24. april 2024\n\n"
    body = ("1. Valg af dirigent\nAdvokat Jens Holm blev valgt.\n\n2. Bestyrelsens beretning\n"
            "Formanden fortalte om årets arbejde. Beretningen blev godkendt.\n")
    assert events(tmp_path, body, head) == []


# V2 after a fronted time with an active verb: the subject follows the verb, then the object, which is the commitment;
# the subject ends at the object's determiner or is a definite noun before an indefinite object. A pronoun subject is
# the writer's voice (read by the voice readers, not here), and a subject that runs on ("regeringen og partierne")
# has no clear end.
@pytest.mark.parametrize("body, expected", [
    ("I 2022 indførte kommunen sortering af madaffald i alle husstande.",
     [("introduced", "sortering af madaffald i alle husstande", None, 2022)]),
    ("Den 1. januar 2024 erstattede Barnets lov de dele af serviceloven, der handler om børn.",
     [("replaced", "dele af serviceloven", None, 2024)]),
    ("I 2014 afløste den nye model det gamle system.", [("replaced", "gamle system", None, 2014)]),
])
def test_v2_subject_before_the_object(tmp_path: Path, body: str, expected: list) -> None:
    assert events(tmp_path, body) == expected


def test_v2_replacement_names_the_new(tmp_path: Path) -> None:
    assert notat_replacements(tmp_path, HEAD, "Den 1. januar 2024 erstattede Barnets lov de dele af serviceloven.") == [
        ("dele af serviceloven", "Barnets lov")]


def test_an_evaluation_dated_after_the_document_is_planned(tmp_path: Path) -> None:
    assert events(tmp_path, "Aftalepartierne er enige om at evaluere den nye indsats i 2028.") == [
        ("planned", "evaluering af nye indsats", "Aftalepartierne", 2028)]
    assert events(tmp_path, "VIVE evaluerede ordningen i 2022.")[0][0] == "evaluated"
