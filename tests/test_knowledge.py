"""Loading the knowledge base: every fact sourced, every mistake explained."""

import datetime as dt
import gc
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeError, load_knowledge
from bot.yaml_lines import YamlSyntaxError, load_yaml

from conftest import KNOWLEDGE

SOURCES = KNOWLEDGE / "sources"


def problems_of(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(directory)
    return [str(p) for p in raised.value.problems]


def test_real_knowledge_base_loads(kb):
    assert len(kb.questions()) >= 20
    assert len(kb.smalltalk()) >= 4
    assert "contacts" in kb.entries
    assert all(e.sources for e in kb.questions())
    assert all(len(e.variants) >= 5 for e in kb.questions())


def test_every_source_file_is_in_the_repository(kb):
    files = [source.file for source in kb.sources.values() if source.file]
    assert len(files) == 2
    for name in files:
        assert (KNOWLEDGE / name).is_file(), name


def test_numbers_in_answers_come_from_the_documents(kb):
    """A figure the documents do not contain would be an invented fact."""
    import re

    documents = " ".join(p.read_text(encoding="utf-8") for p in SOURCES.glob("*.txt"))
    documents += " 2024"  # France Travail since 1 January 2024 (team notes)
    for entry in kb.questions():
        for number in re.findall(r"\d+", entry.answer):
            assert number in documents, (entry.id, number)


def test_syntax_error_names_file_line_and_fix(kb_copy):
    path = kb_copy / "projets.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if "coordination ou gouvernance ?\"" in line)
    lines[index] = "    question: Sur quoi porte l'AMI : coordination ou gouvernance ?"
    path.write_text("\n".join(lines), encoding="utf-8")
    [problem] = problems_of(kb_copy)
    assert problem.startswith(f"knowledge/projets.yaml, ligne {index + 1}")
    assert "guillemets" in problem


def test_unknown_field_suggests_the_right_name(kb_copy):
    path = kb_copy / "deposer.yaml"
    text = path.read_text(encoding="utf-8").replace("    reponse: |\n      Les projets se", "    réponse: |\n      Les projets se", 1)
    path.write_text(text, encoding="utf-8")
    found = problems_of(kb_copy)
    assert any("champ « réponse » inconnu" in p and "« reponse »" in p for p in found)
    assert any("il manque « reponse: »" in p and "comment-deposer" in p for p in found)


def test_an_empty_region_says_what_to_write(kb_copy):
    path = kb_copy / "deposer.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    region: Occitanie\n" in text
    path.write_text(text.replace("    region: Occitanie\n", "    region:\n", 1), encoding="utf-8")
    line = next(i + 1 for i, l in enumerate(text.splitlines()) if l == "    region: Occitanie")
    [problem] = problems_of(kb_copy)
    assert problem.startswith(f"knowledge/deposer.yaml, ligne {line} (entrée « contacts »)")
    assert "region: Occitanie" in problem


def test_entries_true_of_occitanie_only_say_so(kb):
    assert {e.id for e in kb.questions() if e.region} == {"contacts", "declaration-prefet", "premier-ami"}
    assert kb.entries["contacts"].region == "Occitanie"
    assert kb.entries["qui-peut-candidater"].region is None


def test_duplicate_id_reports_both_places(kb_copy):
    path = kb_copy / "deposer.yaml"
    text = path.read_text(encoding="utf-8").replace("- id: contacts", "- id: comment-deposer")
    path.write_text(text, encoding="utf-8")
    lines = [i + 1 for i, line in enumerate(text.splitlines()) if "- id: comment-deposer" in line]
    first, second = lines
    found = problems_of(kb_copy)
    assert any(
        p.startswith(f"knowledge/deposer.yaml, ligne {second} (entrée « comment-deposer »)")
        and f"déjà utilisé (knowledge/deposer.yaml, ligne {first})" in p
        for p in found
    )


def test_broken_references_are_reported(kb_copy):
    path = kb_copy / "calendrier.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("voir_aussi: [comment-deposer, calendrier]", "voir_aussi: [comment-deposr]")
    text = text.replace("{date_limite:statut}). \n", "")
    text = text.replace("**le {date_limite} inclus**", "**le {date_limte} inclus**")
    text = text.replace("source: [communique-occitanie, article-deploiement, notes-equipe]", "source: journal")
    path.write_text(text, encoding="utf-8")
    found = "\n".join(problems_of(kb_copy))
    assert "« comment-deposr », qui n'existe pas" in found
    assert "{date_limte}" in found
    assert "source « journal » inconnue" in found


def test_missing_source_and_boolean_variant(kb_copy):
    path = kb_copy / "deposer.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("    source: communique-occitanie\n", "", 1)
    text = text.replace("      - comment postuler\n", "      - yes\n", 1)
    path.write_text(text, encoding="utf-8")
    found = "\n".join(problems_of(kb_copy))
    assert "il manque « source: »" in found
    assert "guillemets" in found and "variante" in found


def test_tab_indentation_is_explained(kb_copy):
    path = kb_copy / "synonymes.yaml"
    path.write_text("synonymes:\n\tami: [AAP]\n", encoding="utf-8")
    [problem] = problems_of(kb_copy)
    assert "synonymes.yaml, ligne 2" in problem and "tabulation" in problem


def test_duplicate_synonym_variant(kb_copy):
    path = kb_copy / "synonymes.yaml"
    path.write_text("synonymes:\n  ami: [AAP]\n  spie: [aap]\n", encoding="utf-8")
    [problem] = problems_of(kb_copy)
    assert "ligne 3" in problem and "déjà utilisée ligne 2" in problem


def test_synonym_variants_differing_only_by_accents_are_one_variant(kb_copy):
    # "centré" and "centre" read the same: they cannot lead to two terms
    path = kb_copy / "synonymes.yaml"
    path.write_text("synonymes:\n  coeur: [centré, centrée]\n  acteur: [centre]\n  ami: [AAP, aap, AAP]\n",
                    encoding="utf-8")
    [problem] = problems_of(kb_copy)
    assert "synonymes.yaml, ligne 3" in problem and "« centre » est déjà utilisée ligne 2" in problem


def test_missing_directory(tmp_path):
    [problem] = problems_of(tmp_path / "absent")
    assert "n'existe pas" in problem


def test_unbalanced_bold_and_stray_brace(kb_copy):
    path = kb_copy / "deposer.yaml"
    text = path.read_text(encoding="utf-8").replace("**en ligne, sur le site de démarches simplifiées**", "**en ligne { sur le site")
    path.write_text(text, encoding="utf-8")
    found = "\n".join(problems_of(kb_copy))
    assert "« ** » non refermé" in found
    assert "accolade" in found


def test_loading_leaves_the_garbage_collector_as_it_found_it(kb_copy):
    # Loading pauses the cyclic collector for speed; a running bot that loads
    # a bad edit must not be left without it.
    assert gc.isenabled()
    load_knowledge(kb_copy)
    assert gc.isenabled()
    (kb_copy / "projets.yaml").write_text("entrees: [\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_knowledge(kb_copy)
    assert gc.isenabled()
    gc.disable()
    try:
        load_knowledge(KNOWLEDGE)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_yaml_reader_keeps_values_and_lines(tmp_path):
    """The line-tracking YAML reader gives what PyYAML gives, lines attached:
    anchors and merge keys, dates, booleans and quoted text included."""
    path = tmp_path / "theme.yaml"
    path.write_text(
        "commun: &base\n"
        "  source: note\n"
        "entrees:\n"
        "- <<: *base\n"
        "  id: a\n"
        "  revu_le: 2021-09-30\n"
        "  variantes:\n"
        "  - oui\n"
        "  - 'yes'\n"
        "  - 12\n",
        encoding="utf-8",
    )
    data = load_yaml(path)
    entry = data["entrees"][0]
    assert entry == {"source": "note", "id": "a", "revu_le": dt.date(2021, 9, 30),
                     "variantes": ["oui", "yes", 12]}
    assert data.key_lines == {"commun": 1, "entrees": 3}
    assert entry.line_of("id") == 5 and entry.line_of("variantes") == 7
    assert entry["variantes"].item_lines == [8, 9, 10]
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    with pytest.raises(YamlSyntaxError) as error:
        load_yaml(path)
    assert error.value.line == 2 and "deux fois" in error.value.message
