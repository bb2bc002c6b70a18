"""Pieces of the Telegram layer that need no server."""

import pytest

from bot.ratelimit import UserRateLimiter
from bot.render import build_reply, to_html
from fake_telegram import parse_html
from handlers import keyboards
from handlers.sending import split_html, visible_length


def test_every_callback_of_the_real_base_fits_in_64_bytes(kb):
    exchange = "A" * 11
    for entry in kb.entries.values():
        assert len(keyboards.encode("s", exchange, entry.id).encode()) <= 64
    keyboards.themes(kb)
    for theme in kb.themes:
        if not theme.smalltalk:
            assert keyboards.theme_questions(kb, theme.id) is not None


def test_too_long_callback_data_is_refused():
    with pytest.raises(ValueError):
        keyboards.encode("e", "x" * 70)


def test_decode_unknown_or_empty():
    assert keyboards.decode(None) is None
    assert keyboards.decode("f|abc|1") == keyboards.Callback("f", ("abc", "1"))


def test_split_html_keeps_each_chunk_valid_and_short():
    line = "<b>Titre</b> &amp; texte " + "mot " * 50
    text = "\n".join([line] * 200)
    chunks = split_html(text)
    assert len(chunks) > 1
    for chunk in chunks:
        assert 1 <= visible_length(chunk) <= 4096
        parse_html(chunk)  # raises like Telegram on broken HTML


def test_split_html_cuts_one_enormous_line():
    chunks = split_html("&lt;" * 5000)
    assert len(chunks) == 2 and all(visible_length(c) <= 4096 for c in chunks)
    for chunk in chunks:
        parse_html(chunk)


def test_every_answer_is_valid_telegram_html(kb, matcher, settings):
    for entry in kb.entries.values():
        reply = build_reply(matcher.match(entry.question), kb, settings.current_date())
        for chunk in split_html(to_html(reply)):
            assert 1 <= len(parse_html(chunk)) <= 4096


def test_rate_limiter_is_per_user_and_warns_once():
    now = [0.0]
    limiter = UserRateLimiter(3, window=60, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")
    assert limiter.should_warn("a") and not limiter.should_warn("a")
    now[0] = 61
    assert limiter.allow("a")


def test_daily_digest_goes_to_the_staff_chat_only_when_there_is_news(tmp_path, assistant, settings):
    import asyncio
    import dataclasses
    from types import SimpleNamespace

    from bot.services import BOT_DATA_KEY, Services
    from handlers.supervision import daily_digest
    from logdata import SAMPLE, make_log

    sent = []

    class Bot:
        async def send_message(self, chat_id, text):
            parse_html(text)
            sent.append((chat_id, text))

    def context_for(log, staff_chat):
        svc = Services(dataclasses.replace(settings, staff_chat_id=staff_chat), assistant, log, b"s")
        return SimpleNamespace(application=SimpleNamespace(bot_data={BOT_DATA_KEY: svc}), bot=Bot())

    busy = make_log(tmp_path / "busy.db", SAMPLE)
    asyncio.run(daily_digest(context_for(busy, None)))
    assert sent == []
    asyncio.run(daily_digest(context_for(busy, -100)))
    [(chat, text)] = sent
    assert chat == -100 and "Résumé quotidien" in text and "RSA" in text
    assert "très vieux" not in text  # older than a day
    quiet = make_log(tmp_path / "quiet.db", [{"question": "date limite", "entry": "date-limite"}])
    asyncio.run(daily_digest(context_for(quiet, -100)))
    assert len(sent) == 1


def test_an_error_in_a_handler_is_logged_and_the_user_gets_an_apology(caplog):
    import asyncio
    from types import SimpleNamespace

    from telegram import Update

    from handlers.errors import APOLOGY, on_error

    replies = []

    class Message:
        async def reply_text(self, text, do_quote=False):
            replies.append(text)

    update = Update(update_id=1)
    object.__setattr__(update, "_effective_message", Message())
    context = SimpleNamespace(error=RuntimeError("boom"))
    with caplog.at_level("ERROR"):
        asyncio.run(on_error(update, context))
    assert replies == [APOLOGY]
    assert "boom" in caplog.text
    asyncio.run(on_error(object(), context))  # not an update: logged only
    assert replies == [APOLOGY]
