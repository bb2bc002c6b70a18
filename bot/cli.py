"""The `spie-bot` command line (also `python -m bot`).

Bad configuration or an invalid knowledge base never shows a traceback: a
French message on standard error and exit status 2.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import Iterable, NoReturn

import click

from bot import texts
from bot.assistant import Answer, Assistant
from bot.config import ConfigError, Settings
from bot.knowledge import KnowledgeBase, KnowledgeError, Problem, load_knowledge
from bot.privacy import load_or_create_secret, pseudonymous_key
from bot.storage import ExchangeLog
from bot.render import fallback_markup, strip_markup, to_plain

QUIT_WORDS = {"quitter", "quit", "exit", "sortir", "q", ":q", "bye"}


def fail(message: str, code: int = 2) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(code)


def report_problems(problems: Iterable[Problem]) -> None:
    problems = list(problems)
    click.echo(f"{len(problems)} problème(s) dans la base de connaissances :", err=True)
    for problem in problems:
        click.echo(f"  - {problem}", err=True)


def load_settings() -> Settings:
    try:
        return Settings.from_env()
    except ConfigError as error:
        fail(f"Configuration invalide : {error}")


def load_assistant(settings: Settings | None = None) -> Assistant:
    settings = settings or load_settings()
    try:
        return Assistant(settings)
    except KnowledgeError as error:
        report_problems(error.problems)
        fail("Corrigez ces erreurs puis relancez (vérification : spie-bot kb check).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="spie-bot")
def cli() -> None:
    """Assistant qui répond aux questions sur l'AMI du Service public de
    l'insertion et de l'emploi (SPIE).

    Sans jeton Telegram, essayez : spie-bot chat
    """


# --- ask --------------------------------------------------------------------


@cli.command()
@click.argument("question", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Une ligne JSON par question.")
@click.option("--explain", is_flag=True, help="Montre les termes et les entrées candidates.")
@click.option("--log", "log_it", is_flag=True, help="Enregistre les échanges dans le journal.")
def ask(question: tuple[str, ...], as_json: bool, explain: bool, log_it: bool) -> None:
    """Répond à QUESTION (sans question ou avec « - » : une question par ligne
    sur l'entrée standard). Rien n'est enregistré, sauf avec --log."""
    assistant = load_assistant()
    log = ConsoleLog(assistant.settings, "cli") if log_it else None
    text = " ".join(question).strip()
    questions = _stdin_lines() if text in ("", "-") else [text]
    for position, item in enumerate(questions):
        started = time.perf_counter()
        answer = assistant.ask(item, logged=log is not None)
        if log is not None:
            log.record(answer, started)
        if as_json:
            payload = answer.as_json()
            if explain:
                payload["explain"] = assistant.matcher.explain(item)
            click.echo(json.dumps(payload, ensure_ascii=False))
            sys.stdout.flush()
            continue
        if position:
            click.echo()
        click.echo(_readable(answer))
        if explain:
            click.echo(json.dumps(assistant.matcher.explain(item), ensure_ascii=False, indent=2))
    if log is not None:
        log.close()


def _stdin_lines() -> Iterable[str]:
    for line in sys.stdin:
        line = line.rstrip("\r\n")
        if line.strip():
            yield line


def _readable(answer: Answer) -> str:
    text = to_plain(answer.reply)
    if answer.truncated:
        text = f"{texts.TOO_LONG}\n\n{text}"
    return text


# --- chat -------------------------------------------------------------------


class ConsoleLog:
    """Logs console exchanges like Telegram ones (channel "console")."""

    def __init__(self, settings: Settings, channel: str) -> None:
        self.channel = channel
        self.log: ExchangeLog | None = None
        try:
            secret = load_or_create_secret(settings.pseudonym_secret, settings.secret_path)
            self.log = ExchangeLog(settings.db_path)
        except (OSError, sqlite3.Error) as error:
            click.echo(f"Attention : journal indisponible ({error}) ; rien n'est enregistré.", err=True)
            return
        self.user_key = pseudonymous_key(secret, f"console:{getpass.getuser()}")

    def record(self, answer: Answer, started: float) -> str | None:
        if self.log is None:
            return None
        exchange = answer.exchange(self.channel, "console", self.user_key, started, 4096)
        self.log.record(exchange)
        return exchange.id

    def choice(self, exchange_id: str | None, entry_id: str | None) -> None:
        if self.log is not None and exchange_id:
            self.log.set_choice(exchange_id, entry_id)

    def close(self) -> None:
        if self.log is not None:
            self.log.close()


@cli.command()
def chat() -> None:
    """Conversation dans le terminal (tapez « quitter » pour sortir)."""
    assistant = load_assistant()
    log = ConsoleLog(assistant.settings, "console")
    interactive = sys.stdin.isatty()
    click.echo("Assistant AMI SPIE — posez votre question (« quitter » pour sortir).")
    pending: tuple[str | None, list[str]] = (None, [])  # exchange id, suggested entry ids
    try:
        while True:
            try:
                line = input("Vous : " if interactive else "").strip()
            except (EOFError, KeyboardInterrupt):
                click.echo()
                break
            if not interactive and line:
                click.echo(f"Vous : {line}")
            if not line:
                continue
            if line.lower() in QUIT_WORDS:
                click.echo("Bot : Au revoir !")
                break
            pending = _chat_turn(assistant, log, line, pending)
    finally:
        log.close()


def _chat_turn(assistant: Assistant, log: ConsoleLog, line: str,
               pending: tuple[str | None, list[str]]) -> tuple[str | None, list[str]]:
    exchange_id, suggested = pending
    if suggested and line.isdigit() and int(line) <= len(suggested):
        choice = int(line)
        log.choice(exchange_id, suggested[choice - 1] if choice else None)
        if choice == 0:
            text = fallback_markup(assistant.kb, assistant.settings.current_date(), log.log is not None)
            click.echo("Bot : " + strip_markup(text))
        else:
            click.echo("Bot : " + to_plain(assistant.answer_entry(suggested[choice - 1])))
        return None, []
    started = time.perf_counter()
    answer = assistant.ask(line, logged=log.log is not None)
    exchange_id = log.record(answer, started)
    reply = answer.reply
    if reply.suggestions:
        click.echo("Bot : " + texts.SUGGEST_INTRO)
        for number, entry in enumerate(reply.suggestions, start=1):
            click.echo(f"  {number}. {entry.question}")
        click.echo(f"  0. {texts.NONE_OF_THESE}")
        click.echo("Tapez le numéro de votre choix, ou posez une autre question.")
        return exchange_id, [entry.id for entry in reply.suggestions]
    click.echo("Bot : " + _readable(answer))
    return None, []


# --- run --------------------------------------------------------------------


@cli.command()
@click.option("--webhook", is_flag=True, help="Mode webhook (PORT, WEBHOOK_URL) au lieu du long polling.")
def run(webhook: bool) -> None:
    """Lance le bot Telegram (jeton dans TELEGRAM_BOT_TOKEN)."""
    from bot.app import NO_TOKEN, NO_WEBHOOK_URL, run as run_bot  # Telegram only when needed

    settings = load_settings()
    if not settings.telegram_token:
        fail(NO_TOKEN)
    if webhook and not settings.webhook_url:
        fail(NO_WEBHOOK_URL)
    run_bot(settings, load_assistant(settings), webhook)


# --- kb ---------------------------------------------------------------------


@cli.group()
def kb() -> None:
    """Vérifier et parcourir la base de connaissances."""


@kb.command("check")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Résultat en JSON (pour les outils).")
def kb_check(directory: str | None, as_json: bool) -> None:
    """Valide la base (DIRECTORY, par défaut celle configurée) : schéma, doublons,
    entrées que le bot confondrait, réponses trop longues... Sort en erreur (1) si
    une erreur est trouvée ; les avertissements ne bloquent pas."""
    from bot.kb_checks import check

    settings = load_settings()
    path = directory or settings.knowledge_dir
    try:
        knowledge = load_knowledge(path)
        problems = check(knowledge, settings.thresholds, settings.current_date())
    except KnowledgeError as error:
        knowledge, problems = None, error.problems
    errors = [p for p in problems if p.severity == "erreur"]
    if as_json:
        click.echo(json.dumps(_summary(knowledge, problems), ensure_ascii=False, indent=2))
    else:
        _print_check(path, knowledge, problems)
    if errors:
        sys.exit(1)


def _summary(knowledge: KnowledgeBase | None, problems: list[Problem]) -> dict:
    summary: dict = {"ok": not any(p.severity == "erreur" for p in problems)}
    if knowledge is not None:
        questions = knowledge.questions()
        summary.update({
            "version": knowledge.version,
            "entries": len(knowledge.entries),
            "questions": len(questions),
            "smalltalk": len(knowledge.entries) - len(questions),
            "variants": knowledge.variant_count,
            "synonyms": len(knowledge.synonyms),
            "dates": len(knowledge.dates),
            "sources": len(knowledge.sources),
        })
    summary["problems"] = [p.as_dict() for p in problems]
    return summary


def _print_check(path: Path | str, knowledge: KnowledgeBase | None, problems: list[Problem]) -> None:
    errors = [p for p in problems if p.severity == "erreur"]
    warnings = [p for p in problems if p.severity != "erreur"]
    if errors:
        report_problems(errors)
    if knowledge is not None and not errors:
        s = _summary(knowledge, [])
        click.echo(
            f"Base de connaissances valide ({path}) : {s['entries']} entrées ({s['questions']} questions, "
            f"{s['smalltalk']} de conversation), {s['variants']} formulations, {s['synonyms']} synonymes, "
            f"{s['dates']} dates, {s['sources']} sources. Version {knowledge.version}."
        )
    for warning in warnings:
        click.echo(f"  avertissement : {warning}")


@kb.command("list")
def kb_list() -> None:
    """Liste les entrées par thème."""
    assistant = load_assistant()
    for theme in assistant.kb.themes:
        click.echo(f"{theme.title} ({theme.id}.yaml)")
        for entry_id in theme.entry_ids:
            entry = assistant.kb.entries[entry_id]
            click.echo(f"  {entry.id:32} {entry.question}  [{len(entry.variants)} variantes]")


@kb.command("show")
@click.argument("entry_id")
def kb_show(entry_id: str) -> None:
    """Affiche une entrée : réponse rendue, variantes, source, relecture."""
    assistant = load_assistant()
    kb_ = assistant.kb
    entry = kb_.entries.get(entry_id)
    if entry is None:
        from rapidfuzz import process

        guess = process.extractOne(entry_id, list(kb_.entries), score_cutoff=60)
        hint = f" Vouliez-vous dire « {guess[0]} » ?" if guess else " Voir : spie-bot kb list"
        fail(f"Aucune entrée « {entry_id} ».{hint}", 1)
    click.echo(f"{entry.id} — {entry.question}   ({entry.file}, ligne {entry.line})")
    click.echo("\nRéponse telle qu'affichée aujourd'hui :")
    click.echo(to_plain(assistant.answer_entry(entry.id)))
    click.echo(f"\nVariantes ({len(entry.variants)}) :")
    for variant in entry.variants:
        click.echo(f"  - {variant}")
    sources = [kb_.sources[s] for s in entry.sources if s in kb_.sources]
    for source in sources:
        date = f" ({source.date:%d/%m/%Y})" if source.date else ""
        click.echo(f"Source : {source.title}{date}")
    reviewed = f"{entry.reviewed:%d/%m/%Y}" if entry.reviewed else "jamais indiquée"
    click.echo(f"Dernière relecture : {reviewed}")
    if entry.related:
        click.echo("Voir aussi : " + ", ".join(entry.related))


@kb.command("test")
@click.option("--json", "as_json", is_flag=True, help="Résultat en JSON.")
def kb_test(as_json: bool) -> None:
    """Passe chaque formulation de chaque entrée dans le matcher et signale
    celles que leur propre entrée ne recevrait pas. Sort en 1 s'il y en a."""
    from bot.kb_checks import self_test

    assistant = load_assistant()
    misses = self_test(assistant.kb, assistant.matcher)
    total = sum(len(e.phrasings) for e in assistant.kb.questions())
    if as_json:
        click.echo(json.dumps({"phrasings": total, "misses": [m.problem().as_dict() | {
            "outcome": m.outcome, "got": m.got, "score": m.score} for m in misses]},
            ensure_ascii=False, indent=2))
    else:
        click.echo(f"{total - len(misses)}/{total} formulations répondues par leur propre entrée.")
        for miss in misses:
            click.echo(f"  - {miss.problem()}")
    if misses:
        sys.exit(1)


def _register_supervision() -> None:
    from bot.cli_supervision import COMMANDS

    for command in COMMANDS:
        cli.add_command(command)


_register_supervision()


def main() -> None:
    cli(prog_name="spie-bot")


if __name__ == "__main__":
    main()
