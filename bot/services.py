"""What the Telegram handlers need, gathered in one object in `bot_data`."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.assistant import Assistant
from bot.config import Settings
from bot.privacy import pseudonymous_key
from bot.ratelimit import UserRateLimiter
from bot.storage import ExchangeLog

BOT_DATA_KEY = "spie"


@dataclass
class Services:
    settings: Settings
    assistant: Assistant
    log: ExchangeLog
    secret: bytes
    limiter: UserRateLimiter = field(init=False)
    # A knowledge-base version found invalid, not to be reported again.
    rejected_version: str | None = None

    def __post_init__(self) -> None:
        self.limiter = UserRateLimiter(self.settings.user_rate_limit)

    def user_key(self, user_id: int | None) -> str:
        return pseudonymous_key(self.secret, user_id if user_id is not None else "inconnu")

    def is_supervisor(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.supervisors
