"""The Danish spaCy pipeline, built offline from PyPI packages and built once per process.

No pretrained Danish model can be had offline (notes/nlp.md), so the pipeline is
`spacy.blank("da")` plus: the lookup lemma table of spacy-lookups-data, tried as written
and lowercased (the table is case-sensitive, so sentence-initial "Ministeren" misses),
lemmy for the words the table lacks (new compounds: "implementeringsindikatorerne"), and
an entity ruler whose patterns come from the gazetteers in `nlp/data`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import spacy
from spacy.language import Language
from spacy.attrs import LEMMA, ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .gazetteer import Entry, all_entries
from .lemma_table import LemmaTable, lemma_table
from .once import once

LABELS = {
    "party": "PARTY", "ministry": "MINISTRY", "organisation": "ORG", "committee": "COMMITTEE",
    "reform": "REFORM", "benefit_scheme": "BENEFIT", "kommune": "KOMMUNE", "person": "PERSON",
}


_REFERENCE_WORDS = frozenset({"stk.", "nr.", "§", "bilag", "punkt", "kapitel", "spørgsmål"})
_ORDINAL_AT_END = re.compile(r"\d\.(?:\s*$|\s+[A-ZÆØÅ])")


@Language.component("sentence_final_numbers")
def sentence_final_numbers(doc: Doc) -> Doc:
    """"jf. stk. 3." at a sentence end: spaCy's Danish rules keep "3." as one ordinal
    token; after a reference word (stk., nr., §) it is the number and a full stop."""
    if not _ORDINAL_AT_END.search(doc.text):
        return doc
    targets = []
    for token in doc:
        text = token.text
        if len(text) > 1 and text[-1] == "." and text[:-1].isdigit() and token.i > 0 \
                and doc[token.i - 1].lower_ in _REFERENCE_WORDS \
                and (token.i == len(doc) - 1 or doc[token.i + 1].is_title or doc[token.i + 1].is_space):
            targets.append(token)
    with doc.retokenize() as retokenizer:
        for token in targets:
            retokenizer.split(token, [token.text[:-1], "."], heads=[token, token])
    return doc


class DanishLemmas:
    """The lookup table as written, then lowercased (it is case-sensitive), then lemmy for
    long words the table lacks (new compounds). Lemmas are cached by the word's hash and
    written in one `from_array`: setting `token.lemma_` one by one cost a fifth of the pass.

    The cache belongs to one pipeline: a cached lemma is a hash into that pipeline's
    StringStore, and another pipeline's store need not hold its string (spaCy's E018 when
    a second pipeline, e.g. the bench's sentence model, was built in the same process).
    A doc of another vocab gets a cache of its own for the call."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.cache: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self.cache if doc.vocab is self.vocab else {}
        strings = doc.vocab.strings
        orths = doc.to_array(ORTH)
        lemmas = orths.copy()
        for i, orth in enumerate(orths.tolist()):
            lemma = cache.get(orth)
            if lemma is None:
                text = strings[orth]
                lemma = cache[orth] = strings.add(_lemma(text) if text.isalpha() else text)
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]  # uint64 ids; spaCy types Ints2d narrowly
        return doc


@Language.factory("danish_lemmas")
def danish_lemmas(nlp: Language, name: str) -> DanishLemmas:
    """A factory rather than a component, so each pipeline gets its own lemma cache."""
    return DanishLemmas(nlp.vocab)


def _lemma(text: str) -> str:
    table, lemmatizer = _tables()
    lower = text.lower()
    lemma = table.get(text) or table.get(lower)
    if lemma is None and lemmatizer is not None and len(lower) > 6:
        candidates = lemmatizer.lemmatize("", lower)
        lemma = min(candidates, key=len) if candidates else None
    return lemma or lower


@once
def _lemmy() -> Any:
    """lemmy's Danish lemmatiser, or None when it cannot be loaded."""
    try:
        import lemmy  # type: ignore[import-untyped]  # ships no type information

        return lemmy.load("da")
    except Exception:  # noqa: BLE001 - lemmy is an optional refinement of the table
        return None


def _tables() -> tuple[LemmaTable, Any]:
    return lemma_table(), _lemmy()


class GazetteerRuler:
    """Entities from the gazetteers with two PhraseMatchers: names in any case, abbreviations
    in exact case ("KL", "BER", "ALT" the party but not "alt"). spaCy's EntityRuler recounts
    its patterns on every call, which cost a third of the whole NLP pass."""

    def __init__(self, nlp: Language, entries: Iterable[Entry]) -> None:
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.abbreviations = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[int, tuple[str, str]] = {}
        for entry in entries:
            ent_id = f"{entry.kind}:{entry.id}"
            key = nlp.vocab.strings.add(ent_id)
            self.labels[key] = (LABELS[entry.kind], ent_id)
            for spelling in entry.spellings:
                abbreviation = spelling.isupper() and len(spelling) <= 5
                matcher = self.abbreviations if abbreviation else self.names
                matcher.add(ent_id, [nlp.make_doc(spelling)])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.names, self.abbreviations):
            for key, start, end in matcher(doc):
                label, ent_id = self.labels[key]
                spans.append(Span(doc, start, end, label=label, span_id=ent_id))
        doc.ents = filter_spans(spans)
        return doc


def build() -> Language:
    """A fresh pipeline (tests and the bench use `get_pipeline()`, which caches it)."""
    nlp = spacy.blank("da")
    # "stk." is kept whole; "jf.", "nr.", "J.nr." already are (notes/nlp.md).
    nlp.tokenizer.add_special_case("stk.", [{"ORTH": "stk."}])  # type: ignore[union-attr]  # a Tokenizer for spacy.blank
    ruler = GazetteerRuler(nlp, all_entries())
    Language.component("gazetteer_ruler", func=ruler)
    nlp.add_pipe("sentence_final_numbers")
    nlp.add_pipe("gazetteer_ruler")
    nlp.add_pipe("danish_lemmas")
    _tables()
    return nlp


@once
def get_pipeline() -> Language:
    """The process-wide pipeline, built lazily on first use (thread-safe: `nlp.once`)."""
    return build()
