"""Helpers shared by the handlers."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.render import Reply, to_html
from bot.services import BOT_DATA_KEY, Services
from bot.storage import Exchange
from handlers import keyboards
from handlers.sending import reply_html


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data[BOT_DATA_KEY]


def chat_type(update: Update) -> str:
    return update.effective_chat.type if update.effective_chat else "inconnu"


def log_menu_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> str | None:
    """An answer reached through a button is logged too, so it can get feedback."""
    svc = services(context)
    if reply.entry is None or reply.entry.smalltalk:
        return None
    user = update.effective_user
    exchange = Exchange(
        question=reply.entry.question, outcome="answered", channel="telegram", chat_type=chat_type(update),
        user_key=svc.user_key(user.id if user else None), kb_version=svc.assistant.kb.version,
        entry=reply.entry.id, score=100.0, via="menu",
    )
    svc.log.record(exchange)
    return exchange.id


LAST_ENTRY = "derniere_entree"


def remember_answer(context: ContextTypes.DEFAULT_TYPE, entry_id: str) -> None:
    """So that /apropos can tell where the last answer came from."""
    if context.user_data is not None:
        context.user_data[LAST_ENTRY] = entry_id


async def send_entry(message: Message, reply: Reply, exchange_id: str | None) -> None:
    markup = keyboards.answer(exchange_id, reply.related, with_feedback=not reply.entry.smalltalk)
    await reply_html(message, to_html(reply), markup)
