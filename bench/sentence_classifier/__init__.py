"""The lineage sentence classifier trial (docs/lineage_classifier.md): its labelled sentences
(`sentence_data`), model (`sentence_model`) and training (`train_sentences`). Not part of the
product: the extractor does not use it and no weights are shipped; it stays so the experiment can
be rerun as the gold grows (`bench/lineage_classifier.py`, `bench/lineage_classifier_e2e.py`).
Moved here from nlp/lineage/ in session 8.
"""
