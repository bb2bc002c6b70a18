"""Faults, floods, crashes and shutdown, with the real bot process.

Each test starts its own loopback Bot API server and bot, so that a fault
injected in one never leaks into another.
"""

from __future__ import annotations

import signal
import sqlite3
import time

import pytest

from botprocess import start_bot
from fake_telegram import FakeTelegram, Fault


@pytest.fixture()
def fake():
    server = FakeTelegram().start()
    yield server
    server.stop()


def ask(fake, user_id, text, timeout=20.0):
    before = len(fake.messages_to(user_id))
    fake.send_text(text, user=fake.user(user_id))
    return fake.wait_for_message(user_id, after=before, timeout=timeout)


def logged(bot, sql="select count(*) from exchanges"):
    with sqlite3.connect(bot.db_path) as db:
        return db.execute(sql).fetchone()[0]


def test_send_failures_are_retried(fake, tmp_path):
    bot = start_bot(fake, tmp_path)
    try:
        fake.faults["sendMessage"] = [Fault(status=429, retry_after=1)]
        started = time.monotonic()
        assert "11 octobre" in ask(fake, 601, "date limite")["text"]
        assert time.monotonic() - started >= 1.0  # waited as Telegram asked
        fake.faults["sendMessage"] = [Fault(status=500)]
        assert "conseil départemental" in ask(fake, 602, "qui peut candidater")["text"]
        fake.faults["sendMessage"] = [Fault(drop=True)]
        assert "démarches simplifiées" in ask(fake, 603, "comment déposer le dossier")["text"]
        fake.faults["sendMessage"] = [Fault(status=500, delay=6)]  # longer than the read time-out
        assert "35 territoires" in ask(fake, 604, "combien de territoires seront retenus")["text"]
        assert "TimedOut" in bot.log_text() or "Timed out" in bot.log_text()
        assert logged(bot) == 4
    finally:
        assert bot.stop() == 0


def test_polling_survives_errors_and_dropped_connections(fake, tmp_path):
    bot = start_bot(fake, tmp_path)
    try:
        fake.faults["getUpdates"] = [Fault(status=500), Fault(drop=True), Fault(status=429, retry_after=1),
                                     Fault(status=502)]
        assert "11 octobre" in ask(fake, 611, "date limite", timeout=40)["text"]
        assert not fake.faults["getUpdates"]  # every fault was met, and survived
        assert "Bonjour" in ask(fake, 612, "bonjour")["text"]
        # A long poll that never answers in time (the HTTP read time-out fires).
        fake.faults["getUpdates"] = [Fault(status=500, delay=20)]  # read time-out: 10 + 5 s
        fake.wait_for(lambda: not fake.faults["getUpdates"], timeout=20)
        assert "conseil départemental" in ask(fake, 613, "qui peut candidater", timeout=60)["text"]
    finally:
        assert bot.stop() == 0


def test_a_locked_log_delays_logging_not_answers(fake, tmp_path):
    bot = start_bot(fake, tmp_path)
    try:
        ask(fake, 621, "bonjour")  # the log file exists
        blocker = sqlite3.connect(bot.db_path, timeout=1)
        blocker.execute("begin exclusive")
        try:
            assert "11 octobre" in ask(fake, 621, "date limite")["text"]
            assert "conseil départemental" in ask(fake, 622, "qui peut candidater")["text"]
        finally:
            blocker.rollback()
            blocker.close()
        ask(fake, 623, "merci")  # the next write catches up
        assert logged(bot) == 4
        assert "ÉCHEC d'écriture du journal" in bot.log_text()
    finally:
        assert bot.stop() == 0


def test_one_users_flood_is_limited_without_delaying_others(fake, tmp_path):
    bot = start_bot(fake, tmp_path, env={"SPIE_USER_RATE_LIMIT": "5"})
    try:
        flooder = fake.user(631)
        for _ in range(12):
            fake.send_text("date limite", user=flooder)
        started = time.monotonic()
        assert "conseil départemental" in ask(fake, 632, "qui peut candidater")["text"]
        assert time.monotonic() - started < 3
        fake.wait_for(lambda: len(fake.messages_to(631)) >= 6)
        time.sleep(0.5)
        texts = [m["text"] for m in fake.messages_to(631)]
        assert sum("11 octobre" in t for t in texts) == 5
        assert sum("patienter" in t for t in texts) == 1  # one polite warning, not twelve
    finally:
        assert bot.stop() == 0


def test_sigterm_finishes_in_flight_updates_and_exits_0(fake, tmp_path):
    bot = start_bot(fake, tmp_path)
    for number in range(5):
        fake.send_text("date limite", user=fake.user(640 + number))
    fake.wait_for(lambda: any(m["chat"]["id"] >= 640 for m in fake.sent))
    assert bot.stop() == 0
    answered = [m for m in fake.sent if 640 <= m["chat"]["id"] < 645]
    assert logged(bot) >= len(answered) >= 1
    assert "Journal fermé, arrêt propre." in bot.log_text()


def test_sigkill_during_a_burst_loses_no_answered_exchange(fake, tmp_path):
    """Updates the killed bot had fetched but not answered are gone with it
    (Telegram forgets fetched updates, as here); what matters is that every
    answer that went out is in the log, none is sent twice, and the file is sound."""
    bot = start_bot(fake, tmp_path)
    users = list(range(700, 760))
    for user in users:
        fake.send_text(f"quelle est la date limite {user}", user=fake.user(user))
    fake.wait_for(lambda: len(fake.sent) >= 10)
    bot.process.send_signal(signal.SIGKILL)
    bot.process.wait(10)
    answered = {m["chat"]["id"] for m in fake.sent}
    restarted = start_bot(fake, tmp_path)
    try:
        for user in users[:20]:  # users write again after the outage
            fake.send_text(f"qui peut candidater {user}", user=fake.user(user))
        fake.wait_for(lambda: logged(restarted, "select count(*) from exchanges where question like 'qui peut%'") == 20)
        with sqlite3.connect(restarted.db_path) as db:
            assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
            questions = [row[0] for row in db.execute("select question from exchanges")]
        assert all(f"quelle est la date limite {u}" in questions for u in answered)
        assert len(questions) == len(set(questions))  # nothing logged twice
        replies = [m["chat"]["id"] for m in fake.sent if "11 octobre" in m["text"]]
        assert len(replies) == len(set(replies))  # no update answered twice
    finally:
        assert restarted.stop() == 0


def test_no_raw_identifier_or_token_is_stored(fake, tmp_path):
    bot = start_bot(fake, tmp_path)
    try:
        user = fake.user(987654321, "Dominique")
        fake.send_text("'; drop table exchanges; -- quelle est la date limite", user=user)
        fake.wait_for_message(987654321)
    finally:
        assert bot.stop() == 0
    dump = "\n".join(sqlite3.connect(bot.db_path).iterdump())
    assert "987654321" not in dump and "Dominique" not in dump
    assert "drop table exchanges" in dump  # stored as text, executed nowhere
    assert fake.token not in dump and fake.token not in bot.log_text()
    assert fake.token.split(":")[1] not in bot.log_text()
