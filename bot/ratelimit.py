"""Per-user message limit: one user's flood never delays the others."""

from __future__ import annotations

import time
from collections import deque
from typing import Callable


class UserRateLimiter:
    """Sliding window of `limit` messages per `window` seconds, per user key."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._times: dict[str, deque[float]] = {}
        self._warned: dict[str, float] = {}

    def allow(self, key: str) -> bool:
        now = self._clock()
        times = self._times.setdefault(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) >= self.limit:
            return False
        times.append(now)
        self._warned.pop(key, None)
        return True

    def should_warn(self, key: str) -> bool:
        """True once per window for a user over the limit (no reply storm)."""
        now = self._clock()
        last = self._warned.get(key)
        if last is not None and now - last < self.window:
            return False
        self._warned[key] = now
        return True
