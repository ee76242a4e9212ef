"""extract: files in, `Document`s and cited records out. Knows no NLP model and no database.

Load files with `extract.load.load`. The package itself imports only the light document
types, so importing one of its light modules (the app reads `extract.normalise`) stays cheap.
"""
from .document import Document, Page, Region, Span

__all__ = ["Document", "Page", "Region", "Span"]
