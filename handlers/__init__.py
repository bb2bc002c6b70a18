"""Telegram handlers of the SPIE FAQ bot, registered by `register`."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from handlers import buttons, commands, conversation, errors, supervision

NON_TEXT = (
    filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.AUDIO | filters.VIDEO
    | filters.VIDEO_NOTE | filters.Document.ALL | filters.LOCATION | filters.VENUE
    | filters.CONTACT | filters.ANIMATION | filters.POLL | filters.Dice.ALL
)


def register(application: Application) -> None:
    """Attach every handler; edited messages are answered again."""
    any_message = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
    application.add_handler(CommandHandler("start", commands.start))
    application.add_handler(CommandHandler(["themes", "menu"], commands.themes))
    application.add_handler(CommandHandler(["aide", "help"], commands.help_command))
    application.add_handler(CommandHandler("contact", commands.contact))
    application.add_handler(CommandHandler("apropos", commands.about))
    application.add_handler(CommandHandler("stats", supervision.stats_command))
    application.add_handler(CommandHandler("nonrepondues", supervision.unanswered_command))
    application.add_handler(CommandHandler("recharger", supervision.reload_command))
    application.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, commands.unknown_command))
    application.add_handler(MessageHandler(filters.TEXT & any_message, conversation.on_text))
    application.add_handler(MessageHandler(NON_TEXT & any_message, conversation.on_other_content))
    application.add_handler(CallbackQueryHandler(buttons.on_button))
    application.add_error_handler(errors.on_error)


ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]
