"""Subjects and actors of lineage events from the Danish noun phrase (nlp/lineage/subjects.py and
the readers it runs: commitment.py, agent_nouns.py, deciders.py; issue 15): the commitment is a
clean noun phrase (no article, time phrase, line-break hyphen or main clause's verb phrase), the
actor an agent headed by an agent noun of nlp/data/agent_heads.csv or named by the gazetteers,
never a text. Sentences written for the test in the phrasing of the
genres named on each case (other bodies, schemes and dates than the dev texts)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.document import Document
from nlp.lineage import lineage_events
from danish._data import table_rows
from nlp.lineage.agent_nouns import agent_heads, head_noun, is_agent, is_text
from nlp.lineage.commitment import (commitment_phrase, complex_prepositions, deictic_adjectives, existential_subject, whole_title,
                                    with_infinitive_head)
from nlp.lineage.deciders import decision_owner, document_owner, meeting_owner, noun_stem, possessor_agent, whole_body
from nlp.lineage.word_classes import active_finite

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"council", "committee", "office", "ministry", "agency", "government", "parliament", "circle",
         "department", "municipality", "text", "agreement"}


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


# ---- the table ----

def test_every_agent_head_is_attested_twice_and_found_in_its_documents() -> None:
    heads = agent_heads()
    assert len({h.head for h in heads}) == len(heads), "a head listed twice"
    for head in heads:
        assert head.kind in KINDS, head
        assert len(head.attested_by) >= 2, f"{head.head}: a head needs two documents or a written convention"
        for source in head.attested_by:
            files = sorted((ROOT / "corpus").rglob(f"{source}.txt"))
            if not files:
                # a written convention: a project table or doc, the issue, or a gold README
                assert re.match(r"^(?:issue \d+|star README|[\w/]+\.(?:tsv|py|csv|md))", source), (head.head, source)
                continue
            words = re.findall(r"[\wæøåÆØÅ]+", files[0].read_text(encoding="utf-8").lower())
            # the head as written in the document, alone or as a compound's last part, or in its genitive
            assert any((head_noun(w) or head_noun(w.removesuffix("s")) or (None,))[0] is head for w in words), \
                (head.head, source)


# ---- agents and texts ----

@pytest.mark.parametrize(("phrase", "agent"), [
    ("byrådet", True), ("Kommunalbestyrelsen", True), ("Børne- og Ungeudvalget", True),  # compounds: the head last
    ("Center for Børn, Unge og Familie", True),  # a named centre: its complement is no part of the head
    ("Teknik- og Miljøafdelingen", True), ("de 9 ejerkommuners Byråd", True), ("det samlede byråd", True),
    ("Odder Kommune", True), ("KKR Midtjylland", True), ("Socialministeriet", True), ("regeringen", True),
    ("forligskredsen bag reformen", True), ("rådmanden for Sociale Forhold og Beskæftigelse", True),
    # indefinite common nouns name nobody; "kommunerne" are who a rule is for
    ("et udvalg", False), ("kommunerne", False), ("gode råd", False),
    # a clause is not a noun phrase, and a text is not an agent
    ("Derfor har Styrelsen for Arbejdsmarked og Rekruttering igangsat", False),
    ("aftaleteksten til reformen", False), ("Notatet", False), ("bilag 2", False),
    ("kommunalreformen", False), ("aftalen om en ny beskæftigelsesindsats", False),  # agreements decide no more than texts
    ("Kontanthjælpsloftet", False),
])
def test_agents_are_phrases_headed_by_an_agent_noun(phrase: str, agent: bool) -> None:
    assert is_agent(phrase) is agent


@pytest.mark.parametrize(("phrase", "text"), [
    ("aftaleteksten til reformen af fleksjob", True), ("lovbemærkningerne", True), ("Notatet", True),
    ("rapporterne", True), ("Lovforslaget", True), ("Sagen", True),
    ("byrådet", False), ("aftalen om en ny indsats", False),  # the conventions read an agreement as its parties
])
def test_texts_are_where_a_decision_is_written(phrase: str, text: bool) -> None:
    assert is_text(phrase) is text


@pytest.mark.parametrize(("text", "owner"), [
    ("I forlængelse af byrådets beslutning af juni 2019 oprettes et ungeråd", "byrådet"),
    ("Kulturafdelingen har i forlængelse af Kommunalbestyrelsens beslutning lagt en plan", "Kommunalbestyrelsen"),
    ("jf. Magistratens foranstående indstilling af 3. marts 2024", "Magistraten"),
    ("Folketinget vedtog regeringens lovforslag", None),  # a bill is decided by the Folketing
    ("med henblik på at påvirke regeringens sundhedsudspil", None),  # a proposal is no decision
    ("reformens beslutning", None),  # a reform decides nothing
])
def test_the_owner_of_a_decision(text: str, owner: str | None) -> None:
    assert decision_owner(text) == owner


@pytest.mark.parametrize(("text", "owner"), [
    ("i forbindelse med Kommunalbestyrelsens budgetseminar i juni 2012", "Kommunalbestyrelsen"),
    ("til godkendelse på KKR Hovedstadens møde den 4. februar", "KKR Hovedstaden"),
    ("på sit møde den 3. marts", None), ("på borgernes møde", None),
])
def test_the_owner_of_a_meeting(text: str, owner: str | None) -> None:
    assert meeting_owner(text) == owner


@pytest.mark.parametrize(("subject", "owner"), [
    ("regeringens nye ældreudspil", "regeringen"), ("KL's 4 fokusområder", "KL"),
    ("KKR Sjællands rammepapir", "KKR Sjælland"), ("Odder Kommunes klimamålsætning", "Odder Kommune"),
    ("reformens elementer", None), ("kommunernes resultater", None),
])
def test_the_owner_of_a_commitment(subject: str, owner: str | None) -> None:
    assert possessor_agent(subject) == owner


@pytest.mark.parametrize(("words", "stem"), [
    (("benchmarkingmodellen", "benchmarkingmodel"), "benchmarkingmodel"), (("analysen", "analyse"), "analys"),
    (("udspillet", "udspil"), "udspil"), (("ordningerne", "ordningen", "ordning"), "ordning"),
])
def test_the_forms_of_a_noun_share_a_stem(words: tuple[str, ...], stem: str) -> None:
    assert {noun_stem(w) for w in words} == {stem}


@pytest.mark.parametrize(("subject", "text", "owner"), [
    # the owner named in the genitive elsewhere in the document (seed 002, d09), one modifier between
    ("jobcentermodellen opdateres kvartalsvis", "Om Arbejdsministeriets nye jobcentermodel.\n"
     "Det er intentionen, at jobcentermodellen opdateres kvartalsvis.", "Arbejdsministeriet"),
    ("næste resultatanalyse", "Målingen viser resultaterne fra Socialministeriets resultatanalyse. "
     "Den næste resultatanalyse forventes offentliggjort maj 2024.", "Socialministeriet"),
    # a compound's head in the genitive phrase names the same thing ("regeringens ældreudspil" - "udspillet")
    ("udspillet", "Regeringens ældreudspil kommer i foråret. Udspillet fremlægges i april.", "Regeringen"),
    # two owners: nobody is named
    ("analysen", "Socialministeriets analyse og KL's analyse. Analysen offentliggøres i maj.", None),
    # a genitive that is no agent, and a noun owned by nobody
    ("modellen", "Kommunernes model er ny. Modellen opdateres.", None),
    ("modellen", "Modellen opdateres halvårligt.", None),
])
def test_the_owner_a_document_names(subject: str, text: str, owner: str | None) -> None:
    assert document_owner(subject, text) == owner


def test_an_event_takes_the_owner_the_document_names() -> None:
    text = ("Tak for dit brev om Socialministeriets nye benchmarkingmodel.\n"
            "Jeg kan oplyse, at det er intentionen, at benchmarkingmodellen opdateres halvårligt.")
    assert [(e[0], e[3]) for e in _events(text)] == [("planned", "Socialministeriet")]


# ---- the commitment's noun phrase ----

@pytest.mark.parametrize(("subject", "phrase"), [
    ("den nye ordning", "nye ordning"),  # an article is no part of it
    ("Det Gode Naboskab", "Det Gode Naboskab"),  # ... unless it opens a title
    ("i 2014 den nye boligydelse", "nye boligydelse"),  # a time opening it
    ("pr. 1. juli 2019 mentorordningen", "mentorordningen"),
    ("ordningen med fritidspas i 2021", "ordningen med fritidspas"),  # a time closing it
    ("Planlægning af workshop (herunder dato) Maj", "Planlægning af workshop (herunder dato)"),  # a table's month
    ("takst- nedsættelsen på bostøtte", "takstnedsættelsen på bostøtte"),  # a line-break hyphen
    ("stof- og alkoholbehandling", "stof- og alkoholbehandling"),  # a suspended compound stays
    ("velfungerende virksomheder har hidtil været grundlag for velstand", "velfungerende virksomheder"),
    ("mange ukoordinerede støtteordninger skal", "mange ukoordinerede støtteordninger"),  # a picker's leftover modal
    # a duty's and a prohibition's wording is the commitment (f05 and p02 gold)
    ("årsopgørelsen skal vise, hvordan skatten bruges", "årsopgørelsen skal vise, hvordan skatten bruges"),
    ("boligstøtten ikke må kompensere for nedsættelser", "boligstøtten ikke må kompensere for nedsættelser"),
    ("udspillet ”Det Nære Sundhedsvæsen", "udspillet Det Nære Sundhedsvæsen"),  # a quote cut before its close
    ("budget 2013", "budget 2013"), ("Kvalitetsstandard for rusmiddelbehandling 2012", "Kvalitetsstandard for rusmiddelbehandling 2012"),  # a year in a name
    # what a proposal proposes is the commitment (d03, f12); a bill keeps its title
    ("ministerens forslag til fire mål", "fire mål"), ("Forslag om udvidelse af retten til frit skolevalg",
                                                       "udvidelse af retten til frit skolevalg"),
    ("Forslag til lov om ændring af dagtilbudsloven", "Forslag til lov om ændring af dagtilbudsloven"),
    # nothing but a time is no commitment
    ("i foråret", ""), ("marts 2022", ""), ("Tidspunkt herfor", ""), ("Perioden", ""),
    ("revurderingstidspunktet", "revurderingstidspunktet"),  # a compound of a time noun names a rule (p18)
    # an adjective that only points in time, with the article, is the noun's definite form (d12, s10 gold);
    # the gender is the article's, or the lemma table's when a picker took the article
    ("den tidligere efterlønsordning", "efterlønsordningen"), ("Den nuværende dimittendsats i dagpengesystemet",
                                                              "dimittendsatsen i dagpengesystemet"),
    ("det nuværende ydelsessystem", "ydelsessystemet"), ("den tidligere model", "modellen"),
    ("de tidligere regler om boligstøtte", "reglerne om boligstøtte"), ("tidligere overgangsydelse", "overgangsydelsen"),
    ("tidligere seniorydelsesord- ning", "seniorydelsesordningen"),
    # ... a lone noun only, and no name or comparison
    ("Den nuværende fælles ledelse af skolerne", "nuværende fælles ledelse af skolerne"),
    ("de nuværende forsøg", "nuværende forsøg"), ("tidligere end planlagt", "tidligere end planlagt"),
    # a phrase cut by a picker's cap or a line end ends before the word that opened what was cut (d07, s04, f03)
    ("ansvaret for samtalerne med de ledige i", "ansvaret for samtalerne med de ledige"),
    ("en plan for det kommende år med henblik", "plan for det kommende år"),
    ("øget fokus på vedligeholdelse af tagene med henblik på at", "øget fokus på vedligeholdelse af tagene"),
    ("en takstnedsættelse i dialog med det enkelte tilbud i forhold til", "takstnedsættelse i dialog med det enkelte tilbud"),
    ("kravet om at", "kravet"), ("ret til tilskud og", "ret til tilskud"),
    # ... and a whole phrase keeps its complement and its compound parts
    ("ret til at overføre fradraget", "ret til at overføre fradraget"), ("stof- og alkoholbehandling i", "stof- og alkoholbehandling"),
])
def test_commitment_phrases(subject: str, phrase: str) -> None:
    assert commitment_phrase(subject) == phrase


@pytest.mark.parametrize(("word", "finite"), [
    ("påbegynder", True), ("godkender", True), ("besluttede", True), ("indførte", True), ("vedtog", True),
    ("indført", False), ("nedlægges", False), ("skal", False), ("har", False), ("udvalget", False),
    ("arbejdet", False), ("formulering", False),
])
def test_an_active_finite_verb(word: str, finite: bool) -> None:
    assert active_finite(word) is finite


def test_every_complex_preposition_is_attested_in_its_documents() -> None:
    rows = table_rows("nlp", "data", "complex_prepositions.csv")
    assert {tuple(r["phrase"].split()) for r in rows} == set(complex_prepositions())
    for row in rows:
        sources = [s for s in row["attested_by"].split(";") if s]
        assert len(sources) >= 2 and row["phrase"] in row["example"].lower(), row
        for source in sources:
            files = sorted((ROOT / "corpus").rglob(f"{source}.txt"))
            text = " ".join(files[0].read_text(encoding="utf-8").split()).lower() if files else ""
            assert row["phrase"] in text, (row["phrase"], source)
        assert row["example"].lower() in " ".join(sorted((ROOT / "corpus").rglob(f"{sources[0]}.txt"))[0]
                                                   .read_text(encoding="utf-8").split()).lower(), row


def test_every_deictic_adjective_is_attested_in_its_documents() -> None:
    rows = table_rows("nlp", "data", "deictic_adjectives.csv")
    assert {r["word"] for r in rows} == deictic_adjectives()
    for row in rows:
        sources = [s for s in row["attested_by"].split(";") if s]
        assert len(sources) >= 2, row
        files = sorted((ROOT / "corpus").rglob(f"{sources[0]}.txt"))
        assert files and row["example"] in " ".join(files[0].read_text(encoding="utf-8").split()), row
        assert row["phrase"] in row["example"] and row["word"] in row["phrase"].lower(), row
        assert commitment_phrase(row["phrase"]) == row["definite"], row


@pytest.mark.parametrize(("actor", "text", "whole"), [
    ("Udvalget for Plan", "blev igangsat i Udvalget for Plan, udvikling og kultur, med udgangspunkt i", "Udvalget for Plan, udvikling og kultur"),
    ("Center for Børn", "indstiller Center for Børn, Unge og Familie, at", "Center for Børn, Unge og Familie"),
    ("Styrelsen for Arbejdsmarked og Rekruttering", "Styrelsen for Arbejdsmarked og Rekruttering og KL",
     "Styrelsen for Arbejdsmarked og Rekruttering"),  # only a name cut at its comma is completed
])
def test_a_body_cut_at_its_comma_is_named_whole(actor: str, text: str, whole: str) -> None:
    assert whole_body(actor, text) == whole


@pytest.mark.parametrize(("subject", "evidence", "whole"), [
    # a title in quotation marks is one name (f09, f08, f10)
    ("projektet ”Odense", "Vi bidrager til projektet ”Odense som grøn hovedstad 2030”, som byrådet vedtog.",
     "projektet ”Odense som grøn hovedstad 2030”"),
    ("udspillet ”Et stærkere fællesskab", "KL har lanceret udspillet ”Et stærkere fællesskab” i maj.",
     "udspillet ”Et stærkere fællesskab”"),
    # a closed title, and a mark whose close is past the sentence, are left as they are
    ("udspillet ”Et stærkere fællesskab”", "udspillet ”Et stærkere fællesskab” i maj.", "udspillet ”Et stærkere fællesskab”"),
    ("citatet ”Vi", "Han sagde: citatet ”Vi vil. Det er godt”.", "citatet ”Vi"),
])
def test_a_quoted_title_is_named_whole(subject: str, evidence: str, whole: str) -> None:
    assert whole_title(subject, evidence) == whole


def test_an_infinitive_complement_keeps_its_noun() -> None:
    clause = "Fristen for at søge optagelse på efterskolen fastsættes af Skoleafdelingen."
    assert with_infinitive_head("søge optagelse på efterskolen", clause) == "Fristen for at søge optagelse på efterskolen"
    assert with_infinitive_head("optagelse", clause) == "optagelse"  # only right after the opening noun
    # ... and inside a clause (s06: "at metoden til at opgøre scope 1 og 2's CO2e udledninger ... ændres")
    clause = "Det betyder, at metoden til at beregne kommunens udledninger ændres fra 2026."
    assert with_infinitive_head("beregne kommunens udledninger", clause) == "metoden til at beregne kommunens udledninger"
    clause = "Vi har besluttet at bruge pengene på skoler, og han fik lov til at bruge pengene."
    assert with_infinitive_head("bruge pengene på skoler", clause) == "bruge pengene på skoler"  # a verb governs it


# ---- whole sentences ----

@pytest.mark.parametrize(("text", "expected"), [
    # the agent of an active clause headed by an agent noun, with a time between auxiliary and participle
    ("Teknikafdelingen har i 2021 indført en ny affaldsordning.", [("introduced", 2021, "ny affaldsordning", "Teknikafdelingen")]),
    ("Holbæk Kommune indførte i 2018 en ny model for borgerinddragelse.",
     [("introduced", 2018, "ny model for borgerinddragelse", "Holbæk Kommune")]),
    ("Børne- og Ungeudvalget godkendte i 2022 en revideret skolepolitik.",
     [("introduced", 2022, "revideret skolepolitik", "Børne- og Ungeudvalget")]),
    ("Sundhedsudvalget har den 4. juni 2024 afskaffet gebyret for tandpleje.",
     [("dropped", 2024, "gebyret for tandpleje", "Sundhedsudvalget")]),
    # who decided, not who carried it out (f14, f09)
    ("Kulturforvaltningen har i forlængelse af Kommunalbestyrelsens beslutning udarbejdet en ny idrætspolitik.",
     [("introduced", None, "ny idrætspolitik", "Kommunalbestyrelsen")]),
    ("I forlængelse af byrådets beslutning af marts 2019 oprettes et nyt ungeråd.",
     [("introduced", 2019, "nyt ungeråd", "byrådet")]),
    # a passive without an agent: the body whose meeting decided (f03, f08), or the named body it was
    # decided in (f14), never the place it applies to
    ("I forbindelse med Byrådets budgetseminar i juni 2019 blev en ny takstmodel godkendt.",
     [("introduced", 2019, "ny takstmodel", "Byrådet")]),
    # put forward for a decision: planned (f08 gold notes: "the rammepapir to be approved at KKR's meeting on
    # 4 February 2013 (planned, 2013-02-04)")
    ("Planen fremlægges til godkendelse på KKR Syddanmarks møde den 4. februar 2020.",
     [("planned", 2020, "Planen", "KKR Syddanmark")]),
    ("Arbejdet med strategien blev 3. maj 2021 igangsat i Udvalget for Klima, natur og miljø.",
     [("introduced", 2021, "Arbejdet med strategien", "Udvalget for Klima, natur og miljø")]),
    ("Ordningen blev indført i Aarhus Kommune i 2019.", [("introduced", 2019, "Ordningen", None)]),
    # the owner of what was launched
    ("Regeringens udspil til en ny ældrepolitik blev lanceret i 2023.",
     [("introduced", 2023, "Regeringens udspil til en ny ældrepolitik", "Regeringen")]),
    # the subject is never a time phrase
    ("I foråret 2020 blev kontanthjælpsloftet suspenderet.", [("introduced", 2020, "suspension af kontanthjælpsloftet", None)]),
    ("Tidspunktet herfor fastlægges på udvalgets møde den 3. juni 2024.", []),
    # ... nor a text, and a text is never the actor
    ("Notatet blev godkendt af Økonomiudvalget i 2019.", []),
    ("Rapporten har i 2020 afskaffet ordningen.", [("dropped", 2020, "ordningen", None)]),
    ("Derfor har kommunerne i 2019 indført en ny model.", [("introduced", 2019, "ny model", None)]),
    # a party list broken over two lines is named whole (d12's PDF hyphenation)
    ("I december 2000 indgik Socialdemokraterne, Venstre, De Konservative, Kristen-Demokraterne og Cen-\n"
     "trum-Demokraterne et forlig om en førtidspensionsreform.",
     [("introduced", 2000, "forlig om en førtidspensionsreform",
       "Socialdemokraterne, Venstre, De Konservative, Kristen-Demokraterne og Centrum-Demokraterne")]),
    ("Retten til at vælge en anden skole udvides fra skoleåret 2025.",
     [("changed", 2025, "Retten til at vælge en anden skole", None)]),
    # an agent opening an active clause the picker left is the actor, its object the commitment (f14, f12)
    ("Direktøren indstiller, at Udvalget for Klima,\nnatur og miljø påbegynder arbejdet med en ny affaldsplan.",
     [("planned", None, "arbejdet med en ny affaldsplan", "Udvalget for Klima, natur og miljø")]),
    # ... but a proposing office is the actor of its proposal (the municipal README: a proposal's points are
    # planned by the proposers; f12 gold "Magistratsafdelingen for Børn og Unge (indstilling)")
    ("Forvaltningen indstiller, at Økonomiudvalget igangsætter en analyse af ældreområdet.",
     [("planned", None, "analyse af ældreområdet", "Forvaltningen")]),
    # ... but an agent that a passive tells of is the commitment
    ("Regionerne nedlægges i 2030.", [("dropped", 2030, "Regionerne", None)]),
    # a body named by capitalised nouns in coordination is a name, an agent: a municipality's magistrate
    # departments ("Teknik og Miljø aflægger anlægsregnskab", s06; "som Teknik og Miljø forventer", s7_08;
    # "rådmanden for Børn og Unge", f12) - lowercase conjuncts are things ("stat og kirke"), no agent
    ("Teknik og Miljø har indført en ny parkeringsordning.",
     [("introduced", None, "ny parkeringsordning", "Teknik og Miljø")]),
    ("Børn og Unge har i 2021 oprettet et nyt tilsyn med dagplejen.",
     [("introduced", 2021, "nyt tilsyn med dagplejen", "Børn og Unge")]),
    ("Sociale Forhold og Beskæftigelse har i 2023 indført en ny ordning for hjemløse.",
     [("introduced", 2023, "ny ordning for hjemløse", "Sociale Forhold og Beskæftigelse")]),
    ("Skole og fritid har i 2023 indført en ny ordning for hjemløse.",
     [("introduced", 2023, "ny ordning for hjemløse", None)]),
    # a decision told within a yearly agreement is the agreement's, as phrased (f08, f10, s7_10 gold actor
    # "økonomiaftalen for 2013"), also past a comma and a bullet, and not a party named inside it
    ("I økonomiaftalen for 2014 lykkedes det at få et varigt løft på 200 mio. kr. til ældreplejen.",
     [("introduced", None, "varigt løft på 200 mio. kr. til ældreplejen", "økonomiaftalen for 2014")]),
    ("• I økonomiaftalen med regeringen for 2015 lykkedes det, efter lange forhandlinger, at få et løft på 100 mio. kr. "
     "til psykiatrien.",
     [("introduced", None, "løft på 100 mio. kr. til psykiatrien", "økonomiaftalen med regeringen for 2015")]),
    ("I perioden 2014 lykkedes det at få et løft på 100 mio. kr. til psykiatrien.",
     [("introduced", 2014, "løft på 100 mio. kr. til psykiatrien", None)]),
    # a decision told in a relative clause of an agreement or reform is the agreement's, as phrased (f06 gold)
    ("Vi støttede strukturreformen, hvor amterne blev nedlagt i 2007.",
     [("dropped", 2007, "amterne", "strukturreformen")]),
    ("Vi gik ind i aftalen om efterlønnen, hvor efterlønsperioden blev forkortet fra fem til tre år.",
     [("changed", None, "efterlønsperioden fra fem til tre år", "aftalen om efterlønnen")]),
    # an agreement entered names no actor by itself (p16 gold); its parties are the actor of what it decided
    ("Da aftalen om fleksibel efterløn blev indgået i 2017, forventede man 5.000 modtagere.",
     [("introduced", 2017, "aftalen om fleksibel efterløn", None)]),
    ("Med aftalen om en ny ungeindsats blev ungeydelsen indført i 2019.",
     [("introduced", 2019, "ungeydelsen", "aftalepartierne bag aftalen om en ny ungeindsats")]),
])
def test_subjects_and_actors_in_sentences(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_programme_s_adverbials_are_no_commitments() -> None:
    """A party programme's present tense is its plans (nlp/lineage/genres.py): an adverbial the phrase picker
    took ("i Danmark", DF's programme) is no commitment; the logical subject of an existential passive
    follows its verb past the adverbial; a forum a plan is to be taken up in is kept (seed 004)."""
    text = ("Socialistisk Folkeparti\nPrincipprogram\n\n"
            "Partiet vil ikke acceptere, at de traditioner, som er udbredte i en række lande, videreføres i Danmark.\n\n"
            "Partiet har foreslået, at der i Danmark indføres en forsøgsordning med gratis tandpleje som tilbud til de ældste.\n\n"
            "Evalueringen gennemføres i 2024 og vil blive drøftet i forligskredsen bag aftalen i 2025.")
    assert _events(text) == [
        ("planned", None, "forsøgsordning med gratis tandpleje", "Socialistisk Folkeparti"),
        ("planned", 2025, "i forligskredsen bag aftalen", "forligskredsen bag aftalen"),
    ]


@pytest.mark.parametrize(("subject", "clause", "expected"), [
    ("ved lovgivningen", "Vi vil arbejde for, at der ved lovgivningen fastlægges normer for støj på arbejdspladser.",
     "normer for støj på arbejdspladser"),
    ("i alle kommuner", "Derfor foreslår vi, at der i alle kommuner indføres åbne standarder.", "åbne standarder"),
    ("i Danmark", "Traditionerne videreføres i Danmark.", "i Danmark"),  # no existential "der": left to the caller
    ("ordningen", "at der i Danmark indføres ordningen", "ordningen"),  # not an adverbial
])
def test_the_logical_subject_of_an_existential_passive(subject: str, clause: str, expected: str) -> None:
    assert existential_subject(subject, clause) == expected
