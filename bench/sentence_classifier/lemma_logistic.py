"""A second model for the same labels as `sentence_model`: one-vs-rest logistic regression on the
lemma unigrams and bigrams of a sentence (the project's lemmas, `nlp.pipeline`), numpy only, with
the classes weighted to balance (event sentences are about one in eight). Deterministic: full-batch
gradient descent from zero weights. Used only by bench/lineage_classifier_groups.py --variant logistic.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .sentence_data import LabelledSentence
from .sentence_model import EVENT, LABELS, sentence_text

MIN_COUNT = 2  # a feature seen in fewer training sentences is noise at this size
L2 = 1.0
STEPS = 300
RATE = 0.5


@lru_cache(maxsize=20000)
def features(text: str) -> tuple[str, ...]:
    """Lowercased lemmas of the words, and their bigrams."""
    from nlp.pipeline import get_pipeline

    lemmas = [t.lemma_.lower() for t in get_pipeline()(sentence_text(text)) if t.is_alpha]
    return tuple(dict.fromkeys(lemmas + [f"{a}_{b}" for a, b in zip(lemmas, lemmas[1:])]))


@dataclass
class Rows:
    """Binary feature rows, sparse: the active feature indexes of every row, the bias included."""
    indexes: np.ndarray  # concatenated feature indexes
    rows: np.ndarray  # the row of each index
    count: int

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.indexes], minlength=self.count)

    def transposed_dot(self, r: np.ndarray, width: int) -> np.ndarray:
        return np.bincount(self.indexes, weights=r[self.rows], minlength=width)


@dataclass
class LemmaLogistic:
    vocabulary: dict[str, int]
    weights: np.ndarray  # labels x (features + 1), the last column the bias

    def matrix(self, texts: Sequence[str]) -> Rows:
        bias = len(self.vocabulary)
        indexes: list[int] = []
        rows: list[int] = []
        for row, text in enumerate(texts):
            active = [self.vocabulary[f] for f in features(text) if f in self.vocabulary] + [bias]
            indexes += active
            rows += [row] * len(active)
        return Rows(np.array(indexes, dtype=np.int64), np.array(rows, dtype=np.int64), len(texts))

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        x = self.matrix(texts)
        probabilities = np.array([1.0 / (1.0 + np.exp(-x.dot(w))) for w in self.weights]).T
        return [dict(zip(LABELS, map(float, row))) for row in probabilities]


def train(sentences: Sequence[LabelledSentence]) -> LemmaLogistic:
    counts = Counter(f for s in sentences for f in features(s.text))
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    width = len(vocabulary) + 1
    model = LemmaLogistic(vocabulary, np.zeros((len(LABELS), width)))
    x = model.matrix([s.text for s in sentences])
    n = len(sentences)
    for k, label in enumerate(LABELS):
        y = np.array([float(label in s.kinds or (label == EVENT and s.positive)) for s in sentences])
        positives = y.sum()
        if positives == 0:
            model.weights[k, -1] = -10.0
            continue
        # balanced: each class weighs half of the loss
        weight = np.where(y == 1.0, n / (2 * positives), n / (2 * (n - positives)))
        w = np.zeros(width)
        for _ in range(STEPS):
            p = 1.0 / (1.0 + np.exp(-x.dot(w)))
            gradient = x.transposed_dot(weight * (p - y), width) / n
            gradient[:-1] += L2 * w[:-1] / n
            w -= RATE * gradient
        model.weights[k] = w
    return model
