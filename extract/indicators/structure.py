"""Indicator finders built on document structure and Danish definition language, for texts
beyond the STAR layouts (health nøgletal, school goals, union indices, social goals).

Every phrase they rely on is a row of `cues.tsv` (see `extract.indicators.cues`):
- goal lists: numbered goals under a heading naming goals ("De tre nationale mål"), made
  measurable by labelled items later in the text ("Mål 1 – Faglig dygtighed: ..."), linked
  by number; aims and means ("Målet er at ...", "Det sker gennem ...") are left out;
- a flattened numbered list after a lead naming goals, focus areas or indicators
  ("... på fem fokusområder: 1. A 2. B 3. C"), with the index the lead builds from them;
- a measure named after a lead that computes it ("Derudover beregnes ...: Selvforsørgelses-
  graden 26 uger efter ...");
- items listed after a lead announcing measures ("to nye målinger på jobindsats.dk:"),
  each naming a quantity;
- numbered goals under a heading naming goals (the numbered form of goal bullets);
- a goal under a heading or label naming one ("Resultatmål", "Servicemål: ..."; municipal
  kvalitetsstandarder), with the group it names itself as its population;
- a labelled goal whose line names it and whose next line states its target ("Mål 1: Flere
  borgere i job" / "Andelen af ... skal falde til 20 pct.");
- a target in running text beside the goals it names ("... 2020-mål. ... og antallet af
  hjemløse skal reduceres med mindst 25 procent"), also of emissions, consumption, waiting
  times and grade averages, as a level ("at ventetiden ... højst er 3 måneder") or as the noun
  of its change ("en reduktion af CO2-udledningen på 70 pct. i 2030 i forhold til 1990");
- a goal a sentence states in an "at"-clause as a share of a group ("Vi har som mål, at 95
  procent af alle unge skal gennemføre en ungdomsuddannelse."), or as a change of a whole toward
  a share by a stated time ("omstilling af vores energisektor til 100 pct. vedvarende energi
  inden 2040") or as the share an own goal names ("Vi har et mål om 100 pct. ...");
- the items a municipal service standard follows up on ("Opfølgning" / "Årlig opgørelse
  over antal borgere, der ..."; also "Succeskriterier", "Målepunkter"), each naming a count
  or share at its head;
- the items listed under a lead saying what is to be measured ("... skal ifølge KL måles
  på:"), a sentence saying that something is to be measured ("X skal (løbende) måles."), and
  the measures an opgørelse lists ("Opgørelse over genindlæggelser ...:");
- the measure a statistics API example plots, named by its plot title;
- the quantity a klimaregnskab, CO2-regnskab or energiregnskab computes
  (`extract.indicators.accounts`).
A goal whose target is a time limit ("inden for 14 dage") measures a duration; a goal whose
subject is a group defined by a relative clause ("At alle borgere, som ... bliver rådgivet")
has that group, without its quantifier, as its population.
Measures whose computation the text states (headings, fractions, tables, "X opgøres som
Y") are found by `extract.indicators.computed`; `STRUCTURE_FINDERS` lists both, in order.

The finders live in goal_lists, listed_measures, section_items and targets (over the list
shapes of list_items); this module orders them.
"""
from __future__ import annotations

from . import accounts, computed
from .goal_lists import goal_lists, numbered_goals
from .listed_measures import (announced_measures, inline_lists, measured_lists, measured_statements,
                              measures_after_lead, opgoerelse_items, plot_titles)
from .section_items import follow_up_items, headed_goals
from .targets import level_targets, stated_share_goals, target_clauses

# The finders are importable from here as before the split.
__all__ = ["STRUCTURE_FINDERS", "announced_measures", "follow_up_items", "goal_lists", "headed_goals",
           "inline_lists", "level_targets", "measured_lists", "measured_statements", "measures_after_lead",
           "numbered_goals", "opgoerelse_items", "plot_titles", "stated_share_goals", "target_clauses"]


STRUCTURE_FINDERS = (goal_lists, computed.measure_tables, computed.labelled_blocks, computed.labelled_fractions,
                     computed.defined_headings, inline_lists, measures_after_lead, computed.measure_headings,
                     computed.definition_sentences, numbered_goals, announced_measures, headed_goals,
                     computed.verb_first_definitions, computed.glossary_definitions, computed.named_measure_sentences, target_clauses,
                     stated_share_goals, level_targets,
                     follow_up_items, measured_lists, measured_statements, opgoerelse_items, plot_titles, accounts.account_quantities)
