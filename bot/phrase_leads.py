"""Removing whole-word phrases of a long alternation, quickly.

`normalize.drop_stop_phrases` removes hundreds of phrases ("est-ce que",
"merci d'avance", "je me demandais"...) written as one regular expression
over folded text. Python's engine tries the whole alternation at every word,
and at load time it runs on each of the 100,000 phrasings of a large base:
that alone took longer than the rest of the folding. Yet nearly no phrasing
holds such a phrase.

`PhraseRemover` reads, once, the first words every phrase can open with
(up to `DEPTH` of them: "dans le cas ou" opens with "dans le cas", not with
"dans le", which most texts hold). A text none of whose words open a phrase
is returned as it is after a few set operations; in the others the
expression is tried only where a phrase may open. The result is exactly the
expression's `sub`: when the pattern is not of the shape this reads (see
`_leads`), every text simply goes through `sub`.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Iterable, Sequence

try:  # the standard library's own parser of regular expressions
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # pragma: no cover - another Python: plain `sub`
    sre = sre_parse = None

# How many opening words tell a phrase apart.
DEPTH = 3
# A word of which only the beginning is fixed ("demand" for "demand\w*").
_ANY_END = "*"
_SPACE = ord(" ")
# At most this many repetitions of a group are followed (each adds a word).
_MAX_REPEATS = DEPTH

Lead = tuple[str, ...]
# While reading the pattern: the words completed so far, and the word begun.
_State = tuple[Lead, str]


class _Unsupported(Exception):
    """A construct this reading does not follow: fall back to `sub`."""


class PhraseRemover:
    """`pattern.sub(replacement, text)`, trying the pattern only where a
    phrase may open.

    `pattern` must match whole words of text whose words are separated by
    single spaces: `(?<!\\S)(?:phrase|phrase...)(?!\\S)`, each phrase made
    of literal words, alternatives, optional or repeated groups, letter sets,
    look-arounds and `\\w*` word endings.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        leads = _leads(pattern)
        self.complete = leads is not None
        leads = leads or set()
        opened = {lead for lead in leads if any(word.endswith(_ANY_END) for word in lead)}
        exact = leads - opened
        self._singles = frozenset(lead[0] for lead in exact if len(lead) == 1)
        self._pairs = frozenset(lead for lead in exact if len(lead) == 2)
        self._triples = frozenset(lead for lead in exact if len(lead) == 3)
        # Leads with an open word, by their first word (never open: see `_leads`).
        self._open: dict[str, list[Lead]] = {}
        for lead in opened:
            self._open.setdefault(lead[0], []).append(lead)
        # The fixed beginnings of open words ("demand"): a text holds one of
        # them wherever such a lead fits (substring search, in C).
        self._open_beginnings = tuple({word[:-1] for lead in opened for word in lead if word.endswith(_ANY_END)})

    def sub(self, text: str, replacement: str = " ") -> str:
        """The text with every phrase replaced, as `pattern.sub` would."""
        if not self.complete:
            return self.pattern.sub(replacement, text)
        words = text.split()
        if not self._may_hold(text, words):
            return text
        if text != " ".join(words):  # other spacing: offsets below would be wrong
            return self.pattern.sub(replacement, text)
        pieces: list[str] = []
        end = start = 0
        for i, word in enumerate(words):
            if start >= end and self._opens_at(words, i):
                found = self.pattern.match(text, start)
                if found:
                    pieces += (text[end:start], replacement)
                    end = found.end()
            start += len(word) + 1
        if not pieces:
            return text
        pieces.append(text[end:])
        return "".join(pieces)

    def _may_hold(self, text: str, words: list[str]) -> bool:
        """False when no phrase can open at any of `words` (set operations
        and substring searches, in C)."""
        if not (self._singles.isdisjoint(words) and self._pairs.isdisjoint(pairwise(words))
                and self._triples.isdisjoint(zip(words, words[1:], words[2:], strict=False))):
            return True
        if self._open.keys().isdisjoint(words) or not any(part in text for part in self._open_beginnings):
            return False
        return any(self._opens_open_lead(words, i) for i, word in enumerate(words) if word in self._open)

    def _opens_at(self, words: list[str], i: int) -> bool:
        return (words[i] in self._singles or tuple(words[i : i + 2]) in self._pairs
                or tuple(words[i : i + 3]) in self._triples or self._opens_open_lead(words, i))

    def _opens_open_lead(self, words: list[str], i: int) -> bool:
        return any(_fits(lead, words[i : i + len(lead)]) for lead in self._open.get(words[i], ()))


def _fits(lead: Lead, words: Sequence[str]) -> bool:
    return len(words) == len(lead) and all(
        word == wanted or (wanted.endswith(_ANY_END) and word.startswith(wanted[:-1]))
        for wanted, word in zip(lead, words, strict=True)
    )


def _leads(pattern: re.Pattern[str]) -> set[Lead] | None:
    """The first `DEPTH` words (fewer where the phrase is shorter) of every
    phrase the pattern matches, or None if it cannot tell."""
    if sre_parse is None:
        return None
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags).data)
        if len(items) < 3 or not (_is_word_edge(items[0], -1) and _is_word_edge(items[-1], 1)):
            raise _Unsupported("not a whole-word pattern")
        states = _follow(items[1:-1], {((), "")})
    except (_Unsupported, re.error, TypeError, ValueError):
        return None
    leads = {words + ((begun,) if begun else ()) for words, begun in states}
    if not leads or any(not lead or _ANY_END in lead[0] for lead in leads):
        return None  # an empty phrase, or one whose first word is open
    return leads


def _is_word_edge(item: tuple, direction: int) -> bool:
    """`(?<!\\S)` (direction -1) or `(?!\\S)` (1)."""
    op, argument = item
    return (op is sre.ASSERT_NOT and argument[0] == direction
            and list(argument[1]) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_NOT_SPACE)])])


def _follow(items: Iterable[tuple], states: set[_State]) -> set[_State]:
    """The states after reading `items` from each of `states`."""
    for op, argument in items:
        done = {state for state in states if len(state[0]) >= DEPTH}
        going = states - done
        if not going:
            return states
        if op is sre.BRANCH:
            states = done.union(*(_follow(branch, going) for branch in argument[1]))
        elif op is sre.SUBPATTERN:
            states = done | _follow(argument[-1], going)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            states = done | _repeat(argument, going)
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # reads no character: the leads stay a necessary condition
        elif op is sre.LITERAL:
            states = done | _add_chars((argument,), going)
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in argument):
            states = done | _add_chars([char for _, char in argument], going)
        else:
            raise _Unsupported(op)
    return states


def _repeat(argument: tuple, states: set[_State]) -> set[_State]:
    low, high, items = argument
    if list(items) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]:  # \w*, \w+: an open word
        opened = {(words, begun if begun.endswith(_ANY_END) else begun + _ANY_END) for words, begun in states}
        return opened | (states if low == 0 else set())
    result = set(states) if low == 0 else set()
    current = states
    for count in range(1, _MAX_REPEATS + 1):
        current = _follow(items, current)
        if count >= low:
            result |= current
        if count >= high:
            return result
    if any(len(words) < DEPTH for words, _ in current):
        raise _Unsupported("a long repetition within the leading words")
    return result | current  # more repetitions leave the leading words as they are


def _add_chars(chars: Sequence[int], states: set[_State]) -> set[_State]:
    result: set[_State] = set()
    for words, begun in states:
        for char in chars:
            if char == _SPACE:
                result.add((words + (begun,), ""))
            elif begun.endswith(_ANY_END):  # "remerci\w*s": the end stays open
                result.add((words, begun))
            else:
                result.add((words, begun + chr(char)))
    return result
