"""What the extraction stages hand each other within a batch (flows/stages.py), run as plain
functions on a one-article batch."""
from __future__ import annotations

from datetime import datetime, timezone

from flows.records import Article
from flows.stages import events_batch, names_batch, quotes_batch
from flows.store.spill import write_spill_chunks


def test_the_quotes_stage_stores_reported_speech_acts_and_no_event_sits_in_one(tmp_path):
    """A zu-infinitive complement of a cue is stored as a quote of type ``reported`` (SpkAtt counts it),
    but the events stage reads only the quotes our conventions count, which have none: the sanctions
    Merz calls for are no event inside a quote."""
    text = ("Berlin – Bundeskanzler Friedrich Merz rief die Europäer am Mittwoch auf, neue Sanktionen gegen Russland "
            "zu verhängen.")
    article = Article("a1", "a.txt", "a.txt", None, None, None, datetime(2026, 1, 7, 12, tzinfo=timezone.utc),
                      "metadata", "de", text, [], "hash")
    batch = (write_spill_chunks(tmp_path / "articles.pkl", [[article]]), None)
    found = names_batch.fn(batch, tmp_path / "names.pkl")
    said = quotes_batch.fn(batch, found, tmp_path / "quotes.pkl")
    evented = events_batch.fn(batch, found, said, tmp_path / "events.pkl")
    [quote] = next(said.chunks())["a1"]
    events = next(evented.chunks())["a1"]
    assert (quote.type, quote.speaker_name, quote.text) == ("reported", "Friedrich Merz",
                                                             "neue Sanktionen gegen Russland zu verhängen")
    assert [(e.event_type, e.quote_id) for e in events] == [("REQUEST", None), ("SANCTION", None)]
