"""The title an HTML page gives itself, for a page whose body prints no heading.

A web page names itself in `<title>`, which the loader keeps out of the text (it is the
head, not the page). Where the body has a heading element, that heading is the title (its
first h1, else its first h2-h6: the markup says what is a heading, so a navigation line
above it is not taken for one). Where it has none, the first paragraph is
no title (it is the lede, a sentence): the page's own `<title>` is, without the site's
name that sites append after a separator, as the dev sets' titles are written ("Om
kontanthjælpsreformen", not "Om kontanthjælpsreformen | star.dk").

The suffix is cut only when it names the site or its publisher, so a title's own dash
stays ("Lovovervågning - Lov om fleksydelse", star d12 gold): a domain ("star.dk",
"www.bm.dk"), the site name the page declares (`og:site_name`, `application-name`), or a
publisher of the reference tables (danish/data: ministries, agencies, kommuner).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from danish import reference

# Separators before a site's name: " | ", " - ", " – ", " — ", " :: ", " · ".
_SEPARATOR = re.compile(r"[ \t]+(?:\||-|–|—|::|·)[ \t]+")
# A domain name standing for its site ("star.dk", "www.bm.dk", "Lovguiden.dk").
_DOMAIN = re.compile(r"(?:www\.)?(?:[a-z0-9æøå](?:[a-z0-9æøå-]{0,62})\.){1,4}[a-z]{2,6}")


@dataclass(frozen=True, slots=True)
class PageHead:
    """What an HTML page says of itself outside its body text."""

    title: str | None      # <title>, whitespace collapsed
    site_name: str | None  # <meta property="og:site_name"> or <meta name="application-name">
    heading: str | None    # the body's first h1, else its first heading element (h2-h6), with text


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


@lru_cache(maxsize=1)
def _publishers() -> frozenset[str]:
    """Names of ministries, agencies and kommuner (with their abbreviations and other names)."""
    from .kommune_registry import kommuner

    names: set[str] = set()
    for m in reference.ministries():
        names.update(n for n in (m.name, m.abbrev, *m.aliases) if n)
    for a in reference.agencies():
        names.update(n for n in (a.name, a.abbrev, *a.aliases) if n)
    for k in kommuner():  # "Holbæk Kommune"; a town's bare name may be a title's own place
        names.update(f"{n} Kommune" for n in (k.name, *k.aliases))
    return frozenset(_key(n) for n in names)


def names_site(suffix: str, site_name: str | None = None) -> bool:
    """Does this title suffix name the site or its publisher?"""
    key = _key(suffix)
    if not key:
        return False
    if site_name and key == _key(site_name):
        return True
    return bool(_DOMAIN.fullmatch(key)) or key in _publishers()


def strip_site(title: str, site_name: str | None = None) -> str:
    """The title without the site names after its last separators ("A | Nyheder | star.dk"
    loses "star.dk" only: "Nyheder" is a section, not the site). One pass over the
    separators, from the end (linear in the title)."""
    title = " ".join(title.split())
    end = len(title)
    for cut in reversed(list(_SEPARATOR.finditer(title))):
        if cut.end() > end:
            continue  # inside a suffix already cut (" - " within "Styrelsen - X")
        if cut.start() == 0 or not names_site(title[cut.end():end], site_name):
            break
        end = cut.start()
    return title[:end].strip()


def page_title(head: PageHead | None) -> str | None:
    """The page's title: the heading its body prints, else its own <title> without the
    site's name; None when it has neither."""
    if head is None:
        return None
    if head.heading:
        return head.heading
    if not head.title:
        return None
    title = strip_site(head.title, head.site_name)
    return title if re.search(r"[^\W\d_]{2}", title) and not names_site(title, head.site_name) else None


# A line in English on a Danish page is never its title: web pages keep an image's alt text
# as a line of their text, and stock photo libraries describe their pictures in English
# ("Two businessmen in formal suits discussing at a conference table.", policy p28, above
# the headline; tests/extract/test_page_title.py ALT_TEXT_SAMPLE). The language is told by
# spaCy's stop word lists (spacy.lang.en, spacy.lang.da): two different English function words,
# and no Danish one ("at", "for", "i", "over" are both languages' and tell nothing).
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    from spacy.lang.da.stop_words import STOP_WORDS as DANISH
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH

    return frozenset(ENGLISH - DANISH), frozenset(DANISH - ENGLISH)


def in_english(line: str) -> bool:
    """The line is written in English, not Danish (see above)."""
    english, danish = _function_words()
    words = set(_WORD.findall(line.casefold()))
    return len(words & english) >= 2 and not words & danish
