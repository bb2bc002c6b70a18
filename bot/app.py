"""Wiring the Telegram application: python-telegram-bot's own machinery.

`Application` with our handlers, an aiohttp `BaseRequest` (bot/telegram_http.py),
the AIORateLimiter for Telegram's sending limits, the JobQueue for the log
catch-up and the daily retention purge, and either long polling or the
built-in webhook server.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from urllib.parse import urlparse

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, Defaults

import handlers
from bot.assistant import Assistant
from bot.config import Settings
from bot.live_reload import watch_knowledge
from bot.privacy import load_or_create_secret
from bot.services import BOT_DATA_KEY, Services
from bot.storage import ExchangeLog
from bot.telegram_http import AiohttpRequest
from handlers.commands import COMMANDS
from handlers.supervision import daily_digest

log = logging.getLogger(__name__)

FLUSH_INTERVAL = dt.timedelta(seconds=10)
# Updates handled at once, each with its own connection to the Bot API. Four
# already exceed Telegram's 30 messages/s at a 100 ms round trip; more only
# cost CPU under a burst (bench/load.py: 590 msg/s at 4, 410 at 8, 350 at 16).
CONCURRENT_UPDATES = 4
PURGE_TIME = dt.time(hour=3, minute=30, tzinfo=dt.timezone.utc)
DIGEST_TIME = dt.time(hour=7, minute=0, tzinfo=dt.timezone.utc)

NO_TOKEN = """\
Aucun jeton Telegram : définissez la variable d'environnement TELEGRAM_BOT_TOKEN.

Pour obtenir un jeton : dans Telegram, écrivez à @BotFather, envoyez /newbot,
choisissez un nom, puis copiez le jeton qu'il vous donne :
    export TELEGRAM_BOT_TOKEN="123456:ABC..."
    spie-bot run

Pour essayer le bot sans Telegram, dans ce terminal :
    spie-bot chat
"""
NO_WEBHOOK_URL = (
    "Mode webhook : définissez WEBHOOK_URL, l'adresse publique HTTPS du bot "
    "(par exemple https://mon-bot.example.fr/telegram)."
)


class RedactToken(logging.Filter):
    """Removes the bot token from every log record (URLs contain it)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg = message.replace(self.token, "[jeton masqué]")
            record.args = ()
        return True


def configure_logging(token: str | None) -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if token:
        redact = RedactToken(token)
        for handler in logging.getLogger().handlers:
            handler.addFilter(redact)


def build_application(services: Services) -> Application:
    settings = services.settings
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(AIORateLimiter(overall_max_rate=settings.send_rate, max_retries=3))
        .concurrent_updates(CONCURRENT_UPDATES)
        .request(AiohttpRequest(pool_size=CONCURRENT_UPDATES))
        .get_updates_request(AiohttpRequest(pool_size=1))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.telegram_api_base_url:
        builder = builder.base_url(f"{settings.telegram_api_base_url}/bot").base_file_url(
            f"{settings.telegram_api_base_url}/file/bot"
        )
    application = builder.build()
    application.bot_data[BOT_DATA_KEY] = services
    handlers.register(application)
    application.job_queue.run_repeating(_flush_log, FLUSH_INTERVAL, name="journal")
    application.job_queue.run_daily(_purge_log, PURGE_TIME, name="purge")
    if settings.staff_chat_id is not None:
        application.job_queue.run_daily(daily_digest, DIGEST_TIME, name="digest")
    if settings.reload_interval > 0:
        application.job_queue.run_repeating(watch_knowledge, settings.reload_interval, name="rechargement")
    return application


async def _post_init(application: Application) -> None:
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    log.info("Bot @%s prêt ; commandes publiées.", application.bot.username)


async def _post_shutdown(application: Application) -> None:
    services: Services = application.bot_data[BOT_DATA_KEY]
    services.log.close()
    log.info("Journal fermé, arrêt propre.")


async def _flush_log(context: ContextTypes.DEFAULT_TYPE) -> None:
    services: Services = context.application.bot_data[BOT_DATA_KEY]
    if services.log.pending and services.log.flush():
        log.error("Journal : %d écriture(s) toujours en attente", services.log.pending)


async def _purge_log(context: ContextTypes.DEFAULT_TYPE) -> None:
    services: Services = context.application.bot_data[BOT_DATA_KEY]
    removed = services.log.purge(services.settings.retention_days)
    log.info("Purge quotidienne : %d échange(s) de plus de %d jours supprimé(s).",
             removed, services.settings.retention_days)


def create_services(settings: Settings, assistant: Assistant) -> Services:
    secret = load_or_create_secret(settings.pseudonym_secret, settings.secret_path)
    return Services(settings, assistant, ExchangeLog(settings.db_path), secret)


def run(settings: Settings, assistant: Assistant, webhook: bool) -> None:
    """Start the bot until SIGINT/SIGTERM (python-telegram-bot stops it cleanly).

    The caller has checked the token (and, for a webhook, WEBHOOK_URL).
    """
    configure_logging(settings.telegram_token)
    application = build_application(create_services(settings, assistant))
    if not webhook:
        application.run_polling(allowed_updates=handlers.ALLOWED_UPDATES)
        return
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.port,
        url_path=urlparse(settings.webhook_url).path.lstrip("/"),
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret or secrets.token_urlsafe(32),
        allowed_updates=handlers.ALLOWED_UPDATES,
    )
