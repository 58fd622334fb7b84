"""The table contracts: one pandera model per table, each column documented, plus how it is stored.

>>> from schemas import TABLES
>>> TABLES["quotes"].arrow.field("type").type
DataType(string)
"""
from schemas._base import ARTICLE_TEXT, SCHEMA_VERSION, TableSpec, arrow_schema
from schemas.articles import Articles
from schemas.entities import Entities
from schemas.event_participants import EventParticipants
from schemas.events import Events
from schemas.mentions import Mentions
from schemas.quarantine import Quarantine
from schemas.quotes import Quotes

#: Every table newsflow writes, in the order of the data's path. Partitioned tables are split by
#: the publication month of their article (hive style: year=2026/month=1).
TABLES: dict[str, TableSpec] = {spec.name: spec for spec in [
    TableSpec("articles", Articles, key=("article_id",), partitioned=True),
    TableSpec("mentions", Mentions, key=("mention_id",), partitioned=True),
    TableSpec("entities", Entities, key=("entity_id",), partitioned=False),
    TableSpec("quotes", Quotes, key=("quote_id",), partitioned=True),
    TableSpec("events", Events, key=("event_id",), partitioned=True),
    TableSpec("event_participants", EventParticipants, key=("event_id", "role", "name"), partitioned=True),
    TableSpec("quarantine", Quarantine, key=(), partitioned=False),
]}

__all__ = ["ARTICLE_TEXT", "SCHEMA_VERSION", "TABLES", "TableSpec", "arrow_schema", "Articles", "Entities",
           "EventParticipants", "Events", "Mentions", "Quarantine", "Quotes"]
