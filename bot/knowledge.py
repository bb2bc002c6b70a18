"""The knowledge base: loading and validating the YAML files in `knowledge/`.

Files (all UTF-8 YAML, comments welcome):
- `sources.yaml`: the documents answers come from;
- `dates.yaml`: named dates that answers refer to (`{date_limite}`);
- `synonymes.yaml`: "term: [variants]" rewriting rules;
- any other file: one theme, with `theme`, optional `type: conversation`
  (small talk) and `entrees`.

Every problem is reported with file, line, entry and what to do, in French;
`load_knowledge` raises `KnowledgeError` listing all of them at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from rapidfuzz import process

from bot.bulk import collector_paused
from bot.dates import NamedDate, PartialDate
from bot.normalize import SynonymTable, fold
from bot.yaml_lines import LinedDict, LinedList, YamlSyntaxError, load_yaml

SOURCES_FILE = "sources.yaml"
DATES_FILE = "dates.yaml"
SYNONYMS_FILE = "synonymes.yaml"
SPECIAL_FILES = (SOURCES_FILE, DATES_FILE, SYNONYMS_FILE)
CONTACTS_ENTRY = "contacts"

ENTRY_KEYS = ("id", "question", "variantes", "reponse", "liens", "voir_aussi", "source", "revu_le", "region")
THEME_KEYS = ("theme", "type", "entrees")
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Problem:
    """One finding about the knowledge base, in French."""

    file: str
    line: int | None
    message: str
    entry: str | None = None
    severity: str = "erreur"  # or "avertissement"

    def __str__(self) -> str:
        where = f"{self.file}, ligne {self.line}" if self.line else self.file
        entry = f" (entrée « {self.entry} »)" if self.entry else ""
        return f"{where}{entry} : {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "entry": self.entry,
            "severity": self.severity,
            "message": self.message,
        }


class KnowledgeError(Exception):
    """The knowledge base cannot be used; `problems` says why, in French."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    date: dt.date | None
    file: str | None


@dataclass(frozen=True)
class Entry:
    id: str
    question: str
    variants: tuple[str, ...]
    answer: str
    theme: str
    smalltalk: bool = False
    links: tuple[Link, ...] = ()
    related: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    reviewed: dt.date | None = None
    # The region the answer is true of only ("Occitanie": the prefect's
    # statement, the press contact), or None for an answer true everywhere.
    region: str | None = None
    file: str = ""
    line: int = 0
    variant_lines: tuple[int, ...] = ()

    @property
    def phrasings(self) -> tuple[str, ...]:
        """The canonical question followed by every variant."""
        return (self.question, *self.variants)

    def phrasings_with_lines(self) -> list[tuple[str, int]]:
        """Each phrasing with its line (the question's is the entry's line)."""
        return list(zip(self.phrasings, (self.line, *self.variant_lines), strict=True))


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    entry_ids: tuple[str, ...]
    smalltalk: bool = False


@dataclass(frozen=True)
class KnowledgeBase:
    directory: Path
    entries: dict[str, Entry]
    themes: tuple[Theme, ...]
    synonyms: SynonymTable
    sources: dict[str, Source]
    dates: dict[str, NamedDate]
    version: str
    warnings: tuple[Problem, ...] = ()

    def questions(self) -> list[Entry]:
        return [e for e in self.entries.values() if not e.smalltalk]

    def smalltalk(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.smalltalk]

    @property
    def variant_count(self) -> int:
        return sum(len(e.phrasings) for e in self.entries.values())


@dataclass
class _Collector:
    """Gathers the problems of one load, relative to the knowledge directory."""

    directory: Path
    problems: list[Problem] = field(default_factory=list)
    _names: dict[Path, str] = field(default_factory=dict)  # display_name, once per file

    def error(self, path: Path, line: int | None, message: str, entry: str | None = None) -> None:
        self.problems.append(Problem(self.display_name(path), line, message, entry))

    def warn(self, path: Path, line: int | None, message: str, entry: str | None = None) -> None:
        self.problems.append(Problem(self.display_name(path), line, message, entry, "avertissement"))

    def display_name(self, path: Path) -> str:
        name = self._names.get(path)
        if name is None:
            try:
                name = str(path.relative_to(self.directory.parent))
            except ValueError:
                name = str(path)
            self._names[path] = name
        return name

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "erreur"]


@collector_paused()
def load_knowledge(directory: Path | str) -> KnowledgeBase:
    """Load and validate every YAML file of `directory`.

    Raises KnowledgeError with every error found; warnings are kept on the
    returned knowledge base.
    """
    directory = Path(directory)
    report = _Collector(directory)
    files = _yaml_files(directory, report)
    documents = {path: doc for path, doc in _parse_all(files, report)}
    if report.errors:
        # A file that cannot be read hides its entries: cross-checks would
        # only add confusing follow-up errors.
        raise KnowledgeError(report.errors)
    by_name = {path.name: path for path in documents}

    sources = _read_sources(by_name.get(SOURCES_FILE), documents, report)
    dates = _read_dates(by_name.get(DATES_FILE), documents, report)
    synonyms = _read_synonyms(by_name.get(SYNONYMS_FILE), documents, report)
    themes, entries = _read_themes(documents, report)
    _check_references(entries, sources, dates, report)
    if not report.errors and CONTACTS_ENTRY not in entries:
        report.error(directory, None, f"aucune entrée n'a l'id « {CONTACTS_ENTRY} » : "
                     "elle est obligatoire, car le bot l'affiche quand il ne sait pas répondre.")
    if report.errors:
        raise KnowledgeError(report.errors)
    return KnowledgeBase(
        directory=directory,
        entries=entries,
        themes=tuple(themes),
        synonyms=synonyms,
        sources=sources,
        dates=dates,
        version=_version(files),
        warnings=tuple(p for p in report.problems if p.severity != "erreur"),
    )


def _yaml_files(directory: Path, report: _Collector) -> list[Path]:
    if not directory.is_dir():
        report.error(directory, None, "ce dossier de connaissances n'existe pas : vérifiez "
                     "SPIE_KNOWLEDGE_DIR ou le chemin donné.")
        raise KnowledgeError(report.errors)
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not files:
        report.error(directory, None, "aucun fichier .yaml dans ce dossier.")
        raise KnowledgeError(report.errors)
    return files


def _parse_all(files: list[Path], report: _Collector) -> Iterator[tuple[Path, Any]]:
    for path in files:
        try:
            yield path, load_yaml(path)
        except YamlSyntaxError as error:
            report.error(path, error.line, error.message)


def directory_version(directory: Path | str) -> str | None:
    """The version the base in `directory` would have, without loading it
    (None when the folder cannot be read): cheap enough to poll."""
    directory = Path(directory)
    try:
        files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
        return _version(files)
    except OSError:
        return None


def _version(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _top_level(path: Path | None, documents: dict, key: str, report: _Collector) -> LinedList | LinedDict | None:
    if path is None:
        return None
    document = documents[path]
    if not isinstance(document, dict) or key not in document:
        report.error(path, 1, f"le fichier doit commencer par « {key}: ».")
        return None
    return document[key]


def _text(value: Any) -> str | None:
    """A non-empty string, or None (numbers are accepted as text)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _read_sources(path: Path | None, documents: dict, report: _Collector) -> dict[str, Source]:
    items = _top_level(path, documents, "sources", report)
    sources: dict[str, Source] = {}
    if path is None:
        return sources
    for index, item in enumerate(items if isinstance(items, list) else []):
        line = items.line_of(index)
        if not isinstance(item, dict) or not _text(item.get("id")) or not _text(item.get("titre")):
            report.error(path, line, "chaque source a besoin d'un « id » et d'un « titre ».")
            continue
        date = item.get("date")
        file = _text(item.get("fichier"))
        if file and not (path.parent / file).is_file():
            report.error(path, line, f"le fichier « {file} » de cette source est introuvable dans "
                         f"{path.parent.name}/ : corrigez le chemin.")
        sources[str(item["id"])] = Source(
            str(item["id"]), _text(item["titre"]) or "", date if isinstance(date, dt.date) else None, file,
        )
    return sources


def _read_dates(path: Path | None, documents: dict, report: _Collector) -> dict[str, NamedDate]:
    items = _top_level(path, documents, "dates", report)
    dates: dict[str, NamedDate] = {}
    for index, item in enumerate(items if isinstance(items, list) else []):
        line = items.line_of(index)
        if not isinstance(item, dict) or not _text(item.get("id")):
            report.error(path, line, "chaque date a besoin d'un « id ».")
            continue
        try:
            if "date" in item:
                start, end = PartialDate.parse(item["date"]), None
            elif "du" in item and "au" in item:
                start, end = PartialDate.parse(item["du"]), PartialDate.parse(item["au"])
            else:
                report.error(path, line, "indiquez « date: » (ex. 2021-10-11) ou une période avec « du: » et « au: ».")
                continue
        except ValueError as error:
            report.error(path, line, f"date « {error} » illisible : écrivez AAAA-MM-JJ, AAAA-MM ou AAAA.")
            continue
        if end and end.last_day() < start.first_day():
            report.error(path, line, "la fin de la période (« au ») est avant son début (« du »).")
            continue
        date_id = str(item["id"])
        dates[date_id] = NamedDate(date_id, _text(item.get("libelle")) or date_id, start, end)
    return dates


def _read_synonyms(path: Path | None, documents: dict, report: _Collector) -> SynonymTable:
    table = SynonymTable()
    mapping = _top_level(path, documents, "synonymes", report)
    if path is None or mapping is None:
        return table
    if not isinstance(mapping, dict):
        report.error(path, getattr(mapping, "line", 1), "« synonymes: » doit contenir des lignes "
                     "« terme: [variante 1, variante 2] ».")
        return table
    seen: dict[str, tuple[int, str]] = {}  # folded variant: its line and term
    for term, variants in mapping.items():
        line = mapping.line_of(term)
        if isinstance(variants, str):
            variants = [variants]
        if not isinstance(variants, list) or not all(_text(v) for v in variants):
            report.error(path, line, f"les variantes de « {term} » doivent être une liste entre "
                         "crochets : [variante 1, variante 2].")
            continue
        for variant in variants:
            key = fold(str(variant))  # as questions are read: "centré" is "centre"
            if key in seen and seen[key][1] != term:  # twice for one term is harmless
                report.error(path, line, f"la variante « {variant} » est déjà utilisée ligne "
                             f"{seen[key][0]} (les accents ne comptent pas) : une variante ne peut "
                             "renvoyer qu'à un seul terme.")
            seen[key] = (line, term)
        table.add(str(term), [str(v) for v in variants])
    return table


def _read_themes(documents: dict, report: _Collector) -> tuple[list[Theme], dict[str, Entry]]:
    themes: list[Theme] = []
    entries: dict[str, Entry] = {}
    for path, document in documents.items():
        if path.name in SPECIAL_FILES:
            continue
        theme = _read_theme(path, document, entries, report)
        if theme:
            themes.append(theme)
    return themes, entries


def _read_theme(path: Path, document: Any, entries: dict[str, Entry], report: _Collector) -> Theme | None:
    if not isinstance(document, dict) or "entrees" not in document:
        report.error(path, 1, "un fichier de thème doit contenir « theme: » (le titre) et « entrees: » "
                     "(la liste des questions).")
        return None
    _check_keys(path, document, THEME_KEYS, report, None)
    kind = document.get("type", "questions")
    if kind not in ("questions", "conversation"):
        report.error(path, document.line_of("type"), f"type « {kind} » inconnu : écrivez "
                     "« type: conversation » pour la petite conversation, ou supprimez la ligne.")
    smalltalk = kind == "conversation"
    title = _text(document.get("theme")) or path.stem
    items = document["entrees"]
    if not isinstance(items, list) or not items:
        report.error(path, document.line_of("entrees"), "« entrees: » doit être une liste d'entrées commençant par « - id: ».")
        return None
    ids = []
    for index, item in enumerate(items):
        entry = _read_entry(path, items.line_of(index), item, path.stem, smalltalk, report)
        if entry is None:
            continue
        if entry.id in entries:
            other = entries[entry.id]
            report.error(path, entry.line, f"l'id « {entry.id} » est déjà utilisé ({other.file}, ligne "
                         f"{other.line}) : chaque entrée a un id unique.", entry.id)
            continue
        entries[entry.id] = entry
        ids.append(entry.id)
    return Theme(path.stem, title, tuple(ids), smalltalk)


def _check_keys(path: Path, item: LinedDict, allowed: tuple[str, ...], report: _Collector, entry: str | None) -> None:
    for key in item:
        if key in allowed:
            continue
        guess = process.extractOne(str(key), allowed, score_cutoff=60)
        hint = f" Vouliez-vous écrire « {guess[0]} » ?" if guess else f" Champs possibles : {', '.join(allowed)}."
        report.error(path, item.line_of(key), f"champ « {key} » inconnu.{hint}", entry)


def _read_entry(path: Path, line: int, item: Any, theme: str, smalltalk: bool, report: _Collector) -> Entry | None:
    if not isinstance(item, dict):
        report.error(path, line, "chaque entrée doit commencer par « - id: » suivi des champs "
                     "question, variantes, reponse...")
        return None
    entry_id = _text(item.get("id"))
    if entry_id is None:
        report.error(path, line, "cette entrée n'a pas d'« id » : ajoutez « id: un-identifiant ».")
        return None
    if not ID_PATTERN.match(entry_id):
        report.error(path, item.line_of("id"), f"id « {entry_id} » invalide : utilisez des minuscules "
                     "sans accents, des chiffres et des tirets (ex. date-limite).", entry_id)
    _check_keys(path, item, ENTRY_KEYS, report, entry_id)
    question = _text(item.get("question"))
    answer = _text(item.get("reponse"))
    if question is None:
        report.error(path, item.line_of("question") if "question" in item else line,
                     "il manque « question: » (la question telle qu'elle s'affiche).", entry_id)
    if answer is None:
        report.error(path, item.line_of("reponse") if "reponse" in item else line,
                     "il manque « reponse: » (le texte de la réponse).", entry_id)
    variants, variant_lines = _read_variants(path, item, entry_id, report)
    sources = _string_list(path, item, "source", entry_id, report)
    if not sources and not smalltalk:
        report.error(path, line, "il manque « source: » : indiquez l'id du document d'où vient "
                     "la réponse (voir sources.yaml).", entry_id)
    reviewed = item.get("revu_le")
    if reviewed is not None and not isinstance(reviewed, dt.date):
        report.error(path, item.line_of("revu_le"), "« revu_le » doit être une date AAAA-MM-JJ.", entry_id)
        reviewed = None
    region = _text(item.get("region"))
    if "region" in item and region is None:
        report.error(path, item.line_of("region"), "« region » doit être le nom d'une région "
                     "(ex. region: Occitanie), ou être retiré si la réponse vaut partout.", entry_id)
    if question is None or answer is None:
        return None
    return Entry(
        id=entry_id, question=question, variants=variants, answer=answer.rstrip(), theme=theme,
        smalltalk=smalltalk, links=_read_links(path, item, entry_id, report),
        related=_string_list(path, item, "voir_aussi", entry_id, report), sources=sources,
        reviewed=reviewed, region=region, file=report.display_name(path), line=line,
        variant_lines=variant_lines,
    )


def _read_variants(path: Path, item: LinedDict, entry_id: str, report: _Collector) -> tuple[tuple[str, ...], tuple[int, ...]]:
    raw = item.get("variantes", [])
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        report.error(path, item.line_of("variantes"), "« variantes » doit être une liste : une "
                     "variante par ligne, chacune précédée de « - ».", entry_id)
        return (), ()
    variants, lines = [], []
    for index, value in enumerate(raw):
        text = _text(value)
        line = raw.line_of(index)
        if text is None:
            hint = " (oui/non, yes/no, true/false doivent être entre guillemets)" if isinstance(value, bool) else ""
            report.error(path, line, f"variante vide ou illisible{hint} : écrivez une phrase, "
                         "entre guillemets si besoin.", entry_id)
            continue
        variants.append(text)
        lines.append(line)
    return tuple(variants), tuple(lines)


def _string_list(path: Path, item: LinedDict, key: str, entry_id: str, report: _Collector) -> tuple[str, ...]:
    raw = item.get(key)
    if raw is None:
        return ()
    values = [raw] if isinstance(raw, str) else raw
    if not isinstance(values, list) or not all(_text(v) for v in values):
        report.error(path, item.line_of(key), f"« {key} » doit être un id ou une liste d'ids "
                     "entre crochets : [id-1, id-2].", entry_id)
        return ()
    return tuple(str(v).strip() for v in values)


def _read_links(path: Path, item: LinedDict, entry_id: str, report: _Collector) -> tuple[Link, ...]:
    raw = item.get("liens") or []
    links = []
    if not isinstance(raw, list):
        report.error(path, item.line_of("liens"), "« liens » doit être une liste de « - titre: ... "
                     "url: ... ».", entry_id)
        return ()
    for index, link in enumerate(raw):
        line = raw.line_of(index)
        title = _text(link.get("titre")) if isinstance(link, dict) else None
        url = _text(link.get("url")) if isinstance(link, dict) else None
        if not title or not url:
            report.error(path, line, "chaque lien a besoin d'un « titre » et d'une « url ».", entry_id)
        elif not url.startswith(("https://", "http://")):
            report.error(path, line, f"l'url « {url} » doit commencer par https://.", entry_id)
        else:
            links.append(Link(title, url))
    return tuple(links)


def placeholders(text: str) -> Iterable[tuple[str, str | None]]:
    """The `{name}` / `{name:statut}` references of an answer."""
    for match in PLACEHOLDER.finditer(text):
        name, _, modifier = match.group(1).partition(":")
        yield name.strip(), (modifier.strip() or None)


def _check_references(entries: dict[str, Entry], sources: dict[str, Source],
                      dates: dict[str, NamedDate], report: _Collector) -> None:
    for entry in entries.values():
        path = report.directory.parent / entry.file
        for related in entry.related:
            if related not in entries:
                report.error(path, entry.line, f"« voir_aussi » cite « {related} », qui n'existe pas : "
                             "corrigez l'id ou retirez-le.", entry.id)
        for source in entry.sources:
            if source not in sources:
                known = ", ".join(sources) or "aucune"
                report.error(path, entry.line, f"source « {source} » inconnue (sources connues : "
                             f"{known}).", entry.id)
        _check_answer_text(path, entry, dates, report)


def _check_answer_text(path: Path, entry: Entry, dates: dict[str, NamedDate], report: _Collector) -> None:
    for name, modifier in placeholders(entry.answer):
        if name not in dates:
            report.error(path, entry.line, f"la réponse cite {{{name}}}, qui n'est pas dans dates.yaml "
                         f"(dates connues : {', '.join(dates) or 'aucune'}).", entry.id)
        if modifier not in (None, "statut"):
            report.error(path, entry.line, f"{{{name}:{modifier}}} : seul « :statut » est possible "
                         "après le nom d'une date.", entry.id)
    stripped = PLACEHOLDER.sub("", entry.answer)
    if "{" in stripped or "}" in stripped:
        report.error(path, entry.line, "accolade « { » ou « } » seule dans la réponse : les accolades "
                     "servent uniquement aux dates, comme {date_limite}.", entry.id)
    if entry.answer.count("**") % 2:
        report.error(path, entry.line, "« ** » non refermé dans la réponse : le gras s'écrit "
                     "**comme ceci**.", entry.id)
