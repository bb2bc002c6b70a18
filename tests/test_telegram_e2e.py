"""End to end: the real `spie-bot run` process, a real Bot API server on loopback.

The tests act as applicants and assert on what the bot sent. The server
refuses what Telegram refuses; `no_refusals` checks nothing was refused.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from contextlib import closing

import pytest

from botprocess import start_bot

_user_ids = itertools.count(2001)
SUPERVISOR = 999


@pytest.fixture(scope="module")
def bot(fake, tmp_path_factory):
    process = start_bot(fake, tmp_path_factory.mktemp("bot"), env={"SPIE_SUPERVISORS": f"{SUPERVISOR}, 998"})
    yield process
    assert process.stop() == 0, process.log_text()
    assert fake.token not in process.log_text()


@pytest.fixture()
def user(fake):
    return fake.user(next(_user_ids))


@pytest.fixture(autouse=True)
def no_refusals(fake):
    yield
    assert fake.refused == []


def ask(fake, user, text, **kwargs):
    before = len(fake.messages_to(kwargs.get("chat", {}).get("id", user["id"])))
    fake.send_text(text, user=user, **kwargs)
    return fake.wait_for_message(kwargs.get("chat", {}).get("id", user["id"]), after=before)


def buttons(message):
    return [b for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


def rows(bot, sql, params=()):
    with closing(sqlite3.connect(bot.db_path)) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute(sql, params)]


def test_commands_are_published_in_french(bot, fake):
    names = {c["command"]: c["description"] for c in fake.commands}
    assert {"start", "themes", "aide", "contact", "apropos"} <= set(names)
    assert names["aide"] == "Comment poser une question"


def test_start_welcomes_and_offers_themes(bot, fake, user):
    message = ask(fake, user, "/start")
    assert "assistant automatique" in message["text"] and "pas une personne" in message["text"]
    titles = [b["text"] for b in buttons(message)]
    assert "Qui peut candidater" in titles and "Les dates" in titles
    assert "Conversation" not in titles


def test_answered_question_with_feedback(bot, fake, user):
    message = ask(fake, user, "quelle est la date limite ?")
    assert "lundi 11 octobre 2021 inclus" in message["text"]
    assert "<b>" in message["html"]
    labels = [b["text"] for b in buttons(message)]
    assert "👍 Utile" in labels and "👎 Pas utile" in labels
    assert any(label.startswith("↪ ") for label in labels)  # "voir aussi"
    thumbs_down = next(b for b in buttons(message) if b["text"] == "👎 Pas utile")
    fake.press(message, thumbs_down["callback_data"], user=user)
    fake.wait_for(lambda: not any(b["text"].startswith("👍") for b in buttons(fake.message(user["id"], message["message_id"]))))
    assert "améliorer" in fake.callback_answers[-1]["text"]
    still = [b["text"] for b in buttons(fake.message(user["id"], message["message_id"]))]
    assert still and all(label.startswith("↪ ") for label in still)
    query = "select * from exchanges where question = ? and entry = 'date-limite'"
    fake.wait_for(lambda: [r["feedback"] for r in rows(bot, query, ["quelle est la date limite ?"])] == [-1])
    [row] = rows(bot, query, ["quelle est la date limite ?"])
    assert row["outcome"] == "answered" and row["chat_type"] == "private"
    assert str(user["id"]) not in json.dumps(row)


def test_suggestions_can_be_picked(bot, fake, user):
    message = ask(fake, user, "éligible ?")
    assert "Vouliez-vous dire" in message["text"]
    labels = [b["text"] for b in buttons(message)]
    assert labels[-1] == "Aucune de ces questions" and 3 <= len(labels) <= 4
    first = buttons(message)[0]
    fake.press(message, first["callback_data"], user=user)
    answer = fake.wait_for_message(user["id"], after=1)
    edited = fake.message(user["id"], message["message_id"])
    assert edited["text"].startswith("Vous avez choisi : ") and "reply_markup" not in edited
    assert any(b["text"] == "👍 Utile" for b in buttons(answer))
    [row] = rows(bot, "select * from exchanges where question = 'éligible ?'")
    assert row["outcome"] == "suggested" and row["choice"] == first["callback_data"].split("|")[2]


def test_none_of_these_gives_the_fallback_and_is_recorded(bot, fake, user):
    message = ask(fake, user, "éligible ?")
    none = buttons(message)[-1]
    fake.press(message, none["callback_data"], user=user)
    fallback = fake.wait_for_message(user["id"], after=1)
    assert "05 34 45 34 45" in fallback["text"]
    fake.wait_for(lambda: rows(bot, "select choice from exchanges where id = ?",
                               [none["callback_data"].split("|")[1]]) == [{"choice": "aucune"}])


def test_unanswered_question_points_to_contacts(bot, fake, user):
    message = ask(fake, user, "Quel est le montant de la subvention ?")
    assert "pas trouvé de réponse sûre" in message["text"]
    assert "transmise à l'équipe" in message["text"] and "communication@occitanie.gouv.fr" in message["text"]
    assert rows(bot, "select outcome from exchanges where question like 'Quel est le montant%'") == [
        {"outcome": "unanswered"}]


def test_small_talk(bot, fake, user):
    message = ask(fake, user, "bonjour")
    assert message["text"].startswith("Bonjour !")
    assert buttons(message) == []


def test_user_html_never_breaks_a_message(bot, fake, user):
    message = ask(fake, user, "<b>date limite</b> & <i>")
    assert "11 octobre 2021" in message["text"]


def test_sticker_gets_a_polite_reply(bot, fake, user):
    before = len(fake.messages_to(user["id"]))
    fake.send_sticker(user=user)
    message = fake.wait_for_message(user["id"], after=before)
    assert "questions écrites" in message["text"]


def test_edited_message_is_answered_again(bot, fake, user):
    update = fake.send_text("quand est la sélection", user=user)
    fake.wait_for_message(user["id"])
    fake.edit_text(update, "qui peut candidater ?")
    second = fake.wait_for_message(user["id"], after=1)
    assert "conseil départemental" in second["text"]


def test_theme_menu_to_answer(bot, fake, user):
    menu = ask(fake, user, "/themes")
    dates = next(b for b in buttons(menu) if b["text"] == "Les dates")
    fake.press(menu, dates["callback_data"], user=user)
    fake.wait_for(lambda: "choisissez une question" in fake.message(user["id"], menu["message_id"])["text"])
    listing = fake.message(user["id"], menu["message_id"])
    question = next(b for b in buttons(listing) if "date limite" in b["text"])
    fake.press(listing, question["callback_data"], user=user)
    answer = fake.wait_for_message(user["id"], after=1)
    assert "11 octobre 2021" in answer["text"]


def test_stale_button_gets_a_friendly_notice(bot, fake, user):
    message = ask(fake, user, "bonjour")
    for data in ("s|gone|entree-supprimee", "e|entree-supprimee", "zz", "t|theme-disparu"):
        count = len(fake.callback_answers)
        fake.press(message, data, user=user)
        fake.wait_for(lambda count=count: len(fake.callback_answers) > count)
        assert "plus valable" in fake.callback_answers[-1]["text"]


def test_help_contact_about_and_unknown_command(bot, fake, user):
    assert "Comment me poser une question" in ask(fake, user, "/aide")["text"]
    assert "05 34 45 34 45" in ask(fake, user, "/contact")["text"]
    about = ask(fake, user, "/apropos")["text"]
    assert "Communiqué de presse de la préfecture" in about and "365 jours" in about
    ask(fake, user, "quelles actions sont éligibles")
    about = ask(fake, user, "/apropos")["text"]
    assert "Votre dernière réponse (« Quelles actions sont éligibles ? ») vient de" in about
    assert "relue le 23/11/2026" in about
    assert "Je ne connais pas cette commande" in ask(fake, user, "/inconnue")["text"]


def test_group_answers_only_when_addressed(bot, fake, user):
    group = fake.group_chat(-7000 - user["id"])
    fake.send_text("qui peut candidater ?", user=user, chat=group)
    mention = ask(fake, user, f"@{fake.username} qui peut candidater ?", chat=group, mention=True)
    assert "conseil départemental" in mention["text"]
    assert len(fake.messages_to(group["id"])) == 1  # the unaddressed message got nothing
    reply = ask(fake, user, "et la date limite ?", chat=group, reply_to={k: v for k, v in mention.items() if k != "html"})
    assert "11 octobre 2021" in reply["text"]
    assert len(fake.messages_to(group["id"])) == 2
    assert rows(bot, "select count(*) as n from exchanges where chat_type = 'group'") == [{"n": 2}]


def test_supervisor_commands_only_for_supervisors(bot, fake, user):
    for command in ("/stats", "/nonrepondues", "/recharger"):
        assert "Je ne connais pas cette commande" in ask(fake, user, command)["text"]
    supervisor = fake.user(SUPERVISOR, "Superviseure")
    ask(fake, user, "Combien coûte un repas au CCAS ?")
    assert "Échanges depuis le" in ask(fake, supervisor, "/stats")["text"]
    pending = ask(fake, supervisor, "/nonrepondues")["text"]
    assert "à revoir" in pending and "repas au CCAS" in pending
    assert "Base rechargée" in ask(fake, supervisor, "/recharger")["text"]


def test_very_long_message_is_cut_and_the_user_told(bot, fake, user):
    message = ask(fake, user, "Quelle est la date limite ? " + "Nous avons beaucoup de contexte. " * 300)
    assert "très long" in message["text"]
    assert "11 octobre 2021" in message["text"] or any("date limite" in b["text"] for b in buttons(message))
    [row] = rows(bot, "select question from exchanges where question like 'Quelle est la date limite ? Nous%'")
    assert len(row["question"]) == 500
