"""Live reload of the knowledge base while the bot runs.

A JobQueue job polls the files' version (a hash of their content). When it
changes, the base is loaded and validated; if valid it replaces the old one
in one assignment (`Assistant.reload`), otherwise the bot keeps serving the
last good version, logs the errors and tells the staff chat — once per bad
version, not at every poll.
"""

from __future__ import annotations

import html
import logging

from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.knowledge import KnowledgeError, directory_version
from bot.services import BOT_DATA_KEY, Services

log = logging.getLogger(__name__)


async def watch_knowledge(context: ContextTypes.DEFAULT_TYPE) -> None:
    services: Services = context.application.bot_data[BOT_DATA_KEY]
    version = directory_version(services.settings.knowledge_dir)
    if version is None or version in (services.assistant.kb.version, services.rejected_version):
        return
    try:
        kb = services.assistant.reload()
    except KnowledgeError as error:
        services.rejected_version = version
        log.error("Base de connaissances modifiée mais INVALIDE : le bot garde la version %s.\n%s",
                  services.assistant.kb.version, error)
        items = "\n".join(f"• {html.escape(str(p), quote=False)}" for p in error.problems[:10])
        await notify_staff(context, "<b>La base de connaissances modifiée est invalide</b> : le bot "
                                    f"continue avec la version précédente.\n{items}\n"
                                    "Corrigez puis vérifiez avec <code>spie-bot kb check</code>.")
        return
    services.rejected_version = None
    log.info("Base de connaissances rechargée : version %s, %d entrées.", kb.version, len(kb.entries))
    await notify_staff(context, f"Base de connaissances rechargée (version {kb.version}, "
                                f"{len(kb.entries)} entrées).")


async def notify_staff(context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    services: Services = context.application.bot_data[BOT_DATA_KEY]
    if services.settings.staff_chat_id is None:
        return
    try:
        await context.bot.send_message(services.settings.staff_chat_id, text[:4000])
    except TelegramError:
        log.exception("Impossible de prévenir le salon de l'équipe")
