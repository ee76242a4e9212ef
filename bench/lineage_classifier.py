"""Held-out evaluation of the lineage sentence classifier against the rules (docs/lineage_classifier.md).

    PYTHONPATH=. python bench/lineage_classifier.py [--variant ensemble|bow|ensemble-25-epochs] [--out FILE.md] [--dump FILE.json]

Units are the sentences of `bench.sentence_classifier.sentence_data` (the project's splitter over the loaded
text); a sentence is gold-positive when a gold evidence marks it, rule-positive when the
evidence of an event the current extractor (`knowledge.pipeline.extract_path`) yields marks
it (the same overlap test). The classifier is only ever scored on documents it was not
trained on:
  - leave one set out: train on three of star/policy/seeds/municipal, score the fourth;
  - 2-fold by document within municipal and within policy: train on every other set and the
    other half of the set, score this half (halves: alternate documents in name order).
The rules were written on all four sets, so their figures here are dev figures, not held out
(on the last blind set they found 13 of 31 events).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.sentence_classifier.sentence_data import GOLD_SETS, LabelledSentence, export, locate, marked  # noqa: E402
from bench.sentence_classifier.sentence_model import EVENT, KIND_NAMES, sentence_scores  # noqa: E402
from bench.sentence_classifier.train_sentences import train  # noqa: E402

THRESHOLDS = (0.1, 0.2, 0.3, 0.5, 0.7)

#: The architectures tried, each scored the same way (`ensemble` is sentence_model.MODEL_CONFIG).
VARIANTS: dict[str, dict] = {
    "ensemble": {},  # sentence_model.MODEL_CONFIG, train_sentences.EPOCHS
    "bow": {"config": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
                       "no_output_layer": False, "length": 2 ** 15}},
    "ensemble-25-epochs": {"epochs": 25},
}


@dataclass
class Row:
    sentence: LabelledSentence
    rules: bool  # an extracted event's evidence marks it
    rule_kinds: tuple[str, ...]
    lexicon: bool = False  # a word of the event lexicon stands in it (the proposed fallback's gate)
    score: float = -1.0  # held-out classifier score of `event`
    kind: str = ""  # held-out classifier's likeliest kind
    fold: str = ""


def has_lexicon_word(text: str) -> bool:
    """A word whose lemma, or whose compound's head, is an event-lexicon lemma (nlp/data/event_lexicon.csv):
    the gate of the fallback the brief proposes ("indføre", "afskaffelsen", "refusionsomlægning")."""
    from nlp.lineage import lexicon
    from nlp.pipeline import get_pipeline

    lemmas = {e.lemma for e in lexicon.entries() if " " not in e.lemma}
    forms = {f for e in lexicon.entries() for f in e.forms}
    nouns = tuple(e.lemma for e in lexicon.entries() if e.pos == "noun")
    for token in get_pipeline()(text):
        lemma = token.lemma_.lower()
        if token.is_alpha and (lemma in lemmas or token.lower_ in forms
                               or any(lemma.endswith(n) and len(lemma) - len(n) >= 3 for n in nouns)):
            return True
    return False


def auc(rows: list[Row]) -> str:
    """ROC AUC of the held-out score (0.5 is chance): the probability that a sentence with an event
    scores above one without."""
    pos = [r.score for r in rows if r.sentence.positive]
    neg = [r.score for r in rows if not r.sentence.positive]
    if not pos or not neg:
        return "–"
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return f"{wins / (len(pos) * len(neg)):.2f}"


def rule_rows() -> list[Row]:
    from knowledge.pipeline import extract_path
    from extract.records import LineageEvent

    rows: list[Row] = []
    for doc, sentences, _ in export():
        extraction = extract_path(doc.text_path)
        text = extraction.document.text
        spans = [(s.start, s.end) for s in sentences]
        kinds: list[set[str]] = [set() for _ in spans]
        for record in extraction.records:
            if not isinstance(record, LineageEvent):
                continue
            found = locate(text, record.evidence)
            if found is None and record.span is not None:
                found = (record.span.start, record.span.end)
            for i in marked(spans, found) if found else ():
                kinds[i].add(record.event)
        rows.extend(Row(s, bool(k), tuple(sorted(k)), lexicon=not k and has_lexicon_word(s.text))
                    for s, k in zip(sentences, kinds))
    return rows


def folds(rows: list[Row]) -> list[tuple[str, str, set[str]]]:
    """(fold name, set scored, documents scored)."""
    out = []
    for name in GOLD_SETS:
        out.append((f"leave out {name}", name, {r.sentence.document for r in rows if r.sentence.set_name == name}))
    for name in ("municipal", "policy"):
        docs = sorted({r.sentence.document for r in rows if r.sentence.set_name == name})
        for half in (0, 1):
            out.append((f"{name} half {half + 1}", name, set(docs[half::2])))
    return out


def run_fold(rows: list[Row], test_docs: set[str], variant: str = "ensemble") -> tuple[list[Row], float]:
    began = time.perf_counter()
    model = train([r.sentence for r in rows if r.sentence.document not in test_docs], **VARIANTS[variant])
    seconds = time.perf_counter() - began
    test = [r for r in rows if r.sentence.document in test_docs]
    for row, scores in zip(test, sentence_scores([r.sentence.text for r in test], model)):
        row.score = scores[EVENT]
        row.kind = max(KIND_NAMES, key=lambda k: scores[k])
    return test, seconds


def prf(rows: list[Row], predict) -> tuple[int, int, int, float, float]:
    tp = sum(1 for r in rows if predict(r) and r.sentence.positive)
    fp = sum(1 for r in rows if predict(r) and not r.sentence.positive)
    fn = sum(1 for r in rows if not predict(r) and r.sentence.positive)
    return tp, fp, fn, tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0


def table(rows: list[Row]) -> list[str]:
    lines = ["| predictor | TP | FP | FN | precision | recall | rule misses caught | false alarms added |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    missed = [r for r in rows if r.sentence.positive and not r.rules]

    def line(name: str, predict, extra: bool) -> None:
        tp, fp, fn, p, r = prf(rows, predict)
        caught = added = ""
        if extra:
            caught = f"{sum(1 for x in missed if predict(x))}/{len(missed)}"
            added = str(sum(1 for x in rows if predict(x) and not x.rules and not x.sentence.positive))
        lines.append(f"| {name} | {tp} | {fp} | {fn} | {p:.2f} | {r:.2f} | {caught} | {added} |")

    line("rules", lambda r: r.rules, False)
    for t in THRESHOLDS:
        line(f"classifier ≥ {t}", lambda r, t=t: r.score >= t, False)
    for t in THRESHOLDS:
        line(f"rules ∪ classifier ≥ {t}", lambda r, t=t: r.rules or r.score >= t, True)
    for t in THRESHOLDS:
        line(f"rules ∪ (classifier ≥ {t} ∧ lexicon word)", lambda r, t=t: r.rules or (r.score >= t and r.lexicon), True)
    lines += ["", f"ROC AUC of the classifier's score: {auc(rows)} over all these sentences, "
              f"{auc([r for r in rows if not r.rules])} over those the rules did not mark, "
              f"{auc([r for r in rows if not r.rules and r.lexicon])} over those with a lexicon word the rules did not mark "
              f"({sum(1 for r in missed if r.lexicon)} of the {len(missed)} rule misses have one)."]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="default: docs/lineage_classifier_figures_VARIANT.md")
    parser.add_argument("--variant", choices=list(VARIANTS), default="ensemble")
    parser.add_argument("--dump", type=Path, help="per-sentence held-out scores as JSON, for reading the errors")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "docs" / f"lineage_classifier_figures_{args.variant}.md"
    rows = rule_rows()
    report = [f"# Lineage sentence classifier: held-out figures, variant `{args.variant}`", "",
              f"Made by `PYTHONPATH=. python bench/lineage_classifier.py --variant {args.variant}`;"
              " read docs/lineage_classifier.md.", ""]
    dump = []
    timings = []
    for name, set_name, docs in folds(rows):
        test, seconds = run_fold(rows, docs, args.variant)
        timings.append(seconds)
        positives = sum(r.sentence.positive for r in test)
        report += [f"## {name}: {len(docs)} documents of {set_name}, {len(test)} sentences, {positives} with a gold event",
                   "", *table(test), ""]
        dump += [{"fold": name, "set": r.sentence.set_name, "document": r.sentence.document, "start": r.sentence.start,
                  "gold": list(r.sentence.kinds), "rules": list(r.rule_kinds), "score": round(r.score, 4),
                  "kind": r.kind, "text": r.sentence.text} for r in test]
        print(f"{name}: trained in {seconds:.1f} s", file=sys.stderr)
    report += [f"Training time per fold: {min(timings):.0f}–{max(timings):.0f} s on this machine (one of 2 shared cores).", ""]
    out.write_text("\n".join(report), encoding="utf-8")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
