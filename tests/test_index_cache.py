"""The on-disk index cache: faster restarts, never a wrong or stale base."""

import dataclasses

from bot import index_cache
from bot.config import Settings
from bot.matcher import Outcome
from conftest import KNOWLEDGE


def settings_for(directory, data):
    return Settings(knowledge_dir=directory, db_path=data / "spie-bot.db")


def test_second_load_comes_from_the_cache_and_answers_the_same(tmp_path):
    settings = settings_for(KNOWLEDGE, tmp_path)
    first = index_cache.load_matcher(settings)
    [cached] = list(index_cache.cache_dir(settings).glob("index-*.pickle"))
    second = index_cache.load_matcher(settings)
    assert second is not first and second.kb.version == first.kb.version
    assert second.match("date limite").entry.id == "date-limite"
    assert cached.exists()


def test_an_edit_invalidates_the_cache(tmp_path, kb_copy):
    settings = settings_for(kb_copy, tmp_path)
    before = index_cache.load_matcher(settings)
    path = kb_copy / "calendrier.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "      - deadline\n", "      - deadline\n      - fin des candidatures quand exactement\n"), encoding="utf-8")
    after = index_cache.load_matcher(settings)
    assert after.kb.version != before.kb.version
    assert "fin des candidatures quand exactement" in after.kb.entries["date-limite"].variants


def test_two_folders_with_the_same_files_keep_their_own_directory(tmp_path, kb_copy):
    data = tmp_path / "data"
    real = index_cache.load_matcher(settings_for(KNOWLEDGE, data))
    copy = index_cache.load_matcher(settings_for(kb_copy, data))
    assert real.kb.version == copy.kb.version
    assert copy.kb.directory == kb_copy and real.kb.directory == KNOWLEDGE


def test_a_damaged_cache_is_rebuilt_and_thresholds_follow_the_settings(tmp_path):
    settings = settings_for(KNOWLEDGE, tmp_path)
    index_cache.load_matcher(settings)
    [cached] = list(index_cache.cache_dir(settings).glob("index-*.pickle"))
    cached.write_bytes(b"not a pickle")
    strict = dataclasses.replace(settings, thresholds=dataclasses.replace(settings.thresholds, answer=100, suggest=100))
    question = "on saura quand si notre dossier est retenu ?"  # answered, below 100
    assert index_cache.load_matcher(settings).match(question).outcome is Outcome.ANSWERED
    matcher = index_cache.load_matcher(strict)
    assert matcher.thresholds.answer == 100
    assert matcher.match(question).outcome is not Outcome.ANSWERED
