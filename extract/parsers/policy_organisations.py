"""The organisations a policy document names, and a kommune's own bodies (extract/data/municipal_bodies.tsv)."""
from __future__ import annotations

import re
from functools import lru_cache

from danish import reference

from ..document import Document
from .party_voice import party_names_in
from .policy_issuer import AGENCY_NAMES, KOMMUNE_NAME
from .policy_layout import LOGO_LINE, Found


# Ministries and boards by their form ("Beskæftigelsesministeriet", "Planklagenævnet"), Folketing committees, and the
# agencies table; a name followed by its abbreviation is one organisation ("... Velfærd (VIVE)").
# A ministry or agency in the genitive is named all the same: "Beskæftigelsesministeriets
# benchmarkinganalyse" (d09), "Arbejdsmarkeds- og Rekrutteringsstyrelsens skrivelse" (p14), "Folketingets
# parlamentariske kontrol" (s10_04 gold: "Folketinget"; s12_03, s19_07): the genitive "s" of a name the
# agencies table holds in full (not of an abbreviation: Danish writes "FT's") is left out of the name.
_ORGANISATIONS = re.compile(
    # a board ("Bestyrelsen", "Kommunalbestyrelsen") is no agency ("styrelse")
    # a public board by its Danish form in "-nævnet" (Ligebehandlingsnævnet, s17_01, s9_08; Planklagenævnet, s10_06;
    # Bevillingsnævnet, s9_08: each in its gold)
    r"\b(?:(?P<body>[A-ZÆØÅ][\wæøå-]*(?:- og [A-ZÆØÅ][\wæøå]*)?(?:ministeriet|(?<![Bb]e)styrelsen|nævnet))s?"
    r"|Folketingets [A-ZÆØÅ]?\w*udvalg"
    rf"|(?P<agency>{AGENCY_NAMES})(?: \([A-ZÆØÅ]{{2,5}}\))?(?P<genitive>(?<=[a-zæøå])s)?)(?!\w)")


def _line_of(text: str, index: int) -> str:
    end = text.find("\n", index)
    return text[text.rfind("\n", 0, index) + 1:end if end >= 0 else len(text)]


def organisations_of(doc: Document, issuer: Found | None = None) -> list[str]:
    """Each organisation once, in the fullest form the text prints: "Beskæftigelsesrådet (BER)"
    rather than a later "BER" (one agency id, danish/data/agencies.csv); the issuer too when
    the text prints its name ("LO s jobcenterindeks", p01)."""
    return [name for name, _, _ in organisations_at(doc, issuer)]


def organisations_at(doc: Document, issuer: Found | None = None) -> list[tuple[str, int, int]]:
    """`organisations_of` with where each is printed in the form kept: (name, start, end) of `doc.text` (a body
    printed across a line break holds its name with the break as a space)."""
    fullest: dict[str, tuple[str, int, int]] = {}
    if issuer is not None and issuer.start >= 0 and doc.text.startswith(issuer.value, issuer.start) \
            and not KOMMUNE_NAME.fullmatch(issuer.value) and issuer.value not in party_names_in(doc.text) \
            and not LOGO_LINE.match(_line_of(doc.text, issuer.start)):  # a logo's alt text is no mention
        known_issuer = reference.agency_by_name(issuer.value)
        fullest[known_issuer.id if known_issuer else issuer.value] = (
            issuer.value, issuer.start, issuer.start + len(issuer.value))
    for m in _ORGANISATIONS.finditer(doc.text):
        printed = m.group("body") or (m.group(0)[:-1] if m.group("genitive") else m.group(0))
        known = reference.agency_by_name(re.sub(r" \([A-ZÆØÅ]{2,5}\)$", "", printed))
        key = known.id if known else printed
        if len(printed) > len(fullest.get(key, ("",))[0]):
            fullest[key] = (printed, m.start(), m.start() + len(printed))
    # a kommune's paper, the issuer the kommune or one of its units ("Ballerup Kommune, Center for Ejendomme"), or its
    # byråd ("Aarhus Byråd", whose minutes name "Byrådet": the issuer itself, in its fullest form)
    council = issuer is not None and issuer.value.endswith(" Byråd")
    if issuer is not None and (KOMMUNE_NAME.fullmatch(issuer.value.split(", ")[0]) or council):
        for body, start, end in _municipal_bodies_at(doc.text):
            if not (council and body == "Byrådet"):
                fullest.setdefault(body, (body, start, end))
    for body, start, end in international_bodies_at(doc.text) + national_bodies_at(doc.text):
        fullest.setdefault(body, (body, start, end))
    return list(fullest.values())


@lru_cache(maxsize=None)
def _table_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """The `pattern` column of a table of bodies in extract/data (municipal_bodies.tsv, international_bodies.tsv,
    national_bodies.tsv)."""
    from danish._data import table_rows

    return tuple(re.compile(row["pattern"]) for row in table_rows("extract", "data", name, delimiter="\t"))


@lru_cache(maxsize=1)
def _regions() -> re.Pattern[str]:
    """The five regions by the names the kommune register gives them (danish/data/kommuner.csv, `region`): "Region
    Hovedstaden" in f07 and s18_13 (golds: an organisation), also in the genitive ("Region Hovedstadens")."""
    from ..kommune_registry import kommuner

    names = sorted({k.region for k in kommuner() if k.region}, key=lambda n: (-len(n), n))
    return re.compile(r"(?<![\wæøå-])(?:" + "|".join(re.escape(n) for n in names) + r")(?=s?\b)")


def _first_mentions(patterns: tuple[re.Pattern[str], ...], text: str, *, one_body_a_row: bool = False
                    ) -> list[tuple[str, int, int]]:
    """Each body the patterns find, once, where it is first printed, in text order: (name, start, end), the name as
    printed with its line breaks as spaces. A table whose row is one body (`one_body_a_row`: the international and
    national tables, where a row's pattern holds each form the body is printed in, "Danmarks Radio" and "DR") names
    it by the form printed first; a row of several bodies ("Magistratsafdelingen for X", the regions) names each
    as printed."""
    first: dict[str | int, tuple[str, int, int]] = {}
    for row, pattern in enumerate(patterns):
        for m in pattern.finditer(text):
            name = " ".join(m.group(0).split())
            key: str | int = row if one_body_a_row else name
            if key not in first or m.start() < first[key][1]:
                first[key] = (name, m.start(), m.end())
    return sorted(first.values(), key=lambda found: found[1])


def international_bodies_at(text: str) -> list[tuple[str, int, int]]:
    """The international and European bodies the text names (extract/data/international_bodies.tsv) and the regions
    (`_regions`), each once, as first printed ("EU-domstolen"; "EU" of "EU’s" and "EU-niveau"): (name, start, end).
    A body whose abbreviation the text defines in brackets after its name is named by that name (`defined_name`)."""
    found = _first_mentions(_table_patterns("international_bodies.tsv"), text, one_body_a_row=True) \
        + _first_mentions((_regions(),), text)
    named = [defined_name(text, name) or (name, start, end) for name, start, end in found]
    return sorted({n[0]: n for n in named}.values(), key=lambda n: n[1])


def national_bodies_at(text: str) -> list[tuple[str, int, int]]:
    """The Danish national institutions the text names (extract/data/national_bodies.tsv), each once by the form it
    first prints ("Danmarks Radio", then "DR" the same body, s18_08): (name, start, end)."""
    return _first_mentions(_table_patterns("national_bodies.tsv"), text, one_body_a_row=True)


# A name and the abbreviation it defines in brackets: "Verdenshandelsorganisation (WTO)", "Den Internationale
# Valutafond (IMF)" (s19_13), "Kommunekontaktrådet (KKR)" (s17_02), "Styrelsen for Arbejdsmarked og Rekruttering
# (STAR)" (001): the golds list the name, never the abbreviation (eight texts). The name is the run of capitalised
# words before the bracket, with the small words of a name between them.
_NAME_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ’-]*"
_NAME_BEFORE = rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:for|og|i|af|til)\s+)?{_NAME_WORD})*)\s*\(\s*"


def defined_name(text: str, abbreviation: str) -> tuple[str, int, int] | None:
    """The name the text defines the abbreviation for ("Den Internationale Valutafond (IMF)" -> "Den Internationale
    Valutafond"), as printed with its line breaks as spaces, and where; None when the text defines none."""
    if not abbreviation.isupper() or len(abbreviation) > 6:
        return None
    m = re.search(_NAME_BEFORE + re.escape(abbreviation) + r"\s*\)", text)
    return (" ".join(m.group("name").split()), m.start("name"), m.end("name")) if m else None


def municipal_bodies(text: str) -> list[str]:
    """A kommune's councils, committees and centres named in its document (extract/data/
    municipal_bodies.tsv), once each, in text order."""
    return [body for body, _, _ in _municipal_bodies_at(text)]


def _municipal_bodies_at(text: str) -> list[tuple[str, int, int]]:
    """`municipal_bodies` with where each is first printed: (name, start, end). A body whose name ends another's is
    that body, named short: "Borgmesterens Afdeling" and "Magistratsafdelingen for Borgmesterens Afdeling" (s17_01
    gold: the department once, in its fullest form, as the convention keeps it)."""
    found = _first_mentions(_table_patterns("municipal_bodies.tsv"), text)
    names = {name for name, _, _ in found}
    return [body for body in found if not any(other.endswith(f" {body[0]}") for other in names)]
