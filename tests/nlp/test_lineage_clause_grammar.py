"""Lineage on sentence forms of session 24's probes (agreement texts, a kommune's referater and handleplaner the
project never saw), each written from Danish grammar rather than from one sentence: "det" as the formal subject of an
extraposed at-clause, V2 order after any prepositional phrase, two coordinated s-passives sharing one subject, an
evaluation that is its own event rather than more of the one before, and a rule's definite noun with the at-clause
that says what the rule is. Sentences in, exact events out, and sentences
that give nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.notat_events import notat_events, notat_evidence, notat_replacements

# (a dated ministry text with no genre word: news, whose perfect tense the conventions date by the writing date; a
# "Notat om ..." heading would make it a report, the municipal README's notat)
HEAD = "Ændringer i ordningerne\nTransportministeriet, 3. marts 2023\n\n"


def events(tmp_path: Path, body: str) -> list[tuple[str, str, str | None, int | None]]:
    return notat_events(tmp_path, HEAD, body)


def evidence(tmp_path: Path, body: str) -> list[str]:
    return notat_evidence(tmp_path, HEAD, body)


@pytest.mark.parametrize("body, expected", [
    # "det" is the formal subject of the at-clause after it (extraposition): what was agreed is the clause, told as
    # a decision of its own, not a pointer back to the sentence before
    ("Det er aftalt, at der i 2025 udarbejdes en national plan for forebyggelse.",
     [("planned", "national plan for forebyggelse", None, 2025)]),
    ("Puljen til praktiserende læger i yderområder øges med 200 mio. kr. årligt. Det er aftalt, at der i 2025 "
     "udarbejdes en national plan for forebyggelse.", [("planned", "national plan for forebyggelse", None, 2025)]),
    ("Det er besluttet, at kravet om personligt fremmøde afskaffes.",
     [("dropped", "kravet om personligt fremmøde", None, None)]),
    # an evaluation after another kind of event is its own event with its own year: the abolition is not of 2023
    ("Parterne er enige om, at puljen til cykelstier afskaffes. Ordningen blev i 2023 evalueret af Rambøll.",
     [("dropped", "puljen til cykelstier", None, None), ("evaluated", "Ordningen", None, 2023)]),
    ("Puljen blev forlænget i 2021. Ordningen blev i 2022 evalueret af Rambøll.",
     [("changed", "Puljen", None, 2021), ("evaluated", "Ordningen", None, 2022)]),
    # a sentence goes on about the event only when it opens with a pronoun, the event's noun or a word of its subject:
    # a law's entry into force is no year of the scheme the sentence before kept
    ("Den nuværende ordning med særlig støtte til ledsagelse videreføres uændret. Loven foreslås at træde i kraft den "
     "1. juli 2024.", [("confirmed", "ordningen med særlig støtte til ledsagelse", None, None)]),
    ("Ordningen blev forlænget. Den forventes evalueret i 2025.", [("changed", "Ordningen", None, 2025)]),
    # an agreement made: its noun a compound with "aftale" or "forlig" as its head, about something or alone, its
    # partners after "med" made it with the agent
    ("Regeringen har indgået en ny medieaftale for perioden 2023-2026.",
     [("introduced", "ny medieaftale for perioden 2023-2026", "Regeringen", 2023)]),
    ("Regeringen har indgået aftale med Socialistisk Folkeparti om finansloven for 2024.",
     [("introduced", "aftale om finansloven for 2024", "Regeringen med Socialistisk Folkeparti", 2023)]),
    ("Partierne indgik i 2021 et budgetforlig.", [("introduced", "budgetforlig", "Partierne", 2021)]),
    # ... not a part taken in one, nor agreements wished for
    ("Kommunen indgår i aftalen om klimatilpasning.", []),
    ("Vi vil arbejde for at indgå aftaler med nabolandene.", []),
    # "skal" with a time to come in its clause is Danish's future: a task set for that time, announced (`planned`);
    # without one it is a duty, a standing rule (no event)
    ("Sundhedsstyrelsen skal i 2026 evaluere ordningen.",
     [("planned", "evaluering af ordningen", "Sundhedsstyrelsen", 2026)]),
    ("Styrelsen skal udarbejde en handlingsplan i løbet af 2025.",
     [("planned", "handlingsplan", "Styrelsen", 2025)]),
    ("Kommunerne skal oprette et nyt tilbud til unge.", []),
    ("Kommunerne skal oprette et nyt tilbud, som blev drøftet i 2023.", []),
    # a prepositional phrase in the central field between the auxiliary and the participle is an adverbial, not the
    # subject (that stands first)
    ("Ordningen blev med aftalen ændret.", [("changed", "Ordningen", None, None)]),
    ("Folkeskolens nationale test blev ved lov nr. 1010 af 2022 erstattet af nye færdighedstest.",
     [("replaced", "Folkeskolens nationale test", None, 2022)]),
    # a thing one sentence says ended and was replaced is one replacement, as "afskaffes og erstattes af"
    ("Ordningen med politikandidater er ophørt og er afløst af en ny specialistlinje.",
     [("replaced", "Ordningen med politikandidater", None, 2023)]),
    ("Den nye aftale afløser medieaftalen for 2019-2023, som udløber ved årsskiftet.",
     [("replaced", "medieaftalen for 2019-2023", None, None)]),
    # an s-passive with a year after it tells the future ("evalueres i 2026"); what follows the year is an adverbial,
    # the subject stands before the verb
    ("Politikken evalueres i 2026 med inddragelse af Ældrerådet.",
     [("planned", "evaluering af politikken", None, 2026)]),
    ("Politikken evalueres i 2026 sammen med Ældrerådet.", [("planned", "evaluering af politikken", None, 2026)]),
    # a proposal in the past ("foreslog", the strong past of "foreslå") is a plan as "foreslår" is, with an at-clause
    # or an infinitive
    ("Enhedslisten foreslog, at der indføres et loft over huslejestigninger.",
     [("planned", "loft over huslejestigninger", "Enhedslisten", None)]),
    ("Enhedslisten foreslog at indføre et loft over huslejestigninger.",
     [("planned", "loft over huslejestigninger", "Enhedslisten", None)]),
    # an infinitive after "at" or a modal with a number after it is what is to be made, not a count of what exists
    ("Regeringen har besluttet at etablere 17 lokale sundhedsklynger.",
     [("introduced", "17 lokale sundhedsklynger", "Regeringen", 2023)]),
    ("Der er oprettet 25.000 fleksjob.", []),
    # a new end after "til" is no time of the event, with its month and day too ("forlænges til juni 2025")
    ("Forsøget med nedsat timekrav forlænges til juni 2025.", [("changed", "Forsøget med nedsat timekrav", None, None)]),
    ("Forsøget forlænges til den 30. juni 2025.", [("changed", "Forsøget", None, None)]),
    # a proposal of a change to come is planned by its proposer (the municipal README: "planned by the proposers")
    ("Venstre foreslår, at ordningen afskaffes fra 2026.", [("planned", "afskaffelse af ordningen", "Venstre", 2026)]),
    # a keep verb negated where it stands is an end: not continued ("confirmed: explicitly kept or continued",
    # "dropped: ended", the star README); a negation elsewhere, an opinion or a question negates nothing kept
    ("Skrotningspræmien for oliefyr, der var en del af samme aftale, blev ikke videreført efter 2022.",
     [("dropped", "Skrotningspræmien for oliefyr", None, 2022)]),
    ("Ordningen videreføres ikke.", [("dropped", "Ordningen", None, None)]),
    ("Byrådet besluttede ikke at videreføre ordningen.", [("dropped", "ordningen", "Byrådet", None)]),
    ("KL mener ikke, at ordningen bør videreføres.", []),
    ("Ordningen skal ikke videreføres.", []),  # under a modal: a rule or a plan, unread as before
    ("Det er ikke besluttet, om ordningen videreføres.", []),
    # a relative clause hangs on the noun phrase right before it, a name with its years too; a period right after a
    # noun names the thing (the span it covers), not when the event was
    ("Strategien afløser Biblioteksplan 2019-2023, som udløb ved årsskiftet.",
     [("replaced", "Biblioteksplan 2019-2023", None, None)]),
    ("Aftalen finansieres af Accelerationsfonden, som blev oprettet i februar 2022.",
     [("introduced", "Accelerationsfonden", None, 2022)]),
    ("Ungeindsatsen Vejen Videre, som blev etableret i 2020, fortsætter uændret.",
     [("introduced", "Ungeindsatsen Vejen Videre", None, 2020), ("confirmed", "Ungeindsatsen Vejen Videre", None, None)]),
    ("Med Infrastrukturplan 2035, som blev vedtaget i juni 2021, blev der afsat 161 mia. kr. til investeringer.",
     [("introduced", "Infrastrukturplan 2035", None, 2021), ("introduced", "161 mia. kr. til investeringer", None, None)]),
    # ... but a name completing a noun's prepositional phrase leaves the relative to the noun
    ("Ordningen med udvidet åbningstid i Sunds Børnehus, som blev indført som forsøg i 2022, ophørte i 2023.",
     [("introduced", "Ordningen med udvidet åbningstid i Sunds Børnehus", None, 2022),
      ("dropped", "Ordningen med udvidet åbningstid i Sunds Børnehus", None, 2023)]),
    ("Partierne har indgået aftale om budget 2024-2027.", [("introduced", "aftale om budget 2024-2027", "Partierne", 2023)]),
    ("Forligskredsen bag forsvarsforliget 2024-2033 er i dag blevet enige om en delaftale om luftforsvar.",
     [("introduced", "delaftale om luftforsvar", "Forligskredsen bag forsvarsforliget 2024-2033", 2023)]),
    ("Ordningen blev forlænget i perioden 2021-2023.", [("changed", "Ordningen", None, 2021)]),
    # ... the commitment the clause before has just told, however long its phrase
    ("I 2020 blev der etableret en midlertidig kompensationsordning for medier med tab af annonceindtægter, som udløb "
     "i 2021.", [("introduced", "midlertidig kompensationsordning for medier med tab af annonceindtægter", None, 2020),
                 ("dropped", "midlertidig kompensationsordning for medier med tab af annonceindtægter", None, 2021)]),
    # "fortsætter" of a scheme is intransitive: what goes on is its subject, the words after say how or how long
    ("Den særlige indsats i forebyggelsesområderne fortsætter uændret frem til 2026.",
     [("confirmed", "særlige indsats i forebyggelsesområderne", None, None)]),
    ("Skolernes lektiecaféer fortsætter i uændret form.", [("confirmed", "Skolernes lektiecaféer", None, None)]),
    # an adjective alone after the verb is a predicative, how the thing is kept (lineage_words.csv
    # manner_predicative): the subject stands before the verb, past the relative clause on it
    ("Det forhøjede fradrag for pensionister, der arbejder, videreføres uændret.",
     [("confirmed", "forhøjede fradrag for pensionister", None, None)]),
    ("Satsen, som blev fastsat i 2020, videreføres uændret.", [("confirmed", "Satsen", None, None)]),
    # V2: any prepositional phrase may fill the first place; the finite verb follows, then its subject, the agent
    ("På mødet vedtog Økonomiudvalget en ny indkøbspolitik.",
     [("introduced", "ny indkøbspolitik", "Økonomiudvalget", None)]),
    ("På baggrund af evalueringen nedlagde byrådet den lokale ungdomsklub i 2019.",
     [("dropped", "lokale ungdomsklub", "byrådet", 2019)]),
    ("Under punktet godkendte Kommunalbestyrelsen i 2022 en ny skolestruktur.",
     [("introduced", "ny skolestruktur", "Kommunalbestyrelsen", 2022)]),
    # the agent after the verb may be a body named by its proper name, or a council with its kommune; a time between
    # the agent and the object is no part of the object
    ("I 2019 indførte Aalborg Byråd en ordning med gratis buskort.",
     [("introduced", "ordning med gratis buskort", "Aalborg Byråd", 2019)]),
    ("I 2020 vedtog Kommunalbestyrelsen i Vejle en ny klimaplan.",
     [("introduced", "ny klimaplan", "Kommunalbestyrelsen i Vejle", 2020)]),
    ("I 2020 vedtog byrådet i januar en ny klimaplan.", [("introduced", "ny klimaplan", "byrådet", 2020)]),
    # ... and so may a passive's agent after "af"
    ("I 2019 blev ordningen indført af Aalborg Kommune.", [("introduced", "ordningen", "Aalborg Kommune", 2019)]),
    ("Ordningen blev evalueret af Rambøll i 2023.", [("evaluated", "Ordningen", None, 2023)]),  # no body's head
    # ... and with a finite passive the subject follows the verb: the phrase before it is no subject
    ("På den baggrund afskaffes puljen.", [("dropped", "puljen", None, None)]),
    # a main clause after "og" has its own V2 order: the adverbial after the conjunction fills the first place
    ("Med aftalen afskaffes det nuværende krav om to jobsamtaler om måneden, og i stedet indføres en individuel "
     # (the end names what takes its place: `replaced`, the star README's kinds; tests/nlp/test_lineage_instead_replacements.py)
     "jobsøgningsplan.", [("replaced", "kravet om to jobsamtaler om måneden", None, None),
                          ("introduced", "individuel jobsøgningsplan", None, None)]),
    # a relative moved past the main clause's verb hangs on the subject before the verb
    ("Den midlertidige pulje afskaffes, som blev oprettet i 2021.",
     [("dropped", "midlertidige pulje", None, None), ("introduced", "midlertidige pulje", None, 2021)]),
    # two present s-passives of event verbs coordinated by "og" share the subject and are two events
    ("Ordningen videreføres og udvides til hele kommunen.",
     [("confirmed", "Ordningen", None, None), ("changed", "Ordningen til hele kommunen", None, None)]),
    ("Puljen blev oprettet i 2020 og videreføres og udvides nu.",
     [("introduced", "Puljen", None, 2020), ("confirmed", "Puljen", None, None), ("changed", "Puljen", None, 2023)]),
    # the definite noun of a rule keeps the at-clause that says what it is, after the verb as before it
    ("Med aftalen afskaffes kravet om, at ledige skal deltage i jobsamtaler hver måned.",
     [("dropped", "kravet om, at ledige skal deltage i jobsamtaler hver måned", None, None)]),
    ("Med loven indføres reglen om, at ledige skal møde op hver uge.",
     [("introduced", "reglen om, at ledige skal møde op hver uge", None, None)]),
    ("Kravet om, at ledige skal deltage i jobsamtaler hver måned, afskaffes.",
     [("dropped", "Kravet om, at ledige skal deltage i jobsamtaler hver måned", None, None)]),
    # the present tense of "evaluere" with a year after it tells the future: an evaluation planned
    ("Aftalen evalueres i 2028.", [("planned", "evaluering af aftalen", None, 2028)]),
    ("Projektet evalueres igen i foråret 2025.", [("planned", "evaluering af projektet", None, 2025)]),
    # two subjects under one verb stay one event
    ("Topskatten og mellemskatten afskaffes.", [("dropped", "Topskatten og mellemskatten", None, None)]),
])
def test_word_order_forms(tmp_path: Path, body: str, expected: list[tuple[str, str, str | None, int | None]]) -> None:
    assert events(tmp_path, body) == expected


def test_an_extraposed_agreement_is_no_evidence_of_the_sentence_before(tmp_path: Path) -> None:
    # the at-clause's plan is cited by its own sentence, and the sentence before gains no words of it
    assert evidence(tmp_path, "Puljen til praktiserende læger i yderområder øges med 200 mio. kr. årligt. Det er "
                              "aftalt, at der i 2025 udarbejdes en national plan for forebyggelse.") == [
        "Det er aftalt, at der i 2025 udarbejdes en national plan for forebyggelse."]


def test_a_decision_pointed_back_to_still_takes_the_sentence_before(tmp_path: Path) -> None:
    # "Det er en beslutning, som ..." is the back reference (seed 002): no at-clause follows it
    assert [e[0] for e in events(tmp_path, "Ordningen blev afskaffet i 2019. Det er en beslutning, som vi har været "
                                           "enige om i forligskredsen.")] == ["dropped", "introduced"]


@pytest.mark.parametrize("body", [
    "På mødet deltog byrådet og borgmesteren.",  # a prepositional phrase first, but no event verb
    "Under mødet blev ordningen drøftet.",
    "Det er aftalt, at udvalget mødes igen i maj.",  # an extraposed clause whose verb states no event
    "Sagen behandles og drøftes på næste møde.",  # coordinated passives of verbs that state no event
    "Der evalueres løbende.",  # the present of a routine (f02), no year: no evaluation
    "Indsatsen evalueres med borgeren hver tredje måned.",
])
def test_forms_that_state_no_event(tmp_path: Path, body: str) -> None:
    assert events(tmp_path, body) == []


@pytest.mark.parametrize("body, events_expected, replacements", [
    # "i stedet" in the sentence after a scheme was given up: what this sentence introduces replaced it, and both
    # events are labelled (the star README: "both a dropped and a replaced event", seed 000)
    ("Den tidligere investeringspulje er udløbet. I stedet oprettes en ny eksportfond for økologiske fødevarer.",
     [("dropped", "investeringspuljen", None, 2023),
      ("introduced", "ny eksportfond for økologiske fødevarer", None, None),
      ("replaced", "investeringspuljen", None, 2023)],
     [("investeringspuljen", "ny eksportfond for økologiske fødevarer")]),
    # ... not when nothing was given up before it
    ("Puljen er populær. I stedet oprettes en ny eksportfond for økologiske fødevarer.",
     [("introduced", "ny eksportfond for økologiske fødevarer", None, None)], []),
])
def test_instead_after_a_scheme_given_up(tmp_path: Path, body: str, events_expected: list[tuple[str, str, str | None, int | None]],
                                         replacements: list[tuple[str, str | None]]) -> None:
    assert events(tmp_path, body) == events_expected
    assert notat_replacements(tmp_path, HEAD, body) == replacements
