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
sections); news items that name a bill's remarks or a policy in a sentence keep their type;
- an annual report ("Årsrapport 2022 – afsnit 2.3") and a status memo to a forligskreds: reports; minutes and agendas
  named after their committee ("Børne- og Undervisningsudvalget – Referat") and a government's programme
  ("Regeringsgrundlag, kapitel 4"): other, as the municipal README's minutes and programmes."""
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


ANNUAL_REPORT_SAMPLE = """Årsrapport 2022 – afsnit 2.3: Mediestøtte
Kulturministeriet, 31. marts 2023

I 2022 blev der udbetalt 412 mio. kr. i produktionsstøtte til nyhedsmedier. Innovationspuljen blev videreført på
uændret niveau, mens den midlertidige kompensationsordning fra covid-19-perioden udløb ved årets udgang.
"""

ANNUAL_REPORT_CHAPTER_SAMPLE = """Årsrapport 2023, afsnit 4: Tilskud til idræt og foreninger
Slots- og Kulturstyrelsen, 28. marts 2024

Styrelsen administrerede i 2023 i alt 37 tilskudsordninger. Puljen til foreningsfaciliteter i landdistrikter blev
oprettet med finansloven for 2023.
"""

STATUS_MEMO_SAMPLE = """Statusnotat til forligskredsen bag Infrastrukturplan 2035
Transportministeriet, 14. november 2023

Af de 24 projekter i planen er 9 afsluttet og 11 under anlæg. Udbygningen af E45 ved Vejle blev sat i gang i 2022.
"""

MEMO_TO_PARTIES_SAMPLE = """Status for implementering af ret til tidlig pension – notat til forligskredsen
Beskæftigelsesministeriet, 2. februar 2024

Ved udgangen af 2023 havde 31.000 personer fået tilkendt tidlig pension. Aftalepartierne gør status igen i 2025.
"""

MINUTES_SUFFIX_SAMPLE = """Børne- og Undervisningsudvalget – Referat
Hjørring Kommune, 8. maj 2024

1. Ny struktur for skolernes specialtilbud
Indstilling
Forvaltningen indstiller, at udvalget godkender den nye struktur.
Beslutning
Godkendt.
"""

MINUTES_SUFFIX_MEETING_SAMPLE = """Teknik- og Miljøudvalget – dagsorden, ordinært møde
Herning Kommune, 3. september 2024

Punkt 4. Takster for vinterbekæmpelse
Forvaltningen foreslår, at taksterne for 2025 fastholdes.
"""

GOVERNMENT_PROGRAMME_SAMPLE = """Regeringsgrundlag, kapitel 4: Et grønt Danmark
Statsministeriet, 14. december 2022

Regeringen vil indføre en CO2e-afgift på landbruget. Målet om 70 pct. reduktion i 2030 fastholdes.
"""

GOVERNMENT_PROGRAMME_CHAPTER_SAMPLE = """Et trygt Danmark – kapitel 6 i regeringsgrundlaget
Statsministeriet, 15. december 2022

Regeringen vil skærpe straffene for vold mod offentligt ansatte og styrke politiets tilstedeværelse i hele landet.
"""

MEASURE_DESCRIPTION_SAMPLE = """Målingsbeskrivelse: Ledighedsydelse
Styrelsen for Arbejdsmarked og Rekruttering, 12. januar 2024

Om målingen
Målingen viser antallet af personer på ledighedsydelse opgjort som fuldtidspersoner.

Opgørelsesmetode
Fuldtidspersoner beregnes som summen af ydelsesuger divideret med antal uger i perioden.
"""

MEASURE_DESCRIPTION_PLAIN_SAMPLE = """Målingsbeskrivelse – Virksomhedsrettet tilbud til sygedagpengemodtagere
Styrelsen for Arbejdsmarked og Rekruttering, 3. februar 2023

Målingen opgøres som andelen af sygedagpengemodtagere, der har været i virksomhedspraktik eller løntilskud i måneden.
Enhed: Procent
"""

AUDIT_REPORT_SAMPLE = """Beretning om Skattestyrelsens styring af it-systemet til inddrivelse
Rigsrevisionen, 21. marts 2023

Rigsrevisionen har undersøgt, om Skattestyrelsen har styret udviklingen af det nye inddrivelsessystem
tilfredsstillende. Systemet blev taget i brug i 2019 og erstattede det tidligere system EFI.
"""

AUDIT_REPORT_NUMBERED_SAMPLE = """Rigsrevisionens beretning nr. 7/2022 om forsvarets anskaffelse af artilleri
Rigsrevisionen, 3. november 2022

Beretningen handler om Forsvarsministeriets Materiel- og Indkøbsstyrelses anskaffelse af 15 artillerisystemer.
Anskaffelsen blev besluttet i forsvarsforliget 2018-2023.
"""

RECOMMENDATIONS_CHAPTER_SAMPLE = """Kapitel 1. Sammenfatning og anbefalinger
Ekspertgruppen om fremtidens ældrepleje, 4. juni 2024

Ekspertgruppen anbefaler, at kommunerne får større frihed til at tilrettelægge hjælpen. Gruppen foreslår, at
kvalitetsstandarderne forenkles.
"""

RECOMMENDATIONS_SUBTITLE_SAMPLE = """Et stærkere erhvervsuddannelsessystem – sammenfatning og anbefalinger
Reformkommissionen, 12. januar 2023

Kommissionen anbefaler, at grundforløbet omlægges, og at der indføres en ny erhvervsrettet ungdomsuddannelse.
"""

SPEECH_SAMPLE = """Beskæftigelsesministerens tale ved KL's Beskæftigelseskonference
Beskæftigelsesministeriet, 10. oktober 2023

Det talte ord gælder

Kære alle. Tak for invitationen. Med reformen af beskæftigelsesindsatsen afskaffer vi en række proceskrav.
"""

SPEECH_AT_MEETING_SAMPLE = """Tale ved årsmødet i Danske Regioner
Indenrigs- og Sundhedsministeriet, 13. marts 2024
DET TALTE ORD GÆLDER

Sidste år vedtog Folketinget en ny psykiatrilov. Nu skal vi have den ført ud i livet.
"""

# A news item about an audit report or a speech names no genre of its own in its heading.
NEWS_ABOUT_AUDIT = """Ny beretning: Skattestyrelsen styrede ikke it-projektet godt nok
Rigsrevisionen, 21. marts 2023

Skattestyrelsen har ikke haft styr på udviklingen af det nye inddrivelsessystem, viser en ny beretning.
"""

# A news headline naming a government's programme or an annual report is no programme and no report.
NEWS_ABOUT_PROGRAMME = """Nyt regeringsgrundlag lover lavere skat på arbejde
Ritzau, 14. december 2022

Regeringen har præsenteret sit regeringsgrundlag. Topskatten skal lettes fra 2025, siger statsministeren.
"""

NEWS_ABOUT_ANNUAL_REPORT = """Ny årsrapport: Færre unge står uden job
Styrelsen for Arbejdsmarked og Rekruttering, 3. april 2024

Andelen af unge på offentlig forsørgelse faldt i 2023, viser styrelsens årsrapport.
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
    (ANNUAL_REPORT_SAMPLE, "report"),
    (ANNUAL_REPORT_CHAPTER_SAMPLE, "report"),
    (STATUS_MEMO_SAMPLE, "report"),
    (MEMO_TO_PARTIES_SAMPLE, "report"),
    (MINUTES_SUFFIX_SAMPLE, "other"),
    (MINUTES_SUFFIX_MEETING_SAMPLE, "other"),
    (GOVERNMENT_PROGRAMME_SAMPLE, "other"),
    (GOVERNMENT_PROGRAMME_CHAPTER_SAMPLE, "other"),
    (MEASURE_DESCRIPTION_SAMPLE, "indicator_spec"),
    (MEASURE_DESCRIPTION_PLAIN_SAMPLE, "indicator_spec"),
    (NEWS_ABOUT_PROGRAMME, "news"),
    (NEWS_ABOUT_ANNUAL_REPORT, "news"),
    (AUDIT_REPORT_SAMPLE, "report"),
    (AUDIT_REPORT_NUMBERED_SAMPLE, "report"),
    (RECOMMENDATIONS_CHAPTER_SAMPLE, "report"),
    (RECOMMENDATIONS_SUBTITLE_SAMPLE, "report"),
    (SPEECH_SAMPLE, "other"),
    (SPEECH_AT_MEETING_SAMPLE, "other"),
    (NEWS_ABOUT_AUDIT, "news"),
], ids=["remarks-line-under-title", "general-remarks-line", "suspended-compound-policy", "suspended-compound-plan",
        "policy-as-subtitle", "topic-page-this-page", "topic-page-overview",
        "must-stay-news-names-remarks", "must-stay-news-points-to-text", "must-stay-news-about-policy", "must-stay-news-dash",
        "annual-report", "annual-report-chapter", "status-memo", "memo-to-parties", "minutes-named-after-body",
        "agenda-named-after-committee", "government-programme", "government-programme-chapter",
        "measure-description", "measure-description-dash",
        "must-stay-news-about-programme", "must-stay-news-about-annual-report", "audit-report", "audit-report-numbered",
        "recommendations-chapter", "recommendations-subtitle", "speech", "speech-capitals", "must-stay-news-about-audit"])
def test_dated_paper_genre(text: str, genre: str, tmp_path: Path) -> None:
    assert _doc_type(text, tmp_path) == genre
