"""Review, write-back into YAML, stats, export and the web view."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import subprocess
import sys

from bot import review, stats
from bot.config import Settings
from bot.kb_edit import EditError, add_variants
from bot.knowledge import load_knowledge
from bot.matcher import Matcher, Outcome
from conftest import TODAY
from logdata import SAMPLE, make_log

import pytest


def test_similar_unanswered_questions_form_one_group(tmp_path, matcher):
    log = make_log(tmp_path / "log.db", SAMPLE)
    groups = review.group_rows(review.pending_rows(log.db), matcher)
    assert [g.count for g in groups] == [3, 1, 1]
    subsidy = groups[0]
    assert all("subvention" in q for q in subsidy.questions)
    assert subsidy.key == subsidy.rows[0]["id"]
    assert subsidy.first < subsidy.last
    assert any("RSA" in g.questions[0] for g in groups)


def test_negative_feedback_and_refused_suggestions_need_review(tmp_path, matcher):
    log = make_log(tmp_path / "log.db", [
        {"question": "date limite", "entry": "date-limite", "score": 100.0},
        {"question": "éligible ?", "outcome": "suggested"},
        {"question": "tout va bien", "entry": "date-limite"},
    ])
    rows = list(log.db.table("exchanges").rows)
    log.set_feedback(rows[0]["id"], -1)
    log.set_choice(rows[1]["id"], None)
    groups = review.group_rows(review.pending_rows(log.db), matcher)
    assert sorted(r for g in groups for r in g.reasons) == ["avis négatif", "suggestions refusées"]
    negative = next(g for g in groups if "avis négatif" in g.reasons)
    assert "date-limite" in [c.entry.id for c in negative.candidates]
    review.mark(log.db, negative, review.IGNORED)
    assert len(review.group_rows(review.pending_rows(log.db), matcher)) == 1


def test_write_back_keeps_comments_and_layout(kb_copy):
    kb = load_knowledge(kb_copy)
    path = kb_copy / "calendrier.yaml"
    before = path.read_text(encoding="utf-8")
    added = add_variants(kb, "date-limite", ["c'est quand la fin des dépôts ?", "date limite", "Il : faut « ça »"])
    assert added == ["c'est quand la fin des dépôts ?", "Il : faut « ça »"]  # a known one is skipped
    after = path.read_text(encoding="utf-8")
    inserted = [line for line in after.splitlines() if line not in before.splitlines()]
    assert inserted == ['      - "c\'est quand la fin des dépôts ?"', '      - "Il : faut « ça »"']
    assert [l for l in after.splitlines() if l.startswith("#")] == [l for l in before.splitlines() if l.startswith("#")]
    reloaded = load_knowledge(kb_copy)
    assert "Il : faut « ça »" in reloaded.entries["date-limite"].variants
    matcher = Matcher(reloaded, Settings().thresholds)
    result = matcher.match("c'est quand la fin des dépôts ?")
    assert (result.outcome, result.entry.id) == (Outcome.ANSWERED, "date-limite")


def test_write_back_refuses_unknown_entry_and_flow_lists(kb_copy):
    kb = load_knowledge(kb_copy)
    with pytest.raises(EditError, match="n'existe pas"):
        add_variants(kb, "absente", ["x"])
    with pytest.raises(EditError, match="crochets"):
        add_variants(kb, "merci", ["merci mille fois"])


def test_stats_figures(tmp_path, matcher):
    log = make_log(tmp_path / "log.db", SAMPLE)
    rows = list(log.db.table("exchanges").rows_where("question = 'date limite'"))
    log.set_feedback(rows[0]["id"], 1)
    figures = stats.compute(log.db, matcher)
    assert figures["exchanges"] == len(SAMPLE)
    assert figures["users"] == 4
    assert figures["outcomes"]["unanswered"] == {"count": 5, "percent": 50.0}
    assert figures["feedback"] == {"positive": 1, "negative": 0, "positive_percent": 100.0}
    assert figures["top_entries"][0] == {"entry": "date-limite", "count": 2}
    assert figures["top_unanswered"][0]["count"] == 3
    assert sum(w["exchanges"] for w in figures["weeks"]) == len(SAMPLE)
    recent = stats.compute(log.db, matcher, since=SAMPLE[0]["ts"][:10])
    assert recent["exchanges"] < figures["exchanges"]
    text = stats.render(figures)
    assert "sans réponse 50.0 %" in text and "Par semaine" in text


def test_datasette_view_with_ready_made_queries(tmp_path):
    from bot.web import QUERIES, make_datasette

    db_path = tmp_path / "spie-bot.db"
    make_log(db_path, SAMPLE).close()
    datasette = make_datasette(db_path)

    async def fetch(path):
        response = await datasette.client.get(path)
        return response.status_code, response.json()

    status, data = asyncio.run(fetch("/spie-bot/sans_reponse_cette_semaine.json?_shape=array"))
    assert status == 200
    assert {row["question"] for row in data} >= {"comment toucher le RSA", "montant subvention ami ?"}
    assert "très vieux" not in {row["question"] for row in data}
    status, data = asyncio.run(fetch("/spie-bot/par_entree.json?_shape=array"))
    assert status == 200 and data[0]["entry"] == "date-limite" and data[0]["reponses"] == 2
    for name in QUERIES:
        assert asyncio.run(fetch(f"/spie-bot/{name}.json"))[0] == 200


# --- the commands, as real processes -----------------------------------------


@pytest.fixture()
def env(tmp_path, kb_copy):
    make_log(tmp_path / "data" / "spie-bot.db", SAMPLE).close()
    return {**os.environ, "SPIE_DATA_DIR": str(tmp_path / "data"), "SPIE_KNOWLEDGE_DIR": str(kb_copy),
            "SPIE_TODAY": TODAY.isoformat()}


def spie(env, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "bot", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_review_cli_list_then_add_to_entry(env, kb_copy):
    listing = spie(env, "review", "--list")
    assert listing.returncode == 0 and "3 groupe(s) à revoir" in listing.stdout
    groups = json.loads(spie(env, "review", "--json").stdout)
    key = groups[0]["group"]
    assert groups[0]["count"] == 3 and groups[0]["candidates"]
    result = spie(env, "review", "--group", key, "--add-to", "en-savoir-plus")
    assert result.returncode == 0 and "3 variante(s) ajoutée(s)" in result.stdout
    assert "montant subvention ami ?" in load_knowledge(kb_copy).entries["en-savoir-plus"].variants
    assert len(json.loads(spie(env, "review", "--json").stdout)) == 2
    again = spie(env, "review", "--group", key, "--handled")
    assert again.returncode == 1 and "introuvable" in again.stderr


def test_review_cli_handled_ignore_and_bad_calls(env):
    groups = json.loads(spie(env, "review", "--json").stdout)
    assert spie(env, "review", "--group", groups[1]["group"], "--ignore").returncode == 0
    assert spie(env, "review", "--group", groups[2]["group"], "--handled").returncode == 0
    assert "Rien à revoir" not in spie(env, "review", "--list").stdout
    both = spie(env, "review", "--group", groups[0]["group"], "--handled", "--ignore")
    assert both.returncode == 2 and "Choisissez une action" in both.stderr
    bad = spie(env, "review", "--group", groups[0]["group"], "--add-to", "nexiste-pas")
    assert bad.returncode == 0 and "n'existe pas" in bad.stderr


def test_stats_and_export_cli(env, tmp_path):
    result = spie(env, "stats", "--json")
    assert json.loads(result.stdout)["exchanges"] == len(SAMPLE)
    assert "Échanges" in spie(env, "stats").stdout
    bad_date = spie(env, "stats", "--since", "hier")
    assert bad_date.returncode == 2 and "AAAA-MM-JJ" in bad_date.stderr
    out = tmp_path / "export.csv"
    assert spie(env, "export", "--format", "csv", "-o", str(out)).returncode == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: accents survive a double click
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == len(SAMPLE) and "éligible ?" in {r["question"] for r in rows}
    jsonl = spie(env, "export", "--format", "jsonl", "--since", SAMPLE[3]["ts"][:10]).stdout
    lines = [json.loads(line) for line in jsonl.splitlines()]
    assert lines and all(line["ts"] >= SAMPLE[3]["ts"][:10] for line in lines)


def test_purge_cli_and_missing_log(env, tmp_path):
    result = spie(env, "purge")
    assert result.returncode == 0 and result.stdout.startswith("1 échange(s)")
    missing = spie({**env, "SPIE_DATA_DIR": str(tmp_path / "nowhere")}, "stats")
    assert missing.returncode == 1 and "Aucun journal" in missing.stderr


def test_chat_is_logged_but_ask_only_on_request(env, tmp_path):
    spie(env, "ask", "date limite")
    spie(env, "chat", stdin="éligible ?\n0\nmon mail est a.b@c.fr\nquitter\n")
    spie(env, "ask", "--log", "qui peut candidater")
    import sqlite3

    with sqlite3.connect(tmp_path / "data" / "spie-bot.db") as db:
        rows = db.execute("select channel, question, outcome, choice from exchanges "
                          "where channel in ('console', 'cli') order by ts, rowid").fetchall()
    assert ("console", "éligible ?", "suggested", "aucune") in rows
    assert any(r[:2] == ("console", "mon mail est [email]") for r in rows)
    assert ("cli", "qui peut candidater", "answered", None) in rows
    assert not any(r[1] == "date limite" and r[0] == "cli" for r in rows)


def test_interactive_review_in_a_terminal(env, tmp_path, kb_copy):
    """The review asks group by group when run in a terminal (a pseudo-terminal here)."""
    import pty
    import select
    import sqlite3

    master, slave = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "bot", "review"], env=env,
                               stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    screen = b""

    def read_until(text: str, timeout: float = 30) -> None:
        nonlocal screen
        import time

        deadline = time.monotonic() + timeout
        while text.encode() not in screen:
            assert time.monotonic() < deadline, screen.decode(errors="replace")
            if select.select([master], [], [], 0.2)[0]:
                try:
                    screen += os.read(master, 4096)
                except OSError:
                    break

    try:
        read_until("[q] quitter")
        assert "3 groupe(s) à revoir" in screen.decode()
        os.write(master, b"1\n")  # first group -> first candidate entry
        read_until("ajoutée(s)")
        read_until("[q] quitter", timeout=30)
        os.write(master, b"i\n")  # second group: ignored
        read_until("[q] quitter")
        os.write(master, b"q\n")
        assert process.wait(30) == 0
    finally:
        process.kill() if process.poll() is None else None
        os.close(master)
    with sqlite3.connect(tmp_path / "data" / "spie-bot.db") as db:
        statuses = sorted(r[0] or "" for r in db.execute(
            "select review_status from exchanges where outcome = 'unanswered' and ts > '2000'"))
    assert statuses.count("traite") == 3 and statuses.count("ignore") == 1
