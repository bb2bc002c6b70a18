"""Button presses: suggestions, "none of these", feedback, themes, "voir aussi".

Every press is answered (Telegram shows a spinner otherwise); a stale or
unknown button (e.g. after a knowledge-base change) gets a friendly notice.
"""

from __future__ import annotations

import html

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import texts
from bot.render import fallback_markup, markup_to_html
from handlers import keyboards
from handlers.commands import CHOOSE_THEME
from handlers.common import log_menu_answer, remember_answer, send_entry, services
from handlers.sending import reply_html

STALE = "Ce bouton n'est plus valable : posez votre question à nouveau."
THANKS = "Merci pour votre retour !"
THANKS_NEGATIVE = "Merci : votre retour aidera l'équipe à améliorer cette réponse."


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    callback = keyboards.decode(query.data)
    handler = _HANDLERS.get(callback.kind) if callback else None
    if handler is None or not await handler(update, context, callback.args):
        await query.answer(STALE, show_alert=False)


async def _suggestion(update: Update, context: ContextTypes.DEFAULT_TYPE, args: tuple[str, ...]) -> bool:
    if len(args) != 2:
        return False
    exchange_id, entry_id = args
    svc = services(context)
    reply = svc.assistant.answer_entry(entry_id)
    if reply is None:
        return False
    svc.log.set_choice(exchange_id, entry_id)
    query = update.callback_query
    await query.answer()
    await _edit_text(query, f"Vous avez choisi : <b>{html.escape(reply.entry.question, quote=False)}</b>")
    remember_answer(context, entry_id)
    await send_entry(query.message, reply, exchange_id)
    return True


async def _none_of_these(update: Update, context: ContextTypes.DEFAULT_TYPE, args: tuple[str, ...]) -> bool:
    if len(args) != 1:
        return False
    svc = services(context)
    svc.log.set_choice(args[0], None)
    query = update.callback_query
    await query.answer()
    await _edit_text(query, f"<i>{texts.NONE_OF_THESE}.</i>")
    text = fallback_markup(svc.assistant.kb, svc.settings.current_date(), logged=True)
    await reply_html(query.message, markup_to_html(text))
    return True


async def _feedback(update: Update, context: ContextTypes.DEFAULT_TYPE, args: tuple[str, ...]) -> bool:
    if len(args) != 2 or args[1] not in ("0", "1"):
        return False
    positive = args[1] == "1"
    services(context).log.set_feedback(args[0], 1 if positive else -1)
    query = update.callback_query
    await query.answer(THANKS if positive else THANKS_NEGATIVE)
    try:
        await query.edit_message_reply_markup(keyboards.without_feedback(query.message.reply_markup))
    except BadRequest:  # already edited (double press)
        pass
    return True


async def _entry(update: Update, context: ContextTypes.DEFAULT_TYPE, args: tuple[str, ...]) -> bool:
    if len(args) != 1:
        return False
    reply = services(context).assistant.answer_entry(args[0])
    if reply is None:
        return False
    await update.callback_query.answer()
    remember_answer(context, args[0])
    await send_entry(update.callback_query.message, reply, log_menu_answer(update, context, reply))
    return True


async def _theme(update: Update, context: ContextTypes.DEFAULT_TYPE, args: tuple[str, ...]) -> bool:
    kb = services(context).assistant.kb
    markup = keyboards.theme_questions(kb, args[0]) if len(args) == 1 else None
    if markup is None:
        return False
    title = next(t.title for t in kb.themes if t.id == args[0])
    query = update.callback_query
    await query.answer()
    await _edit_text(query, f"<b>{html.escape(title, quote=False)}</b> — choisissez une question :", markup)
    return True


async def _menu(update: Update, context: ContextTypes.DEFAULT_TYPE, args: tuple[str, ...]) -> bool:
    query = update.callback_query
    await query.answer()
    await _edit_text(query, CHOOSE_THEME, keyboards.themes(services(context).assistant.kb))
    return True


async def _edit_text(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except BadRequest:  # message too old or unchanged: not worth an error
        pass


_HANDLERS = {
    "s": _suggestion,
    "n": _none_of_these,
    "f": _feedback,
    "e": _entry,
    "t": _theme,
    "m": _menu,
}
