"""The Danish event lexicon (nlp/data/event_lexicon.csv): every entry attested, and short
Danish sentences in, exact events out (kind, year, subject, actor), read over lemmas with
voice, tense, modality and negation deciding."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.kinds import BY_KIND
from nlp.lineage.lexicon import entries
from nlp.pipeline import get_pipeline

ROOT = Path(__file__).resolve().parents[2]
CONVENTIONS = (ROOT / "tests/fixtures/gold/star/README.md").read_text(encoding="utf-8")
DATA_README = (ROOT / "nlp/data/README.md").read_text(encoding="utf-8")
ISSUE_QUOTE = "\n".join(line for line in DATA_README.splitlines() if line.startswith(">"))
CORPUS_TEXTS = {p.stem: p for p in (ROOT / "corpus").glob("*/*.txt")}
# Dev-set documents outside the repo (policy work half, STAR dev ids match corpus/star): cited, not read here.
DEV_ID = re.compile(r"^(?:p\d\d|d\d\d|f\d\d|s\d\d|\d{3})_\w+$|^[a-z]{2,4}-\d{4}-\d{2}-[\w-]+$")
# The repo's PDFs (corpus/manifest.csv ids: municipal referater, kvalitetsstandarder, party programmes) cite
# too; their text is read by the loader, not kept as .txt, so they are cited, not read here.
MANIFEST_IDS = {line.split(",", 1)[0] for line in (ROOT / "corpus/manifest.csv").read_text(encoding="utf-8").splitlines()[1:]}


def _lemmas(text: str) -> set[str]:
    return {t.lemma_.lower() for t in get_pipeline()(text)}


def _has_lemma(text: str, lemma: str, pos: str, forms: tuple[str, ...] = ()) -> bool:
    found = _lemmas(text)
    if " " in lemma:  # a particle verb ("sætte ned", "sætte i gang"): the verb's lemma and its particle stand there
        head, *particle = lemma.split()
        words = {w.lower().strip(".,") for w in text.split()}
        # the head by its lemma, or by a form the lemma table reads as a noun ("taget" -> "tag": "tage ud")
        return (head in found or bool(set(forms) & words)) and set(particle) <= words
    if set(forms) & {w.lower().strip(".,") for w in text.split()}:
        return True  # a form the lemma table gives another lemma ("aftalt" -> "aftælle")
    return lemma in found or (pos == "noun" and any(w.endswith(lemma) and len(w) > len(lemma) + 2 for w in found))


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e.lemma)
def test_entry_is_attested(entry) -> None:  # noqa: ANN001
    assert entry.kind in BY_KIND and entry.pos in ("verb", "noun")
    documents = [s for s in entry.sources if DEV_ID.match(s) or s in MANIFEST_IDS]
    unknown = [s for s in entry.sources if not DEV_ID.match(s) and s not in MANIFEST_IDS
               and not s.startswith("conv:") and s != "issue15"]
    assert not unknown, f"{entry.lemma}: sources must be document ids, conv:<phrase> or issue15: {unknown}"
    for doc_id in documents:
        if doc_id in CORPUS_TEXTS:  # the repo's copy: the word must stand there
            assert _has_lemma(CORPUS_TEXTS[doc_id].read_text(encoding="utf-8"), entry.lemma, entry.pos, entry.forms), doc_id
    stem = entry.lemma[:-1] if entry.lemma.endswith("e") else entry.lemma[:-3]
    written = [s for s in entry.sources if s.startswith("conv:") and s[5:] in CONVENTIONS] \
        + [s for s in entry.sources if s == "issue15" and stem in ISSUE_QUOTE]
    assert len(documents) >= 2 or written, f"{entry.lemma}: needs two documents or a written source"


def test_lemmas_are_unique_and_examples_hold_them() -> None:
    keys = [(e.lemma, e.pos) for e in entries()]
    assert len(keys) == len(set(keys))
    for entry in entries():
        assert _has_lemma(entry.example.split(" (")[0], entry.lemma, entry.pos, entry.forms), entry.lemma


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # tightenings, relaxations, extensions, shortenings: passive present, participle, infinitive after a decision
    ("Dagpengeperioden skærpes fra 1. juli 2017.", ("changed", 2017, "Dagpengeperioden", None)),
    ("Kravene til rådighed blev lempet i 2019.", ("changed", 2019, "Kravene til rådighed", None)),
    ("Fristen blev forkortet fra 52 til 22 uger i 2015.", ("changed", 2015, "Fristen fra 52 til 22 uger", None)),
    # "til 2025" is the new end, not when it was decided
    ("Forligskredsen er enige om at forlænge ordningen til 2025.", ("changed", None, "ordningen", "Forligskredsen")),
    ("Frikommuneforsøget permanentgøres fra 2021.", ("confirmed", 2021, "Frikommuneforsøget", None)),
    # modality: "vil" announces
    ("Regeringen vil lempe kravene til rådighed.", ("planned", None, "kravene til rådighed", "Regeringen")),
    # a suspension is an instrument of its own (p04 gold); the V2 agent is not part of the subject
    ("Da coronaepidemien lukkede jobcentrene, suspenderede et flertal i Folketinget kravet om 225 timer.",
     ("introduced", None, "suspension af kravet om 225 timer", "et flertal i Folketinget")),
    ("Et flertal bestående af S, V og SF forlænger nu suspensionen til 1. oktober.",
     ("changed", None, "suspensionen", "Et flertal bestående af S, V og SF")),
    # nominalisations with "af" and a predicate of something having happened
    ("Afskaffelsen af kontanthjælpsloftet trådte i kraft i 2022.", ("dropped", 2022, "kontanthjælpsloftet", None)),
    ("Med forlængelsen af ordningen i 2019 fik flere adgang.", ("changed", 2019, "ordningen", None)),
    ("En evaluering af reglen foretaget af Finansministeriet blev offentliggjort i 2019.",
     ("evaluated", 2019, "reglen", "Finansministeriet")),
    # an agreement in the frame speaks for its parties; the subject follows the verb (V2)
    ("Som et led i aftalen om en ny beskæftigelsesindsats afskaffes kravet om 225 timer.",
     ("dropped", None, "kravet om 225 timer", "aftalepartierne bag aftalen om en ny beskæftigelsesindsats")),
    ("LO s jobcenterindeks er udarbejdet for at kunne give et øjebliksbillede af indsatsen.",
     ("introduced", None, "LO s jobcenterindeks", None)),
    ("Folkeskoleforligskredsen har fastlagt tre nationale mål for folkeskolen.",
     ("introduced", None, "tre nationale mål for folkeskolen", "Folkeskoleforligskredsen")),
    # a time between the verb and its agent; the law's own date is the adoption year
    ("Integrationsydelse erstattes pr. 1. januar 2020 af overgangsydelse, jf. lov nr. 174 af 27. februar 2019.",
     ("replaced", 2019, "Integrationsydelse", None)),
    # a duty to keep is a standing rule restated: confirmed (the conventions; s05 "skal det daglige beredskab
    # opretholdes på vanlig vis")
    ("Mens skolen ombygges, skal den daglige undervisning opretholdes på vanlig vis.",
     ("confirmed", None, "daglige undervisning", None)),
    # moving a service or an institution is a change of it (s03 "er det besluttet at flytte aktivitetscentret
    # Parkhuset ... til Solvej 6", f12); a PDF's line break between "at" and the infinitive is no boundary (s03)
    ("Det er besluttet at\nflytte hjemmeplejens kontor til rådhuset.",
     ("changed", None, "hjemmeplejens kontor til rådhuset", None)),
    ("Kommunen flyttede i 2019 hjemmeplejen til nye lokaler.", ("changed", 2019, "hjemmeplejen til nye lokaler", None)),
    # an amount of money granted is the commitment, not a statistic (s02 "har Regeringen afsat 300 mio. kroner")
    ("Byrådet har i 2020 afsat 3 mio. kroner til en ny pulje for foreningslivet.",
     ("introduced", 2020, "3 mio. kroner til en ny pulje for foreningslivet", "Byrådet")),
])
def test_one_event(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize("text", [
    "Ordningen blev ikke forlænget.",  # negation
    "Borgeren flyttede til Aarhus i 2019.",  # a person moving house: nothing moved by a decision
    "Mange ældre ønsker at flytte til en mindre bolig.",  # a wish
    "Det er ikke besluttet at\nflytte kontoret.",  # negated, past a line break
    "SF og Enhedslisten ønsker grundlæggende reglen helt afskaffet.",  # a wish (p04 gold notes)
    "Det er vigtigt at fastholde fokus på kvalitet.",  # a judgement
    "Lov om ændring af lov om aktiv beskæftigelsesindsats blev sendt i høring.",  # a title, not a change
    "Der er behov for at ændre reglerne.",  # a need
    "Den forlængede ordning gælder for alle.",  # an attributive participle
    "Der foreligger ikke oplysninger om besparelser som følge af kommunernes ændrede indsats.",  # after a genitive
    "Fra 2020 gælder der nye regler som følge af ændrede krav.",  # after a preposition
    "Peter Hummelgaard siger, at reglen er blandt de tiltag, som den nedsatte kommission skal kigge på.",
    "Hvis ordningen forlænges, skal den evalueres.",  # a condition
    "Ydelsen evalueres med borgeren hver måned.",  # present tense: a routine
    "TYPO3 CMS sætter en cookie - denne cookie udløber når du lukker din browser.",  # a consent banner
    "Ydelsen ændres, hvis borgeren flytter.",  # the main clause of a condition: a rule
    "Det er ikke besluttet, om ordningen skal forlænges.",  # whether
    "Det blev i 2015 videreført.",  # no commitment named (issue 15: "at", "videreført" as commitments)
    "Dette notat er udarbejdet af Beskæftigelsesministeriet.",  # the text itself is no commitment
    "Kommunerne skal oprette et tilbud til alle unge.",  # a duty to create: a rule, no event
    "Ordningen kan videreføres, hvis der er midler.",  # a possibility to keep: no event
    "De afsatte midler skal styrke indsatsen.",  # an attributive participle
    "Der er oprettet 25.000 fleksjob siden reformen.",  # a count: a statistic, not a grant
])
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_an_adopted_law_and_its_entry_into_force_are_one_event() -> None:
    text = ("Folketinget har den 20. december 2019 vedtaget lovforslag L 67, Forslag til lov om ændring af lov om "
            "social pension (Indførelse af seniorpension).\n\nLovforslaget, som vedtaget ved 3. behandling, kan findes "
            "som lov nr. 1559 af 27. december 2019.\n\nLoven trådte i kraft den 1. januar 2020.\n\n"
            "Med loven indføres en ny ydelse - seniorpension.")
    assert _events(text) == [
        ("introduced", 2019, "lov om ændring af lov om social pension (Indførelse af seniorpension), L 67", "Folketinget"),
        ("introduced", None, "ny ydelse - seniorpension", None)]


def test_items_under_an_agreement_lead_are_its_events() -> None:
    text = ("Aftalen om en ny beskæftigelsesindsats indeholder blandt andet:\n\n"
            "• Forlængelse af frikommuneforsøget til 2025\n• afskaffelse af kontanthjælpsloftet\n"
            "• En ny ret til opkvalificering for ufaglærte — ledige får ret til uddannelse\n\n"
            "Partierne vil følge op.\n\nForligskredsen er enige om at:\n\n"
            "- forlænge suspensionen af 225-timers reglen\n- skærpe rådighedsreglerne fra 2021\n")
    parties = "aftalepartierne bag Aftalen om en ny beskæftigelsesindsats"
    assert _events(text) == [
        ("changed", None, "frikommuneforsøget", parties),
        ("dropped", None, "kontanthjælpsloftet", parties),
        ("introduced", None, "ny ret til opkvalificering for ufaglærte", parties),
        ("changed", None, "suspensionen af 225-timers reglen", "Forligskredsen"),
        ("changed", 2021, "rådighedsreglerne", "Forligskredsen")]


def test_a_list_without_an_agreement_lead_gives_nothing() -> None:
    assert _events("Målgruppen er:\n\n• personer over 60 år\n• ledige med forlængelse af dagpengeretten\n") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Frikommuneforsøget blev iværksat i perioden 2016–2020 i ti kommuner.", ("introduced", 2016, 2020)),
    ("Sygedagpengereformen trådte i kraft i 2014/2015.", ("introduced", 2014, 2015)),
    ("Ordningen blev indført i 2016.", ("introduced", 2016, None)),
])
def test_a_period_gives_start_and_end(text: str, expected: tuple) -> None:
    doc = Document.from_text(text)
    assert [(e.event, e.year, e.end_year) for e in lineage_events(doc)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the issue's classes of missed events, on new wordings
    ("En evaluering af frikommuneforsøget blev sat i gang i 2018.", ("evaluated", 2018, "frikommuneforsøget", None)),
    ("Styrelsen offentliggjorde i 2017 tre evalueringer af sygedagpengereformen.",
     ("evaluated", 2017, "sygedagpengereformen", "Styrelsen")),  # an agency, as phrased (nlp/data/agent_heads.csv)
    ("Arbejdsdirektoratet ændrede i 2007 navn til Arbejdsmarkedsstyrelsen.",
     ("changed", 2007, "Arbejdsdirektoratet", None)),
    ("Med aftalen får ledige en ny ret til opkvalificering.", ("introduced", None, "ret til opkvalificering", None)),
    # adoption and entry into force in one sentence: the adoption year (the conventions)
    ("Loven blev vedtaget i december 2019 og træder i kraft 1. juli 2020.", ("introduced", 2019, "Loven", None)),
    # "Det" before an adjective is a determiner, not an expletive
    ("Det 2-årige frikommuneforsøg er permanentgjort med virkning fra 2021.",
     ("confirmed", 2021, "2-årige frikommuneforsøg", None)),
])
def test_issue_classes(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated agents are one actor; a government's agreement on a thing is introduced
    ("Regeringen og Dansk Folkeparti indgik i 2016 en aftale om et kontanthjælpsloft.",
     ("introduced", 2016, "aftale om et kontanthjælpsloft", "Regeringen og Dansk Folkeparti")),
    ("Regeringen, KL og Danske Regioner blev i 2018 enige om otte nationale mål for sundhedsvæsenet.",
     ("introduced", 2018, "otte nationale mål for sundhedsvæsenet", "Regeringen, KL og Danske Regioner")),
    # a state passive ("er forlænget") has its subject before; "til udgangen af 2022" is the new end
    ("Forsøget er forlænget til udgangen af 2022.", ("changed", None, "Forsøget", None)),
    # a date the subject pattern stopped at is not part of the subject
    ("Seniorpensionen afløste seniorførtidspensionen den 1. januar 2020.",
     ("replaced", 2020, "seniorførtidspensionen", None)),
    ("Evalueringen viste, at ordningen ikke havde den ønskede effekt.", ("evaluated", None, "ordningen", None)),
])
def test_agents_ends_and_past_findings(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_present_tense_takes_the_document_year() -> None:
    text = "Nyhed\n\n12. marts 2019\n\nRegeringen udmelder fire beskæftigelsespolitiske mål for 2020.\n"
    assert _events(text) == [("introduced", 2019, "fire beskæftigelsespolitiske mål for 2020", "Regeringen")]


def test_a_consequence_clause_is_not_a_second_event() -> None:
    assert _events("Refusionen blev omlagt i 2016, så kommunerne får mere i refusion for personer i job.") == [
        ("changed", 2016, "Refusionen", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # participles coordinated under one auxiliary are two events, each with its own year
    ("Kontanthjælpsloftet blev indført i 2016 og afskaffet igen i 2023.",
     [("introduced", 2016, "Kontanthjælpsloftet", None), ("dropped", 2023, "Kontanthjælpsloftet", None)]),
    # "aftalt" (the lemma table says "aftælle") and the agents after "mellem"
    ("Tidlig pension blev aftalt mellem regeringen, Dansk Folkeparti, SF og Enhedslisten i oktober 2020.",
     [("introduced", 2020, "Tidlig pension", "regeringen, Dansk Folkeparti, SF og Enhedslisten")]),
    # the noun "aftalen" is not the verb; a decision "aftalt, at ..." has its content in the at-clause
    ("Som et led i aftalen om en ny beskæftigelsesindsats iværksættes et forsøg med frit valg.",
     [("introduced", None, "forsøg med frit valg", "aftalepartierne bag aftalen om en ny beskæftigelsesindsats")]),
    ("Det blev i den sammenhæng aftalt, at der ikke skulle fastsættes måltal for de enkelte ordninger.", []),
])
def test_coordination_and_decisions(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nogle tiltag vil være dyre at etablere.", []),  # a judgement, not a plan
    ("Styrelsen har valgt at afslutte målingen.", [("dropped", None, "målingen", "Styrelsen")]),
    # V2 after an adverbial: the subject follows the auxiliary
    ("Siden vedtagelsen er den bagvedliggende lovgivning blevet ændret på skoleområdet.",
     [("changed", None, "bagvedliggende lovgivning", None)]),
])
def test_infinitives_and_inverted_subjects(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # another sense of the word (the lexicon's other_sense column): job retention, a priority
    "Indsatsen skal hjælpe med at fastholde sygemeldte i job.",
    "Virksomheden har fastholdt medarbejderen i job.",
    "Jobcentret fastholder kontakten med borgeren.",
    # people changing behaviour is no commitment changed (p06: "har ændret adfærd")
    "Mange ledige har ændret deres adfærd efter reformen.",
    "Tallene viser, at nogle kontanthjælpsmodtagere har ændret adfærd.",
    # modals of duty and possibility state rules, not plans
    "Kommunerne skal oprette et nyt tilbud til unge ledige.",
    "Perioden kan forlænges med op til 69 uger.",
])
def test_rules_and_other_senses_give_nothing(text: str) -> None:
    assert _events(text) == []
