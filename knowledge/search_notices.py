"""What a search did or found that its reader should know, as typed values (`Notice`), and
their wording: one table (`WORDING`) holds each notice in both languages, the app's Danish
(`in_danish`; `SearchResult.message`) and the CLI's English (`in_english`), so a notice
cannot be added, or changed, in one language only. The library never hands a front end a
sentence in a language it does not speak."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

NoticeKind = Literal[
    "invalid_filter",  # values: the filter's problem (FilterError's text)
    "no_query",  # neither words nor filters
    "unknown_words",  # values: words neither the index nor a correction knows, left out
    "name_absent",  # values: names of known persons (danish.reference) no stored document holds, left out
    "nothing_searchable",  # the query held nothing to search for
    "reference_relaxed",  # no document carries the whole reference: the nearest shown
    "unknown_question",  # values: a question (or case) number no stored document carries
    "some_words_only",  # no document holds every word: those with some of them shown
    "letters_restored",  # values: typed word, word searched: typed without æ/ø/å, searched with them
    "word_replaced",  # values: typed word, the known word it begins with that was searched instead
    "did_you_mean",  # values: the corrected query
    "no_results",
    "no_filter_matches",  # filters without words matched nothing
]

Language = Literal["da", "en"]


@dataclass(frozen=True, slots=True)
class Notice:
    kind: NoticeKind
    values: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "values": list(self.values)}


Words = Callable[[tuple[str, ...]], str]


@dataclass(frozen=True, slots=True)
class Wording:
    """One notice in the app's Danish and the CLI's English."""
    da: Words
    en: Words


def _listed(values: tuple[str, ...]) -> str:
    return ", ".join(values)


WORDING: dict[str, Wording] = {
    "invalid_filter": Wording(lambda v: f"Ugyldigt filter: {v[0]}.",
                              lambda v: f"Invalid filter: {v[0]}."),
    "no_query": Wording(lambda v: "Skriv et eller flere ord at søge efter.",
                        lambda v: "Give one or more words to search for."),
    "unknown_words": Wording(lambda v: f"Ukendte ord sprunget over: {_listed(v)}.",
                             lambda v: f"Unknown words left out: {_listed(v)}."),
    "name_absent": Wording(lambda v: f"Ingen dokumenter nævner {_listed(v)}; navnet er sprunget over.",
                           lambda v: f"No document names {_listed(v)}; the name is left out."),
    "nothing_searchable": Wording(lambda v: "Ingen søgbare ord i forespørgslen.",
                                  lambda v: "The query holds no word to search for."),
    "reference_relaxed": Wording(lambda v: "Ingen dokumenter bærer hele henvisningen; viser de nærmeste.",
                                 lambda v: "No document carries the whole reference; showing the nearest."),
    "unknown_question": Wording(lambda v: f"Intet spørgsmål eller forslag har nummeret {v[0]} i de gemte dokumenter.",
                                lambda v: f"No question or bill is numbered {v[0]} in the stored documents."),
    "some_words_only": Wording(lambda v: "Ingen dokumenter indeholder alle ordene; viser dem med nogle af dem.",
                               lambda v: "No document holds every word; showing those with some of them."),
    "letters_restored": Wording(lambda v: f"Søgte »{v[1]}« for »{v[0]}«, der er skrevet uden æ, ø eller å.",
                                lambda v: f"Searched »{v[1]}« for »{v[0]}«, typed without æ, ø or å."),
    "word_replaced": Wording(lambda v: f"Ingen dokumenter med »{v[0]}«; viser dem med »{v[1]}«.",
                             lambda v: f"No document holds »{v[0]}«; showing those with »{v[1]}«."),
    "did_you_mean": Wording(lambda v: f"Mente du: {v[0]}?",
                            lambda v: f"Did you mean: {v[0]}?"),
    "no_results": Wording(lambda v: "Ingen resultater.",
                          lambda v: "No results."),
    "no_filter_matches": Wording(lambda v: "Ingen dokumenter matcher filtrene.",
                                 lambda v: "No document matches the filters."),
}


def worded(notices: list[Notice], language: Language) -> str | None:
    """The notices as one line in `language` (None when there are none)."""
    return " ".join(getattr(WORDING[n.kind], language)(n.values) for n in notices) or None


def in_danish(notices: list[Notice]) -> str | None:
    """The notices as the app shows them."""
    return worded(notices, "da")


def in_english(notices: list[Notice]) -> str | None:
    """The notices as `sporbar search` prints them."""
    return worded(notices, "en")
