"""A web view of the log for supervisors: Datasette with ready-made queries."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasette.app import Datasette

WEEK_AGO = "strftime('%Y-%m-%dT%H:%M:%S', 'now', '-7 days')"

QUERIES: dict[str, dict[str, str]] = {
    "sans_reponse_cette_semaine": {
        "title": "Questions sans réponse cette semaine",
        "sql": "select ts, question, score, suggestions, chat_type from exchanges "
               f"where outcome = 'unanswered' and ts >= {WEEK_AGO} order by ts desc",
    },
    "avis_negatifs": {
        "title": "Réponses jugées inutiles (👎)",
        "sql": "select ts, question, entry, score from exchanges where feedback = -1 order by ts desc",
    },
    "suggestions_refusees": {
        "title": "Suggestions refusées (« Aucune de ces questions »)",
        "sql": "select ts, question, suggestions from exchanges where choice = 'aucune' order by ts desc",
    },
    "par_entree": {
        "title": "Réponses par entrée, avec les avis",
        "sql": "select entry, count(*) as reponses, sum(feedback = 1) as utiles, "
               "sum(feedback = -1) as inutiles from exchanges where outcome = 'answered' "
               "group by entry order by reponses desc",
    },
    "par_semaine": {
        "title": "Échanges par semaine",
        "sql": "select strftime('%Y-S%W', ts) as semaine, count(*) as echanges, "
               "round(100.0 * sum(outcome = 'answered') / count(*), 1) as pourcent_repondues "
               "from exchanges group by semaine order by semaine",
    },
}


def metadata(database: str) -> dict[str, Any]:
    return {
        "title": "Journal de l'assistant AMI SPIE",
        "description": "Questions posées au bot, pseudonymisées (aucun identifiant Telegram).",
        "databases": {database: {"queries": QUERIES}},
    }


def make_datasette(db_path: Path) -> "Datasette":
    """Datasette is imported here: it is an optional extra (`pip install -e \".[web]\"`)."""
    from datasette.app import Datasette

    return Datasette([str(db_path)], metadata=metadata(db_path.stem), settings={"max_returned_rows": 5000})


def serve(db_path: Path, host: str, port: int) -> None:
    import uvicorn

    uvicorn.run(make_datasette(db_path).app(), host=host, port=port, log_level="warning")
