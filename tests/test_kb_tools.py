"""`spie-bot kb check / list / show / test`: what staff rely on before publishing."""

from __future__ import annotations

import json

from test_cli import run


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_same_variant_in_two_entries_is_an_error(kb_copy):
    edit(kb_copy / "deposer.yaml", "      - comment postuler\n", "      - Date limite !\n")
    result = run("kb", "check", str(kb_copy))
    assert result.returncode == 1
    assert "figure aussi dans « date-limite »" in result.stderr
    assert "deposer.yaml, ligne" in result.stderr


def test_too_long_answer_is_an_error_and_html_a_warning(kb_copy):
    edit(kb_copy / "deposer.yaml", "      Les projets se déposent", "      " + "Très long. " * 400 + "Les projets se déposent")
    edit(kb_copy / "contexte.yaml", "      **Quatorze expérimentations**", "      <b>Quatorze expérimentations</b>")
    report = json.loads(run("kb", "check", "--json", str(kb_copy)).stdout)
    assert report["ok"] is False
    found = {(p["entry"], p["severity"], p["message"].split(" ")[0]) for p in report["problems"]}
    messages = " ".join(p["message"] for p in report["problems"])
    assert ("comment-deposer", "erreur", "réponse") in found and "trop longue" in messages
    assert ("experimentations", "avertissement", "la") in found and "balise HTML" in messages


def test_confusable_variant_is_a_warning_with_its_line(kb_copy):
    edit(kb_copy / "deposer.yaml", "      - comment postuler\n", "      - la date limite est-elle passée\n")
    result = run("kb", "check", str(kb_copy))
    assert result.returncode == 0  # a warning does not block
    assert "avertissement" in result.stdout
    assert "« la date limite est-elle passée » ressemble plus à l'entrée « date-limite »" in result.stdout


def test_variant_without_any_useful_word_is_a_warning(kb_copy):
    edit(kb_copy / "deposer.yaml", "      - comment postuler\n", "      - et alors ?\n      - comment ?\n")
    result = run("kb", "check", str(kb_copy))
    assert result.returncode == 0
    assert "« et alors ? » ne contient aucun mot utile" in result.stdout
    # question words alone are a question of their own (like "jusqu'à quand ?")
    assert "« comment ? » ne contient" not in result.stdout


def test_a_synonym_no_entry_uses_is_a_warning_but_not_the_groups_the_bot_reads(kb_copy):
    edit(kb_copy / "synonymes.yaml", "  lire: [read, reading, read up on, read up]\n", "  lire: [read, reading, read up on, read up]\n  microcrédit: [microcrédits]\n")
    result = run("kb", "check", str(kb_copy))
    assert result.returncode == 0
    assert "« microcredit » n'apparaît dans aucune question ou variante" in result.stdout
    assert "« autre region »" not in result.stdout
    assert "« hors sujet »" not in result.stdout


def test_json_summary_of_a_valid_base():
    report = json.loads(run("kb", "check", "--json").stdout)
    assert report["ok"] is True
    assert report["questions"] >= 20
    assert all(p["severity"] == "avertissement" for p in report["problems"])


def test_kb_list_show_and_test():
    listing = run("kb", "list").stdout
    assert "Les dates (calendrier.yaml)" in listing and "date-limite" in listing
    shown = run("kb", "show", "date-limite")
    assert shown.returncode == 0
    assert "lundi 11 octobre 2021 inclus (cette date est passée)" in shown.stdout
    assert "Source : Communiqué de presse" in shown.stdout and "Dernière relecture : 23/11/2026" in shown.stdout
    missing = run("kb", "show", "date-limit")
    assert missing.returncode == 1 and "« date-limite »" in missing.stderr
    tested = run("kb", "test")
    assert tested.returncode == 0 and "répondues par leur propre entrée" in tested.stdout


def test_kb_test_reports_phrasings_their_entry_would_not_get(kb_copy):
    edit(kb_copy / "deposer.yaml", "      - comment postuler\n", "      - quand aura lieu la sélection\n")
    result = run("kb", "test", env={"SPIE_KNOWLEDGE_DIR": str(kb_copy)})
    assert result.returncode == 1
    assert "« quand aura lieu la sélection »" in result.stdout
