"""Quote extraction with speakers (issue 4): direct, indirect, partial and reported quotes.

``extract_quotes(doc, mentions)`` is the public entry point; see :mod:`flows.quotes.extract`.
"""
from flows.quotes.extract import conventional, extract_quotes

__all__ = ["conventional", "extract_quotes"]
