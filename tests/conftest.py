"""Shared fixtures: the real knowledge base, a fixed clock, helpers to break it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.config import Settings
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.matcher import Matcher

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(knowledge_dir=KNOWLEDGE, today=TODAY)


@pytest.fixture(scope="session")
def matcher(kb: KnowledgeBase, settings: Settings) -> Matcher:
    return Matcher(kb, settings.thresholds, settings.max_question_chars)


@pytest.fixture(scope="session")
def assistant(kb: KnowledgeBase, settings: Settings) -> Assistant:
    return Assistant(settings, kb)


@pytest.fixture(scope="module")
def fake():
    """A loopback Bot API server shared by the tests of one module."""
    from fake_telegram import FakeTelegram

    server = FakeTelegram().start()
    yield server
    server.stop()


@pytest.fixture()
def kb_copy(tmp_path: Path) -> Path:
    """A writable copy of the real knowledge base, to break in a test."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target
