"""danish: the one home of Danish language and parliamentary reference data.

In the manner of spaCy's `lang/da`: data files with their sources cited (`danish/data/`,
see its README) and small loaders. Every other package reads Danish knowledge from here:

- `danish.dates`: month names and the one date reader (every form the documents print),
  month-only dates, years, periods ("2017-2018", "2018-19", "2014/15"), weekday names, and the
  pieces of a document's own date (labels, date-text pattern); the rule that weighs them is
  extract/document_facts.py, which lineage uses too;
- `danish.samling`: the Folketing samling: labels ("2012-13", "2022-23 (2. samling)"), ft.dk
  codes, the forms people write, the samling of a date (first Tuesday of October, elections)
  and their order;
- `danish.sentences`: abbreviations and sentence splitting;
- `danish.words`: stop words (search queries, concept keys) and negation words;
- `danish.ids`: ASCII folding, slugs and the canonical ids (`person:finn-soerensen`);
- `danish.reference`: Folketinget's committees, ministries, minister titles, parties and
  members (from ODA Aktør), by period; agencies and the 98 kommuner (read by
  extract/kommune_registry.py).

The package imports nothing from extract/, nlp/ or knowledge/: they build on it.
"""
