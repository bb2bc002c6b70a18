"""Supervisor commands: review, stats, export, purge and the web view."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click
from sqlite_utils import Database

from bot import review as reviewing
from bot import stats as statistics
from bot.export import write_csv, write_jsonl
from bot.assistant import Assistant
from bot.config import Settings
from bot.kb_edit import EditError, add_variants
from bot.storage import ExchangeLog, iter_rows, open_database


def _since(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"« {value} » n'est pas une date AAAA-MM-JJ.") from None


def _require_log(settings: Settings) -> Path:
    """The log's path; exit 1 with an explanation if the bot has not created it yet."""
    path = settings.db_path
    if not path.exists():
        click.echo(f"Aucun journal à {path} : le bot n'a encore rien enregistré "
                   "(ou SPIE_DB_PATH / SPIE_DATA_DIR pointe ailleurs).", err=True)
        sys.exit(1)
    return path


def _open_log(settings: Settings) -> Database:
    return open_database(_require_log(settings))


def _context() -> tuple[Settings, Assistant]:
    from bot.cli import load_assistant, load_settings

    settings = load_settings()
    return settings, load_assistant(settings)


SINCE = click.option("--since", "since", help="Seulement depuis cette date (AAAA-MM-JJ).")


@click.command()
@SINCE
@click.option("--json", "as_json", is_flag=True, help="Résultat en JSON.")
def stats(since: str | None, as_json: bool) -> None:
    """Chiffres : échanges, utilisateurs, % répondues, avis, par semaine."""
    settings, assistant = _context()
    figures = statistics.compute(_open_log(settings), assistant.matcher, _since(since))
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        click.echo(statistics.render(figures))


@click.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@SINCE
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Fichier de sortie (par défaut : la sortie standard).")
def export(fmt: str, since: str | None, output: Path | None) -> None:
    """Exporte le journal en CSV (tableur, séparateur « ; ») ou en JSON lines."""
    from bot.cli import load_settings

    db = _open_log(load_settings())
    rows = iter_rows(db, _since(since))
    writer = write_csv if fmt == "csv" else write_jsonl
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    if output is None:
        if fmt == "csv":
            sys.stdout.write("\ufeff")
        count = writer(rows, sys.stdout)
    else:
        with output.open("w", encoding=encoding, newline="") as handle:
            count = writer(rows, handle)
    click.echo(f"{count} échange(s) exporté(s).", err=True)


@click.command()
@click.option("--days", type=click.IntRange(1, 36500), help="Durée de conservation (défaut : SPIE_RETENTION_DAYS).")
def purge(days: int | None) -> None:
    """Supprime les échanges plus anciens que la durée de conservation."""
    from bot.cli import load_settings

    settings = load_settings()
    log = ExchangeLog(_require_log(settings), busy_timeout_ms=5000)
    removed = log.purge(days or settings.retention_days)
    log.close()
    click.echo(f"{removed} échange(s) de plus de {days or settings.retention_days} jours supprimé(s).")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def web(host: str, port: int) -> None:
    """Ouvre le journal dans Datasette (navigateur), avec des requêtes prêtes."""
    from bot.cli import load_settings

    settings = load_settings()
    _require_log(settings)
    try:
        from bot.web import serve
    except ImportError:
        click.echo("Datasette n'est pas installé : pip install -e \".[web]\"", err=True)
        sys.exit(2)
    click.echo(f"Journal consultable sur http://{host}:{port}/ (Ctrl+C pour arrêter)")
    serve(settings.db_path, host, port)


@click.command()
@SINCE
@click.option("--list", "list_only", is_flag=True, help="Affiche les groupes sans rien demander.")
@click.option("--json", "as_json", is_flag=True, help="Les groupes en JSON.")
@click.option("--group", "group_key", help="Le groupe à traiter (colonne « groupe » de --list).")
@click.option("--add-to", "entry_id", help="Ajoute les questions du groupe comme variantes de cette entrée.")
@click.option("--handled", is_flag=True, help="Marque le groupe comme traité.")
@click.option("--ignore", is_flag=True, help="Marque le groupe comme ignoré.")
@click.option("--similarity", type=click.FloatRange(0, 100), default=reviewing.GROUP_SIMILARITY,
              show_default=True, help="Ressemblance minimale (0-100) pour regrouper deux questions.")
def review(since: str | None, list_only: bool, as_json: bool, group_key: str | None, entry_id: str | None,
           handled: bool, ignore: bool, similarity: float) -> None:
    """Questions sans réponse, avec 👎 ou suggestions refusées, regroupées.

    Sans option et dans un terminal : revue interactive. Avec --group et
    --add-to / --handled / --ignore : une action, pour les scripts.
    """
    settings, assistant = _context()
    db = _open_log(settings)
    groups = reviewing.group_rows(reviewing.pending_rows(db, _since(since)), assistant.matcher, similarity)
    if group_key:
        _act(db, assistant, groups, group_key, entry_id, handled, ignore)
    elif as_json:
        click.echo(json.dumps([g.as_json() for g in groups], ensure_ascii=False, indent=2))
    elif list_only or not sys.stdin.isatty():
        _print_groups(groups)
    else:
        _interactive(db, assistant, groups)


def _print_groups(groups: list[reviewing.ReviewGroup]) -> None:
    if not groups:
        click.echo("Rien à revoir : toutes les questions difficiles ont été traitées.")
        return
    click.echo(f"{len(groups)} groupe(s) à revoir :")
    for group in groups:
        _print_group(group)


def _print_group(group: reviewing.ReviewGroup) -> None:
    reasons = ", ".join(f"{n} {r}" for r, n in group.reasons.items())
    click.echo(f"\n[groupe {group.key}] {group.count} question(s) du {group.first[:10]} au "
               f"{group.last[:10]} ({reasons})")
    for example in group.examples():
        click.echo(f"    « {example} »")
    for number, candidate in enumerate(group.candidates, start=1):
        click.echo(f"    {number}) {candidate.entry.id} — {candidate.entry.question} ({candidate.score:.0f})")


def _act(db: Database, assistant: Assistant, groups: list[reviewing.ReviewGroup], key: str,
         entry_id: str | None, handled: bool, ignore: bool) -> None:
    group = reviewing.find_group(groups, key)
    if group is None:
        click.echo(f"Groupe « {key} » introuvable (déjà traité ?). Voir : spie-bot review --list", err=True)
        sys.exit(1)
    if sum(bool(x) for x in (entry_id, handled, ignore)) != 1:
        click.echo("Choisissez une action : --add-to ENTREE, --handled ou --ignore.", err=True)
        sys.exit(2)
    if entry_id:
        _add(db, assistant, group, entry_id)
    else:
        reviewing.mark(db, group, reviewing.HANDLED if handled else reviewing.IGNORED)
        click.echo(f"Groupe {key} marqué comme {'traité' if handled else 'ignoré'}.")


def _add(db: Database, assistant: Assistant, group: reviewing.ReviewGroup, entry_id: str) -> bool:
    try:
        added = add_variants(assistant.kb, entry_id, group.examples(limit=20))
    except EditError as error:
        click.echo(f"Impossible : {error}", err=True)
        return False
    reviewing.mark(db, group, reviewing.HANDLED)
    click.echo(f"{len(added)} variante(s) ajoutée(s) à « {entry_id} » ; groupe marqué comme traité.")
    click.echo("Vérifiez avec : spie-bot kb check — le bot en service recharge la base tout seul.")
    return True


def _interactive(db: Database, assistant: Assistant, groups: list[reviewing.ReviewGroup]) -> None:
    if not groups:
        _print_groups(groups)
        return
    click.echo(f"{len(groups)} groupe(s) à revoir.")
    for group in groups:
        _print_group(group)
        while True:
            choice = click.prompt(
                "  [1-3] ajouter comme variantes de cette entrée, [e] autre entrée, [t] traité, "
                "[i] ignorer, [p] passer, [q] quitter", default="p", show_default=False,
            ).strip().lower()
            if choice == "q":
                return
            if choice == "p":
                break
            if choice in ("t", "i"):
                reviewing.mark(db, group, reviewing.HANDLED if choice == "t" else reviewing.IGNORED)
                break
            target = None
            if choice.isdigit() and 1 <= int(choice) <= len(group.candidates):
                target = group.candidates[int(choice) - 1].entry.id
            elif choice == "e":
                target = click.prompt("  Identifiant de l'entrée").strip()
            if target and _add(db, assistant, group, target):
                assistant.reload()
                break


COMMANDS = (review, stats, export, purge, web)
