"""extract: files in, `Document`s and cited records out. Knows no NLP model and no database."""
from .document import Document, Page, Region, Span
from .load import load

__all__ = ["Document", "Page", "Region", "Span", "load"]
