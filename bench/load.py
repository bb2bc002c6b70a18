"""Load: the real `spie-bot run` process under a burst of questions.

    python bench/load.py                    # 100 users x 10 questions
    python bench/load.py --users 5 --per-user 2

Starts the loopback Bot API server of the end-to-end tests and the real bot
pointed at it, then 100 simulated users each ask 10 questions (all users at
once; each asks its next question the moment its reply arrives). The users
are driven from the server's replies, not by a thread each, so that the
benchmark's own process does not compete with the bot for the CPU.
Reports: every message answered, every exchange logged, throughput
(messages/s) and reply latency (median, p99) from the update being available
to the reply arriving, and the service time (from the bot fetching the
update to its reply).
Target: every message answered and logged, p99 reply under 250 ms.

Telegram's own cap (30 messages/s, kept by the bot's rate limiter) is lifted
here with SPIE_SEND_RATE so that the bot itself is measured, not the cap.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from botprocess import start_bot  # noqa: E402
from fake_telegram import FakeTelegram  # noqa: E402

RESULTS = Path(__file__).with_name("results")


def questions() -> list[str]:
    import yaml

    data = yaml.safe_load((Path(__file__).with_name("eval_set.yaml")).read_text(encoding="utf-8"))
    return [item["q"] for split in data.values() for item in split]


def run(users: int, per_user: int, seed: int = 1) -> dict:
    pool = questions()
    rng = random.Random(seed)
    fake = FakeTelegram().start()
    sessions = {10_000 + i: [rng.choice(pool) for _ in range(per_user)] for i in range(users)}
    asked_at: dict[int, tuple[float, int]] = {}  # chat -> (pushed, update id) of its open question
    latencies: list[float] = []
    service: list[float] = []
    done = threading.Event()
    expected = users * per_user

    def ask_next(chat_id: int) -> None:
        if sessions[chat_id]:
            pushed = time.monotonic()
            update = fake.send_text(sessions[chat_id].pop(0), user=fake.user(chat_id))
            asked_at[chat_id] = (pushed, update["update_id"])

    def on_reply(message: dict) -> None:
        # Runs in the fake server's thread: each user asks again as soon as
        # it is answered, with no thread per user to compete with the bot.
        chat_id = message["chat"]["id"]
        if chat_id not in asked_at:  # a second message for one question: not a new reply
            return
        pushed, update_id = asked_at.pop(chat_id)
        latencies.append((message["received"] - pushed) * 1000)
        service.append((message["received"] - fake.delivered[update_id]) * 1000)
        if len(latencies) == expected:
            done.set()
        ask_next(chat_id)

    with tempfile.TemporaryDirectory() as tmp:
        bot = start_bot(fake, Path(tmp), env={"SPIE_SEND_RATE": "100000", "SPIE_USER_RATE_LIMIT": "1000"})
        fake.on_message = on_reply
        started = time.monotonic()
        with fake.all_at_once():  # the bot sees the whole first wave together
            for chat_id in sessions:
                ask_next(chat_id)
        done.wait(timeout=30 + expected / 10)
        elapsed = time.monotonic() - started
        exit_code = bot.stop()
        with sqlite3.connect(bot.db_path) as db:
            logged = db.execute("select count(*) from exchanges where channel = 'telegram'").fetchone()[0]
    fake.stop()
    total = users * per_user
    ordered = sorted(latencies)
    served = sorted(service)
    return {
        "service_median_ms": round(statistics.median(served), 1),
        "service_p99_ms": round(_p99(served), 1),
        "users": users, "questions": total, "answered": len(latencies), "logged": logged,
        "refused": len(fake.refused), "exit_code": exit_code,
        "throughput": round(total / elapsed, 1),
        "median_ms": round(statistics.median(ordered), 1),
        "p99_ms": round(_p99(ordered), 1),
        "latencies": ordered,
    }


def _p99(ordered: list[float]) -> float:
    return ordered[min(len(ordered) - 1, int(0.99 * (len(ordered) - 1) + 0.5))]


def report(result: dict) -> str:
    ok = result["answered"] == result["questions"] == result["logged"] and not result["refused"]
    return "\n".join([
        f"{'users':>6} {'questions':>10} {'answered':>9} {'logged':>7} {'msg/s':>7} "
        f"{'reply median ms':>16} {'reply p99 ms':>13} {'service median ms':>18} {'service p99 ms':>15}",
        f"{result['users']:>6} {result['questions']:>10} {result['answered']:>9} {result['logged']:>7} "
        f"{result['throughput']:>7} {result['median_ms']:>16} {result['p99_ms']:>13} "
        f"{result['service_median_ms']:>18} {result['service_p99_ms']:>15}",
        "reply: from the question being available to Telegram to the reply; service: from the "
        "bot fetching the update to its reply (queueing in the burst excluded).",
        f"every message answered and logged: {'yes' if ok else 'NO'}; "
        f"p99 reply < 250 ms: {'yes' if result['p99_ms'] < 250 else 'NO'}; bot exit code {result['exit_code']}",
    ])


def chart(result: dict, path: Path) -> None:
    from charts import chart as new_chart

    with new_chart(path) as ax:
        ax.hist(result["latencies"], bins=40)
        ax.axvline(result["p99_ms"], color="red", linestyle="--", label=f"p99 {result['p99_ms']} ms")
        ax.set_xlabel("reply latency (ms)")
        ax.set_ylabel("questions")
        ax.set_title(f"{result['questions']} questions from {result['users']} users, loopback Bot API")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--per-user", type=int, default=10)
    parser.add_argument("--no-chart", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.users, args.per_user)
    print(report(result))
    if not args.no_chart:
        chart(result, RESULTS / "load.png")
        print(f"chart: {RESULTS / 'load.png'}")
    return 0 if result["answered"] == result["questions"] == result["logged"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
