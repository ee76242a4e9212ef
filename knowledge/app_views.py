"""What the app's daily-use controls need (issue 17): filter menus with full names and
counts, sorting, downloads of exactly what is shown with the filters in the file name,
and one reform per canonical id in the indicator filter.

Plain functions over the values `knowledge.app_api` builds, so tests check them without a
browser; Danish labels, as everywhere in the app.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from .app_document import KIND_LABELS, KIND_NAMES, format_int

SORTS = {"relevans": "Relevans", "nyeste": "Nyeste først", "ældste": "Ældste først"}
# A date-sorted list is drawn from this many best hits (knowledge.search returns at most 500).
SORT_POOL = 500

# -- filter menus ----------------------------------------------------------------------------


@lru_cache(maxsize=512)
def udvalg_name(abbrev: str) -> str:
    """"BEU" -> "Beskæftigelsesudvalget" (danish.reference, the latest name); "" if unknown."""
    from danish.reference import committee_for

    committee = committee_for(abbrev) if abbrev else None
    return committee.name if committee else ""


def option_label(name: str, value: str, counts: Mapping[str, int]) -> str:
    """A filter menu entry: the value as readers know it, with its count in the result."""
    if not value:
        return "alle"
    if name == "kind":
        label = KIND_LABELS.get(value, value)
    elif name == "udvalg" and (full := udvalg_name(value)) and full.casefold() != value.casefold():
        label = f"{full} ({value})"
    else:
        label = value
    return f"{label} · {format_int(counts[value])}" if value in counts else label


def question_label(number: object) -> str:
    """"spm. nr. 558"; a samrådsspørgsmål, numbered by letters ("V", "BL": the ft_qa README's
    convention, as knowledge/citation.py cites it), is "samrådsspm. BL"."""
    if number is None or number == "":
        return ""
    return f"samrådsspm. {number}" if str(number).isalpha() else f"spm. nr. {number}"


# -- sorting and downloads of search hits ------------------------------------------------------

def sort_cards(cards: list[dict[str, Any]], order: str) -> list[dict[str, Any]]:
    """Cards by relevance (as knowledge.search ranks them) or by date; undated last. Hits
    with every word stay before hits with only some of them, in any order."""
    if order not in ("nyeste", "ældste"):
        return list(cards)
    out: list[dict[str, Any]] = []
    for group in partial_split(cards):
        dated = [c for c in group if c.get("iso_date")]
        undated = [c for c in group if not c.get("iso_date")]
        out += sorted(dated, key=lambda c: str(c["iso_date"]), reverse=order == "nyeste") + undated
    return out


def partial_split(cards: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(hits with every word of the query, hits with only some of them)."""
    return ([c for c in cards if c.get("match", "all") != "some"], [c for c in cards if c.get("match") == "some"])


def result_caption(total: int, cards: list[dict[str, Any]], shown: int) -> str:
    """"12 resultater", or, when the list goes on with hits that lack some of the words,
    "1 resultat med alle ordene, 8 med nogle af dem": knowledge.search's total and facet
    counts are of the hits with every word, so the caption counts those apart.
    `cards` is every hit fetched (before the page's cut), `shown` how many are drawn."""
    every, some = partial_split(cards)
    if every and some:  # the tiers are filled in order: every full match was fetched
        text = (f"{format_int(len(every))} " + ("resultat" if len(every) == 1 else "resultater")
                + f" med alle ordene, {format_int(len(some))} med nogle af dem")
        fetched = len(cards)
    else:
        text = f"{format_int(total)} " + ("resultat" if total == 1 else "resultater")
        fetched = total
    return text + (f", viser {format_int(shown)}" if fetched > shown else "")


HIT_COLUMNS = {"title": "Titel", "kind": "Dokumenttype", "udvalg": "Udvalg", "samling": "Samling",
               "question_number": "Spørgsmål nr.", "iso_date": "Dato", "asker": "Spørger", "file": "Fil",
               "snippet": "Uddrag", "document_id": "Dokument-id"}


def hit_rows(cards: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The hits as shown, one row each, with Danish column names and each hit's citation."""
    rows = []
    for card in cards:
        row = {label: card.get(key) for key, label in HIT_COLUMNS.items()}
        row["Uddrag"] = "".join(getattr(c, "text", str(c)) for c in card.get("snippet") or [])
        row["Fil"] = ", ".join(card.get("files") or []) or card.get("file") or ""
        # Where the snippet stands, as the card cites it: the file, its page and the citation line.
        cited = card.get("citation") or {}
        row |= {"Citeret fil": cited.get("file") or "", "Side": card.get("page"), "Citat": cited.get("text") or "",
                "Alle ord": "ja" if card.get("match", "all") != "some" else "nej"}
        rows.append({k: "" if v is None else v for k, v in row.items()})
    return rows


def rows_csv(rows: list[dict[str, Any]], *, excel: bool = True) -> str:
    """CSV that Danish Excel opens as columns: UTF-8 with BOM and semicolons."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";" if excel else ",",
                                lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    return ("\ufeff" if excel else "") + out.getvalue()


def rows_json(rows: list[dict[str, Any]], about: Mapping[str, Any]) -> str:
    return json.dumps({"filtre": dict(about), "antal": len(rows), "resultater": rows}, ensure_ascii=False,
                      indent=1, default=str) + "\n"


def file_name(prefix: str, parts: Mapping[str, Any], ext: str) -> str:
    """"soeg-maaltal-udvalg-BEU.csv": the page, then each filter set, safe on every system."""
    words = [prefix]
    for key, value in parts.items():
        if value:
            words += [key, str(value)] if key != "q" else [str(value)]
    name = "-".join(_slug(w) for w in words if _slug(w))
    return f"{name[:120].rstrip('-')}.{ext}"


def _slug(text: str) -> str:
    folded = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae") \
        .replace("Ø", "Oe").replace("Å", "Aa")
    plain = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9.]+", "_", plain).strip("_.")


# -- kommuner --------------------------------------------------------------------------------

def kommune_download_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """A kommune table as shown, each row with its citation: file, page, the line that names
    the kommune, and the ready citation line (knowledge/citation.py)."""
    out = []
    for row in rows:
        cited = row.get("citation") or {}
        shown = {k: v for k, v in row.items() if k not in ("document_id", "citation")}
        out.append(shown | {"Fil": cited.get("file") or "", "Citat": cited.get("text") or ""})
    return [{k: "" if v is None else v for k, v in r.items()} for r in out]


# -- indicators ------------------------------------------------------------------------------

def reform_of(text: str | None) -> tuple[str, str] | None:
    """(canonical id, name) of the reform a spec names, by nlp's reform gazetteer
    ("Førtidspensions- og fleksjobreformen" and "reformen af førtidspension og fleksjob"
    are both fop-2012); a reform the gazetteer lacks keeps its printed name as id."""
    if not text:
        return None
    from nlp.linking import find_in_text

    found = find_in_text(text, "reform")
    if found:
        return found[0][0].id, found[0][0].name
    return text, text


def with_reforms(specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each spec with `reform_id` and `reform_name` (None without a reform)."""
    out = []
    for spec in specs:
        reform = reform_of(spec.get("reform"))
        out.append(spec | {"reform_id": reform[0] if reform else None, "reform_name": reform[1] if reform else None})
    return out


def reform_options(specs: list[dict[str, Any]]) -> dict[str, str]:
    """Canonical reform id -> name, one entry per reform, sorted by name."""
    found = {s["reform_id"]: s["reform_name"] for s in specs if s.get("reform_id")}
    return dict(sorted(found.items(), key=lambda kv: kv[1].casefold()))


def filter_specs(specs: list[dict[str, Any]], *, reform: str | None = None, kind: str | None = None,
                 data_source: str | None = None) -> list[dict[str, Any]]:
    """Specs of one reform (canonical id), kind and data source."""
    return [s for s in specs if (not reform or s.get("reform_id") == reform) and (not kind or s.get("kind") == kind)
            and (not data_source or s.get("data_source") == data_source)]


def indicator_kind_label(kind: str) -> str:
    return KIND_NAMES.get(kind, kind) if kind else "alle"


# -- "Mente du" --------------------------------------------------------------------------------

MAX_ECHO = 80  # characters of a query repeated back in a message
_NOT_WORDS = re.compile(r"[<>{}\[\]=/\\|&;:\"*#@$%^~`]|\b(?:NEAR|AND|OR|NOT)\b")


def suggestions_to_show(query: str, suggestions: list[str]) -> list[str]:
    """"Mente du" only for what reads as misspelt words: not for markup, operators or
    syntax ("<script>", "NEAR/3"), not for long pasted text, never the query itself."""
    text = " ".join(query.split())
    if not text or len(text) > MAX_ECHO or _NOT_WORDS.search(text) or len(text.split()) > 8:
        return []
    return [s for s in suggestions if s and s.casefold() != text.casefold() and len(s) <= MAX_ECHO]


def short(text: str | None, limit: int = 240) -> str:
    """A message as shown: long echoes of the query cut with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- Spor: the timeline as a graph -------------------------------------------------------------

EVENT_COLOURS = {"indført": "#d9f2d9", "ændret": "#fff3b0", "droppet": "#f8d0d0", "erstattet": "#fde2c8",
                 "bekræftet": "#d7ecff", "evalueret": "#e3d7ff", "planlagt": "#eeeeee"}


def _wrapped(text: str, width: int = 26, lines: int = 3) -> list[str]:
    import textwrap

    out = textwrap.wrap(" ".join(text.split()), width) or [""]
    return out[:lines - 1] + [textwrap.shorten(" ".join(out[lines - 1:]), width, placeholder=" …")] \
        if len(out) > lines else out


def _dot(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def event_year(event: dict[str, Any]) -> str:
    """The year an event is drawn at: its own, else its document's, else "uden år"."""
    if event.get("År"):
        return str(event["År"])
    for key in ("Dato", "Dokumentdato", "Dokumentperiode"):
        if m := re.search(r"\b(1[89]\d\d|2\d\d\d)\b", str(event.get(key) or "")):
            return m.group(1)
    return "uden år"


#: The smallest text the Graf tab draws, in points: a figure that grows in height instead of
#: width is never scaled down to fit the page, so this is what the reader sees.
MIN_FONT_SIZE = 14


def timeline_dot(events: list[dict[str, Any]]) -> str:
    """Graphviz DOT of the timeline's events, one box each, top to bottom on an axis of
    years: one row per event, so events of one year stand under each other (a year of
    eleven fleksjob events made a row eleven boxes wide, scaled down to unreadable text)
    and the figure grows in height, its width at most a year, a box and what replaced it.
    The year is written at its first row, a tick on the axis marks each further one; an
    arrow runs from each event to the next, and to what replaced it."""
    lines = ["digraph spor {", "rankdir=TB; nodesep=0.3; ranksep=0.35;",
             f'node [fontname="Helvetica", fontsize={MIN_FONT_SIZE + 2}, shape=box, style="rounded,filled"];',
             f'edge [color="#888888", fontname="Helvetica", fontsize={MIN_FONT_SIZE}];']
    axis: list[str] = []  # one axis node per row
    runs = 0
    for i, event in enumerate(events):
        year = event_year(event)
        if i == 0 or year != event_year(events[i - 1]):
            axis.append(f"y{runs}")
            lines.append(f'y{runs} [label={_dot(year)}, shape=plaintext, style="", fontsize={MIN_FONT_SIZE + 6}, '
                         'fontcolor="#444444"];')
            runs += 1
        else:  # a further event of the same year: a tick under the year
            axis.append(f"y{runs - 1}_{i}")
            lines.append(f'{axis[-1]} [label="", shape=point, width=0.08, color="#888888"];')
        if i:
            lines.append(f"{axis[i - 1]} -> {axis[i]} [arrowhead=none, penwidth=2];")
    for i, event in enumerate(events):
        kind = str(event.get("Hændelse") or "")
        # An event placed by its document's date says so, as the Tidslinje tab does.
        undated = not event.get("År") and not event.get("Dato")
        placed = ["(dokumentets dato)"] if undated and event.get("Dokumentdato") \
            else ["(dokumentets periode)"] if undated and event.get("Dokumentperiode") \
            else [f"({event['År']}–{event['Til år']})"] if event.get("År") and event.get("Til år") else []
        label = _dot("\n".join([kind.upper(), *_wrapped(str(event.get("Emne") or "")), *placed]))
        lines.append(f'e{i} [label={label}, fillcolor="{EVENT_COLOURS.get(kind, "#ffffff")}"];')
        row = [axis[i], f"e{i}"]
        if i:
            lines.append(f"e{i - 1} -> e{i};")
        if event.get("Erstattet af"):
            lines.append(f'r{i} [label={_dot(chr(10).join(_wrapped(str(event["Erstattet af"]))))}, fillcolor="#fde2c8"];')
            lines.append(f'e{i} -> r{i} [label=" erstattet af", color="#c0504d"];')
            row.append(f"r{i}")
        lines.append(f"{{rank=same; {'; '.join(row)};}}")
    return "\n".join(lines + ["}"])
