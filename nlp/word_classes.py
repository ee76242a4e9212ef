"""Closed classes of Danish function words that nlp's readers share: the modal verbs and the words that open a
subordinate clause, grouped by what the clause says.

Here, not in nlp/lineage/word_classes.py, because the phrase pickers (nlp/phrases.py) need them as well as the
lineage readers, and nlp's top-level modules do not import from nlp.lineage. The lineage readers build the sets
they pass over from these (nlp/lineage/word_classes.py), so that two readers' sets differ only where a comment
says why.
"""
from __future__ import annotations

#: The modal verbs, present and past: with an infinitive a duty, a permission or a plan ("skal evalueres").
MODALS = frozenset("skal skulle vil ville kan kunne må bør".split())

#: The relative words ("ordningen, der ...", "fokusområder, hvor kommunerne skal fremvise resultater").
RELATIVES = frozenset("der som hvor".split())
#: A condition proper ("Hvis ordningen forlænges, skal den evalueres"; "Såfremt der måtte opstå situationer, ...",
#: f06; "..., medmindre ..."): what it governs is a rule, not a fact.
CONDITIONAL = frozenset("hvis såfremt medmindre".split())
#: The same condition in two words ("i fald ..."): no single token is it, so only rules over text find it.
CONDITIONAL_PHRASES = frozenset({"i fald"})
#: An indirect question ("..., om ordningen skal forlænges"; "..., hvorvidt ..."): whether, not that.
WHETHER = frozenset("om hvorvidt".split())
#: An indirect question of manner or time ("årsopgørelsen skal vise, hvordan skatteindbetalingerne bruges", f05
#: gold; "..., hvornår ...").
HOW_WHEN = frozenset("hvordan hvornår".split())
#: A time clause: "når" (whenever; also a condition, "Når borgeren flytter, ...") and "da" ("..., da aftalen
#: blev indgået", p16): background that restates an event told elsewhere.
TEMPORAL = frozenset("når da".split())
#: A consequence ("..., så kommunerne får mere").
CONSEQUENCE = frozenset({"så"})
#: A cause ("..., fordi ...", "..., idet ...") or a contrast in time ("..., mens kommunerne betaler resten").
CAUSE_CONTRAST = frozenset("fordi idet mens".split())
#: What opens a clause that is a verb's object: a that-clause ("at"), an indirect question.
OBJECT_CLAUSE_OPENERS = frozenset({"at"}) | WHETHER | HOW_WHEN
#: What opens a clause that is no verb's object: a relative or an adverbial clause (condition, time, consequence,
#: cause, contrast).
ADJUNCT_CLAUSE_OPENERS = RELATIVES | CONDITIONAL | TEMPORAL | CONSEQUENCE | CAUSE_CONTRAST
#: What opens a subordinate clause inside a phrase: a verb after these is the clause's, not the phrase's
#: ("fokusområder, hvor kommunerne skal fremvise resultater").
SUBORDINATE = OBJECT_CLAUSE_OPENERS | ADJUNCT_CLAUSE_OPENERS


def s_passive(word: str, lemma: str, *, short: bool = False) -> bool:
    """The s-passive of a verb: its infinitive and -s ("indlægges" of indlægge, "nævnes" of nævne). A noun's genitive
    looks the same ("en kommunes borgere"): the caller takes none after a determiner. The -s is asked for: the present
    tense "betaler" of betale is one letter from its lemma too.

    The programme readers ask for an infinitive of more than three letters, as the genitive of a short noun ("en uges
    ferie", uge) looks like the passive of a short verb ("øges", øge); `short` takes those too, for the readers that
    always did (the verb right after a subject pronoun, `anaphora`; the first of two coordinated passives,
    `planned_action`)."""
    low = word.lower()
    return low.endswith("s") and low[:-1] == lemma and lemma.endswith("e") and (short or len(lemma) > 3)
