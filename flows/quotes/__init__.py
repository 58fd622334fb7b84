"""Quote extraction with speakers (issue 4): direct, indirect and partial quotes.

``extract_quotes(doc, mentions)`` is the public entry point; see :mod:`flows.quotes.extract`.
"""
from flows.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
