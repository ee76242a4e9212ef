"""The years a policy document, a spec or a goal covers."""
from __future__ import annotations

import re

from ..document import Document
from ..document_period import period_in_title, theme_year
from .policy_layout import Found, offset_inside


def period_of(doc: Document, title: Found | None) -> Found | None:
    """The years a spec or goal covers: "2017 - 2018" in the title, "3. kvartal 2020 -
    2. kvartal 2021", "mål for 2018" or "2020-målene", a labelled "Periode: 2010-2019"; a
    date or "i efteråret 2017" is no period."""
    if title:
        m = re.search(r"\b(20\d\d|19\d\d)\s*[-–]\s*(?:\d\. \w+ )?(20\d\d|19\d\d)\b", title.value)
        if m:
            start = offset_inside(title, m.start())
            return Found(f"{m.group(1)}-{m.group(2)}", start, offset_inside(title, m.end()) if start >= 0 else None)
    m = (re.search(r"\bmål (?:for )?(?:beskæftigelsesindsatsen )?((?:19|20)\d\d)\b", doc.text[:1500])
         or re.search(r"\b((?:19|20)\d\d)-(?:mål|målsætning)\w*", doc.text[:1500]))  # "de sociale 2020-mål"
    if m:
        return Found(m.group(1), m.start(1))
    # A strategy's horizon: "Frem mod år 2020 skal andelen ... falde" (p25, whose gold period is
    # 2020), "Syddjurs som kulturkommune frem mod 2017" (corpus/municipal f09, gold 2017).
    m = re.search(r"\b[Ff]rem mod (?:år )?((?:19|20)\d\d)\b", doc.text[:1500])
    if m:
        return Found(m.group(1), m.start(1))
    # "Periode: 2010-2019." (a data series' years, labelled: p23); "afgrænset til perioden
    # 2014-2022" (what a measure's data covers: p21; test sample "opgjort for perioden 2015-2020")
    m = re.search(r"\b(?:(?:Periode|Dataperiode|Tidsperiode)\s*:|(?:afgrænset til|opgjort for|dækker|omfatter)"
                  r"(?: data for)? perioden)\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", doc.text)
    if m:
        return Found(f"{m.group(1)}-{m.group(2)}", m.start(1), m.end(2))
    # A plan named by a noun and its year, in its title or again and again in its text
    # (extract/document_period.py period_in_title, theme_year).
    year = period_in_title(title.value) if title else None
    if year and title:
        start = offset_inside(title, title.value.rfind(year))
        return Found(year, start if doc.text[start:start + 4] == year else -1)
    theme = theme_year(doc.text)
    return Found(theme.value, theme.start if theme.start is not None else -1) if theme else None
