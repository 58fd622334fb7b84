"""``newsflow eval quotes``: the matching rule on a tiny fixture and a smoke run on real data."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from flows.eval import quotes as evalq
from flows.records import Quote

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def test_token_f1_ignores_quotation_marks() -> None:
    text = "„Wir bleiben hart“, sagte sie."
    assert evalq.token_f1(evalq.token_ids(text, [(0, 18)]), evalq.token_ids(text, [(1, 17)])) == 1.0


def test_split_parts_and_continuations_become_one_spkatt_quotation() -> None:
    def q(start: int, end: int, qtype: str, cue: str | None, group: int | None = None) -> Quote:
        return Quote("t:q", start, end, "", qtype, "X", 0, 1, cue=cue, group=group)

    units = evalq.spkatt_units([q(0, 5, "direct", "sagte", 1), q(10, 15, "direct", "sagte", 1),
                                q(20, 30, "indirect", "sagte"), q(22, 25, "partial", "sagte"),
                                q(31, 40, "indirect", None), q(41, 50, "indirect", None)])
    assert [u.spans for u in units] == [((0, 5), (10, 15)), ((20, 30),), ((31, 40), (41, 50))]


def test_only_whole_boilerplate_lines_are_blanked() -> None:
    # 'Wetterdienst' is a link line below the article and also a word of its own sentence, which stays text
    text = "Der Wetterdienst warnt vor Sturm.\nMehr dazu:\nWetterdienst\n"
    row = {"id": "b-01", "text": text, "published_at": "2026-03-02T10:00:00+01:00",
           "gold": {"boilerplate": ["Mehr dazu:", "Wetterdienst"]}}
    blanked = evalq.devset_doc(row).text
    assert blanked == "Der Wetterdienst warnt vor Sturm.\n          \n            \n"
    assert len(blanked) == len(text)


def test_eval_main_on_a_tiny_spkatt_fixture(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Die Lage sei ernst, sagte der Minister. Das Wetter war gut."
    row = {"document": "1 - Test (2020-01-02)", "text": text, "annotations": [{
        "id": 0, "type": "Indirect", "isNested": False, "quote": {"text": "Die Lage sei ernst", "spans": [[0, 18]]},
        "speaker": {"text": "der Minister", "spans": [[26, 38]]}, "cue": {"text": "sagte", "spans": [[20, 25]]}}]}
    folder = tmp_path / "spkatt-news-2024"
    folder.mkdir()
    with gzip.open(folder / "dev.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")
    assert evalq.main(["--split", "dev", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "messages" in out and "F1  1.000" in out and "Indirect" in out


def test_eval_main_on_the_devset(capsys: pytest.CaptureFixture[str]) -> None:
    if not (DATA / "devset" / "articles.jsonl").exists():
        pytest.skip(f"devset not found under {DATA}")
    assert evalq.main(["--devset", "--data", str(DATA)]) == 0
    out = capsys.readouterr().out
    assert "speaker accuracy on matched" in out and "partial" in out


def test_prediction_matching_only_a_nested_gold_quotation_is_not_scored(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # SpkAtt marks a quotation a medium relays as nested only; predicting it is neither right nor wrong
    text = "Der Spiegel zitiert Merz mit den Worten: „Wir handeln jetzt sofort.“ Die Lage sei ernst, sagte er."
    inner = text.index("Wir")
    clause = text.index("Die Lage")

    def ann(kind: str, nested: bool, start: int, end: int, speaker: str) -> dict:
        s = text.index(speaker)
        return {"id": 0, "type": kind, "isNested": nested, "quote": {"text": text[start:end], "spans": [[start, end]]},
                "speaker": {"text": speaker, "spans": [[s, s + len(speaker)]]}, "cue": {"text": "", "spans": []}}

    row = {"document": "1 - Test (2020-01-02)", "text": text, "annotations": [
        ann("Direct", True, inner, inner + len("Wir handeln jetzt sofort."), "Merz"),
        ann("Indirect", False, clause, clause + len("Die Lage sei ernst"), "er")]}
    golds, nested = evalq.spkatt_golds(row)
    preds = [evalq.Unit(((inner, inner + 24),), "direct"), evalq.Unit(((clause, clause + 18),), "indirect")]
    assert evalq.unscored_nested(text, preds, golds, nested) == preds[1:]
    wrong = evalq.Unit(((0, 11),), "direct")  # matches nothing: stays and counts as a false positive
    assert evalq.unscored_nested(text, [wrong], golds, nested) == [wrong]
