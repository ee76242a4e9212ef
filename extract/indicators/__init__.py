"""Indicator definitions: reading the computable parts of their wording."""
