"""Which extracted values are neither cited nor given a basis, and which graph edges quote text
their span does not hold, over every file of corpus/.

For each record field with a value: whether `provenance` cites it (a `persons[k]` key counts for
`persons`) and whether `inferred` names its basis (a `person_roles[name]` key counts for `person_roles`).
For each edge of each document's graph (built
with the document's text and its NLP mentions, as `graph_from_store` builds it): whether a
non-empty quote stands in the text of the edge's span.

    PYTHONPATH=. python bench/uncited_values.py [--rows rows.jsonl]

About a minute and a half on the corpus (most of it the NLP pass).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.graph import build_graph  # noqa: E402
from knowledge.pipeline import extract_path, iter_files  # noqa: E402
from nlp.annotate import annotate  # noqa: E402

# Fields that are bookkeeping or kinds, not values read from the text.
SKIP = {"document_id", "span", "provenance", "inferred", "question_sent_date_inferred", "decision", "doc_type",
        "kind", "status", "entity", "score", "candidates", "event", "attributes"}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=Path, help="write one JSON line per field value here")
    args = parser.parse_args()
    fields: Counter[tuple[str, str, str]] = Counter()
    edges: Counter[tuple[str, str]] = Counter()
    rows = []
    for path in iter_files([ROOT / "corpus"]):
        ex = extract_path(path)
        for r in ex.records:
            for name, value in r:
                if name in SKIP or value in (None, (), {}, "", False):
                    continue
                cited = name in r.provenance or any(k.startswith(name + "[") for k in r.provenance)
                based = name in r.inferred or any(k.startswith(name + "[") for k in r.inferred)
                state = "cited" + (" + basis" if based else "") if cited else ("basis" if based else "neither")
                fields[(type(r).__name__, name, state)] += 1
                rows.append({"file": str(path.relative_to(ROOT)), "type": type(r).__name__, "field": name,
                             "value": str(value)[:80], "state": state})
        text = ex.document.text
        g = build_graph(ex.records, [annotate(ex.document, ex.records)], sources={ex.document.id: str(path)},
                        text_of=lambda _doc, text=text: text)
        for _, _, d in g.edges(data=True):
            quote, start, end = d.get("evidence_quote") or "", d.get("evidence_start", 0), d.get("evidence_end", 0)
            if not quote:
                edges[(d["kind"], "no quote, basis" if d.get("evidence_basis") else "no quote")] += 1
            elif d.get("evidence_document") == ex.document.id and end > start and _norm(quote) in _norm(text[start:end]):
                edges[(d["kind"], "quote in its span")] += 1
            else:
                edges[(d["kind"], "QUOTE NOT IN ITS SPAN")] += 1
    print("record field values: type, field, cited / basis / neither, count")
    for key, n in sorted(fields.items()):
        print(*key, n, sep="\t")
    print("\ngraph edges: kind, quote state, count")
    for key, n in sorted(edges.items()):
        print(*key, n, sep="\t")
    print(f"\nvalues neither cited nor with a basis: {sum(n for k, n in fields.items() if k[2] == 'neither')}; "
          f"edges quoting text not in their span: {sum(n for k, n in edges.items() if k[1].startswith('QUOTE'))}")
    if args.rows:
        args.rows.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
