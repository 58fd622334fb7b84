"""Pure cleaning: a RawRecord becomes an Article (or a Rejected with the reason)."""
from __future__ import annotations

import hashlib
import html as html_entities
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import PurePath
from urllib.parse import parse_qsl, urlencode, urlsplit

from flows.ingest.boilerplate import strip_boilerplate
from flows.ingest.dates import BERLIN, date_from_filename, date_from_text, parse_datetime
from flows.ingest.raw import RawRecord, payload_json, reject
from flows.ingest.text import normalize_text, single_line
from flows.records import Article, PublishedFrom, Rejected
from schemas.articles import EARLIEST_PLAUSIBLE

#: query parameters that only track the reader; dropped so shared links map to one article
TRACKING_PARAM = re.compile(r"^(utm_.*|fbclid|gclid|dclid|mc_cid|mc_eid|wt_mc|wt_zmc|at_.*|ref|src|xtor)$", re.I)
DEFAULT_PORTS = {"http": 80, "https": 443}
#: frequent function words; their share in a text is the (deliberately cheap) language guess
GERMAN_STOPWORDS = frozenset(
    "der die das und ist nicht ein eine einen zu den von mit sich des auf für im dem sie er es wir"
    " auch als an nach wie bei aus hat wird sind werden dass noch nur oder aber vor zur zum".split()
)
ENGLISH_STOPWORDS = frozenset(
    "the and of to is in that it for was on are with as be by this have from at not he she they"
    " we you his her their has had were will would an or but".split()
)
MIN_STOPWORD_SHARE = 0.08
MIN_WORDS_FOR_LANGUAGE = 5
LANGUAGE_SAMPLE_CHARS = 5000  # the opening of an article is enough to tell its language
WORD = re.compile(r"[^\W\d_]+")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
EXCERPT_CHARS = 400
#: How far ahead of now a guessed publication date may be: less than the articles contract allows
#: ahead of ingestion (2 days), so a guess that is kept never fails it.
GUESS_AHEAD = timedelta(days=1)
#: ``<link rel="canonical" href=...>`` and ``<meta property="og:url" content=...>``, attributes in any order
_TAG = r"<{tag}\b(?=[^>]*(?<![\w-]){key}\s*=\s*[\"']?{value}[\"'\s/>])[^>]*(?<![\w-]){attr}\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))"
CANONICAL_LINK = re.compile(_TAG.format(tag="link", key="rel", value="canonical", attr="href"), re.I)
OG_URL = re.compile(_TAG.format(tag="meta", key="property", value="og:url", attr="content"), re.I)
HEAD_END = re.compile(r"</head\s*>", re.I)


@dataclass(frozen=True, slots=True)
class HtmlContent:
    """Main text and page metadata extracted from HTML."""

    text: str
    title: str | None
    published_at: str | None
    source: str | None
    url: str | None = None


def extract_html(html: str) -> HtmlContent:
    """Main text of a page (paragraphs separated by blank lines, the repeated headline dropped)
    with its title, date, site name and URL.

    >>> extract_html("<html><body><p>Erster Absatz.</p><p>Zweiter Absatz.</p></body></html>").text
    'Erster Absatz.\\n\\nZweiter Absatz.'
    """
    # imported here, not with the module: trafilatura and lxml (+11 MB RSS) are needed by the
    # ingest tasks only, and every process that imports flows.ingest (the flow's, each Dask
    # worker's extraction) would otherwise hold them
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False,
        date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": False},
    )
    if document is None or not (document.text or "").strip():
        return HtmlContent(trafilatura.html2txt(html) or "", None, None, None, page_url(html))
    lines = [line for line in document.text.split("\n") if line.strip()]
    if lines and document.title and lines[0].strip() == document.title.strip():
        lines = lines[1:]
    return HtmlContent("\n\n".join(lines), document.title, document.date, document.sitename, page_url(html))


def page_url(html: str) -> str | None:
    """The page's own absolute URL: ``<link rel="canonical">``, else ``og:url``. (trafilatura's
    metadata prefers og:url, which sites set to tracking or mobile variants more often, and
    drops a page whose text it cannot find together with its URL.)

    >>> page_url('<head><meta property="og:url" content="https://m.example.de/a">'
    ...          '<link href="https://example.de/a?x=1&amp;y=2" rel="canonical"></head>')
    'https://example.de/a?x=1&y=2'
    >>> page_url('<head><link rel="canonical" href="/relativ"></head>') is None
    True
    """
    end = HEAD_END.search(html)
    head = html[: end.start()] if end else html
    for pattern in (CANONICAL_LINK, OG_URL):
        for match in pattern.finditer(head):
            url = html_entities.unescape(next(g for g in match.groups() if g is not None)).strip()
            if url_key(url) is not None:
                return url
    return None


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """Drop heading markers; a first-line ``# Heading`` is the title and leaves the text.

    >>> markdown_to_text("# Streik im Hafen\\n\\nText.\\n\\n## Verhandlung\\n\\nMehr Text.")
    ('Text.\\n\\nVerhandlung\\n\\nMehr Text.', 'Streik im Hafen')
    """
    lines = text.lstrip("\n").split("\n")
    title = None
    first = MARKDOWN_HEADING.match(lines[0]) if lines else None
    if first and len(first[1]) == 1:
        title, lines = first[2], lines[1:]
    lines = [(m[2] if (m := MARKDOWN_HEADING.match(line)) else line) for line in lines]
    return "\n".join(lines).strip("\n"), title


def url_key(url: str) -> str | None:
    """Normalized URL for identity: no scheme, lower-case host without ``www.``, no default
    port, no fragment, no trailing slash, tracking parameters dropped, parameters sorted.
    None when ``url`` is not an absolute http(s) URL.

    >>> url_key("https://www.Example.de:443/politik/artikel/?utm_source=x&b=2&a=1#top")
    'example.de/politik/artikel?a=1&b=2'
    >>> url_key("artikel-ohne-host") is None
    True
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    port = f":{parts.port}" if parts.port and parts.port != DEFAULT_PORTS[parts.scheme.lower()] else ""
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAM.match(k))
    path = parts.path.rstrip("/")
    return f"{host}{port}{path}" + (f"?{urlencode(query)}" if query else "")


def content_hash(text: str) -> str:
    """sha256 of the clean text with all whitespace runs collapsed (re-wrapping is no change).

    >>> content_hash("Ein  Text.\\n\\nZwei.") == content_hash("Ein Text. Zwei.")
    True
    """
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def make_id(*parts: str) -> str:
    """``"a" + sha1(parts joined by newlines)[:15]``.

    >>> make_id("url:example.de/a")
    'a18f303a3e988a06'
    """
    return "a" + hashlib.sha1("\n".join(parts).encode()).hexdigest()[:15]


def article_id_for(url: str | None, text_hash: str) -> str:
    """Stable id: from the normalized URL when there is one, else from the content hash."""
    key = url_key(url) if url else None
    return make_id(f"url:{key}") if key else make_id(f"text:{text_hash}")


def guess_language(text: str) -> str | None:
    """``"de"`` or ``"en"`` by stopword share, None when too short or neither.

    >>> guess_language("Der Kanzler sagte, dass die Regierung an dem Plan festhält.")
    'de'
    >>> guess_language("The chancellor said that the government will keep the plan.")
    'en'
    """
    words = [w.lower() for w in WORD.findall(text[:LANGUAGE_SAMPLE_CHARS])]
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    german = sum(w in GERMAN_STOPWORDS for w in words) / len(words)
    english = sum(w in ENGLISH_STOPWORDS for w in words) / len(words)
    if max(german, english) < MIN_STOPWORD_SHARE:
        return None
    return "de" if german >= english else "en"


def normalize_language(tag: str) -> str | None:
    """Primary subtag, lower case: ``de-DE`` -> ``de``.

    >>> normalize_language("de_AT")
    'de'
    """
    primary = re.split(r"[-_]", tag.strip())[0].lower()
    return primary or None


def resolve_published(
    metadata_values: list[str | None], source_path: str, text: str, boilerplate: list[str],
    now: datetime | None = None,
) -> tuple[datetime | None, PublishedFrom | None, list[tuple[PublishedFrom, datetime]]]:
    """Publication time in UTC and where it came from: metadata, file name, then text; and the
    guesses passed over. A date guessed from the file name or the text that cannot be a
    publication date (before 1990, more than a day after ``now``) is no date: the article is
    kept without it. Metadata dates are taken as given; the articles contract judges them.

    >>> resolve_published([None], "bericht-1989-11-09.txt", "Der Text.", [],
    ...                   now=datetime(2026, 1, 8, tzinfo=timezone.utc))[1:]
    (None, [('filename', datetime.datetime(1989, 11, 8, 23, 0, tzinfo=datetime.timezone.utc))])
    """
    for value in metadata_values:
        moment = parse_datetime(value) if value else None
        if moment is not None:
            return moment, "metadata", []
    latest = (now or datetime.now(timezone.utc)) + GUESS_AHEAD
    passed_over: list[tuple[PublishedFrom, datetime]] = []
    guesses: list[tuple[PublishedFrom, datetime | None]] = [
        ("filename", date_from_filename(PurePath(source_path).name)), ("text", date_from_text(text, boilerplate))]
    for origin, moment in guesses:
        if moment is None:
            continue
        if EARLIEST_PLAUSIBLE <= moment <= latest:
            return moment, origin, passed_over
        passed_over.append((origin, moment))
    return None, None, passed_over


def _passed_over_note(source_ref: str, article_id: str, origin: str, moment: datetime) -> Rejected:
    why = "in the future" if moment > EARLIEST_PLAUSIBLE else f"before {EARLIEST_PLAUSIBLE.year}"
    day = moment.astimezone(BERLIN).date().isoformat()  # the day as written, not its UTC date
    return Rejected("clean", source_ref, f"published_at: the date {day} found in the {origin} "
                    f"cannot be a publication date ({why}); the article is kept without it",
                    payload_json({"article_id": article_id, "published_at": moment.isoformat(), "from": origin}))


def _optional_line(value: str | None) -> str | None:
    return single_line(value) or None if value else None


def clean(raw: RawRecord, notes: list[Rejected] | None = None) -> Article | Rejected:
    """Turn a raw record into an Article: extract HTML, normalize, strip boilerplate, date it,
    hash it and give it a stable id. A record with no article text left is rejected. A guessed
    publication date passed over is appended to ``notes`` (a quarantine record of the ``clean``
    stage: the article is kept, the value is not).

    >>> raw = RawRecord("in/bericht-2026-01-08.txt", "in/bericht-2026-01-08.txt", "txt",
    ...                 text="Berlin – Der Bundestag hat das Gesetz beschlossen.\\n\\nFoto: Agentur")
    >>> article = clean(raw)
    >>> article.text, article.boilerplate, article.published_from, article.language
    ('Berlin – Der Bundestag hat das Gesetz beschlossen.', ['Foto: Agentur'], 'filename', 'de')
    """
    text, title, html_date, source, url = raw.text or "", raw.title, None, raw.source, raw.url
    if not text.strip() and raw.html:
        page = extract_html(raw.html)
        text, title, html_date, source = page.text, title or page.title, page.published_at, source or page.source
        url = url or page.url
    if raw.input_format == "md":
        text, heading = markdown_to_text(text)
        title = title or heading
    body, boilerplate = strip_boilerplate(text)
    if not body:
        reason = "no article text" + (f" after removing {len(boilerplate)} boilerplate lines" if boilerplate else "")
        return reject(raw.source_ref, reason, title=title, excerpt=text[:EXCERPT_CHARS])
    published_at, published_from, passed_over = resolve_published(
        [raw.published_at, html_date], raw.source_path, body, boilerplate)
    text_hash = content_hash(body)
    article_id = article_id_for(url, text_hash)
    if notes is not None:
        notes += [_passed_over_note(raw.source_ref, article_id, origin, moment) for origin, moment in passed_over]
    language = normalize_language(raw.language) if raw.language else None
    return Article(
        article_id=article_id,
        source_path=raw.source_path,
        source_ref=raw.source_ref,
        url=url.strip() if url else None,
        title=_optional_line(title),
        source=_optional_line(source),
        published_at=published_at,
        published_from=published_from,
        language=language or guess_language(body),
        text=body,
        boilerplate=boilerplate,
        content_hash=text_hash,
        input_format=raw.input_format,
    )
