"""Does a right answer survive the way applicants really type?

    python bench/robustness.py              # every perturbation, seed 1
    python bench/robustness.py --seed 7 -v  # another draw, listing what broke

Takes every in-scope question of the evaluation set that the bot answers
correctly, rewrites it as applicants would, and asks again:

- typo: one letter swapped, dropped, doubled or replaced by a neighbouring
  key (AZERTY) in one word of five letters or more;
- context: a greeting or a sentence about the applicant before the question
  ("Bonjour, je suis chargée de mission au département du Tarn, ...") and a
  courtesy formula after it ("merci beaucoup pour votre aide");
- asking: the question announced or asked for, without punctuation ("j'ai une
  question ...", "on se demandait ...", "auriez-vous des infos sur ...");
- SMS: function words and names written short (kel, esk, ds, pr, qd, CD, PE,
  ML, asso, dpt...);
- framing: discourse markers and the formulas of formal letters around the
  question ("du coup ...", "... au juste", "Je vous saurais gré de bien
  vouloir m'indiquer ...", "... Dans l'attente de votre retour, cordialement.").

For each, the share still answered correctly, offered as a suggestion,
answered WRONGLY (the worst outcome) or unanswered. The draws are seeded:
the same seed gives the same questions.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval import Case, load_cases  # noqa: E402
from eval import judge as judge_result  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402
from bot.matcher import Matcher  # noqa: E402

_KEYBOARD_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn")
GREETINGS = (
    "Bonjour, ", "Bonsoir, petite question : ", "Hello, ", "Madame, Monsieur, ", "salut ",
    "Re-bonjour, encore une question : ", "Je travaille au CCAS de Rodez. ",
    "Bonjour, nous sommes une association d'insertion dans le Gers. ",
    "Bonjour,\nnous préparons un dossier avec la mission locale.\n",
    "Bonjour, je suis chargée de mission au département du Tarn, ",
)
CLOSINGS = (
    "", " ?", " svp", " Merci !", " Merci d'avance.", " Cordialement.", " Bonne journée",
    " merci beaucoup pour votre aide",
)
ASKING = (
    "je voudrais savoir ", "pouvez-vous me dire ", "savez-vous ", "j'aimerais connaître ", "dites-moi ",
    "est-il possible de savoir ", "pourriez-vous m'indiquer ", "je cherche à savoir ",
    "auriez-vous des infos sur ", "une question svp ", "j'ai une question ", "je me demande ",
    "on se demandait ", "petite question ", "question rapide ",
)
SMS_FORMS = (
    (r"\bquand\b", "qd"), (r"\bcomment\b", "cmt"), (r"\bpourquoi\b", "pk"), (r"\bquoi\b", "koi"),
    (r"\bqui\b", "ki"), (r"\bpour\b", "pr"), (r"\bc'est\b", "c"), (r"\bquel(?:le)?s?\b", "kel"),
    (r"\best-ce que\b", "esk"), (r"\bdans\b", "ds"), (r"\bnous\b", "ns"), (r"\bvous\b", "vs"),
    (r"\bbeaucoup\b", "bcp"), (r"\bquelqu'un\b", "qqn"), (r"\bconseil d[ée]partemental\b", "CD"),
    (r"\bp[ôo]le emploi\b", "PE"), (r"\bfrance travail\b", "FT"), (r"\bmission locale\b", "ML"),
    (r"\bassociation\b", "asso"), (r"\bd[ée]partement\b", "dpt"),
    (r"\bd[ée]marches simplifi[ée]es\b", "DS"),
)
FRAMINGS = (
    ("du coup ", ""), ("en gros ", ""), ("", " au juste"), ("", " s'il vous plaît"), ("euh ", ""),
    ("par curiosité, ", ""), ("à votre avis, ", ""), ("juste pour savoir, ", ""), ("question bête : ", ""),
    ("et sinon ", ""), ("Je vous saurais gré de bien vouloir m'indiquer ", ""),
    ("Madame, Monsieur, ", " Je vous prie d'agréer mes salutations distinguées."),
    ("", " Dans l'attente de votre retour, cordialement."),
    ("", " Je reste à votre disposition pour tout complément d'information."),
    ("Je me permets de vous contacter afin de savoir ", ""), ("Par la présente, ", ""),
)
LABELS = ("correct", "suggested", "WRONG", "unanswered")


def _neighbour(letter: str, rng: random.Random) -> str:
    for row in _KEYBOARD_ROWS:
        index = row.find(letter)
        if index >= 0:
            return row[max(0, index - 1)] if rng.random() < 0.5 else row[min(len(row) - 1, index + 1)]
    return letter


def with_typo(question: str, rng: random.Random) -> str | None:
    words = re.findall(r"[A-Za-zÀ-ÿ]{5,}", question)
    if not words:
        return None
    word = rng.choice(words)
    i = rng.randrange(1, len(word) - 1)
    mistyped = rng.choice((
        word[:i] + word[i + 1] + word[i] + word[i + 2:],  # swapped
        word[:i] + word[i + 1:],  # dropped
        word[:i] + word[i] + word[i:],  # doubled
        word[:i] + _neighbour(word[i], rng) + word[i + 1:],  # neighbouring key
    ))
    return question.replace(word, mistyped, 1)


def with_context(question: str, rng: random.Random) -> str:
    return rng.choice(GREETINGS) + question + rng.choice(CLOSINGS)


def asked_for(question: str, rng: random.Random) -> str:
    return rng.choice(ASKING) + question[0].lower() + question[1:]


def framed(question: str, rng: random.Random) -> str:
    before, after = rng.choice(FRAMINGS)
    if before:
        question = question[0].lower() + question[1:]
    return before + question + after


def in_sms(question: str, rng: random.Random) -> str | None:
    rewritten = question
    for pattern, short in SMS_FORMS:
        if re.search(pattern, rewritten, flags=re.IGNORECASE) and rng.random() < 0.8:
            rewritten = re.sub(pattern, short, rewritten, flags=re.IGNORECASE)
    return rewritten if rewritten != question else None


PERTURBATIONS: dict[str, Callable[[str, random.Random], str | None]] = {
    "typo": with_typo,
    "context": with_context,
    "asking": asked_for,
    "SMS": in_sms,
    "framing": framed,
}


# bench/eval.py's labels, grouped into this table's columns.
_COLUMN_OF = {"correct": "correct", "wrong": "WRONG", "suggested_right": "suggested",
              "suggested_other": "suggested", "unanswered": "unanswered"}


def judge(matcher: Matcher, case: Case, question: str) -> str:
    """The column of `question` (a rewrite of in-scope `case`), judged as bench/eval.py does."""
    result = matcher.match(question)
    entry = result.entry.id if result.entry else None
    label = judge_result(case, result.outcome.value, entry, [c.entry.id for c in result.suggestions])
    return _COLUMN_OF[label]


def run(matcher: Matcher, cases: list[Case], seed: int) -> dict[str, tuple[Counter, list[str]]]:
    """For each perturbation: the tally, and the rewritten questions that broke."""
    answered = [c for c in cases if c.kind == "in" and judge(matcher, c, c.question) == "correct"]
    results = {}
    for name, perturb in PERTURBATIONS.items():
        rng = random.Random(seed)
        tally: Counter = Counter()
        broken = []
        for case in answered:
            question = perturb(case.question, rng)
            if question is None:
                continue
            label = judge(matcher, case, question)
            tally[label] += 1
            if label != "correct":
                broken.append(f"{label:10} {question!r} (expected: {', '.join(sorted(case.expected))})")
        results[name] = (tally, broken)
    return results


def table(results: dict[str, tuple[Counter, list[str]]]) -> str:
    lines = [f"{'perturbation':14}{'n':>6}" + "".join(f"{label:>12}" for label in LABELS)]
    for name, (tally, _) in results.items():
        total = sum(tally.values()) or 1
        lines.append(f"{name:14}{sum(tally.values()):6}"
                     + "".join(f"{100 * tally[label] / total:11.1f}%" for label in LABELS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1, help="draw of the rewrites (default 1)")
    parser.add_argument("--split", default="all", help="split of the evaluation set (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the questions that broke")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    matcher = Matcher(load_knowledge(settings.knowledge_dir), settings.thresholds)
    results = run(matcher, load_cases(split=args.split), args.seed)
    print("Questions answered correctly, rewritten as applicants type (% of each kind):")
    print(table(results))
    if args.verbose:
        for name, (_, broken) in results.items():
            print(f"\n== {name} ==")
            print("\n".join(broken) or "(none)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
