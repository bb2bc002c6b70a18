"""Build exchange logs for tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.storage import Exchange, ExchangeLog


def days_ago(days: float) -> str:
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)).isoformat(timespec="seconds")


def make_log(path: Path, rows: list[dict]) -> ExchangeLog:
    log = ExchangeLog(path)
    for row in rows:
        fields = {"outcome": "answered", "channel": "telegram", "chat_type": "private",
                  "user_key": "u1", "kb_version": "v1", **row}
        log.record(Exchange(**fields))
    return log


SAMPLE = [
    {"question": "Quel est le montant de la subvention ?", "outcome": "unanswered", "user_key": "u1", "ts": days_ago(3)},
    {"question": "montant subvention ami ?", "outcome": "unanswered", "user_key": "u2", "ts": days_ago(2)},
    {"question": "quel montant pour la subvention", "outcome": "unanswered", "user_key": "u3", "ts": days_ago(1)},
    {"question": "comment toucher le RSA", "outcome": "unanswered", "user_key": "u1", "ts": days_ago(0.9)},
    {"question": "date limite", "entry": "date-limite", "score": 100.0, "user_key": "u2", "ts": days_ago(1)},
    {"question": "date limite ?", "entry": "date-limite", "score": 100.0, "user_key": "u4", "ts": days_ago(0.5)},
    {"question": "qui peut candidater", "entry": "qui-peut-candidater", "score": 100.0, "ts": days_ago(8)},
    {"question": "bonjour", "outcome": "smalltalk", "entry": "bonjour", "ts": days_ago(0.2)},
    {"question": "éligible ?", "outcome": "suggested", "suggestions": ["actions-eligibles"], "ts": days_ago(0.1)},
    {"question": "très vieux", "outcome": "unanswered", "ts": days_ago(400)},
]
