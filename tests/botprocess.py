"""Start the real `spie-bot run` process against the loopback Bot API server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from conftest import KNOWLEDGE
from fake_telegram import FakeTelegram


@dataclass
class BotProcess:
    process: subprocess.Popen
    log_path: Path
    data_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / "spie-bot.db"

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self, timeout: float = 20) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode


def start_bot(fake: FakeTelegram, tmp: Path, *args: str, env: dict | None = None) -> BotProcess:
    data_dir = tmp / "data"
    log_path = tmp / "bot.log"
    full_env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "SPIE_KNOWLEDGE_DIR": str(KNOWLEDGE),
        "SPIE_DATA_DIR": str(data_dir),
        "SPIE_TODAY": "2026-11-23",
        "PYTHONUNBUFFERED": "1",
        **(env or {}),
    }
    log_file = open(log_path, "w", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", *args], env=full_env, stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    log_file.close()
    bot = BotProcess(process, log_path, data_dir)
    try:
        fake.wait_for(lambda: fake.commands is not None or process.poll() is not None, timeout=30)
    except AssertionError:
        bot.stop()
        raise AssertionError("the bot did not start:\n" + bot.log_text()) from None
    if process.poll() is not None:
        raise AssertionError("the bot exited at start:\n" + bot.log_text())
    return bot
