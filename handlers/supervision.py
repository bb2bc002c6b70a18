"""Supervisor commands (/stats, /nonrepondues, /recharger) and the staff digest.

Only accounts listed in SPIE_SUPERVISORS may use them; anyone else gets the
same reply as for an unknown command, so the commands do not even show.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot import review, stats
from bot.knowledge import KnowledgeError
from handlers.commands import UNKNOWN_COMMAND
from handlers.common import services
from handlers.sending import reply_html, split_html

log = logging.getLogger(__name__)

STATS_DAYS = 30


async def _refuse_unless_supervisor(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    if services(context).is_supervisor(user.id if user else None):
        return False
    await update.effective_message.reply_text(UNKNOWN_COMMAND, do_quote=False)
    return True


def _days_ago(days: int) -> str:
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)).isoformat(timespec="seconds")


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await _refuse_unless_supervisor(update, context):
        return
    svc = services(context)
    figures = stats.compute(svc.log.db, svc.assistant.matcher, _days_ago(STATS_DAYS))
    await reply_html(update.effective_message, html.escape(stats.render(figures), quote=False))


def unanswered_text(context: ContextTypes.DEFAULT_TYPE, since: str | None = None, limit: int = 8) -> str | None:
    svc = services(context)
    groups = review.group_rows(review.pending_rows(svc.log.db, since), svc.assistant.matcher)
    if not groups:
        return None
    lines = [f"<b>{len(groups)} groupe(s) de questions à revoir</b> (spie-bot review) :"]
    for group in groups[:limit]:
        examples = " / ".join(f"« {html.escape(q, quote=False)} »" for q in group.examples(2))
        lines.append(f"• {group.count} × {examples}")
    return "\n".join(lines)


async def unanswered_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await _refuse_unless_supervisor(update, context):
        return
    text = unanswered_text(context) or "Aucune question en attente de revue."
    await reply_html(update.effective_message, text)


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await _refuse_unless_supervisor(update, context):
        return
    svc = services(context)
    try:
        kb = svc.assistant.reload()
        svc.rejected_version = None
    except KnowledgeError as error:
        problems = "\n".join(f"• {html.escape(str(p), quote=False)}" for p in error.problems[:10])
        await reply_html(update.effective_message,
                         f"<b>Base invalide : le bot garde la version précédente.</b>\n{problems}")
        return
    await update.effective_message.reply_text(
        f"Base rechargée : {len(kb.entries)} entrées, version {kb.version}.", do_quote=False)


async def daily_digest(context: ContextTypes.DEFAULT_TYPE) -> None:
    """New questions to review in the last day, to the staff chat."""
    svc = services(context)
    if svc.settings.staff_chat_id is None:
        return
    text = unanswered_text(context, since=_days_ago(1))
    if text is None:
        return
    for chunk in split_html("Résumé quotidien — " + text):
        await context.bot.send_message(svc.settings.staff_chat_id, chunk)
