"""doc_type of dated papers that are no news items, by the genre markers of extract/data/genre_markers.tsv:
- a bill's remarks whose genre line ("Bemærkninger til lovforslaget", "Almindelige bemærkninger") stands on a line
  of its own under the bill's title and dateline, not in the title: a report, like the remarks that name the genre in
  their title (tests/extract/test_document_genres.py);
- a kommune's policy or plan whose genre noun is a suspended compound ("Børne- og ungepolitik 2024-2028",
  "Trafik- og mobilitetsplan 2025-2030") or the subtitle after a slogan ("Aktiv hele livet – Idræts- og
  bevægelsespolitik"): other, by the municipal README (a municipal policy is other);
- an agency's topic page that tells its reader what the page holds ("Her kan du få et overblik over ...", "På denne
  side kan du læse om ..."), dated by its last update: other, by the STAR README (topic pages are other).
The samples are written for this test in the layout of real ministries' and kommuners' papers (heading, dateline,
sections); news items that name a bill's remarks or a policy in a sentence keep their type."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path

REMARKS_UNDER_TITLE_SAMPLE = """Forslag til lov om ændring af ligningsloven (Forhøjelse af befordringsfradraget i yderkommuner)
Skatteministeriet, 3. oktober 2023

Bemærkninger til lovforslaget

Almindelige bemærkninger

1. Indledning
Lovforslaget udmønter en del af aftalen om finansloven for 2024. Det foreslås, at det forhøjede befordringsfradrag
for pendlere i yderkommuner forlænges til og med indkomståret 2027.

2. Lovforslagets indhold
Efter gældende regler bortfalder det forhøjede fradrag med udgangen af 2023.
"""

GENERAL_REMARKS_UNDER_TITLE_SAMPLE = """Forslag til lov om ændring af lov om aktiv socialpolitik (Ophævelse af 225-timersreglen)
Beskæftigelsesministeriet, 26. januar 2024

Almindelige bemærkninger

1. Indledning
Med lovforslaget ophæves 225-timersreglen, som blev indført i 2016. Ophævelsen har virkning fra den 1. januar 2025.
"""

SUSPENDED_POLICY_SAMPLE = """Børne- og ungepolitik 2024-2028 – Sammen om et godt børneliv
Næstved Kommune, 13. marts 2024

Forord
Børne- og ungepolitikken er vedtaget af byrådet og afløser politikken fra 2019. Den er blevet til i dialog med børn,
unge, forældre og medarbejdere.

Trivsel og fællesskab
Alle børn skal have mindst én god ven og være en del af et fællesskab.
"""

SUSPENDED_PLAN_SAMPLE = """Trafik- og mobilitetsplan 2025-2030, kapitel 2: Kollektiv trafik
Holstebro Kommune, 10. juni 2025

2.1 Status
Antallet af påstigere på bybusserne faldt fra 1,9 mio. i 2019 til 1,6 mio. i 2023.

2.2 Indsatser
Kommunen vil indføre en ny ringlinje fra 2026.
"""

SUBTITLE_POLICY_SAMPLE = """Aktiv hele livet – Idræts- og bevægelsespolitik 2024-2028
Herning Kommune, 5. december 2023

Forord
Med denne politik sætter byrådet retningen for, hvordan vi sammen med foreningerne får flere borgere til at bevæge sig.
"""

TOPIC_PAGE_SAMPLE = """Seniorpension – sådan har reglerne ændret sig
Styrelsen for Arbejdsmarked og Rekruttering, 14. februar 2024

På denne side kan du læse om de vigtigste ændringer i reglerne om seniorpension siden ordningen blev indført.

Seniorpensionen blev indført den 1. januar 2020 og afløste den tidligere seniorførtidspension. Fra 2023 blev
adgangen udvidet, så flere kan få seniorpension på baggrund af en vurdering af arbejdsevnen.
"""

TOPIC_PAGE_OVERVIEW_SAMPLE = """Fleksjobordningen
Styrelsen for Arbejdsmarked og Rekruttering, 2. maj 2023

Fleksjob er for personer med varigt og væsentligt nedsat arbejdsevne. Her kan du få et overblik over, hvordan
ordningen har udviklet sig.

Ordningen blev indført i 1998 og blev ændret med reformen af førtidspension og fleksjob i 2013.
"""

# A news item that points its reader to an agreement's text is no topic page.
NEWS_POINTS_TO_TEXT = """Aftale om lavere skat på arbejde er på plads
Skatteministeriet, 20. september 2023

Regeringen og Det Konservative Folkeparti har indgået en aftale om lavere skat på arbejde.
Her kan du læse aftaleteksten.
- Det skal kunne betale sig at arbejde, siger skatteminister Jeppe Bruus.
"""

# A news item that names a bill's remarks in its lede is no remarks.
NEWS_NAMES_REMARKS = """Regeringen vil forlænge det forhøjede befordringsfradrag
Skatteministeriet, 3. oktober 2023

Regeringen har i dag fremsat et lovforslag om at forlænge det forhøjede befordringsfradrag i yderkommuner.
Af bemærkningerne til lovforslaget fremgår det, at ca. 60.000 pendlere får glæde af fradraget.
- Det skal kunne betale sig at pendle, siger skatteminister Jeppe Bruus.
"""

# A news headline naming a policy in a sentence, no genre noun as its heading's head or subtitle.
NEWS_ABOUT_A_POLICY = """Byrådet vedtager ny børne- og ungepolitik
Næstved Kommune, 13. marts 2024

Byrådet har onsdag vedtaget en ny børne- og ungepolitik, der skal styrke trivslen.
- Vi har lyttet til børnene, siger borgmester Carsten Rasmussen.
"""

# A headline with a dash whose last words are no genre noun stays news.
NEWS_WITH_DASH = """Flere cyklister på Vestergade – kommunen udvider cykelstien
Herning Kommune, 5. december 2023

Antallet af cyklister på Vestergade er steget med 18 pct. siden 2021, viser nye tal.
"""


def _doc_type(text: str, tmp_path: Path) -> str | None:
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path).flat.doc_type


@pytest.mark.parametrize(("text", "genre"), [
    (REMARKS_UNDER_TITLE_SAMPLE, "report"),
    (GENERAL_REMARKS_UNDER_TITLE_SAMPLE, "report"),
    (SUSPENDED_POLICY_SAMPLE, "other"),
    (SUSPENDED_PLAN_SAMPLE, "other"),
    (SUBTITLE_POLICY_SAMPLE, "other"),
    (TOPIC_PAGE_SAMPLE, "other"),
    (TOPIC_PAGE_OVERVIEW_SAMPLE, "other"),
    (NEWS_NAMES_REMARKS, "news"),
    (NEWS_POINTS_TO_TEXT, "news"),
    (NEWS_ABOUT_A_POLICY, "news"),
    (NEWS_WITH_DASH, "news"),
], ids=["remarks-line-under-title", "general-remarks-line", "suspended-compound-policy", "suspended-compound-plan",
        "policy-as-subtitle", "topic-page-this-page", "topic-page-overview",
        "must-stay-news-names-remarks", "must-stay-news-points-to-text", "must-stay-news-about-policy", "must-stay-news-dash"])
def test_dated_paper_genre(text: str, genre: str, tmp_path: Path) -> None:
    assert _doc_type(text, tmp_path) == genre
