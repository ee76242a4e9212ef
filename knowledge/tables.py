"""The store as plain tables: one SQL view per thing a user points at.

The store keeps each record as JSON in `records(type, data)`. Datasette, pandas, R and
Excel want rows and typed columns, so this module defines views over it: `answers`,
`questions`, `askers`, `indicators`, `kommune_mentions`, `kommune_attributes`,
`lineage_events`, `persons` and `document_catalog` (the store's own `documents` table
holds the raw text and pages, so the one-row-per-document view needs another name).

Views, not copies: they read the records with json_extract/json_each, so they are in
step with every ingest (same transaction, nothing to backfill) and cost no space. Each
row carries its citation: document id, source file, page, character span and the quote
as printed (cut from the document's stored text, whose offsets the spans refer to).

One list of `Column`s per view is the single source for the view's SQL, the JSON Schema
of `sporbar export`, and the Datasette metadata (descriptions in Danish and English).
`install(db)` is called by the store on every open and (re)creates a view only when its
SQL changed, so stores made by older versions get the current views.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, Literal

from danish.dates import ISO_DATE_PATTERN

ColumnType = Literal["text", "integer", "boolean", "date", "json", "scalar"]
# JSON Schema of one value of each column type; every column may be null.
_JSON_TYPES: dict[str, dict[str, Any]] = {
    "text": {"type": ["string", "null"]},
    "integer": {"type": ["integer", "null"]},
    "boolean": {"type": ["boolean", "null"]},
    "date": {"type": ["string", "null"], "pattern": ISO_DATE_PATTERN},
    "json": {},  # a JSON array or object as stored
    "scalar": {"type": ["integer", "string", "null"]},  # e.g. question number 558 or "S 1107"
}


@dataclass(frozen=True)
class Column:
    name: str
    sql: str  # expression over the view's FROM aliases
    type: ColumnType
    en: str
    da: str
    internal: bool = False  # needed by Datasette (search), left out of exports


@dataclass(frozen=True)
class View:
    name: str
    title_en: str
    title_da: str
    en: str
    da: str
    # FROM ... [WHERE ...]. No ORDER BY: rows come in ingest order (records are written in
    # document order), and a sorted view must be computed whole before its first page.
    source: str
    columns: tuple[Column, ...]
    facets: tuple[str, ...] = ()

    def create_sql(self) -> str:
        select = ",\n  ".join(f"{c.sql} AS {c.name}" for c in self.columns)
        return f"CREATE VIEW {self.name} AS SELECT\n  {select}\n{self.source}"

    @property
    def exported(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.internal)

    @property
    def searchable(self) -> bool:
        return any(c.name == "search_rowid" for c in self.columns)


def _j(path: str, alias: str = "r") -> str:
    return f"json_extract({alias}.data, '$.{path}')"


def _flat(path: str) -> str:
    return f"json_extract(d.flat, '$.{path}')"


# -- columns shared by several views ----------------------------------------------

def _record_id() -> Column:
    return Column("id", "r.document_id || ':' || r.position", "text",
                  "Row id: document id and the record's position in it (the same on every store built "
                  "with the same Sporbar version).",
                  "Række-id: dokument-id og postens plads i dokumentet (det samme i alle lagre bygget med "
                  "samme Sporbar-version).")


def _document_id() -> Column:
    return Column("document_id", "r.document_id", "text",
                  "Content id of the source document (first 16 hex digits of its SHA-256).",
                  "Kildedokumentets indholds-id (de første 16 hex-cifre af dets SHA-256).")


def _citation() -> tuple[Column, ...]:
    """Page, span and quote of the cited span `r.cite` (a JSON object {page, start, end})."""
    start, end = "json_extract(r.cite, '$.start')", "json_extract(r.cite, '$.end')"
    quote = f"replace(replace(substr(d.text, {start} + 1, {end} - {start}), char(13), ' '), char(10), ' ')"
    return (
        Column("page", "json_extract(r.cite, '$.page')", "integer",
               "Page of the source the value stands on (1 = first).", "Siden i kilden, hvor værdien står (1 = første)."),
        Column("char_start", start, "integer", "Character offset of the quote in the document's normalised text.",
               "Citatets tegnposition i dokumentets normaliserede tekst."),
        Column("char_end", end, "integer", "End offset (exclusive) of the quote.",
               "Citatets slutposition (eksklusiv)."),
        Column("quote", quote, "text", "The cited text as printed (line breaks as spaces).",
               "Den citerede tekst, som den står (linjeskift som mellemrum)."),
    )


def _document_columns() -> tuple[Column, ...]:
    return (
        Column("document_title", "s.title", "text", "Title of the source document.", "Kildedokumentets titel."),
        Column("document_date", "s.date", "date", "Date of the source document (letter, answer or publication date).",
               "Kildedokumentets dato (brev-, svar- eller udgivelsesdato)."),
        Column("source", "d.source", "text", "File the document was read from.", "Filen, dokumentet blev læst fra."),
    )


def _basis_sql(field: str, data: str = "r.data") -> str:
    """The basis a record names for an inferred field (`inferred.<field>`, extract/records.py Basis), worded in
    English as `sporbar export` and the graph state it ("the document's date 2017-07-04"); NULL for a value the
    text prints. Built from the one wording table, so a new kind is worded here too."""
    from extract.records import BASIS_WORDING

    kind = f"json_extract({data}, '$.inferred.{field}.kind')"
    source = f"json_extract({data}, '$.inferred.{field}.source')"
    cases = " ".join(f"WHEN '{k}' THEN replace('{english.replace(chr(39), chr(39) * 2)}', '{{source}}', {source})"
                     for k, (english, _) in BASIS_WORDING.items())
    return f"CASE {kind} {cases} END"


def _basis_column(field: str, en_value: str, da_value: str, data: str = "r.data", column: str | None = None) -> Column:
    return Column(f"{column or field}_basis", _basis_sql(field, data), "text",
                  f"What {en_value} rests on when the text does not print it (e.g. \"the document's date "
                  f"2017-07-04\", in English as the exports word it); empty when the text prints it.",
                  f"Hvad {da_value} bygger på, når teksten ikke trykker den (fx \"the document's date 2017-07-04\" = "
                  f"udledt af dokumentets dato, på engelsk som i eksporterne); tom, når teksten trykker den.")


def _search_rowid() -> Column:
    return Column("search_rowid", "s.rowid", "integer",
                  "Row of the document in the full-text index (search_fts); used by Datasette's search box.",
                  "Dokumentets række i fritekstindekset (search_fts); bruges af Datasettes søgefelt.", internal=True)


_UDVALG = Column("udvalg", "s.udvalg", "text",
                 "Folketing committee, as its abbreviation (BEU) where known, else its name.",
                 "Folketingsudvalg, som forkortelse (BEU) hvor den kendes, ellers navnet.")


_SAMLING = Column("samling", "s.samling", "text",
                  "Parliamentary session, e.g. 2012-13 or 2022-23 (2. samling): as printed, else from the "
                  "letter's header.",
                  "Folketingsår (samling), fx 2012-13 eller 2022-23 (2. samling): som trykt, ellers fra brevhovedet.")


def _askers_sql(field: str, *, distinct: bool = False) -> str:
    inner = f"SELECT {'DISTINCT ' if distinct else ''}json_extract(a.value, '$.{field}') AS v " \
            "FROM json_each(r.data, '$.asked_by') AS a"
    return f"(SELECT group_concat(v, '; ') FROM ({inner}) WHERE v IS NOT NULL)"


_FTDK_URL = (f"CASE WHEN {_j('ftdk_url_key')} LIKE '/samling/%' "
             f"THEN 'https://www.ft.dk' || {_j('ftdk_url_key')} || 'index.htm' END")


def _folketing_columns() -> tuple[Column, ...]:
    """Columns of question and answer letters (FolketingFields), in reading order."""
    return (
        _record_id(), _document_id(), _UDVALG,
        Column("udvalg_name", _j("udvalg_name"), "text", "Committee name as printed.", "Udvalgets navn, som det står."),
        _SAMLING,
        Column("case_kind", _j("case_kind"), "text", "Case kind: alm. del, L (bill), B (motion), F, other.",
               "Sagstype: alm. del, L (lovforslag), B (beslutningsforslag), F, andet."),
        Column("case_number", _j("case_number"), "text", "Number of the bill or motion (L 65 -> 65).",
               "Lovforslagets eller beslutningsforslagets nummer (L 65 -> 65)."),
        Column("question_number", _j("question_number"), "scalar",
               "Question number (558), or 'S 1107' for a § 20 question.",
               "Spørgsmålets nummer (558) eller 'S 1107' for et § 20-spørgsmål."),
        Column("question_sent_date", _j("question_sent_date"), "date", "Date the question was sent.",
               "Dato, spørgsmålet blev stillet/sendt."),
        Column("askers", _askers_sql("name"), "text", "Who asked, names separated by '; ' (see the askers table).",
               "Spørger(e), navne adskilt af '; ' (se tabellen askers)."),
        Column("parties", _askers_sql("party", distinct=True), "text", "The askers' parties (EL, S, V ...), '; '-separated.",
               "Spørgernes partier (EL, S, V ...), adskilt af '; '."),
        Column("addressee", _j("addressee"), "text", "To whom the question is put (usually a minister).",
               "Hvem spørgsmålet stilles til (som regel en minister)."),
        Column("question_text", _j("question_text"), "text", "The question as printed.", "Spørgsmålet, som det står."),
    )


def _search_row(document: str) -> str:
    """The search index's row of a document's work: copies of one text (knowledge/works.py)
    have no row of their own and share their work's, with the facts merged from all copies."""
    return ("LEFT JOIN search_docs s ON s.document_id = COALESCE((SELECT w.indexed_document FROM work_files f "
            f"JOIN works w ON w.id = f.work_id WHERE f.document_id = {document}), {document})")


def _primary(document: str) -> str:
    """True for a document that is its work's primary copy (or in no work): the tables count
    each text once, as search and trace do (knowledge/works.py)."""
    return (f"NOT EXISTS (SELECT 1 FROM work_files wf JOIN works ww ON ww.id = wf.work_id "
            f"WHERE wf.document_id = {document} AND ww.primary_document <> {document})")


def _tail(cite: str, record_type: str) -> str:
    """FROM clause: the records of one type (primary copies only), with the span to cite as `r.cite`."""
    return (f"FROM (SELECT records.*, COALESCE({cite}) AS cite FROM records WHERE type = '{record_type}' "
            f"AND {_primary('records.document_id')}) AS r\n"
            f"JOIN documents d ON d.id = r.document_id\n"
            + _search_row("r.document_id"))


def _cite(*fields: str) -> str:
    """The first of these provenance spans that exists, else the record's whole span."""
    spans = [*(f"json_extract(data, '$.provenance.{f}')" for f in fields), "json_extract(data, '$.span')"]
    return ", ".join([*spans, "NULL"])  # COALESCE wants two arguments at least


ANSWERS = View(
    "answers", "Answers", "Svar",
    "Ministers' answers to Folketing questions, one row per answered question, with the question, the answer and "
    "where each stands.",
    "Ministres svar på Folketingets spørgsmål, én række pr. besvaret spørgsmål, med spørgsmål, svar og kilde.",
    _tail(_cite("answer_text", "question_text"), "Answer"),
    (*_folketing_columns(),
     Column("answer_date", _j("answer_date"), "date", "Date of the answer.", "Svarets dato."),
     Column("answer_kind", _j("answer_kind"), "text", "endeligt, foreløbigt or supplerende.",
            "endeligt, foreløbigt eller supplerende svar."),
     Column("minister", _j("signed_by"), "text", "Who signed the answer (the minister).",
            "Hvem der har underskrevet svaret (ministeren)."),
     Column("signer_role", _j("signer_role"), "text", "The signer's title as printed.", "Underskriverens titel."),
     Column("ministry", _j("ministry"), "text", "Answering ministry.", "Det svarende ministerium."),
     Column("journal_number", _j("journal_number"), "text", "The ministry's journal number.",
            "Ministeriets journalnummer."),
     Column("answer_text", _j("answer_text"), "text", "The answer as printed.", "Svaret, som det står."),
     Column("question_link", _j("question_link"), "text", "Key shared with the matching row in questions.",
            "Nøgle, der også står på det tilsvarende spørgsmål i questions."),
     Column("ftdk_url", _FTDK_URL, "text", "The question's page on ft.dk, when samling, case and number are known.",
            "Spørgsmålets side på ft.dk, når samling, sag og nummer kendes."),
     *_citation(), *_document_columns(), _search_rowid()),
    facets=("udvalg", "samling", "ministry", "parties"),
)

QUESTIONS = View(
    "questions", "Questions", "Spørgsmål",
    "Questions put by Folketing members through a committee, one row per question letter.",
    "Spørgsmål stillet af folketingsmedlemmer gennem et udvalg, én række pr. spørgsmål.",
    _tail(_cite("question_text"), "Question"),
    (*_folketing_columns(),
     Column("deadline", _j("deadline"), "date", "Answer deadline, when printed.", "Svarfrist, hvis den står."),
     Column("signed_by", _j("signed_by"), "text", "Who signed the letter (usually the committee chair).",
            "Hvem der har underskrevet brevet (som regel udvalgets formand)."),
     Column("signer_role", _j("signer_role"), "text", "The signer's title as printed.", "Underskriverens titel."),
     Column("question_link", _j("question_link"), "text", "Key shared with the matching row in answers.",
            "Nøgle, der også står på det tilsvarende svar i answers."),
     Column("ftdk_url", _FTDK_URL, "text", "The question's page on ft.dk, when samling, case and number are known.",
            "Spørgsmålets side på ft.dk, når samling, sag og nummer kendes."),
     *_citation(), *_document_columns(), _search_rowid()),
    facets=("udvalg", "samling", "parties"),
)

ASKERS = View(
    "askers", "Askers", "Spørgere",
    "Who asked each question or answered question: one row per asker (a question may have several).",
    "Hvem der stillede hvert spørgsmål: én række pr. spørger (et spørgsmål kan have flere).",
    "FROM records r, json_each(r.data, '$.asked_by') AS a\n"
    "JOIN documents d ON d.id = r.document_id\n"
    + _search_row("r.document_id") + "\n"
    "WHERE r.type IN ('Question', 'Answer') AND " + _primary("r.document_id"),
    (Column("record_id", "r.document_id || ':' || r.position", "text",
            "Id of the row in questions or answers this asker belongs to.",
            "Id på rækken i questions eller answers, som spørgeren hører til."),
     Column("record_table", "CASE r.type WHEN 'Answer' THEN 'answers' ELSE 'questions' END", "text",
            "Which table record_id points into: questions or answers.", "Hvilken tabel record_id peger ind i."),
     _document_id(),
     Column("position", "a.key + 1", "integer", "Order of the asker in the letter (1 = first).",
            "Spørgerens plads i brevet (1 = første)."),
     Column("name", "json_extract(a.value, '$.name')", "text", "Asker's name as printed.", "Spørgerens navn."),
     Column("party", "json_extract(a.value, '$.party')", "text", "Asker's party abbreviation.",
            "Spørgerens parti (forkortelse)."),
     _UDVALG, _SAMLING, *_document_columns()),
    facets=("party", "name", "udvalg"),
)

INDICATORS = View(
    "indicators", "Indicators", "Indikatorer",
    "Indicator definitions (sigtelinjer, resultat- and implementeringsindikatorer, nøgletal) as read from policy "
    "documents; `sporbar export indicators` gives them as SDMX-style specs.",
    "Indikatordefinitioner (sigtelinjer, resultat- og implementeringsindikatorer, nøgletal) fra politiske "
    "dokumenter; `sporbar export indicators` giver dem som SDMX-lignende specifikationer.",
    _tail(_cite("definition", "title"), "IndicatorDefinition")
    + "\nLEFT JOIN indicator_status st ON st.document_id = r.document_id AND st.position = r.position",
    (_record_id(), _document_id(),
     Column("kind", _j("kind"), "text", "sigtelinje, implementeringsindikator, resultatindikator, nøgletal or other.",
            "sigtelinje, implementeringsindikator, resultatindikator, nøgletal eller andet."),
     Column("number", _j("number"), "integer", "Number in its list, when numbered.", "Nummer i listen, hvis nummereret."),
     Column("title", _j("title"), "text", "Label as written.", "Betegnelse, som den står."),
     Column("definition", _j("definition"), "text", "How the measure is computed, as printed.",
            "Hvordan målet opgøres, som det står."),
     Column("measure", _j("measure"), "text", "Kind of quantity: share, count, average, duration, other.",
            "Slags mål: andel, antal, gennemsnit, varighed, andet."),
     _basis_column("measure", "the kind of quantity", "slags mål"),
     Column("population", _j("population"), "text", "Who is measured.", "Hvem der måles på."),
     Column("numerator", _j("numerator"), "text", "What is counted on top of a share.", "Tælleren i en andel."),
     Column("denominator", _j("denominator"), "text", "What a share is taken of.", "Nævneren i en andel."),
     Column("period_unit", _j("period_unit"), "text", "Reference period of one value: måned or år.",
            "Opgørelsesperiode for én værdi: måned eller år."),
     _basis_column("period_unit", "the reference period", "opgørelsesperioden"),
     Column("data_source", _j("source"), "text", "Where the measure is published, e.g. jobindsats.dk.",
            "Hvor målet offentliggøres, fx jobindsats.dk."),
     Column("reform", _j("reform"), "text", "Reform or agreement the indicator follows.",
            "Reform eller aftale, indikatoren følger."),
     Column("period", _j("period"), "text", "Years the definition covers, e.g. 2017-2018.",
            "År, definitionen gælder, fx 2017-2018."),
     Column("issuer", _j("issuer"), "text", "Organisation that set the indicator.", "Organisation, der har fastsat indikatoren."),
     _basis_column("issuer", "the issuer", "afsenderen"),
     Column("replaces", _j("replaces"), "text", "The commitment this indicator replaced, when the source says so.",
            "Den forpligtelse (fx måltal), indikatoren erstattede, når kilden siger det."),
     Column("status", "st.status", "text",
            "Life-cycle status the documents state: introduced, changed, planned, discontinued or replaced "
            "(the latest lineage event about the measure, in any document); empty when no document says.",
            "Status ifølge dokumenterne: introduced (indført), changed (ændret), planned (planlagt), discontinued "
            "(afskaffet) eller replaced (erstattet); tom, når intet dokument siger noget."),
     Column("valid_from", "st.valid_from", "text", "Year (or date) the measure was introduced, from a lineage event.",
            "År (eller dato), målet blev indført, ifølge en forløbshændelse."),
     Column("valid_to", "st.valid_to", "text", "Year (or date) the measure was discontinued or replaced.",
            "År (eller dato), målet blev afskaffet eller erstattet."),
     Column("replaced_by", "st.replaced_by", "text", "The measure that replaced it, as the text names it.",
            "Det mål, der afløste det, som teksten nævner det."),
     Column("status_evidence", "st.status_evidence", "text",
            "Document id and the sentence the status is read from ('<document id>: <quote>').",
            "Dokument-id og den sætning, status er læst ud af ('<dokument-id>: <citat>')."),
     *_citation(), *_document_columns(), _search_rowid()),
    facets=("kind", "measure", "status", "reform", "issuer"),
)

KOMMUNE_MENTIONS = View(
    "kommune_mentions", "Kommune mentions", "Kommuner nævnt",
    "Each place a document names a Danish kommune, resolved to its official code (DAGI/Danmarks Statistik).",
    "Hvert sted et dokument nævner en kommune, med kommunens officielle kode.",
    _tail(_cite(), "KommuneRow"),
    (_record_id(), _document_id(),
     Column("kommune_code", _j("code"), "text", "Official four-digit kommune code (0101 = København).",
            "Officiel firecifret kommunekode (0101 = København)."),
     _basis_column("code", "the kommune code", "kommunekoden", column="kommune_code"),
     Column("kommune_name", _j("name"), "text", "Official kommune name.", "Kommunens officielle navn."),
     Column("region", _j("region"), "text", "The kommune's region.", "Kommunens region."),
     _basis_column("region", "the region", "regionen"),
     Column("as_written", _j("as_written"), "text", "The name as the document writes it.",
            "Navnet, som dokumentet skriver det."),
     Column("attributes", f"json({_j('attributes')})", "json",
            "Table columns ticked for this kommune (JSON object name -> true/false); see kommune_attributes.",
            "Tabelkolonner afkrydset for kommunen (JSON: navn -> sand/falsk); se kommune_attributes."),
     _UDVALG, _SAMLING, *_citation(), *_document_columns(), _search_rowid()),
    facets=("kommune_name", "region"),
)

KOMMUNE_ATTRIBUTES = View(
    "kommune_attributes", "Kommune attributes", "Kommunernes egenskaber",
    "One row per kommune and table column ticked or not (e.g. which kommuner took part in which interview).",
    "Én række pr. kommune og tabelkolonne (fx hvilke kommuner der deltog i hvilket interview).",
    "FROM records r, json_each(r.data, '$.attributes') AS a\n"
    "JOIN documents d ON d.id = r.document_id\n"
    + _search_row("r.document_id") + "\n"
    "WHERE r.type = 'KommuneRow' AND " + _primary("r.document_id"),
    (Column("mention_id", "r.document_id || ':' || r.position", "text", "Id of the row in kommune_mentions.",
            "Id på rækken i kommune_mentions."),
     _document_id(),
     Column("kommune_code", _j("code"), "text", "Official kommune code.", "Officiel kommunekode."),
     Column("kommune_name", _j("name"), "text", "Official kommune name.", "Kommunens officielle navn."),
     Column("attribute", "a.key", "text", "The table column, as printed.", "Tabelkolonnen, som den står."),
     Column("value", "a.value", "boolean", "Whether the kommune has it (ticked).", "Om kommunen har den (afkrydset)."),
     *_document_columns()),
    facets=("attribute", "value", "kommune_name"),
)

def _kinds_listed(conjunction: str, word: Any) -> str:
    """The event kinds of nlp/lineage/kinds.py as a sentence: "introduced, changed ... or planned."."""
    from nlp.lineage.kinds import EVENT_KINDS

    words = [word(k) for k in EVENT_KINDS]
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}."


LINEAGE_EVENTS = View(
    "lineage_events", "Lineage events", "Forløb",
    "What happened to a target, indicator or rule: introduced, changed, dropped, replaced, confirmed, evaluated "
    "or planned, with the sentence that says so.",
    "Hvad der skete med et mål, en indikator eller en regel: indført, ændret, droppet, erstattet, bekræftet, "
    "evalueret eller planlagt, med sætningen der siger det.",
    _tail(_cite("evidence"), "LineageEvent"),
    (_record_id(), _document_id(),
     Column("kind", _j("event"), "text", _kinds_listed("or", lambda k: k.kind),
            _kinds_listed("eller", lambda k: f"{k.kind} ({k.label})")),
     Column("subject", _j("subject"), "text", "What the event is about (e.g. måltal), as written.",
            "Hvad hændelsen handler om (fx måltal), som det står."),
     Column("year", _j("year"), "integer", "Year of the event, when the text gives one.",
            "Hændelsens år, når teksten angiver det."),
     _basis_column("year", "the year", "året"),
     Column("date", _j("date"), "date", "Date of the event, when the text gives one.",
            "Hændelsens dato, når teksten angiver den."),
     _basis_column("date", "the date (or its year)", "datoen (eller dens år)"),
     Column("actor", _j("actor"), "text", "Who acted (minister, agency, party), as written.",
            "Hvem der handlede (minister, styrelse, parti), som det står."),
     _basis_column("actor", "the actor", "aktøren"),
     Column("replaced_by", _j("replaced_by"), "text", "What replaced the subject, for replaced events.",
            "Hvad der erstattede emnet, ved erstatninger."),
     Column("decision", _j("decision"), "boolean", "True when the sentence reports a decision, not a plan or wish.",
            "Sand, når sætningen melder en beslutning, ikke en plan eller et ønske."),
     Column("evidence", _j("evidence"), "text", "The sentence the event was read from.",
            "Sætningen, hændelsen er læst ud af."),
     _UDVALG, _SAMLING, *_citation(), *_document_columns(), _search_rowid()),
    facets=("kind", "subject", "actor", "year"),
)

_PERSON_SOURCES = " UNION ".join((
    "SELECT r.document_id AS document_id, json_extract(a.value, '$.name') AS name, "
    "json_extract(a.value, '$.party') AS party, 'asker' AS role, NULL AS title "
    "FROM records r, json_each(r.data, '$.asked_by') AS a WHERE r.type IN ('Question', 'Answer')",
    "SELECT r.document_id, json_extract(r.data, '$.signed_by'), NULL, 'signer', json_extract(r.data, '$.signer_role') "
    "FROM records r WHERE r.type IN ('Question', 'Answer') AND json_extract(r.data, '$.signed_by') IS NOT NULL",
    # A person's title as the text gives it ("beskæftigelsesminister (S)", "professor i KORA").
    "SELECT r.document_id, p.value, NULL, 'mentioned', json_extract(r.data, '$.person_roles.\"' || p.value || '\"') "
    "FROM records r, json_each(r.data, '$.persons') AS p WHERE r.type IN ('Question', 'Answer', 'DocumentInfo')",
))

PERSONS = View(
    "persons", "Persons", "Personer",
    "People named in each document: who asked, who signed, and who else is mentioned; one row per document, "
    "name and role.",
    "Personer nævnt i hvert dokument: spørger, underskriver og andre nævnte; én række pr. dokument, navn og rolle.",
    f"FROM ({_PERSON_SOURCES}) AS p\n"
    "JOIN documents d ON d.id = p.document_id\n"
    + _search_row("p.document_id") + "\n"
    "WHERE " + _primary("p.document_id"),
    (Column("name", "p.name", "text", "Name as printed.", "Navnet, som det står."),
     Column("role", "p.role", "text", "asker, signer (who signed the letter) or mentioned.",
            "asker (spørger), signer (underskriver) eller mentioned (nævnt)."),
     Column("party", "p.party", "text", "Party, where the letter gives it.", "Parti, hvor brevet angiver det."),
     Column("title", "p.title", "text", "Title or office as the text gives it (beskæftigelsesminister (S), "
            "professor i KORA, kontorchef).", "Titel eller stilling, som teksten angiver den (beskæftigelsesminister "
            "(S), professor i KORA, kontorchef)."),
     Column("document_id", "p.document_id", "text", "Content id of the document.", "Dokumentets indholds-id."),
     _UDVALG, *_document_columns()),
    facets=("role", "party", "name"),
)

DOCUMENT_CATALOG = View(
    "document_catalog", "Documents", "Dokumenter",
    "One row per work (copies of one text counted once): title, kind, issuer, date, samling, udvalg, ft.dk link and the files it was read "
    "from. (The raw text and pages are in the table documents.)",
    "Én række pr. værk (kopier af samme tekst tælles én gang): titel, type, afsender, dato, samling, udvalg, link til ft.dk og filerne, det er læst "
    "fra. (Selve teksten og siderne står i tabellen documents.)",
    "FROM documents d\n" + _search_row("d.id") + "\n"
    "LEFT JOIN work_files wd ON wd.document_id = d.id\n"
    # Every file of every copy of this text (a work's copies differ in content id, not in text).
    "LEFT JOIN (SELECT COALESCE(wf.work_id, src.document_id) AS work, json_group_array(src.path) AS paths "
    "FROM sources src LEFT JOIN work_files wf ON wf.document_id = src.document_id "
    "GROUP BY COALESCE(wf.work_id, src.document_id)) f ON f.work = COALESCE(wd.work_id, d.id)\n"
    "WHERE " + _primary("d.id"),
    (Column("document_id", "d.id", "text", "Content id (first 16 hex digits of the SHA-256 of the text).",
            "Indholds-id (de første 16 hex-cifre af tekstens SHA-256)."),
     Column("work", "COALESCE(wd.work_id, d.id)", "text",
            "The work: one per distinct text, whatever files and formats it came in.",
            "Værket: ét pr. tekst, uanset hvilke filer og formater den kom i."),
     Column("title", "s.title", "text", "Title: the document's own, else its question, else its first line.",
            "Titel: dokumentets egen, ellers spørgsmålet, ellers første linje."),
     Column("doc_type", _flat("doc_type"), "text", "question, answer, indicator_spec, letter, news, report or other.",
            "question (spørgsmål), answer (svar), indicator_spec, letter (brev), news, report eller other."),
     Column("kind", "d.kind", "text", "The parser that read it (question, answer, policy, ftdk_other).",
            "Den parser, der læste det."),
     Column("issuer", f"COALESCE({_flat('issuer')}, {_flat('ministry')})", "text",
            "Who issued it (ministry, agency, kommune).", "Afsender (ministerium, styrelse, kommune)."),
     _basis_column("issuer", "the issuer", "afsenderen",
                   "(SELECT o.data FROM records o WHERE o.document_id = d.id AND o.type = 'DocumentInfo' LIMIT 1)"),
     Column("date", "s.date", "date", "Date of the document.", "Dokumentets dato."),
     _UDVALG, _SAMLING,
     Column("question_number", _flat("question_number"), "scalar", "Question number, for Folketing letters.",
            "Spørgsmålsnummer for folketingsbreve."),
     Column("ftdk_url", f"CASE WHEN {_flat('ftdk_url_key')} LIKE '/samling/%' "
                        f"THEN 'https://www.ft.dk' || {_flat('ftdk_url_key')} || 'index.htm' END", "text",
            "The question's page on ft.dk, when known.", "Spørgsmålets side på ft.dk, når den kendes."),
     Column("file_url", "(SELECT json_extract(o.data, '$.url') FROM records o WHERE o.document_id = d.id "
                        "AND o.type = 'OdaFacts' LIMIT 1)", "text",
            "Where the file was downloaded from, for files fetched from Folketingets åbne data (sporbar fetch oda).",
            "Hvor filen er hentet fra, for filer hentet fra Folketingets åbne data (sporbar fetch oda)."),
     Column("ftdk_document_id", "d.ftdk_document_id", "text", "ft.dk's own document id, when printed.",
            "ft.dk's eget dokument-id, når det står."),
     Column("pages", "json_array_length(d.pages)", "integer", "Number of pages.", "Antal sider."),
     Column("media", "d.media", "text", "File type read (pdf, text, html).", "Filtype."),
     Column("source", "d.source", "text", "File the document was first read from.", "Filen, dokumentet først blev læst fra."),
     Column("files", "COALESCE(f.paths, '[]')", "json",
            "Every file of this text, all copies (JSON array).", "Alle filer med denne tekst, alle kopier (JSON-liste)."),
     Column("ingested_at", "d.ingested_at", "text", "When it was stored (UTC).", "Hvornår det blev gemt (UTC)."),
     _search_rowid()),
    facets=("doc_type", "udvalg", "samling", "issuer"),
)

VIEWS: tuple[View, ...] = (DOCUMENT_CATALOG, QUESTIONS, ANSWERS, ASKERS, INDICATORS, KOMMUNE_MENTIONS,
                           KOMMUNE_ATTRIBUTES, LINEAGE_EVENTS, PERSONS)
BY_NAME = {v.name: v for v in VIEWS}


def install(db: sqlite3.Connection) -> None:
    """Create the views, or recreate those whose definition changed (inside the caller's
    transaction). Views that are already current are left alone, so opening a store
    does not change its schema."""
    present = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    for view in VIEWS:
        sql = view.create_sql()
        if present.get(view.name) == sql:
            continue
        if view.name in present:
            db.execute(f"DROP VIEW {view.name}")
        db.execute(sql)


def drop(db: sqlite3.Connection) -> None:
    """Drop the views before a migration: SQLite refuses to rename a table while a view
    refers to a table that is gone, as a rebuild (create new, copy, drop, rename) leaves it."""
    for view in VIEWS:
        db.execute(f"DROP VIEW IF EXISTS {view.name}")


def row_json_schema(view: View) -> dict[str, Any]:
    """JSON Schema of one exported row of `view` (one JSONL line)."""
    properties = {c.name: {**_JSON_TYPES[c.type], "description": f"{c.en} / {c.da}"} for c in view.exported}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": f"Sporbar {view.name} row", "description": f"{view.en} / {view.da}",
            "type": "object", "properties": properties, "required": [c.name for c in view.exported],
            "additionalProperties": False}


LICENSE = ("Sporbar: MIT. Kildedokumenterne er offentlige dokumenter fra ft.dk, ministerier, styrelser og "
           "kommuner; angiv kilden (titel, side, link) / The source documents are public records; cite the source.")


def datasette_metadata(database: str | tuple[str, ...] = ("corpus", "sporbar")) -> dict[str, Any]:
    """Datasette metadata (metadata.json) for stores opened under these database names
    (Datasette names a database after its file: build/corpus.db -> corpus)."""
    tables: dict[str, Any] = {}
    for view in VIEWS:
        entry: dict[str, Any] = {
            "title": f"{view.title_da} · {view.title_en}",
            "description": f"{view.da} — {view.en}",
            "columns": {c.name: f"{c.da} — {c.en}" for c in view.columns},
        }
        if view.facets:
            entry["facets"] = list(view.facets)
        if view.searchable:
            # The index holds Danish terms (folded, stemmed): "maltal" finds måltal.
            entry["fts_table"] = "search_fts"
            entry["fts_pk"] = "search_rowid"
        tables[view.name] = entry
    tables["search_docs"] = {"title": "Søgeindeks · Search index",
                             "description": "Filter- og facetværdier pr. dokument — per-document filter and facet "
                                            "values of the full-text index.",
                             "fts_table": "search_fts", "fts_pk": "rowid", "facets": ["udvalg", "samling", "kind"]}
    for raw in ("records", "sources", "skipped", "ingests", "search_terms", "search_state", "search_vocab",
                "indicator_status"):
        tables[raw] = {"hidden": True}
    names = (database,) if isinstance(database, str) else database
    return {
        "title": "Sporbar",
        "description": "Folketingets spørgsmål og svar, indikatorer, kommuner og forløb læst ud af offentlige "
                       "dokumenter, hver værdi med kilde, side og citat. — Danish parliamentary questions and "
                       "answers, indicators, kommuner and lineage events read from public documents, each value "
                       "cited (document, page, quote). Full-text search takes Danish words without æ/ø/å in "
                       "their stem form (maltal, fortidspension).",
        "license": LICENSE,
        "source": "Sporbar (sporbar ingest)",
        "databases": {name: {"tables": tables} for name in names},
    }
