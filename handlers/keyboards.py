"""Inline keyboards and their callback data (always within Telegram's 64 bytes).

Callback data is `kind|arg|arg`:
  s|<exchange>|<entry>   a suggestion was chosen
  n|<exchange>           "none of these"
  f|<exchange>|1 or 0    feedback on an answer (👍 / 👎)
  e|<entry>              show an entry (menu, "voir aussi")
  t|<theme>              list the questions of a theme
  m                      the themes menu
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import texts
from bot.knowledge import Entry, KnowledgeBase

MAX_CALLBACK_BYTES = 64
MAX_BUTTON_TEXT = 60


@dataclass(frozen=True)
class Callback:
    kind: str
    args: tuple[str, ...]


def encode(kind: str, *args: str) -> str:
    data = "|".join((kind, *args))
    if not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data too long: {data!r}")
    return data


def decode(data: str | None) -> Callback | None:
    if not data:
        return None
    kind, *args = data.split("|")
    return Callback(kind, tuple(args))


def label(text: str) -> str:
    return text if len(text) <= MAX_BUTTON_TEXT else text[: MAX_BUTTON_TEXT - 1] + "…"


def suggestions(exchange_id: str, entries: tuple[Entry, ...]) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(label(e.question), callback_data=encode("s", exchange_id, e.id))]
            for e in entries]
    rows.append([InlineKeyboardButton(texts.NONE_OF_THESE, callback_data=encode("n", exchange_id))])
    return InlineKeyboardMarkup(rows)


def answer(exchange_id: str | None, related: tuple[Entry, ...], with_feedback: bool = True) -> InlineKeyboardMarkup | None:
    rows = []
    if exchange_id and with_feedback:
        rows.append([
            InlineKeyboardButton("👍 Utile", callback_data=encode("f", exchange_id, "1")),
            InlineKeyboardButton("👎 Pas utile", callback_data=encode("f", exchange_id, "0")),
        ])
    rows.extend([InlineKeyboardButton("↪ " + label(e.question), callback_data=encode("e", e.id))]
                for e in related[:3])
    return InlineKeyboardMarkup(rows) if rows else None


def themes(kb: KnowledgeBase) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label(t.title), callback_data=encode("t", t.id))]
         for t in kb.themes if not t.smalltalk]
    )


def theme_questions(kb: KnowledgeBase, theme_id: str) -> InlineKeyboardMarkup | None:
    theme = next((t for t in kb.themes if t.id == theme_id and not t.smalltalk), None)
    if theme is None:
        return None
    rows = [[InlineKeyboardButton(label(kb.entries[i].question), callback_data=encode("e", i))]
            for i in theme.entry_ids]
    rows.append([InlineKeyboardButton("⬅ Tous les thèmes", callback_data=encode("m"))])
    return InlineKeyboardMarkup(rows)


def without_feedback(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """The same keyboard once feedback is given ("voir aussi" buttons stay)."""
    if markup is None:
        return None
    rows = [row for row in markup.inline_keyboard
            if not any((b.callback_data or "").startswith("f|") for b in row)]
    return InlineKeyboardMarkup(rows) if rows else None
