"""Sentences labelled with lineage events, from the gold the project ships: the training and
evaluation data of the sentence classifier (`sentence_model`, docs/lineage_classifier.md).

A document's sentences are the project's own (`danish.sentences.sentence_spans` over the loaded
document's text, as the extractor reads them). A sentence is positive when a gold event's
`evidence` (a verbatim sentence or clause, whitespace aside) lies inside it or covers it
substantially; its kinds are the kinds of those events. Evidence that cannot be found in the
text is counted, never guessed at.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from danish.sentences import sentence_spans

ROOT = Path(__file__).resolve().parents[2]

#: The dev sets whose texts and lineage gold the project ships: texts folder, gold folders.
GOLD_SETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "star": ("corpus/star", ("tests/fixtures/gold/star",)),
    "policy": ("corpus/policy", ("tests/fixtures/gold/policy", "tests/fixtures/gold/policy_heldout")),
    "seeds": ("corpus/seeds", ("tests/fixtures/gold/seeds",)),
    "municipal": ("corpus/municipal", ("tests/fixtures/gold/municipal",)),
}

#: Share of the sentence, or of the evidence, that the overlap must cover: evidence that
#: spans two sentences ("... ændret til en etårig 225-timers-regel. Det har Folketinget
#: besluttet i dag.", p02) marks both; a clause marks the sentence it is part of.
OVERLAP = 0.5



@dataclass(frozen=True)
class LabelledSentence:
    set_name: str
    document: str  # the text's file stem
    start: int  # [start, end) in the loaded document's text
    end: int
    text: str
    kinds: tuple[str, ...]  # the gold event kinds whose evidence marks it; () for none

    @property
    def positive(self) -> bool:
        return bool(self.kinds)


@dataclass(frozen=True)
class GoldDocument:
    set_name: str
    stem: str
    text_path: Path
    events: tuple[dict, ...]  # the gold file's lineage_events


def _squeezed(text: str, drop: re.Pattern[str]) -> tuple[str, list[int]]:
    """The text without what `drop` matches (a whitespace run becomes one space unless dropped
    too), and each kept character's offset in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if drop.match(ch):
            continue
        if ch.isspace():
            if not out or out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        offsets.append(i)
    return "".join(out), offsets


_NOTHING = re.compile(r"(?!)")
# The loader joins a word a PDF line broke ("ressource-\nforløb" -> "ressourceforløb", seed 002) and gold
# keeps the break ("ressource- forløb"): as the scorer does, compare without spaces and hyphens.
_SPACE_OR_HYPHEN = re.compile(r"[\s\-\u00ad‐]")


def locate(text: str, evidence: str) -> tuple[int, int] | None:
    """[start, end) of `evidence` in `text`, whitespace-insensitive, else also ignoring
    hyphens; None when it is not there."""
    for drop in (_NOTHING, _SPACE_OR_HYPHEN):
        needle, _ = _squeezed(evidence.strip(), drop)
        if not needle.strip():
            return None
        flat, offsets = _squeezed(text, drop)
        at = flat.find(needle.strip())
        if at >= 0:
            return offsets[at], offsets[at + len(needle.strip()) - 1] + 1
    return None


def marked(spans: Sequence[tuple[int, int]], found: tuple[int, int]) -> list[int]:
    """Indexes of the sentences an evidence span marks: it lies inside them or covers at
    least `OVERLAP` of the sentence or of itself."""
    a, b = found
    out = []
    for i, (start, end) in enumerate(spans):
        common = min(b, end) - max(a, start)
        if common > 0 and (common >= OVERLAP * (end - start) or common >= OVERLAP * (b - a)):
            out.append(i)
    return out


def label_sentences(text: str, events: Iterable[dict], *, set_name: str = "", document: str = "",
                    spans: Sequence[tuple[int, int]] | None = None) -> tuple[list[LabelledSentence], int]:
    """Every sentence of `text` with the kinds of the gold events whose evidence marks it, and
    the number of events whose evidence is not in the text."""
    spans = list(sentence_spans(text) if spans is None else spans)
    kinds: list[list[str]] = [[] for _ in spans]
    missing = 0
    for event in events:
        found = locate(text, event.get("evidence") or "")
        if found is None:
            missing += 1
            continue
        for i in marked(spans, found):
            if event["event"] not in kinds[i]:
                kinds[i].append(event["event"])
    return [LabelledSentence(set_name, document, s, e, text[s:e], tuple(k)) for (s, e), k in zip(spans, kinds)], missing


def gold_documents(set_name: str, root: Path = ROOT) -> list[GoldDocument]:
    """The documents of a gold set that have both a text and a gold file, in name order."""
    texts, golds = GOLD_SETS[set_name]
    out = []
    for folder in golds:
        for gold in sorted((root / folder).glob("*.gold.json")):
            stem = gold.name[: -len(".gold.json")]
            text_path = root / texts / f"{stem}.txt"
            if not text_path.exists():
                raise FileNotFoundError(f"{gold}: no text {text_path} for this gold file")
            events = json.loads(gold.read_text(encoding="utf-8")).get("lineage_events") or []
            out.append(GoldDocument(set_name, stem, text_path, tuple(events)))
    return sorted(out, key=lambda d: d.stem)


def document_text(path: Path) -> str:
    """The text the extractor reads (the project's loader, which normalises the file)."""
    from extract.load import load

    return load(path).text


def export(set_names: Iterable[str] = tuple(GOLD_SETS), root: Path = ROOT) -> Iterator[tuple[GoldDocument, list[LabelledSentence], int]]:
    """Per gold document: its labelled sentences and its count of evidence not found."""
    for name in set_names:
        for doc in gold_documents(name, root):
            sentences, missing = label_sentences(document_text(doc.text_path), doc.events,
                                                 set_name=name, document=doc.stem)
            yield doc, sentences, missing


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bench.sentence_classifier.sentence_data [SET ...]`: counts per set (sentences, positive, events, not found)."""
    import sys

    names = list(argv if argv is not None else sys.argv[1:]) or list(GOLD_SETS)
    print("set\tdocuments\tsentences\tpositive\tevents\tevidence not found")
    for name in names:
        docs = sentences = positive = events = missing = 0
        for doc, labelled, lost in export([name]):
            docs += 1
            sentences += len(labelled)
            positive += sum(s.positive for s in labelled)
            events += len(doc.events)
            missing += lost
        print(f"{name}\t{docs}\t{sentences}\t{positive}\t{events}\t{missing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
