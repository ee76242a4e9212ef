"""Document facts of policy texts (extract/parsers/policy_document.py): reform names, the
date a news site stamps, the period a measure's data covers, and who is no issuer. Each
rule is shown on the dev texts that attest it and on a realistic sample."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.load import load
from extract.parsers.policy_document import parse
from extract.parsers.policy_issuer import issuer_of
from extract.parsers.policy_period import period_of
from extract.parsers.policy_reform import reform_of
from extract.parsers.policy_title import title_of

ROOT = Path(__file__).resolve().parents[2]


def _doc(text: str):
    from extract.document import Document

    return Document.from_text(text)


def _info(stem: str):
    [path] = list((ROOT / "corpus").rglob(f"{stem}.txt"))
    [info] = parse(load(path))
    return info


@pytest.mark.parametrize(("stem", "reform"), [
    # a political agreement's title, "aftale(n) om en/et ..."
    ("p02_bm_450_timers_reglen_bliver_225_2011", "aftalen om en fælles ghettostrategi"),
    ("d07_star_forsoeg_mere_ansvar_akasser", "aftalen om en forenklet beskæftigelsesindsats"),
    # a reform and the agreement that carries it
    ("p28_lovguiden_beskaeftigelsesreform_forsoeg_kommuner",
     "beskæftigelsesreformen (aftalen om en ny beskæftigelsesindsats)"),
    # an agreement "om en reform af ..." is the reform, not an agreement title
    ("d08_star_om_kontanthjaelpsreformen", "kontanthjælpsreformen"),
    # a dated settlement behind the reform
    ("d12_ft_lovovervaagning_fleksydelse", "førtidspensionsreformen (forlig december 2000)"),
    # a government's dated goal programme; a named trial
    ("p25_denoffentlige_sociale_2020_maal_2013", "regeringens sociale 2020-mål"),
    ("p30_berlingske_frikommuner_blandede_jobresultater", "frikommuneforsøget på beskæftigelsesområdet"),
    # "aftalen om tidlig pension" (no "en/et"): a reference to an agreement, no title
    ("p16_kraka_tidlig_pension_seniorpension_tilgang_2022", None),
])
def test_reform_of_dev_texts(stem: str, reform: str | None) -> None:
    assert _info(stem).reform == reform


@pytest.mark.parametrize(("text", "reform"), [
    ("Med aftalen om et nyt tilbagetrækningssystem, som blev indgået i 2006, hæves efterlønsalderen.",
     "aftalen om et nyt tilbagetrækningssystem"),
    ("I juni 2012 indgik regeringen, Venstre og Det Konservative Folkeparti et forlig om en "
     "førtidspensionsreform. Reformen trådte i kraft 1. januar 2013.",
     "førtidspensionsreformen (forlig juni 2012)"),
    ("Ministeren fremlagde i dag regeringens 2025-plan for beskæftigelsen.", "regeringens 2025-plan"),
    ("Evalueringen af a-kasseforsøget viser, at flere ledige kom hurtigere i job.", "a-kasseforsøget"),
    ("Kommunen har indgået en aftale om at levere data til ministeriet.", None),
])
def test_reform_of_samples(text: str, reform: str | None) -> None:
    found = reform_of(_doc(text))
    assert (found.value if found else None) == reform


@pytest.mark.parametrize(("text", "date"), [
    ("Sociale 2020-mål for de mest udsatte\n\nPolitik\n\n12/09/2013 12:35\n\nFreja Eriksen\n\nMinisteren ...",
     "2013-09-12"),   # corpus/policy p25
    ("Jobcentret får ny leder\n\nLokalt\n\n03.05.2021 kl. 10:12\n\nKommunens jobcenter får en ny chef.",
     "2021-05-03"),
    # a date and time inside a sentence is an event
    ("Mødet\n\nMødet holdes den 3. maj 2021 kl. 10:00 på rådhuset, og alle kan deltage i det.", None),
])
def test_a_news_timestamp_dates_the_page(text: str, date: str | None) -> None:
    [info] = parse(_doc(text))
    assert (info.date.isoformat() if info.date else None) == date


@pytest.mark.parametrize(("text", "period"), [
    ("Opgørelsen bygger på data fra Landspatientregisteret, der er afgrænset til perioden 2014-2022.",
     "2014-2022"),   # corpus/policy p21
    ("Note: Indikatoren er beregnet pba. registre. Periode: 2010-2019.", "2010-2019"),   # corpus/policy p23
    ("Målingen er opgjort for perioden 2015-2020 og opdateres årligt.", "2015-2020"),
    # a period of events in a sentence is not the data's period
    ("Ledigheden falder\n\nLedigheden faldt i perioden 2015-2020 i de fleste kommuner.", None),
])
def test_period_of_a_measures_data(text: str, period: str | None) -> None:
    doc = _doc(text)
    found = period_of(doc, title_of(doc))
    assert (found.value if found else None) == period


def test_a_cited_source_is_no_issuer() -> None:
    assert _info("p06_sn_fakta_kontanthjaelpsloft_225_effekt_2019").issuer is None
    text = ("Ledigheden falder\n\nBeskæftigelsesministeriet venter flere i job. Ifølge "
            "Beskæftigelsesministeriet er det reformen, der virker.\n\nKilde: Beskæftigelsesministeriet.")
    assert issuer_of(_doc(text)) is None
    # named twice without being cited as the source: the page's own ministry
    own = "Ledigheden falder\n\nBeskæftigelsesministeriet venter flere i job.\n\nBeskæftigelsesministeriet, 2021"
    found = issuer_of(_doc(own))
    assert found is not None and found.value == "Beskæftigelsesministeriet"


@pytest.mark.parametrize(("stem", "title"), [
    # a news label, a skip link, a cookie banner and a publisher's address line, a weekday date
    ("p02_bm_450_timers_reglen_bliver_225_2011", "450-timers-reglen bliver til en 225-timers-regel"),
    ("p18_bm_tre_evalueringer_sygedagpengereformen_2017", "Tre undersøgelser evaluerer sygedagpengereformen"),
    ("p09_holbaek_selvforsoergelsesydelse_opholdskrav",
     "Selvforsørgelses- og hjemrejseydelse eller overgangsydelse (tidligere integrationsydelse)"),
    ("p14_star_skrivelse_indfoerelse_seniorpension_2020",
     "Skrivelse om orientering om lov om ændring af lov om social pension og forskellige andre love "
     "(Indførelse af seniorpension)"),
    ("p16_kraka_tidlig_pension_seniorpension_tilgang_2022",
     "Få vælger tidlig pension, mens flere end forventet går på seniorpension"),
    # a heading written as a sentence is still the heading
    ("d02_jobindsats_ministermaal_opkvalificering",
     "Ny måling af ministerens beskæftigelsespolitiske mål viser antal og andel ydelsesmodtagere, "
     "som har påbegyndt et opkvalificeringsforløb."),
    # a dateline and its lede, or a paragraph first: the stored page prints no title
    ("p04_kd_225_timers_reglen_suspension_2020", None),
    ("p06_sn_fakta_kontanthjaelpsloft_225_effekt_2019", None),
    ("p10_uvm_nationale_maal_folkeskolen_v_a", None),
    ("p11_uvm_nationale_maal_folkeskolen_v_b_2024", None),
])
def test_title_of_dev_texts(stem: str, title: str | None) -> None:
    assert _info(stem).title == title


def test_a_cookie_banner_is_no_title() -> None:
    text = ("Tillad alle\nVi bruger cookies til at forbedre din oplevelse af hjemmesiden.\n\n"
            "Nyt tilskud til virksomhedspraktik\n\nFra 1. januar kan virksomheder søge om tilskud.")
    found = title_of(_doc(text))
    assert found is not None and found.value == "Nyt tilskud til virksomhedspraktik"


@pytest.mark.parametrize(("stem", "organisations"), [
    # a ministry or agency named in the genitive (d09, p14); the issuer printed in the text (p01)
    ("d09_jobindsats_resultatmaaling_benchmark_2021", ["Beskæftigelsesministeriet", "Sundhedsstyrelsen", "VIVE"]),
    ("p01_lo_jobcenterindeks_indikatorer_2013", ["LO"]),
    # a logo's alt text ("Lovguiden Logo") names the site, it mentions no organisation
    ("p28_lovguiden_beskaeftigelsesreform_forsoeg_kommuner", []),
])
def test_organisations_of_dev_texts(stem: str, organisations: list[str]) -> None:
    assert list(_info(stem).organisations) == organisations


def test_organisations_of_p14_include_the_sender_named_in_the_genitive() -> None:
    assert {"Arbejdsmarkeds- og Rekrutteringsstyrelsen", "Folketinget"} <= set(
        _info("p14_star_skrivelse_indfoerelse_seniorpension_2020").organisations)
