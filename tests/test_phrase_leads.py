"""Removing stop phrases quickly must remove exactly what the expression does."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import given, settings as hsettings, strategies as st

from bot.normalize import _STOP_PHRASE_REMOVER, _STOP_PHRASES, drop_stop_phrases, fold
from bot.phrase_leads import PhraseRemover

ROOT = Path(__file__).resolve().parent.parent


def test_the_stop_phrases_are_read_whole():
    """Otherwise every text silently goes through the slow expression."""
    assert _STOP_PHRASE_REMOVER.complete


def test_a_phrase_is_told_by_its_first_three_words():
    assert drop_stop_phrases("dans le cas ou on candidate") == "  on candidate"
    assert drop_stop_phrases("dans le dossier on candidate") == "dans le dossier on candidate"
    assert drop_stop_phrases("je me demandais qui candidate") == "  qui candidate"
    assert drop_stop_phrases("merci par avance") == " "


def _every_written_text() -> list[str]:
    """The base's phrasings and the evaluation's questions, folded."""
    texts = []
    for path in sorted((ROOT / "knowledge").glob("*.yaml")):
        for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("entrees", []) or []:
            texts += [entry.get("question", ""), *(entry.get("variantes") or [])]
    evaluation = yaml.safe_load((ROOT / "bench" / "eval_set.yaml").read_text(encoding="utf-8"))
    texts += [item["q"] for split in evaluation.values() for item in split]
    return [fold(text) for text in texts if isinstance(text, str)]


def test_same_result_as_the_expression_on_every_written_text():
    texts = _every_written_text()
    assert len(texts) > 3000
    changed = 0
    for text in texts:
        expected = _STOP_PHRASES.sub(" ", text)
        assert drop_stop_phrases(text) == expected, text
        changed += expected != text
    assert changed > 150  # the comparison covers texts that hold phrases


def _opening_words(lead: tuple[str, ...]) -> str:
    return " ".join(word.replace("*", "ait") for word in lead)


LEADS = sorted(_STOP_PHRASE_REMOVER._singles) + sorted(
    _opening_words(lead) for lead in _STOP_PHRASE_REMOVER._pairs | _STOP_PHRASE_REMOVER._triples
)
WORDS = st.sampled_from(["le", "dossier", "que", "vous", "a", "de", "quand", "on", "est", "ce", "merci"])


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LEADS), WORDS), max_size=10))
def test_same_result_as_the_expression_around_opening_words(pieces):
    text = " ".join(pieces)
    assert drop_stop_phrases(text) == _STOP_PHRASES.sub(" ", text)


def test_other_spacing_and_other_patterns_fall_back_to_the_expression():
    assert drop_stop_phrases(" du  coup,  qui ") == _STOP_PHRASES.sub(" ", " du  coup,  qui ")
    not_whole_words = PhraseRemover(re.compile(r"coup|qui"))
    assert not not_whole_words.complete
    assert not_whole_words.sub("du coup qui") == "du" + 4 * " "
    open_first_word = PhraseRemover(re.compile(r"(?<!\S)(?:demand\w* si)(?!\S)"))
    assert not open_first_word.complete
    assert open_first_word.sub("je demandais si oui") == "je   oui"
