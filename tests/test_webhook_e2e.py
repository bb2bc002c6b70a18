"""Webhook mode: Telegram posts updates to the bot, with the secret header."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest

from botprocess import start_bot
from fake_telegram import FakeTelegram, free_port

SECRET = "secret-de-test_123"


@pytest.fixture(scope="module")
def webhook_bot(fake, tmp_path_factory):
    port = free_port()
    process = start_bot(fake, tmp_path_factory.mktemp("webhook"), "--webhook", env={
        "PORT": str(port), "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram", "WEBHOOK_SECRET": SECRET,
    })
    fake.wait_for(lambda: fake.webhook is not None)
    yield process, port
    assert process.stop() == 0, process.log_text()


def post(port: int, update: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(f"http://127.0.0.1:{port}/telegram", data=json.dumps(update).encode(),
                                     headers=headers, method="POST")
    deadline = time.monotonic() + 10
    while True:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except urllib.error.URLError:  # server still starting
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def update(fake: FakeTelegram, update_id: int, text: str) -> dict:
    user = fake.user(3001)
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": int(time.time()), "chat": fake.private_chat(3001),
        "from": user, "text": text}}


def test_webhook_is_registered_with_the_secret(webhook_bot, fake):
    _, port = webhook_bot
    assert fake.webhook["url"] == f"http://127.0.0.1:{port}/telegram"
    assert fake.webhook["secret_token"] == SECRET


def test_update_with_the_right_secret_is_answered(webhook_bot, fake):
    _, port = webhook_bot
    assert post(port, update(fake, 90001, "date limite"), SECRET) == 200
    message = fake.wait_for_message(3001)
    assert "11 octobre 2021" in message["text"]
    assert fake.refused == []


@pytest.mark.parametrize("secret", ["mauvais", None])
def test_wrong_or_missing_secret_is_rejected(webhook_bot, fake, secret):
    _, port = webhook_bot
    before = len(fake.sent)
    assert post(port, update(fake, 90002, "bonjour"), secret) == 403
    time.sleep(0.5)
    assert len(fake.sent) == before
