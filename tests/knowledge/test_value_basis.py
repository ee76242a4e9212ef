"""A value is quoted only where its document prints it. Where the text prints a value, or the part
of a composed one, the record cites it; where a value is inferred (by the site convention of
corpus/star/README.md "Document fields": a page template, the document's own address, the sites
it prints; by a mail domain's or a department's owner), the record names that basis, and the
graph and the citations give an empty quote and the basis instead of a quotation the text does
not contain."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from extract.parsers.issuer_sites import site_issuer_found
from extract.records import Basis, DocumentInfo, IndicatorDefinition
from knowledge.citation import ENGLISH, citation, citation_line
from knowledge.export import _provenance
from knowledge.graph import build_graph
from knowledge.pipeline import Extraction, extract_path
from nlp.annotate import annotate
from tests.dev_records import hyphens_joined

ROOT = Path(__file__).resolve().parents[2]


def _extract(path: str) -> Extraction:
    return extract_path(ROOT / "corpus" / path)


def _info(ex: Extraction) -> DocumentInfo:
    return next(r for r in ex.records if isinstance(r, DocumentInfo))


def _printed(ex: Extraction, field: str) -> str | None:
    span = _info(ex).provenance.get(field)
    return ex.document.text[span.start:span.end] if span else None


@pytest.mark.parametrize(("path", "issuer", "basis"), [
    # ft.dk's letters that print no ministry: Folketinget, by the letter's address
    ("ft_qa/amu-2004-05-l22-spm31-svar.txt", "Folketinget", Basis(kind="site_address", source="ft.dk")),
    # a kommune's page, by its own domain; a newspaper's, by the issuer_sites.tsv table
    ("policy/p09_holbaek_selvforsoergelsesydelse_opholdskrav.txt", "Holbæk Kommune",
     Basis(kind="site_address", source="holbaek.dk")),
    ("policy/p04_kd_225_timers_reglen_suspension_2020.txt", "Kristeligt Dagblad",
     Basis(kind="site_address", source="www.kristeligt-dagblad.dk")),
    # star.dk's and bm.dk's page templates, a dated jobindsats.dk page
    ("star/d03_star_ber_maal_2018.txt", "Styrelsen for Arbejdsmarked og Rekruttering",
     Basis(kind="site_template", source="star.dk")),
    ("star/d04_bm_benchmark_2018.txt", "Beskæftigelsesministeriet", Basis(kind="site_template", source="bm.dk")),
    ("star/d01_jobindsats_aktiveringsgrad_passivandel.txt", "Styrelsen for Arbejdsmarked og Rekruttering",
     Basis(kind="site_template", source="jobindsats.dk")),
    # an API's documentation that prints only the site's addresses
    ("municipal/f01_star_jobindsats_api.txt", "Styrelsen for Arbejdsmarked og Rekruttering",
     Basis(kind="printed_sites", source="api.jobindsats.dk")),
])
def test_an_issuer_the_text_does_not_print_has_no_span_and_names_its_basis(path: str, issuer: str,
                                                                          basis: Basis) -> None:
    ex = _extract(path)
    info = _info(ex)
    assert (info.issuer, info.inferred, "issuer" in info.provenance) == (issuer, {"issuer": basis}, False)
    # the document's indicators inherit the issuer, and its basis
    for indicator in (r for r in ex.records if isinstance(r, IndicatorDefinition)):
        assert (indicator.issuer, indicator.inferred.get("issuer")) == (issuer, basis)


@pytest.mark.parametrize(("path", "issuer", "printed", "basis"), [
    # a letter head's unit (its "Afdeling:" line, or its banner in capitals), its owner by the mail domain
    ("municipal/s03_ballerup_solvej6.txt", "Ballerup Kommune, Center for Ejendomme", "Center for Ejendomme",
     Basis(kind="mail_domain", source="balk.dk")),
    ("municipal/f10_ballerup_kl_proces_notat.txt", "Ballerup Kommune, Social, Sundhed og Beskæftigelse",
     "SOCIAL, SUNDHED OG\nBESKÆFTIGELSE", Basis(kind="mail_domain", source="balk.dk")),
    # a contact block's unit
    ("municipal/s6_01_kval_vaerested_afklaring.txt", "Ballerup Kommune, Brydehuset", "Brydehuset",
     Basis(kind="mail_domain", source="balk.dk")),
    # a department named by itself, its kommune by extract/data/kommune_departments.tsv
    ("municipal/s01_aarhus_sager_paa_vej.txt", "Aarhus Kommune, Sundhed og Omsorg", "Sundhed og Omsorg",
     Basis(kind="department_kommune", source="Sundhed og Omsorg")),
])
def test_a_composed_issuer_cites_the_part_printed_and_names_the_basis_of_the_rest(
        path: str, issuer: str, printed: str, basis: Basis) -> None:
    ex = _extract(path)
    # (a person's role the convention words, "kontaktperson" of a "Kontakt:" line, has its own basis)
    inferred = {k: b for k, b in _info(ex).inferred.items() if not k.startswith("person_roles[")}
    assert (_info(ex).issuer, _printed(ex, "issuer"), inferred) == (issuer, printed, {"issuer": basis})


@pytest.mark.parametrize(("path", "issuer", "printed"), [
    ("ft_qa/udu-2009-10-spm248-svar.txt", "Undervisningsministeriet", "Undervis-ningsministeriet"),
    ("municipal/s05_trekantbrand_nyhedsbrev.txt", "TrekantBrand", "TrekantBrand"),  # the name as the file writes it
])
def test_a_printed_issuer_is_cited_and_has_no_basis(path: str, issuer: str, printed: str) -> None:
    ex = _extract(path)
    assert (_info(ex).issuer, _printed(ex, "issuer"), _info(ex).inferred) == (issuer, printed, {})


# A think tank's analysis that signs nowhere but prints its name (as corpus/policy p16 on kraka.dk).
ANALYSIS_SAMPLE = ("Analyse\n\nFå vælger tidlig pension\n\nI denne analyse viser Kraka, at tilgangen til tidlig "
                   "pension er lavere end ventet.\n")


def test_the_name_a_domain_spells_is_cited_where_the_text_prints_it() -> None:
    found = site_issuer_found("https://kraka.dk/analyse/faa_vaelger_tidlig_pension", ANALYSIS_SAMPLE)
    assert found is not None and found.basis is None
    assert (found.value, ANALYSIS_SAMPLE[found.start:found.stop]) == ("Kraka", "Kraka")
    owner = site_issuer_found("https://www.star.dk/da/reformer/", ANALYSIS_SAMPLE)
    assert owner is not None and (owner.value, owner.start, owner.basis) == (
        "Styrelsen for Arbejdsmarked og Rekruttering", -1, Basis(kind="site_address", source="www.star.dk"))


def test_a_basis_is_worded_in_english_and_danish_and_read_back() -> None:
    basis = Basis(kind="site_address", source="ft.dk")
    assert (basis.text, basis.danish) == ("site convention: address ft.dk", "udledt af kildens adresse: ft.dk")
    for kind in ("site_address", "site_template", "printed_sites", "mail_domain", "department_kommune"):
        assert Basis.from_text(Basis(kind=kind, source="bm.dk").text) == Basis(kind=kind, source="bm.dk")  # type: ignore[arg-type]
    assert Basis.from_text("Beskæftigelsesministeriet") is None


# -- the graph quotes only what the text prints -------------------------------------------------

GRAPHED = ["ft_qa/amu-2004-05-l22-spm31-svar.txt",  # Folketinget by its address; "Arbejdsmarkedsudvalgets"
           "ft_qa/udu-2009-10-spm248-svar.txt",  # a ministry and an asker hyphenated across a line
           "ft_qa_ministries/sou-2019-20-spm581-svar.txt",  # asked by "udvalget"
           "municipal/f10_ballerup_kl_proces_notat.txt",  # a composed issuer, a banner in capitals
           "star/d03_star_ber_maal_2018.txt",  # star.dk's template
           "policy/p21_esundhed_genindlaeggelser_indikatorer.txt"]  # an indicator named, defined elsewhere


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.fixture(scope="module")
def graphs() -> list[tuple[Extraction, nx.MultiDiGraph]]:
    out = []
    for path in GRAPHED:
        ex = _extract(path)
        text = ex.document.text
        # with the NLP pass's mentions too (a letter's asker is one, at the letter's span)
        out.append((ex, build_graph(ex.records, [annotate(ex.document, ex.records)],
                                    sources={ex.document.id: ex.document.source},
                                    text_of=lambda _doc, text=text: text)))
    return out


def test_every_quoted_edge_has_a_span_whose_text_contains_the_quote(graphs) -> None:  # noqa: ANN001
    checked = 0
    for ex, g in graphs:
        for u, v, d in g.edges(data=True):
            if not d.get("evidence_quote"):
                continue
            start, end = d["evidence_start"], d["evidence_end"]
            assert d["evidence_document"] == ex.document.id and end > start, (ex.document.source, d)
            # a letter's text field keeps a word's line-break hyphen as printed ("beskæftigelses- råd", the ft_qa
            # README's verbatim text fields) where the normalised text the span points into has the word joined
            quote = hyphens_joined(_norm(d["evidence_quote"]))
            assert quote in _norm(ex.document.text[start:end]), (ex.document.source, d)
            checked += 1
    assert checked > 50


def test_an_edge_without_a_span_quotes_nothing_and_names_its_basis(graphs) -> None:  # noqa: ANN001
    published = {Path(ex.document.source).name: [d for _, _, d in g.edges(data=True) if d["kind"] == "published_by"]
                 for ex, g in graphs}
    [folketinget] = published["amu-2004-05-l22-spm31-svar.txt"]
    assert (folketinget["evidence_quote"], folketinget["evidence_end"], folketinget["evidence_basis"]) == (
        "", 0, "site convention: address ft.dk")
    [star] = published["d03_star_ber_maal_2018.txt"]
    assert (star["evidence_quote"], star["evidence_basis"]) == ("", "site convention: the star.dk page template")
    # a composed issuer quotes the part printed, as printed, and names the basis of the rest
    [ballerup] = published["f10_ballerup_kl_proces_notat.txt"]
    assert (ballerup["evidence_quote"], ballerup["evidence_basis"]) == (
        "SOCIAL, SUNDHED OG BESKÆFTIGELSE", "the owner of the mail domain balk.dk")
    # a printed issuer: the text as printed, no basis
    [ministry] = published["udu-2009-10-spm248-svar.txt"]
    assert (ministry["evidence_quote"], ministry["evidence_basis"]) == ("Undervis-ningsministeriet", "")
    for _, g in graphs:
        for _, _, d in g.edges(data=True):
            if d["evidence_end"] <= d["evidence_start"]:
                assert d["evidence_quote"] == "", d


def test_without_the_texts_a_value_without_a_span_is_still_not_quoted() -> None:
    ex = _extract("ft_qa/amu-2004-05-l22-spm31-svar.txt")
    g = build_graph(ex.records)
    [edge] = [d for _, _, d in g.edges(data=True) if d["kind"] == "published_by"]
    assert (edge["evidence_quote"], edge["evidence_basis"]) == ("", "site convention: address ft.dk")


# -- citations and exports ------------------------------------------------------------------

FACTS = {"issuer": "Folketinget", "issuer_basis": {"kind": "site_address", "source": "ft.dk"},
         "title": "Arbejdsmarkedsudvalget spørgsmål nr. 31 (L 22) – svar"}


def test_a_citation_says_what_an_issuer_not_printed_rests_on() -> None:
    cited = citation(FACTS, document_id="d", source="corpus/ft_qa/x.txt", page=1, quote="Svar:")
    assert cited["text"] == ("Folketinget (udledt af kildens adresse: ft.dk), »Arbejdsmarkedsudvalget spørgsmål "
                             "nr. 31 (L 22) – svar«, s. 1: »Svar:«. (fil: x.txt)")
    assert citation_line(cited, ENGLISH).startswith("Folketinget (site convention: address ft.dk), »")
    printed = citation({**FACTS, "issuer_basis": None}, document_id="d", source="", page=None, quote=None)
    assert printed["text"].startswith("Folketinget, »")


def test_a_citation_of_a_value_without_a_span_gives_its_basis_not_a_quote() -> None:
    cited = citation({}, document_id="d", source="", page=None, quote=None, basis="udledt af kildens adresse: ft.dk")
    assert (cited["quote"], cited["text"]) == (None, " (udledt af kildens adresse: ft.dk).")


def test_an_exported_spec_quotes_only_the_text_at_its_span() -> None:
    data = {"document_id": "d", "definition": "Andelen af borgere", "title": "Indikator 1",
            "provenance": {"definition": {"page": 1, "start": 0, "end": 19}}}
    assert _provenance(data, {"text": "Andelen af  borgere i job", "source": "x.txt"}).quote == "Andelen af borgere"
    # the document's text is not at hand: no quote, rather than the value in its place
    assert _provenance(data, None).quote is None


# -- an event's year ------------------------------------------------------------------------

def test_an_events_year_is_cited_where_written_and_else_rests_on_the_document_date() -> None:
    from extract.records import LineageEvent

    ex = _extract("policy/p02_bm_450_timers_reglen_bliver_225_2011.txt")
    events = [r for r in ex.records if isinstance(r, LineageEvent)]
    # "Folketinget har i dag vedtaget ...": the year is the news item's (dated 10 May 2011)
    [today] = [e for e in events if e.evidence.startswith("Folketinget har i dag vedtaget")]
    assert (today.year, today.inferred, "year" in today.provenance) == (
        2011, {"year": Basis(kind="document_date", source="2011-05-10")}, False)
    # "... aftalen om en fælles ghettostrategi, som regeringen indgik i efteråret 2010": written
    [written] = [e for e in events if e.evidence.startswith("Lovforslaget udmønter")]
    span = written.provenance["year"]
    assert (written.year, written.inferred, ex.document.text[span.start:span.end]) == (2010, {}, "2010")


def test_an_events_actor_is_cited_where_named_and_else_rests_on_the_documents_issuer() -> None:
    from extract.records import LineageEvent

    ex = _extract("policy/p02_bm_450_timers_reglen_bliver_225_2011.txt")
    [today] = [r for r in ex.records if isinstance(r, LineageEvent)
               and r.evidence.startswith("Folketinget har i dag vedtaget")]
    span = today.provenance["actor"]
    assert (today.actor, ex.document.text[span.start:span.end], today.inferred.get("actor")) == (
        "Folketinget", "Folketinget", None)
    # a party's programme: the party speaks, named nowhere in "Organisationstvang må således ikke være tilladt."
    programme = _extract("municipal/s7_01_venstre_arbejdsmarked.txt")
    events = [r for r in programme.records if isinstance(r, LineageEvent)]
    [named] = [r for r in events if r.evidence.startswith("Venstre går ind for")]
    assert (named.actor, "actor" in named.provenance, named.inferred.get("actor")) == ("Venstre", True, None)
    [unnamed] = [r for r in events if r.evidence.startswith("Organisationstvang")]
    assert (unnamed.actor, "actor" in unnamed.provenance, unnamed.inferred.get("actor")) == (
        "Venstre", False, Basis(kind="document_issuer", source="Venstre"))
    g = build_graph(programme.records)
    [edge] = [d for _, _, d in g.edges(data=True)
              if d["kind"].endswith("_by") and d["evidence_start"] == unnamed.span.start]
    assert (edge["evidence_quote"], edge["evidence_basis"]) == (unnamed.evidence, "the document's issuer Venstre")


def test_an_indicators_site_is_cited_where_the_text_names_it() -> None:
    # jobindsats.dk's own API documentation prints the site in its addresses ("https://api.jobindsats.dk/v2")
    ex = _extract("municipal/f01_star_jobindsats_api.txt")
    sourced = [r for r in ex.records if isinstance(r, IndicatorDefinition) and r.source == "jobindsats.dk"]
    assert sourced
    for r in sourced:
        span = r.provenance["source"]
        assert ex.document.text[span.start:span.end].lower() == "jobindsats.dk"
