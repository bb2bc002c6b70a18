"""The answering service: one knowledge base, its matcher and the clock.

Channels (console, Telegram) call `Assistant.ask`. The knowledge base and its
matcher live together in one immutable `Loaded` object that `reload` replaces
in a single assignment, so a question never sees a half-loaded base.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from bot.config import Settings
from bot.index_cache import load_matcher
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher, MatchResult, Outcome
from bot.render import Reply, build_reply, to_plain
from bot.storage import Exchange


@dataclass(frozen=True)
class Loaded:
    kb: KnowledgeBase
    matcher: Matcher


@dataclass(frozen=True)
class Answer:
    result: MatchResult
    reply: Reply
    truncated: bool
    kb_version: str

    def exchange(self, channel: str, chat_type: str, user_key: str, started: float,
                 max_chars: int, update_id: int | None = None) -> Exchange:
        """The log row of this answer (`started`: time.perf_counter() at receipt)."""
        result = self.result
        return Exchange(
            question=result.question[:max_chars], outcome=result.outcome.value, channel=channel,
            chat_type=chat_type, user_key=user_key, kb_version=self.kb_version,
            entry=result.entry.id if result.entry else None, score=result.score,
            suggestions=[c.entry.id for c in result.suggestions], update_id=update_id,
            response_ms=round((time.perf_counter() - started) * 1000, 2),
        )

    def as_json(self) -> dict[str, Any]:
        """The `spie-bot ask --json` contract."""
        return {
            "question": self.result.question,
            "outcome": self.result.outcome.value,
            "entry": self.result.entry.id if self.result.entry else None,
            "score": self.result.score,
            "answer": to_plain(self.reply),
            "suggestions": [
                {"entry": c.entry.id, "question": c.entry.question} for c in self.result.suggestions
            ],
        }


class Assistant:
    def __init__(self, settings: Settings, kb: KnowledgeBase | None = None) -> None:
        """Serve `kb`, or the configured directory (through the index cache)."""
        self.settings = settings
        if kb is None:
            self._loaded = self._cached()
        else:
            self._loaded = Loaded(kb, Matcher(kb, settings.thresholds, settings.max_question_chars))

    def _cached(self) -> Loaded:
        matcher = load_matcher(self.settings)
        return Loaded(matcher.kb, matcher)

    @property
    def kb(self) -> KnowledgeBase:
        return self._loaded.kb

    @property
    def matcher(self) -> Matcher:
        return self._loaded.matcher

    def reload(self) -> KnowledgeBase:
        """Load the files again; on error keep serving the current base.

        Raises KnowledgeError (the current base stays in place).
        """
        self._loaded = self._cached()
        return self._loaded.kb

    def ask(self, question: str, logged: bool = False) -> Answer:
        loaded = self._loaded  # one consistent snapshot for the whole answer
        result = loaded.matcher.match(question)
        reply = build_reply(result, loaded.kb, self.settings.current_date(), logged)
        truncated = len(question) > self.settings.max_question_chars
        return Answer(result, reply, truncated, loaded.kb.version)

    def answer_entry(self, entry_id: str) -> Reply | None:
        """The reply for an entry chosen directly (suggestion, menu, 'voir aussi')."""
        loaded = self._loaded
        entry = loaded.kb.entries.get(entry_id)
        if entry is None:
            return None
        outcome = Outcome.SMALLTALK if entry.smalltalk else Outcome.ANSWERED
        result = MatchResult(entry.question, outcome, entry, 100.0)
        return build_reply(result, loaded.kb, self.settings.current_date())
