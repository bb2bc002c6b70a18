"""The exchange log: one SQLite file (WAL mode) written through sqlite-utils.

Schema of the `exchanges` table (a contract for supervisors, see README):
one row per question answered, updated later by feedback and suggestion
choices. A write that fails (file locked, disk full) never stops an answer:
the row waits in memory and `flush` (called on every write and by a
periodic job) catches up.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

from sqlite_utils import Database

from bot.privacy import mask_personal_data

log = logging.getLogger(__name__)

TABLE = "exchanges"
COLUMNS: dict[str, type] = {
    "id": str,
    "ts": str,
    "channel": str,
    "chat_type": str,
    "user_key": str,
    "question": str,
    "outcome": str,
    "entry": str,
    "score": float,
    "suggestions": str,
    "kb_version": str,
    "response_ms": float,
    "update_id": int,
    "via": str,
    "feedback": int,
    "feedback_ts": str,
    "choice": str,
    "choice_ts": str,
    "review_status": str,
    "reviewed_ts": str,
}
NO_CHOICE = "aucune"


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def new_exchange_id() -> str:
    """Short random id, safe in Telegram callback data."""
    return secrets.token_urlsafe(8)


@dataclass
class Exchange:
    question: str
    outcome: str
    channel: str
    chat_type: str
    user_key: str
    kb_version: str
    entry: str | None = None
    score: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    response_ms: float = 0.0
    update_id: int | None = None
    via: str = "message"
    id: str = field(default_factory=new_exchange_id)
    ts: str = field(default_factory=utc_now)

    def row(self) -> dict[str, Any]:
        """The row as stored: personal identifiers in the question are masked."""
        row = asdict(self)
        row["question"] = mask_personal_data(self.question)
        row["suggestions"] = json.dumps(self.suggestions, ensure_ascii=False)
        return row


def open_database(path: Path, busy_timeout_ms: int = 2000) -> Database:
    """Open (creating if needed) the log database in WAL mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, check_same_thread=False)
    db = Database(connection)
    connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.enable_wal()
    # In WAL mode, NORMAL never corrupts the file and survives a killed process
    # (the WAL is in the OS); only a power cut may lose the last commits.
    connection.execute("PRAGMA synchronous = NORMAL")
    ensure_schema(db)
    return db


def ensure_schema(db: Database) -> None:
    table = db.table(TABLE)
    if not table.exists():
        table.create(COLUMNS, pk="id", not_null={"ts", "channel", "question", "outcome"})
    table.create_index(["ts"], if_not_exists=True)
    table.create_index(["outcome"], if_not_exists=True)
    table.create_index(["update_id"], unique=True, if_not_exists=True)


class ExchangeLog:
    """Writes exchanges; never raises on a write failure (it queues instead)."""

    def __init__(self, path: Path, busy_timeout_ms: int = 200) -> None:
        self.path = path
        self.db = open_database(path, busy_timeout_ms)
        self._pending: list[tuple[str, str, dict[str, Any]]] = []

    @property
    def pending(self) -> int:
        return len(self._pending)

    def record(self, exchange: Exchange) -> None:
        self._write("insert", exchange.id, exchange.row())

    def set_feedback(self, exchange_id: str, value: int) -> None:
        self._write("update", exchange_id, {"feedback": value, "feedback_ts": utc_now()})

    def set_choice(self, exchange_id: str, entry_id: str | None) -> None:
        self._write("update", exchange_id, {"choice": entry_id or NO_CHOICE, "choice_ts": utc_now()})

    def has_update(self, update_id: int) -> bool:
        """Whether this Telegram update was already answered (restart after a crash)."""
        if any(row.get("update_id") == update_id for _, _, row in self._pending):
            return True
        try:
            rows = self.db.execute(f"select 1 from {TABLE} where update_id = ?", [update_id]).fetchall()
        except sqlite3.Error:
            log.exception("Journal illisible : impossible de vérifier la mise à jour %s", update_id)
            return False
        return bool(rows)

    def flush(self) -> int:
        """Retry the writes that failed; returns how many are still waiting."""
        waiting, self._pending = self._pending, []
        for index, (kind, key, row) in enumerate(waiting):
            if not self._apply(kind, key, row):
                self._pending.extend(waiting[index:])
                break
        return len(self._pending)

    def _write(self, kind: str, key: str, row: dict[str, Any]) -> None:
        if self._pending and self.flush():
            self._pending.append((kind, key, row))  # keep the order of writes
            return
        if not self._apply(kind, key, row):
            self._pending.append((kind, key, row))

    def _apply(self, kind: str, key: str, row: dict[str, Any]) -> bool:
        table = self.db.table(TABLE)
        try:
            with self.db.conn:
                if kind == "insert":
                    # No pk= here: the table exists with its key (ensure_schema), and
                    # naming it makes sqlite-utils re-read the schema on every insert.
                    table.insert(row, ignore=True)
                else:
                    table.update(key, row)
            return True
        except sqlite3.Error as error:
            log.error("ÉCHEC d'écriture du journal (%s) : %s — nouvel essai plus tard (%d en attente)",
                      kind, error, len(self._pending) + 1)
            return False
        except Exception:  # a row that vanished (purged) must not break the bot
            log.exception("Écriture du journal impossible (%s %s)", kind, key)
            return True

    def purge(self, retention_days: int, now: dt.datetime | None = None) -> int:
        """Delete exchanges older than the retention period; returns how many."""
        now = now or dt.datetime.now(dt.timezone.utc)
        limit = (now - dt.timedelta(days=retention_days)).isoformat(timespec="seconds")
        with self.db.conn:
            cursor = self.db.execute(f"delete from {TABLE} where ts < ?", [limit])
        return cursor.rowcount

    def close(self) -> None:
        self.flush()
        self.db.conn.close()


def iter_rows(db: Database, since: str | None = None) -> Iterator[dict[str, Any]]:
    where, params = ("ts >= ?", [since]) if since else (None, [])
    yield from db.table(TABLE).rows_where(where, params, order_by="ts")
