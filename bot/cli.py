"""The `spie-bot` command line (also `python -m bot`).

Bad configuration or an invalid knowledge base never shows a traceback: a
French message on standard error and exit status 2.
"""

from __future__ import annotations

import json
import sys
from typing import Iterable, NoReturn

import click

from bot import texts
from bot.assistant import Answer, Assistant
from bot.config import ConfigError, Settings
from bot.knowledge import KnowledgeError, Problem, load_knowledge
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
def ask(question: tuple[str, ...], as_json: bool, explain: bool) -> None:
    """Répond à QUESTION (sans question ou avec « - » : une question par ligne
    sur l'entrée standard)."""
    assistant = load_assistant()
    text = " ".join(question).strip()
    questions = _stdin_lines() if text in ("", "-") else [text]
    for position, item in enumerate(questions):
        answer = assistant.ask(item)
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


@cli.command()
def chat() -> None:
    """Conversation dans le terminal (tapez « quitter » pour sortir)."""
    assistant = load_assistant()
    interactive = sys.stdin.isatty()
    click.echo("Assistant AMI SPIE — posez votre question (« quitter » pour sortir).")
    pending: list[str] = []  # entry ids of the suggestions on screen
    while True:
        try:
            line = input("Vous : " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            click.echo()
            break
        line = line.strip()
        if not interactive and line:
            click.echo(f"Vous : {line}")
        if not line:
            continue
        if line.lower() in QUIT_WORDS:
            click.echo("Bot : Au revoir !")
            break
        pending = _chat_turn(assistant, line, pending)


def _chat_turn(assistant: Assistant, line: str, pending: list[str]) -> list[str]:
    if pending and line.isdigit() and int(line) <= len(pending):
        choice = int(line)
        if choice == 0:
            click.echo("Bot : " + strip_markup(fallback_markup(assistant.kb, assistant.settings.current_date(), False)))
            return []
        reply = assistant.answer_entry(pending[choice - 1])
        if reply is not None:
            click.echo("Bot : " + to_plain(reply))
            return []
    answer = assistant.ask(line)
    reply = answer.reply
    if reply.suggestions:
        click.echo("Bot : " + texts.SUGGEST_INTRO)
        for number, entry in enumerate(reply.suggestions, start=1):
            click.echo(f"  {number}. {entry.question}")
        click.echo(f"  0. {texts.NONE_OF_THESE}")
        click.echo("Tapez le numéro de votre choix, ou posez une autre question.")
        return [entry.id for entry in reply.suggestions]
    click.echo("Bot : " + _readable(answer))
    return []


# --- run --------------------------------------------------------------------


@cli.command()
@click.option("--webhook", is_flag=True, help="Mode webhook (PORT, WEBHOOK_URL) au lieu du long polling.")
def run(webhook: bool) -> None:
    """Lance le bot Telegram (jeton dans TELEGRAM_BOT_TOKEN)."""
    from bot.app import run as run_bot  # Telegram is only imported when needed

    settings = load_settings()
    if not settings.telegram_token:
        from bot.app import NO_TOKEN

        fail(NO_TOKEN)
    run_bot(settings, load_assistant(settings), webhook)


# --- kb ---------------------------------------------------------------------


@cli.group()
def kb() -> None:
    """Vérifier et parcourir la base de connaissances."""


@kb.command("check")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Résultat en JSON (pour les outils).")
def kb_check(directory: str | None, as_json: bool) -> None:
    """Valide la base de connaissances (DIRECTORY, par défaut celle configurée)."""
    settings = load_settings()
    path = directory or settings.knowledge_dir
    try:
        knowledge = load_knowledge(path)
    except KnowledgeError as error:
        if as_json:
            click.echo(json.dumps({"ok": False, "problems": [p.as_dict() for p in error.problems]},
                                  ensure_ascii=False, indent=2))
        else:
            report_problems(error.problems)
        sys.exit(1)
    questions = knowledge.questions()
    summary = {
        "ok": True,
        "version": knowledge.version,
        "entries": len(knowledge.entries),
        "questions": len(questions),
        "smalltalk": len(knowledge.entries) - len(questions),
        "variants": knowledge.variant_count,
        "synonyms": len(knowledge.synonyms),
        "dates": len(knowledge.dates),
        "sources": len(knowledge.sources),
        "problems": [p.as_dict() for p in knowledge.warnings],
    }
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    click.echo(
        f"Base de connaissances valide ({path}) : {summary['entries']} entrées "
        f"({summary['questions']} questions, {summary['smalltalk']} de conversation), "
        f"{summary['variants']} formulations, {summary['synonyms']} synonymes, "
        f"{summary['dates']} dates, {summary['sources']} sources. Version {knowledge.version}."
    )
    for warning in knowledge.warnings:
        click.echo(f"  avertissement : {warning}")


def main() -> None:
    cli(prog_name="spie-bot")


if __name__ == "__main__":
    main()
