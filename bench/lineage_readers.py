"""Which lineage reader made each event, and how often its events lie in a sentence the gold lists.

The lineage extractor is many readers (a genre's lists, a law's blocks, a party's voice, the deontic fallback,
the lexicon's clause cues ...; nlp/lineage/events.py runs them). A reader fitted to the sentences of the dev texts
is precise on the texts it was fitted on and not on others; its precision on a held-out half, beside the half it
was built from, shows that. This diagnostic runs the extractor with every function of `nlp.lineage` wrapped, names
each event by the innermost function that first returned it (a Draft with its evidence start, not given to it as an
argument; so a step that retypes an event, as a genre's present tense does, leaves it to its reader), and prints,
per reader, the events it gave and how many of them lie in a gold event's sentence (bench/lineage_alignment's
`same_sentence`). Counts only, so it can be run on a held-out set without reading it.

    python -m bench.lineage_readers GOLD_DIR [GOLD_DIR ...] [--texts CORPUS_DIR] [--ids IDS_FILE] [--min 3]

Texts are `<corpus>/<set>/<id>.txt` (the gold dir's name is the set unless `--texts` names the folder); `--ids`
keeps only the ids listed (one a line), so a half of a set can be measured.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import pkgutil
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import json  # noqa: E402

from bench.lineage_alignment import same_sentence, score  # noqa: E402
from extract.records import LineageEvent  # noqa: E402
from knowledge.pipeline import extract_path  # noqa: E402
from nlp.lineage.draft import Draft  # noqa: E402

_made_by: dict[int, str] = {}  # evidence start -> the reader that first returned an event there
_cues_seen: list[str] = []  # the clause cues first_cue returned inside the current call (clause_events' readers)
_calls: list[str] = []  # the wrapped functions running, outermost first
_SHARED = frozenset({"demanded_objects.acted_on"})  # readers several others call: named with their caller
_quote_cues = [True]  # name a phrase cue with the words it matched (not on a blind set: they are its text)


def _drafts(value: Any) -> Iterator[Draft]:
    if isinstance(value, Draft):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, Draft):
                yield item


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if name == "clauses.clause_events":
            _cues_seen.clear()
        caller = _calls[-1] if _calls else ""
        _calls.append(name)
        try:
            out = fn(*args, **kwargs)
        finally:
            _calls.pop()
        if name == "clause_cues.first_cue" and out is not None:
            _cues_seen.append(_cue_name(*out))
            return out
        if name == "clauses.clause_events" and _cues_seen:
            claim = f"{name} [{' + '.join(sorted(set(_cues_seen)))}]"
        elif name in _SHARED and caller:
            claim = f"{name} (from {caller})"
        else:
            claim = name
        given = {d.start for value in (*args, *kwargs.values()) for d in _drafts(value)}
        for draft in _drafts(out):
            if draft.start not in given:  # a step that passes a reader's event on (retyped or not) does not claim it
                _made_by.setdefault(draft.start, claim)
        return out
    return wrapped


def _cue_name(cue: Any, match: Any) -> str:
    """A lexicon hit by its lemma and form, a phrase cue by its place in nlp/lineage/cues.py's CUES and the words it
    matched (a cue is an alternation of phrases)."""
    from nlp.lineage.cues import CUES
    hit = getattr(match, "_hit", None)
    if hit is not None:
        return f"lex {hit.entry.lemma}/{hit.form}"
    place = next((i for i, c in enumerate(CUES) if c is cue), None)
    said = f" '{' '.join(match.group(0).lower().split())[:24]}'" if _quote_cues[0] else ""  # "foreslår", "udvikles"
    return f"cue {place} {cue.kind}{said}" if place is not None else f"cue {cue.kind}{said}"


@contextmanager
def instrumented(quote_cues: bool = True) -> Iterator[None]:
    """Every function defined in nlp.lineage wrapped, in every module that holds a name for it, for the block; the
    originals are put back after it (a test process goes on with the extractor as it is). `quote_cues=False` names a
    phrase cue by its place alone, for a set whose text is not to be read."""
    _quote_cues[0] = quote_cues
    import nlp.lineage as package
    modules: list[ModuleType] = [package]
    for info in pkgutil.iter_modules(package.__path__):
        modules.append(importlib.import_module(f"nlp.lineage.{info.name}"))
    wrappers: dict[int, Callable[..., Any]] = {}
    originals: list[tuple[ModuleType, str, Any]] = []
    for module in modules:
        for attr, value in list(vars(module).items()):
            if not callable(value) or isinstance(value, type) or not hasattr(value, "__code__") \
                    or not getattr(value, "__module__", "").startswith("nlp.lineage"):
                continue
            key = id(value)
            if key not in wrappers:
                wrappers[key] = _wrap(f"{value.__module__.rsplit('.', 1)[-1]}.{value.__name__}", value)
            originals.append((module, attr, value))
            setattr(module, attr, wrappers[key])
    try:
        yield
    finally:
        _quote_cues[0] = True
        for module, attr, value in originals:
            setattr(module, attr, value)


def events_by_reader(path: Path) -> list[tuple[dict[str, Any], str]]:
    """The file's lineage events (kind, subject, evidence) with the reader that made each; inside `instrumented()`."""
    _made_by.clear()
    extraction = extract_path(path)
    out = []
    for record in extraction.records:
        if isinstance(record, LineageEvent):
            span = record.provenance.get("evidence")
            reader = _made_by.get(span.start) if span else None
            out.append(({"event": record.event, "evidence": record.evidence, "subject": record.subject}, reader or "?"))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--texts", type=Path, help="the folder of the texts (default corpus/<gold dir name>)")
    parser.add_argument("--ids", type=Path, help="only these ids (one a line)")
    parser.add_argument("--min", type=int, default=1, help="print readers with at least this many events")
    parser.add_argument("--list", action="store_true", help="print each event in no gold sentence with its reader (dev sets only)")
    args = parser.parse_args(argv)
    keep = set(args.ids.read_text().split()) if args.ids else None
    with instrumented():
        tally = tally_dirs(args.gold, args.texts, keep, args.list)
    print(tally.table(args.min))
    return 0


@dataclass
class Tally:
    given: Counter[str] = field(default_factory=Counter)  # events by reader
    right: Counter[str] = field(default_factory=Counter)  # of those, in a gold event's sentence
    found_by: dict[str, set[tuple[str, int]]] = field(default_factory=lambda: defaultdict(set))  # gold events found
    # of those in a gold sentence, the events whose kind a gold event of that sentence has, and of those, with a
    # subject the scorer accepts (its token F1 at least LOOSE_OK): where a reader finds the sentence but not the event
    same_kind: Counter[str] = field(default_factory=Counter)
    subject_ok: Counter[str] = field(default_factory=Counter)
    gold: int = 0

    def add(self, document: str, gold: Sequence[dict[str, Any]], events: Sequence[tuple[dict[str, Any], str]],
            show: bool = False) -> None:
        self.gold += len(gold)
        for event, reader in events:
            self.given[reader] += 1
            hits = [i for i, g in enumerate(gold) if same_sentence(g, event)]
            if hits:
                self.right[reader] += 1
                self.found_by[reader].update((document, i) for i in hits)
                kinds = [gold[i] for i in hits if gold[i].get("event") == event.get("event")]
                self.same_kind[reader] += bool(kinds)
                self.subject_ok[reader] += any(
                    g.get("subject") and event.get("subject")
                    and score.token_f1(g["subject"], event["subject"]) >= score.LOOSE_OK for g in kinds)
            elif show:
                print(f"[{document}] {reader} | {event['event']} | {event['subject']} | {event['evidence'][:160]}")

    def table(self, least: int = 1) -> str:
        rows = [f"{'reader':48} {'events':>6} {'in gold':>7} {'precision':>9} {'same kind':>9} {'subject ok':>10} "
                f"{'gold found':>10}"]
        for reader, n in self.given.most_common():
            if n >= least:
                rows.append(f"{reader:48} {n:6d} {self.right[reader]:7d} {self.right[reader] / n:9.2f} "
                            f"{self.same_kind[reader]:9d} {self.subject_ok[reader]:10d} {len(self.found_by[reader]):10d}")
        total, right = sum(self.given.values()), sum(self.right.values())
        kind, subject = sum(self.same_kind.values()), sum(self.subject_ok.values())
        found = len(set().union(*self.found_by.values())) if self.found_by else 0
        rows.append(f"{'all':48} {total:6d} {right:7d} {right / max(total, 1):9.2f} {kind:9d} {subject:10d} "
                    f"{found:10d} of {self.gold}")
        return "\n".join(rows)


def tally_dirs(gold_dirs: Sequence[Path], texts: Path | None = None, keep: set[str] | None = None,
               show: bool = False) -> Tally:
    """Every `<id>.gold.json` of the gold dirs (those in `keep`, if given) against its text's events by reader."""
    tally = Tally()
    for gold_dir in gold_dirs:
        folder = texts or ROOT / "corpus" / gold_dir.name
        for gold_path in sorted(gold_dir.glob("*.gold.json")):
            document = gold_path.name[:-len(".gold.json")]
            if keep is not None and document not in keep:
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8")).get("lineage_events") or []
            tally.add(document, gold, events_by_reader(folder / f"{document}.txt"), show)
    return tally


if __name__ == "__main__":
    raise SystemExit(main())
