"""Commands: /start, /themes, /aide, /contact, /apropos, and unknown ones."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import ContextTypes

from bot.knowledge import CONTACTS_ENTRY
from bot.render import entry_answer, markup_to_html
from handlers import keyboards
from handlers.common import LAST_ENTRY, services
from handlers.sending import reply_html

COMMANDS = (
    ("start", "Accueil et thèmes"),
    ("themes", "Parcourir les questions par thème"),
    ("aide", "Comment poser une question"),
    ("contact", "Les contacts"),
    ("apropos", "Qui je suis, mes sources"),
)

WELCOME = (
    "Bonjour ! Je suis l'assistant automatique de l'<b>appel à manifestation d'intérêt (AMI) "
    "du Service public de l'insertion et de l'emploi (SPIE)</b>. Je ne suis pas une personne : "
    "je réponds à partir de deux documents publics de juillet 2021.\n\n"
    "Posez votre question en quelques mots, par exemple « Qui peut candidater ? » ou "
    "« Quelle est la date limite ? », ou choisissez un thème :"
)
HELP = (
    "<b>Comment me poser une question</b>\n"
    "Écrivez simplement votre question, en français ou en anglais, avec ou sans accents : "
    "« qui peut candidater », « date limite », « le PE est-il obligatoire ? »...\n\n"
    "Si je ne suis pas sûr, je vous propose des questions proches. Si je ne sais pas, je "
    "vous le dis et je vous indique les contacts.\n\n"
    "/themes — parcourir les questions par thème\n"
    "/contact — les contacts\n"
    "/apropos — qui je suis, mes sources"
)
UNKNOWN_COMMAND = "Je ne connais pas cette commande. Tapez /aide pour voir ce que je sais faire."
CHOOSE_THEME = "Choisissez un thème :"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    kb = services(context).assistant.kb
    await update.effective_message.reply_html(WELCOME, reply_markup=keyboards.themes(kb), do_quote=False)


async def themes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    kb = services(context).assistant.kb
    await update.effective_message.reply_html(CHOOSE_THEME, reply_markup=keyboards.themes(kb), do_quote=False)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_html(HELP, do_quote=False)


async def contact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    kb = svc.assistant.kb
    text = entry_answer(kb.entries[CONTACTS_ENTRY], kb, svc.settings.current_date())
    await reply_html(update.effective_message, markup_to_html(text))


def about_text(context: ContextTypes.DEFAULT_TYPE) -> str:
    svc = services(context)
    kb = svc.assistant.kb
    sources = "\n".join(
        f"• {s.title}" + (f" ({s.date:%d/%m/%Y})" if s.date else "") for s in kb.sources.values()
    )
    reviewed = max((e.reviewed for e in kb.entries.values() if e.reviewed), default=None)
    reviewed_line = f"Dernière relecture des réponses : {reviewed:%d/%m/%Y}. " if reviewed else ""
    last = kb.entries.get((context.user_data or {}).get(LAST_ENTRY, ""))
    if last is not None:
        titles = " ; ".join(kb.sources[s].title for s in last.sources if s in kb.sources)
        when = f", relue le {last.reviewed:%d/%m/%Y}" if last.reviewed else ""
        reviewed_line += html.escape(
            f"\n\nVotre dernière réponse (« {last.question} ») vient de : {titles}{when}.\n", quote=False)
    text = (
        "Je suis un <b>assistant automatique</b> (pas une personne) qui répond aux questions "
        "sur l'AMI SPIE à partir de ces sources :\n"
        f"{markup_to_html(sources)}\n\n"
        f"{reviewed_line}Version de la base : {kb.version}.\n\n"
        "Vos questions sont enregistrées sans votre nom ni votre identifiant Telegram, "
        "pour améliorer les réponses ; elles sont effacées au bout de "
        f"{svc.settings.retention_days} jours."
    )
    return text


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply_html(update.effective_message, about_text(context))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(UNKNOWN_COMMAND, do_quote=False)
