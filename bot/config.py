"""Configuration from environment variables: the one place for every setting.

Every variable is documented in the README. Invalid values raise
`ConfigError` with a French message; the CLI turns it into exit status 2.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(ValueError):
    """A setting has a value the bot cannot use (message in French)."""


@dataclass(frozen=True)
class Thresholds:
    """Score thresholds (0-100) that decide the outcome of a question.

    answer: the best entry is given as the answer at or above this score...
    margin: ...and only if it leads the runner-up entry by at least this much.
    suggest: below `answer`, entries at or above this score are offered.
    smalltalk: a small-talk entry is used at or above this score.
    confident: a whole message answered at or above this score is not also
        tried piece by piece (sentences, clauses), which costs time.
    """

    answer: float = 70.0
    suggest: float = 45.0
    margin: float = 4.0
    smalltalk: float = 80.0
    confident: float = 85.0


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    thresholds: Thresholds = field(default_factory=Thresholds)
    db_path: Path = PROJECT_ROOT / "data" / "spie-bot.db"
    secret_path: Path = PROJECT_ROOT / "data" / "pseudonym.key"
    pseudonym_secret: str | None = None
    retention_days: int = 365
    today: dt.date | None = None
    telegram_token: str | None = None
    telegram_api_base_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    port: int = 8443
    webhook_listen: str = "0.0.0.0"
    supervisors: frozenset[int] = frozenset()
    staff_chat_id: int | None = None
    user_rate_limit: int = 20
    max_question_chars: int = 500
    reload_interval: float = 10.0
    send_rate: float = 30.0

    def current_date(self) -> dt.date:
        """Today's date, or the fixed date set by SPIE_TODAY (tests, demos)."""
        return self.today or dt.date.today()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        defaults = cls()
        t = Thresholds()
        thresholds = Thresholds(
            answer=_number(env, "SPIE_ANSWER_THRESHOLD", t.answer),
            suggest=_number(env, "SPIE_SUGGEST_THRESHOLD", t.suggest),
            margin=_number(env, "SPIE_MARGIN", t.margin),
            smalltalk=_number(env, "SPIE_SMALLTALK_THRESHOLD", t.smalltalk),
            confident=_number(env, "SPIE_CONFIDENT_THRESHOLD", t.confident),
        )
        if thresholds.suggest > thresholds.answer:
            raise ConfigError(
                "SPIE_SUGGEST_THRESHOLD doit être inférieur ou égal à "
                "SPIE_ANSWER_THRESHOLD."
            )
        data_dir = _path(env, "SPIE_DATA_DIR", defaults.db_path.parent)
        return cls(
            knowledge_dir=_path(env, "SPIE_KNOWLEDGE_DIR", defaults.knowledge_dir),
            thresholds=thresholds,
            db_path=_path(env, "SPIE_DB_PATH", data_dir / "spie-bot.db"),
            secret_path=_path(env, "SPIE_SECRET_FILE", data_dir / "pseudonym.key"),
            pseudonym_secret=env.get("SPIE_PSEUDONYM_SECRET") or None,
            retention_days=int(_number(env, "SPIE_RETENTION_DAYS", 365, lo=1, hi=36500)),
            today=_date(env, "SPIE_TODAY"),
            telegram_token=(env.get("TELEGRAM_BOT_TOKEN") or "").strip() or None,
            telegram_api_base_url=(env.get("TELEGRAM_API_BASE_URL") or "").rstrip("/") or None,
            webhook_url=env.get("WEBHOOK_URL") or None,
            webhook_secret=env.get("WEBHOOK_SECRET") or None,
            port=int(_number(env, "PORT", 8443, lo=1, hi=65535)),
            webhook_listen=env.get("WEBHOOK_LISTEN") or "0.0.0.0",
            supervisors=_id_set(env, "SPIE_SUPERVISORS"),
            staff_chat_id=_optional_int(env, "SPIE_STAFF_CHAT_ID"),
            user_rate_limit=int(_number(env, "SPIE_USER_RATE_LIMIT", 20, lo=1, hi=10000)),
            max_question_chars=int(
                _number(env, "SPIE_MAX_QUESTION_CHARS", 500, lo=20, hi=4096)
            ),
            reload_interval=_number(env, "SPIE_RELOAD_INTERVAL", 10, lo=0, hi=86400),
            send_rate=_number(env, "SPIE_SEND_RATE", 30, lo=1, hi=100000),
        )


def _number(
    env: Mapping[str, str], name: str, default: float, lo: float = 0, hi: float = 100
) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        raise ConfigError(f"{name} doit être un nombre (valeur reçue : « {raw} »).") from None
    if not lo <= value <= hi:
        raise ConfigError(f"{name} doit être compris entre {lo:g} et {hi:g} (valeur reçue : {raw}).")
    return value


def _path(env: Mapping[str, str], name: str, default: Path) -> Path:
    raw = env.get(name)
    return Path(raw).expanduser() if raw else default


def _date(env: Mapping[str, str], name: str) -> dt.date | None:
    raw = env.get(name)
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        raise ConfigError(f"{name} doit être une date AAAA-MM-JJ (valeur reçue : « {raw} »).") from None


def _optional_int(env: Mapping[str, str], name: str) -> int | None:
    raw = (env.get(name) or "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} doit être un identifiant numérique Telegram (valeur reçue : « {raw} »).") from None


def _id_set(env: Mapping[str, str], name: str) -> frozenset[int]:
    raw = env.get(name) or ""
    ids = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            ids.add(int(part))
        except ValueError:
            raise ConfigError(
                f"{name} doit être une liste d'identifiants numériques Telegram séparés "
                f"par des virgules (« {part} » n'en est pas un)."
            ) from None
    return frozenset(ids)
