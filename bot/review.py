"""Review of the questions the bot could not answer well, grouped by similarity.

A question needs review when it was unanswered, got 👎, or its suggestions
were all refused ("aucune") — and nobody reviewed it yet. Similar questions
form one group (same analysed terms, compared with rapidfuzz), shown with the
entries nearest to it, so staff can turn the group into variants at once.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from bot.matcher import Candidate, Matcher
from bot.normalize import fold
from bot.storage import NO_CHOICE, TABLE

# Two questions whose analysed terms are at least this similar share a group.
GROUP_SIMILARITY = 70.0
HANDLED = "traite"
IGNORED = "ignore"

NEEDS_REVIEW = (
    "review_status is null and coalesce(via, 'message') = 'message' "
    f"and (outcome = 'unanswered' or feedback = -1 or choice = '{NO_CHOICE}')"
)


@dataclass
class ReviewGroup:
    key: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    signature: str = ""
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def questions(self) -> list[str]:
        return [row["question"] for row in self.rows]

    def examples(self, limit: int = 3) -> list[str]:
        unique = list(dict.fromkeys(self.questions))
        return unique[:limit]

    @property
    def first(self) -> str:
        return min(row["ts"] for row in self.rows)

    @property
    def last(self) -> str:
        return max(row["ts"] for row in self.rows)

    @property
    def reasons(self) -> Counter[str]:
        return Counter(_reason(row) for row in self.rows)

    def as_json(self) -> dict[str, Any]:
        return {
            "group": self.key,
            "count": self.count,
            "examples": self.examples(),
            "questions": self.questions,
            "first": self.first,
            "last": self.last,
            "reasons": dict(self.reasons),
            "candidates": [{"entry": c.entry.id, "question": c.entry.question, "score": round(c.score, 1)}
                           for c in self.candidates],
        }


def _reason(row: dict[str, Any]) -> str:
    if row.get("feedback") == -1:
        return "avis négatif"
    if row.get("choice") == NO_CHOICE:
        return "suggestions refusées"
    return "sans réponse"


def pending_rows(db: Database, since: str | None = None) -> list[dict[str, Any]]:
    where = NEEDS_REVIEW + (" and ts >= ?" if since else "")
    return list(db.table(TABLE).rows_where(where, [since] if since else [], order_by="ts"))


def group_rows(rows: Iterable[dict[str, Any]], matcher: Matcher,
               similarity: float = GROUP_SIMILARITY) -> list[ReviewGroup]:
    """Greedy grouping: each question joins the first group it resembles."""
    groups: list[ReviewGroup] = []
    signatures: dict[int, str] = {}
    for row in rows:
        signature = " ".join(sorted(set(matcher.analyzer.terms(row["question"])))) or fold(row["question"])
        found = process.extractOne(signature, signatures, scorer=fuzz.token_sort_ratio, score_cutoff=similarity)
        if found:
            groups[found[2]].rows.append(row)
            continue
        signatures[len(groups)] = signature
        groups.append(ReviewGroup(key=row["id"], rows=[row], signature=signature))
    for group in groups:
        group.candidates = nearest_entries(group, matcher)
    groups.sort(key=lambda g: g.last, reverse=True)  # most recent first among equals
    groups.sort(key=lambda g: g.count, reverse=True)
    return groups


def nearest_entries(group: ReviewGroup, matcher: Matcher, limit: int = 3) -> list[Candidate]:
    """Entries that could take the group's questions as variants."""
    scores: dict[str, Candidate] = {}
    for question in group.examples(5):
        for candidate in matcher.rank(question)[:limit]:
            known = scores.get(candidate.entry.id)
            if known is None or candidate.score > known.score:
                scores[candidate.entry.id] = candidate
    for row in group.rows:  # a 👎 answer's own entry is an obvious candidate
        entry = matcher.kb.entries.get(row.get("entry") or "")
        if entry and not entry.smalltalk and entry.id not in scores:
            scores[entry.id] = Candidate(entry, row.get("score") or 0.0)
    return sorted(scores.values(), key=lambda c: -c.score)[:limit]


def find_group(groups: list[ReviewGroup], key: str) -> ReviewGroup | None:
    return next((g for g in groups if g.key == key), None)


def mark(db: Database, group: ReviewGroup, status: str) -> None:
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with db.conn:
        for row in group.rows:
            db.table(TABLE).update(row["id"], {"review_status": status, "reviewed_ts": now})
