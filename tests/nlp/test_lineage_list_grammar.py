"""Grammar a party's demand reads by, taken from Danish word order and the programme conventions, not from one
sentence each (session 20, session 19's blind set joined): a clause embedded between a subject and its verb, an adverb
fronting a modal, a list item that states an aim, a sentence opened by an example. Sentences of the programme
chapters in corpus/municipal (s19_05, s19_10, s19_11, s11_07, s18_06, s9_05, s12_07, s10_la, f05), run through the
whole pipeline as a short programme text, and sentences of the same forms that must give nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path
from nlp.lineage.list_aims import states_an_aim
from tests.nlp.programme_events import programme_events as _events


@pytest.mark.parametrize(("sentence", "subject"), [
    # a relative clause with commas of its own between the subject and the modal (s19_11 gold: `planned`)
    ("Tilbudspligten, som forhindrer, at udlejere kan sælge deres udlejningsejendomme til andre udlejere, hvis "
     "lejerne vil overtage som andelsboligforening, skal afskaffes.", "Tilbudspligten"),
    # an apposition, the line wrapped after "herunder" (s19_05 gold: `planned`)
    ("Offentlig støtte til private interesseorganisationer på flygtningeområdet, herunder\nDansk Flygtningehjælp, "
     "skal ophæves.", "Offentlig støtte til private interesseorganisationer på flygtningeområdet"),
    # one relative clause, as before (s11_08 gold: `planned`)
    ("De konkurrenceforvridende tilskudsregler og præferencer, der er pålagt fra politisk hold, skal fjernes.",
     "konkurrenceforvridende tilskudsregler og præferencer"),
])
def test_the_subject_before_an_embedded_clause(tmp_path: Path, sentence: str, subject: str) -> None:
    assert _events(tmp_path, sentence) == [("planned", subject, "Dansk Folkeparti")]


@pytest.mark.parametrize(("sentence", "subject"), [
    # V2: an adverb first, the modal second, the subject third, the passive last (s19_10 gold: `planned`)
    ("Bl.a. bør landbrugsstøtten og\nstrukturfondene afvikles.", "landbrugsstøtten og strukturfondene"),
    ("Derfor bør landbrugsstøtten afvikles.", "landbrugsstøtten"),
    ("Samtidig skal topskatten afskaffes.", "afskaffelse af topskatten"),  # the lexicon's frame for "afskaffe"
])
def test_the_subject_after_a_fronted_adverb_and_a_modal(tmp_path: Path, sentence: str, subject: str) -> None:
    assert _events(tmp_path, sentence) == [("planned", subject, "Dansk Folkeparti")]


@pytest.mark.parametrize("sentence", [
    # an example of what was said before (lineage_words.csv example_opener; s19_06, s6_07: in no gold)
    "Eksempelvis skal ældre sikres ret til en let adgang til deres journaler og til deres læge via callcentre.",
    "For eksempel skal topskatten afskaffes.",
    "• Eksempelvis bør landbrugsstøtten afvikles.",
])
def test_a_sentence_opened_by_an_example_is_no_event(tmp_path: Path, sentence: str) -> None:
    assert _events(tmp_path, sentence) == []


@pytest.mark.parametrize("item", [
    "• Ledelsen på plejehjemmene skal være bedre, så alle steder kan måle sig med de bedste.",  # s11_07
    "• EU skal spille en rolle i sikkerhedspolitik.",  # s19_10
    "• Kvaliteten i ældreplejen skal løftes.",  # a quality's head (s6_08's prose)
    "• Retssikkerheden skal styrkes.",  # f05 gold_notes: a general principle
])
def test_a_list_item_that_states_an_aim(item: str) -> None:
    assert states_an_aim(item)


@pytest.mark.parametrize("item", [
    "• Efterlønnen skal afskaffes helt.",  # s10_la gold: `planned` (a manner after a tabled verb)
    "• Strafferet skal udformes nationalt og ikke på EU-niveau.",  # a manner alone: left to the readers
    "• Der skal være en beskeden brugerbetaling på sundhedsydelser.",  # s6_08 gold: an expletive makes a thing
    "• Det skal være muligt at drive plejehjem på markedsvilkår.",  # s11_07 gold: a permission
    "• Ægtefæller skal have ret til at overføre et uudnyttet topskattefradrag til hinanden.",  # f05 gold
    "• Forældre til børn med særlige behov skal have et frit skolevalg.",  # s18_06 gold
    "• Topskatten afskaffes.",  # no modal
    "• Den aktive beskæftigelsesindsats skal ikke beskæres.",  # negated: the readers' own rule
])
def test_a_list_item_that_demands(item: str) -> None:
    assert not states_an_aim(item)


def test_an_aim_in_a_party_list_gives_no_event(tmp_path: Path) -> None:
    body = ("Liberal Alliance mener:\n• Ledelsen på plejehjemmene skal være bedre, så alle steder kan måle sig med de "
            "bedste.\n• EU skal spille en rolle i sikkerhedspolitik.\n• Efterlønnen skal afskaffes helt.\n"
            "• Den frie bevægelighed skal fastholdes.\n")
    assert _events(tmp_path, body, "Liberal Alliance") == [
        ("planned", "afskaffelse af efterlønnen", "Liberal Alliance"),
        ("confirmed", "frie bevægelighed", "Liberal Alliance"),
    ]


@pytest.mark.parametrize(("sentence", "events"), [
    # a scheme named in its definite form is the one there is: kept (s19_05 gold: `confirmed`)
    ("Dansk Folkeparti er tilhænger af jobkortordningen, der giver opholdstilladelse til udlændinge.",
     [("confirmed", "jobkortordningen", "Dansk Folkeparti")]),
    # "anerkende" a standing agreement, with the free definite article (s19_04 gold: `confirmed`)
    ("Dansk Folkeparti anerkender den frivillige aftale med De Forenede Nationers Højkommissær for Flygtninge fra 1978 "
     "om, at Danmark årligt tager et antal kvoteflygtninge.",
     [("introduced", "frivillige aftale med De Forenede Nationers Højkommissær for Flygtninge fra 1978", None),
      ("confirmed", "frivillige aftale med De Forenede Nationers Højkommissær for Flygtninge fra 1978",
       "Dansk Folkeparti")]),
    # a dated agreement the party supports: made that year, by no one named, and kept (s19_05, s19_04 gold)
    ("Dansk Folkeparti støtter tillige velfærdsaftalen fra 2006 med green-card ordningen, der giver særligt "
     "kvalificerede udlændinge mulighed for at få opholdstilladelse.",
     [("introduced", "velfærdsaftalen fra 2006 med green-card ordningen", None),
      ("confirmed", "velfærdsaftalen fra 2006 med green-card ordningen", "Dansk Folkeparti")]),
    # a dated thing that is no agreement is kept, not made here
    ("Dansk Folkeparti støtter reformen fra 2006 af førtidspensionen.",
     [("confirmed", "reformen fra 2006 af førtidspensionen", "Dansk Folkeparti")]),
    # a definite noun that names no scheme stays demanded (s7_04 gold: `planned`)
    ("Derfor støtter vi mulighederne for at vælge behandling i privat regi og fradrag for sundhedsforsikringer.",
     [("planned", "mulighederne for at vælge behandling i privat regi", "Dansk Folkeparti"),
      ("planned", "fradrag for sundhedsforsikringer", "Dansk Folkeparti")]),
    # no scheme acknowledged: a role (s18_08), a that-clause (s12_02): no event
    ("Dansk Folkeparti anerkender Danmarks Radios rolle som dansk kulturinstitution.", []),
    ("Vi anerkender, at der ikke er ubegrænsede ressourcer i det offentlige sundhedsvæsen, og vi er derfor indstillet "
     "på en debat om prioriteringer ud fra en målsætning om fri og lige adgang til flest mulige ydelser.", []),
])
def test_support_for_a_standing_scheme_keeps_it(tmp_path: Path, sentence: str,
                                                events: list[tuple[str, str, str | None]]) -> None:
    assert _events(tmp_path, sentence) == events


@pytest.mark.parametrize(("sentence", "events"), [
    # a modal chain before the existential passive (s19_04 gold: `planned`)
    ("Der skal kunne ydes økonomisk støtte til etablering af centre i nærområdet.",
     [("planned", "økonomisk støtte til etablering af centre i nærområdet", "Liberal Alliance")]),
    # a verb of three letters: after "der" and the modal no genitive can stand
    ("Der skal ydes økonomisk støtte til etablering af centre i nærområdet.",
     [("planned", "økonomisk støtte til etablering af centre i nærområdet", "Liberal Alliance")]),
    # a compound opening with a number is headed by its last part (s19_12 gold: `planned`)
    ("Der skal gennemføres en 10-årsreformplan for dansk økonomi, som ifølge Finansministeriet vil øge "
     "beskæftigelsen med 124.000 personer.",
     [("planned", "10-årsreformplan for dansk økonomi", "Liberal Alliance")]),
    # negated along the chain, or no thing made: nothing
    ("Der skal ikke kunne ydes støtte til partier.", []),
    ("Der skal kunne skabes tryghed.", []),
])
def test_an_existential_passive_after_a_modal_chain(tmp_path: Path, sentence: str,
                                                    events: list[tuple[str, str, str | None]]) -> None:
    assert _events(tmp_path, f"Liberal Alliance mener:\n\n{sentence}", "Liberal Alliance") == events


@pytest.mark.parametrize(("sentence", "subject"), [
    # a sentence adverb between "og" and the second infinitive; a verb in -ere whose present the lemma table also
    # reads as its agent noun ("finansierer" -> "finansier"): the demand is of the first act's object (s19_12 gold)
    ("Liberal Alliance ønsker at afskaffe tvangslicensen og fremover finansiere DR via en abonnementsordning, ligesom "
     "DR bør koncentrere sig om at løfte de opgaver af samfundsmæssig betydning.", "afskaffelse af tvangslicensen"),
    # a comparative in -ere is no infinitive: the phrase stays whole
    ("Liberal Alliance ønsker at indføre fri og højere adgang til alle ydelser.", "fri og højere adgang til alle ydelser"),
])
def test_a_second_act_after_og_and_an_adverb(tmp_path: Path, sentence: str, subject: str) -> None:
    assert [s for _, s, _ in _events(tmp_path, sentence, "Liberal Alliance")][:1] == [subject]


@pytest.mark.parametrize(("sentence", "events"), [
    # against a scheme named: a proposed end, `planned` (s19_08 gold; programme_verbs.csv role oppose)
    ("Vi konservative er derfor imod skatter og afgifter på arv og gaver til ens børn.",
     [("planned", "skatter og afgifter på arv og gaver til ens børn", "Det Konservative Folkeparti")]),
    ("Det Konservative Folkeparti er modstander af topskatten.",
     [("planned", "topskatten", "Det Konservative Folkeparti")]),
    # against an act, a system, a change of no scheme, or not against: nothing
    ("Som konservative er vi modstandere af at øge skatter og afgifter under dække af at ville fremme "
     "sundhedspolitiske formål.", []),  # s7_04
    ("Som socialister er vi imod kapitalisme.", []),  # s19_13
    ("Det Konservative Folkeparti er imod skattelettelser, som forringer grundlæggende velfærdsområder.", []),  # s9_06
    ("Det Konservative Folkeparti er ikke imod topskatten.", []),
])
def test_opposing_a_named_scheme_proposes_its_end(tmp_path: Path, sentence: str,
                                                  events: list[tuple[str, str, str | None]]) -> None:
    assert _events(tmp_path, sentence, "Det Konservative Folkeparti") == events


@pytest.mark.parametrize("sentence", [
    # a condition in verb-first order with an indefinite subject (s19_10, s12_01, s10_13: no gold lists one)
    "Ønsker et flertal i Folketinget, at Danmark tilslutter sig bankunionen, bør spørgsmålet sendes til folkeafstemning.",
    "Går en bank konkurs, skal det ikke være borgeres eller virksomheders penge, der mistes.",
    "• Ønsker en gruppe på mindst 10 personer at fortsætte foreningens virke, skal topskatten afskaffes.",
])
def test_a_verb_first_condition_is_no_event(tmp_path: Path, sentence: str) -> None:
    assert _events(tmp_path, f"Liberal Alliance mener:\n\n{sentence}", "Liberal Alliance") == []


@pytest.mark.parametrize(("sentence", "condition"), [
    ("Ønsker et flertal i Folketinget, at Danmark tilslutter sig, bør spørgsmålet sendes til folkeafstemning.", True),
    ("Stopper du i en periode med at modtage kontanthjælp, skal du give besked.", True),  # p09's pronoun form
    # a conjunction the lemma table also reads as a verb ("når" of nå), a preposition, a noun: no V1
    ("Når et medlemsland forbryder sig imod dem, skal konsekvensen være langt hårdere end i dag.", False),
    ("Efter en grundlæggende samfundsforandring vil der være mulighed for et direkte demokrati, hvor alle deltager.",
     False),
    ("Udgifter en gang om året, skal betales.", False),
])
def test_what_opens_a_verb_first_condition(sentence: str, condition: bool) -> None:
    from nlp.lineage.clauses import v1_condition

    assert v1_condition(sentence) is condition


@pytest.mark.parametrize(("sentence", "events"), [
    # a passive of a change of degree after the modal is an aim, in the fallback as in modal_passive (s19_06; f05)
    ("Vore skatteregler skal fortsat forenkles og gøres gennemskuelige for almindelige mennesker.", []),
    ("Reglerne om boligstøtte skal forbedres.", []),
    # a demanded act on the thing stays (s19_11 gold)
    ("Kontrakten skal opsiges.", [("planned", "Kontrakten", "Dansk Folkeparti")]),
    # a preposition the lemma table reads as a verb's form ("med" -> "mede") inside the noun phrase
    ("Kontrakten med DSB skal opsiges.", [("planned", "Kontrakten med DSB", "Dansk Folkeparti")]),
])
def test_a_passive_of_degree_is_no_demand(tmp_path: Path, sentence: str,
                                          events: list[tuple[str, str, str | None]]) -> None:
    assert _events(tmp_path, sentence) == events


@pytest.mark.parametrize(("sentence", "events"), [
    # a main clause with a duty modal coordinated after the first: its demand, the sentence the evidence (s19_10, s19_11)
    ("Det bør Danmark selvfølgelig være en del af, og derfor skal vi afskaffe forsvarsforbeholdet.",
     [("planned", "afskaffelse af forsvarsforbeholdet", "Liberal Alliance")]),
    ("Skinner og veje skal forblive i offentlig regi, mens operatørerne så vidt muligt skal operere på markedsmæssige "
     "vilkår, og derfor skal kontrakten med DSB opsiges hurtigst muligt.",
     [("planned", "kontrakten med DSB", "Liberal Alliance")]),
    # the conjunct judged as any main clause: reflexive, a wished state, pointing back, volition (s10_03, s6_05, s17_11,
    # s12_03: none in its gold)
    ("Danmark er et lille land, og derfor bør staten tage sig af den overordnede styring af sundhedsområdet.", []),
    ("Vores unge er forskellige, og derfor skal ungdomsuddannelserne være fleksible og have bredde.", []),
    ("Resocialisering er i høj grad til gavn for det øvrige samfund, og derfor skal det naturligvis prioriteres.", []),
    ("Opretholdelse af lov og orden er af den allerstørste betydning, og Liberal Alliance vil arbejde for, at "
     "forebyggelse og bekæmpelse af kriminalitet tillægges større betydning i de kommende år.", []),
])
def test_a_coordinated_main_clause_with_a_duty_modal(tmp_path: Path, sentence: str,
                                                     events: list[tuple[str, str, str | None]]) -> None:
    assert _events(tmp_path, f"Liberal Alliance mener:\n\n{sentence}", "Liberal Alliance") == events


@pytest.mark.parametrize(("sentence", "subjects"), [
    # Denmark's participation demanded: "dansk deltagelse i X", one event for each thing taken part in (s18_03, s12_10)
    ("Danmark bør være med i den fælles valuta, Euro’en, og Danmark bør deltage fuldt og helt i EU’s fælles "
     "forsvarspolitik.",
     ["dansk deltagelse i den fælles valuta, Euro’en", "dansk deltagelse i EU’s fælles forsvarspolitik"]),
    ("Danmark bør endvidere deltage fuldt og helt i det retlige samarbejde og i samarbejdet om asyl- og "
     "indvandringspolitik i det omfang, dette er foreneligt med den danske udlændingepolitik.",
     ["dansk deltagelse i det retlige samarbejde", "dansk deltagelse i samarbejdet om asyl- og indvandringspolitik"]),
    ("Af samme grund bør Danmark være aktivt med i internationale operationer, der har til hensigt at fremme demokrati.",
     ["dansk deltagelse i internationale operationer, der har til hensigt at fremme demokrati"]),
    # membership (what the reader knows decides it), a negation: nothing of this reader
    ("Danmark skal være fuldt og helt medlem af NATO.", []),
    ("Danmark skal ikke deltage i euroen.", []),
])
def test_denmarks_participation_demanded(sentence: str, subjects: list[str]) -> None:
    from nlp.lineage.participation import participation

    drafts = participation(sentence, 0, len(sentence), "Venstre")
    assert [d.subject for d in drafts] == subjects and all(d.kind == "planned" for d in drafts)


def test_participation_in_a_chapter_that_never_names_its_party(tmp_path: Path) -> None:
    path = tmp_path / "kapitel.txt"
    path.write_text("EUROPÆISK SAMARBEJDE\n\nDanmark bør endvidere deltage fuldt og helt i det retlige samarbejde og i "
                    "samarbejdet om asyl- og indvandringspolitik.\n", encoding="utf-8")
    events = [(e.event, e.subject, e.actor) for e in extract_path(path).flat.lineage_events]
    assert events == [("planned", "dansk deltagelse i det retlige samarbejde", None),
                      ("planned", "dansk deltagelse i samarbejdet om asyl- og indvandringspolitik", None)]
