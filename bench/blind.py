"""Blind sets kept in the repository, sealed, and measured by counts only.

A blind set is a handful of texts labelled by an annotator who saw neither the extractor's output nor its code
(tests/fixtures/gold/municipal/README.md tells how each earlier set was made). It measures the extractor on text it
has never seen only while nobody fits a rule to it. Kept on a session's scratch disk, such sets were lost with the
machine (sessions 8, 10, 13, 16); kept in the repository as plain files, any search of the repository meets their
sentences and labels. So a set is kept here as one encrypted archive (`bench/blind/<name>.tar.gz.enc`, AES-256 by
the `openssl` command line). The key is not a secret (it is `KEY` below): the seal only keeps a grep, an editor's
search or a helper's reading from meeting the labels by accident. `measure` opens the archive in a temporary folder,
extracts every text, scores it with the shared scorer and prints the figures and the lineage counts by sentence,
never a sentence or a label, and removes the folder.

    python -m bench.blind seal DIR NAME      # DIR/*.txt with <id>.gold.json beside them -> bench/blind/NAME.tar.gz.enc
    python -m bench.blind measure NAME       # the figures, counts only
    python -m bench.blind readers NAME       # lineage events by reader and how many lie in a gold sentence (counts)
    python -m bench.blind open NAME DIR      # unpack, to read the failures once the set is spent and joins the dev set
"""
from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "bench" / "blind"
KEY = "sporbar-blind"  # not a secret: the seal keeps searches from meeting the labels, nothing more
_OPENSSL = ["openssl", "enc", "-aes-256-cbc", "-pbkdf2", "-iter", "100000", "-pass", f"pass:{KEY}"]

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))


def archive(name: str, store: Path = BLIND) -> Path:
    return store / f"{name}.tar.gz.enc"


def seal(folder: Path, name: str, store: Path = BLIND) -> Path:
    """The folder's texts, golds, metas and READMEs as one encrypted archive; refuses a folder with no gold."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in (".txt", ".json", ".md"))
    if not any(p.name.endswith(".gold.json") for p in files):
        raise SystemExit(f"{folder}: no <id>.gold.json to seal")
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for path in files:
            info = tar.gettarinfo(str(path), arcname=path.name)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = 0  # the same set seals to the same archive contents
            with path.open("rb") as handle:
                tar.addfile(info, handle)
    sealed = subprocess.run([*_OPENSSL, "-salt"], input=buffer.getvalue(), capture_output=True, check=True).stdout
    target = archive(name, store)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(sealed)
    return target


def unseal(name: str, into: Path, store: Path = BLIND) -> list[Path]:
    """The archive's files written into `into` (plain names only: no path leaves the folder)."""
    data = subprocess.run([*_OPENSSL, "-d"], input=archive(name, store).read_bytes(), capture_output=True, check=True).stdout
    out = []
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile() or Path(member.name).name != member.name:
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            target = into / member.name
            target.write_bytes(handle.read())
            out.append(target)
    return out


def measure(name: str, store: Path = BLIND) -> str:
    """Extract every text of the set and score it: the scorer's last line for all fields and for each part, the fields
    the gold fills and the extractor leaves empty (bench/unfilled_fields.py), and the lineage counts by sentence
    (bench/lineage_alignment.py). No sentence, subject or label is printed."""
    import score  # tests/fixtures/score.py, the shared scorer

    from bench.lineage_alignment import align_dirs
    from bench.unfilled_fields import lines as unfilled, organisations, organisations_line, tally
    from knowledge.pipeline import extract_path

    with tempfile.TemporaryDirectory(prefix="sporbar-blind-") as tmp:
        gold, pred = Path(tmp) / "gold", Path(tmp) / "pred"
        gold.mkdir()
        pred.mkdir()
        unseal(name, gold, store)
        texts = sorted(gold.glob("*.txt"))
        for text in texts:
            flat = extract_path(text).flat.model_dump(mode="json")
            (pred / f"{text.stem}.json").write_text(json.dumps(flat, ensure_ascii=False), encoding="utf-8")
        lines = [f"blind set {name}: {len(texts)} texts"]
        for part in (None, "doc", "indicators", "kommuner", "lineage"):
            printed = io.StringIO()
            with redirect_stdout(printed):
                score.main([str(gold), str(pred), *(["--only", part] if part else [])])
            lines.append(f"{part or 'all':10} {printed.getvalue().strip().splitlines()[-1]}")
        # fields the gold fills and the extractor leaves empty (bench/unfilled_fields.py: names and counts only)
        lines += [f"unfilled   {line}" for line in unfilled(tally(gold, pred))]
        lines.append(organisations_line(organisations(gold, pred)))
        lines.append(f"lineage by sentence: {align_dirs(gold, pred).line()}")
    return "\n".join(lines)


def readers(name: str, store: Path = BLIND) -> str:
    """The set's lineage events counted by the reader that made them (bench/lineage_readers.py): counts only."""
    from bench.lineage_readers import instrumented, tally_dirs

    with tempfile.TemporaryDirectory(prefix="sporbar-blind-") as tmp:
        folder = Path(tmp)
        unseal(name, folder, store)
        with instrumented(quote_cues=False):  # a cue's matched words are the set's text
            return tally_dirs([folder], texts=folder).table()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sealing = sub.add_parser("seal")
    sealing.add_argument("folder", type=Path)
    sealing.add_argument("name")
    measuring = sub.add_parser("measure")
    measuring.add_argument("name")
    by_reader = sub.add_parser("readers")
    by_reader.add_argument("name")
    opening = sub.add_parser("open")
    opening.add_argument("name")
    opening.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "seal":
        print(seal(args.folder, args.name))
    elif args.command == "measure":
        print(measure(args.name))
    elif args.command == "readers":
        print(readers(args.name))
    else:
        args.folder.mkdir(parents=True, exist_ok=True)
        print(f"{len(unseal(args.name, args.folder))} files in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
