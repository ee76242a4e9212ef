"""The Danish spaCy pipeline, built offline from PyPI packages and built once per process.

No pretrained Danish model can be had offline (notes/nlp.md), so the pipeline is
`spacy.blank("da")` plus: the lookup lemma table of spacy-lookups-data, tried as written
and lowercased (the table is case-sensitive, so sentence-initial "Ministeren" misses),
lemmy for the words the table lacks (new compounds: "implementeringsindikatorerne"), and
an entity ruler whose patterns come from the gazetteers in `nlp/data`.
"""
from __future__ import annotations

import importlib.metadata
import marshal
import threading
from pathlib import Path
from collections.abc import Iterable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import Entry, all_entries

_LOCK = threading.Lock()
_NLP: Language | None = None

LABELS = {
    "party": "PARTY", "ministry": "MINISTRY", "organisation": "ORG", "committee": "COMMITTEE",
    "reform": "REFORM", "benefit_scheme": "BENEFIT", "kommune": "KOMMUNE", "person": "PERSON",
}


@Language.component("danish_lemmas")
def danish_lemmas(doc: Doc) -> Doc:
    """The lookup table as written, then lowercased (it is case-sensitive), then lemmy for
    long words the table lacks (new compounds)."""
    table, lemmatizer = _tables()
    for token in doc:
        if not token.is_alpha:
            token.lemma_ = token.text
            continue
        lower = token.lower_
        lemma = table.get(token.text) or table.get(lower)
        if lemma is None and lemmatizer is not None and len(lower) > 6:
            candidates = lemmatizer.lemmatize("", lower)
            lemma = min(candidates, key=len) if candidates else None
        token.lemma_ = lemma or lower
    return doc


_TABLE_CACHE: dict[str, Any] = {}


def _tables() -> tuple[dict[str, str], Any]:
    if "table" not in _TABLE_CACHE:
        _TABLE_CACHE["table"] = lemma_table()
    if "lemmy" not in _TABLE_CACHE:
        try:
            import lemmy

            _TABLE_CACHE["lemmy"] = lemmy.load("da")
        except Exception:  # noqa: BLE001 - lemmy is an optional refinement of the table
            _TABLE_CACHE["lemmy"] = None
    return _TABLE_CACHE["table"], _TABLE_CACHE["lemmy"]


def _cache_path() -> Path:
    import platformdirs

    version = importlib.metadata.version("spacy-lookups-data")
    return Path(platformdirs.user_cache_dir("sporbar")) / f"da_lemma_lookup-{version}.marshal"


def lemma_table() -> dict[str, str]:
    """spacy-lookups-data's Danish lemma table (553k entries). Reading its gzipped JSON takes
    seconds, so a marshal copy is kept in the user cache dir; it loads in a fraction."""
    path = _cache_path()
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, TypeError):
        pass
    import gzip
    import json

    from spacy_lookups_data import da  # type: ignore[import-untyped]

    source = Path(str(da["lemma_lookup"]) + ".gz")
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        table = {k: v for k, v in json.load(fh).items() if isinstance(v, str)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(marshal.dumps(table))
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs speed
    return table


def _patterns(entries: Iterable[Entry]) -> list[dict[str, Any]]:
    patterns = []
    for entry in entries:
        ent_id = f"{entry.kind}:{entry.id}"
        for spelling in entry.spellings:
            # Abbreviations match case-sensitively ("KL", "BER"); names match any case.
            if spelling.isupper() and len(spelling) <= 5:
                patterns.append({"label": LABELS[entry.kind], "id": ent_id,
                                 "pattern": [{"ORTH": spelling}]})
            else:
                patterns.append({"label": LABELS[entry.kind], "id": ent_id, "pattern": spelling})
    return patterns


def build() -> Language:
    """A fresh pipeline (tests and the bench use `get_pipeline()`, which caches it)."""
    nlp = spacy.blank("da")
    # "stk. 3." at a sentence end: the tokenizer keeps "3." as an ordinal; split the dot.
    nlp.tokenizer.add_special_case("stk.", [{"ORTH": "stk."}])
    # The ruler comes first so that adding its phrase patterns only runs the tokenizer.
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": False})
    nlp.add_pipe("danish_lemmas")
    nlp.initialize()
    _tables()
    ruler.add_patterns(_patterns(all_entries()))  # type: ignore[attr-defined]
    return nlp


def get_pipeline() -> Language:
    """The process-wide pipeline, built lazily on first use (thread-safe)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                _NLP = build()
    return _NLP
