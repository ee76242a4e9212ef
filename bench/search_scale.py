"""Search at scale: build N realistic documents from the corpus, index them through
`Store.add`, and time Danish search against a naive linear scan in the same run.

Documents are made by recombining and perturbing the corpus texts: Folketing answer
letters (udvalg header, samling, question number, asker "Name (PARTY)", the question, a
body of corpus sentences) and STAR/ministry news pieces, with names, numbers and dates
changed and a few topic words from the corpus put into each question, so every letter
can be found as a known item. Queries are typed the way the known-item tests type them:
topic words in other forms, without æøå, with a typo, person + topic, references.

Reported: index build time (docs/s), database size, search latency p50/p95 over the
queries (the full `knowledge.search.search`: ranking, facets, snippets), the naive scan's
latency over the same queries on the same texts held in memory, their ratio, and
MRR@10 / success@3 of the known items at that scale. Targets at 100k: p95 <= 30 ms and
>= 10x the scan.

Usage: .venv/bin/python bench/search_scale.py --docs 10000 100000 [--queries 200]
       [--scan-queries 200] [--workdir /tmp/sporbar-bench] [--reuse] [--json]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.document import Document, content_id  # noqa: E402
from extract.folketing import udvalg_table  # noqa: E402
from extract.records import Answer, DocumentInfo, Person  # noqa: E402
from knowledge.danish_analysis import lexicon, skeleton  # noqa: E402
from knowledge.pipeline import Extraction  # noqa: E402
from knowledge.search import search  # noqa: E402
from knowledge.search_vocabulary import vocabulary  # noqa: E402
from knowledge.store import Store  # noqa: E402

PARTIES = ("S", "V", "DF", "SF", "EL", "KF", "LA", "RV", "ALT", "M", "DD")
MONTHS = ("januar februar marts april maj juni juli august september oktober november december").split()
_ASKER = re.compile(r"(?:efter ønske fra|stillet af)\s+([A-ZÆØÅ][a-zæøåé]+)(?:\s[A-ZÆØÅ][\w-]+)*\s([A-ZÆØÅ][\w-]+)\s\(")
_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-ZÆØÅ])")


@dataclass
class Pools:
    sentences: list[str]
    questions: list[str]
    topic_words: list[str]
    first_names: list[str]
    last_names: list[str]


def corpus_pools() -> Pools:
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for folder in ("ft_qa", "seeds", "star") for p in sorted((ROOT / "corpus" / folder).glob("*.txt"))]
    sentences, questions, words = [], [], set()
    firsts, lasts = {"Anne", "Lars", "Mette", "Søren", "Karen", "Jens"}, {"Nielsen", "Hansen", "Jørgensen", "Møller"}
    for text in texts:
        flat = " ".join(text.split())
        for s in _SENTENCE.split(flat):
            if 40 <= len(s) <= 320 and len(s.split()) >= 6 and "@" not in s:
                (questions if s.startswith(("Vil ministeren", "Kan ministeren", "Ministeren bedes")) else sentences).append(s)
        words.update(re.findall(r"(?<![\w-])[a-zæøå]{11,}(?![\w-])", flat))
        for m in _ASKER.finditer(flat):
            firsts.add(m.group(1))
            lasts.add(m.group(2))
    # Topic words are what makes a letter findable: none that the question templates hold.
    templated = {w for q in questions for w in re.findall(r"\w+", q.lower())}
    return Pools(sentences, questions or sentences[:20], sorted(words - templated), sorted(firsts), sorted(lasts))


def _perturb_numbers(sentence: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), sentence)


def _date(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.randint(2004, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return f"{year}-{month:02d}-{day:02d}", f"{day}. {MONTHS[month - 1]} {year}"


@dataclass
class Synthetic:
    extraction: Extraction
    text: str
    topic: list[str]
    asker: str | None
    reference: str | None


def _document(text: str, source: str) -> Document:
    return Document.from_text(text, id=content_id(text.encode("utf-8")), source=source)


def make_letter(i: int, pools: Pools, rng: random.Random) -> Synthetic:
    abbrev, name = rng.choice(udvalg_table())
    year = rng.randint(2004, 2024)
    samling, number = f"{year}-{(year + 1) % 100:02d}", rng.randint(1, 1500)
    asker = f"{rng.choice(pools.first_names)} {rng.choice(pools.last_names)}"
    party = rng.choice(PARTIES)
    topic = rng.sample(pools.topic_words, 3)
    iso, printed = _date(rng)
    question = (f"{_perturb_numbers(rng.choice(pools.questions), rng).rstrip('?.')} med hensyn til "
                f"{topic[0]}, {topic[1]} og {topic[2]}?")
    body = " ".join(_perturb_numbers(s, rng) for s in rng.sample(pools.sentences, rng.randint(8, 16)))
    text = (f"{name} {samling}\n{abbrev} Alm.del\nOffentligt\n{name} har i brev af {printed} stillet følgende "
            f"spørgsmål nr. {number} (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra "
            f"{asker} ({party}).\nSpørgsmål nr. {number}:\n\"{question}\"\nSvar:\n{body}\nMed venlig hilsen\n")
    doc = _document(text, f"synthetic/letter-{i:06d}.txt")
    answer = Answer(document_id=doc.id, udvalg_name=name, udvalg_abbrev=abbrev, samling=samling,
                    case_kind="alm. del", question_number=number, asked_by=(Person(name=asker, party=party),),
                    question_text=question, answer_text=body, answer_date=iso, ministry="Beskæftigelsesministeriet")
    return Synthetic(Extraction(doc, "answer", (answer,)), text, topic, asker, f"{abbrev} alm. del {number}")


def make_news(i: int, pools: Pools, rng: random.Random) -> Synthetic:
    topic = rng.sample(pools.topic_words, 3)
    iso, printed = _date(rng)
    title = f"Ny måling af {topic[0]} og {topic[1]} for {topic[2]}"
    body = " ".join(_perturb_numbers(s, rng) for s in rng.sample(pools.sentences, rng.randint(6, 14)))
    text = f"{printed}\n{title}\n{body}\n"
    doc = _document(text, f"synthetic/news-{i:06d}.txt")
    info = DocumentInfo(document_id=doc.id, doc_type="news", title=title, date=iso,
                        issuer="Styrelsen for Arbejdsmarked og Rekruttering")
    return Synthetic(Extraction(doc, "policy", (info,)), text, topic, None, None)


def generate(n: int, seed: int = 7) -> list[Synthetic]:
    pools, rng = corpus_pools(), random.Random(seed)
    return [make_letter(i, pools, rng) if rng.random() < 0.75 else make_news(i, pools, rng) for i in range(n)]


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randint(2, len(word) - 3)
    return word[:i] + word[i + 1:] if rng.random() < 0.5 else word[:i] + word[i + 1] + word[i] + word[i + 2:]


def make_query(doc: Synthetic, rng: random.Random) -> str:
    """One known-item query for `doc`, in one of the ways users type: three or four words
    like the issue's examples ("førtidspension område måltal", "Christian Juhl ubesatte
    job"), without æøå, with a typo, person + topic, or a reference."""
    a, b, c = rng.sample(doc.topic, 3)
    style = rng.choice(["plain", "fold", "typo", "person", "reference"])
    if style == "fold":
        return f"{skeleton(a)} {skeleton(b)} {skeleton(c)}"  # typed without æøå
    if style == "typo":
        return f"{_typo(a, rng)} {b} {c}"
    if style == "person" and doc.asker:
        return f"{doc.asker} {a} {b}"
    if style == "reference" and doc.reference:
        return doc.reference
    return f"{a} {b} {c}"


def naive_scan(texts: list[str], query: str, limit: int = 10) -> list[int]:
    """The baseline: every document's lower-cased text, every query word as a substring."""
    words = query.lower().split()
    scored = []
    for i, text in enumerate(texts):
        count = sum(text.count(w) for w in words)
        if count:
            scored.append((-(all(w in text for w in words)), -count, i))
    scored.sort()
    return [i for _, _, i in scored[:limit]]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def build_store(db: Path, docs: list[Synthetic], *, reuse: bool) -> tuple[Store, float | None, float]:
    """The store of `docs`, built through `Store.add` (or reused from an earlier run)."""
    if reuse and db.exists():
        store = Store(db)
        if store.db.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0] == len(docs):
            return store, None, 0.0
        store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = Store(db)
    started = time.perf_counter()
    lexicon()  # loaded once per process, on the first compound; not part of the per-document rate
    lexicon_s = time.perf_counter() - started
    started = time.perf_counter()
    for d in docs:
        store.add(d.extraction)
    return store, time.perf_counter() - started, lexicon_s


def _search_index_bytes(store: Store) -> int | None:
    """Bytes of the search tables alone (the rest is the store's documents and records)."""
    try:
        row = store.db.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search%' "
                               "OR name LIKE 'sqlite_autoindex_search%'").fetchone()
    except Exception:  # noqa: BLE001 - SQLite built without dbstat
        return None
    return int(row[0] or 0)


def run(n: int, workdir: Path, n_queries: int, n_scan: int, *, reuse: bool = False) -> dict[str, object]:
    docs = generate(n)
    db = workdir / f"search-{n}.db"
    store, build, lexicon_s = build_store(db, docs, reuse=reuse)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size
    index_size = _search_index_bytes(store)
    started = time.perf_counter()
    vocabulary(store)  # the vocabulary snapshot, taken once after an ingest
    search(store, "førtidspension")  # a first search fills the per-process caches
    search(store, "fleksjpb")  # ... and a typo loads the whole vocabulary
    warm = time.perf_counter() - started
    rng = random.Random(11)
    targets = rng.sample(range(n), n_queries)
    queries = [make_query(docs[t], rng) for t in targets]
    latencies, cpu, ranks = [], [], []
    for target, q in zip(targets, queries):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = search(store, q, limit=10)
        latencies.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        ids = [h["document_id"] for h in result.hits]
        want = docs[target].extraction.document.id
        ranks.append(ids.index(want) + 1 if want in ids else None)
    texts = [d.text.lower() for d in docs]
    scan, scan_cpu = [], []
    for q in queries[:n_scan]:
        started, started_cpu = time.perf_counter(), time.process_time()
        naive_scan(texts, q)
        scan.append((time.perf_counter() - started) * 1000)
        scan_cpu.append((time.process_time() - started_cpu) * 1000)
    store.close()
    p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
    scan_p50 = percentile(scan, 0.5)
    return {"docs": n, "build_s": round(build, 1) if build else "reused",
            "docs_per_s": round(n / build) if build else "reused", "db_mb": round(size / 2**20, 1),
            "search_index_mb": round(index_size / 2**20, 1) if index_size else None,
            "lexicon_load_s": round(lexicon_s, 1),
            "warm_up_s": round(warm, 2), "queries": n_queries, "p50_ms": round(p50, 1),
            "p95_ms": round(p95, 1), "mean_ms": round(statistics.mean(latencies), 1),
            "scan_queries": n_scan, "scan_p50_ms": round(scan_p50, 1), "scan_p95_ms": round(percentile(scan, 0.95), 1),
            "speedup_p50": round(scan_p50 / p50, 1),
            "cpu_p50_ms": round(percentile(cpu, 0.5), 1), "cpu_p95_ms": round(percentile(cpu, 0.95), 1),
            "scan_cpu_p50_ms": round(percentile(scan_cpu, 0.5), 1),
            "speedup_cpu_p50": round(percentile(scan_cpu, 0.5) / percentile(cpu, 0.5), 1),
            "mrr_at_10": round(sum(1 / r for r in ranks if r) / len(ranks), 3),
            "success_at_3": round(sum(1 for r in ranks if r and r <= 3) / len(ranks), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--scan-queries", type=int, default=200)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/sporbar-bench"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="Reuse a store built by an earlier run.")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = []
    for n in args.docs:
        result = run(n, args.workdir, min(args.queries, n), min(args.scan_queries, args.queries, n),
                     reuse=args.reuse)
        results.append(result)
        print(json.dumps(result) if args.json else "  ".join(f"{k}={v}" for k, v in result.items()), flush=True)


if __name__ == "__main__":
    main()
