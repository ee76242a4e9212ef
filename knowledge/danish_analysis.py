"""Danish text analysis shared by the search index and the query: one function maps a word
to the term the index stores, so "førtidspensionen", "førtidspension" and
"foertidspensionen"'s intended word meet where Danish says they are one word.

- folding: lower case, and the old spelling "aa" of "å" (Aabenraa/Åbenrå, Kjærsgaard); æ, ø
  and å are letters of their own, not accents: "løftet" is not "loftet". A query typed
  without them ("fortidspension", "foertidspension") finds the words spelled with them
  only as a fallback the search reports (`skeleton`, `Vocabulary.restored`);
- Snowball Danish stemming (PyStemmer) of the folded word, except for person names: a
  capitalised word that is the name of a member of the Folketing (danish.reference) or of a
  person the document itself names is kept whole, so "Finn" is not "fin" (of
  "Finansministeren") nor "Rasmussen" "Rasmus";
- compound parts: Danish glues words ("førtidspensionsområdet"), so a compound also
  yields the terms of its parts, found by segmenting it into words of the spaCy Danish
  lemma lexicon (spacy-lookups-data), with the linking "s"/"e" allowed between parts;
- typo tolerance: the closest index terms by edit distance (rapidfuzz).
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from danish.reference import members, person_names
from danish.words import STOPWORDS as DANISH_STOPWORDS
from nlp.lemma_table import LemmaTable, lemma_table

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

# Function words a query drops (they match every document and blur "any word" ranking).
# Documents keep them, so quoted phrases still match word for word (danish/data/stopwords.csv).
STOPWORDS = DANISH_STOPWORDS

_STEMMER = Stemmer.Stemmer("danish")
# "aa" is the old (pre-1948, and still in names and place names) spelling of "å"; the
# Swedish/German ä and ö are the Danish æ and ø ("Jörgensen"/"Jørgensen").
_FOLD_CHARS = str.maketrans({"ä": "æ", "ö": "ø", "ß": "ss"})
_DANISH_LETTERS = frozenset("æøå")
# The ASCII skeleton a keyboard without æøå leaves: the letter's base vowel, or the
# transliterations "ae", "oe", "aa".
_SKELETON_CHARS = str.maketrans({"æ": "a", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ß": "ss"})
_SKELETON_PAIRS = (("aa", "a"), ("ae", "a"), ("oe", "o"))
MIN_PART = 3  # shortest word a compound part may be ("tid", "job")
MIN_SPLIT = 4  # shortest part when splitting an unknown query word (3 letters split anything)


def _without_accents(word: str) -> str:
    """Other letters' accents dropped ("é" -> "e"), æ, ø and å kept (NFKD would split å)."""
    if word.isascii():
        return word
    return "".join(c if c in _DANISH_LETTERS else "".join(
        d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)) for c in word)


@lru_cache(maxsize=500_000)
def fold(word: str) -> str:
    """Lower case, "aa" as "å", other accents dropped: "Måltal", "maaltal" -> "måltal";
    "maltal" stays itself (æ, ø and å are letters, see `skeleton`)."""
    return _without_accents(word.lower().translate(_FOLD_CHARS).replace("aa", "å"))


@lru_cache(maxsize=500_000)
def skeleton(word: str) -> str:
    """The ASCII skeleton of a word, æøå-free: "Måltal", "maaltal", "maltal" -> "maltal".
    For lenient matching only: filters on names a user types, the fallback for a query
    typed without æøå, and trace's phrase keys."""
    lowered = word.lower().translate(_SKELETON_CHARS)
    for pair, single in _SKELETON_PAIRS:
        lowered = lowered.replace(pair, single)
    return _without_accents(lowered)


@lru_cache(maxsize=1)
def member_names() -> frozenset[str]:
    """The folded words of the names of the persons of ODA's Aktør table (danish.reference):
    "finn", "sørensen", "hønge", "søvndal" ... Every word of a member's name (a member is
    who letters name as asker); of the other persons' names (former members, ministers,
    appointees: 2,883 in all), the words that are no Danish word form as well, since a
    capitalised "Lange", "Otte" or "Service" opens sentences more often than it names them.
    The index holds these words whole: a change to this set changes index terms, so it needs
    a migration that re-indexes (knowledge/store_schema.py, like v9)."""
    words = {fold(w) for m in members() for w in WORD_RE.findall(m.name) if len(w) >= 2}
    known = lexicon()
    words.update(fold(w) for name in person_names() for w in WORD_RE.findall(name)
                 if len(w) >= 2 and w[:1].isupper() and w.isalpha() and not known.is_form(w.lower()))
    return frozenset(words)


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The folded words of person names a document prints (its askers, signer, persons)."""
    return frozenset(fold(w) for name in names for w in WORD_RE.findall(name or "")
                     if len(w) >= 2 and w[:1].isupper())


def is_name(word: str, names: frozenset[str] = frozenset()) -> bool:
    """A capitalised word that is a known person's name (a member's, or one of `names`)."""
    if not word[:1].isupper():
        return False
    folded = fold(word)
    return folded in names or folded in member_names()


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """The folded Snowball stem of a word, name or not."""
    return str(_STEMMER.stemWord(fold(word)))


@lru_cache(maxsize=500_000)
def term(word: str) -> str:
    """The index term of one word: its folded Snowball stem, or a member's name folded whole."""
    return fold(word) if is_name(word) else stem(word)


def term_in(word: str, names: frozenset[str]) -> str:
    """The term of a word in a document that names the persons `names` (`name_words`)."""
    return fold(word) if word[:1].isupper() and fold(word) in names else term(word)


def words(text: str) -> Iterator[re.Match[str]]:
    return WORD_RE.finditer(text)


def terms(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """The text's index terms in order (one per word, so phrases keep their adjacency)."""
    return [term_in(m.group(), names) for m in WORD_RE.finditer(text)]


class Lexicon:
    """Danish word forms, and the lemmas among them (a compound's inner parts are lemmas
    or verb stems: "førtids|pension", "spørg|smål"; only its last part is inflected).

    A view on the one lemma table the NLP pipeline also uses (nlp/lemma_table.py), so the
    553k forms are held once and compactly; only the lemmas fit for parts are a set."""

    def __init__(self, table: LemmaTable) -> None:
        self._table = table
        self.lemmas = frozenset(v for v in table.lemmas if len(v) >= MIN_PART and v.isalpha())

    def is_form(self, piece: str) -> bool:
        """A form of the table (or a lemma) of at least MIN_PART letters."""
        return piece in self.lemmas or (len(piece) >= MIN_PART and piece.isalpha() and piece in self._table)

    def lemma_of(self, word: str) -> str | None:
        """The lemma of an inflected long form only: "pensionen" -> "pension"."""
        if len(word) < 2 * MIN_PART:
            return None
        lemma = self._table.get(word)
        return lemma if lemma is not None and lemma != word and lemma.isalpha() else None

    def lemma_is(self, form: str, lemma: str) -> bool:
        """Whether the table knows `form` as a form of `lemma`."""
        return form == lemma or self._table.get(form) == lemma

    def inner(self, piece: str) -> bool:
        return piece in self.lemmas or piece + "e" in self.lemmas


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """spaCy's Danish lemma lookup table (spacy-lookups-data), the vocabulary compounds
    split into."""
    return Lexicon(lemma_table())


# Splits into many short parts are mostly accidents of a noisy lexicon ("min|iste|ren"
# for "ministeren"); real compounds have longer parts on average.
MIN_MEAN_PART = 4.5
# Longer "words" are not split: the search below is quadratic in the word's length (a
# 200,000-letter token took minutes), and the longest Danish compounds in running text
# are around 50 letters ("speciallægepraksisplanlægningsstabiliseringsperiode", 51).
MAX_COMPOUND = 80


def _part_span(word: str, start: int, end: int, known: Lexicon) -> tuple[int, int] | None:
    """The lexicon word word[start:end] stands for, allowing a linking "s"/"e" inside."""
    piece, last = word[start:end], end == len(word)
    if last:  # the head of a compound is its last part, and it is never a suffix ("hed")
        return (start, end) if len(piece) > MIN_PART and known.is_form(piece) else None
    if known.inner(piece):
        return (start, end)
    if piece[-1] in "se" and len(piece) > MIN_PART and known.inner(piece[:-1]):
        return (start, end - 1)  # linking letter: "pension-s-område"
    return None


@lru_cache(maxsize=200_000)
def segments(word: str) -> tuple[tuple[int, int], ...]:
    """Split a lower-case compound into lexicon words: (start, end) of each part, linking
    letters excluded. Fewest parts wins; () when it is not a compound of known words."""
    n = len(word)
    if n < 2 * MIN_PART or n > MAX_COMPOUND or not word.isalpha():
        return ()
    known = lexicon()
    best: list[tuple[tuple[int, int], ...] | None] = [None] * (n + 1)  # fewest parts for word[:i]
    best[0] = ()
    for end in range(MIN_PART, n + 1):
        for start in range(0, end - MIN_PART + 1):
            prev = best[start]
            if prev is None or (start == 0 and end == n):  # the whole word is not a split
                continue
            span = _part_span(word, start, end, known)
            current = best[end]
            if span and (current is None or len(prev) + 1 < len(current)):
                best[end] = (*prev, span)
    found = best[n]
    if found is None or n / len(found) < MIN_MEAN_PART:
        return ()
    return found


@lru_cache(maxsize=200_000)
def compound_terms(word: str) -> tuple[str, ...]:
    """Index terms of a compound's parts, heads and tails, recursively: "førtidspensions-
    området" -> førtidspension, område, pension, ... (never the word's own term)."""
    lowered = word.lower()
    lemma = lexicon().lemma_of(lowered)
    if lemma:  # split the lemma, so an inflection is never mistaken for a part ("pens|ionen")
        return tuple(sorted(set(compound_terms(lemma)) - {term(word)}))
    parts = segments(lowered)
    if not parts:
        return ()
    pieces: set[str] = set()
    for i, (start, _) in enumerate(parts):
        for j in range(i, len(parts)):
            if i == 0 and j == len(parts) - 1:
                continue
            pieces.add(lowered[start:parts[j][1]])
    found = {term(p) for p in pieces}
    for start, end in parts:
        found.update(compound_terms(lowered[start:end]))
    return tuple(sorted(found - {term(word)}))


# Danish noun endings: definite -en/-et, plural -e/-er, definite plural -ene/-erne. A last
# syllable of unstressed e + l, n or r loses its e before an ending ("regel" -> "reglen",
# "middel" -> "midler", "sikker" -> "sikre"): Retskrivningsordbogen's e-bortfald. Each form
# made so counts only if the lemma table knows it as a form of that lemma.
ENDINGS = ("e", "en", "et", "er", "ene", "erne")


@lru_cache(maxsize=50_000)
def head_forms(head: str) -> tuple[str, ...]:
    """The forms of a word the documents may print for it: as given, its lemma, and the
    lemma's inflections the lemma table confirms ("reglen" -> regel, reglen, regler,
    reglerne ...). For a compound's last part, the only inflected one."""
    known = lexicon()
    lowered = head.lower()
    lemma = known.lemma_of(lowered) or lowered
    bases = [lemma]
    if len(lemma) >= 4 and lemma[-2] == "e" and lemma[-1] in "lnr":
        bases.append(lemma[:-2] + lemma[-1])
    forms = {lowered, lemma}
    # after a final e the ending's own e goes ("område" -> "områder", "området")
    forms.update(f for base in bases for f in {base + (e[1:] if base.endswith("e") else e) for e in ENDINGS}
                 if known.lemma_is(f, lemma))
    return tuple(sorted(forms))


def compound_split(word: str) -> tuple[str, str] | None:
    """A compound as (all but its last part, its last part), linking letters left with the
    first: "timersreglen" -> ("timers", "reglen"); None for a word the lexicon cannot split."""
    lowered = word.lower()
    parts = segments(lowered)
    if len(parts) < 2:
        return None
    start = parts[-1][0]
    return lowered[:start], lowered[start:]


@lru_cache(maxsize=200_000)
def lemma_key(word: str) -> str:
    """One word as its folded lemma, compound parts joined without their linking letters:
    "225-timersreglen"'s "timersreglen", "timers reglen" and "timer-regel" all give
    "timerregel", "Måltallene" gives "maltal". Only a compound's last part is inflected
    (Lexicon), so that part is the one lemmatised. For matching a phrase across
    hyphenation, compounding and inflection (knowledge/trace.py)."""
    known = lexicon()
    lowered = word.lower()
    base = known.lemma_of(lowered) or lowered
    parts = segments(base)
    if not parts:
        return skeleton(base)
    *inner, (start, end) = parts
    head = base[start:end]
    return skeleton("".join(base[a:b] for a, b in inner) + (known.lemma_of(head) or head))


@dataclass(frozen=True)
class Correction:
    wrong: str
    right: str
    distance: int
    document_count: int
    whole: bool = True  # found by comparing whole terms, not the typed word's prefix


class Vocabulary:
    """The index's terms with their document counts, sorted for prefix look-ups."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.sorted_terms = sorted(counts)
        self._skeletons: dict[str, list[str]] | None = None  # built when first asked
        # Candidates for a typo share its length (give or take) and its first letter: typos
        # rarely hit the first letter, and this keeps a 100k-document vocabulary fast.
        self._buckets: dict[tuple[int, str], list[str]] = {}
        for t in self.sorted_terms:
            if t.isalpha():
                self._buckets.setdefault((len(t), t[0]), []).append(t)

    def __len__(self) -> int:
        return len(self.counts)

    def size(self) -> int:
        """Documents in the index (at least the largest count: all this class knows)."""
        return max(self.counts.values(), default=0)

    def count(self, index_term: str) -> int:
        return self.counts.get(index_term, 0)

    def prefix_count(self, prefix: str) -> int:
        """How many terms start with `prefix` (0 means the index has never seen it)."""
        lo = bisect.bisect_left(self.sorted_terms, prefix)
        hi = bisect.bisect_left(self.sorted_terms, prefix + "\uffff")
        return hi - lo

    def is_person(self, folded: str) -> bool:
        """Whether a folded word is a known person's name (a member's; the store's
        vocabulary adds the persons its documents name)."""
        return folded in member_names()

    def matches(self, expression: str) -> bool:
        """Whether some document matches an FTS expression (unknown here: assumed so)."""
        return True

    def restored(self, word: str) -> list[str]:
        """Index terms a word typed without æ, ø or å may stand for ("fortidspension" ->
        "førtidspension", "loftet" -> "løft"), most common first: the terms with its ASCII
        skeleton. For a word the index lacks as typed; never the typed term itself."""
        if self._skeletons is None:
            self._skeletons = {}
            for t in self.sorted_terms:
                if not t.isascii():
                    self._skeletons.setdefault(skeleton(t), []).append(t)
        typed = term(word)
        # A name's term is the whole word ("hønge"), any other word's its stem ("løft").
        found = {t for key in {skeleton(typed), skeleton(fold(word))}
                 for t in self._skeletons.get(key, []) if t != typed}
        return sorted(found, key=lambda t: (-self.counts[t], t))

    def split(self, word: str) -> tuple[str, str] | None:
        """A word the index lacks, as two words it has ("benchmarkingliste" ->
        benchmarking + liste), allowing a linking "s"/"e"; the most common pair wins."""
        lowered = word.lower()
        best: tuple[int, tuple[str, str]] | None = None
        for cut in range(MIN_SPLIT, len(lowered) - MIN_SPLIT + 1):
            head, tail = lowered[:cut], lowered[cut:]
            heads = [head] + ([head[:-1]] if head[-1] in "se" and len(head) > MIN_SPLIT else [])
            for h in heads:
                pair = (term(h), term(tail))
                if min(map(len, pair)) < MIN_SPLIT:
                    continue
                found = min(self.count(pair[0]), self.count(pair[1]))
                if found and (best is None or found > best[0]):
                    best = (found, pair)
        return best[1] if best else None

    def corrections(self, word: str, *, limit: int = 2) -> list[Correction]:
        """Closest known terms to a word the index lacks: one edit for short words, two for
        long ones; the most frequent of the closest first, since a user more likely meant
        a common word. A typo can change how a word stems ("henvendeslen" does not stem
        like "henvendelsen"), so the typed word's own prefixes are compared too."""
        wrong, folded = term(word), fold(word)
        max_edits = 1 if len(wrong) <= 5 else 2
        whole: dict[str, int] = {}
        prefix: dict[str, int] = {}
        for length in range(max(len(wrong) - 2 * max_edits, MIN_PART + 1), len(wrong) + max_edits + 1):
            bucket = self._buckets.get((length, wrong[:1]), [])
            for probe, found in ((wrong, whole), (folded[:length], prefix)):
                for right, distance, _ in process.extract(probe, bucket, scorer=Levenshtein.distance,
                                                          score_cutoff=max_edits, limit=20):
                    found[right] = min(int(distance), found.get(right, max_edits + 1))
        corrections: list[Correction] = []
        for right in {*whole, *prefix}:
            # A prefix match counts one edit more than a whole-term match.
            is_whole = right in whole and whole[right] <= prefix.get(right, max_edits + 1) + 1
            distance = whole[right] if is_whole else prefix[right]
            corrections.append(Correction(wrong, right, distance, self.counts[right], is_whole))
        # A prefix match is one edit worse than a whole-term match at the same distance.
        corrections.sort(key=lambda c: (c.distance + (not c.whole), not c.whole, -c.document_count, c.right))
        return corrections[:limit]


def surface_for(target_term: str, texts: Sequence[str], *, like: str = "") -> str | None:
    """A word as printed in `texts` whose term is `target_term` (to show "mente du ..."),
    capitalised like the typed word `like` ("Juel" for "Juhl", "fleksjob" for "fleksjop")."""
    for text in texts:
        for match in WORD_RE.finditer(text):
            if term(match.group()) == target_term:
                word = match.group()
                return word[:1].upper() + word[1:] if like[:1].isupper() else word.lower()
    return None
