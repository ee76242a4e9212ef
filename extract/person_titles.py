"""The one title table (extract/data/person_titles.tsv): officials' and ministers' titles, and the
contact labels of a letter head with the role each gives."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _title_rows() -> tuple[dict[str, str], ...]:
    from danish._data import table_rows

    return table_rows("extract", "data", "person_titles.tsv", delimiter="\t")


@lru_cache(maxsize=1)
def official_titles() -> tuple[str, ...]:
    """Officials' titles of the one title table (extract/data/person_titles.tsv), in table order."""
    return tuple(row["title"] for row in _title_rows() if row["kind"] == "official")


@lru_cache(maxsize=1)
def minister_titles() -> tuple[str, ...]:
    """The table's "minister" rows, which stand for the reference layer's minister titles (as a
    word end "minister" matches each of them)."""
    return tuple(row["title"] for row in _title_rows() if row["kind"] == "minister")


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Every title of the table: the officials' and the ministers'."""
    return (*official_titles(), *minister_titles())


# A letter head's contact labels, and the role each gives the person it names: "Sagsbehandler:
# Sofie Larsen" (Folketing letters), "Kontakt: Lise Porsborg" (Ballerup notat, corpus/municipal
# f11, gold role "kontaktperson"). The one list for both readers below.
CONTACT_LABELS: dict[str, str] = {"Sagsbehandler": "sagsbehandler", "Sagsbeh.": "sagsbehandler",
                                  "Kontaktperson": "kontaktperson", "Kontakt": "kontaktperson"}
