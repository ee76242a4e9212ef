"""The app shows what a value the document does not print rests on, in Danish, where it would
otherwise show a place in the text: an ft.dk letter's issuer "Folketinget" (by its address), a
star.dk page's "Styrelsen for Arbejdsmarked og Rekruttering" (by the site's page template)."""
from __future__ import annotations

from knowledge import app_api
from knowledge.citation import Citer
from knowledge.store import Store

from .conftest import doc_id
from .test_pages import run_page

FT_LETTER = "amu-2004-05-l22-spm31-svar.txt"  # prints no ministry: Folketinget by its ft.dk address
STAR_PAGE = "d03_star_ber_maal_2018.txt"  # star.dk's page template; its indicators inherit the issuer


def test_an_inferred_field_gives_its_basis_where_a_cited_one_gives_its_place(store: Store) -> None:
    letter = doc_id(store, FT_LETTER)
    rows = app_api.field_rows(store.records(document_id=letter))
    issuer = next(r for r in rows if r["Post"] == "Dokumentoplysninger" and r["Felt"] == "Udsteder")
    assert (issuer["Værdi"], issuer["Tegn"]) == ("Folketinget", "udledt af kildens adresse: ft.dk")
    assert isinstance(issuer["Side"], int)  # the record's page: the table's page column stays whole numbers
    title = next(r for r in rows if r["Post"] == "Dokumentoplysninger" and r["Felt"] == "Titel")
    assert "udledt" not in title["Tegn"]


def test_the_document_page_shows_the_basis(store: Store) -> None:
    at = run_page("Dokument", dok=doc_id(store, FT_LETTER))
    fields = at.dataframe[0].value
    assert "udledt af kildens adresse: ft.dk" in set(fields["Tegn"])


def test_a_citation_names_the_basis_of_an_issuer_not_printed(store: Store) -> None:
    letter = doc_id(store, FT_LETTER)
    cited = Citer(store).cite(letter, page=1, quote=None)
    assert cited["issuer_basis"] == {"kind": "site_address", "source": "ft.dk"}
    assert cited["text"].startswith("Folketinget (udledt af kildens adresse: ft.dk), »")
    assert app_api.issuer_label(cited) == "Folketinget (udledt af kildens adresse: ft.dk)"


def test_an_indicator_spec_shows_its_issuers_basis_in_danish(store: Store) -> None:
    page = doc_id(store, STAR_PAGE)
    specs = [s for s in app_api.indicator_catalogue(store) if s["provenance"]["document_id"] == page]
    assert specs
    for spec in specs:
        assert spec["issuer_basis"] == "site convention: the star.dk page template"
        assert dict(app_api.spec_rows(spec))["Udsteder"] == (
            "Styrelsen for Arbejdsmarked og Rekruttering (udledt af sidens skabelon: star.dk)")


def test_a_quote_not_found_in_the_document_is_not_given(store: Store) -> None:
    letter = doc_id(store, FT_LETTER)
    citer = Citer(store)
    # the letter prints "Folketingets Arbejdsmarkedsudvalg", not the udvalg's name "Arbejdsmarkedsudvalget"
    assert citer.cite(letter, page=None, quote="Arbejdsmarkedsudvalget")["quote"] is None
    found = citer.cite(letter, page=None, quote="Folketingets  Arbejdsmarkedsudvalg")
    text = (store.document(letter) or {})["text"]
    assert found["quote"] == "Folketingets Arbejdsmarkedsudvalg" and found["page"] == 1
    assert text[found["start"]:found["end"]] == "Folketingets Arbejdsmarkedsudvalg"
