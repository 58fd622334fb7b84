"""Validate every table against its pandera contract; failing rows leave the table with a reason.

Pure: frames in, (valid frames, quarantine rows) out. A failure that concerns a whole column
(missing column, wrong type that cannot be coerced) is a bug, not bad data, and is raised.
"""
from __future__ import annotations

import json
from collections import defaultdict

import pandas as pd
import pandera.pandas as pa
from pandera.engines.pandas_engine import Engine

from schemas import ARTICLE_TEXT, TABLES

#: Tables whose rows carry offsets into the article text, checked against it.
SPAN_TABLES = ("mentions", "quotes", "events")
PAYLOAD_LIMIT = 2000


def validate_table(name: str, frame: pd.DataFrame, texts: dict[str, str] | None = None
                   ) -> tuple[pd.DataFrame, list[dict]]:
    """Return the rows of ``frame`` that pass the table's model and a quarantine entry per failure.

    >>> import pandas as pd
    >>> good, bad = validate_table("entities", pd.DataFrame({"entity_id": ["loc:kiew"], "name": ["Kiew"],
    ...     "type": ["CITY"], "wikidata_id": [None], "aliases": [[]], "origin": ["reference"]}))
    >>> len(good), bad[0]["reason"]
    (0, "type: isin(['PER', 'ORG', 'LOC', 'MISC']) failed for 'CITY'")
    """
    spec = TABLES[name]
    frame = frame.reset_index(drop=True)
    checked = frame
    if texts is not None and name in SPAN_TABLES and not frame.empty:
        # the article's own str objects in an object column: ``map`` made an Arrow string column, a copy of the
        # whole text per row (and another when the span check reads it back), most of the validate stage's work
        article_text = [texts.get(article_id) for article_id in frame["article_id"].tolist()]
        checked = frame.assign(**{ARTICLE_TEXT: pd.Series(article_text, index=frame.index, dtype=object)})
    passed = _every_row_passes(spec.model.to_schema(), checked)
    if passed is not None:
        return passed.drop(columns=[ARTICLE_TEXT], errors="ignore"), []
    try:
        # the validated frame is already coerced: no second pass when every row passes
        return spec.model.validate(checked, lazy=True).drop(columns=[ARTICLE_TEXT], errors="ignore"), []
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    whole_table = cases[cases["index"].isna()]
    uncoercible = _uncoercible_rows(spec, frame, whole_table)
    if uncoercible:  # values a column cannot hold (a date in the year 1500): those rows, not the table
        entries = [_quarantine_entry(name, spec.key, frame.loc[i], reason) for i, reason in uncoercible.items()]
        good, more = validate_table(name, frame.drop(index=list(uncoercible)), texts)
        return good, entries + more
    if not whole_table.empty:
        raise ValueError(f"table {name} does not fit its schema: "
                         f"{whole_table[['column', 'check']].to_dict('records')}")
    row_checks = {check.name for check in spec.model.to_schema().checks}
    reasons: dict[int, dict[str, None]] = defaultdict(dict)  # ordered set of reasons per row
    for case in cases.itertuples():
        reason = (f"failed check: {case.check}" if case.check in row_checks
                  else f"{case.column}: {case.check} failed for {case.failure_case!r}")
        reasons[int(case.index)][reason] = None
    bad = sorted(reasons)
    quarantined = [_quarantine_entry(name, spec.key, frame.loc[i], "; ".join(reasons[i])) for i in bad]
    return _coerced(spec, frame.drop(index=bad)), quarantined


def _every_row_passes(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> pd.DataFrame | None:
    """``frame`` coerced as ``schema.validate`` returns it when every row passes, else None.

    The same coercions and checks, by the schema's own dtypes and Check objects, without pandera's
    validation machinery: per call it cost ~100 ms of fixed overhead for the six tables of a
    chunk (failure cases reshaped and their message formatted even for checks that pass), more
    than the rows themselves. It only says yes or no: when anything fails, or the schema uses a
    feature this does not look at, the caller runs pandera, which names the failures."""
    if schema.index is not None or schema.strict or schema.ordered or schema.unique or not schema.coerce:
        return None
    coerced = {}
    for name, column in schema.columns.items():
        if column.regex or name not in frame.columns:
            return None
        try:
            values = column.dtype.try_coerce(frame[name])
        except Exception:  # noqa: BLE001 - pandera reports the failed coercion
            return None
        dtype_ok = column.dtype.check(Engine.dtype(values.dtype), values)
        if not (dtype_ok if isinstance(dtype_ok, bool) else dtype_ok.all()):
            return None
        if (not column.nullable and values.isna().any()) or (column.unique and values.duplicated().any()):
            return None
        if not all(check(values).check_passed for check in column.checks):
            return None
        coerced[name] = values
    frame = frame.assign(**coerced)
    return frame if all(check(frame).check_passed for check in schema.checks) else None


def _uncoercible_rows(spec, frame: pd.DataFrame, whole_table: pd.DataFrame) -> dict[int, str]:
    """Rows whose value cannot be coerced to its column's type, when that is the only whole-table
    failure; ``{}`` otherwise (a missing column or a wrong type everywhere stays a bug)."""
    if whole_table.empty or not whole_table["check"].astype(str).str.startswith("coerce_dtype").all():
        return {}
    columns = spec.model.to_schema().columns
    bad: dict[int, str] = {}
    for name in set(whole_table["column"]):
        for i, value in frame[name].items():
            try:
                columns[name].dtype.try_coerce(frame[name].loc[[i]])
            except Exception:  # noqa: BLE001 - any coercion error marks this one value as bad
                bad[i] = f"{name}: cannot be stored as {columns[name].dtype} ({value!r})"
    return bad


def _coerced(spec, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with the contract's dtypes (after the failing rows are gone)."""
    return spec.model.validate(frame, lazy=True) if not frame.empty else frame


def _quarantine_entry(table: str, key: tuple[str, ...], row: pd.Series, reason: str) -> dict:
    ref = ":".join(str(row[k]) for k in key if k in row) or str(row.get("article_id", "?"))
    payload = json.dumps({k: (None if _missing(v) else v) for k, v in row.items()}, ensure_ascii=False,
                         default=_json_value)
    return {"stage": "validate", "table": table, "source_ref": ref, "reason": reason,
            "payload": payload[:PAYLOAD_LIMIT]}


def _json_value(value):
    """numpy scalars as plain numbers, anything else (timestamps, dates) as text."""
    return value.item() if hasattr(value, "item") else str(value)


def _missing(value) -> bool:
    return not isinstance(value, (list, tuple, str, dict)) and pd.isna(value)


def validate_all(frames: dict[str, pd.DataFrame]) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """Validate every table; participants of a quarantined event follow it into quarantine."""
    articles = frames["articles"]
    texts = dict(zip(articles["article_id"], articles["text"]))
    valid: dict[str, pd.DataFrame] = {}
    quarantined: list[dict] = []
    for name in TABLES:
        if name == "quarantine":
            continue
        frame = frames[name]
        if name == "event_participants" and "events" in valid:
            orphan = ~frame["event_id"].isin(valid["events"]["event_id"])
            quarantined += [_quarantine_entry(name, TABLES[name].key, row, "its event failed validation")
                            for _, row in frame[orphan].iterrows()]
            frame = frame[~orphan]
        valid[name], rejected = validate_table(name, frame, texts)
        quarantined += rejected
    return valid, quarantined
