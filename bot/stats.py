"""How well the bot does: figures for supervisors (CLI and Telegram)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from sqlite_utils import Database

from bot.matcher import Matcher
from bot.review import group_rows
from bot.storage import iter_rows

OUTCOMES = ("answered", "suggested", "unanswered", "smalltalk")
OUTCOME_LABELS = {
    "answered": "répondues",
    "suggested": "suggestions",
    "unanswered": "sans réponse",
    "smalltalk": "conversation",
}


def _pct(part: int, total: int) -> float:
    return round(100.0 * part / total, 1) if total else 0.0


def compute(db: Database, matcher: Matcher, since: str | None = None, top: int = 5) -> dict[str, Any]:
    rows = [r for r in iter_rows(db, since) if (r.get("via") or "message") == "message"]
    total = len(rows)
    outcomes = Counter(r["outcome"] for r in rows)
    positive = sum(1 for r in rows if r.get("feedback") == 1)
    negative = sum(1 for r in rows if r.get("feedback") == -1)
    weeks: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        year, week, _ = dt.datetime.fromisoformat(row["ts"]).isocalendar()
        weeks[f"{year}-S{week:02d}"][row["outcome"]] += 1
    unanswered = group_rows([r for r in rows if r["outcome"] == "unanswered"], matcher)
    return {
        "since": since,
        "exchanges": total,
        "users": len({r["user_key"] for r in rows}),
        "outcomes": {o: {"count": outcomes[o], "percent": _pct(outcomes[o], total)} for o in OUTCOMES},
        "feedback": {"positive": positive, "negative": negative,
                     "positive_percent": _pct(positive, positive + negative)},
        "top_entries": [{"entry": e, "count": n} for e, n in
                        Counter(r["entry"] for r in rows if r["outcome"] == "answered").most_common(top)],
        "top_unanswered": [{"count": g.count, "examples": g.examples(2)} for g in unanswered[:top]],
        "weeks": [{"week": week, "exchanges": sum(c.values()),
                   "answered_percent": _pct(c["answered"], sum(c.values()))}
                  for week, c in sorted(weeks.items())],
    }


def render(stats: dict[str, Any]) -> str:
    """The figures as French text (terminal and Telegram)."""
    period = f" depuis le {stats['since'][:10]}" if stats["since"] else ""
    lines = [f"Échanges{period} : {stats['exchanges']} ({stats['users']} utilisateurs distincts)"]
    lines.append(" · ".join(
        f"{OUTCOME_LABELS[o]} {v['percent']} %" for o, v in stats["outcomes"].items()
    ))
    fb = stats["feedback"]
    lines.append(f"Avis : 👍 {fb['positive']} / 👎 {fb['negative']} ({fb['positive_percent']} % positifs)")
    if stats["top_entries"]:
        lines.append("Entrées les plus demandées : " + ", ".join(
            f"{t['entry']} ({t['count']})" for t in stats["top_entries"]))
    if stats["top_unanswered"]:
        lines.append("Questions sans réponse les plus fréquentes :")
        lines.extend(f"  {g['count']} × « {g['examples'][0]} »" for g in stats["top_unanswered"])
    if stats["weeks"]:
        lines.append("Par semaine :")
        lines.extend(f"  {w['week']} : {w['exchanges']} échanges, {w['answered_percent']} % répondues"
                     for w in stats["weeks"])
    return "\n".join(lines)
