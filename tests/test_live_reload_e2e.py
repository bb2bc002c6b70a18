"""Live reload with the real bot: a good edit is served, a bad one never is."""

from __future__ import annotations

import pytest

from botprocess import start_bot
from fake_telegram import FakeTelegram

STAFF_CHAT = -4242


@pytest.fixture()
def setup(kb_copy, tmp_path):
    fake = FakeTelegram().start()
    bot = start_bot(fake, tmp_path, env={
        "SPIE_KNOWLEDGE_DIR": str(kb_copy), "SPIE_RELOAD_INTERVAL": "0.5",
        "SPIE_STAFF_CHAT_ID": str(STAFF_CHAT),
    })
    yield fake, bot, kb_copy
    assert bot.stop() == 0, bot.log_text()
    fake.stop()


def ask(fake, user_id, text):
    before = len(fake.messages_to(user_id))
    fake.send_text(text, user=fake.user(user_id))
    return fake.wait_for_message(user_id, after=before)["text"]


def test_edits_are_picked_up_and_bad_edits_never_served(setup):
    fake, bot, kb = setup
    question = "la porte est-elle encore entrouverte ?"  # unknown to the base until the edit
    assert "11 octobre 2021" not in ask(fake, 501, question)
    path = kb / "calendrier.yaml"
    good = path.read_text(encoding="utf-8").replace(
        "      - deadline\n", "      - deadline\n      - la porte est-elle encore entrouverte\n")
    path.write_text(good, encoding="utf-8")
    staff = fake.wait_for_message(STAFF_CHAT)
    assert "rechargée" in staff["text"]
    assert "11 octobre 2021" in ask(fake, 501, question)

    path.write_text(good.replace("    reponse: |\n      Date limite", "    reponse: |\nDate limite", 1),
                    encoding="utf-8")
    alert = fake.wait_for_message(STAFF_CHAT, after=1)
    assert "invalide" in alert["text"] and "calendrier.yaml, ligne" in alert["text"]
    assert "11 octobre 2021" in ask(fake, 502, question)  # still the last good version
    assert "INVALIDE" in bot.log_text()
    assert len(fake.messages_to(STAFF_CHAT)) == 2  # reported once, not at every poll
    assert fake.refused == []
