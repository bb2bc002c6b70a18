"""From a match to the text a person reads: plain text or Telegram HTML.

Answers in the knowledge base may use **bold** and `{date}` references.
`build_reply` fills the dates; `to_plain` and `to_html` turn the markup into
plain text or into HTML built from escaped text (a user's `<b>` or `&` can
never break a message).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from bot import texts
from bot.knowledge import CONTACTS_ENTRY, PLACEHOLDER, Entry, KnowledgeBase, Link
from bot.matcher import MatchResult, Outcome

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)


@dataclass(frozen=True)
class Reply:
    """What the bot answers, before it is rendered for a channel."""

    outcome: Outcome
    markup: str
    entry: Entry | None = None
    suggestions: tuple[Entry, ...] = ()
    related: tuple[Entry, ...] = ()
    links: tuple[Link, ...] = ()


def fill_dates(template: str, kb: KnowledgeBase, today: dt.date) -> str:
    """Replace {name} and {name:statut} with the named date and its status."""

    def replace(match: re.Match[str]) -> str:
        name, _, modifier = match.group(1).partition(":")
        date = kb.dates[name.strip()]
        return date.status(today) if modifier.strip() == "statut" else date.french()

    return PLACEHOLDER.sub(replace, template)


def entry_answer(entry: Entry, kb: KnowledgeBase, today: dt.date) -> str:
    return fill_dates(entry.answer, kb, today)


def fallback_markup(kb: KnowledgeBase, today: dt.date, logged: bool) -> str:
    parts = [texts.FALLBACK]
    if logged:
        parts.append(texts.FALLBACK_LOGGED)
    contacts = kb.entries.get(CONTACTS_ENTRY)
    if contacts:
        parts.append(f"{texts.FALLBACK_CONTACTS}\n{entry_answer(contacts, kb, today)}")
    return "\n".join(parts)


def build_reply(result: MatchResult, kb: KnowledgeBase, today: dt.date, logged: bool = False) -> Reply:
    if result.outcome in (Outcome.ANSWERED, Outcome.SMALLTALK) and result.entry:
        entry = result.entry
        related = tuple(kb.entries[r] for r in entry.related if r in kb.entries)
        return Reply(result.outcome, entry_answer(entry, kb, today), entry, related=related,
                     links=entry.links)
    if result.outcome is Outcome.SUGGESTED:
        return Reply(result.outcome, texts.SUGGEST_INTRO,
                     suggestions=tuple(c.entry for c in result.suggestions))
    if not result.question.strip() or not any(ch.isalnum() for ch in result.question):
        return Reply(Outcome.UNANSWERED, texts.EMPTY_QUESTION)
    return Reply(Outcome.UNANSWERED, fallback_markup(kb, today, logged))


def strip_markup(markup: str) -> str:
    return _BOLD.sub(r"\1", markup)


def to_plain(reply: Reply) -> str:
    """The reply as plain text (console, JSON `answer`)."""
    lines = [strip_markup(reply.markup)]
    for number, entry in enumerate(reply.suggestions, start=1):
        lines.append(f"{number}. {entry.question}")
    if reply.links:
        lines.append(texts.LINKS)
        lines.extend(f"- {link.title} : {link.url}" for link in reply.links)
    return "\n".join(lines)


def markup_to_html(markup: str) -> str:
    """Escape the text, then turn **bold** into <b>bold</b>."""
    return _BOLD.sub(r"<b>\1</b>", html.escape(markup, quote=False))


def to_html(reply: Reply) -> str:
    """The reply as Telegram HTML (suggestions travel as buttons, not text)."""
    parts = [markup_to_html(reply.markup)]
    if reply.links:
        parts.append("\n".join(
            f'🔗 <a href="{html.escape(link.url)}">{html.escape(link.title, quote=False)}</a>'
            for link in reply.links
        ))
    return "\n\n".join(parts)
