"""The evaluation script runs, and answer quality does not regress."""

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "eval.py"


def load_eval():
    spec = importlib.util.spec_from_file_location("bench_eval", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_eval_set_is_large_and_covers_every_entry(kb):
    cases = load_eval().load_cases()
    in_scope = [c for c in cases if c.kind == "in"]
    assert len(in_scope) >= 150
    assert sum(c.kind == "out" for c in cases) >= 40
    assert sum(c.kind == "smalltalk" for c in cases) >= 10
    known = set(kb.entries) | {"hors-sujet", "conversation"}
    assert all(c.expected <= known for c in cases)
    assert {e.id for e in kb.questions()} <= set().union(*(c.expected for c in in_scope))


def test_quality_on_the_eval_set(matcher, kb):
    module = load_eval()
    cases = module.load_cases()
    ours = module.run_ours(cases, matcher)
    naive = module.run_naive(cases, kb)
    # A floor against regressions, a little under the figure of the whole set: the set keeps growing
    # with fresh splits whose questions were first put to the bot untuned (the README gives the figures).
    assert ours.pct("correct", "in") >= 84
    assert ours.pct("wrong", "in") <= 2.5
    assert ours.pct("out_answered", "out") <= 5
    assert ours.pct("smalltalk_ok", "smalltalk") >= 90
    assert ours.pct("correct", "in") > naive.pct("correct", "in") + 50


def test_eval_script_prints_both_bots_side_by_side(capsys):
    assert load_eval().main(["--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "ours" in out and "naive WRatio" in out and "WRONG answer" in out
