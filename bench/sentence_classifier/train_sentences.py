"""Train the lineage sentence classifier (`sentence_model`) from the gold the project ships.

    python -m bench.sentence_classifier.train_sentences --out FILE [--sets star policy seeds municipal]

Deterministic: a fixed seed for spaCy/thinc and for the order of examples. About 20 s on
one CPU core for all four sets; the weights file is under 2 MB. No weights are shipped: held
out, the classifier does not help the rules (docs/lineage_classifier.md).
"""
from __future__ import annotations

import argparse
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .sentence_data import GOLD_SETS, LabelledSentence, export
from .sentence_model import EVENT, LABELS, PIPE, blank_model, sentence_text

SEED = 7
EPOCHS = 12
BATCH = 16
DROPOUT = 0.2


def _cats(sentence: LabelledSentence) -> dict[str, float]:
    return {label: float(label in sentence.kinds or (label == EVENT and sentence.positive)) for label in LABELS}


def train(sentences: Sequence[LabelledSentence], *, seed: int = SEED, epochs: int = EPOCHS,
          config: dict[str, Any] | None = None) -> Any:
    """A classifier trained on `sentences` (same inputs and seed, same weights)."""
    import spacy
    from spacy.training import Example

    spacy.util.fix_random_seed(seed)
    model = blank_model(config)
    examples = [Example.from_dict(model.make_doc(sentence_text(s.text)), {"cats": _cats(s)}) for s in sentences]
    # the lemmas are features: run the pipes before the classifier on the reference docs' copies
    for example in examples:
        for _, component in model.pipeline[:-1]:
            component(example.predicted)
    optimizer = model.initialize(lambda: examples)
    order = random.Random(seed)
    with model.select_pipes(enable=[PIPE]):
        for _ in range(epochs):
            order.shuffle(examples)
            for i in range(0, len(examples), BATCH):
                model.update(examples[i:i + BATCH], sgd=optimizer, drop=DROPOUT)
    return model


def save(model: Any, path: Path) -> int:
    """Write the classifier's weights (one file); returns its size in bytes."""
    data = model.get_pipe(PIPE).to_bytes(exclude=["vocab"])
    path.write_bytes(data)
    return len(data)


def training_sentences(set_names: Sequence[str]) -> list[LabelledSentence]:
    return [s for _, sentences, _ in export(set_names) for s in sentences]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(GOLD_SETS), choices=list(GOLD_SETS))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    sentences = training_sentences(args.sets)
    model = train(sentences)
    size = save(model, args.out)
    print(f"{args.out}: {size} bytes from {len(sentences)} sentences "
          f"({sum(s.positive for s in sentences)} with an event) of {', '.join(args.sets)} "
          f"in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
