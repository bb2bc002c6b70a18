"""Sending HTML safely: never over Telegram's 4096 characters, tags kept whole."""

from __future__ import annotations

import asyncio
import html
import logging
import re

from telegram import InlineKeyboardMarkup, Message
from telegram.error import BadRequest, NetworkError

log = logging.getLogger(__name__)

MAX_MESSAGE = 4096
# Pauses before re-sending after a network failure (5xx, dropped connection,
# time-out). Telegram's 429 is handled by the rate limiter; a 400 is final.
SEND_RETRY_DELAYS = (0.5, 2.0)
_TAG = re.compile(r"<[^>]+>")


def utf16_length(text: str) -> int:
    """Telegram counts lengths in UTF-16 code units (an emoji may count 2)."""
    return len(text.encode("utf-16-le")) // 2


def visible_length(fragment: str) -> int:
    """Length of an HTML fragment as Telegram counts it (after entity parsing)."""
    return utf16_length(html.unescape(_TAG.sub("", fragment)))


def _cut(plain: str, limit: int) -> list[str]:
    """Plain text in pieces of at most `limit` UTF-16 units, never inside a character."""
    pieces, current, size = [], [], 0
    for char in plain:
        width = 2 if ord(char) > 0xFFFF else 1
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    if current:
        pieces.append("".join(current))
    return pieces


def split_html(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split on line boundaries (our tags never span lines) under `limit`."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        if visible_length(line) > limit:
            # One enormous line: fall back to its escaped plain text, cut hard.
            plain = html.unescape(_TAG.sub("", line))
            pieces = [html.escape(piece, quote=False) for piece in _cut(plain, limit)]
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
        sent = await _send_with_retries(message, chunk, markup if last else None)
    return sent


async def _send_with_retries(message: Message, chunk: str, markup: InlineKeyboardMarkup | None) -> Message:
    delays = list(SEND_RETRY_DELAYS)
    while True:
        try:
            return await message.reply_html(chunk, reply_markup=markup, do_quote=False)
        except BadRequest:
            raise
        except NetworkError as error:
            if not delays:
                raise
            delay = delays.pop(0)
            log.warning("Envoi échoué (%s) : nouvel essai dans %.1f s", error, delay)
            await asyncio.sleep(delay)
