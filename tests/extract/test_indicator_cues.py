"""The cue table behind the indicator finders: every cue is attested by two documents or
by a written convention, and each attesting document really holds the cue."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.indicators import cues
from extract.indicators.finders import _BULLET, sentences, unwrapped
from tests.attestation import attesting_text

# convention:municipal is tests/fixtures/gold/municipal/README.md (the labelling conventions of
# the municipal set, e.g. '"minimum N" targets `count`')
CONVENTIONS = {"convention:star", "issue:14", "convention:municipal"}
# Realistic Danish samples written for these tests (not copied from any corpus text) that a
# cue's "sample:<id>" attestation names; each must hold its cue.
SAMPLES = {
    "konklusion": "Evalueringens vigtigste konklusioner er:",
    "betingelse": "Det er en betingelse for at få hjælpen, at:",
    "target_down": "Antallet af langtidsledige skal nedbringes med 20 procent frem mod 2030.",
    "target_up": "Andelen af unge, der gennemfører en ungdomsuddannelse, skal være steget til 95 pct. i 2030.",
    "target_half": "Antallet af unge uden job og uddannelse skal halveres inden 2030.",
    "stated_share_goal_om": "Vi har et mål om, at 90 procent af eleverne skal gennemføre en ungdomsuddannelse.",
    "stated_share_goal_saet": "Vi har sat os en målsætning om, at mindst 80 pct. af borgerne skal være tilfredse.",
    "own_goal_energi": "Vi har et mål om 100 pct. vedvarende energi i kommunens egne bygninger i 2040.",
    "own_goal_affald": "Vores mål er 60 procent genanvendelse af husholdningsaffaldet inden 2030.",
    "transition_passive_energi": "Energiforsyningen skal omstilles til 100 pct. vedvarende energi senest i 2035.",
    "transition_passive_landbrug": "Landbruget bør omlægges til 50 procent økologisk drift inden 2035.",
    "change_noun_after": "Målet for 2025 er en 10 % stigning i antallet af besøgende på museerne.",
    "change_noun_before": "Kommunen sigter mod en stigning på 10 procent i antallet af frivillige.",
    "change_noun_before_down": "Budgettet forudsætter en reduktion på 5 pct. i sygefraværet frem mod 2026.",
    "change_opening": "Flere turister i kommunen (10-15 %) og længere ophold",
    # a kvalitetsstandard for hjemmepleje and a project description, as municipalities write them
    "time_limit_service": "Servicemål: Afgørelse om hjemmehjælp træffes senest 10 hverdage efter, at kommunen har "
                          "modtaget ansøgningen.",
    "time_limit_deadline": "Resultatmål: At genoptræningen påbegyndes inden for 7 dage efter udskrivning fra sygehus.",
    "follow_up_hjemmepleje": "Opfølgning\nKvartalsvis opgørelse over antal klager over hjemmeplejen.\n"
                             "Årlig opgørelse over antal afgørelser, der ikke er truffet inden for 10 hverdage.\n",
    "time_limit_frist": "Servicemål: Kommunen overholder lovens 4 ugers frist for afgørelse om hjælpemidler.",
    "follow_up_inline": "Opfølgning: Halvårlig opgørelse over antal borgere på venteliste til plejebolig.",
    "follow_up_indsats": "Succeskriterier\nAndelen af de unge, der er i uddannelse eller job efter et år.\n",
    "follow_up_budget": "Målepunkter\nAndel af borgerne, der er tilfredse med indsatsen.\n"
                        "Antal genindlæggelser inden for 30 dage efter udskrivning.\n",
    "follow_up_sundhed": "Målepunkter:\nAntal borgere, der har gennemført et rygestopforløb.\n",
    "aim_list_aeldre": "Kommunens målsætninger for ældreområdet:\n"
                       "• Være en attraktiv arbejdsplads for medarbejderne\n• Have fokus på forebyggelse og rehabilitering\n"
                       "• Forbedre de ældres muligheder for at leve et aktivt liv\n• Skabe tryghed for de ældre borgere\n"
                       "• Styrke samarbejdet med de pårørende\n",
    "follow_up_projekt": "Succeskriterier:\nAntal deltagere, der gennemfører forløbet.\n"
                         "Andelen af deltagerne, som er i job eller uddannelse et halvt år efter forløbet.\n",
    "target_group_hjemmepleje": "Alle borgere i kommunen, som efter en konkret vurdering har behov for praktisk hjælp.",
    "measured_on_projekt": "Projektets effekt måles på følgende:\nAntal borgere, der kommer i job\n"
                           "Borgernes tilfredshed med forløbet\n",
    "opgoerelse_genoptraening": "Opgørelse over genoptræning efter udskrivning:\n\n"
                                "• Ventetid til første træning.\n• Andel borgere, der afslutter forløbet.\n",
    "plot_title_python": "plt.title('Kontanthjælp: Antal fuldtidspersoner fordelt på alder')",
    "plot_title_r": "ggplot(df, aes(x = Periode, y = Antal)) + geom_line() +\n"
                    "  ggtitle('Sygedagpenge: Antal forløb fordelt på varighed')",
    # accounts a kommune keeps of emissions and consumption, as council items and notater word them
    "klimaregnskab_kommune": "Kommunens klimaregnskab for 2023 opgør udledningen af drivhusgasser fra kommunen som "
                             "geografisk område.",
    "co2_regnskab_virksomhed": "CO2-regnskabet for kommunen som virksomhed udarbejdes hvert år. Det opgør "
                               "brændstofforbruget for kommunens køretøjer.",
    "co2_regnskab_plan": "Kommunens CO2-regnskab viser, at CO2-udledningen fra kommunens egne bygninger faldt med "
                         "6 pct. fra 2022 til 2023.",
    "energiregnskab_bygninger": "Energiregnskab 2024\n\nEnergiforbruget i kommunens bygninger opgøres årligt i MWh og "
                                "sammenholdes med det foregående år.\n",
    "energiregnskab_skoler": "Af energiregnskabet fremgår det, at kommunen hvert år skal opgøre elforbruget på skolerne "
                             "og varmeforbruget i daginstitutionerne.",
    # targets beyond shares and counts, as climate plans, school, health and social policies word them
    "target_emissions": "Klimaplanens mål er, at udledningen af CO2e fra kommunen som geografisk område skal reduceres "
                        "med 70 pct. i 2030 i forhold til 1990.",
    "target_emissions_noun": "Byrådets mål for klimaet er en reduktion af CO2-udledningen på 70 pct. i 2030 i forhold "
                             "til 1990.",
    "target_energi": "Kommunens mål for bygningerne er, at energiforbruget i de kommunale bygninger skal reduceres med "
                     "20 pct. frem mod 2030.",
    "target_energi_noun": "Målet for kommunens bygninger er en reduktion af energiforbruget på 30 procent i forhold til "
                          "2015.",
    "target_ventetid": "Kommunens mål for hjemløseområdet er, at antallet af hjemløse skal halveres inden 2030, og at "
                       "ventetiden på et botilbud højst er 3 måneder.",
    "target_sagsbehandling": "Kommunens servicemål er, at sagsbehandlingstiden for ansøgninger om hjælpemidler højst er "
                             "8 uger.",
    "target_karakter": "Skolepolitikkens mål er, at karaktergennemsnittet ved folkeskolens afgangsprøve skal være "
                       "mindst 7,0 i 2028.",
    "target_karakter_dansk": "Et af byrådets mål er, at gennemsnittet af elevernes karakterer i dansk skal være over 7.",
    "target_level_share": "Skolens mål er, at andelen af elever, der trives, skal være mindst 90 pct.",
    "target_co2_pr_indbygger": "Klimaplanens mål er, at udledningen pr. indbygger skal være under 2 tons CO2e i 2030.",
    "target_co2_reduktion": "Byrådet har vedtaget et mål om en CO2-reduktion på 70 pct. i 2030 i forhold til 1990.",
    "target_drivhusgas_reduktion": "Klimaplanens mål: en drivhusgasreduktion på 50 procent i forhold til 2010.",
    "klimamaal_liste": "Kommunens klimamål:\n• CO2-udledningen fra transport skal halveres inden 2030.\n",
    "klimamaal_prose": "Byrådets klimamål er, at CO2-udledningen fra kommunen som geografisk område skal reduceres "
                       "med 70 pct. i 2030 i forhold til 1990.",
    "pejlemaerker_sundhed": "Sundhedspolitikkens pejlemærker er:\n1. Færre forebyggelige indlæggelser\n"
                            "2. Ventetiden på genoptræning skal være under 14 dage\n",
    "pejlemaerker_skole": "Byrådet har vedtaget fire pejlemærker for skoleområdet:\n"
                          "• Andelen af elever, der trives, skal stige til 90 pct.\n",
    "trivselsmaaling": "Trivselsmålingen viser, hvor stor en andel af eleverne der trives i skolen.",
    "beskaeftigelsesindikator": "Beskæftigelsesindikatoren viser, hvor mange af de ledige der er i job et år efter "
                                "forløbet.",
    # nøgletal pages of health, elderly care and schools: a heading, then the measure's noun phrase
    "noegletal_sundhed": "Forebyggelige indlæggelser\nAntal forebyggelige indlæggelser pr. 1.000 borgere på 65 år og "
                         "derover. Kilde: Landspatientregisteret.\n",
    "noegletal_aeldre": "Hjemmehjælp til ældre\n\nAndel borgere på 67 år og derover, der modtager hjemmehjælp.\n",
    "noegletal_skole": "Nøgletal for folkeskolen:\n• Andel elever, der trives i skolen\n"
                       "• Karaktergennemsnit ved 9. klasses afgangsprøve\n",
    # result goals of kvalitetsstandarder whose subject is a group defined by a relative clause
    "relative_goal_paaroerende": "Resultatmål\nAt alle børn, som har forældre med et alkoholproblem, får tilbud "
                                 "om samtaler inden for 4 uger.\n",
    "relative_goal_passive": "Resultatmål: At borgere, der har et alkoholproblem, tilbydes behandling inden for 14 "
                             "dage efter henvendelse.",
    "relative_goal_hjemmepleje": "Servicemål\nAt borgere, som modtager hjemmehjælp, besøges af den samme "
                                 "medarbejder.\n",
    # populations with a time phrase after them
    "time_tail_count": "Opfølgning\nÅrlig opgørelse over antal borgere, der har modtaget genoptræning i 2023.\n",
    "time_tail_share": "Målepunkter\nAndel af eleverne, der har gennemført en ungdomsuddannelse fra 2020.\n",
    # populations behind a leading article (the test holds the cue on the population phrase)
    "article_count": "de ledige, der har været ledige i mere end et år",
    "article_goal": "de unge, som deltager i projektet",
    # targets stated as signed changes
    "signed_percent_list": "Målfastsættelse:\no Besøgstallet på bibliotekerne (+20 %)\n",
    "signed_percent_inline": "Målet for 2026: Deltagelse i foreningslivet +10 pct. og sygefraværet -5 %.",
    # a party programme's quantified goal
    "stated_share_goal": "Vi har som mål, at mindst 60 procent af de ledige over 50 år skal være i job inden et år.",
    # a target list of a municipal sports policy: minimum numbers of things are counts
    "count_target_idraet": "Målfastsættelse:\no Flere aktive foreninger (mindst 15 nye foreninger i 2026)\n"
                           "o Flere frivillige trænere (minimum 40 nye trænere)\n",
}
ROLES_USED = {"result_difference", "definition_verb", "measure_word", "ratio", "goal_label", "goal_heading", "measure_lead",
              "aim_sentence", "source_statement", "source_site", "source_published", "period_year", "period_statement", "composite", "measure_noun",
              "data_word", "fraction_label", "glossary_heading", "defining_opener", "person_noun", "computation", "table_column", "announcing_lead",
              "goal_section", "verb_first", "named_definition", "not_goal_heading", "target_change",
              "change_percent", "change_opening", "share_statement", "time_limit", "follow_up_heading",
              "group_quantifier", "measure_list_lead", "plot_title", "aim_infinitive",
              "opgoerelse_lead", "account_genre", "account_quantity", "accounted_by", "account_scope",
              "target_quantity", "target_level", "change_noun_target", "quantity_change_noun",
              "self_defining_subject", "clause_verb", "count_target",
              "goal_statement", "time_tail", "time_fraction",
              "population_article", "goal_list_lead", "measure_label", "measure_statement",
              "defining_verb", "transition_noun", "transition_passive", "target_deadline",
              "own_goal_lead", "work_for_lead", "new_measure_label"}


def test_every_role_the_finders_ask_for_is_in_the_table() -> None:
    assert {c.role for c in cues.table()} == ROLES_USED


@pytest.mark.parametrize("cue", cues.table(), ids=lambda c: f"{c.role}:{c.pattern[:30]}")
def test_cue_is_attested_twice(cue: cues.Cue) -> None:
    assert len(set(cue.attested_by)) >= 2, cue.pattern
    # a corpus document, a written convention, or an external public document ("ext:<where>")
    # or a sample written into tests/extract/test_not_goal_headings.py ("sample:<id>")
    assert all(a in CONVENTIONS or a.startswith(("ext:", "sample:")) or re.fullmatch(r"[\w-]+", a)
               for a in cue.attested_by)


@pytest.mark.parametrize("cue", [c for c in cues.table() if any(a.startswith("sample:") for a in c.attested_by)],
                         ids=lambda c: f"{c.role}:{c.pattern[:30]}")
def test_samples_hold_their_cue(cue: cues.Cue) -> None:
    for name in (a.removeprefix("sample:") for a in cue.attested_by if a.startswith("sample:")):
        # a sample of this module by its id, or one of another test module ("<module>.<NAME>", tests/attestation.py)
        text = SAMPLES[name] if name in SAMPLES else attesting_text(f"sample:{name}")
        # as the finders read it: also each list item without its mark ("• Passivandel: Målingen viser ...")
        items = [m.group(1) for line in text.splitlines() if (m := _BULLET.match(line))]
        assert any(cue.regex.search(t) for t in (text, *items)), name


def _passages(corpus: Path, stem: str) -> list[str]:
    """The units the finders match cues against: lines (also as unwrapped list items), their
    sentences, and the part of a sentence up to a colon (a list's lead)."""
    out = []
    texts = list(corpus.rglob(f"{stem}.txt"))
    if texts:
        text = texts[0].read_text(encoding="utf-8")
    else:  # a municipal PDF in corpus/pdf: its text as the loader reads it
        from extract.load import load

        text = load(next(corpus.rglob(f"{stem}.pdf"))).text
    # a list item as the finders read it: a PDF's wrapped lines joined, its list mark off
    lines = text.splitlines() + unwrapped(text).splitlines()
    for line in lines:
        out.append(line)
        item = _BULLET.match(line)
        if item:
            out.append(item.group(1))
        for _, sentence in sentences(line):
            out.append(sentence)
            out.extend(sentence[:m.end()] for m in re.finditer(r":", sentence))
    return out


@pytest.mark.parametrize("cue", cues.table(), ids=lambda c: f"{c.role}:{c.pattern[:30]}")
def test_attesting_documents_hold_the_cue(corpus: Path, cue: cues.Cue) -> None:
    for stem in cue.attested_by:
        if stem in CONVENTIONS or stem.startswith(("ext:", "sample:")):
            continue
        assert any(cue.regex.search(p) for p in _passages(corpus, stem)), (stem, cue.pattern)


def test_conventions_cited_are_written_down(gold: Path) -> None:
    readme = (gold / "star" / "README.md").read_text(encoding="utf-8")
    for phrase in ("Indikatoren opgøres som", "Målingen viser", "Mål 1 opgør", "andel, pct.", "antal",
                   "gennemsnit", "årlig analyse"):
        assert phrase in readme
    municipal = (gold / "municipal" / "README.md").read_text(encoding="utf-8")
    assert '"minimum N" targets `count`' in municipal
    assert '"X skal måles" sentences are indicators of kind' in municipal


@pytest.mark.parametrize(("role", "text", "value"), [
    ("measure_word", "andelen af ledige", "share"),
    ("measure_word", "mindst 80% af alle elever", "share"),
    ("measure_word", "Selvforsørgelsesgraden 26 uger efter", "share"),
    ("measure_word", "den gennemsnitlige ventetid", "average"),
    ("measure_word", "Længde af ledighedsperioder", "duration"),
    ("measure_word", "antallet af genindlæggelser", "count"),
    ("ratio", "dage divideret med antallet af personer", "divided"),
    ("ratio", "beskæftigede i procent af befolkningen", "percent"),
    ("ratio", "genindlæggelser pr. 1.000 borgere", "per"),
    ("measure_word", "Aktiveringsomfang generelt", None),
])
def test_values_of_cues(role: str, text: str, value: str | None) -> None:
    assert cues.value_of(role, text) == value


@pytest.mark.parametrize(("text", "source"), [
    ("Data stammer fra DREAM-registeret, hvorfor der er tale om", "DREAM-registeret"),
    ("Indikatoren er beregnet pba. oplysninger fra Landspatientregistret koblet på BEF-registret.",
     "Landspatientregistret koblet på BEF-registret"),
    ("Datakilden er Det Centrale Personregister.", "Det Centrale Personregister"),
    ("Kilde: Danmarks Statistik", "Danmarks Statistik"),
    ("Ledigheden steg i 2019.", None),
    # the name wrapped over a line end, as a PDF's line wraps (p01 printed): the hyphen is the word's own
    ("Data stammer fra DREAM-\nregisteret, hvorfor der er tale om", "DREAM-registeret"),
    ("Indikatoren er beregnet pba. oplysninger fra Landspatientregistret koblet på\nBEF-registret.",
     "Landspatientregistret koblet på BEF-registret"),
])
def test_source_statements(text: str, source: str | None) -> None:
    found = cues.source_in(text)
    assert (found[2] if found else None) == source
    if found:  # the span is the name as the text prints it
        assert " ".join(text[found[0]:found[1]].replace("-\n", "-").split()) == source
