"""The aiohttp client under python-telegram-bot, against the loopback Bot API."""

from __future__ import annotations

import asyncio

import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.telegram_http import AiohttpRequest
from fake_telegram import Fault


def run_bot(fake, action):
    async def scenario():
        bot = Bot(fake.token, base_url=f"{fake.base_url}/bot", request=AiohttpRequest(pool_size=2),
                  get_updates_request=AiohttpRequest(pool_size=1))
        async with bot:
            return await action(bot)
    return asyncio.run(scenario())


def test_sends_a_form_and_reads_the_reply(fake):
    async def send(bot):
        return await bot.send_message(chat_id=4242, text="Bonjour <b>à vous</b>", parse_mode="HTML")

    message = run_bot(fake, send)
    assert message.text == "Bonjour à vous"
    assert fake.messages_to(4242)[-1]["html"] == "Bonjour <b>à vous</b>"


def test_an_error_status_keeps_telegram_s_meaning(fake):
    fake.faults["sendMessage"] = [Fault(status=429, retry_after=7)]

    async def send(bot):
        return await bot.send_message(chat_id=4242, text="x")

    with pytest.raises(RetryAfter) as error:
        run_bot(fake, send)
    assert "7" in str(error.value)  # "Flood control exceeded. Retry in 7 seconds"


def test_a_dropped_connection_is_a_network_error(fake):
    fake.faults["sendMessage"] = [Fault(drop=True)]

    async def send(bot):
        return await bot.send_message(chat_id=4242, text="x")

    with pytest.raises(NetworkError):
        run_bot(fake, send)


def test_a_slow_reply_times_out_after_the_read_timeout(fake):
    fake.faults["sendMessage"] = [Fault(status=500, delay=2)]

    async def send(bot):
        return await bot.send_message(chat_id=4242, text="x", read_timeout=0.3)

    with pytest.raises(TimedOut):
        run_bot(fake, send)


def test_a_long_poll_may_outlast_the_read_timeout(fake):
    async def poll(bot):
        return await bot.get_updates(timeout=1, read_timeout=0.5)

    assert run_bot(fake, poll) == ()  # PTB adds the poll's timeout to the read time-out


def test_refuses_to_send_before_initialize():
    async def scenario():
        return await AiohttpRequest(pool_size=1).do_request("http://127.0.0.1:9/x", "POST")

    with pytest.raises(RuntimeError):
        asyncio.run(scenario())
