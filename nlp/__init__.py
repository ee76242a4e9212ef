"""nlp: meaning on top of extract's records (Danish spaCy pipeline, linking, lineage).

Public entry points:
- `nlp.lineage.lineage_events(doc, records=()) -> list[LineageEvent]` (rule-based, no model)
- `nlp.annotate.annotate(doc, records=()) -> Annotations` (the whole NLP pass: entities with
  canonical ids, lemmas, persons from letter headers, dates/years/periods/amounts)
- `nlp.pipeline.get_pipeline() -> spacy.Language` (built once per process, offline, by `nlp.once`)
- `nlp.linking.link(name, kind) -> Link` (exact / fuzzy / ambiguous / unknown, never guessed)
- `nlp.concepts.commitment_key(phrase)`, `nlp.concepts.same_indicator(name, description)`
- `nlp.timex.time_mentions(text, anchor=...)`, `nlp.timex.document_date(text)`
Reference lists: parties, ministries, committees and agencies in `danish/data` (via
`danish.reference`), reforms and benefit schemes in `nlp/data/*.csv` (see their READMEs).
"""
