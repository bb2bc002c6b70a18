"""Sending HTML safely: never over Telegram's 4096 characters, tags kept whole."""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardMarkup, Message

MAX_MESSAGE = 4096
_TAG = re.compile(r"<[^>]+>")


def visible_length(fragment: str) -> int:
    """Length of an HTML fragment as Telegram counts it (after entity parsing)."""
    return len(html.unescape(_TAG.sub("", fragment)))


def split_html(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split on line boundaries (our tags never span lines) under `limit`."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        if visible_length(line) > limit:
            # One enormous line: fall back to its escaped plain text, cut hard.
            plain = html.unescape(_TAG.sub("", line))
            pieces = [html.escape(plain[i : i + limit], quote=False) for i in range(0, len(plain), limit)]
        else:
            pieces = [line]
        for piece in pieces:
            candidate = f"{current}\n{piece}" if current else piece
            if current and visible_length(candidate) > limit:
                chunks.append(current)
                current = piece
            else:
                current = candidate
    if current.strip():
        chunks.append(current)
    return chunks or ["…"]


async def reply_html(message: Message, text: str, markup: InlineKeyboardMarkup | None = None) -> Message:
    """Reply in as many messages as needed; the keyboard goes on the last one."""
    chunks = split_html(text)
    sent = message
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        sent = await message.reply_html(chunk, reply_markup=markup if last else None, do_quote=False)
    return sent
