"""Immutable record types: one per thing a user can point at, each field cited.

`provenance` maps a field name to the `Span` of `Document.text` it was read from, so a
secretary or a journalist can jump from any value to the page it stands on. Values are
typed (dates as dates, numbers as numbers); text values are whitespace-normalised but
otherwise exactly as printed.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from nlp.lineage.kinds import KIND_NAMES, check_kind

from .document import Span

DocType = Literal["question", "answer", "indicator_spec", "letter", "news", "report", "other"]
CaseKind = Literal["alm. del", "L", "B", "F", "other"]
IndicatorKind = Literal["sigtelinje", "implementeringsindikator", "resultatindikator", "nøgletal", "other"]
Measure = Literal["share", "count", "average", "duration", "other"]
# Lineage event kinds come from the one table in nlp/lineage/kinds.py (a dependency-free module).
EventKind = Annotated[str, AfterValidator(check_kind), WithJsonSchema({"type": "string", "enum": list(KIND_NAMES)})]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)


# What a value the text does not print was inferred by (the wording: BASIS_WORDING below).
BasisKind = Literal["site_address", "site_template", "printed_sites", "mail_domain", "department_kommune",
                    "document_date", "document_issuer", "heading_year", "ministries_table", "same_name",
                    "reform_indicators", "agreement_parties", "kommune_register", "unstated_metric", "page_images", "ftdk_address", "letter_key", "role_wording", "site_name"]
# kind -> (English, Danish) wording, "{source}" standing for what it was inferred from.
BASIS_WORDING: dict[str, tuple[str, str]] = {
    # the document's own address (its meta.json or the corpus manifest): corpus/star/README.md's site convention
    "site_address": ("site convention: address {source}", "udledt af kildens adresse: {source}"),
    # the name a web page declares for its site (og:site_name): the page's publisher, where its text names none
    "site_name": ("the site's own name for itself: {source}", "sidens eget navn: {source}"),
    # a site's page template (star.dk's skip links, a dated jobindsats.dk news page): the same convention
    "site_template": ("site convention: the {source} page template", "udledt af sidens skabelon: {source}"),
    # every web address the text prints is on one site
    "printed_sites": ("site convention: the addresses it prints are on {source}",
                      "udledt af de webadresser, teksten nævner: {source}"),
    # a letter head's or a contact block's mail domain (extract/data/issuer_sites.tsv)
    "mail_domain": ("the owner of the mail domain {source}", "udledt af mailadressens domæne: {source}"),
    # a kommune department's kommune (extract/data/kommune_departments.tsv)
    "department_kommune": ("the kommune of the department {source}", "udledt af afdelingens kommune: {source}"),
    # an event's year told by the document's date (a perfect tense, "i foråret", "nu": corpus/star/README.md
    # "Lineage events": "The year may be taken from the document date")
    "document_date": ("the document's date {source}", "udledt af dokumentets dato: {source}"),
    # an event's actor the evidence does not name: the document's own issuer ("vi", a page's own plans)
    "document_issuer": ("the document's issuer {source}", "udledt af dokumentets udsteder: {source}"),
    # a date whose day and month a table row prints under a section heading that prints its year ("Færdigbehandlede
    # sager i 2025" over "Vedtaget. Byrådet 25. juni": the status overviews of nlp/lineage/overview.py)
    "heading_year": ("the year of its section heading {source}", "året fra afsnittets overskrift: {source}"),
    # the graph's own links: a ministry renamed to its successor (danish/data/ministries_project.csv) ...
    "ministries_table": ("the ministries table (danish/data/ministries_project.csv): {source}",
                         "ministeriernes tabel (danish/data/ministries_project.csv): {source}"),
    # ... and an indicator named in one document that is the one another defines, by its name
    "same_name": ("the indicator named is the one defined (same name): {source}",
                  "den nævnte indikator er den definerede (samme navn): {source}"),
    # ... and "erstattet af indikatorer": the indicators of the reform of the commitment they replaced
    "reform_indicators": ("the indicators of the reform whose commitment the indicators replaced: {source}",
                          "indikatorerne fra reformen, hvis forpligtelse de erstattede: {source}"),
    # an agreement's text speaks for its parties: "aftaleteksten til reformen af X" -> "aftalepartierne bag
    # reformen af X" (nlp/lineage/actors.py; seed 000's gold), the agreement's name cited where printed
    "agreement_parties": ("the parties behind the agreement it names: {source}",
                          "udledt som partierne bag aftalen: {source}"),
    # a kommune's code and region are not printed with its name: the bundled register (danish/data/kommuner.csv,
    # Danmarks Statistik's classification KOMMUNER, read by extract/kommune_registry.py) gives them
    "kommune_register": ("the kommune register (danish/data/kommuner.csv, Danmarks Statistik): {source}",
                         "kommuneregistret (danish/data/kommuner.csv, Danmarks Statistik): {source}"),
    # an indicator whose text states no metric (no "andel", "antal", "gennemsnit", time limit): measure
    # `other` by the labelling convention (tests/fixtures/gold/star/README.md: "`other` (... goals without a
    # metric)"), not by any printed word
    "unstated_metric": ("no metric printed, so 'other' by the labelling convention ({source})",
                        "ingen målemetode trykt, derfor 'andet' efter mærkningskonventionen ({source})"),
    # a Folketing letter's keys (extract/parsers/ftdk_bases.py): ft.dk's number of the file, by the names of the
    # page images it came with (which the loader takes out of the text) ...
    "page_images": ("the page images of the ft.dk file: {source}", "ft.dk-filens sidebilleder: {source}"),
    # ... the path of the question's page, by ft.dk's address scheme from fields the letter prints ...
    "ftdk_address": ("ft.dk's address scheme for the question {source}",
                     "ft.dk's adresseskema for spørgsmålet {source}"),
    # ... and the key an answer shares with its question, from the same fields
    "letter_key": ("the key of the question {source}, shared by its question and answer letters",
                   "nøglen for spørgsmålet {source}, fælles for spørgsmålets og svarets breve"),
    # the words of a person's role the readers word by the labelling convention, not copy from the text: a letter's
    # or an e-mail's sender "afsender" (seeds 000 and 002), a byline's "skribent (byline)", an attendance list's
    # "medlem", a "Kontakt:" line's "kontaktperson" (extract/role_citation.py)
    "role_wording": ("the role's wording by the labelling convention: {source}",
                     "rollens ordlyd efter mærkningskonventionen: {source}"),
}


class Basis(_Frozen):
    """Why a field holds a value its document does not print (whole): the convention or table it was
    inferred by, and what it was inferred from (an address, a mail domain, a department). A value
    that rests on a basis is never quoted as if the text printed it."""

    kind: BasisKind
    source: str

    @property
    def text(self) -> str:
        return BASIS_WORDING[self.kind][0].format(source=self.source)

    @property
    def danish(self) -> str:
        return BASIS_WORDING[self.kind][1].format(source=self.source)

    @classmethod
    def from_text(cls, text: str) -> Basis | None:
        """The basis an English wording (`text`) states, as exports write it; None for other text."""
        for kind, (english, _) in BASIS_WORDING.items():
            head, _, tail = english.partition("{source}")
            if text.startswith(head) and text.endswith(tail) and len(text) > len(head) + len(tail):
                return cls(kind=kind, source=text[len(head):len(text) - len(tail)])  # type: ignore[arg-type]
        return None


class Record(_Frozen):
    """Common to all records: the document, the whole record's span, per-field spans, and for the
    fields that are inferred rather than read (whole), what they rest on. A field may have both: a
    composed value ("Ballerup Kommune, Center for Ejendomme") cites the part the text prints and
    names the basis of the rest."""

    document_id: str
    span: Span | None = None
    provenance: dict[str, Span] = Field(default_factory=dict)
    inferred: dict[str, Basis] = Field(default_factory=dict)


class Person(_Frozen):
    name: str
    party: str | None = None


class FolketingFields(Record):
    """Fields shared by question letters and answer letters."""

    udvalg_name: str | None = None
    udvalg_abbrev: str | None = None
    samling: str | None = None
    case_kind: CaseKind | None = None
    case_number: str | None = None
    question_number: int | str | None = None
    question_sent_date: dt.date | None = None
    question_sent_date_inferred: bool = False
    asked_by: tuple[Person, ...] = ()
    addressee: str | None = None
    question_text: str | None = None
    signed_by: str | None = None
    signer_role: str | None = None
    ftdk_document_id: str | None = None
    ftdk_url_key: str | None = None
    persons: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()


class Question(FolketingFields):
    deadline: dt.date | None = None


class Answer(FolketingFields):
    answer_date: dt.date | None = None
    answer_kind: Literal["endeligt", "foreløbigt", "supplerende"] | None = None
    ministry: str | None = None
    journal_number: str | None = None
    answer_text: str | None = None
    question_link: str | None = Field(default=None, description="key shared with the matching Question")


class DocumentInfo(Record):
    """Document-level facts for non-Folketing documents (STAR, jobindsats.dk, letters)."""

    doc_type: DocType = "other"
    title: str | None = None
    issuer: str | None = None
    date: dt.date | None = None
    reform: str | None = None
    period: str | None = None
    persons: tuple[str, ...] = ()
    # The role the text gives a person ("beskæftigelsesminister (S)", "professor i KORA"):
    # the STAR corpus convention lists persons as {name, role}.
    person_roles: dict[str, str] = Field(default_factory=dict)
    parties: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


class IndicatorDefinition(Record):
    kind: IndicatorKind = "other"
    number: int | None = None
    title: str | None = None
    definition: str | None = None
    measure: Measure | None = None
    population: str | None = None
    numerator: str | None = None
    denominator: str | None = None
    period_unit: Literal["måned", "år"] | None = None
    source: str | None = None
    reform: str | None = None
    period: str | None = None
    issuer: str | None = None
    replaces: str | None = None


class KommuneRow(Record):
    name: str
    code: str
    as_written: str
    region: str | None = None
    attributes: dict[str, bool] = Field(default_factory=dict)


class LineageEvent(Record):
    subject: str
    event: EventKind
    year: int | None = None
    date: dt.date | None = None
    end_year: int | None = None  # the last year of a period the text gives ("i perioden 2016–2020")
    actor: str | None = None
    replaced_by: str | None = None
    evidence: str
    decision: bool = True


class UnresolvedName(Record):
    """A name that looked like a kommune (or another entity) but was not resolved: it was
    ambiguous or below the matching threshold. Reported, never guessed."""

    entity: Literal["kommune"] = "kommune"
    as_written: str
    status: Literal["ambiguous", "unknown"]
    candidates: tuple[str, ...] = ()
    score: float = 0.0


class OdaFacts(Record):
    """What Folketinget's open data (ODA) says about a fetched file, kept beside what the
    letter itself prints. Where the two disagree both stay and `disagreements` names the
    fields, so a secretary can see which source says what."""

    oda_dokument_id: int
    oda_fil_id: int | None = None
    oda_sag_ids: tuple[int, ...] = ()
    oda_question_id: int | None = Field(default=None, description="ODA id of the question an answer answers")
    dokumenttype: str | None = None
    titel: str | None = None
    dato: dt.date | None = None
    samling: str | None = None
    udvalg: str | None = None
    askers: tuple[str, ...] = ()
    ministers: tuple[str, ...] = ()
    url: str | None = None
    sha256: str | None = None
    opdateringsdato: str | None = None
    disagreements: tuple[str, ...] = ()


AnyRecord = (Question | Answer | DocumentInfo | IndicatorDefinition | KommuneRow | LineageEvent | UnresolvedName
             | OdaFacts)
