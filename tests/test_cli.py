"""The command-line contract, exercised as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import KNOWLEDGE

SCRIPT = Path(sys.executable).with_name("spie-bot")


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "SPIE_KNOWLEDGE_DIR": str(KNOWLEDGE), "SPIE_TODAY": "2026-11-23"}
    full_env.pop("TELEGRAM_BOT_TOKEN", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
        env=full_env, timeout=60,
    )


def test_console_script_is_installed():
    result = subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "spie-bot chat" in result.stdout


def test_ask_prints_the_answer_for_a_person():
    result = run("ask", "quelle est la date limite ?")
    assert result.returncode == 0
    assert "lundi 11 octobre 2021 inclus (cette date est passée)" in result.stdout
    assert "**" not in result.stdout


def test_ask_json_contract():
    result = run("ask", "--json", "qui peut candidater")
    payload = json.loads(result.stdout)
    assert set(payload) == {"question", "outcome", "entry", "score", "answer", "suggestions"}
    assert payload["question"] == "qui peut candidater"
    assert payload["outcome"] == "answered"
    assert payload["entry"] == "qui-peut-candidater"
    assert 0 <= payload["score"] <= 100
    assert "conseil départemental" in payload["answer"] and "<b>" not in payload["answer"]
    assert payload["suggestions"] == []


def test_ask_json_suggestions_and_unanswered():
    suggested = json.loads(run("ask", "--json", "éligible ?").stdout)
    assert suggested["outcome"] == "suggested" and suggested["entry"] is None
    assert all(set(s) == {"entry", "question"} for s in suggested["suggestions"])
    assert len(suggested["suggestions"]) >= 2
    unanswered = json.loads(run("ask", "--json", "quel est le montant de la subvention").stdout)
    assert unanswered["outcome"] == "unanswered" and unanswered["entry"] is None
    assert "05 34 45 34 45" in unanswered["answer"]


def test_ask_json_reads_stdin_line_by_line_in_order():
    questions = ["bonjour", "date limite", "", "montant de la subvention", "c koi le spie"]
    result = run("ask", "--json", "-", stdin="\n".join(questions) + "\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == [q for q in questions if q]
    assert [line["outcome"] for line in lines] == ["smalltalk", "answered", "unanswered", "answered"]
    no_argument = run("ask", "--json", stdin="date limite\n")
    assert json.loads(no_argument.stdout)["entry"] == "date-limite"


def test_ask_json_streams_each_answer_before_the_next_question():
    env = {**os.environ, "SPIE_KNOWLEDGE_DIR": str(KNOWLEDGE)}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--json", "-"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, env=env,
    )
    try:
        process.stdin.write("date limite\n")
        process.stdin.flush()
        first = json.loads(process.stdout.readline())  # would hang without a flush
        assert first["entry"] == "date-limite"
    finally:
        process.stdin.close()
        process.wait(timeout=30)


def test_chat_with_piped_input_and_numbered_suggestions():
    result = run("chat", stdin="éligible ?\n1\nmontant ?\nquitter\n")
    assert result.returncode == 0
    out = result.stdout
    assert "Vouliez-vous dire" in out and "  1. " in out and "  0. Aucune de ces questions" in out
    assert "les actions proposées en commun" in out or "Peut candidater" in out
    assert "Au revoir" in out


def test_chat_ends_cleanly_on_end_of_input():
    result = run("chat", stdin="bonjour\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr


def test_kb_check_summary_and_json():
    result = run("kb", "check")
    assert result.returncode == 0
    assert "Base de connaissances valide" in result.stdout
    summary = json.loads(run("kb", "check", "--json", str(KNOWLEDGE)).stdout)
    assert summary["ok"] is True and summary["entries"] >= 25 and summary["synonyms"] > 50


def test_kb_check_reports_errors_with_exit_1(kb_copy):
    (kb_copy / "deposer.yaml").write_text("theme: x\nentrees:\n  - id: contacts\n    question: [\n", encoding="utf-8")
    result = run("kb", "check", str(kb_copy))
    assert result.returncode == 1
    assert "knowledge/deposer.yaml, ligne" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_knowledge_base_exits_2_without_traceback(kb_copy):
    (kb_copy / "sources.yaml").write_text("sources:\n  - id: x\n\tfoo\n", encoding="utf-8")
    result = run("ask", "bonjour", env={"SPIE_KNOWLEDGE_DIR": str(kb_copy)})
    assert result.returncode == 2
    assert "sources.yaml, ligne 3" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("variable, value", [("SPIE_ANSWER_THRESHOLD", "beaucoup"), ("SPIE_TODAY", "hier")])
def test_bad_configuration_exits_2_with_french_message(variable, value):
    result = run("ask", "bonjour", env={variable: value})
    assert result.returncode == 2
    assert variable in result.stderr and "Traceback" not in result.stderr


def test_run_without_token_explains_botfather_and_chat():
    result = run("run", env={"TELEGRAM_BOT_TOKEN": ""})
    assert result.returncode == 2
    assert "@BotFather" in result.stderr and "spie-bot chat" in result.stderr


def test_webhook_mode_without_url_explains_what_to_set():
    result = run("run", "--webhook", env={"TELEGRAM_BOT_TOKEN": "123:abc", "WEBHOOK_URL": ""})
    assert result.returncode == 2 and "WEBHOOK_URL" in result.stderr
