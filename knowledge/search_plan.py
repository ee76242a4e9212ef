"""How a parsed query becomes FTS5 expressions: per word its alternatives (a known person's name
whole, a compound however the documents write it, a prefix, the spelling with æ, ø and å, a
correction), and the plan that AND-s or OR-s them with the references."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .danish_analysis import (MIN_SPLIT, STOPWORDS, WORD_RE, Vocabulary, compound_split, fold, head_forms, lexicon,
                              member_names, term)
from .query import Query, Word, quote


PREFIX_MIN = 4  # shorter terms match exactly only: "job*" would match half the index
MIN_JOIN = 3  # shortest query word joined with its neighbour into a compound ("job", "tid")
# A compound is also searched with its parts written apart ("225-timers-reglen") only while
# the documents hold it as one word in fewer than this many: a rule name or a rare term, where
# every spelling counts; a common compound is found as one word, and a phrase of two common
# parts would cost a positional scan of both (bench/search_scale.py).
APART_MAX_DOCS = 50
# A word already in this many documents is not also matched as a compound head ("word*"):
# merging the doclists of all its compounds is the slowest part of a query at 100k
# documents, and the compounds the lexicon can split are in the `parts` column anyway.
PREFIX_MAX_DOCS = 2000
OR_MAX_SHARE = 0.02  # see Plan.rare_groups: words in more than 2% of the documents ...
OR_MIN_DOCS = 1000  # ... and in more than this many


# BM25 saturates (a word counts at most ~2x however often or heavily it occurs), so field
# weights alone cannot lift "both words in the question" above "both words somewhere in a
# long answer": documents holding every word in these fields form a tier of their own.
KEY_FIELDS = ("title", "question", "people")


@dataclass
class Plan:
    """The FTS expressions for one query, and what was changed on the way."""

    groups: list[str]  # one per word: the word's alternatives OR-ed
    phrases: list[str]
    refs: list[str]
    highlight: set[str]  # terms to highlight in snippets
    corrections: dict[str, str] = field(default_factory=dict)  # typed word -> term used
    restored: dict[str, str] = field(default_factory=dict)  # typed without æøå -> term used
    compounds: set[str] = field(default_factory=set)  # typed words searched as one compound
    replaced: dict[str, str] = field(default_factory=dict)  # unknown word -> a known word it begins with
    pairs: set[tuple[str, str]] = field(default_factory=set)  # compound parts matched written apart
    absent_names: list[str] = field(default_factory=list)  # persons' names no document holds
    unknown: list[str] = field(default_factory=list)
    applied_refs: list[str] = field(default_factory=list)
    group_docs: list[int] = field(default_factory=list)  # documents holding each group's word
    size: int = 0  # documents in the index

    def rare_groups(self) -> list[str]:
        """The groups for "some of the words": a word in most documents adds almost nothing
        to BM25 but makes the OR as slow as a scan, so the commonest are left out (never all)."""
        limit = max(OR_MIN_DOCS, OR_MAX_SHARE * self.size)
        keep = [g for g, docs in zip(self.groups, self.group_docs) if docs < limit]
        return keep or [min(zip(self.group_docs, self.groups))[1]] if self.groups else []

    def expression(self, *, every: bool, refs: list[str], key_fields: bool = False) -> str:
        """Words AND-ed (every) or OR-ed, the given references required. Without words,
        references alone select; those not required then still rank (OR-ed). With
        `key_fields`, the words must stand in the title, question or people."""
        text = " AND ".join(self.groups + self.phrases) if every else " OR ".join(self.rare_groups() + self.phrases)
        if key_fields and text:
            text = f"{{{' '.join(KEY_FIELDS)}}} : ({text})"
        required = " AND ".join(f"refs : {quote(r)}" for r in refs)
        if text and required:
            return f"({text}) AND {required}"
        if text or required:
            return text or required
        return " OR ".join(f"refs : {quote(r)}" for r in self.refs)


def person_term(word: Word, vocab: Vocabulary, *, to_match: bool = True) -> str | None:
    """The name term of a query word that is a known person's name ("Finn", "Hønge"), else
    None. To match, a name only the store knows must be one the stemmer would change: the
    `people` column also holds organisations and ministries, whose stems ("skat") are no
    names; any word there is still never corrected (`to_match` False)."""
    folded = fold(word.surface)
    if not word.surface.isalpha() or len(folded) < 2:
        return None
    if folded in member_names() or (to_match and folded == word.term):
        return folded if folded in member_names() else None
    return folded if vocab.is_person(folded) else None


def _name_alternatives(word: Word, name: str, vocab: Vocabulary, plan: Plan) -> str | None:
    """A name matches as a name: whole, never as a stem ("Finn" is not "fin" of
    "Finansministeren") nor a prefix ("Hans" is not "Hansen"), and is never corrected.
    Typed in lower case, a name that is also a Danish word ("lykke") is that word too."""
    names = [name]
    if not word.surface[:1].isupper() and word.term != name and lexicon().is_form(word.surface.lower()):
        names.append(word.term)
    counts = [vocab.count(n) for n in names]
    if not any(counts):
        return None
    plan.highlight.update(names)
    plan.group_docs.append(max(counts))
    return "(" + " OR ".join(quote(n) for n, c in zip(names, counts) if c) + ")"


def _exact_or_prefix(t: str, docs: int) -> str:
    if len(t) < PREFIX_MIN or not t.isalpha() or docs >= PREFIX_MAX_DOCS:
        return quote(t)
    # Exact and prefix as two phrases: a document holding the word itself scores on both,
    # one holding only a longer compound ("benchmarkinganalysen") on one.
    return f"({quote(t)} OR {quote(t)}*)"


def _compound(inner: str, head: str, vocab: Vocabulary, plan: Plan, *, whole_needed: bool) -> str | None:
    """A compound however the documents write it: as one word ("225-timersreglen"), its parts
    apart with a hyphen or a space ("225-timers-reglen", "225-timers regel"), its last part in
    any form the lemma table confirms (reglen, regel, regler). The same alternatives whether
    the query wrote it as one word or as two, so every spelling finds the same documents.
    None when the index holds none of them (or, `whole_needed`, not the word written as one)."""
    bare = inner[:-1] if inner[-1:] in "se" and lexicon().inner(inner[:-1]) else inner  # without "s"/"e"
    if len(bare) < MIN_SPLIT or bare in STOPWORDS or len(head) < MIN_SPLIT:
        return None  # "under|visere", "til|knytning": a prefix, not a word of its own
    forms = head_forms(head)
    wholes = {w: vocab.count(w) for w in sorted({term(inner + f) for f in forms})}
    if max(wholes.values()) >= APART_MAX_DOCS:
        return None  # a common compound: found as one word, as before
    wholes = {w: docs for w, docs in wholes.items() if docs or (vocab.prefix_count(w) and len(w) >= PREFIX_MIN)}
    if whole_needed and not wholes:
        return None
    inner_term = term(inner)
    heads = {h: vocab.count(h) for h in sorted({term(f) for f in forms})} if vocab.count(inner_term) else {}
    apart = {h: docs for h, docs in heads.items() if docs}
    if not (wholes or apart):
        return None
    alternatives = [_exact_or_prefix(w, docs) for w, docs in wholes.items()]
    alternatives += [quote(f"{inner_term} {h}") for h in apart]
    group = "(" + " OR ".join(alternatives) + ")"
    if not wholes and not vocab.matches(group):
        return None  # its parts are known, but never written together
    plan.highlight.update(wholes)
    plan.pairs.update((inner_term, h) for h in apart)
    plan.group_docs.append(max([*wholes.values(), *apart.values()]))
    return group


_APART = re.compile(r"[\s\-\u2010\u2011\u2013]+")  # a space, a hyphen or a dash between two words


def adjacent_pairs(raw: str) -> set[tuple[str, str]]:
    """Pairs of words the query writes next to each other, apart only by a space or a hyphen."""
    found = list(WORD_RE.finditer(raw))
    return {(x.group().lower(), y.group().lower()) for x, y in zip(found, found[1:])
            if _APART.fullmatch(raw, x.end(), y.start())}


def _joined(first: Word, second: Word, adjacent: set[tuple[str, str]], vocab: Vocabulary,
            plan: Plan) -> str | None:
    """Two adjacent query words the documents write as one compound ("timers reglen" ->
    "timersreglen"): searched as that compound (`_compound`), not as two loose words."""
    a, b = first.surface, second.surface
    if not (a.isalpha() and b.isalpha()) or len(a) < MIN_JOIN or len(b) < MIN_JOIN:
        return None
    if (a.lower(), b.lower()) not in adjacent:
        return None  # not adjacent as typed (a stopword stood between them)
    if person_term(first, vocab) or person_term(second, vocab):
        return None
    found = _compound(a.lower(), b.lower(), vocab, plan, whole_needed=True)
    if found:
        plan.compounds.update((a, b))
    return found


def _alternatives(word: Word, vocab: Vocabulary, plan: Plan, *, restore_known: bool = False) -> str | None:
    t = word.term
    if name := person_term(word, vocab):
        if found := _name_alternatives(word, name, vocab, plan):
            return found
        if word.surface[:1].isupper() and not vocab.restored(word.surface):
            plan.absent_names.append(word.surface)  # a person no document names: no "Skandaler" for "Søvndal"
            return None
    if restore_known and word.surface.isascii() and t.isalpha() and (restored := vocab.restored(word.surface)[:3]):
        plan.restored[word.surface] = restored[0]
        plan.highlight.update([t, *restored])
        counts = [vocab.count(t), *(vocab.count(r) for r in restored)]
        plan.group_docs.append(max(counts))
        return "(" + " OR ".join(_exact_or_prefix(r, docs) for r, docs in zip([t, *restored], counts)) + ")"
    if t.isalpha() and not lexicon().is_form(word.surface.lower()) and (split := compound_split(word.surface)):
        if found := _compound(*split, vocab, plan, whole_needed=False):
            plan.compounds.add(word.surface)
            return found
    if vocab.prefix_count(t):
        plan.highlight.add(t)
        docs = vocab.count(t)
        plan.group_docs.append(docs)
        return _exact_or_prefix(t, docs)
    if t.isalpha() and (restored := vocab.restored(word.surface)[:3]):
        # Typed without æ, ø or å ("fortidspension"): the words spelled with them, said so.
        plan.restored[word.surface] = restored[0]
        plan.highlight.update(restored)
        counts = [vocab.count(r) for r in restored]
        plan.group_docs.append(max(counts))
        return "(" + " OR ".join(_exact_or_prefix(r, docs) for r, docs in zip(restored, counts)) + ")"
    fixes = vocab.corrections(word.surface) if t.isalpha() and len(t) >= 3 else []
    # One edit on the whole word is a typo ("høringsvar"); otherwise a compound the
    # documents write apart ("benchmarkingliste") beats a looser correction.
    typo = any(f.whole and f.distance <= 1 for f in fixes)
    if not typo and t.isalpha() and len(t) >= 2 * PREFIX_MIN and (pair := vocab.split(word.surface)):
        plan.highlight.update(pair)
        plan.group_docs.append(min(vocab.count(p) for p in pair))
        return f"({quote(pair[0])} AND {quote(pair[1])})"
    if not fixes:
        plan.unknown.append(word.surface)
        return None
    # Of the words the typed one begins with, only the closest: a looser second one found
    # "udviklingen" for "klyngeledelse" ("kling"). Whole-word corrections all stay.
    heads = [f for f in fixes if not f.whole]
    fixes = [f for f in fixes if f.whole or f is heads[0]]
    if whole := next((f for f in fixes if f.whole), None):
        plan.corrections[word.surface] = whole.right
    else:  # a word's head ("klynge" for "klyngeledelse") is no typo, but no match either: said so
        plan.replaced[word.surface] = fixes[0].right
    plan.group_docs.append(max(f.document_count for f in fixes))
    plan.highlight.update(f.right for f in fixes)
    return "(" + " OR ".join(quote(f.right) for f in fixes) + ")"


def plan_query(query: Query, vocab: Vocabulary, *, udvalg_known: bool = True, restore_known: bool = False) -> Plan:
    """FTS alternatives per word. A udvalg abbreviation the index knows is a reference,
    not a word; one it does not know ("EL", "KL") is a word. With `restore_known`, a word
    typed without æ, ø and å is also searched spelled with them, even when the index knows it
    as typed ("forudsatter" also as "forudsætter": the retry when no document has every word)."""
    udvalg = query.reference.udvalg
    refs = [r for r in query.reference.ref_terms() if udvalg_known or r != (udvalg or "").lower()]
    plan = Plan([], [], refs, set(), size=vocab.size())
    words = [w for w in query.words if not (udvalg_known and udvalg and w.surface == udvalg)]
    adjacent = adjacent_pairs(query.raw[:500])
    i = 0
    while i < len(words):
        if i + 1 < len(words) and (joined := _joined(words[i], words[i + 1], adjacent, vocab, plan)):
            plan.groups.append(joined)
            i += 2
            continue
        alt = _alternatives(words[i], vocab, plan, restore_known=restore_known)
        if alt:
            plan.groups.append(alt)
        i += 1
    for phrase in query.phrases:
        phrase_terms = [person_term(w, vocab) or w.term for w in phrase]
        plan.phrases.append(quote(" ".join(phrase_terms)))
        plan.highlight.update(phrase_terms)
    return plan
