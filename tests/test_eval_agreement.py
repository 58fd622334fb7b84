"""``newsflow eval agreement``: two hand-made annotations of invented articles, and tune3 against itself."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from flows.cli import main as newsflow
from flows.eval import agreement as ea
from flows.eval import events as eval_events
from flows.eval import quotes as eval_quotes
from flows.records import Event

TUNE3 = Path(__file__).resolve().parents[1] / "flows" / "eval" / "data" / "tune3.jsonl"

TEXT = ("Foto: Archiv\n\nBerlin – Die Ministerin Petra Lindholm hat den Bürgermeister Olaf Brendel getroffen. "
        "Die Gespräche seien gut gewesen, sagte Lindholm. „Wir bauen die Brücke“, erklärte Brendel. "
        "Der Verband kritisierte den „Brückenwahn“ scharf.")


def at(word: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start


def name(surface: str, canonical: str, kind: str, nth: int = 0) -> dict:
    return {"surface": surface, "canonical": canonical, "kind": kind, "start": at(surface, nth),
            "end": at(surface, nth) + len(surface)}


def quote(qid: str, text: str, qtype: str, speaker: str | None) -> dict:
    return {"id": qid, "text": text, "type": qtype, "speaker": speaker, "start": at(text), "end": at(text) + len(text)}


def event(eid: str, etype: str, trigger: str, actors: list[str], targets: list[str], mode: str = "realized") -> dict:
    return {"id": eid, "type": etype, "trigger": trigger, "trigger_start": at(trigger), "actors": actors,
            "targets": targets, "date": "2026-03-02", "date_text": None, "mode": mode}


def annotation() -> dict:
    """A's annotation of the invented article."""
    return {"id": "x-01", "title": "Brücke", "published_at": "2026-03-02T10:00:00+01:00", "text": TEXT, "gold": {
        "boilerplate": ["Foto: Archiv"],
        "quotes": [quote("q1", "Die Gespräche seien gut gewesen", "indirect", "Petra Lindholm"),
                   quote("q2", "Wir bauen die Brücke", "direct", "Olaf Brendel")],
        "not_quotes": ["Brückenwahn"],
        "not_quotes_detail": [{"text": "Brückenwahn", "start": at("Brückenwahn"), "reason": "scare_quote"}],
        "events": [event("e1", "CONSULT", "getroffen", ["Petra Lindholm"], ["Olaf Brendel"]),
                   event("e2", "ACCUSE", "kritisierte", [], [])],
        "names": [name("Berlin", "Berlin", "LOC"), name("Petra Lindholm", "Petra Lindholm", "PER"),
                  name("Olaf Brendel", "Olaf Brendel", "PER"), name("Lindholm", "Petra Lindholm", "PER", 1),
                  name("Brendel", "Olaf Brendel", "PER", 1)]}}


def second_annotation() -> dict:
    """B: another speaker for the direct quote, the scare quote taken as a partial quote, the ACCUSE event
    missed, the consultation's target left out, the photo line kept and 'Der Verband' named."""
    b = annotation()
    gold = b["gold"]
    gold["quotes"][1]["speaker"] = "Stadt Berlin"
    gold["quotes"].append(quote("q3", "Brückenwahn", "partial", None))
    gold["not_quotes"], gold["not_quotes_detail"] = [], []
    gold["events"] = gold["events"][:1]
    gold["events"][0]["targets"] = []
    gold["boilerplate"] = []
    gold["names"].append(name("Der Verband", "Verband", "ORG"))
    return b


def test_an_annotation_agrees_with_itself() -> None:
    s = ea.agreement([(annotation(), annotation())])
    for prf in (s.quotes.joint, s.events.events, s.events.participants, s.names.linked, s.not_quotes, s.boilerplate):
        assert prf.f1 == 1.0
    assert not s.quote_errors and not s.events.errors and not s.names.errors


def test_each_disagreement_counts_where_eval_would_count_it() -> None:
    s = ea.agreement([(annotation(), second_annotation())])
    assert (s.quotes.messages.tp, s.quotes.messages.n_pred, s.quotes.messages.n_gold) == (2, 3, 2)
    assert (s.quotes.joint.tp, s.quotes.speaker_right) == (1, 1)
    assert s.not_quotes_quoted == 1 and s.not_quotes.n_gold == 1 and s.not_quotes.tp == 0
    assert (s.boilerplate.tp, s.boilerplate.n_pred, s.boilerplate.n_gold) == (0, 0, 1)
    assert (s.events.events.tp, s.events.events.n_pred, s.events.events.n_gold) == (1, 1, 2)
    assert (s.events.participants.tp, s.events.participants.n_pred, s.events.participants.n_gold) == (1, 1, 2)
    # B's 'Der Verband' is one name more; A's names are all found
    assert (s.names.linked.tp, s.names.linked.n_pred, s.names.linked.n_gold) == (5, 6, 5)
    assert any(e.startswith("SPEAKER x-01 'Wir bauen die Brücke': A 'Olaf Brendel', B 'Stadt Berlin'")
               for e in s.quote_errors)
    assert any(e.startswith("QUOTE B only x-01 partial  'Brückenwahn'") for e in s.quote_errors)


def test_swapping_the_annotations_swaps_precision_and_recall() -> None:
    ab = ea.agreement([(annotation(), second_annotation())])
    ba = ea.agreement([(second_annotation(), annotation())])
    for one, other in ((ab.quotes.joint, ba.quotes.joint), (ab.events.events, ba.events.events),
                       (ab.events.participants, ba.events.participants), (ab.names.linked, ba.names.linked)):
        assert (one.precision, one.recall, one.f1) == (other.recall, other.precision, other.f1)


def test_files_of_other_articles_or_texts_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = annotation()
    other["text"] = TEXT.replace("Brücke", "Straße")
    missing = copy.deepcopy(other)
    missing["id"] = "x-02"
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps(annotation()) + "\n", encoding="utf-8")
    b.write_text(json.dumps(other) + "\n" + json.dumps(missing) + "\n", encoding="utf-8")
    assert ea.main([str(a), str(b)]) == 2
    err = capsys.readouterr().err
    assert "missing in A: x-02" in err and "the text differs in: x-01" in err


def test_an_article_twice_or_left_out_is_refused() -> None:
    other = copy.deepcopy(annotation())
    other["id"] = "x-02"
    with pytest.raises(ValueError, match="ids twice in A: x-01"):
        ea.pair_articles([annotation(), annotation()], [annotation()])
    with pytest.raises(ValueError, match="missing in B: x-02"):
        ea.pair_articles([annotation(), other], [annotation()])


def test_er_and_sie_count_as_pronoun_mentions() -> None:
    article = {"id": "p-01", "gold": {"names": [
        {"surface": "Er", "start": 0, "end": 2, "kind": "PER", "canonical": "Olaf Brendel"},
        {"surface": "Brendel", "start": 10, "end": 17, "kind": "PER", "canonical": "Olaf Brendel"}]}}
    assert [m.method for m in ea.annotated_mentions(article)] == ["pronoun", "gold"]


def test_a_not_quote_that_b_reads_as_an_indirect_quote_is_not_counted_as_quoted() -> None:
    b = second_annotation()
    b["gold"]["quotes"][-1]["type"] = "indirect"
    assert ea.agreement([(annotation(), b)]).not_quotes_quoted == 0


def test_tune3_against_itself_and_against_an_edited_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = eval_events.load_articles(TUNE3)
    edited = copy.deepcopy(rows)
    first = edited[0]["gold"]
    changed = first["quotes"][0]
    changed["speaker"] = "Jemand Anderes"
    dropped = first["events"].pop()
    b = tmp_path / "tune3_b.jsonl"
    b.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in edited), encoding="utf-8")

    assert newsflow(["eval", "agreement", str(TUNE3), str(TUNE3), "--per-article"]) == 0
    out = capsys.readouterr().out
    assert "joint                        P  1.000  R  1.000  F1  1.000" in out
    assert "events (type + trigger)      P  1.000  R  1.000  F1  1.000" in out
    assert "  linked                     P  1.000  R  1.000  F1  1.000" in out
    assert f"{rows[0]['id']:<10} quotes joint 1.000  events 1.000" in out

    s = ea.agreement(ea.pair_articles(rows, edited))
    n_quotes, n_events = sum(len(r["gold"]["quotes"]) for r in rows), sum(len(r["gold"]["events"]) for r in rows)
    assert (s.quotes.messages.tp, s.quotes.joint.tp) == (n_quotes, n_quotes - 1)
    assert (s.events.events.tp, s.events.events.n_pred, s.events.events.n_gold) == (n_events - 1, n_events - 1, n_events)
    assert ea.main([str(TUNE3), str(b), "-v"]) == 0
    out = capsys.readouterr().out
    assert "B 'Jemand Anderes'" in out
    assert f"EVENT FN {rows[0]['id']} {dropped['type']:9} {dropped['trigger']!r}" in out


def extractor_output() -> dict:
    """A made-up extractor's output on the invented article, written as a third annotation: both quotes right,
    the scare quote and the ACCUSE trigger's clause as quotes, the consultation with the wrong actor, a false
    ACCUSE on the scare word, Brendel linked to the wrong person, 'Der Verband' and 'Gespräche' as names."""
    x = annotation()
    gold = x["gold"]
    gold["quotes"] += [quote("q3", "Brückenwahn", "partial", None),
                       quote("q4", "Der Verband kritisierte", "direct", "Verband")]
    gold["events"] = [event("e1", "CONSULT", "getroffen", ["Olaf Brendel"], ["Olaf Brendel"]),
                      event("e3", "ACCUSE", "Brückenwahn", ["Verband"], [])]
    gold["names"] = [name("Berlin", "Berlin", "LOC"), name("Petra Lindholm", "Petra Lindholm", "PER"),
                     name("Olaf Brendel", "Olaf Brendell", "PER"), name("Der Verband", "Verband", "ORG"),
                     name("Gespräche", "Gespräche", "ORG"), name("Foto", "Foto", "ORG")]
    return x


def extraction_of(x: dict) -> ea.Extraction:
    """An annotation's quotes, events and names as if an extractor had produced them."""
    return ea.Extraction(eval_quotes.devset_units(x), ea.annotated_events(x), ea.annotated_mentions(x))


def fake_extractor(article: dict) -> ea.Extraction:
    return extraction_of(extractor_output())


def test_the_extractors_errors_split_by_whether_the_annotators_agree() -> None:
    s = ea.extractor_split([(annotation(), second_annotation())], fake_extractor)
    # q1: both annotators give Lindholm; q2: B names another speaker. The extractor has both right.
    assert (s.quotes.agreed, s.quotes.disputed) == ({"right": 1}, {"right": 1})
    assert (s.quotes.only_b, s.quotes.neither) == (1, 1)  # B quotes 'Brückenwahn'; nobody the ACCUSE clause
    # CONSULT agreed and found; ACCUSE only in A and missed; the false ACCUSE on 'Brückenwahn' in neither
    assert (s.events.agreed, s.events.disputed, s.events.only_b, s.events.neither) == (
        {"right": 1}, {"missed": 1}, 0, 1)
    # actor Lindholm agreed but the extractor names Brendel; target Brendel only in A and right;
    # the wrong actor and the false event's actor in neither; -v shows what the extractor has instead
    assert (s.participants.agreed, s.participants.disputed) == ({"missed": 1}, {"right": 1})
    assert (s.participants.only_b, s.participants.neither) == (0, 2)
    # all five names agreed; Brendel wrongly linked, his and Lindholm's second mentions missed;
    # of the mentions not linked right, 'Der Verband' is B's, 'Gespräche' and the misnamed Brendel nobody's;
    # 'Foto' lies in A's boilerplate line and is not scored
    assert (s.names.agreed, s.names.disputed) == ({"right": 2, "missed": 3}, {})
    assert (s.names.only_b, s.names.neither) == (1, 2)
    assert s.participants.agreed_misses == ["MISSED x-01 CONSULT   'getroffen' @" + str(at("getroffen"))
                                            + " actor 'Petra Lindholm' (got ['Olaf Brendel'])"]


def test_participants_of_an_event_the_extractor_misses_count_as_event_missed() -> None:
    s = ea.extractor_split([(annotation(), annotation())], lambda article: ea.Extraction([], [], []))
    assert s.events.agreed == {"missed": 2}
    assert s.participants.agreed == {"event missed": 2}


def test_the_extractors_events_only_b_has_count_as_only_b() -> None:
    # A (second_annotation) lacks the ACCUSE event and the consultation's target; B and the extractor have both
    s = ea.extractor_split([(second_annotation(), annotation())], lambda article: extraction_of(annotation()))
    assert (s.events.only_b, s.events.neither) == (1, 0)
    assert (s.participants.only_b, s.participants.neither) == (1, 0)


def test_extractor_option_prints_the_split_and_the_misses_on_agreed_units(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps(annotation()) + "\n", encoding="utf-8")
    b.write_text(json.dumps(second_annotation()) + "\n", encoding="utf-8")
    monkeypatch.setattr(ea, "run_extractors", fake_extractor)
    assert ea.main([str(a), str(b), "--extractor", "-v"]) == 0
    out = capsys.readouterr().out
    assert "events              1     1  1.000          1     0  0.000                0       1" in out
    assert "names linked        5     2  0.400          0     0  0.000                1       2" in out
    assert "  participants agreed not right: missed 1" in out
    assert "  NAME MISSED x-01 PER 'Olaf Brendel' -> 'Olaf Brendel' (got PER 'Olaf Brendell')" in out
    assert "  EVENT MISSED" not in out  # the only missed event (ACCUSE) is A's alone


def test_the_real_extractors_run_on_an_invented_article() -> None:
    got = ea.run_extractors(annotation())
    assert any(q.speaker_name for q in got.quotes) and got.mentions
    assert all(isinstance(e, Event) for e in got.events)
