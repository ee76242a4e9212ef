"""How far a text's records depend on who and when it names: metamorphic agreement under other names and years.

An unseen letter is mostly a seen kind of letter with other people in it: another asker, another
minister and ministry, another udvalg, a Member elected after the reference tables' snapshot, another
year. This re-writes every bundled dev text (corpus/ft_qa, ft_qa_ministries, seeds, star, policy,
municipal) with what its own record names replaced everywhere the text prints it (each person its
record names in full, the ministry, the udvalg, the years), extracts the copy and scores its record
against the original record with the same replacements (the shared scorer, tests/fixtures/score.py):
1.0000 means the record does not depend on the names. No gold is read.

    python -m bench.substitution [--sets ft_qa,ft_qa_ministries] [--kinds members,newnames,...] [--fields]

Variants:
  members    another Member of Folketinget's own table (danish/data/oda_members.csv), of the same party
             when the record gives one: a name the reference tables know
  newnames   a name the reference tables do not know, as a Member elected after their snapshot (2019)
             has: a Member's name with its first given name replaced by another Danish given name
             (danish/data/given_names_da.csv) of the same gender, the whole not in oda_persons.csv
  ministry   the ministry's area the record names (its ministry, addressee or signer's title) replaced by
             another area of the tables wherever the text prints it before "minist..." ("Transportministeriet"
             -> "Kulturministeriet", "udlændinge- og integrationsministeren" -> "skatteministeren"), in the
             case it is printed in
  committee  the record's udvalg replaced by another committee of the tables, its name and its abbreviation
  journal    the answer's journal number in another shape the dev letters print ("16/048363-02",
             "BLS-101-01522", "2023 - 16834"): the record has the new number, the rest is the same
  datefmt    the answer's own date printed in another form ("03-02-2021", "04.12.2012", "24/1 2020",
             "29. nov. 2012"): the record is the same
  labels     a letter's parts under the other labels the dev letters print ("Med venlig hilsen" / "Venlig
             hilsen", "Svar:" / "Svar", "Spørgsmål nr. 5:" / "Spørgsmål nr. 5"): the record is the same
  defverbs   a definition's passive verb before "som" swapped for a synonym ("opgøres som" / "beregnes som" /
             "defineres som", extract/indicators/cues.tsv): the same measures, their definitions reworded alike
  party      a party programme's party (Liberal Alliance, Dansk Folkeparti, Alternativet, Enhedslisten, SF, Venstre)
             replaced by another party of the table, the ones founded after 2019 among them (Moderaterne,
             Danmarksdemokraterne, Nye Borgerlige, Frie Grønne): its names and abbreviation wherever printed
  newparty   the same party replaced by one the tables do not know ("Borgernes Parti", "Grønt Folkeparti",
             "Frihedspartiet"), read by the shape of its name (danish/party_shape.py); its abbreviation by the name
  kommune    each kommune the record names (one word, no final s) replaced by another of the register, its name,
             genitive, "X Kommune" and "Jobcenter X" alike; its code the register's
  years      every year from 1990 to 2039 put eight years (two leap-year cycles) back, in the text, the
             record's strings and its events' years; a samling's second year ("2011-12") goes with it. Dates
             printed in six digits ("300409", "050117") are not met, so a record taking its date from one
             keeps the old year (municipal f14, s05)

Names ending in s, x or z are not drawn, so a genitive "s" after the name stays Danish. The draw is
seeded by the file's name, so a run repeats.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fixtures"))
import score  # noqa: E402  (the shared scorer, so agreement is read as the dev figures are)

from danish import reference  # noqa: E402
from danish.dates import MONTH_NAMES  # noqa: E402
from danish._data import rows  # noqa: E402
from bench.metamorphic import report  # noqa: E402
from knowledge.pipeline import extract_path  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SETS = ("ft_qa", "ft_qa_ministries", "seeds", "star", "policy", "municipal")
_PLAIN = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?: [A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?){1,3}")


def _drawable(name: str) -> bool:
    return bool(_PLAIN.fullmatch(name)) and name[-1] not in "sxz"


def _names(record: dict) -> Iterator[tuple[str, str | None]]:
    """The people the record names, with the party it gives them."""
    for person in record.get("asked_by") or []:
        yield person["name"], person.get("party")
    if record.get("signed_by"):
        yield record["signed_by"], None
    for person in record.get("persons") or []:
        yield (person["name"] if isinstance(person, dict) else person), None


def _given_gender() -> dict[str, str]:
    return {r["name"]: r["gender"] for r in rows("given_names_da.csv")}


def _member(name: str, party: str | None, draw: random.Random) -> str:
    pool = [m.name for m in reference.members()
            if _drawable(m.name) and m.name != name and (party is None or m.party_abbrev == party)]
    if not pool:
        pool = [m.name for m in reference.members() if _drawable(m.name) and m.name != name]
    return draw.choice(sorted(pool))


def _new_name(name: str, party: str | None, draw: random.Random) -> str:
    genders = _given_gender()
    known = set(reference.person_names())
    gender = genders.get(name.split()[0])
    given = sorted(g for g, s in genders.items() if (gender is None or s == gender) and _PLAIN.fullmatch(g + " Xx"))
    bases = sorted(m.name for m in reference.members() if _drawable(m.name))
    while True:
        base = draw.choice(bases).split()
        new = " ".join([draw.choice(given), *base[1:]])
        if new not in known and new != name:
            return new


VARIANTS: dict[str, Callable[[str, str | None, random.Random], str]] = {
    "members": _member, "newnames": _new_name}
KINDS = (*VARIANTS, "ministry", "committee", "years", "journal", "datefmt", "labels", "defverbs", "party", "newparty",
         "kommune")
# Parties a programme may be swapped between: their names are proper nouns only ("konservative" and "radikale" are
# also common words, so those parties' programmes are left as they are; "Venstre" is one only with its capital and
# not after "Radikale"); the parties founded after the reference tables' snapshot (danish/data/parties.csv,
# "project" rows) are among the stand-ins
_SWAPPABLE = ("Liberal Alliance", "Dansk Folkeparti", "Alternativet", "Enhedslisten", "Socialistisk Folkeparti", "Venstre")
_STAND_INS = ("Moderaterne", "Danmarksdemokraterne", "Nye Borgerlige", "Frie Grønne", "Kristendemokraterne",
              *_SWAPPABLE)
# Parties the tables do not know, named as Danish parties are ("... Parti", "...parti", "...partiet":
# danish/party_shape.py): a party founded after the tables, and two invented ones of the other shapes
_NEW_PARTIES = ("Borgernes Parti", "Grønt Folkeparti", "Frihedspartiet")
@dataclass(frozen=True)
class _NewParty:
    """A party the tables do not know: a name and no abbreviation (the text's abbreviation becomes the name)."""
    name: str
    abbrev: str | None = None


# The passive verbs a definition states its computation with (extract/indicators/cues.tsv computation: "opgøres
# som", "beregnes som", "defineres som"): one another's synonyms before "som"
_DEFINING = re.compile(r"(?<![\wæøå])(?P<verb>[Oo]pgøres|[Bb]eregnes|[Dd]efineres)(?P<som>\s+som)\b")
_DEFINING_VERBS = ("opgøres", "beregnes", "defineres")
# A letter's parts as the dev letters label them, each form attested there: the same part under another label
# (corpus/ft_qa, ft_qa_ministries; counts of line starts in session 15)
LABELS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"(?m)^(?:Med venlig hilsen|Venlig hilsen)(?=[ \t]*$)"), ("Med venlig hilsen", "Venlig hilsen")),  # 7, 3
    (re.compile(r"(?m)^Svar:?(?=[ \t]*$)"), ("Svar:", "Svar")),  # 13, 12
    (re.compile(r"(?m)^Spørgsmål nr\. (?P<n>\d+):?(?=[ \t]*$)"), ("Spørgsmål nr. {n}:", "Spørgsmål nr. {n}")),  # 14, 1
)
# Journal numbers as the dev letters print them (corpus/ft_qa, ft_qa_ministries): each ministry its own shape
JOURNALS = ("2012-9497", "2023 - 16834", "16/048363-02", "2008-0006659", "BLS-101-01522", "1910466",
            "04-201-52/101-0012")
_MONTHS = MONTH_NAMES  # danish/data/months.csv, in the year's order
# A letter's date as letterheads print it: "29. november 2012" and the numeric forms ministries use
DATE_FORMS = (lambda d, m, y: f"{d:02d}-{m:02d}-{y}",          # sou-2019-20-spm581-svar "03-02-2021"
              lambda d, m, y: f"{d:02d}.{m:02d}.{y}",          # municipal minutes "Dato: 04.12.2012"
              lambda d, m, y: f"{d}/{m} {y}",                  # policy p14 "24/1 2020"
              lambda d, m, y: f"{d}. {_MONTHS[m - 1][:3]}. {y}")  # the short month of danish/data/months.csv
YEARS_BACK = 8  # two leap-year cycles: "29. februar 2012" stays a date
_YEAR = re.compile(r"(?<![\d,])(?P<year>199\d|20[0-3]\d)(?:(?P<sep>[-/–])(?P<next>\d\d))?(?!\d)")


def _years_back(match: re.Match[str]) -> str:
    year = int(match.group("year"))
    out = str(year - YEARS_BACK)
    if match.group("next") is not None:
        following = int(match.group("next"))
        # a samling or a span written "2011-12": its second year goes back too; any other two digits stay
        second = f"{(following - YEARS_BACK) % 100:02d}" if following == (year + 1) % 100 else match.group("next")
        out += match.group("sep") + second
    return out


def _years_rewritten(value: object, key: str = "") -> object:
    """Every year from 1990 to 2039 in `value` put YEARS_BACK years earlier; in a record, the events' years too."""
    if isinstance(value, str):
        # ft.dk's samling code in an address ("/samling/20081/": the samling 2008-09, its first session)
        value = re.sub(r"(?<=samling/)(?:199\d|20[0-3]\d)(?=[12]/)", lambda m: str(int(m.group(0)) - YEARS_BACK), value)
        return _YEAR.sub(_years_back, value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and key == "year" and 1990 <= value <= 2039:
        return value - YEARS_BACK
    if isinstance(value, list):
        return [_years_rewritten(x, key) for x in value]
    if isinstance(value, dict):
        return {k: _years_rewritten(v, k) for k, v in value.items()}
    return value


@lru_cache(maxsize=1)
def _areas() -> tuple[str, ...]:
    """A ministry's area as its name prints it ("Transport-, Bygnings- og Bolig" of
    "Transport-, Bygnings- og Boligministeriet"), where the title table has its minister too."""
    titles = {r["title"].lower() for r in rows("oda_minister_titles.csv")}
    names = [r["name"] for r in (*rows("oda_ministries.csv"), *rows("ministries_project.csv"))]
    return tuple(sorted({n[:-len("ministeriet")] for n in names
                         if n.endswith("ministeriet") and n[:-len("ministeriet")].lower() + "minister" in titles}))


@lru_cache(maxsize=1)
def _committees() -> tuple[tuple[str, str], ...]:
    """Committees in use at the tables' snapshot named "...udvalget", with their abbreviation."""
    return tuple(sorted((r["abbrev"], r["name"]) for r in rows("oda_committees.csv")
                        if r["in_use_2019"] and r["abbrev"].isalpha() and r["name"].endswith("udvalget")))


def _cased(new: str, old: str) -> str:
    if old.isupper():
        return new.upper()
    return new if old[:1].isupper() else new.lower()


def _spaced_ci(phrase: str) -> str:
    """The phrase's words apart by any white space or none (a PDF's text glues words: "Økonomi- ogIndenrigs"),
    each word perhaps hyphenated at a line's end ("Undervis-ningsministeriet", "ud-\nlændinge- og integrations")."""
    return r"\s*".join(r"(?:-\s*)?".join(re.escape(c) for c in word) for word in phrase.split())


def _area_table(text: str, record: dict, draw: random.Random) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """The ministry's area the record names (its minister, addressee or ministry) -> another area."""
    found = []
    for value in (record.get("ministry"), record.get("addressee"), record.get("signer_role")):
        if isinstance(value, str) and "minist" in value.lower():
            area = value.lower().split("minist")[0].strip()
            if area and re.fullmatch(r"[a-zæøå]+(?:-?,? [a-zæøå]+-?)*(?:-, [a-zæøå]+-)*(?: og [a-zæøå]+)?|[a-zæøå]+(?:- og [a-zæøå]+)?", area):
                found.append(area)
    out = []
    for area in dict.fromkeys(found):
        pattern = re.compile(_spaced_ci(area) + r"(?=(?:-\s*)?minist)", re.I)
        if not pattern.search(text):
            continue
        new = draw.choice([a for a in _areas() if a.lower() != area])
        out.append((pattern, lambda m, new=new: _cased(new, m.group(0))))
    return out


def _committee_table(text: str, record: dict, draw: random.Random) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """The udvalg the record names -> another committee, its name and its abbreviation."""
    udvalg = record.get("udvalg") or {}
    name, abbrev = udvalg.get("name"), udvalg.get("abbrev")
    if not name or not name.endswith("udvalget"):
        return []
    new_abbrev, new_name = draw.choice([c for c in _committees() if c[1] != name])
    stem, new_stem = name[:-len("udvalget")], new_name[:-len("udvalget")]
    out = [(re.compile(_spaced_ci(stem) + r"(?=udvalg)", re.I), lambda m: _cased(new_stem, m.group(0)))]
    if abbrev:
        out.append((re.compile(rf"(?<![\wÆØÅæøå]){re.escape(abbrev)}(?![\wÆØÅæøå])", re.I),
                    lambda m: _cased(new_abbrev, m.group(0))))
    return out


def substitutions(text: str, record: dict, kind: str, seed: str) -> dict[str, str]:
    """Each name the record gives and the text prints in full -> its stand-in (no two the same)."""
    draw = random.Random(zlib.crc32(f"{kind}:{seed}".encode()))
    chosen: dict[str, str] = {}
    for name, party in _names(record):
        if name in chosen or not _PLAIN.fullmatch(name) or not _spaced(name).search(text):
            continue
        new = VARIANTS[kind](name, party, draw)
        while new in chosen.values():
            new = VARIANTS[kind](name, party, draw)
        chosen[name] = new
    for old, new in list(chosen.items()):
        # the short form a text may print too: the first given name and the surname ("Maja Føns")
        old_words, new_words = old.split(), new.split()
        if len(old_words) > 2:
            chosen.setdefault(f"{old_words[0]} {old_words[-1]}", f"{new_words[0]} {new_words[-1]}")
    # the upper-case form a letterhead may print goes with it
    chosen.update({old.upper(): new.upper() for old, new in list(chosen.items())})
    return chosen


def _spaced(name: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(word) for word in name.split()))


def replaced(value: object, table: dict[str, str]) -> object:
    """Every string in `value` with the table's names replaced at once (longest first). The words of
    a name may stand on two lines; the stand-in keeps the line break after as many words."""
    if not table:
        return value
    # plain substrings: a PDF's text may glue a name to the word before or after it ("fraEigil Andersen")
    by_words = {" ".join(k.split()): v for k, v in table.items()}
    pattern = re.compile("|".join(_spaced(k).pattern for k in sorted(table, key=len, reverse=True)))

    def stand_in(match: re.Match[str]) -> str:
        gaps = re.findall(r"\s+", match.group(0))
        words = by_words[" ".join(match.group(0).split())].split()
        return "".join(w + (gaps[k] if k < len(gaps) else " ") for k, w in enumerate(words[:-1])) + words[-1]

    return _rewritten(value, [(pattern, stand_in)])


def _rewritten(value: object, rules: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]) -> object:
    """Every string in `value` (a text, or a record's strings however deep) with the rules applied in order."""
    if isinstance(value, str):
        for pattern, new in rules:
            value = pattern.sub(new, value)
        return value
    if isinstance(value, list):
        return [_rewritten(x, rules) for x in value]
    if isinstance(value, dict):
        return {k: _rewritten(v, rules) for k, v in value.items()}
    return value


def _record(path: Path) -> dict:
    return json.loads(extract_path(path).flat.model_dump_json())


def _change(text: str, record: dict, kind: str, seed: str) -> Callable[[object], object] | None:
    """The rewrite of a text and its record for the variant, or None where the text has nothing to change."""
    if kind in VARIANTS:
        table = substitutions(text, record, kind, seed)
        return (lambda value: replaced(value, table)) if table else None
    if kind == "years":
        return _years_rewritten if _YEAR.search(text) else None
    draw = random.Random(zlib.crc32(f"{kind}:{seed}".encode()))
    if kind == "journal":
        old = record.get("journal_number")
        if not isinstance(old, str) or old not in text:
            return None
        others = [j for j in JOURNALS if j != old]
        if not others:
            return None
        new = draw.choice(others)
        return lambda value: _rewritten(value, [(re.compile(re.escape(old)), lambda m: new)])
    if kind == "kommune":
        # each kommune the record names, by its one-word name, replaced by another kommune of the register
        # (danish/data/kommuner.csv) wherever the text prints the name, its genitive, "X Kommune" and "Jobcenter X"
        # alike; names ending in s (a genitive's own "s") and of more than one word are neither drawn nor replaced
        from extract.kommune_registry import kommuner as register
        plain = sorted(k.name for k in register() if re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", k.name) and k.name[-1] != "s")
        names = [k["name"] for k in record.get("kommuner") or [] if k.get("name") in plain]
        if not names:
            return None
        table = {}
        for name in dict.fromkeys(names):
            table[name] = draw.choice([n for n in plain if n not in names and n not in table.values()])
        pattern = re.compile(r"(?<![\wæøå-])(?:" + "|".join(re.escape(n) for n in table) + r")(?=s?(?![\wæøå-]))")
        codes = {k.name: k.code for k in register()}
        def kommune_rules(value: object, key: str = "") -> object:
            if isinstance(value, str):
                return pattern.sub(lambda m: table[m.group(0)], value)
            if isinstance(value, list):
                return [kommune_rules(x, key) for x in value]
            if isinstance(value, dict):
                out = {k: kommune_rules(v, k) for k, v in value.items()}
                if "code" in out and out.get("name") in codes and value.get("name") in table:
                    out["code"] = codes[out["name"]]  # the register's code of the new kommune
                return out
            return value
        return kommune_rules
    if kind in ("party", "newparty"):
        parties = {p.name: p for p in reference.parties()}
        issuer = record.get("issuer") or ""
        source = next((parties[n] for n in _SWAPPABLE if n in issuer), None)
        if source is None:
            return None
        others = [n for n in _STAND_INS if n != source.name]
        if not others:
            return None
        target = parties[draw.choice(others)] if kind == "party" else _NewParty(draw.choice(_NEW_PARTIES))
        forms = [f for f in (source.name, *source.aliases) if f]
        # a name whole, or in the genitive ("Liberal Alliances"); its aliases before it when longer
        rules: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
            (re.compile(r"(?<![\wæøå])(?<!Radikale )" + _spaced(form).pattern + r"(?!(?!s\b)[\wæøå])"), lambda m: target.name)
            for form in sorted(forms, key=len, reverse=True) if form != source.abbrev]
        if len(source.abbrev or "") >= 2:  # "(LA)", "LA's", "LA mener" ("V" is too short to find); a one-letter
            # abbreviation is no name in prose ("M"): the name
            short = target.abbrev if len(target.abbrev or "") >= 2 else target.name
            rules.append((re.compile(rf"(?<![\wæøå]){re.escape(source.abbrev)}(?![\wæøå])"), lambda m: short))
            # an issuer printed as its abbreviation is read as "SF (Socialistisk Folkeparti)"; a name twice is once
            rules.append((re.compile(re.escape(f"{target.name} ({target.name})")), lambda m: target.name))
        return lambda value: _rewritten(value, rules)
    if kind == "defverbs":
        if not _DEFINING.search(text):
            return None
        def other(m: re.Match[str]) -> str:
            verb = m.group("verb")
            new = draw.choice([v for v in _DEFINING_VERBS if v != verb.lower()])
            return (new.capitalize() if verb[0].isupper() else new) + m.group("som")
        table: dict[str, str] = {}  # one choice per printed form, so text and record change alike
        def chosen(m: re.Match[str]) -> str:
            return table.setdefault(m.group(0), other(m))
        return lambda value: _rewritten(value, [(_DEFINING, chosen)])
    if kind == "labels":
        rules = []
        for pattern, forms in LABELS:
            found = pattern.search(text)
            if found:
                form = draw.choice([f for f in forms if f.format(n=found.groupdict().get("n")) != found.group(0)])
                rules.append((pattern, lambda m, form=form: form.format(n=m.groupdict().get("n"))))
        # the record is the same: a part's label is no value
        return (lambda value: _rewritten(value, rules) if isinstance(value, str) else value) if rules else None
    if kind == "datefmt":
        day = record.get("answer_date")
        if not isinstance(day, str):
            return None
        y, m, d = (int(x) for x in day.split("-"))
        printed = re.compile(rf"(?<!\d){d}\.\s+{_MONTHS[m - 1]}\s+{y}(?!\d)", re.I)
        if not printed.search(text):
            return None
        form = draw.choice(DATE_FORMS)(d, m, y)
        rules = [(printed, lambda _: form)]
        # the record is the same: only the text's printed form changes
        return lambda value: _rewritten(value, rules) if isinstance(value, str) else value
    rules = (_area_table if kind == "ministry" else _committee_table)(text, record, draw)
    return (lambda value: _rewritten(value, rules)) if rules else None


def pairs(texts: list[Path], kind: str, work: Path) -> Iterator[tuple[Path, dict, dict]]:
    """Each changed text with the record expected of its copy (the original's, rewritten) and the copy's own."""
    copies = work / kind
    copies.mkdir(parents=True, exist_ok=True)
    for path in texts:
        text = path.read_text(encoding="utf-8")
        original = _record(path)
        change = _change(text, original, kind, path.stem)
        if change is None:
            continue
        copy = copies / path.name
        copy.write_text(str(change(text)), encoding="utf-8")
        sidecar = path.with_suffix(".meta.json")
        if sidecar.exists():  # an address the extractor reads, and notes that may name the people
            (copies / sidecar.name).write_text(str(change(sidecar.read_text(encoding="utf-8"))), encoding="utf-8")
        expected = change(original)
        assert isinstance(expected, dict)
        expected.pop("source", None)
        got = _record(copy)
        got.pop("source", None)
        yield path, expected, got


def agreement(texts: list[Path], kind: str, work: Path) -> tuple[float, dict[str, list[int]], int]:
    """Micro F1 of the copies' records against the originals' rewritten; the number of texts changed."""
    tally = score.Tally()
    changed = 0
    for _, expected, got in pairs(texts, kind, work):
        changed += 1
        score.score_doc(tally, expected, got, None)
    totals = [sum(c[i] for c in tally.counts.values()) for i in range(3)]
    return score.f1(*totals), {f: list(c) for f, c in tally.counts.items() if c[1] or c[2]}, changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--fields", action="store_true", help="print the fields that differ")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            texts = sorted((CORPUS / name).glob("*.txt"))
            for kind in args.kinds.split(","):
                value, fields, changed = agreement(texts, kind, Path(tmp) / name)
                report(f"{name:18} {kind:9} {changed:4} of {len(texts):4} texts", value, fields if args.fields else {})
    return 0


if __name__ == "__main__":
    sys.exit(main())
