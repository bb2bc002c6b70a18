"""Text questions (and edits of them), in private chats and in groups."""

from __future__ import annotations

import logging
import time

from telegram import Message, MessageEntity, Update
from telegram.ext import ContextTypes

from bot import texts
from bot.matcher import Outcome
from bot.render import to_html
from handlers import keyboards
from handlers.common import chat_type, remember_answer, services
from handlers.sending import reply_html

log = logging.getLogger(__name__)

RATE_LIMITED = (
    "Vous envoyez beaucoup de messages : merci de patienter une minute avant votre "
    "prochaine question."
)
ONLY_TEXT = (
    "Je ne comprends que les questions écrites. Posez-moi votre question en quelques mots, "
    "par exemple « Qui peut candidater ? »."
)


def replies_to(message: Message, bot_id: int) -> bool:
    """Whether `message` answers one of the bot's own messages."""
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == bot_id)


def addressed_text(message: Message, bot_id: int, bot_username: str) -> str | None:
    """The question in `message`, or None when a group message is not for us.

    In private chats every text is a question. In groups, only messages that
    mention the bot or reply to one of its messages are; the mention is removed.
    """
    text = message.text or ""
    if message.chat.type == "private" or replies_to(message, bot_id):
        return text
    mention = f"@{bot_username}".lower()
    for entity, value in message.parse_entities([MessageEntity.MENTION]).items():
        if value.lower() == mention:
            return (text[: entity.offset] + text[entity.offset + entity.length :]).strip()
    return None


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    svc = services(context)
    question = addressed_text(message, context.bot.id, context.bot.username)
    if question is None:
        return
    if svc.log.has_update(update.update_id):
        log.info("Mise à jour %s déjà traitée : ignorée", update.update_id)
        return
    user = update.effective_user
    user_key = svc.user_key(user.id if user else None)
    if not svc.limiter.allow(user_key):
        if svc.limiter.should_warn(user_key):
            await message.reply_text(RATE_LIMITED, do_quote=False)
        return
    await answer_question(update, context, question, user_key)


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str, user_key: str) -> None:
    svc = services(context)
    started = time.perf_counter()
    answer = svc.assistant.ask(question, logged=True)
    result, reply = answer.result, answer.reply
    exchange = answer.exchange("telegram", chat_type(update), user_key, started,
                               svc.settings.max_question_chars, update.update_id)
    svc.log.record(exchange)  # before sending: an answered question is never missing
    text = to_html(reply)
    if answer.truncated:
        text = f"<i>{texts.TOO_LONG}</i>\n\n{text}"
    if result.outcome is Outcome.ANSWERED:
        remember_answer(context, result.entry.id)
    if result.outcome is Outcome.SUGGESTED:
        markup = keyboards.suggestions(exchange.id, reply.suggestions)
    elif result.outcome is Outcome.ANSWERED:
        markup = keyboards.answer(exchange.id, reply.related)
    else:
        markup = None
    await reply_html(update.effective_message, text, markup)


async def on_other_content(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice, files, locations...: only text is understood."""
    message = update.effective_message
    if message.chat.type != "private" and not replies_to(message, context.bot.id):
        return
    await message.reply_text(ONLY_TEXT, do_quote=False)
