"""Leave-one-group-out, end to end: does the sentence classifier raise held-out lineage F1 as a
precision filter or as a recall aid? (docs/lineage_classifier_groups.md)

    PYTHONPATH=. python bench/lineage_classifier_groups.py [--variant ensemble|bow|logistic] [--scheme group|halves] [--out FILE.md] [--dump FILE.json]

Groups of documents (every gold file the project ships, `bench.sentence_classifier.sentence_data`):
star, policy, seeds, and municipal split by genre: party programmes (the gold `issuer` is a party
of danish/data's party table) and the rest (minutes, case papers, notes, standards, news). For each
group the classifier is trained on every other group's documents and scores this group's
sentences; then the extractor's own flat records of the group's documents are changed and scored
with the project's scorer (tests/fixtures/score.py --only lineage) against the group's gold:

  - filter ≥ t: drop a rule event whose evidence sentence(s) all score below t;
  - oracle filter / oracle recall: the same with the gold sentence labels in place of the
    classifier (a perfect classifier): the ceiling of each use;
  - recall ≥ t: add one event per sentence the rules did not mark that scores at least t
    (kind: the classifier's likeliest kind; subject: the event-lexicon cue's noun phrase by
    nlp.phrases.after_cue/before_cue, else the phrase after the first verb; year: the first
    year written in it), ungated, and gated by an event-lexicon word (kind from the word).

With --scheme halves each group is instead scored in two halves (alternate documents in name
order), each by a model trained on every other document, the group's other half included.

The rules were written on all these documents, so their figures are dev figures; only the
classifier is held out. Nothing here is used by the extractor.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.lineage_classifier import VARIANTS  # noqa: E402
from bench.sentence_classifier import lemma_logistic  # noqa: E402
from bench.sentence_classifier.sentence_data import GOLD_SETS, GoldDocument, LabelledSentence, export, locate, marked  # noqa: E402
from bench.sentence_classifier.sentence_model import EVENT, KIND_NAMES, sentence_scores  # noqa: E402
from bench.sentence_classifier.train_sentences import train  # noqa: E402

SCORE = ROOT / "tests" / "fixtures" / "score.py"
FILTER_THRESHOLDS = (0.02, 0.05, 0.1, 0.2)
RECALL_THRESHOLDS = (0.3, 0.5, 0.7, 0.9)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass
class Document:
    gold: GoldDocument
    gold_path: Path
    group: str
    sentences: list[LabelledSentence]
    flat: dict[str, Any]  # the extractor's flat record (SCHEMA.md)
    event_sentences: list[list[int]]  # per flat lineage event: the sentences its evidence marks
    scores: list[dict[str, float]] = field(default_factory=list)  # held-out, per sentence


def group_of(doc: GoldDocument, gold: dict[str, Any]) -> str:
    """star/policy/seeds, or a municipal document's genre group: a party's programme or the rest."""
    if doc.set_name != "municipal":
        return doc.set_name
    from danish.reference import party_by_name

    return "municipal programmes" if (gold.get("issuer") or "") in party_by_name() else "municipal minutes/notes"


def documents() -> list[Document]:
    from knowledge.pipeline import extract_path

    out = []
    for doc, sentences, _ in export():
        gold_path = next(ROOT / folder / f"{doc.stem}.gold.json" for folder in GOLD_SETS[doc.set_name][1]
                         if (ROOT / folder / f"{doc.stem}.gold.json").exists())
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        extraction = extract_path(doc.text_path)
        flat = extraction.flat.model_dump(mode="json")
        text = extraction.document.text
        spans = [(s.start, s.end) for s in sentences]
        marks = []
        for event in flat.get("lineage_events") or []:
            found = locate(text, event.get("evidence") or "")
            marks.append(marked(spans, found) if found else [])
        out.append(Document(doc, gold_path, group_of(doc, gold), sentences, flat, marks))
    return out


def lexicon_cue(text: str) -> tuple[str, int, int, str] | None:
    """The first event-lexicon word of `text`: its kind, [start, end) and the word."""
    from nlp.lineage import lexicon
    from nlp.pipeline import get_pipeline

    kinds = {e.lemma: e.kind for e in lexicon.entries() if " " not in e.lemma}
    forms = {f: e.kind for e in lexicon.entries() for f in e.forms}
    nouns = {e.lemma: e.kind for e in lexicon.entries() if e.pos == "noun"}
    for token in get_pipeline()(text):
        if not token.is_alpha:
            continue
        lemma = token.lemma_.lower()
        kind = kinds.get(lemma) or forms.get(token.lower_) or next(
            (k for n, k in nouns.items() if lemma.endswith(n) and len(lemma) - len(n) >= 3), None)
        if kind:
            return kind, token.idx, token.idx + len(token.text), token.text
    return None


def fallback_subject(text: str, cue: tuple[str, int, int, str] | None) -> str:
    """The project's phrase pickers around the cue: the phrase before a passive or participle cue,
    else the phrase after it; without a cue, the phrase after the first verb form."""
    from nlp.phrases import after_cue, before_cue, passive_present, verb_form

    if cue is not None:
        _, start, end, word = cue
        passive = passive_present(word) or (verb_form(word) and word.lower().endswith("t"))
        first, second = (before_cue(text[:start]), after_cue(text[end:])) if passive else (after_cue(text[end:]), before_cue(text[:start]))
        return first or second or word
    for match in re.finditer(r"\w+", text):
        if verb_form(match.group(0)):
            return after_cue(text[match.end():]) or before_cue(text[:match.start()])
    return " ".join(text.split()[:6])


def fallback_event(text: str, scores: dict[str, float], gated: bool) -> dict[str, Any] | None:
    flat = " ".join(text.split())
    cue = lexicon_cue(flat)
    if gated and cue is None:
        return None
    kind = cue[0] if gated and cue else max(KIND_NAMES, key=lambda k: scores.get(k, 0.0))
    year = _YEAR.search(flat)
    return {"subject": fallback_subject(flat, cue), "event": kind, "year": int(year.group(0)) if year else None,
            "date": None, "actor": None, "replaced_by": None, "evidence": flat}


def predicted(doc: Document, mode: str, threshold: float) -> list[dict[str, Any]]:
    events = list(doc.flat.get("lineage_events") or [])
    if mode == "rules":
        return events
    if mode == "filter":
        return [e for e, marks in zip(events, doc.event_sentences)
                if not marks or max(doc.scores[i][EVENT] for i in marks) >= threshold]
    if mode == "oracle filter":  # a perfect sentence classifier: the filter's ceiling
        return [e for e, marks in zip(events, doc.event_sentences) if not marks or any(doc.sentences[i].positive for i in marks)]
    ruled = {i for marks in doc.event_sentences for i in marks}
    for i, sentence in enumerate(doc.sentences):
        if mode == "oracle recall":  # a perfect classifier, kinds too: the fallback's ceiling
            if i not in ruled and sentence.positive:
                events.append(fallback_event(sentence.text, {k: float(k in sentence.kinds) for k in KIND_NAMES}, gated=False))
            continue
        if i not in ruled and doc.scores[i][EVENT] >= threshold:
            event = fallback_event(sentence.text, doc.scores[i], gated=mode == "recall+lexicon")
            if event:
                events.append(event)
    return events


def score(gold_dir: Path, pred_dir: Path) -> float:
    out = subprocess.run([sys.executable, str(SCORE), str(gold_dir), str(pred_dir), "--only", "lineage"],
                         capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1].split()[-1])


def settings() -> list[tuple[str, float]]:
    return ([("rules", 0.0)] + [("filter", t) for t in FILTER_THRESHOLDS] + [("recall", t) for t in RECALL_THRESHOLDS]
            + [("recall+lexicon", t) for t in RECALL_THRESHOLDS] + [("oracle filter", 0.0), ("oracle recall", 0.0)])


def evaluate(group: list[Document], tmp: Path) -> dict[str, tuple[float, int]]:
    """Per setting: held-out lineage F1 and the number of events it dropped or added."""
    name = group[0].group.replace(" ", "_").replace("/", "_")
    gold_dir = tmp / name / "gold"
    gold_dir.mkdir(parents=True)
    for doc in group:
        (gold_dir / doc.gold_path.name).write_bytes(doc.gold_path.read_bytes())
    out = {}
    for mode, threshold in settings():
        pred_dir = tmp / name / f"{mode}_{threshold}"
        pred_dir.mkdir(parents=True)
        changed = 0
        for doc in group:
            events = predicted(doc, mode, threshold)
            changed += abs(len(events) - len(doc.flat.get("lineage_events") or []))
            (pred_dir / f"{doc.gold.stem}.json").write_text(json.dumps({**doc.flat, "lineage_events": events}, ensure_ascii=False),
                                                            encoding="utf-8")
        out[f"{mode} ≥ {threshold}" if mode in ("filter", "recall", "recall+lexicon") else mode] = (score(gold_dir, pred_dir), changed)
    return out


def trained_scorer(training: list[LabelledSentence], variant: str) -> Callable[[Sequence[str]], list[dict[str, float]]]:
    """Train the variant on `training`; the function scoring sentences with it."""
    if variant == "logistic":
        return lemma_logistic.train(training).scores
    model = train(training, **VARIANTS[variant])
    return lambda texts: sentence_scores(texts, model)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", choices=[*VARIANTS, "logistic"], default="ensemble",
                        help="a spaCy textcat of bench/lineage_classifier.py, or lemma_logistic")
    parser.add_argument("--scheme", choices=["group", "halves"], default="group",
                        help="group: leave the group out; halves: 2-fold by document within the group")
    parser.add_argument("--out", type=Path, help="markdown table (default: print)")
    parser.add_argument("--dump", type=Path, help="per-sentence held-out scores as JSON")
    args = parser.parse_args(argv)
    docs = documents()
    groups = list(dict.fromkeys(d.group for d in docs))
    results: dict[str, dict[str, tuple[float, int]]] = {}
    dump = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in groups:
            began = time.perf_counter()
            held = [d for d in docs if d.group == name]
            # "group": train on the other groups; "halves": score each half of the group (alternate
            # documents in name order) with a model trained on everything else, the other half included
            parts = [held] if args.scheme == "group" else [held[0::2], held[1::2]]
            for part in parts:
                stems = {d.gold.stem for d in part}
                score_sentences = trained_scorer([s for d in docs if d.gold.stem not in stems and (args.scheme == "halves" or d.group != name)
                                                  for s in d.sentences], args.variant)
                for doc in part:
                    doc.scores = score_sentences([s.text for s in doc.sentences])
            for doc in held:
                dump += [{"group": name, "document": doc.gold.stem, "start": s.start, "gold": list(s.kinds),
                          "rules": any(i in m for m in doc.event_sentences), "score": round(sc[EVENT], 4),
                          "kind": max(KIND_NAMES, key=lambda k: sc[k]), "text": s.text}
                         for i, (s, sc) in enumerate(zip(doc.sentences, doc.scores))]
            results[name] = evaluate(held, Path(tmp))
            print(f"{name}: {len(held)} documents, trained and scored in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    names = list(next(iter(results.values())))
    lines = ["| setting | " + " | ".join(f"{g} ({sum(d.group == g for d in docs)} docs)" for g in groups) + " | groups up / down |",
             "| --- | " + " | ".join("---:" for _ in groups) + " | --- |"]
    for setting in names:
        cells, up, down = [], 0, 0
        for g in groups:
            f1, changed = results[g][setting]
            base = results[g]["rules"][0]
            up += f1 > base + 1e-9
            down += f1 < base - 1e-9
            cells.append(f"{f1:.3f}" + (f" ({changed})" if setting != "rules" else ""))
        lines.append(f"| {setting} | " + " | ".join(cells) + (f" | {up} / {down} |" if setting != "rules" else " | |"))
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
