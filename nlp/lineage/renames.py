"""Renames: a scheme's new name told beside its old one ("X (tidligere Y)", "Y ændrede navn til X", "Y fik i 2019
navnet X"), a change of the old name's scheme (issue 15: "renames ... ændrede navn til"). The phrases are data
(nlp/data/rename_phrases.csv), each with an example and the documents that attest it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from danish._data import table_rows


@dataclass(frozen=True)
class RenamePhrase:
    pattern: re.Pattern[str]
    line_capital: bool
    example: str
    attested_by: str


@dataclass(frozen=True)
class Rename:
    old: str
    new: str
    line_capital: bool  # the new name may open a line, whose capital is the line's


@lru_cache(maxsize=1)
def phrases() -> tuple[RenamePhrase, ...]:
    """The rename phrases of nlp/data/rename_phrases.csv, in the table's order."""
    return tuple(RenamePhrase(re.compile(r["pattern"]), r["line_capital"] == "yes", r["example"], r["attested_by"])
                 for r in table_rows("nlp", "data", "rename_phrases.csv"))


def rename_in(sentence: str) -> Rename | None:
    """The first rename the sentence tells: the phrase that reads at the earliest place, the table's order
    deciding between phrases that read at the same place (as one alternation of them would)."""
    found = [(m.start(), n, m, p) for n, p in enumerate(phrases()) if (m := p.pattern.search(sentence))]
    if not found:
        return None
    _, _, match, phrase = min(found, key=lambda f: (f[0], f[1]))
    return Rename(match.group("old"), match.group("new"), phrase.line_capital)
