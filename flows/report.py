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
TOP_UNLINKED_SPEAKERS = 10
TOP_ENTITIES = 40
TOP_EVENT_TYPES = 8
#: the months charted are those of the articles' publication dates between these quantiles
PERIOD_QUANTILES = (0.01, 0.99)
QUARANTINE_EXAMPLES = 3
CATALOG_FILE = "newsflow.duckdb"
REPORT_FILE = "report.html"
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"]
#: Event dates are resolved on the Berlin calendar, so undated events fall back to the Berlin
#: publication day too (``published_at`` is stored in UTC: 00:30 on 1 March in Berlin is February in UTC).
CALENDAR_TZ = "Europe/Berlin"

#: Per table, one query giving its row count and the "what is in it" line beside it (one scan: every run pays it).
DETAILS = {
    "articles": """select count(*), format('{:,} originals, {:,} duplicates; {:,} without a publication date',
                          count(*) filter (where duplicate_of is null), count(duplicate_of),
                          count(*) filter (where published_at is null)) from articles""",
    "mentions": """select count(*), format('{:,} linked to an entity, {:,} unlinked', count(entity_id),
                          count(*) filter (where entity_id is null)) from mentions""",
    "entities": """select count(*), format('{:,} from the gazetteer, {:,} discovered; {:,} mentioned in the articles',
                          count(*) filter (where origin = 'reference'), count(*) filter (where origin = 'discovered'),
                          count(*) filter (where entity_id in (select entity_id from mentions))) from entities""",
    "quotes": """select count(*),
                        format('{:,} direct, {:,} indirect, {:,} partial, {:,} reported; {:,} with a linked speaker',
                        count(*) filter (where type = 'direct'), count(*) filter (where type = 'indirect'),
                        count(*) filter (where type = 'partial'), count(*) filter (where type = 'reported'),
                        count(speaker_entity_id)) from quotes""",
    "events": """select count(*),
                        format('{:,} realized, {:,} intended, {:,} hypothetical, {:,} negated; {:,} dated to the day',
                        count(*) filter (where mode = 'realized'), count(*) filter (where mode = 'intended'),
                        count(*) filter (where mode = 'hypothetical'), count(*) filter (where mode = 'negated'),
                        count(date)) from events""",
    "event_participants": """select count(*), format('{:,} actors, {:,} targets; {:,} linked to an entity',
                                    count(*) filter (where role = 'actor'), count(*) filter (where role = 'target'),
                                    count(entity_id)) from event_participants""",
    "quarantine": """select coalesce(sum(n), 0),
                            coalesce('by stage: ' || string_agg(stage || ' ' || n, ', ' order by n desc, stage), '')
                     from (select stage, count(*) as n from quarantine group by stage)""",
}


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
    """The figures of the report, as frames, plus what the frames leave out."""

    counts: pd.DataFrame
    speakers: pd.DataFrame
    unlinked_speakers: pd.DataFrame
    unattributed_quotes: int
    events_by_month: pd.DataFrame
    undated_events: int
    #: first and last month (YYYY-MM) of the central publication dates (PERIOD_QUANTILES); None when undated
    publication_months: tuple[str, str] | None
    spellings: pd.DataFrame
    quarantine: pd.DataFrame


def summarize(output: Path) -> Summary:
    con = duckdb.connect()
    con.execute(f"set TimeZone = '{CALENDAR_TZ}'")
    for table in TABLES:
        con.execute(f"create view {table} as select * from {table_sql(output, table)}")
    counts = pd.DataFrame([(t, *con.execute(DETAILS[t]).fetchall()[0]) for t in TABLES],
                          columns=["table", "rows", "of which"])
    speakers = con.sql(f"""
        select any_value(speaker_name) as speaker, count(*) as quotes,
               count(*) filter (where type = 'direct') as direct, count(*) filter (where type = 'indirect') as indirect,
               count(*) filter (where type = 'partial') as partial, count(*) filter (where type = 'reported') as reported,
               count(distinct article_id) as articles
        from quotes where speaker_entity_id is not null
        group by speaker_entity_id order by quotes desc, speaker limit {TOP_SPEAKERS}""").df()
    # kept apart from the ranking: unlinked words are often pronouns or not a speaker at all ("Angaben")
    unlinked_speakers = con.sql(f"""
        select speaker_text as "speaker words", count(*) as quotes, count(distinct article_id) as articles
        from quotes where speaker_entity_id is null and speaker_text is not null
        group by 1 order by quotes desc, 1 limit {TOP_UNLINKED_SPEAKERS}""").df()
    unattributed = con.execute("select count(*) from quotes where speaker_entity_id is null and speaker_text is null"
                               ).fetchall()[0][0]
    dated = """from events e join articles a using (article_id)
               where coalesce(e.date, a.published_at::date) is not null"""
    events_by_month = con.sql(f"""
        select strftime(coalesce(e.date, a.published_at::date), '%Y-%m') as month, e.event_type, count(*) as events
        {dated} group by 1, 2 order by 1, 2""").df()
    undated = con.execute(f"select (select count(*) from events) - (select count(*) {dated})").fetchall()[0][0]
    # the central 98 %: a few articles dated from their text (a 2001 anniversary) must not set the axis
    low, high = PERIOD_QUANTILES
    first, last = con.execute(f"""
        select strftime(quantile_disc(published_at::date, {low}), '%Y-%m'),
               strftime(quantile_disc(published_at::date, {high}), '%Y-%m') from articles""").fetchall()[0]
    spellings = con.sql(f"""
        select m.entity_id, any_value(coalesce(n.name, m.entity_name)) as entity, count(*) as mentions,
               count(distinct m.text) as forms, list(distinct m.text order by m.text) as spellings
        from mentions m left join entities n using (entity_id)
        where m.entity_id is not null
        group by m.entity_id order by mentions desc, m.entity_id limit {TOP_ENTITIES}""").df()
    # reasons differing only in numbers or quoted values (line/column, sizes, the failing value) are one
    # group; a group whose rows all say the same is shown as written
    quarantine = con.sql(f"""
        select stage, "table",
               case when count(distinct reason) = 1 then any_value(reason) else pattern end as reason,
               count(*) as rows,
               list(distinct source_ref order by source_ref)[1:{QUARANTINE_EXAMPLES}] as examples
        from (select *, regexp_replace(reason, '''[^'']*''|"[^"]*"|[0-9]+', '…', 'g') as pattern from quarantine)
        group by stage, "table", pattern order by rows desc, stage, reason limit 50""").df()
    return Summary(counts, speakers, unlinked_speakers, unattributed, events_by_month, undated,
                   (first, last) if first else None, spellings, quarantine)


def month_grid(events_by_month: pd.DataFrame, period: tuple[str, str] | None = None) -> pd.DataFrame:
    """Events per month (rows: every month of ``period``, else from the first to the last event, none
    skipped, so the time axis is even) and type (columns: the most frequent first). Events outside
    ``period`` are left out; no events, no grid (an empty frame)."""
    if period:
        events_by_month = events_by_month[events_by_month["month"].between(*period)]
    if events_by_month.empty:
        return pd.DataFrame()
    grid = events_by_month.pivot_table(index="month", columns="event_type", values="events", aggfunc="sum",
                                       fill_value=0)
    first, last = period or (grid.index.min(), grid.index.max())
    months = pd.period_range(first, last, freq="M").strftime("%Y-%m")
    totals = grid.sum()
    order = sorted(grid.columns, key=lambda t: (-totals[t], t))
    return grid.reindex(index=months, columns=order, fill_value=0).rename_axis(index="month", columns=None)


def _table_html(frame: pd.DataFrame, empty: str = "(none)") -> str:
    if frame.empty:
        return f"<p>{html.escape(empty)}</p>"
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = "".join("<tr>" + "".join(_td(v) for v in row) + "</tr>" for row in frame.itertuples(index=False))
    return f"<div class='wide'><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"


def _td(value) -> str:
    numeric = isinstance(value, int) or (hasattr(value, "dtype") and getattr(value.dtype, "kind", "") in "iu")
    return f"<td class='n'>{_cell(value)}</td>" if numeric else f"<td>{html.escape(_cell(value))}</td>"


def _cell(value) -> str:
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and getattr(value, "ndim", 0)):
        return ", ".join(map(str, list(value)))
    if hasattr(value, "item"):
        value = value.item()
    return f"{value:,}" if isinstance(value, int) else str(value)


def bar_chart(labels: list[str], values: list[int], width: int = 640) -> str:
    """Horizontal bars as inline SVG."""
    if not values:
        return ""
    row, label_width = 20, 260
    top = max(values) or 1
    bars = []
    for i, (label, value) in enumerate(zip(labels, values)):
        length = (width - label_width - 60) * value / top
        y = i * row
        bars.append(f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">{html.escape(label[:40])}</text>'
                    f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 6}" fill="{PALETTE[0]}"/>'
                    f'<text x="{label_width + length + 4:.1f}" y="{y + 14}">{value:,}</text>')
    return f'<svg width="{width}" height="{row * len(values)}" font-size="12">{"".join(bars)}</svg>'


def line_chart(grid: pd.DataFrame, width: int = 900, height: int = 300) -> str:
    """Events per month of the most frequent types (``grid`` from :func:`month_grid`) as inline SVG:
    a line and a dot per type, so a single month still shows."""
    if grid.empty:
        return ""
    grid = grid.iloc[:, :TOP_EVENT_TYPES]
    months, top = list(grid.index), max(int(grid.values.max()), 1)
    left, right, plot_top, plot_h = 40, 200, 10, height - 50
    plot_w = width - left - right
    x = {m: left + (plot_w * i / max(len(months) - 1, 1)) for i, m in enumerate(months)}
    y = lambda v: plot_top + plot_h - plot_h * v / top  # noqa: E731 - one formula, used twice below
    parts = []
    for tick in sorted({0, top // 2, top}):
        parts.append(f'<line x1="{left}" y1="{y(tick):.1f}" x2="{left + plot_w}" y2="{y(tick):.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:,}</text>')
    step = max(1, -(-len(months) // 12))  # at most 12 month labels, evenly spaced so they never overlap
    for i, m in enumerate(months):
        if i % step == 0:
            parts.append(f'<text x="{x[m]:.1f}" y="{plot_top + plot_h + 18}" text-anchor="middle">{m}</text>')
    for n, event_type in enumerate(grid.columns):
        color = PALETTE[n % len(PALETTE)]
        points = [(x[m], y(v)) for m, v in grid[event_type].items()]
        parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" '
                     f'points="{" ".join(f"{px:.1f},{py:.1f}" for px, py in points)}"/>')
        parts += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{color}"/>' for px, py in points]
        parts.append(f'<text x="{left + plot_w + 16}" y="{plot_top + 12 + 16 * n}" fill="{color}">'
                     f'{html.escape(event_type)} ({int(grid[event_type].sum()):,})</text>')
    return f'<svg width="{width}" height="{height}" font-size="12">{"".join(parts)}</svg>'


def render_html(output: Path, summary: Summary) -> str:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    current = (output / "_current").resolve().name if (output / "_current").is_symlink() else "?"
    events, period = summary.events_by_month, summary.publication_months
    grid = month_grid(events, period)
    # dates of history or plans would stretch the time axis over decades: they are counted, not charted
    outside = events[~events["month"].between(*period)] if period else events.iloc[0:0]
    outside_note = (f" Events dated outside the months most articles were published in ({period[0]} to {period[1]}): "
                    f"{int(outside['events'].sum()):,}, from {outside['month'].min()} to {outside['month'].max()}; "
                    "they are not in the chart or the table." if not outside.empty else "")
    by_type = grid.T.rename_axis("event type").reset_index() if not grid.empty else grid
    if not by_type.empty:
        by_type.insert(1, "total", grid.sum().values)
    shown = min(TOP_EVENT_TYPES, len(grid.columns))
    sections = [
        ("Rows per table", _table_html(summary.counts)),
        (f"Quotes per speaker (top {TOP_SPEAKERS} linked to an entity)",
         bar_chart(list(summary.speakers["speaker"]), [int(v) for v in summary.speakers["quotes"]])
         + _table_html(summary.speakers)
         + f"<p class='note'>Speakers not linked to an entity, by the words naming them (top "
           f"{TOP_UNLINKED_SPEAKERS}; often pronouns or role words). Quotes without any speaker: "
           f"{summary.unattributed_quotes:,}.</p>" + _table_html(summary.unlinked_speakers)),
        ("Events per type over time",
         f"<p class='note'>Month of the event's date when it is known to the day, else of the article's "
         f"publication ({CALENDAR_TZ} calendar)."
         + (f" The chart shows the {shown} most frequent of {len(grid.columns)} types; the table has all."
            if shown else "")
         + f" Events without any date: {summary.undated_events:,}.{outside_note}</p>"
         + line_chart(grid) + _table_html(by_type, "(no dated events)")),
        (f"Spellings merged into each entity (top {TOP_ENTITIES} by mentions)", _table_html(summary.spellings)),
        ("Quarantine reasons",
         "<p class='note'>Reasons that differ only in numbers or quoted values are grouped (…); examples are "
         "the first input files or row ids.</p>" + _table_html(summary.quarantine)),
    ]
    body = "".join(f"<h2>{html.escape(title)}</h2>{content}" for title, content in sections)
    return (f"<!doctype html><html lang='en'><meta charset='utf-8'><title>newsflow report</title>"
            "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}"
            ".wide{overflow-x:auto}table{border-collapse:collapse;margin:.5em 0 1.5em}"
            "td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}"
            "th{background:#f4f4f4;white-space:nowrap}td.n{text-align:right;white-space:nowrap}"
            ".note{color:#555;font-size:90%}</style>"
            f"<h1>newsflow report</h1><p>{html.escape(str(output))}, version {html.escape(current)}, "
            f"written {when}</p>{body}</html>")


def summary_markdown(output: Path) -> str:
    """The report's tables as Markdown (for the Prefect artifact of each run)."""
    summary = summarize(output)
    by_type = (summary.events_by_month.groupby("event_type", as_index=False)["events"].sum()
               .sort_values(["events", "event_type"], ascending=[False, True]))
    parts = [("Rows per table", summary.counts), (f"Top {TOP_SPEAKERS} speakers", summary.speakers),
             ("Unlinked speaker words", summary.unlinked_speakers),
             ("Dated events per type", by_type), ("Spellings merged into each entity", summary.spellings.head(15)),
             ("Quarantine reasons", summary.quarantine.head(20))]
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
    p = argparse.ArgumentParser(
        prog="newsflow report",
        description="Write DIR/report.html (an analyst's summary of the published datasets) and "
                    "DIR/newsflow.duckdb (a DuckDB catalog with one view per dataset).")
    p.add_argument("--output", default="output", metavar="DIR", help="dataset folder (default: output/)")
    args = p.parse_args(argv)
    output = Path(args.output)
    if not (output / "_current").is_symlink():
        print(f"newsflow report: no published datasets in {output}/; run `newsflow run` first", file=sys.stderr)
        return 2
    try:
        report, catalog = write_report(output)
    except OSError as error:  # read-only, full or foreign folder: say so, as `newsflow run` does (exit 4)
        print(f"newsflow report: cannot write to {output}/: {error.strerror or error}; the datasets are unchanged",
              file=sys.stderr)
        return 4
    print(f"wrote {report} and {catalog}")
    return 0
