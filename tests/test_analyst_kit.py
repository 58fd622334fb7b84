"""What an analyst reads works as written: every loading snippet of output/README.md and of the
analyst kit in docs/PRODUCTION.md runs against a small published output and returns rows; the
data dictionary lists every column a reader gets (that docs/DATA.md is current: tests/test_store.py);
the ``newsflow`` dispatcher says what it did not understand."""
from __future__ import annotations

import ast
import contextlib
import io
import re

import duckdb
import pyarrow.dataset as ds
import pytest

from flows.cli import COMMANDS
from flows.cli import main as newsflow
from flows.report import write_duckdb_catalog
from schemas import TABLES
from schemas.dictionary import render
from tests.conftest import REPO
from tests.test_report import published

SNIPPET = re.compile(r"```(python|sql)\n(.*?)```", re.DOTALL)


def snippets() -> list[tuple[str, str, str]]:
    found = [("output/README.md", lang, code)
             for lang, code in SNIPPET.findall((REPO / "output" / "README.md").read_text(encoding="utf-8"))]
    production = (REPO / "docs" / "PRODUCTION.md").read_text(encoding="utf-8")
    kit = production[production.index("## Analyst kit"):]
    found += [("docs/PRODUCTION.md", lang, code) for lang, code in SNIPPET.findall(kit)]
    return found


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder holding ``output/`` as the snippets expect it (they run from the repository root)."""
    root = tmp_path_factory.mktemp("analyst")
    write_duckdb_catalog(published(root / "output"))
    return root


def _rows(value) -> int | None:
    """Rows in a snippet's result, for the kinds of result the snippets produce."""
    if hasattr(value, "num_rows"):  # pyarrow Table
        return value.num_rows
    if hasattr(value, "fetchall"):  # DuckDB relation
        return len(value.fetchall())
    if hasattr(value, "collect"):  # polars LazyFrame
        value = value.collect()
    return len(value) if hasattr(value, "__len__") else None


def run_python(code: str) -> tuple[object, str]:
    """Run a snippet; its result is the value of a final expression, else of the last assignment."""
    tree = ast.parse(code)
    namespace: dict = {}
    last = tree.body.pop() if isinstance(tree.body[-1], ast.Expr) else None
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(tree, "snippet", "exec"), namespace)
        value = eval(compile(ast.Expression(last.value), "snippet", "eval"), namespace) if last else None
    if value is None and last is None:
        assigned = [node.targets[0].id for node in tree.body if isinstance(node, ast.Assign)]
        value = namespace[assigned[-1]]
    return value, printed.getvalue()


@pytest.mark.parametrize(("doc", "lang", "code"), snippets(), ids=lambda v: v.splitlines()[0][:40] if "\n" in v else v)
def test_documented_snippet_runs_and_returns_rows(workdir, monkeypatch, doc, lang, code):
    monkeypatch.chdir(workdir)
    if lang == "sql":  # plain DuckDB SQL: on the catalog, as the DuckDB CLI would open it
        with duckdb.connect("output/newsflow.duckdb", read_only=True) as con:
            assert con.execute(code).fetchall(), f"{doc}: SQL snippet returned no rows"
        return
    value, printed = run_python(code)
    rows = _rows(value)
    if rows is None:  # a snippet that ends in .show() prints its table
        assert printed.strip() and "0 rows" not in printed, f"{doc}: snippet printed nothing"
    else:
        assert rows > 0, f"{doc}: snippet returned no rows"


def test_data_dictionary_lists_every_column_a_reader_gets(workdir):
    documented: dict[str, list[str]] = {}
    for line in render().splitlines():
        if line.startswith("## `"):
            table = line.strip("#` ")
            documented[table] = []
        elif line.startswith("| `"):
            documented[table].append(line.split("`")[1])
    for name, spec in TABLES.items():
        dataset = ds.dataset(workdir / "output" / name, format="parquet",
                             partitioning="hive" if spec.partitioned else None)
        assert documented[name] == dataset.schema.names, name


def test_unknown_or_incomplete_commands_say_what_was_not_understood(capsys):
    assert newsflow(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err
    assert newsflow(["eval"]) == 2
    assert "eval names, eval quotes, eval events" in capsys.readouterr().err
    assert newsflow(["--help"]) == 0
    assert "output/README.md" in capsys.readouterr().out


@pytest.mark.parametrize("words", list(COMMANDS), ids=" ".join)
def test_every_command_explains_itself_in_plain_text(words, capsys):
    with pytest.raises(SystemExit) as done:
        newsflow([*words, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert f"usage: newsflow {' '.join(words)}" in text
    assert "``" not in text, "reST markup of a docstring shown as written"
