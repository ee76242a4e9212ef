"""A policy document's genre (doc_type) by the markers a reader weighs: extract/data/genre_markers.tsv."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..document_titles import is_email
from ..records import DocType
from .policy_layout import GENITIVE_SENDER, GREETING, Found


@dataclass(frozen=True)
class GenreMarker:
    """One row of extract/data/genre_markers.tsv: a cue that tells a reader the genre."""

    genre: str
    cue: str
    where: str  # title | label | top | head | body
    count: int
    pattern: re.Pattern[str]

    def found_in(self, text: str, heading: str) -> bool:
        if self.where == "title":
            return bool(self.pattern.search(heading))
        if self.where in ("top", "label"):  # these read only the first lines
            return self._in_first_lines(text)
        scope = text
        if self.where == "head" and len(text) > 1500:
            # the head's whole lines: a line cut at the limit would end there and read as a label
            cut = text.rfind("\n", 0, 1500)
            first_end = text.find("\n")
            scope = text[:cut] if cut > 0 else text[:first_end] if first_end > 0 else text
        return len({m.group(0).strip() for m in self.pattern.finditer(scope)}) >= self.count

    def _in_first_lines(self, text: str) -> bool:
        lines = [line for line in text.split("\n") if line.strip()]
        if self.where == "top":
            return bool(lines and self.pattern.search(lines[0]))
        return any(self.pattern.search(" ".join(line.split())) for line in lines[:5])


@lru_cache(maxsize=1)
def genre_markers() -> tuple[GenreMarker, ...]:
    from danish._data import table_rows

    return tuple(GenreMarker(row["genre"], row["cue"], row["where"], int(row["count"]),
                             re.compile(row["pattern"], re.M))
                 for row in table_rows("extract", "data", "genre_markers.tsv", delimiter="\t"))


def genre_cues(doc: Document, heading: str = "") -> dict[str, list[str]]:
    """Genre -> the cues of extract/data/genre_markers.tsv the document prints."""
    found: dict[str, list[str]] = {}
    for marker in genre_markers():
        if marker.found_in(doc.text, heading):
            found.setdefault(marker.genre, []).append(marker.cue)
    return found


# Genre nouns opening a title: an agency's circular ("Skrivelse om ...") is a letter.
_LETTER_TITLE = re.compile(r"^\s*(?:Skrivelse|Orienteringsskrivelse|Cirkulæreskrivelse)\b", re.M)


def doc_type_of(doc: Document, title: Found | None, dated_top: bool, definitions: int,
                title_defined: bool = False) -> DocType:
    """The genre by its markers (extract/data/genre_markers.tsv), in the order a reader weighs
    them: a report names itself, a measure's page defines measures, a letter greets, a news
    item is dated, labelled or quotes people; title_defined: the document's title is a
    measure it defines (a page about one indicator)."""
    heading = title.value if title else ""
    cues = genre_cues(doc, heading)
    subjects = {genre for genre, found in cues.items() if any(c.endswith("_subject") for c in found)}
    cues = {genre: kept for genre, found in cues.items() if (kept := [c for c in found if not c.endswith("_subject")])}
    if "report" in cues:
        return "report"
    if ("measure_heading" in cues.get("indicator_spec", ()) or (definitions >= 3 and not dated_top)
            or (title_defined and not dated_top) or ("indicator_spec" in cues and not dated_top)):
        return "indicator_spec"
    if any(cue.endswith("_label") for cue in cues.get("other", [])):
        return "other"  # minutes name their genre ("Referat"): dated, but no news item
    if any(cue.endswith("_label") for cue in cues.get("news", [])):
        return "news"  # the document names its genre: an e-mail carrying a newsletter is the newsletter
    if is_email(doc.text):
        return "letter"  # a printed e-mail is correspondence (Aarhus borgerhenvendelse, corpus/pdf)
    if (GREETING.search(doc.text) and re.search(r"(?:^|\n)\s*(?:Til |Kære )", doc.text)) \
            or _LETTER_TITLE.search(doc.text[:1500]) or GENITIVE_SENDER.search(doc.text[:3000]):
        return "letter"
    if dated_top and any(cue in ("agenda_sections", "agenda_item") for cue in cues.get("other", [])):
        # an agenda item's sections ("Sagsfremstilling", "Indstilling", "Beslutning") under a dateline: the dated page
        # of a meeting (a council's web page prints its meeting date under the item), no news item; the municipal
        # README's minutes are other, an item about an evaluation a report (below)
        return "report" if "report" in subjects else "other"
    if dated_top or "news" in cues:
        return "news"
    if "report" in subjects:
        return "report"  # an agenda item or page whose subject is an evaluation (Ballerup punkt 8)
    return "other"
