"""Writing variants back into the YAML files without touching anything else.

The new lines are inserted as text right after the entry's last variant, with
the same indentation, so the file's comments and layout stay exactly as staff
wrote them. The result is validated; if the base no longer loads, the file is
restored and the error reported.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.knowledge import Entry, KnowledgeBase, KnowledgeError, load_knowledge
from bot.normalize import fold


class EditError(Exception):
    """The change could not be made (message in French)."""


def entry_path(kb: KnowledgeBase, entry: Entry) -> Path:
    return kb.directory / Path(entry.file).name


def add_variants(kb: KnowledgeBase, entry_id: str, variants: list[str]) -> list[str]:
    """Append `variants` to the entry's `variantes`; returns those really added."""
    entry = kb.entries.get(entry_id)
    if entry is None:
        raise EditError(f"l'entrée « {entry_id} » n'existe pas.")
    known = {fold(p) for p in entry.phrasings}
    new: list[str] = []
    for variant in variants:
        variant = " ".join(variant.split())
        if variant and fold(variant) not in known:
            known.add(fold(variant))
            new.append(variant)
    if not new:
        return []
    path = entry_path(kb, entry)
    original = path.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    index, indent = _insertion_point(lines, entry)
    block = [f"{indent}- {json.dumps(v, ensure_ascii=False)}\n" for v in new]
    if index > 0 and not lines[index - 1].endswith("\n"):
        lines[index - 1] += "\n"
    lines[index:index] = block
    path.write_text("".join(lines), encoding="utf-8")
    try:
        load_knowledge(kb.directory)
    except KnowledgeError as error:
        path.write_text(original, encoding="utf-8")
        raise EditError("la modification rendait la base invalide, fichier restauré : "
                        + "; ".join(str(p) for p in error.problems)) from None
    return new


def _insertion_point(lines: list[str], entry: Entry) -> tuple[int, str]:
    if not entry.variant_lines:
        raise EditError(f"l'entrée « {entry.id} » n'a pas de liste « variantes » : ajoutez-en une "
                        "(une variante par ligne, précédée de « - ») puis recommencez.")
    last = entry.variant_lines[-1] - 1
    line = lines[last]
    stripped = line.lstrip()
    if not stripped.startswith("- "):
        raise EditError(f"les variantes de « {entry.id} » sont écrites entre crochets : ajoutez "
                        "celles-ci à la main, ou passez à une variante par ligne.")
    indent = line[: len(line) - len(stripped)]
    return last + 1, indent
