"""Answer quality on the evaluation set: our matcher beside two baselines.

    python bench/eval.py                  # both splits, summary tables
    python bench/eval.py --split dev -v   # also list every miss of ours

Baselines, on the same knowledge base and questions:
- naive: rapidfuzz extractOne + WRatio over the canonical questions;
- BM25: bm25s over every phrasing (question + variants), French stop words
  and Snowball stemming, top phrasing's entry answered above a cutoff.

In-scope questions are counted as correct (answered by an expected entry),
suggested (offered choices), wrong (answered by another entry: the worst
outcome) or unanswered. Out-of-scope questions should be unanswered; small
talk should be recognised.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bot.config import Settings  # noqa: E402
from bot.knowledge import KnowledgeBase, load_knowledge  # noqa: E402
from bot.matcher import Matcher  # noqa: E402
from bot.normalize import fold, split_words  # noqa: E402

EVAL_SET = Path(__file__).with_name("eval_set.yaml")
# The splits of the evaluation set, in the order of the file.
SPLITS = ("dev", "test", "holdout", "reglage2", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63", "holdout64", "holdout65", "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75", "holdout76", "holdout77", "holdout78", "holdout79", "holdout80", "holdout81", "holdout82", "holdout83", "holdout84", "holdout85", "holdout86", "holdout87", "holdout88", "holdout89", "holdout90", "holdout91", "holdout92", "holdout93", "holdout94", "holdout95", "holdout96", "holdout97", "holdout98", "holdout99", "holdout100", "holdout101", "holdout102", "holdout103", "holdout104", "holdout105", "holdout106", "holdout107", "holdout108", "holdout109", "holdout110", "holdout111", "holdout112", "holdout113", "holdout114", "holdout115", "holdout116", "holdout117", "holdout118", "holdout119", "holdout120", "holdout121", "holdout122", "holdout123", "holdout124", "holdout125", "holdout126", "holdout127", "holdout128", "holdout129", "holdout130", "holdout131", "holdout132", "holdout133", "holdout134", "holdout135", "holdout136", "holdout137", "holdout138", "holdout139", "holdout140", "holdout141", "holdout142", "holdout143", "holdout144", "holdout145", "holdout146", "holdout147", "holdout148", "holdout149", "holdout150", "holdout151", "holdout152", "holdout153", "holdout154", "holdout155", "holdout156", "holdout157", "holdout158", "holdout159", "holdout160", "holdout161", "holdout162", "holdout163", "holdout164", "holdout165", "holdout166", "holdout167", "holdout168", "holdout169", "holdout170", "holdout171", "holdout172", "holdout173", "holdout174", "holdout175", "holdout176", "holdout177", "holdout178", "holdout179", "holdout180", "holdout181", "holdout182", "holdout183", "holdout184", "holdout185", "holdout186", "holdout187", "holdout188", "holdout189", "holdout190", "holdout191", "holdout192", "holdout193", "holdout194", "holdout195", "holdout196", "holdout197", "holdout198", "holdout199", "holdout200", "holdout201", "holdout202", "holdout203", "holdout204", "holdout205", "holdout206", "holdout207", "holdout208", "holdout209", "holdout210", "holdout211", "holdout212", "holdout213", "holdout214", "holdout215", "holdout216", "holdout217", "holdout218", "holdout219", "holdout220", "holdout221", "holdout222", "holdout223", "holdout224", "holdout225", "holdout226", "holdout227", "holdout228", "holdout229", "holdout230", "holdout231", "holdout232", "holdout233", "holdout234", "holdout235", "holdout236", "holdout237", "holdout238", "holdout239", "holdout240", "holdout241", "holdout242", "holdout243", "holdout244", "holdout245", "holdout246", "holdout247", "holdout248", "holdout249", "holdout250", "holdout251", "holdout252", "holdout253", "holdout254", "holdout255", "holdout256", "holdout257", "holdout258", "holdout259", "holdout260", "holdout261", "holdout262", "holdout263", "holdout264", "holdout265", "holdout266", "holdout267", "holdout268", "holdout269", "holdout270", "holdout271", "holdout272", "holdout273", "holdout274", "holdout275", "holdout276", "holdout277", "holdout278", "holdout279", "holdout280", "holdout281", "holdout282", "holdout283", "holdout284", "holdout285", "holdout286", "holdout287", "holdout288", "holdout289", "holdout290", "holdout291", "holdout292", "holdout293", "holdout294", "holdout295", "holdout296", "holdout297", "holdout298", "holdout299", "holdout300", "holdout301", "holdout302", "holdout303", "holdout304", "holdout305", "holdout306", "holdout307", "holdout308", "holdout309", "holdout310", "holdout311", "holdout312", "holdout313", "holdout314", "holdout315", "holdout316", "holdout317", "holdout318", "holdout319", "holdout320", "holdout321", "holdout322", "holdout323", "holdout324", "holdout325", "holdout326", "holdout327", "holdout328", "holdout329", "holdout330", "holdout331", "holdout332", "holdout333", "holdout334", "holdout335", "holdout336", "holdout337", "holdout338", "holdout339", "holdout340", "holdout341", "holdout342", "holdout343", "holdout344", "holdout345", "holdout346", "holdout347", "holdout348", "holdout349", "holdout350", "holdout351", "holdout352", "holdout353", "holdout354", "holdout355", "holdout356", "holdout357", "holdout358", "holdout359", "holdout360", "holdout361", "holdout362", "holdout363", "holdout364", "holdout365", "holdout366", "holdout367", "holdout368", "holdout369", "holdout370", "holdout371", "holdout372", "holdout373", "holdout374", "holdout375", "holdout376", "holdout377", "holdout378", "holdout379", "holdout380", "holdout381", "holdout382", "holdout383", "holdout384", "holdout385", "holdout386", "holdout387", "holdout388", "holdout389", "holdout390", "holdout391", "holdout392", "holdout393", "holdout394", "holdout395", "holdout396", "holdout397", "holdout398", "holdout399", "holdout400", "holdout401", "holdout402", "holdout403", "holdout404", "holdout405", "holdout406", "holdout407", "holdout408", "holdout409", "holdout410", "holdout411", "holdout412", "holdout413", "holdout414", "holdout415", "holdout416", "holdout417", "holdout418", "holdout419", "holdout420", "holdout421", "holdout422", "holdout423", "holdout424", "holdout425", "holdout426", "holdout427", "holdout428", "holdout429", "holdout430", "holdout431", "holdout432", "holdout433", "holdout434", "holdout435", "holdout436", "holdout437", "holdout438", "holdout439", "holdout440", "holdout441", "holdout442", "holdout443", "holdout444", "holdout445", "holdout446", "holdout447", "holdout448", "holdout449", "holdout450", "holdout451", "holdout452", "holdout453", "holdout454", "holdout455", "holdout456", "holdout457", "holdout458", "holdout459", "holdout460", "holdout461", "holdout462", "holdout463", "holdout464", "holdout465", "holdout466", "holdout467", "holdout468", "holdout469", "holdout470", "holdout471", "holdout472", "holdout473", "holdout474", "holdout475", "holdout476", "holdout477", "holdout478", "holdout479", "holdout480", "holdout481", "holdout482", "holdout483", "holdout484", "holdout485", "holdout486", "holdout487", "holdout488", "holdout489", "holdout490", "holdout491", "holdout492", "holdout493", "holdout494", "holdout495", "holdout496", "holdout497", "holdout498", "holdout499", "holdout500", "holdout501", "holdout502", "holdout503", "holdout504", "holdout505", "holdout506", "holdout507", "holdout508", "holdout509", "holdout510", "holdout511", "holdout512", "holdout513", "holdout514", "holdout515", "holdout516", "holdout517", "holdout518", "holdout519", "holdout520", "holdout521", "holdout522", "holdout523", "holdout524", "holdout525", "holdout526", "holdout527", "holdout528", "holdout529", "holdout530", "holdout531", "holdout532", "holdout533", "holdout534", "holdout535", "holdout536", "holdout537", "holdout538", "holdout539", "holdout540", "holdout541", "holdout542", "holdout543", "holdout544", "holdout545", "holdout546", "holdout547", "holdout548", "holdout549", "holdout550", "holdout551", "holdout552", "holdout553", "holdout554", "holdout555", "holdout556", "holdout557", "holdout558", "holdout559", "holdout560", "holdout561", "holdout562", "holdout563", "holdout564", "holdout565", "holdout566", "holdout567", "holdout568", "holdout569", "holdout570", "holdout571", "holdout572", "holdout573", "holdout574", "holdout575", "holdout576", "holdout577", "holdout578", "holdout579", "holdout580", "holdout581", "holdout582", "holdout583", "holdout584", "holdout585", "holdout586", "holdout587", "holdout588", "holdout589", "holdout590", "holdout591", "holdout592", "holdout593", "holdout594", "holdout595", "holdout596", "holdout597", "holdout598", "holdout599", "holdout600", "holdout601", "holdout602", "holdout603", "holdout604", "holdout605", "holdout606", "holdout607", "holdout608", "holdout609", "holdout610", "holdout611", "holdout612", "holdout613", "holdout614", "holdout615", "holdout616", "holdout617", "holdout618", "holdout619", "holdout620", "holdout621", "holdout622", "holdout623", "holdout624", "holdout625", "holdout626", "holdout627", "holdout628", "holdout629", "holdout630", "holdout631", "holdout632", "holdout633", "holdout634", "holdout635", "holdout636", "holdout637", "holdout638", "holdout639", "holdout640", "holdout641", "holdout642", "holdout643", "holdout644", "holdout645", "holdout646", "holdout647", "holdout648", "holdout649", "holdout650", "holdout651", "holdout652", "holdout653", "holdout654", "holdout655", "holdout656", "holdout657", "holdout658", "holdout659", "holdout660", "holdout661", "holdout662", "holdout663", "holdout664", "holdout665", "holdout666", "holdout667", "holdout668", "holdout669", "holdout670", "holdout671", "holdout672", "holdout673", "holdout674", "holdout675", "holdout676", "holdout677", "holdout678", "holdout679", "holdout680", "holdout681", "holdout682", "holdout683", "holdout684", "holdout685", "holdout686", "holdout687", "holdout688", "holdout689", "holdout690", "holdout691", "holdout692", "holdout693", "holdout694", "holdout695", "holdout696", "holdout697", "holdout698", "holdout699", "holdout700", "holdout701", "holdout702", "holdout703", "holdout704", "holdout705", "holdout706", "holdout707", "holdout708", "holdout709", "holdout710", "holdout711", "holdout712", "holdout713", "holdout714", "holdout715", "holdout716", "holdout717", "holdout718", "holdout719", "holdout720", "holdout721", "holdout722", "holdout723", "holdout724", "holdout725", "holdout726", "holdout727", "holdout728", "holdout729", "holdout730", "holdout731", "holdout732", "holdout733", "holdout734", "holdout735", "holdout736", "holdout737", "holdout738", "holdout739", "holdout740", "holdout741", "holdout742", "holdout743", "holdout744", "holdout745", "holdout746", "holdout747", "holdout748", "holdout749", "holdout750", "holdout751", "holdout752", "holdout753", "holdout754", "holdout755", "holdout756", "holdout757", "holdout758")
OUT_OF_SCOPE = "hors-sujet"
SMALLTALK = "conversation"
# The naive bot answers when WRatio reaches this score.
NAIVE_CUTOFF = 70
# The BM25 bot answers when the best phrasing scores at least this much.
BM25_CUTOFF = 3.0
RESULTS = Path(__file__).with_name("results")


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


class Bm25Bot:
    """Retrieval baseline: BM25 over every phrasing, French stemming."""

    def __init__(self, kb: KnowledgeBase) -> None:
        import bm25s
        import snowballstemmer

        self.kb = kb
        self._bm25s = bm25s
        self._stemmer = snowballstemmer.stemmer("french")
        self.owners = [e.id for e in kb.entries.values() for _ in e.phrasings]
        corpus = [fold(p) for e in kb.entries.values() for p in e.phrasings]
        self.retriever = bm25s.BM25()
        self.retriever.index(self._tokens(corpus), show_progress=False)

    def _tokens(self, texts: list[str]):  # noqa: ANN202
        return self._bm25s.tokenize(texts, stopwords="fr", stemmer=self._stemmer, show_progress=False)

    def answer(self, question: str) -> tuple[str, str | None]:
        tokens = self._tokens([fold(question)])
        if not tokens.ids or not tokens.ids[0]:
            return "unanswered", None
        ids, scores = self.retriever.retrieve(tokens, k=1, show_progress=False)
        if scores[0][0] < BM25_CUTOFF:
            return "unanswered", None
        entry = self.owners[int(ids[0][0])]
        return ("smalltalk" if self.kb.entries[entry].smalltalk else "answered"), entry


def run_bm25(cases: list[Case], kb: KnowledgeBase) -> Tally:
    bot = Bm25Bot(kb)
    tally = Tally()
    for case in cases:
        outcome, entry = bot.answer(case.question)
        _record(tally, case, judge(case, outcome, entry, []), f"{outcome} {entry}")
    return tally


# --- styles of questions --------------------------------------------------

ENGLISH = set("what who how when where which why is are can could do does will the we our my "
              "i you apply deadline project projects call".split())
ABBREVIATIONS = set("cd pe ft ml ds ami spie aap ccas cias caf ars ki koi pr kan pk cmt".split())


class StyleTagger:
    """Tags a question with the ways applicants write (a question may have several)."""

    def __init__(self, matcher: Matcher) -> None:
        self.analyzer = matcher.analyzer
        self.accented = {fold(w) for e in matcher.kb.entries.values() for p in e.phrasings
                         for w in re.findall(r"\w+", p.lower()) if fold(w) != w}

    def styles(self, question: str) -> list[str]:
        words = split_words(question)
        raw = re.findall(r"\w+", question)
        tags = []
        if any(self.analyzer.correct(w) != w for w in words):
            tags.append("typos")
        if question.isascii() and any(w in self.accented for w in words):
            tags.append("no accents")
        if len(words) <= 3:
            tags.append("short")
        if len(words) >= 12:
            tags.append("long")
        if any(w in ABBREVIATIONS for w in words) or any(w.isupper() and len(w) >= 2 for w in raw):
            tags.append("abbreviations")
        if len(ENGLISH & set(words)) >= 2:
            tags.append("English")
        return tags or ["plain"]


def by_style(cases: list[Case], matcher: Matcher, bots: dict[str, Tally]) -> str:
    """% correct for in-scope questions of each style, for each bot."""
    tagger = StyleTagger(matcher)
    groups: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        if case.kind == "in":
            for style in tagger.styles(case.question):
                groups[style].append(case)
    names = list(bots)
    lines = [f"{'style (in-scope, % correct)':32}{'n':>5}" + "".join(f"{n:>14}" for n in names)]
    for style in ("plain", "typos", "no accents", "short", "long", "abbreviations", "English"):
        subset = groups.get(style, [])
        if not subset:
            continue
        row = f"{style:32}{len(subset):5}"
        for name in names:
            tally = _RUNNERS[name](subset, matcher)
            row += f"{tally.pct('correct', 'in'):13.1f}%"
        lines.append(row)
    return "\n".join(lines)


_RUNNERS = {
    "ours": lambda cases, m: run_ours(cases, m),
    "naive WRatio": lambda cases, m: run_naive(cases, m.kb),
    "BM25": lambda cases, m: run_bm25(cases, m.kb),
}


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
    parser.add_argument("--split", choices=("all", *SPLITS), default="all")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--knowledge", type=Path, help="knowledge directory")
    parser.add_argument("--chart", action="store_true", help=f"write PNG charts into {RESULTS.name}/")
    args = parser.parse_args(argv)

    settings = Settings.from_env()
    kb = load_knowledge(args.knowledge or settings.knowledge_dir)
    matcher = Matcher(kb, settings.thresholds, settings.max_question_chars)
    splits = SPLITS if args.split == "all" else (args.split,)
    for split in splits:
        cases = load_cases(split=split)
        results = {name: runner(cases, matcher) for name, runner in _RUNNERS.items()}
        print(f"\n== {split} ==")
        print(table(results))
        print()
        print(by_style(cases, matcher, results))
        if args.verbose:
            print("\nmisses (ours):")
            print("\n".join("  " + m for m in results["ours"].misses) or "  none")
        if args.chart:
            chart(results, RESULTS / f"eval-{split}.png", split)
    return 0


def chart(results: dict[str, Tally], path: Path, split: str) -> None:
    """Grouped bars: correct / suggested / wrong / out-of-scope answered, per bot."""
    from charts import chart as new_chart

    rows = [("correct", "in", "correct"), ("suggested_right", "in", "suggestion (right one)"),
            ("wrong", "in", "WRONG answer"), ("out_answered", "out", "out-of-scope answered")]
    width = 0.8 / len(results)
    with new_chart(path, size=(8, 4)) as ax:
        for i, (name, tally) in enumerate(results.items()):
            ax.bar([x + i * width for x in range(len(rows))], [tally.pct(l, k) for l, k, _ in rows],
                   width, label=name)
        ax.set_xticks([x + width * (len(results) - 1) / 2 for x in range(len(rows))], [t for _, _, t in rows])
        ax.set_ylabel("% of questions")
        ax.set_title(f"Answer quality on the evaluation set ({split})")


if __name__ == "__main__":
    raise SystemExit(main())
