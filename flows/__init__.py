"""newsflow: German news articles to validated Parquet datasets of names, quotes and events."""

__version__ = "0.1.0"
