"""Checks beyond the schema, for `spie-bot kb check` and `spie-bot kb test`.

Errors make the check fail (exit 1); warnings are advice. Each finding names
the file, the line, the entry and what to do, in French.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bot.config import Thresholds
from bot.knowledge import Entry, KnowledgeBase, Problem
from bot.matcher import OTHER_REGION, OUT_OF_SCOPE, Matcher, MatchResult, Outcome
from bot.normalize import fold, is_stopword
from bot.render import Reply, build_reply, to_html

TELEGRAM_LIMIT = 4096
MIN_VARIANTS = 5
# A variant reduced to one term used by this many entries is too generic.
GENERIC_TERM_ENTRIES = 3
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass(frozen=True)
class Miss:
    """A phrasing of an entry that its own entry would not answer."""

    entry: Entry
    phrasing: str
    line: int
    outcome: str
    got: str | None
    score: float

    def problem(self) -> Problem:
        got = f"« {self.got} »" if self.got else "rien"
        what = {"answered": f"répondue par {got}", "suggested": "proposée parmi des suggestions",
                "smalltalk": f"prise pour de la conversation ({got})"}.get(self.outcome, "sans réponse")
        return Problem(self.entry.file, self.line,
                       f"la formulation « {self.phrasing} » serait {what} (score {self.score:.0f}) : "
                       "précisez-la, ou ajoutez des variantes plus proches à la bonne entrée.",
                       self.entry.id, "avertissement")


def check(kb: KnowledgeBase, thresholds: Thresholds, today: dt.date) -> list[Problem]:
    """All findings of the deep check (schema errors are raised at load time)."""
    matcher = Matcher(kb, thresholds)
    return [
        *kb.warnings,
        *_same_variant_in_two_entries(kb),
        *_answers_for_telegram(kb, today),
        *_thin_entries(kb, matcher),
        *_unused_synonyms(kb, matcher),
        *_confusions(kb, matcher),
    ]


def _confusions(kb: KnowledgeBase, matcher: Matcher) -> list[Problem]:
    """Phrasings that score higher against another entry than against the
    rest of their own (each phrasing is left out of its own entry)."""
    problems = []
    for entry in kb.questions():
        for phrasing, line in entry.phrasings_with_lines():
            ranked = matcher.rank(phrasing, exclude=phrasing)
            own = next((c.score for c in ranked if c.entry == entry), 0.0)
            rival = next((c for c in ranked if c.entry != entry), None)
            if rival is not None and rival.score > own:
                problems.append(Problem(
                    entry.file, line, f"la formulation « {phrasing} » ressemble plus à l'entrée "
                    f"« {rival.entry.id} » ({rival.score:.0f}) qu'à la sienne ({own:.0f}) : le bot les "
                    "confondrait. Reformulez-la, ou déplacez-la dans la bonne entrée.",
                    entry.id, "avertissement"))
    return problems


def self_test(kb: KnowledgeBase, matcher: Matcher) -> list[Miss]:
    """Every phrasing of every entry through the matcher: those not answered by their own entry."""
    misses = []
    for entry in kb.questions():
        for phrasing, line in entry.phrasings_with_lines():
            result = matcher.match(phrasing)
            if result.outcome is Outcome.ANSWERED and result.entry == entry:
                continue
            got = result.entry.id if result.entry else None
            misses.append(Miss(entry, phrasing, line, result.outcome.value, got, result.score))
    return misses


def _same_variant_in_two_entries(kb: KnowledgeBase) -> list[Problem]:
    owners: dict[str, list[tuple[Entry, int]]] = defaultdict(list)
    for entry in kb.entries.values():
        for phrasing, line in entry.phrasings_with_lines():
            owners[fold(phrasing)].append((entry, line))
    problems = []
    for text, places in owners.items():
        entries = {e.id for e, _ in places}
        if len(entries) < 2:
            continue
        entry, line = places[-1]
        others = ", ".join(f"« {e.id} » ({e.file}, ligne {l})" for e, l in places[:-1])
        problems.append(Problem(entry.file, line, f"la formulation « {text} » figure aussi dans {others} : "
                                "le bot ne peut pas choisir, gardez-la dans une seule entrée.", entry.id))
    return problems


def _answers_for_telegram(kb: KnowledgeBase, today: dt.date) -> list[Problem]:
    problems = []
    for entry in kb.entries.values():
        reply = build_reply(MatchResult(entry.question, Outcome.ANSWERED, entry, 100.0), kb, today)
        length = _visible_length(reply)
        if length > TELEGRAM_LIMIT:
            problems.append(Problem(entry.file, entry.line, f"réponse trop longue pour un message Telegram "
                                    f"({length} caractères, maximum {TELEGRAM_LIMIT}) : raccourcissez-la.",
                                    entry.id))
        if _HTML_TAG.search(entry.answer):
            problems.append(Problem(entry.file, entry.line, "la réponse contient une balise HTML, qui "
                                    "s'afficherait telle quelle : écrivez le gras **ainsi**, sans balise.",
                                    entry.id, "avertissement"))
    return problems


def _visible_length(reply: Reply) -> int:
    return len(html.unescape(_HTML_TAG.sub("", to_html(reply))))


def _thin_entries(kb: KnowledgeBase, matcher: Matcher) -> list[Problem]:
    problems = []
    for entry in kb.questions():
        if len(entry.variants) < MIN_VARIANTS:
            problems.append(Problem(entry.file, entry.line, f"seulement {len(entry.variants)} variante(s) : "
                                    f"ajoutez-en (au moins {MIN_VARIANTS}) comme les candidats écrivent "
                                    "(fautes, sigles, anglais...).", entry.id, "avertissement"))
        for phrasing, line in entry.phrasings_with_lines()[1:]:
            terms = set(matcher.analyzer.terms(phrasing, correct=False))
            # Question words alone ("jusqu'à quand ?") answer that very question only.
            if not terms:
                problems.append(Problem(entry.file, line, f"la variante « {phrasing} » ne contient aucun mot "
                                        "utile après simplification : ajoutez le sujet de la question.",
                                        entry.id, "avertissement"))
            elif len(terms) == 1 and matcher.entries_with(next(iter(terms))) >= GENERIC_TERM_ENTRIES:
                problems.append(Problem(entry.file, line, f"la variante « {phrasing} » se réduit à un mot "
                                        "employé par beaucoup d'autres entrées : toute question contenant ce "
                                        "mot lui ressemblerait. Précisez-la.", entry.id, "avertissement"))
    return problems


def _unused_synonyms(kb: KnowledgeBase, matcher: Matcher) -> list[Problem]:
    used = matcher.known_terms()
    problems = []
    for canonical in sorted(kb.synonyms.canonical_terms()):
        if is_stopword(canonical):
            continue
        term = matcher.analyzer.term(canonical)
        if term not in used and term not in (OTHER_REGION, OUT_OF_SCOPE):  # groups unknown to every entry on purpose
            shown = canonical.replace("_", " ")
            problems.append(Problem(str(Path(kb.directory.name) / "synonymes.yaml"), None,
                                    f"le terme « {shown} » n'apparaît dans aucune question ou variante : "
                                    "ce synonyme ne sert à rien tant qu'aucune entrée ne l'emploie.",
                                    None, "avertissement"))
    return problems

