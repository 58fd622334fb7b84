"""The I/O edge of ingestion: find input files and turn each into raw records or rejections.

Nothing here raises for a bad file: every problem becomes a :class:`Rejected` with a human reason.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from flows.ingest.decode import UndecodableError, decode_bytes
from flows.ingest.limits import MAX_DOCUMENT_BYTES, MAX_JSON_FILE_BYTES, format_size
from flows.ingest.raw import METADATA_FIELDS, RawRecord, reject
from flows.records import Rejected

#: file suffix -> input_format
FORMATS = {
    ".txt": "txt", ".md": "md", ".markdown": "md", ".json": "json", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".html": "html", ".htm": "html",
}
#: formats whose file is one document and may carry a ``<stem>.meta.json`` sidecar
DOCUMENT_FORMATS = ("txt", "md", "html")
SIDECAR_SUFFIX = ".meta.json"
#: YAML-ish front matter: a ``---`` line, ``key: value`` lines, a closing ``---`` line
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<block>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
#: bytes read at a time while skipping the rest of an oversized JSONL line
SKIP_CHUNK_BYTES = 1024 * 1024
EXCERPT_CHARS = 400


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def sidecar_of(path: Path) -> Path:
    """The metadata sidecar path of a document file.

    >>> sidecar_of(Path("in/artikel.txt")).as_posix()
    'in/artikel.meta.json'
    """
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def _is_sidecar(path: Path) -> bool:
    """A ``<stem>.meta.json`` next to a document file with that stem."""
    if not path.name.endswith(SIDECAR_SUFFIX):
        return False
    stem = path.name.removesuffix(SIDECAR_SUFFIX)
    return any(
        path.with_name(stem + suffix).is_file() for suffix, fmt in FORMATS.items() if fmt in DOCUMENT_FORMATS
    )


def discover(paths: Sequence[Path]) -> list[Path]:
    """All input files under ``paths`` (files or folders, recursively), sorted, without hidden
    files/folders and without metadata sidecars. Raises FileNotFoundError for a missing path.

    >>> discover([Path("tests/fixtures/raw")])[0].name
    'agentur-meldungen.json'
    """
    check_inputs(paths)
    found: set[Path] = set()
    for root in map(Path, paths):
        if root.is_file():
            candidates = [root]
        else:
            candidates = [p for p in root.rglob("*") if p.is_file() and not _is_hidden(p, root)]
        found.update(p for p in candidates if not _is_sidecar(p))
    return sorted(found, key=lambda p: p.as_posix())


def check_inputs(paths: Sequence[Path]) -> None:
    """Raise FileNotFoundError for the first of ``paths`` that is neither a file nor a folder."""
    for root in map(Path, paths):
        if not (root.is_file() or root.is_dir()):
            raise FileNotFoundError(f"input path does not exist: {root}")


def read_file(path: Path) -> Iterator[RawRecord | Rejected]:
    """Raw records (or rejections) from one input file, streamed for JSONL.

    >>> [type(r).__name__ for r in read_file(Path("tests/fixtures/raw/leer.txt"))]
    ['Rejected']
    """
    ref = path.as_posix()
    try:
        yield from _read(path, ref)
    except Exception as error:  # noqa: BLE001 - the edge turns any failure into a quarantine row
        yield reject(ref, f"cannot read file: {type(error).__name__}: {error}")


def _read(path: Path, ref: str) -> Iterator[RawRecord | Rejected]:
    if path.name.endswith(SIDECAR_SUFFIX) and not _is_sidecar(path):
        stem = path.name.removesuffix(SIDECAR_SUFFIX)
        yield reject(ref, f"metadata sidecar without a document (no {stem}.txt, .md or .html next to it)")
        return
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        supported = ", ".join(sorted(FORMATS))
        yield reject(ref, f"unsupported file type {path.suffix or '(no extension)'!r}; supported: {supported}")
        return
    size = path.stat().st_size
    if size == 0:
        yield reject(ref, "empty file (0 bytes)")
    elif fmt == "jsonl":
        yield from _read_jsonl(path, ref)
    elif fmt == "json":
        yield from _read_json(path, ref, size)
    else:
        yield from _read_document(path, ref, fmt, size)


def _too_large(ref: str, size: int, limit: int, what: str) -> Rejected:
    return reject(ref, f"{what} is {format_size(size)}, above the {format_size(limit)} limit", bytes=size)


def _decoded(ref: str, data: bytes) -> str | Rejected:
    try:
        return decode_bytes(data)[0]
    except UndecodableError as error:
        return reject(ref, str(error), bytes=len(data), head_hex=data[:32].hex())


def _read_document(path: Path, ref: str, fmt: str, size: int) -> Iterator[RawRecord | Rejected]:
    if size > MAX_DOCUMENT_BYTES:
        yield _too_large(ref, size, MAX_DOCUMENT_BYTES, f"{fmt} document")
        return
    text = _decoded(ref, path.read_bytes())
    if isinstance(text, Rejected):
        yield text
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        yield reject(ref, "file contains only whitespace", bytes=size)
        return
    metadata: dict[str, str] = {}
    if fmt != "html":
        metadata, text = split_front_matter(text)
    sidecar = sidecar_of(path)
    if sidecar.is_file():
        sidecar_metadata = _read_sidecar(sidecar)
        if isinstance(sidecar_metadata, Rejected):
            yield sidecar_metadata
        else:
            metadata.update(sidecar_metadata)
    body = {"html": text} if fmt == "html" else {"text": text}
    yield RawRecord(source_path=ref, source_ref=ref, input_format=fmt, **body, **_metadata_fields(metadata))


def _read_sidecar(path: Path) -> dict[str, str] | Rejected:
    """Metadata from a sidecar; a broken sidecar is rejected but its document is still read."""
    ref = path.as_posix()
    try:
        data = json.loads(path.read_bytes())
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return reject(ref, f"malformed metadata sidecar ({error}); document read without it")
    if not isinstance(data, dict):
        return reject(ref, "metadata sidecar is not a JSON object; document read without it")
    return {key: value for key, value in data.items() if isinstance(value, (str, int, float))}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a YAML-ish front-matter block (``key: value`` lines between ``---`` lines) off text.

    >>> split_front_matter('---\\ntitle: "Streik"\\nurl: https://x.de/a\\n---\\nText.')
    ({'title': 'Streik', 'url': 'https://x.de/a'}, 'Text.')
    """
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    metadata = {}
    for line in match["block"].splitlines():
        key, colon, value = line.partition(":")
        if colon and key.strip() and not key.startswith((" ", "\t", "#")):
            metadata[key.strip().lower()] = value.strip().strip("\"'")
    return metadata, text[match.end():]


def _metadata_fields(metadata: dict[str, Any]) -> dict[str, str | None]:
    """The RawRecord metadata keyword arguments from a metadata mapping (strings only)."""
    fields = {
        name: str(metadata[name]).strip() or None
        for name in METADATA_FIELDS
        if isinstance(metadata.get(name), (str, int, float))
    }
    record_id = metadata.get("id")
    fields["record_id"] = str(record_id) if isinstance(record_id, (str, int)) else None
    return fields


def record_from_json(value: Any, source_path: str, ref: str, fmt: str) -> RawRecord | Rejected:
    """A RawRecord from one parsed JSON value, or the reason it cannot be one.

    >>> record_from_json({"title": "Ohne Text"}, "f.json", "f.json[0]", "json").reason
    'record has no text or html'
    """
    if not isinstance(value, dict):
        return reject(ref, f"JSON {type(value).__name__} where an object (one article) was expected",
                      excerpt=json.dumps(value, ensure_ascii=False)[:EXCERPT_CHARS])
    body = {key: value[key] for key in ("text", "html") if isinstance(value.get(key), str) and value[key].strip()}
    excerpt = json.dumps(value, ensure_ascii=False)[:EXCERPT_CHARS]
    if not body:
        return reject(ref, "record has no text or html", excerpt=excerpt)
    size = max(len(v.encode()) for v in body.values())
    if size > MAX_DOCUMENT_BYTES:
        return _too_large(ref, size, MAX_DOCUMENT_BYTES, "record text")
    return RawRecord(source_path=source_path, source_ref=ref, input_format=fmt, **body, **_metadata_fields(value))


def _read_json(path: Path, ref: str, size: int) -> Iterator[RawRecord | Rejected]:
    if size > MAX_JSON_FILE_BYTES:
        yield _too_large(ref, size, MAX_JSON_FILE_BYTES, "JSON file (use .jsonl for large collections)")
        return
    data = path.read_bytes()
    text = _decoded(ref, data)
    if isinstance(text, Rejected):
        yield text
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield reject(ref, f"malformed JSON: {error.msg} (line {error.lineno}, column {error.colno})",
                     excerpt=text[max(error.pos - 100, 0): error.pos + 100])
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield record_from_json(item, ref, f"{ref}[{index}]", "json")
    else:
        yield record_from_json(value, ref, ref, "json")


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """``(line, size)`` for each line; ``line`` is None for a line above ``limit`` bytes, which
    is skipped in chunks instead of being held in memory."""
    while line := handle.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        while chunk := handle.readline(SKIP_CHUNK_BYTES):
            size += len(chunk)
            if chunk.endswith(b"\n"):
                break
        yield None, size


def _read_jsonl(path: Path, ref: str) -> Iterator[RawRecord | Rejected]:
    with path.open("rb") as handle:
        for number, (line, size) in enumerate(_bounded_lines(handle, MAX_DOCUMENT_BYTES), start=1):
            line_ref = f"{ref}#L{number}"
            if line is None:
                yield _too_large(line_ref, size, MAX_DOCUMENT_BYTES, "JSON line")
                continue
            if not line.strip():
                continue
            text = _decoded(line_ref, line)
            if isinstance(text, Rejected):
                yield text
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as error:
                yield reject(line_ref, f"malformed JSON on line {number}: {error.msg} (column {error.colno})",
                             excerpt=text[:EXCERPT_CHARS])
                continue
            yield record_from_json(value, ref, line_ref, "jsonl")
