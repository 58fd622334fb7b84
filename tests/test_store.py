"""Schemas, validation and the versioned Parquet catalog."""
from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from flows.store.catalog import Catalog, OutputLocked
from flows.tables import frame
from flows.validate import SPAN_TABLES, _every_row_passes, validate_all, validate_table
from schemas import ARTICLE_TEXT, SCHEMA_VERSION, TABLES

NOW = pd.Timestamp("2026-01-09T08:00Z")
TEXT = "Merz sagte: „Wir bleiben standhaft.“"


def article(article_id: str, published: str | None, text: str = TEXT) -> dict:
    return dict(article_id=article_id, source_path="a.txt", source_ref="a.txt", input_format="txt", url=None,
                title="Titel", source=None, published_at=pd.Timestamp(published) if published else None,
                published_from="metadata" if published else None, language="de", text=text,
                boilerplate=["⇢ Link"], content_hash="0" * 64, duplicate_of=None, duplicate_kind=None,
                run_id="r", ingested_at=NOW)


def mention(article_id: str, start: int, end: int, text: str) -> dict:
    return dict(article_id=article_id, mention_id=f"{article_id}:m{start}-{end}", start=start, end=end, text=text,
                entity_id="per:friedrich-merz", entity_name="Friedrich Merz", entity_type="PER", method="exact",
                confidence=1.0)


def tables(articles: list[dict], mentions: list[dict] = ()) -> dict[str, pd.DataFrame]:
    frames = {name: frame(name, []) for name in TABLES}
    frames["articles"] = frame("articles", articles)
    frames["mentions"] = frame("mentions", list(mentions))
    return frames


def publish(catalog: Catalog, run_id: str, frames: dict[str, pd.DataFrame]) -> None:
    published = frames["articles"].set_index("article_id")["published_at"]
    months = {n: frames[n]["article_id"].map(published) if TABLES[n].partitioned else None for n in TABLES}
    catalog.write_version(run_id, frames, months, {"run_id": run_id, "newsflow_version": "test"})
    catalog.publish(run_id)


A1, A2 = "a" + "1" * 15, "a" + "2" * 15


def test_every_column_is_documented_and_typed():
    for spec in TABLES.values():
        for name, column in spec.model.to_schema().columns.items():
            assert column.description, f"{spec.name}.{name} has no description"
        assert spec.arrow.names == spec.columns


def test_rows_with_wrong_offsets_or_enums_are_quarantined_with_a_reason():
    frames = tables([article(A1, "2026-01-08T10:00Z")],
                    [mention(A1, 0, 4, "Merz"), mention(A1, 5, 10, "Merx"), {**mention(A1, 0, 4, "Merz"),
                                                                              "mention_id": "x", "entity_type": "PERSON"}])
    valid, quarantined = validate_all({k: v for k, v in frames.items() if k != "quarantine"})
    assert list(valid["mentions"]["text"]) == ["Merz"]
    reasons = sorted(q["reason"] for q in quarantined)
    assert any("text[start:end]" in r for r in reasons)
    assert any("entity_type" in r and "PERSON" in r for r in reasons)
    assert all(json.loads(q["payload"]) for q in quarantined)


def test_a_chunk_where_every_row_passes_comes_back_as_pandera_returns_it():
    # validate_table skips pandera when its own pass over the same dtypes and checks finds
    # nothing: the frame must then be exactly pandera's (values, dtypes, columns, index)
    frames = tables([article(A1, "2026-01-08T10:00Z"), article(A2, None)],
                    [mention(A1, 0, 4, "Merz"), {**mention(A2, 0, 4, "Merz"), "entity_id": None}])
    texts = {A1: TEXT, A2: TEXT}
    frames["mentions"] = frames["mentions"].assign(**{ARTICLE_TEXT: frames["mentions"]["article_id"].map(texts)})
    for name in ("articles", "mentions", "entities"):
        checked, schema = frames[name], TABLES[name].model.to_schema()
        fast, slow = _every_row_passes(schema, checked), schema.validate(checked, lazy=True)
        assert list(fast.dtypes) == list(slow.dtypes) and fast.equals(slow) and fast.index.equals(slow.index), name


@pytest.mark.parametrize("change", [{}, {"entity_type": "PERSON"}, {"text": "Merx"}, {"start": -1}, {"confidence": 1.5},
                                    {"article_id": None}, {"mention_id": f"{A1}:m0-4"}])
def test_a_row_that_fails_any_check_sends_the_chunk_to_pandera_for_its_reasons(change):
    rows = [mention(A1, 0, 4, "Merz"), {**mention(A1, 13, 16, "Wir"), **change}]
    checked = frame("mentions", rows).assign(**{ARTICLE_TEXT: TEXT})
    assert (_every_row_passes(TABLES["mentions"].model.to_schema(), checked) is None) == bool(change)


def test_implausible_publication_dates_fail_validation():
    good, bad = validate_table("articles", frame("articles", [article(A1, "1970-01-01T00:00Z")]))
    assert good.empty and "published_at" in bad[0]["reason"]


def test_published_datasets_read_back_with_pyarrow_and_duckdb(tmp_path):
    catalog = Catalog(tmp_path / "out")
    publish(catalog, "r1", tables([article(A1, "2026-01-08T10:00Z"), article(A2, None, "Ohne Datum.")],
                                  [mention(A1, 0, 4, "Merz")]))
    root = catalog.root
    for name in TABLES:  # every table exists, even the empty ones, with its schema
        dataset = ds.dataset(root / name, format="parquet", partitioning="hive")
        assert set(TABLES[name].columns) <= set(dataset.schema.names)
    assert (root / "articles" / "year=2026" / "month=1").is_dir()
    rows = duckdb.sql(f"select article_id, year, month from read_parquet('{root}/articles/**/*.parquet', "
                      "hive_partitioning=true) order by article_id").fetchall()
    assert rows == [(A1, 2026, 1), (A2, 0, 0)]
    for name in TABLES:  # pandas reads every dataset folder directly
        assert list(pd.read_parquet(root / name).columns)[: len(TABLES[name].columns)] == TABLES[name].columns
    meta = json.loads(pq.read_schema(next((root / "articles").rglob("*.parquet"))).metadata[b"newsflow"])
    assert meta["schema_version"] == SCHEMA_VERSION and meta["run_id"] == "r1"
    assert pq.ParquetFile(next((root / "mentions").rglob("*.parquet"))).metadata.row_group(0).column(0) \
        .compression == "ZSTD"


def test_a_version_that_was_not_published_stays_invisible(tmp_path):
    catalog = Catalog(tmp_path / "out")
    publish(catalog, "r1", tables([article(A1, "2026-01-08T10:00Z")]))
    frames = tables([article(A1, "2026-01-08T10:00Z"), article(A2, "2026-01-08T11:00Z")])
    catalog.write_version("r2", frames, {n: None if not TABLES[n].partitioned else
                                         frames[n]["article_id"].map(lambda _: NOW) for n in TABLES}, {})
    # a crash here, before publish: readers still see run r1 complete
    assert list(catalog.read("articles")["article_id"]) == [A1]
    catalog.publish("r2")
    assert sorted(catalog.read("articles")["article_id"]) == [A1, A2]


def test_old_versions_are_pruned_but_the_previous_one_is_kept(tmp_path):
    catalog = Catalog(tmp_path / "out")
    for run in ("r1", "r2", "r3"):
        publish(catalog, run, tables([article(A1, "2026-01-08T10:00Z")]))
    assert sorted(p.name for p in (catalog.root / "_versions").iterdir()) == ["r2", "r3"]
    assert catalog.current_version.name == "r3"


def _hold_lock(root, ready, release):
    with Catalog(root).lock():
        ready.set()
        release.wait(10)


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(tmp_path, ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(OutputLocked, match="being written"):
            with Catalog(tmp_path).lock():
                pass
    finally:
        release.set()
        holder.join(10)
    with Catalog(tmp_path).lock():  # free again once the first run is done
        assert os.path.exists(tmp_path / ".lock")


def test_data_dictionary_is_generated_from_the_schemas():
    from schemas.dictionary import render

    assert (Path(__file__).resolve().parents[1] / "docs" / "DATA.md").read_text(encoding="utf-8") == render(), \
        "docs/DATA.md is stale: run `python -m schemas.dictionary > docs/DATA.md`"


def test_a_value_its_column_cannot_hold_quarantines_the_row_not_the_table():
    import datetime as dt

    event = dict(article_id=A1, event_type="PROTEST", trigger="t", trigger_start=0, trigger_end=1, mode="realized",
                 sentence_start=0, sentence_end=1, date_method="explicit", confidence=0.5)
    rows = [dict(event, event_id=f"{A1}:e{i}", date=day) for i, day in enumerate([dt.date(1500, 1, 1), None,
                                                                                   dt.date(2026, 1, 1)])]
    good, bad = validate_table("events", frame("events", rows))
    assert list(good["event_id"]) == [f"{A1}:e1", f"{A1}:e2"]
    assert len(bad) == 1 and "date: cannot be stored" in bad[0]["reason"] and "1500" in bad[0]["reason"]


def test_tables_are_written_batch_by_batch_into_their_partitions(tmp_path, monkeypatch):
    """write_dataset (which writes each batch before it takes the next, so the flow's memory does
    not follow the table's size) puts each row in its month's folder in input order and starts a
    new file every ROWS_PER_FILE rows."""
    import pyarrow as pa

    from flows.store import parquet
    from flows.store.parquet import to_arrow, with_partition_keys, write_dataset

    monkeypatch.setattr(parquet, "ROWS_PER_FILE", 2)
    months = ["2026-01-08T10:00Z", None, "2026-01-09T10:00Z", "2025-12-31T10:00Z", "2026-01-10T10:00Z"]

    def batches():
        for n, published in enumerate(months):
            table = to_arrow(TABLES["articles"], frame("articles", [article(f"a{n:015d}", published)]), {})
            when = pa.array([pd.Timestamp(published) if published else None], pa.timestamp("us", tz="UTC"))
            yield from with_partition_keys(table, when).to_batches()

    assert write_dataset(TABLES["articles"], batches(), tmp_path / "articles", {"run_id": "r"}) == len(months)
    january = tmp_path / "articles" / "year=2026" / "month=1"
    assert sorted(p.name for p in january.iterdir()) == ["part-0.parquet", "part-1.parquet"]
    assert pq.read_table(january / "part-0.parquet")["article_id"].to_pylist() == [f"a{0:015d}", f"a{2:015d}"]
    rows = ds.dataset(tmp_path / "articles", format="parquet", partitioning="hive").to_table()
    assert sorted(zip(rows["article_id"].to_pylist(), rows["year"].to_pylist(), rows["month"].to_pylist())) == [
        (f"a{0:015d}", 2026, 1), (f"a{1:015d}", 0, 0), (f"a{2:015d}", 2026, 1), (f"a{3:015d}", 2025, 12),
        (f"a{4:015d}", 2026, 1)]


def test_the_fast_check_returns_every_extracted_table_as_pandera_does():
    # the fast path must agree with pandera on the tables the extractors fill (quotes, events,
    # their participants), not only on hand-built articles and mentions
    from datetime import date

    from flows import events, names, quotes
    from flows.records import Doc
    from flows.tables import event_rows, mention_rows, quote_rows

    text = ("Merz sagte am Mittwoch in Paris: „Wir bleiben standhaft.“ Russland zeige kein Interesse an Gesprächen, "
            "erklärte der Kanzler. Die EU verhängte am Dienstag neue Sanktionen gegen Russland.")
    doc = Doc(article_id=A1, text=text, published_on=date(2026, 1, 8))
    found = list(names.find_mentions(doc))
    said = list(quotes.extract_quotes(doc, found, reported=True))
    event_table, participant_table = event_rows(A1, events.extract_events(doc, found, quotes.conventional(said)))
    rows = {"mentions": mention_rows(A1, found), "quotes": quote_rows(A1, said), "events": event_table,
            "event_participants": participant_table}
    for name, table_rows in rows.items():
        assert table_rows, f"the sentence gives no {name}"
        checked = frame(name, table_rows)
        if name in SPAN_TABLES:
            checked = checked.assign(**{ARTICLE_TEXT: text})
        schema = TABLES[name].model.to_schema()
        fast, slow = _every_row_passes(schema, checked), schema.validate(checked, lazy=True)
        assert fast is not None, f"{name}: rows that pandera accepts were refused"
        assert list(fast.dtypes) == list(slow.dtypes) and fast.equals(slow) and fast.index.equals(slow.index), name
