"""Errors in handlers: logged, a short apology to the user, the bot keeps running."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

log = logging.getLogger(__name__)

APOLOGY = (
    "Désolé, une erreur s'est produite de mon côté. Réessayez dans un instant, "
    "ou tapez /contact pour joindre quelqu'un."
)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("Erreur pendant le traitement d'une mise à jour", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        try:
            await update.effective_message.reply_text(APOLOGY, do_quote=False)
        except TelegramError:
            log.warning("Impossible d'envoyer le message d'excuse")
