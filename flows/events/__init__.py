"""Event extraction: typed PLOVER events with mode, date, place, participants and quote links.

``extract_events(doc, mentions, quotes)`` is the entry point; ``find_dates`` resolves German
temporal expressions against the publication date.
"""
from flows.events.dates import DateExpr, find_dates
from flows.events.extract import extract_events

__all__ = ["DateExpr", "extract_events", "find_dates"]
