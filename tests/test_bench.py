"""The benchmark scripts work (on tiny sizes: they are benchmarks, not tests)."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def load_script(name: str):
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_latency_on_a_tiny_base(capsys, tmp_path):
    latency = load_script("latency")
    assert latency.main(["--sizes", "20", "--queries", "15", "--no-chart"]) == 0
    out = capsys.readouterr().out
    assert "median ms" in out and "floor p99" in out
    row = latency.run_size(20, 10)
    assert row["entries"] == 20 and row["phrasings"] > 200 and row["p99_ms"] > 0
    latency.chart([row], tmp_path / "latency.png")
    assert (tmp_path / "latency.png").read_bytes().startswith(b"\x89PNG")


def test_synthetic_base_is_valid_and_realistic(tmp_path):
    synthetic = load_script("synthetic")
    from bot.knowledge import load_knowledge

    kb = load_knowledge(synthetic.generate(tmp_path / "kb", 50))
    generated = [e for e in kb.entries.values() if e.id.startswith("synthetique-")]
    assert len(generated) == 50 and all(len(e.variants) == 10 for e in generated)
    assert len(synthetic.questions(tmp_path / "kb", 20)) == 20


def test_load_with_the_real_bot_process(tmp_path):
    load = load_script("load")
    result = load.run(users=3, per_user=2)
    assert result["answered"] == result["logged"] == 6
    assert result["refused"] == 0 and result["exit_code"] == 0
    assert "every message answered and logged: yes" in load.report(result)
    load.chart(result, tmp_path / "load.png")
    assert (tmp_path / "load.png").stat().st_size > 1000


def test_eval_compares_three_bots_and_breaks_down_by_style(capsys, tmp_path, matcher):
    evaluation = load_script("eval")
    assert evaluation.main(["--split", "test"]) == 0
    out = capsys.readouterr().out
    assert "BM25" in out and "naive WRatio" in out
    for style in ("no accents", "abbreviations", "English"):
        assert style in out
    tagger = evaluation.StyleTagger(matcher)
    assert "English" in tagger.styles("who can apply for the call?")
    assert "abbreviations" in tagger.styles("le PE est obligatoire ?")
    assert "typos" in tagger.styles("qui peut candidatre")
    assert "no accents" in tagger.styles("actions eligibles")
    cases = evaluation.load_cases(split="dev")
    evaluation.chart({"ours": evaluation.run_ours(cases, matcher)}, tmp_path / "eval.png", "dev")
    assert (tmp_path / "eval.png").exists()


def test_scripts_run_from_the_command_line():
    import subprocess

    result = subprocess.run([sys.executable, str(BENCH / "eval.py"), "--split", "holdout"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "== holdout ==" in result.stdout
    for script in ("latency.py", "load.py"):
        helped = subprocess.run([sys.executable, str(BENCH / script), "--help"],
                                capture_output=True, text=True, timeout=60)
        assert helped.returncode == 0 and "usage" in helped.stdout


def test_robustness_rewrites_questions_as_applicants_type(capsys):
    robustness = load_script("robustness")
    rng = random.Random(3)
    question = "Quelle est la date limite pour candidater ?"
    mistyped = robustness.with_typo(question, rng)
    assert mistyped != question and abs(len(mistyped) - len(question)) <= 1
    assert robustness.in_sms("Quel est le rôle de Pôle emploi dans le groupement ?", rng) == \
        "kel est le rôle de PE ds le groupement ?"
    wrapped = robustness.with_context(question, rng)
    assert question in wrapped and wrapped != question
    assert robustness.main(["--split", "test", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert robustness.asked_for("Qui peut candidater ?", rng).endswith(" qui peut candidater ?")
    assert "qui peut candidater ?" in robustness.framed("Qui peut candidater ?", rng)
    for name in ("typo", "context", "asking", "SMS", "framing", "WRONG"):
        assert name in out
