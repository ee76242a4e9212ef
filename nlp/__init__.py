"""nlp: meaning on top of extract's records (Danish spaCy pipeline, linking, lineage)."""
