"""What a search did or found that its reader should know, as typed values (`Notice`), and
their Danish wording for the app (`in_danish`; `SearchResult.message`). Each front end words
the notices itself: the CLI in English (knowledge/cli_search.py), the app in Danish. The
library never hands a front end a sentence in a language it does not speak."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

NoticeKind = Literal[
    "invalid_filter",  # values: the filter's problem (FilterError's text)
    "no_query",  # neither words nor filters
    "unknown_words",  # values: words neither the index nor a correction knows, left out
    "nothing_searchable",  # the query held nothing to search for
    "reference_relaxed",  # no document carries the whole reference: the nearest shown
    "some_words_only",  # no document holds every word: those with some of them shown
    "did_you_mean",  # values: the corrected query
    "no_results",
    "no_filter_matches",  # filters without words matched nothing
]


@dataclass(frozen=True, slots=True)
class Notice:
    kind: NoticeKind
    values: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "values": list(self.values)}


def in_danish(notices: list[Notice]) -> str | None:
    """The notices as the app shows them (one line; None when there are none)."""
    return " ".join(_DANISH[n.kind](n.values) for n in notices) or None


_DANISH = {
    "invalid_filter": lambda v: f"Ugyldigt filter: {v[0]}.",
    "no_query": lambda v: "Skriv et eller flere ord at søge efter.",
    "unknown_words": lambda v: "Ukendte ord sprunget over: " + ", ".join(v) + ".",
    "nothing_searchable": lambda v: "Ingen søgbare ord i forespørgslen.",
    "reference_relaxed": lambda v: "Ingen dokumenter bærer hele henvisningen; viser de nærmeste.",
    "some_words_only": lambda v: "Ingen dokumenter indeholder alle ordene; viser dem med nogle af dem.",
    "did_you_mean": lambda v: f"Mente du: {v[0]}?",
    "no_results": lambda v: "Ingen resultater.",
    "no_filter_matches": lambda v: "Ingen dokumenter matcher filtrene.",
}
