"""An on-disk cache of the validated, indexed knowledge base.

Parsing YAML and indexing every phrasing is the slow part of a start (several
seconds for 10,000 entries). The result depends only on the files'
content and on this code, so it is pickled under a key made of both; the next
start, or a reload of unchanged files, takes it from disk. The cache lives in
the data directory, written by the bot itself; a damaged or stale file is
simply rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from functools import lru_cache
from pathlib import Path

from bot.bulk import collector_paused
from bot.config import Settings
from bot.knowledge import directory_version, load_knowledge
from bot.matcher import Matcher

log = logging.getLogger(__name__)

_CODE = ("knowledge.py", "matcher.py", "normalize.py", "dates.py", "yaml_lines.py", "index_cache.py")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the modules whose objects are pickled: any change invalidates the cache."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in _CODE:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:12]


def cache_dir(settings: Settings) -> Path:
    return settings.db_path.parent / "cache"


def load_matcher(settings: Settings) -> Matcher:
    """The matcher (and its knowledge base) for the configured directory.

    Raises KnowledgeError like `load_knowledge` when the files are invalid.
    """
    version = directory_version(settings.knowledge_dir)
    # The base remembers its directory (write-back goes there): two folders
    # with the same files must not share a cached index.
    place = hashlib.sha256(str(Path(settings.knowledge_dir).resolve()).encode()).hexdigest()[:8]
    path = cache_dir(settings) / f"index-{code_version()}-{version}-{place}.pickle"
    matcher = _read(path) if version else None
    if matcher is None:
        matcher = Matcher(load_knowledge(settings.knowledge_dir), settings.thresholds,
                          settings.max_question_chars)
        if version == matcher.kb.version:
            _write(path, matcher)
    matcher.thresholds = settings.thresholds
    matcher.max_chars = settings.max_question_chars
    return matcher


def _read(path: Path) -> Matcher | None:
    if not path.exists():
        return None
    try:
        with path.open("rb") as handle, collector_paused():
            matcher = pickle.load(handle)
        return matcher if isinstance(matcher, Matcher) else None
    except Exception:  # damaged or from another version: rebuild
        log.warning("Cache d'index illisible (%s) : reconstruction.", path.name)
        return None


def _write(path: Path, matcher: Matcher) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            pickle.dump(matcher, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for old in path.parent.glob("index-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as error:  # a read-only disk only costs speed
        log.warning("Cache d'index non écrit (%s) : %s", path.parent, error)
