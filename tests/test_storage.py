"""The exchange log: masking, pseudonyms, retention, failures that lose nothing."""

import sqlite3
import stat

from bot.privacy import load_or_create_secret, mask_personal_data, pseudonymous_key
from bot.storage import Exchange, ExchangeLog, open_database
from logdata import SAMPLE, days_ago, make_log


def exchange(**fields):
    base = {"question": "q", "outcome": "answered", "channel": "telegram", "chat_type": "private",
            "user_key": "k", "kb_version": "v"}
    return Exchange(**{**base, **fields})


def test_personal_identifiers_are_masked_in_the_log(tmp_path):
    log = ExchangeLog(tmp_path / "log.db")
    log.record(exchange(question="Je suis jean.dupont@asso.fr, tel 06 12 34 56 78, SIRET 12345678900012"))
    [row] = log.db.table("exchanges").rows
    assert row["question"] == "Je suis [email], tel [téléphone], SIRET [numéro]"


def test_masking_keeps_dates_and_figures_of_questions():
    assert mask_personal_data("le 11 octobre 2021 ou en 2022 pour 35 territoires") == (
        "le 11 octobre 2021 ou en 2022 pour 35 territoires")
    assert mask_personal_data("+33 6 12 34 56 78") == "[téléphone]"


def test_pseudonymous_key_is_keyed_stable_and_not_the_id(tmp_path):
    secret_file = tmp_path / "data" / "pseudonym.key"
    secret = load_or_create_secret(None, secret_file)
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert load_or_create_secret(None, secret_file) == secret  # created once, then reused
    key = pseudonymous_key(secret, 424242)
    assert key == pseudonymous_key(secret, 424242) != pseudonymous_key(secret, 424243)
    assert "424242" not in key
    assert pseudonymous_key(b"another secret", 424242) != key
    assert load_or_create_secret("from-env", secret_file) == b"from-env"


def test_database_is_in_wal_mode_with_the_documented_schema(tmp_path):
    db = open_database(tmp_path / "log.db")
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    columns = set(db.table("exchanges").columns_dict)
    assert {"id", "ts", "channel", "chat_type", "user_key", "question", "outcome", "entry", "score",
            "suggestions", "kb_version", "response_ms", "feedback", "choice", "update_id"} <= columns


def test_feedback_and_choice_update_the_row(tmp_path):
    log = ExchangeLog(tmp_path / "log.db")
    item = exchange(outcome="suggested", suggestions=["a", "b"])
    log.record(item)
    log.set_feedback(item.id, -1)
    log.set_choice(item.id, None)
    row = log.db.table("exchanges").get(item.id)
    assert row["feedback"] == -1 and row["choice"] == "aucune" and row["suggestions"] == '["a", "b"]'


def test_purge_removes_only_old_rows(tmp_path):
    log = make_log(tmp_path / "log.db", SAMPLE)
    assert log.purge(365) == 1
    assert log.db.table("exchanges").count == len(SAMPLE) - 1
    assert log.purge(5) == 1  # the 8-day-old row


def test_a_locked_database_delays_the_log_but_loses_nothing(tmp_path):
    path = tmp_path / "log.db"
    log = ExchangeLog(path, busy_timeout_ms=50)
    blocker = sqlite3.connect(path, timeout=0.05)
    blocker.execute("begin exclusive")
    first = exchange(question="pendant le verrou", update_id=77)
    log.record(first)  # must not raise
    log.set_feedback(first.id, 1)
    assert log.pending == 2
    assert log.has_update(77)  # a queued update still counts as answered
    blocker.rollback()
    blocker.close()
    assert log.flush() == 0
    row = log.db.table("exchanges").get(first.id)
    assert row["question"] == "pendant le verrou" and row["feedback"] == 1


def test_update_ids_detect_replays(tmp_path):
    log = ExchangeLog(tmp_path / "log.db")
    log.record(exchange(update_id=5))
    assert log.has_update(5) and not log.has_update(6)
    log.record(exchange(update_id=5))  # a replay is ignored, not a crash
    assert log.db.table("exchanges").count == 1


def test_ts_is_utc_iso8601(tmp_path):
    log = ExchangeLog(tmp_path / "log.db")
    log.record(exchange())
    [row] = log.db.table("exchanges").rows
    assert row["ts"].endswith("+00:00") and row["ts"][:4] == days_ago(0)[:4]
