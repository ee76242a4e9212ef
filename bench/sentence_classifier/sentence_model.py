"""A small statistical sentence classifier for lineage events: how likely a sentence states an
event, and of which kind (docs/lineage_classifier.md).

A spaCy `textcat_multilabel` over `spacy.blank("da")` with the project's lemmas
(`nlp.pipeline`'s `danish_lemmas`), no pretrained vectors. Its labels are `event` and the
event kinds of `kinds.py`. The architecture is code (`MODEL_CONFIG`); the weights are one
file, made by `python -m bench.sentence_classifier.train_sentences --out FILE` from the gold the project
ships (`sentence_data`). Nothing is fetched.

Held out, it does not find the events the rules miss at a precision worth having
(docs/lineage_classifier.md), so the extractor does not use it and no weights are shipped:
this module and the training script stay so the experiment can be rerun as the gold grows.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.errors import SporbarError

from nlp.lineage.kinds import KIND_NAMES

EVENT = "event"
LABELS: tuple[str, ...] = (EVENT, *KIND_NAMES)
PIPE = "textcat_multilabel"

#: Bag of words and bigrams (spaCy hashes the word forms) beside a small CNN over the word,
#: its lemma and affixes; sizes keep the weights file near 1 MB.
MODEL_CONFIG: dict[str, Any] = {
    "@architectures": "spacy.TextCatEnsemble.v2",
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 48,
                  "attrs": ["NORM", "LEMMA", "PREFIX", "SUFFIX"], "rows": [2000, 2000, 500, 1000],
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 48, "window_size": 1,
                   "maxout_pieces": 3, "depth": 2},
    },
    "linear_model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
                     "no_output_layer": False, "length": 2 ** 14},
}

_WS = re.compile(r"\s+")


class SentenceModelError(SporbarError):
    """The sentence classifier's weights are missing or unreadable."""

    exit_code = 6
    advice = "train one with `python -m bench.sentence_classifier.train_sentences --out FILE`"


def blank_model(config: dict[str, Any] | None = None) -> Any:
    """The untrained pipeline: the project's tokenizer and lemmas, then the classifier."""
    import spacy

    from nlp import pipeline  # noqa: F401 - registers the danish_lemmas component

    model = spacy.blank("da")
    model.tokenizer.add_special_case("stk.", [{"ORTH": "stk."}])  # type: ignore[union-attr]  # as nlp.pipeline.build
    model.add_pipe("danish_lemmas")
    textcat: Any = model.add_pipe(PIPE, config={"model": config or MODEL_CONFIG})  # a TextCategorizer
    for label in LABELS:
        textcat.add_label(label)
    return model


def sentence_text(text: str) -> str:
    """A sentence as the classifier reads it: PDF line breaks are spaces."""
    return _WS.sub(" ", text).strip()


def load_model(path: Path) -> Any:
    """The trained classifier; a missing or unreadable weights file is a `SentenceModelError`
    naming it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SentenceModelError(path, f"cannot read the lineage sentence model ({exc.strerror or exc})") from exc
    model = blank_model()
    try:
        model.get_pipe(PIPE).from_bytes(data)
    except Exception as exc:  # noqa: BLE001 - msgpack and thinc raise many kinds on bad bytes
        raise SentenceModelError(path, f"not a lineage sentence model ({type(exc).__name__}: {exc})") from exc
    if tuple(model.get_pipe(PIPE).labels) != LABELS:
        raise SentenceModelError(path, f"its labels {model.get_pipe(PIPE).labels} are not {LABELS}")
    return model


def sentence_scores(texts: Sequence[str], model: Any) -> list[dict[str, float]]:
    """Per sentence, the score of every label (`event` and each kind), in 0..1."""
    return [dict(doc.cats) for doc in model.pipe(sentence_text(t) for t in texts)]


def event_sentence_scores(text: str, spans: Sequence[tuple[int, int]], model: Any) -> list[float]:
    """How likely each sentence [start, end) of `text` states a lineage event."""
    return [s[EVENT] for s in sentence_scores([text[a:b] for a, b in spans], model)]


def likeliest_kind(scores: dict[str, float]) -> str:
    """The kind the classifier scores highest for a sentence."""
    return max(KIND_NAMES, key=lambda k: scores.get(k, 0.0))
