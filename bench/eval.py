"""Answer quality on the evaluation set, our matcher beside a naive baseline.

    python bench/eval.py                  # both splits, summary table
    python bench/eval.py --split dev -v   # also list every miss

In-scope questions are counted as correct (answered by an expected entry),
suggested (offered choices), wrong (answered by another entry: the worst
outcome) or unanswered. Out-of-scope questions should be unanswered; small
talk should be recognised.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.knowledge import KnowledgeBase, load_knowledge  # noqa: E402
from bot.matcher import Matcher, Outcome  # noqa: E402

EVAL_SET = Path(__file__).with_name("eval_set.yaml")
OUT_OF_SCOPE = "hors-sujet"
SMALLTALK = "conversation"
# The naive bot answers when WRatio reaches this score.
NAIVE_CUTOFF = 70


@dataclass(frozen=True)
class Case:
    question: str
    expected: frozenset[str]
    split: str

    @property
    def kind(self) -> str:
        if OUT_OF_SCOPE in self.expected:
            return "out"
        if SMALLTALK in self.expected:
            return "smalltalk"
        return "in"


@dataclass
class Tally:
    cases: dict[str, int] = field(default_factory=lambda: {"in": 0, "out": 0, "smalltalk": 0})
    counts: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, label: str) -> None:
        self.counts[label] = self.counts.get(label, 0) + 1

    def pct(self, label: str, kind: str) -> float:
        total = self.cases[kind]
        return 100.0 * self.counts.get(label, 0) / total if total else 0.0


def load_cases(path: Path = EVAL_SET, split: str = "all") -> list[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = []
    for name, items in data.items():
        if split not in ("all", name):
            continue
        for item in items:
            expected = item["attendu"]
            expected = [expected] if isinstance(expected, str) else expected
            cases.append(Case(str(item["q"]), frozenset(expected), name))
    return cases


def judge(case: Case, outcome: str, entry: str | None, suggestions: list[str]) -> str:
    """The label of one result: correct, suggested, wrong, unanswered..."""
    if case.kind == "out":
        return "out_answered" if outcome in ("answered", "smalltalk") else "out_ok"
    if case.kind == "smalltalk":
        return "smalltalk_ok" if outcome == "smalltalk" else "smalltalk_missed"
    if outcome == "answered":
        return "correct" if entry in case.expected else "wrong"
    if outcome == "suggested":
        return "suggested_right" if case.expected & set(suggestions) else "suggested_other"
    if outcome == "smalltalk":
        return "wrong"
    return "unanswered"


def run_ours(cases: list[Case], matcher: Matcher) -> Tally:
    tally = Tally()
    for case in cases:
        result = matcher.match(case.question)
        suggestions = [c.entry.id for c in result.suggestions]
        entry = result.entry.id if result.entry else None
        label = judge(case, result.outcome.value, entry, suggestions)
        _record(tally, case, label, f"{result.outcome.value} {entry or suggestions} ({result.score})")
    return tally


def run_naive(cases: list[Case], kb: KnowledgeBase) -> Tally:
    """rapidfuzz extractOne with WRatio over the canonical questions."""
    choices = {entry.id: entry.question for entry in kb.entries.values()}
    tally = Tally()
    for case in cases:
        found = process.extractOne(
            case.question, choices, scorer=fuzz.WRatio, processor=utils.default_process,
            score_cutoff=NAIVE_CUTOFF,
        )
        if found is None:
            outcome, entry = "unanswered", None
        else:
            entry = found[2]
            outcome = "smalltalk" if kb.entries[entry].smalltalk else "answered"
        label = judge(case, outcome, entry, [])
        _record(tally, case, label, f"{outcome} {entry}")
    return tally


def _record(tally: Tally, case: Case, label: str, detail: str) -> None:
    tally.cases[case.kind] += 1
    tally.add(label)
    if label not in ("correct", "out_ok", "smalltalk_ok"):
        tally.misses.append(f"[{label}] {case.question!r} -> {detail}; attendu {sorted(case.expected)}")


ROWS = (
    ("in-scope: correct answer", "correct", "in"),
    ("in-scope: suggestions (right one offered)", "suggested_right", "in"),
    ("in-scope: suggestions (right one missing)", "suggested_other", "in"),
    ("in-scope: WRONG answer", "wrong", "in"),
    ("in-scope: unanswered", "unanswered", "in"),
    ("out-of-scope: wrongly answered", "out_answered", "out"),
    ("small talk recognised", "smalltalk_ok", "smalltalk"),
)


def table(results: dict[str, Tally]) -> str:
    names = list(results)
    first = next(iter(results.values()))
    lines = [
        f"questions: {first.cases['in']} in scope, {first.cases['out']} out of scope, "
        f"{first.cases['smalltalk']} small talk",
        f"{'':45}" + "".join(f"{name:>14}" for name in names),
    ]
    for title, label, kind in ROWS:
        lines.append(f"{title:45}" + "".join(f"{results[n].pct(label, kind):13.1f}%" for n in names))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--knowledge", type=Path, help="knowledge directory")
    args = parser.parse_args(argv)

    settings = Settings.from_env()
    kb = load_knowledge(args.knowledge or settings.knowledge_dir)
    matcher = Matcher(kb, settings.thresholds, settings.max_question_chars)
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    for split in splits:
        cases = load_cases(split=split)
        results = {"ours": run_ours(cases, matcher), "naive WRatio": run_naive(cases, kb)}
        print(f"\n== {split} ==")
        print(table(results))
        if args.verbose:
            print("\nmisses (ours):")
            print("\n".join("  " + m for m in results["ours"].misses) or "  none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
