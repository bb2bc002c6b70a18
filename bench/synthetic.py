"""Synthetic knowledge bases of realistic French questions, for benchmarks.

Entries are built from the vocabulary of insertion and employment calls
(actors, documents, steps, places) with templates, each with ten variants
written the way applicants write: reordered, shortened, without accents,
with a typo or an abbreviation. The same seed gives the same base.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import yaml

REAL_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

ACTORS = ["le conseil départemental", "Pôle emploi", "la mission locale", "Cap emploi", "la CAF",
          "l'ARS", "le CCAS", "le CIAS", "une association", "un organisme de formation",
          "une entreprise d'insertion", "une commune", "une intercommunalité", "un chantier d'insertion",
          "une structure d'accompagnement", "un groupement d'employeurs", "la région", "un PLIE"]
TOPICS = ["le budget prévisionnel", "la convention de partenariat", "le comité de pilotage",
          "le diagnostic territorial", "la lettre d'engagement", "le rapport d'activité",
          "la fiche action", "le plan de financement", "le référent de parcours", "la charte qualité",
          "le bilan intermédiaire", "l'évaluation finale", "la gouvernance locale", "le cofinancement",
          "la plateforme numérique", "le suivi des bénéficiaires", "l'accompagnement social",
          "la formation des professionnels", "le repérage des publics", "la levée des freins périphériques",
          "la mobilité des demandeurs", "la garde d'enfants", "le logement d'urgence", "la santé mentale",
          "l'apprentissage du français", "le numérique solidaire", "la création d'activité",
          "l'immersion en entreprise", "le parrainage", "la médiation emploi"]
PLACES = ["dans l'Aude", "dans l'Aveyron", "dans le Tarn", "en Haute-Garonne", "dans le Gers",
          "dans le Lot", "en Lozère", "dans l'Hérault", "dans le Gard", "en Ariège", "dans le Tarn-et-Garonne",
          "dans les Hautes-Pyrénées", "dans les Pyrénées-Orientales", "en zone rurale", "en quartier prioritaire"]
TEMPLATES = [
    "Comment {actor} participe-t-il à {topic} {place} ?",
    "Faut-il fournir {topic} quand {actor} porte le projet {place} ?",
    "Quel est le rôle de {actor} pour {topic} {place} ?",
    "Qui valide {topic} pour {actor} {place} ?",
    "Quand transmettre {topic} si {actor} est partenaire {place} ?",
    "Où trouver le modèle pour {topic} avec {actor} {place} ?",
]
ABBREVIATIONS = {"le conseil départemental": "le CD", "Pôle emploi": "PE", "la mission locale": "la ML"}
FILLERS = ["bonjour", "svp", "merci", "au fait", "une question", "rapidement"]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 6:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _strip_accents(text: str) -> str:
    from bot.normalize import fold

    return fold(text)


def variants(question: str, actor: str, topic: str, place: str, rng: random.Random, count: int = 10) -> list[str]:
    short_topic = topic.split(" ", 1)[1]
    forms = [
        f"{short_topic} {actor} {place}",
        f"{actor} et {topic} {place} ?",
        _strip_accents(question),
        question.replace(actor, ABBREVIATIONS.get(actor, actor)),
        f"{rng.choice(FILLERS)}, {question.lower()}",
        " ".join(_typo(w, rng) if rng.random() < 0.3 else w for w in question.split()),
        f"{topic} pour {actor} {place}",
        f"je voudrais savoir : {question.lower()}",
        f"{short_topic} {place} {actor} c'est comment",
        f"{question[:-2]} exactement ?",
    ]
    return forms[:count]


def generate(target: Path, entries: int, seed: int = 42) -> Path:
    """Write the real base plus `entries` synthetic entries into `target`."""
    rng = random.Random(seed)
    shutil.copytree(REAL_KNOWLEDGE, target, dirs_exist_ok=True)
    combos = [(t, a, s, p) for t in TEMPLATES for a in ACTORS for s in TOPICS for p in PLACES]
    rng.shuffle(combos)
    items = []
    for number, (template, actor, topic, place) in enumerate(combos[:entries]):
        question = template.format(actor=actor, topic=topic, place=place)
        items.append({
            "id": f"synthetique-{number:05d}",
            "question": question,
            "variantes": variants(question, actor, topic, place, rng),
            "reponse": f"Pour {topic} {place}, {actor} suit les règles de l'AMI SPIE (réponse d'exemple).",
            "source": "communique-occitanie",
        })
    document = {"theme": "Synthétique", "entrees": items}
    (target / "synthetique.yaml").write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False),
                                             encoding="utf-8")
    return target


def questions(kb_dir: Path, count: int, seed: int = 7) -> list[str]:
    """Questions to time: perturbed phrasings of the base, plus out-of-scope ones."""
    rng = random.Random(seed)
    document = yaml.safe_load((kb_dir / "synthetique.yaml").read_text(encoding="utf-8"))
    phrasings = [v for item in document["entrees"] for v in [item["question"], *item["variantes"]]]
    outside = ["quel temps fera-t-il demain", "comment obtenir le RSA", "montant de la subvention",
               "horaires de la préfecture", "je cherche un emploi de cuisinier à Toulouse"]
    picked = []
    for _ in range(count):
        if rng.random() < 0.15:
            picked.append(rng.choice(outside))
            continue
        words = rng.choice(phrasings).split()
        if len(words) > 4 and rng.random() < 0.5:
            del words[rng.randrange(len(words))]
        picked.append(" ".join(_typo(w, rng) if rng.random() < 0.15 else w for w in words))
    return picked
