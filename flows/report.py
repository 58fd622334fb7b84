"""``newsflow report``: an analyst's view of the published datasets.

Writes ``<output>/report.html`` (counts per table, top speakers, events per type over time, the
spellings merged into each entity, quarantine reasons; charts as inline SVG, no plotting library)
and ``<output>/newsflow.duckdb``, a DuckDB catalog with one view per dataset. The views read the
fixed table links, so they always show the current version. :func:`summary_markdown` gives the
same summary for the Prefect artifact each run leaves.
"""
from __future__ import annotations

import argparse
import html
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from schemas import TABLES

TOP_SPEAKERS = 20
TOP_ENTITIES = 40
TOP_EVENT_TYPES = 8
CATALOG_FILE = "newsflow.duckdb"
REPORT_FILE = "report.html"
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"]


def table_sql(output: Path, table: str) -> str:
    """DuckDB expression reading one dataset (all its Parquet files, hive partition keys typed)."""
    return f"read_parquet('{output.resolve() / table}/**/*.parquet', hive_partitioning=true, union_by_name=true)"


def write_duckdb_catalog(output: Path) -> Path:
    """``output/newsflow.duckdb`` with a view per dataset (rebuilt each time; small)."""
    path = output / CATALOG_FILE
    tmp = path.with_suffix(".duckdb.tmp")
    tmp.unlink(missing_ok=True)
    with duckdb.connect(str(tmp)) as con:
        for table in TABLES:
            con.execute(f"create view {table} as select * from {table_sql(output, table)}")
    tmp.replace(path)
    return path


@dataclass
class Summary:
    """The figures of the report, as frames."""

    counts: pd.DataFrame
    speakers: pd.DataFrame
    events_by_month: pd.DataFrame
    spellings: pd.DataFrame
    quarantine: pd.DataFrame


def summarize(output: Path) -> Summary:
    con = duckdb.connect()
    for table in TABLES:
        con.execute(f"create view {table} as select * from {table_sql(output, table)}")
    counts = con.sql("select * from (" + " union all ".join(
        f"select '{t}' as \"table\", count(*) as rows from {t}" for t in TABLES) + ")").df()
    speakers = con.sql(f"""
        select coalesce(speaker_name, speaker_text) as speaker, count(*) as quotes,
               count(distinct article_id) as articles
        from quotes where coalesce(speaker_name, speaker_text) is not null
        group by 1 order by quotes desc, speaker limit {TOP_SPEAKERS}""").df()
    events_by_month = con.sql("""
        select strftime(coalesce(e.date, a.published_at::date), '%Y-%m') as month, e.event_type, count(*) as events
        from events e join articles a using (article_id)
        where coalesce(e.date, a.published_at::date) is not null
        group by 1, 2 order by 1, 2""").df()
    spellings = con.sql(f"""
        select m.entity_id, any_value(coalesce(n.name, m.entity_name)) as entity, count(*) as mentions,
               list(distinct m.text order by m.text) as spellings
        from mentions m left join entities n using (entity_id)
        where m.entity_id is not null
        group by m.entity_id order by mentions desc, m.entity_id limit {TOP_ENTITIES}""").df()
    quarantine = con.sql("""
        select stage, "table", regexp_replace(reason, '''[^'']*''|"[^"]*"|[0-9]+', '…', 'g') as reason,
               count(*) as rows
        from quarantine group by all order by rows desc, stage limit 50""").df()
    return Summary(counts, speakers, events_by_month, spellings, quarantine)


def _table_html(frame: pd.DataFrame) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>"
                   for row in frame.itertuples(index=False))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value) -> str:
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        return ", ".join(map(str, list(value)))
    return f"{value:,}" if isinstance(value, int) else str(value)


def bar_chart(labels: list[str], values: list[int], width: int = 640) -> str:
    """Horizontal bars as inline SVG."""
    if not values:
        return "<p>(none)</p>"
    row, label_width = 20, 220
    top = max(values) or 1
    bars = []
    for i, (label, value) in enumerate(zip(labels, values)):
        length = (width - label_width - 60) * value / top
        y = i * row
        bars.append(f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">{html.escape(label[:34])}</text>'
                    f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 6}" fill="{PALETTE[0]}"/>'
                    f'<text x="{label_width + length + 4:.1f}" y="{y + 14}">{value:,}</text>')
    return f'<svg width="{width}" height="{row * len(values)}" font-size="12">{"".join(bars)}</svg>'


def line_chart(frame: pd.DataFrame, width: int = 720, height: int = 260) -> str:
    """Events per month, one line per event type (the most frequent types), as inline SVG."""
    if frame.empty:
        return "<p>(no dated events)</p>"
    top_types = frame.groupby("event_type")["events"].sum().nlargest(TOP_EVENT_TYPES).index
    grid = frame[frame["event_type"].isin(top_types)].pivot_table(
        index="month", columns="event_type", values="events", aggfunc="sum", fill_value=0).sort_index()
    months, top = list(grid.index), max(int(grid.values.max()), 1)
    left, bottom, plot_w, plot_h = 40, 20, width - 190, height - 40
    x = {m: left + (plot_w * i / max(len(months) - 1, 1)) for i, m in enumerate(months)}
    parts = [f'<line x1="{left}" y1="{plot_h}" x2="{left + plot_w}" y2="{plot_h}" stroke="#999"/>',
             f'<text x="{left - 4}" y="12" text-anchor="end">{top}</text>',
             f'<text x="{left}" y="{plot_h + 16}">{months[0]}</text>',
             f'<text x="{left + plot_w}" y="{plot_h + 16}" text-anchor="end">{months[-1]}</text>']
    for n, event_type in enumerate(grid.columns):
        color = PALETTE[n % len(PALETTE)]
        points = " ".join(f"{x[m]:.1f},{plot_h - plot_h * v / top:.1f}" for m, v in grid[event_type].items())
        parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{points}"/>')
        parts.append(f'<text x="{left + plot_w + 10}" y="{14 + 16 * n}" fill="{color}">{html.escape(event_type)}</text>')
    return f'<svg width="{width}" height="{height - bottom + 20}" font-size="12">{"".join(parts)}</svg>'


def render_html(output: Path, summary: Summary) -> str:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    current = (output / "_current").resolve().name if (output / "_current").is_symlink() else "?"
    events_table = summary.events_by_month.pivot_table(index="month", columns="event_type", values="events",
                                                       aggfunc="sum", fill_value=0).reset_index() \
        if not summary.events_by_month.empty else summary.events_by_month
    sections = [
        ("Rows per table", bar_chart(list(summary.counts["table"]), [int(v) for v in summary.counts["rows"]])
         + _table_html(summary.counts)),
        (f"Quotes per speaker (top {TOP_SPEAKERS})",
         bar_chart(list(summary.speakers["speaker"]), [int(v) for v in summary.speakers["quotes"]])
         + _table_html(summary.speakers)),
        ("Events per type over time", line_chart(summary.events_by_month) + _table_html(events_table)),
        (f"Spellings merged into each entity (top {TOP_ENTITIES} by mentions)", _table_html(summary.spellings)),
        ("Quarantine reasons", _table_html(summary.quarantine)),
    ]
    body = "".join(f"<h2>{html.escape(title)}</h2>{content}" for title, content in sections)
    return (f"<!doctype html><html lang='en'><meta charset='utf-8'><title>newsflow report</title>"
            "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}"
            "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ddd;padding:3px 8px;"
            "text-align:left;vertical-align:top}th{background:#f4f4f4}</style>"
            f"<h1>newsflow report</h1><p>{html.escape(str(output))}, version {html.escape(current)}, "
            f"written {when}</p>{body}</html>")


def summary_markdown(output: Path) -> str:
    """The report's tables as Markdown (for the Prefect artifact of each run)."""
    summary = summarize(output)
    spellings = summary.spellings.head(15).assign(spellings=summary.spellings.head(15)["spellings"].map(
        lambda forms: ", ".join(list(forms))))
    parts = [("Rows per table", summary.counts), (f"Top {TOP_SPEAKERS} speakers", summary.speakers),
             ("Events per type", summary.events_by_month.groupby("event_type", as_index=False)["events"].sum()
              .sort_values("events", ascending=False)),
             ("Spellings merged into each entity", spellings), ("Quarantine reasons", summary.quarantine.head(20))]
    return "\n\n".join(f"## {title}\n\n{_markdown_table(frame)}" for title, frame in parts)


def _markdown_table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "(none)"
    lines = ["| " + " | ".join(map(str, frame.columns)) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(_cell(v).replace("|", "\\|") for v in row) + " |"
              for row in frame.itertuples(index=False)]
    return "\n".join(lines)


def write_report(output: Path) -> tuple[Path, Path]:
    catalog = write_duckdb_catalog(output)
    path = output / REPORT_FILE
    path.write_text(render_html(output, summarize(output)), encoding="utf-8")
    return path, catalog


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="newsflow report", description=__doc__.split("\n\n")[0])
    p.add_argument("--output", default="output", metavar="DIR", help="dataset folder (default: output/)")
    args = p.parse_args(argv)
    output = Path(args.output)
    if not (output / "_current").is_symlink():
        print(f"newsflow report: no published datasets in {output}/; run `newsflow run` first", file=sys.stderr)
        return 2
    report, catalog = write_report(output)
    print(f"wrote {report} and {catalog}")
    return 0
