"""One module per document kind (and per cross-kind extractor); see extract.registry."""
