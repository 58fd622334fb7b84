"""``newsflow bench``: throughput and memory on generated corpora of real German news text.

For each size (default 1k, 10k, 100k articles) it builds a corpus once under ``--workdir`` (real
sentences of 10kGNAD and the SpkAtt Wikinews texts recombined into distinct articles, with varied
formats and metadata and a few duplicates), then in fresh child processes

* runs the flow (full run, then an unchanged re-run in the same process: the no-op cost),
* runs the I/O floor: read the raw files and write their text and metadata to Parquet, nothing else,

and prints articles per second end to end and per stage, peak RSS and output sizes beside the
floor's, so the ratio comes from one invocation.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from flows.cli import describe
from flows.settings import REPO_ROOT, apply_prefect_defaults

SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
DEFAULT_WORKDIR = REPO_ROOT / "benchmarks" / "corpora"
DEFAULT_SIZES = (1_000, 10_000, 100_000)
SEED = 20260108
RECORDS_PER_JSONL = 1_000
SOURCES = ["Tagesblick", "Rhein-Kurier", "Nordpost", "Alpen-Zeitung", "Hauptstadt-Depesche", None]
SECTIONS = ["politik", "wirtschaft", "inland", "ausland", "kultur", "sport"]
FIRST_DAY = datetime(2024, 1, 1, 6, tzinfo=timezone.utc)
DAYS = 730
STAGES = ("ingest", "dedupe", "names", "quotes", "events", "validate", "entities", "write")
POLL_SECONDS = 0.2


# ---------------------------------------------------------------- corpus
def source_texts(data: Path = SHARED_DATA) -> list[str]:
    """Article texts of 10kGNAD (test split) and of the SpkAtt Wikinews corpus."""
    texts = []
    csv.field_size_limit(1 << 24)
    with gzip.open(data / "10kgnad" / "test.csv.gz", "rt", encoding="utf-8") as handle:
        texts += [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) == 2]
    for split in sorted((data / "spkatt-news-2024").glob("*.jsonl.gz")):
        with gzip.open(split, "rt", encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return [t for t in texts if len(t) > 400]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])", text.replace("\n", " ")) if s.strip()]


def build_corpus(size: int, folder: Path, data: Path = SHARED_DATA) -> Path:
    """Write ``size`` articles under ``folder`` (once; reused while its stamp matches)."""
    stamp = folder / ".complete"
    if stamp.exists() and stamp.read_text() == str(size):
        return folder
    rng = random.Random(SEED + size)
    pools = [sentences(t) for t in source_texts(data)]
    pools = [p for p in pools if len(p) >= 6]
    folder.mkdir(parents=True, exist_ok=True)
    jsonl_buffer: list[str] = []
    previous: list[str] = []
    for i in range(size):
        kind = rng.random()
        if previous and kind < 0.01:  # exact copy of an earlier article under another name
            body = previous[rng.randrange(len(previous))]
        elif previous and kind < 0.02:  # near copy: an earlier article with one sentence added
            body = previous[rng.randrange(len(previous))] + " Die Redaktion hat diesen Beitrag aktualisiert."
        else:
            first, second = rng.choice(pools), rng.choice(pools)
            cut_a, cut_b = rng.randint(3, len(first)), rng.randint(0, len(second) - 3)
            paragraphs = [" ".join(first[:cut_a][j:j + 3]) for j in range(0, cut_a, 3)]
            paragraphs += [" ".join(second[cut_b:][j:j + 3]) for j in range(0, len(second) - cut_b, 3)]
            body = "\n\n".join(paragraphs)
        if len(previous) < 5_000:
            previous.append(body)
        section = rng.choice(SECTIONS)
        meta = {"title": sentences(body)[0][:120], "source": rng.choice(SOURCES),
                "url": f"https://news.example.de/{section}/{i:07d}.html" if rng.random() < 0.8 else None,
                "published_at": None if rng.random() < 0.05 else
                (FIRST_DAY + timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(1440))).isoformat(),
                "language": "de"}
        meta = {k: v for k, v in meta.items() if v is not None}
        fmt = rng.random()
        sub = folder / section / f"{i // 1000:03d}"
        if fmt < 0.6:
            jsonl_buffer.append(json.dumps({"id": i, "text": body, **meta}, ensure_ascii=False))
            if len(jsonl_buffer) == RECORDS_PER_JSONL:
                _flush_jsonl(folder, jsonl_buffer, i)
        else:
            sub.mkdir(parents=True, exist_ok=True)
            if fmt < 0.8:
                (sub / f"{i:07d}.txt").write_text(body, encoding="utf-8")
                (sub / f"{i:07d}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
            elif fmt < 0.9:
                front = "".join(f"{k}: {v}\n" for k, v in meta.items())
                (sub / f"{i:07d}.md").write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
            else:
                paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
                (sub / f"{i:07d}.html").write_text(
                    f"<html><head><title>{meta['title']}</title>"
                    + (f'<meta property="article:published_time" content="{meta["published_at"]}">'
                       if "published_at" in meta else "")
                    + f"</head><body><nav>Startseite | Politik</nav><article><h1>{meta['title']}</h1>"
                    f"{paragraphs}</article><footer>© Verlag</footer></body></html>", encoding="utf-8")
    if jsonl_buffer:
        _flush_jsonl(folder, jsonl_buffer, size)
    stamp.write_text(str(size))
    return folder


def _flush_jsonl(folder: Path, buffer: list[str], last: int) -> None:
    (folder / "feeds").mkdir(parents=True, exist_ok=True)
    (folder / "feeds" / f"feed-{last:07d}.jsonl").write_text("\n".join(buffer) + "\n", encoding="utf-8")
    buffer.clear()


# ---------------------------------------------------------------- child processes
def run_flow(corpus: Path, output: Path, runner: str, result: Path) -> None:
    """Child: full run, then an unchanged re-run; timings to ``result``."""
    apply_prefect_defaults()
    from flows.pipeline import flow_for

    flow = flow_for(runner)
    started = time.perf_counter()
    full = flow(inputs=[str(corpus)], output=str(output), full_refresh=True)
    full_wall = time.perf_counter() - started
    started = time.perf_counter()
    again = flow(inputs=[str(corpus)], output=str(output))
    result.write_text(json.dumps({"full": full, "full_wall": full_wall, "noop": again,
                                  "noop_wall": time.perf_counter() - started}, default=str))


def run_floor(corpus: Path, output: Path, result: Path) -> None:
    """Child: the I/O floor. Read every raw record, write text and metadata to Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from flows import ingest
    from flows.ingest.raw import RawRecord

    started = time.perf_counter()
    output.mkdir(parents=True, exist_ok=True)
    fields = ("source_ref", "input_format", "url", "title", "source", "published_at", "language", "text", "html")
    rows, written, part = [], 0, 0
    for path in ingest.discover([corpus]):
        for item in ingest.read_file(path):
            if isinstance(item, RawRecord):
                rows.append({f: getattr(item, f, None) for f in fields})
        if len(rows) >= 5_000:
            pq.write_table(pa.Table.from_pylist(rows), output / f"part-{part}.parquet", compression="zstd")
            written, part, rows = written + len(rows), part + 1, []
    if rows:
        pq.write_table(pa.Table.from_pylist(rows), output / f"part-{part}.parquet", compression="zstd")
        written += len(rows)
    result.write_text(json.dumps({"articles": written, "wall": time.perf_counter() - started}))


def measured(command: list[str]) -> tuple[int, int, float]:
    """Run a child; return (peak RSS of the child, peak RSS of its whole process tree, wall seconds)."""
    import psutil

    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=REPO_ROOT)
    process, peak_own, peak_tree = psutil.Process(child.pid), 0, 0
    while child.poll() is None:
        try:
            own = process.memory_info().rss
            tree = own + sum(p.memory_info().rss for p in process.children(recursive=True))
            peak_own, peak_tree = max(peak_own, own), max(peak_tree, tree)
        except psutil.Error:
            pass
        time.sleep(POLL_SECONDS)
    if child.returncode:
        raise RuntimeError(f"benchmark child failed ({child.returncode}): {' '.join(command)}")
    return peak_own, peak_tree, time.perf_counter() - started


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


# ---------------------------------------------------------------- report
def bench_size(size: int, workdir: Path, runner: str) -> dict:
    corpus = build_corpus(size, workdir / f"corpus-{size}")
    output, floor_output = workdir / f"output-{size}-{runner}", workdir / f"floor-{size}"
    flow_json, floor_json = workdir / f"flow-{size}-{runner}.json", workdir / f"floor-{size}.json"
    me = [sys.executable, "-m", "flows.bench"]
    flow_rss, flow_tree, _ = measured([*me, "_flow", str(corpus), str(output), runner, str(flow_json)])
    floor_rss, _, _ = measured([*me, "_floor", str(corpus), str(floor_output), str(floor_json)])
    flow, floor = json.loads(flow_json.read_text()), json.loads(floor_json.read_text())
    version = output / "_current"
    return {"size": size, "runner": runner, "corpus_bytes": folder_bytes(corpus), "flow": flow, "floor": floor,
            "flow_rss": flow_rss, "flow_tree_rss": flow_tree, "floor_rss": floor_rss,
            "table_bytes": {t: folder_bytes(version / t) for t in flow["full"]["counts"]},
            "floor_bytes": folder_bytes(floor_output)}


def render(result: dict) -> str:
    full, floor = result["flow"]["full"], result["floor"]
    timings, items = full["timings"], full["items"]
    articles = full["counts"]["articles"]
    wall = result["flow"]["full_wall"]
    mb = 1024 * 1024
    lines = [f"== {result['size']:,} generated articles ({result['corpus_bytes'] / mb:,.0f} MB raw), "
             f"runner {result['runner']} ==",
             f"end to end : {articles / wall:8.1f} articles/s  ({wall:7.1f} s wall incl. Prefect start-up; "
             f"flow body {timings['run']:.1f} s)",
             f"I/O floor  : {floor['articles'] / floor['wall']:8.1f} articles/s  ({floor['wall']:7.1f} s)  "
             f"-> pipeline takes {wall / floor['wall']:.1f}x the floor",
             f"peak RSS   : flow process {result['flow_rss'] / mb:,.0f} MB (with child processes "
             f"{result['flow_tree_rss'] / mb:,.0f} MB); floor {result['floor_rss'] / mb:,.0f} MB",
             f"no-op rerun: {result['flow']['noop_wall']:.1f} s wall for the flow call "
             f"(flow body {result['flow']['noop']['timings']['run']:.1f} s, hashing {result['flow']['noop']['timings']['hash']:.1f} s)",
             "per stage  : (busy seconds summed over batches; articles/s per busy core)"]
    for stage in STAGES:
        seconds = timings.get(stage)
        if seconds is None:
            continue
        n = items["files"] if stage == "ingest" else items["extracted"] if stage in (
            "names", "quotes", "events", "validate") else articles
        unit = "files" if stage == "ingest" else "articles"
        lines.append(f"  {stage:<9} {seconds:8.1f} s  {n / max(seconds, 1e-9):10.1f} {unit}/s")
    walls = ", ".join(f"{stage.removesuffix('_wall')} {timings[stage]:.1f} s" for stage in
                      ("hash", "ingest_wall", "dedupe", "extract_wall", "restart", "entities", "write") if stage in timings)
    lines.append(f"wall       : {walls} (extract = names+quotes+events+validate over all batches)")
    sizes = ", ".join(f"{t} {b / mb:,.1f} MB" for t, b in result["table_bytes"].items())
    lines.append(f"output     : {sizes}; floor Parquet {result['floor_bytes'] / mb:,.1f} MB")
    lines.append(f"rows       : " + ", ".join(f"{t} {n:,}" for t, n in full["counts"].items()))
    return "\n".join(lines)


def stage_cpu(data: Path = SHARED_DATA) -> str:
    """Articles per second of CPU time (this process's, so that other work on the machine counts less than in wall
    time) of each stage on the 1,028 10kGNAD test articles, one stage after the other as the batch tasks run them:
    names, quotes, events, and the validate task's work (rows, frames, contracts, Arrow tables) a chunk at a time."""
    from flows import events, names, quotes
    from flows.records import Article
    from flows.stages import ARTICLE_TABLES, CHUNK, as_doc, tabulate_rows
    from flows.store.parquet import to_arrow
    from flows.tables import frame
    from flows.validate import validate_all
    from schemas import TABLES

    csv.field_size_limit(1 << 24)
    with gzip.open(data / "10kgnad" / "test.csv.gz", "rt", encoding="utf-8") as handle:
        texts = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) == 2]
    published = FIRST_DAY
    articles = [Article(f"a{i:015x}", f"10kgnad/{i}.txt", f"10kgnad/{i}.txt", None, None, None, published,
                        "metadata", "de", text, [], f"{i:064x}") for i, text in enumerate(texts)]
    docs = {a.article_id: as_doc(a) for a in articles}
    for doc in list(docs.values())[:20]:  # warm the loaders' caches
        list(events.extract_events(doc, list(names.find_mentions(doc))))
    seconds = {}
    started = time.process_time()
    found = {i: list(names.find_mentions(doc)) for i, doc in docs.items()}
    seconds["names"], started = time.process_time() - started, time.process_time()
    said = {i: list(quotes.extract_quotes(doc, found[i], reported=True)) for i, doc in docs.items()}
    seconds["quotes"], started = time.process_time() - started, time.process_time()
    told = {i: list(events.extract_events(doc, found[i], quotes.conventional(said[i]))) for i, doc in docs.items()}
    seconds["events"], started = time.process_time() - started, time.process_time()
    for first in range(0, len(articles), CHUNK):
        rows, _ = tabulate_rows(articles[first:first + CHUNK], found, said, told, "bench", published)
        valid, _ = validate_all({**{name: frame(name, rows[name]) for name in ARTICLE_TABLES},
                                 "entities": frame("entities", [])})
        for name in ARTICLE_TABLES:
            to_arrow(TABLES[name], valid[name], {})
    seconds["validate"] = time.process_time() - started
    return (f"10kGNAD test, {len(articles)} articles, CPU time per stage (articles/s): "
            + ", ".join(f"{stage} {seconds[stage]:.2f} s ({len(articles) / seconds[stage]:.0f})" for stage in seconds))


def main(argv: list[str]) -> int:
    if argv and argv[0] == "_flow":
        run_flow(Path(argv[1]), Path(argv[2]), argv[3], Path(argv[4]))
        return 0
    if argv and argv[0] == "_floor":
        run_floor(Path(argv[1]), Path(argv[2]), Path(argv[3]))
        return 0
    p = argparse.ArgumentParser(prog="newsflow bench", description=describe(__doc__))
    p.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="corpus sizes in articles")
    p.add_argument("--runner", choices=["thread", "dask"], default="thread")
    p.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR,
                   help="where corpora and outputs go (git-ignored; default benchmarks/corpora)")
    p.add_argument("--json", type=Path, help="also write the raw figures to this file")
    p.add_argument("--stages", action="store_true",
                   help="only CPU time per stage on the 10kGNAD test articles, in this process (no corpus, no flow)")
    args = p.parse_args(argv)
    if not (SHARED_DATA / "10kgnad").is_dir():
        print(f"newsflow bench: the source texts are not at {SHARED_DATA}", file=sys.stderr)
        return 2
    if args.stages:
        print(stage_cpu(), flush=True)
        return 0
    results = []
    for size in args.sizes:
        results.append(bench_size(size, args.workdir, args.runner))
        print(render(results[-1]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
